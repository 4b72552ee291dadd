//! Live notices of committed changes — report events and notification-feed entries — fanned
//! out to every node. A notice carries ids only, never a note, a name or a position: each
//! subscriber filters and re-authorises per notice, then reads the row from the database.
//!
//! Notices are announced through the write transaction that commits the change
//! ([`crate::db::Write::announce`]):
//! - PostgreSQL: `pg_notify` inside that transaction (PostgreSQL delivers it at commit, and
//!   only if it commits), and a `LISTEN`ing task per node feeds the node's local channel —
//!   so no committed change is ever left unannounced, and one made through any node reaches
//!   subscribers connected to every other;
//! - embedded (SQLite): one node per process; the transaction hands its notices to the
//!   process's channel right after it commits.

use std::{sync::OnceLock, time::Duration};

use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, DbErr, Statement};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use uuid::Uuid;

use crate::{
    error::AppResult,
    ids::{BrigadeId, NotificationId, ReportId, UserId},
};

/// The PostgreSQL channel name.
const CHANNEL: &str = "vigie_events";
/// PostgreSQL refuses payloads of 8,000 bytes or more: larger batches are split.
const PAYLOAD_BYTES: usize = 7_000;
/// Notices a slow subscriber may fall behind by before it skips some (and replays them
/// with `after` when it resubscribes).
const CAPACITY: usize = 4096;

/// A committed change someone may be listening for.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub enum Notice {
    /// A report event.
    #[serde(rename = "r")]
    Report(ReportNotice),
    /// A new entry in `user`'s notification feed.
    #[serde(rename = "n")]
    Notification { id: NotificationId, user: UserId },
    /// Every session of `user` ended (suspension, disabling, a move, a new password, logout
    /// everywhere): each node closes that account's sockets before it delivers anything else.
    #[serde(rename = "s")]
    SessionsEnded { user: UserId },
}

/// What subscribers need to decide whether a report event is theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct ReportNotice {
    pub event_id: Uuid,
    pub report_id: ReportId,
    pub reporter_id: UserId,
    /// The brigade the report is routed to after the event.
    pub brigade_id: BrigadeId,
    /// The brigade it left, for a reroute (its staff learn that it went away).
    pub previous_brigade_id: Option<BrigadeId>,
}

/// The channel of an embedded database, one per SQLite file: a node has one, and a process
/// that opens several (the tests) keeps their notices apart.
fn embedded(file: &std::path::Path) -> broadcast::Sender<Notice> {
    type Channels =
        std::sync::Mutex<std::collections::HashMap<std::path::PathBuf, broadcast::Sender<Notice>>>;
    static CHANNELS: OnceLock<Channels> = OnceLock::new();
    let mut channels =
        CHANNELS.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    channels.entry(file.to_path_buf()).or_insert_with(|| broadcast::channel(CAPACITY).0).clone()
}

/// The node's event bus.
#[derive(Clone, Debug)]
pub struct EventBus {
    local: broadcast::Sender<Notice>,
}

impl EventBus {
    /// Starts the bus; on PostgreSQL also the listener task, which lives as long as the
    /// runtime (the process), and waits (up to five seconds) until it listens, so the node
    /// serves no subscriber before it can hear what other nodes commit.
    pub async fn start(db: &DatabaseConnection) -> Self {
        if db.get_database_backend() == DatabaseBackend::Postgres {
            let (local, _) = broadcast::channel(CAPACITY);
            let (ready, listening) = tokio::sync::oneshot::channel();
            tokio::spawn(listen(db.clone(), local.clone(), ready));
            if tokio::time::timeout(Duration::from_secs(5), listening).await.is_err() {
                tracing::warn!("event listener not ready yet; live updates from other nodes may lag");
            }
            Self { local }
        } else {
            // Keyed like the database's writer queue (`db::write`): by its file.
            Self { local: embedded(db.get_sqlite_connection_pool().connect_options().get_filename()) }
        }
    }

    /// A receiver of every notice from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Notice> {
        self.local.subscribe()
    }
}

/// Announces `notices` inside the transaction `txn` (PostgreSQL).
pub(crate) async fn notify_in(txn: &impl ConnectionTrait, notices: &[Notice]) -> Result<(), DbErr> {
    for payload in payloads(notices)? {
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_notify($1, $2)",
            [CHANNEL.into(), payload.into()],
        ))
        .await?;
    }
    Ok(())
}

/// Hands committed notices to the subscribers of the embedded database in `file`.
pub(crate) fn committed(file: &std::path::Path, notices: Vec<Notice>) {
    let channel = embedded(file);
    for notice in notices {
        // No receiver is not an error: nobody is subscribed right now.
        let _ = channel.send(notice);
    }
}

/// JSON arrays of notices, each under the payload limit.
fn payloads(notices: &[Notice]) -> Result<Vec<String>, DbErr> {
    let mut payloads = Vec::new();
    let mut current: Vec<String> = Vec::new();
    let mut size = 2;
    for notice in notices {
        let json = serde_json::to_string(notice).map_err(|error| DbErr::Custom(error.to_string()))?;
        if size + json.len() + 1 > PAYLOAD_BYTES && !current.is_empty() {
            payloads.push(format!("[{}]", current.join(",")));
            current.clear();
            size = 2;
        }
        size += json.len() + 1;
        current.push(json);
    }
    if !current.is_empty() {
        payloads.push(format!("[{}]", current.join(",")));
    }
    Ok(payloads)
}

/// Forwards PostgreSQL notifications to local subscribers, reconnecting on failure.
async fn listen(
    db: DatabaseConnection,
    local: broadcast::Sender<Notice>,
    ready: tokio::sync::oneshot::Sender<()>,
) {
    let mut ready = Some(ready);
    loop {
        if let Err(error) = forward(&db, &local, &mut ready).await {
            tracing::warn!(%error, "event listener lost; reconnecting");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

async fn forward(
    db: &DatabaseConnection,
    local: &broadcast::Sender<Notice>,
    ready: &mut Option<tokio::sync::oneshot::Sender<()>>,
) -> Result<(), sea_orm::sqlx::Error> {
    let mut listener =
        sea_orm::sqlx::postgres::PgListener::connect_with(db.get_postgres_connection_pool()).await?;
    listener.listen(CHANNEL).await?;
    tracing::info!("listening for events across nodes");
    if let Some(ready) = ready.take() {
        let _ = ready.send(());
    }
    loop {
        let notification = listener.recv().await?;
        match serde_json::from_str::<Vec<Notice>>(notification.payload()) {
            Ok(notices) => {
                for notice in notices {
                    let _ = local.send(notice);
                }
            }
            Err(error) => tracing::warn!(%error, "ignoring a malformed event notification"),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn large_batches_are_split_under_the_payload_limit_and_nothing_is_lost() {
        let notices: Vec<Notice> = (0..500)
            .map(|_| Notice::Notification { id: NotificationId::generate(), user: UserId::generate() })
            .collect();
        let payloads = payloads(&notices).expect("payloads");
        assert!(payloads.len() > 1);
        assert!(payloads.iter().all(|payload| payload.len() < PAYLOAD_BYTES));
        let back: Vec<Notice> = payloads
            .iter()
            .flat_map(|payload| serde_json::from_str::<Vec<Notice>>(payload).expect("parse"))
            .collect();
        assert_eq!(back, notices);
    }
}

/// A subscription's stream that ends at its first error: the error goes to the subscriber
/// as its last answer (coded, and logged with its cause like any other) and the stream
/// completes, so the client subscribes again — with `after` where it can, missing nothing.
/// An error is never turned into silence.
pub fn until_error<T: Send + 'static>(
    stream: impl async_graphql::futures_util::Stream<Item = AppResult<T>> + Send + 'static,
    subscription: &'static str,
) -> impl async_graphql::futures_util::Stream<Item = async_graphql::Result<T>> + Send + 'static {
    use async_graphql::futures_util::{StreamExt, stream};
    stream::unfold((stream.boxed(), false), move |(mut stream, failed)| async move {
        if failed {
            return None;
        }
        match stream.next().await? {
            Ok(item) => Some((Ok(item), (stream, false))),
            Err(error) => {
                tracing::warn!(subscription, "a live stream ended on an error");
                Some((Err(error.into()), (stream, true)))
            }
        }
    })
}

#[cfg(test)]
mod until_error_tests {
    use async_graphql::futures_util::{StreamExt, stream};

    use super::*;
    use crate::error::AppError;

    #[tokio::test]
    async fn a_live_stream_ends_with_its_first_error_instead_of_going_silent() {
        let items = stream::iter([Ok(1), Err(AppError::internal(anyhow::anyhow!("pool closed"))), Ok(2)]);
        let seen: Vec<Result<i32, String>> =
            until_error(items, "test").map(|item| item.map_err(|error| error.message)).collect().await;
        assert_eq!(seen, [Ok(1), Err("Une erreur interne est survenue.".to_owned())]);
    }
}
