//! One `Config` for every subcommand, read from flags or environment variables. The
//! defaults give the embedded mode (SQLite file and media folder under `./data`), so
//! `cargo run` works with no setup.

mod brigade_work;
pub mod key_file;
mod operations;
mod secrets;

use std::{net::SocketAddr, path::PathBuf};

pub use self::{
    brigade_work::{AckDeadlines, BrigadeWork, IncidentRule, MAX_DEADLINE_MINUTES},
    operations::Operations,
    secrets::{DatabaseUrl, Secret},
};
use crate::client_ip::TrustedNet;

/// Server configuration.
#[derive(Clone, Debug, clap::Args)]
pub struct Config {
    /// Where the embedded mode keeps its SQLite file, media and keys; created if missing.
    #[arg(long, env = "VIGIE_DATA_DIR", default_value = "data", global = true)]
    pub data_dir: PathBuf,

    /// The address to serve on.
    #[arg(long, env = "VIGIE_LISTEN", default_value = "127.0.0.1:8080", global = true)]
    pub listen: SocketAddr,

    /// The database to use instead of the embedded SQLite file (`postgres://…`).
    #[arg(long, env = "DATABASE_URL", global = true, hide_env_values = true)]
    pub database_url: Option<DatabaseUrl>,

    /// Most database connections this node opens.
    #[arg(long, env = "VIGIE_DB_MAX_CONNECTIONS", default_value_t = 16, global = true)]
    pub db_max_connections: u32,

    /// Deepest selection set a GraphQL operation may nest.
    /// The default lets the standard introspection query (graphql-js
    /// `getIntrospectionQuery()`) through.
    #[arg(long, env = "VIGIE_MAX_QUERY_DEPTH", default_value_t = 15, global = true)]
    pub max_query_depth: usize,

    /// Highest cost a GraphQL operation may have: each field costs 1, and a list field
    /// the items it can return (`first`, its argument's length, or the bound in
    /// `cost/price.rs`) times what each item selects.
    #[arg(long, env = "VIGIE_MAX_QUERY_COMPLEXITY", default_value_t = 5000, global = true)]
    pub max_query_complexity: u64,

    /// The most bytes one answer may weigh as it is built: past it the answer is replaced
    /// by a `QUERY_TOO_COMPLEX` error (a guard behind the cost, not a quota).
    #[arg(long, env = "VIGIE_MAX_RESPONSE_BYTES", default_value_t = 16 * 1024 * 1024, global = true)]
    pub max_response_bytes: u64,

    /// Seconds between two checks of the jurisdictions revision (routing index reload).
    #[arg(long, env = "VIGIE_ROUTING_REFRESH_SECS", default_value_t = 10, global = true)]
    pub routing_refresh_secs: u64,

    /// The Ed25519 private key (PKCS#8 PEM) that signs access tokens; generated if missing.
    /// Production nodes must share one (default: `<data dir>/keys/jwt-ed25519.pem`).
    #[arg(long, env = "VIGIE_JWT_KEY_FILE", global = true)]
    pub jwt_key_file: Option<PathBuf>,

    /// The 256-bit key (base64, one line) that seals authenticator (TOTP) secrets at rest;
    /// generated if missing. Production nodes must share one, and backups keep it apart from
    /// the database's (default: `<data dir>/keys/totp-secrets.key`).
    #[arg(long, env = "VIGIE_TOTP_KEY_FILE", global = true)]
    pub totp_key_file: Option<PathBuf>,

    /// Public keys (PEM files, comma-separated) of retired signing keys whose tokens are
    /// still accepted until they expire: key rotation.
    #[arg(long, env = "VIGIE_JWT_PREVIOUS_KEYS", value_delimiter = ',', global = true)]
    pub jwt_previous_keys: Vec<PathBuf>,

    /// Lifetime of an access token, in seconds.
    #[arg(long, env = "VIGIE_ACCESS_TOKEN_TTL_SECS", default_value_t = 900, global = true)]
    pub access_token_ttl_secs: i64,

    /// Login attempts allowed at once per account and client address before throttling
    /// (then one a minute); a client address gets ten times as many over all accounts.
    #[arg(long, env = "VIGIE_LOGIN_BURST", default_value_t = 5, global = true)]
    pub login_burst: u32,

    /// Registrations per hour from one client address.
    #[arg(long, env = "VIGIE_REGISTER_PER_HOUR", default_value_t = 5, global = true)]
    pub register_per_hour: u32,

    /// Registrations per hour into one commune (all addresses together).
    #[arg(long, env = "VIGIE_REGISTER_PER_HOUR_PER_COMMUNE", default_value_t = 30, global = true)]
    pub register_per_hour_per_commune: u32,

    /// Reports one resident may file per hour.
    #[arg(long, env = "VIGIE_REPORTS_PER_HOUR", default_value_t = 20, global = true)]
    pub reports_per_hour: u32,

    /// Photo upload tickets one resident may request per hour.
    #[arg(long, env = "VIGIE_PHOTO_UPLOADS_PER_HOUR", default_value_t = 60, global = true)]
    pub photo_uploads_per_hour: u32,

    /// Messages that notify someone — a reporter's comments and added photos, security
    /// requests and their replies — one account may send per hour (then `RATE_LIMITED`).
    #[arg(long, env = "VIGIE_MESSAGES_PER_HOUR", default_value_t = 30, global = true)]
    pub messages_per_hour: u32,

    /// Intervention alerts one staff member or admin may send per hour.
    #[arg(long, env = "VIGIE_ALERTS_PER_HOUR", default_value_t = 10, global = true)]
    pub alerts_per_hour: u32,

    /// Broadcasts to residents one staff member or coordinator may send per day.
    #[arg(long, env = "VIGIE_BROADCASTS_PER_DAY", default_value_t = 5, global = true)]
    pub broadcasts_per_day: u32,

    /// Proxies and load balancers (addresses or CIDR networks, comma-separated) whose
    /// `X-Forwarded-For` is believed: the client is the right-most hop that is not one of
    /// them. None: the peer address is the client.
    #[arg(long, env = "VIGIE_TRUSTED_PROXIES", value_delimiter = ',', global = true)]
    pub trusted_proxies: Vec<TrustedNet>,

    /// Answer schema introspection queries (GraphiQL, code generators); off in production if
    /// the schema should not be browsable.
    #[arg(long, env = "VIGIE_INTROSPECTION", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub introspection: bool,

    /// Serve GraphiQL at `/graphiql` (all its assets from the binary; `/` leads there).
    #[arg(long, env = "VIGIE_GRAPHIQL", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub graphiql: bool,

    /// Serve the brigade, commune and administration consoles at `/console/` (`/` leads
    /// there).
    #[arg(long, env = "VIGIE_CONSOLE", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub console: bool,

    /// A map tile layer for the consoles, on networks that have a tile server:
    /// `https://tiles.example/{z}/{x}/{y}.png` (Web Mercator). Unset: the maps draw the
    /// communes' outlines only.
    #[arg(long, env = "VIGIE_MAP_TILE_URL", global = true)]
    pub map_tile_url: Option<String>,

    /// Seconds a websocket may stay open without `connection_init` (then closed with 4408).
    #[arg(long, env = "VIGIE_WS_INIT_TIMEOUT_SECS", default_value_t = 3, global = true)]
    pub ws_init_timeout_secs: u64,

    /// Operations (subscriptions, queries) one websocket may run at once.
    #[arg(long, env = "VIGIE_WS_MAX_OPERATIONS", default_value_t = 100, global = true)]
    pub ws_max_operations: usize,

    /// Seconds between two checks that a websocket's account is still active (closed with
    /// 4403 when suspended or disabled).
    #[arg(long, env = "VIGIE_WS_RECHECK_SECS", default_value_t = 5, global = true)]
    pub ws_recheck_secs: u64,

    /// Seconds between two keep-alive pings on a websocket.
    #[arg(long, env = "VIGIE_WS_PING_SECS", default_value_t = 20, global = true)]
    pub ws_ping_secs: u64,

    /// Oldest facts a report may describe, in days before filing.
    #[arg(long, env = "VIGIE_REPORT_MAX_AGE_DAYS", default_value_t = 30, global = true)]
    pub report_max_age_days: i64,

    /// The address clients reach this node at, for the embedded mode's signed media URLs
    /// (default: `http://<listen>`).
    #[arg(long, env = "VIGIE_PUBLIC_URL", global = true)]
    pub public_url: Option<String>,

    /// S3 bucket for photos; when unset, photos live under `<data dir>/media`.
    #[arg(long, env = "VIGIE_S3_BUCKET", global = true)]
    pub s3_bucket: Option<String>,

    /// S3 endpoint for S3-compatible providers (e.g. `https://s3.fr-par.scw.cloud`).
    #[arg(long, env = "VIGIE_S3_ENDPOINT", global = true)]
    pub s3_endpoint: Option<String>,

    /// A prefix for every object key, to share a bucket (e.g. `vigie/`).
    #[arg(long, env = "VIGIE_S3_PREFIX", default_value = "", global = true)]
    pub s3_prefix: String,

    /// S3 region.
    #[arg(long, env = "VIGIE_S3_REGION", default_value = "us-east-1", global = true)]
    pub s3_region: String,

    /// Address the bucket in the path (`endpoint/bucket/key`) rather than the host name.
    #[arg(long, env = "VIGIE_S3_PATH_STYLE", default_value_t = true, action = clap::ArgAction::Set, global = true)]
    pub s3_path_style: bool,

    /// S3 access key id.
    #[arg(long, env = "VIGIE_S3_ACCESS_KEY_ID", default_value = "", hide_env_values = true, global = true)]
    pub s3_access_key_id: String,

    /// S3 secret access key.
    #[arg(long, env = "VIGIE_S3_SECRET_ACCESS_KEY", hide_env_values = true, global = true)]
    pub s3_secret_access_key: Option<Secret>,

    /// Largest photo accepted, in bytes.
    #[arg(long, env = "VIGIE_PHOTO_MAX_BYTES", default_value_t = 10 * 1024 * 1024, global = true)]
    pub photo_max_bytes: u64,

    /// Most photos per report.
    #[arg(long, env = "VIGIE_PHOTO_MAX_PER_REPORT", default_value_t = 5, global = true)]
    pub photo_max_per_report: usize,

    /// How long an upload ticket stays valid, in seconds.
    #[arg(long, env = "VIGIE_PHOTO_UPLOAD_TTL_SECS", default_value_t = 900, global = true)]
    pub photo_upload_ttl_secs: u32,

    /// How long a photo download link stays valid, in seconds.
    #[arg(long, env = "VIGIE_PHOTO_URL_TTL_SECS", default_value_t = 300, global = true)]
    pub photo_url_ttl_secs: u32,

    /// Hours after which uploads never attached to a report are deleted.
    #[arg(long, env = "VIGIE_PHOTO_UNATTACHED_HOURS", default_value_t = 24, global = true)]
    pub photo_unattached_hours: i64,

    /// The SMS gateway messages are POSTed to (`{"to","text","idempotencyKey"}`); unset:
    /// alerts wait in the outbox.
    #[arg(long, env = "VIGIE_SMS_GATEWAY_URL", global = true)]
    pub sms_gateway_url: Option<String>,

    /// Bearer token for the SMS gateway.
    #[arg(long, env = "VIGIE_SMS_GATEWAY_TOKEN", hide_env_values = true, global = true)]
    pub sms_gateway_token: Option<Secret>,

    /// The SMTP server e-mails leave by: `smtp://host:port` (plain, for a relay on the same
    /// host or network), `smtp://user:pass@host:587?tls=required` (STARTTLS required) or
    /// `smtps://user:pass@host:465`. Unset: no e-mail, and residents register with
    /// `register` directly.
    #[arg(long, env = "VIGIE_SMTP_URL", hide_env_values = true, global = true)]
    pub smtp_url: Option<Secret>,

    /// The sender of Vigie's e-mails, e.g. `Vigie <ne-pas-repondre@vigie.example.fr>`.
    #[arg(
        long,
        env = "VIGIE_MAIL_FROM",
        default_value = "Vigie <ne-pas-repondre@vigie.invalid>",
        global = true
    )]
    pub mail_from: String,

    /// Whether `register` creates an account without proving the address. Defaults to on
    /// without e-mail and off with it (`startRegistration` then proves the address, and no
    /// answer tells whether an address has an account).
    #[arg(long, env = "VIGIE_DIRECT_REGISTRATION", global = true)]
    pub direct_registration: Option<bool>,

    /// E-mails per hour to one address (registration codes, notices, password resets), so
    /// nobody can flood someone's mailbox through Vigie.
    #[arg(long, env = "VIGIE_MAILS_PER_HOUR_PER_ADDRESS", default_value_t = 5, global = true)]
    pub mails_per_hour_per_address: u32,

    /// First retry delay of an outbox message (SMS or push) its provider did not accept, in
    /// seconds (doubles each time).
    #[arg(long, env = "VIGIE_OUTBOX_RETRY_BASE_SECS", default_value_t = 5, global = true)]
    pub outbox_retry_base_secs: i64,

    /// Attempts before an outbox message (SMS or push) is given up (marked FAILED).
    #[arg(long, env = "VIGIE_OUTBOX_MAX_ATTEMPTS", default_value_t = 10, global = true)]
    pub outbox_max_attempts: i32,

    /// How often the outbox is checked for due messages, in milliseconds.
    #[arg(long, env = "VIGIE_OUTBOX_DISPATCH_INTERVAL_MS", default_value_t = 2000, global = true)]
    pub outbox_dispatch_interval_ms: u64,

    /// The Firebase service account (its JSON key file) pushes are sent with; unset: pushes
    /// wait in the outbox.
    #[arg(long, env = "VIGIE_FCM_CREDENTIALS_FILE", global = true)]
    pub fcm_credentials_file: Option<PathBuf>,

    /// Base URL of the Firebase Cloud Messaging HTTP v1 API.
    #[arg(long, env = "VIGIE_FCM_ENDPOINT", default_value = "https://fcm.googleapis.com", global = true)]
    pub fcm_endpoint: String,

    /// Days a closed report (resolved, rejected, duplicate, withdrawn) keeps its reporter,
    /// description, photos and exact place before retention anonymises it.
    #[arg(long, env = "VIGIE_RETAIN_CLOSED_REPORTS_DAYS", default_value_t = 365, global = true)]
    pub retain_closed_reports_days: i64,

    /// Days a photo is kept after its upload.
    #[arg(long, env = "VIGIE_RETAIN_PHOTOS_DAYS", default_value_t = 180, global = true)]
    pub retain_photos_days: i64,

    /// Days a registration never approved (pending or rejected) is kept.
    #[arg(long, env = "VIGIE_RETAIN_UNAPPROVED_DAYS", default_value_t = 30, global = true)]
    pub retain_unapproved_days: i64,

    /// Days an SMS, push or e-mail is kept in the outbox once delivered or given up.
    #[arg(long, env = "VIGIE_RETAIN_OUTBOX_DAYS", default_value_t = 30, global = true)]
    pub retain_outbox_days: i64,

    /// Days the audit trail is kept.
    #[arg(long, env = "VIGIE_RETAIN_AUDIT_DAYS", default_value_t = 1095, global = true)]
    pub retain_audit_days: i64,

    /// Days the read log of reporters' identities is kept.
    #[arg(long, env = "VIGIE_RETAIN_READ_LOG_DAYS", default_value_t = 1095, global = true)]
    pub retain_read_log_days: i64,

    /// Days an abuse flag is kept once decided (suspended or dismissed): its reason and
    /// note are free text about a named resident.
    #[arg(long, env = "VIGIE_RETAIN_DECIDED_ABUSE_FLAGS_DAYS", default_value_t = 1095, global = true)]
    pub retain_decided_abuse_flags_days: i64,

    /// Days a partnership case is kept once closed: its actions and meetings name the
    /// people who led or attended them.
    #[arg(long, env = "VIGIE_RETAIN_CLOSED_CASES_DAYS", default_value_t = 1825, global = true)]
    pub retain_closed_cases_days: i64,

    /// Seconds between two retention runs (one node runs it at a time).
    #[arg(long, env = "VIGIE_RETENTION_INTERVAL_SECS", default_value_t = 3600, global = true)]
    pub retention_interval_secs: u64,

    /// Days a notification stays in its recipient's feed.
    #[arg(long, env = "VIGIE_NOTIFICATION_RETENTION_DAYS", default_value_t = 180, global = true)]
    pub notification_retention_days: i64,

    /// Web origins allowed to call the API from a browser (comma-separated, e.g. the triage
    /// and commune consoles); none: same-origin only.
    #[arg(long, env = "VIGIE_CORS_ORIGINS", value_delimiter = ',', global = true)]
    pub cors_origins: Vec<String>,

    /// Largest GraphQL request body, in bytes.
    #[arg(long, env = "VIGIE_MAX_REQUEST_BYTES", default_value_t = 1024 * 1024, global = true)]
    pub max_request_bytes: usize,

    /// Longest a GraphQL request (over HTTP, or one query or mutation over a websocket) may
    /// run, in seconds.
    #[arg(long, env = "VIGIE_REQUEST_TIMEOUT_SECS", default_value_t = 30, global = true)]
    pub request_timeout_secs: u64,

    /// Log format: `text` for people, `json` for collectors.
    #[arg(long, env = "VIGIE_LOG_FORMAT", default_value = "text", global = true)]
    pub log_format: LogFormat,

    #[command(flatten)]
    pub ops: Operations,

    #[command(flatten)]
    pub brigade_work: BrigadeWork,
}

impl Config {
    /// The embedded SQLite file, used when no `DATABASE_URL` is set.
    pub fn sqlite_path(&self) -> PathBuf {
        self.data_dir.join("vigie.db")
    }

    /// The token signing key file.
    pub fn jwt_key_path(&self) -> PathBuf {
        self.jwt_key_file.clone().unwrap_or_else(|| self.data_dir.join("keys").join("jwt-ed25519.pem"))
    }

    /// The key file that seals authenticator secrets.
    pub fn totp_key_path(&self) -> PathBuf {
        self.totp_key_file.clone().unwrap_or_else(|| self.data_dir.join("keys").join("totp-secrets.key"))
    }

    /// Origins other than this node's that serve photos to browsers (the S3 endpoint, or
    /// the bucket's own host), for the consoles' Content-Security-Policy.
    pub fn photo_origins(&self) -> Vec<String> {
        let Some(bucket) = &self.s3_bucket else { return Vec::new() };
        let endpoint = self
            .s3_endpoint
            .clone()
            .unwrap_or_else(|| format!("https://s3.{}.amazonaws.com", self.s3_region));
        let Some((scheme, rest)) = endpoint.split_once("://") else { return Vec::new() };
        let host = rest.split('/').next().unwrap_or_default();
        vec![format!("{scheme}://{host}"), format!("{scheme}://{bucket}.{host}")]
    }

    /// The URL clients reach this node at.
    pub fn public_url(&self) -> String {
        self.public_url.clone().unwrap_or_else(|| format!("http://{}", self.listen))
    }

    /// Whether `register` is offered (see `direct_registration`).
    pub fn direct_registration(&self) -> bool {
        self.direct_registration.unwrap_or(self.smtp_url.is_none())
    }

    /// The local media folder of the embedded mode.
    pub fn media_dir(&self) -> PathBuf {
        self.data_dir.join("media")
    }
}

/// How logs are written.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum LogFormat {
    Text,
    Json,
}
