//! What every request can reach: the database, the routing index and the configuration.
//! Nothing here is node-local state that another node would need: API nodes stay
//! stateless behind a load balancer.

use std::sync::Arc;

use sea_orm::DatabaseConnection;

use crate::{
    bus::EventBus, config::Config, identity::tokens::TokenKeys, media::PhotoStore, notify::outbox::Providers,
    routing::RoutingHandle, throttle::Throttles,
};

/// Shared application state; cheap to clone.
#[derive(Clone, Debug)]
pub struct AppState {
    pub db: DatabaseConnection,
    pub routing: Arc<RoutingHandle>,
    pub config: Arc<Config>,
    pub keys: Arc<TokenKeys>,
    /// Seals authenticator secrets at rest.
    pub secrets: Arc<crate::identity::totp::SecretBox>,
    pub throttle: Throttles,
    pub bus: EventBus,
    pub photos: PhotoStore,
    pub providers: Providers,
    /// What the node's subscribers share (events and account checks, loaded once).
    pub fanout: Arc<crate::notify::fanout::Fanout>,
    /// The node's metrics (`/metrics`).
    pub metrics: Arc<crate::metrics::Metrics>,
    /// Whether the node is stopping (readiness, websockets).
    pub lifecycle: Arc<Lifecycle>,
}

/// A node's stop, as its parts see it: `/readyz` turns 503 and websockets close (1001) as
/// soon as it begins.
#[derive(Debug)]
pub struct Lifecycle {
    stopping: tokio::sync::watch::Sender<bool>,
}

impl Default for Lifecycle {
    fn default() -> Self {
        Self { stopping: tokio::sync::watch::Sender::new(false) }
    }
}

impl Lifecycle {
    /// Begins the stop (once; later calls change nothing).
    pub fn begin_stop(&self) {
        self.stopping.send_replace(true);
    }

    pub fn is_stopping(&self) -> bool {
        *self.stopping.borrow()
    }

    /// Completes once the stop has begun.
    pub fn stopping(&self) -> impl std::future::Future<Output = ()> + Send + 'static {
        let mut receiver = self.stopping.subscribe();
        async move {
            let _ = receiver.wait_for(|stopping| *stopping).await;
        }
    }
}

impl AppState {
    /// The photo service over this node's database, store and limits.
    pub fn photo_service(&self) -> crate::media::service::Photos<'_> {
        crate::media::service::Photos {
            db: &self.db,
            store: &self.photos,
            limits: crate::media::service::Limits::from_config(&self.config),
        }
    }

    /// Loads the routing index from `db` and the token keys, and assembles the state.
    pub async fn new(db: DatabaseConnection, config: Config) -> anyhow::Result<Self> {
        let routing = Arc::new(RoutingHandle::load(&db).await?);
        let keys = TokenKeys::load_or_create(
            &config.jwt_key_path(),
            &config.jwt_previous_keys,
            config.access_token_ttl_secs,
        )?;
        let secrets = crate::identity::totp::SecretBox::load_or_create(&config.totp_key_path())?;
        let sealed = crate::identity::totp::sealed::seal_plain(&db, &secrets).await?;
        if sealed > 0 {
            tracing::info!(sealed, "sealed authenticator secrets stored before sealing existed");
        }
        let throttle = Throttles::new(&config);
        let bus = EventBus::start(&db).await;
        let photos = PhotoStore::from_config(&config)?;
        let providers = Providers {
            sms: match &config.sms_gateway_url {
                Some(url) => Some(crate::notify::channels::sms::SmsGateway::new(
                    url.clone(),
                    config.sms_gateway_token.clone(),
                )?),
                None => None,
            },
            push: match &config.fcm_credentials_file {
                Some(path) => Some(crate::notify::channels::fcm::Fcm::from_file(path, &config.fcm_endpoint)?),
                None => None,
            },
            email: match &config.smtp_url {
                Some(url) => Some(crate::notify::channels::email::Mailer::new(url, &config.mail_from)?),
                None => None,
            },
        };
        Ok(Self {
            db,
            routing,
            config: Arc::new(config),
            keys: Arc::new(keys),
            secrets: Arc::new(secrets),
            throttle,
            bus,
            photos,
            providers,
            fanout: Arc::default(),
            metrics: Arc::new(crate::metrics::Metrics::new()?),
            lifecycle: Arc::default(),
        })
    }
}
