//! Settings for the people who run the nodes: metrics, access log, outages, stopping.

use std::net::SocketAddr;

use super::Secret;

/// Observability and lifecycle settings (flattened into [`super::Config`]).
#[derive(Clone, Debug, clap::Args)]
pub struct Operations {
    /// One info line per request (route, status, duration, client address, GraphQL root
    /// field and outcome code; never tokens, places, names or free text).
    #[arg(long, env = "VIGIE_ACCESS_LOG", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub access_log: bool,

    /// Count requests for `/metrics` and serve it (off: neither; for measuring the kit's cost).
    #[arg(long, env = "VIGIE_METRICS", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub metrics: bool,

    /// Serve `/metrics` on this address only (e.g. a private interface), not on the API's.
    #[arg(long, env = "VIGIE_METRICS_LISTEN", global = true)]
    pub metrics_listen: Option<SocketAddr>,

    /// A bearer token `/metrics` requires (`Authorization: Bearer …`); none: open.
    #[arg(long, env = "VIGIE_METRICS_TOKEN", global = true, hide_env_values = true)]
    pub metrics_token: Option<Secret>,

    /// Longest a request waits for a database connection before answering `UNAVAILABLE`.
    #[arg(long, env = "VIGIE_DB_ACQUIRE_TIMEOUT_SECS", default_value_t = 5, global = true)]
    pub db_acquire_timeout_secs: u64,

    /// On SIGTERM: how long in-flight requests have to finish (after `/readyz` turned 503
    /// and websockets were closed with 1001).
    #[arg(long, env = "VIGIE_SHUTDOWN_GRACE_SECS", default_value_t = 20, global = true)]
    pub shutdown_grace_secs: u64,

    /// On SIGTERM: how long `/readyz` answers 503 before the node stops accepting
    /// connections, so the load balancer takes it out first.
    #[arg(long, env = "VIGIE_SHUTDOWN_DRAIN_SECS", default_value_t = 0, global = true)]
    pub shutdown_drain_secs: u64,

    /// Automatic persisted queries (Apollo's protocol) a node remembers.
    #[arg(long, env = "VIGIE_PERSISTED_QUERIES", default_value_t = 2000, global = true)]
    pub persisted_queries: usize,
}
