//! What every request can reach: the database, the routing index and the configuration.
//! Nothing here is node-local state that another node would need: API nodes stay
//! stateless behind a load balancer.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{
    config::Config,
    identity::{throttle::LoginThrottle, tokens::TokenKeys},
    reports::bus::EventBus,
    routing::RoutingHandle,
};

/// Shared application state; cheap to clone.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub routing: Arc<RoutingHandle>,
    pub config: Arc<Config>,
    pub keys: Arc<TokenKeys>,
    pub throttle: LoginThrottle,
    pub bus: EventBus,
}

impl AppState {
    /// Loads the routing index from `db` and the token keys, and assembles the state.
    pub async fn new(db: DatabaseConnection, config: Config) -> anyhow::Result<Self> {
        let routing = Arc::new(RoutingHandle::load(&db).await?);
        let keys = TokenKeys::load_or_create(
            &config.jwt_key_path(),
            &config.jwt_previous_keys,
            config.access_token_ttl_secs,
        )?;
        let throttle = LoginThrottle::new(config.login_burst);
        let bus = EventBus::start(db.clone());
        Ok(Self { db, routing, config: Arc::new(config), keys: Arc::new(keys), throttle, bus })
    }
}
