//! What every request can reach: the database, the routing index and the configuration.
//! Nothing here is node-local state that another node would need: API nodes stay
//! stateless behind a load balancer.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{config::Config, routing::RoutingHandle};

/// Shared application state; cheap to clone.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub routing: Arc<RoutingHandle>,
    pub config: Arc<Config>,
}

impl AppState {
    /// Loads the routing index from `db` and assembles the state.
    pub async fn new(db: DatabaseConnection, config: Config) -> anyhow::Result<Self> {
        let routing = Arc::new(RoutingHandle::load(&db).await?);
        Ok(Self { db, routing, config: Arc::new(config) })
    }
}
