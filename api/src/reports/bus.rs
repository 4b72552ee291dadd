//! Live report events, fanned out to every node. Services publish *after* commit; each
//! subscriber filters and re-authorises per event, then reads the event from the database,
//! so the notification carries ids only — never a note, a name or a position.
//!
//! Embedded mode: an in-process broadcast channel. PostgreSQL: `pg_notify` on publish and a
//! `LISTEN`ing task per node that feeds the same local channel, so a change made through
//! one node reaches subscribers connected to any other.

use std::time::Duration;

use sea_orm::{ConnectionTrait, DatabaseBackend, DatabaseConnection, Statement};
use serde::{Deserialize, Serialize};
use tokio::sync::broadcast;
use uuid::Uuid;

use crate::ids::{BrigadeId, ReportId, UserId};

/// The PostgreSQL channel name.
const CHANNEL: &str = "vigie_report_events";

/// What subscribers need to decide whether an event is theirs.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Notice {
    pub event_id: Uuid,
    pub report_id: ReportId,
    pub reporter_id: UserId,
    /// The brigade the report is routed to after the event.
    pub brigade_id: BrigadeId,
    /// The brigade it left, for a reroute (its staff learn that it went away).
    pub previous_brigade_id: Option<BrigadeId>,
}

/// The node's event bus.
#[derive(Clone, Debug)]
pub struct EventBus {
    local: broadcast::Sender<Notice>,
    db: DatabaseConnection,
}

impl EventBus {
    /// Starts the bus; on PostgreSQL also the listener task, which lives as long as the
    /// runtime (the process).
    pub fn start(db: DatabaseConnection) -> Self {
        let (local, _) = broadcast::channel(1024);
        if db.get_database_backend() == DatabaseBackend::Postgres {
            tokio::spawn(listen(db.clone(), local.clone()));
        }
        Self { local, db }
    }

    /// Delivers notices of committed events: through PostgreSQL when there is one (the
    /// node's own listener brings them back), else straight to local subscribers.
    pub async fn publish(&self, notices: &[Notice]) {
        for notice in notices {
            if self.db.get_database_backend() == DatabaseBackend::Postgres {
                if let Err(error) = notify(&self.db, notice).await {
                    tracing::error!(%error, event = %notice.event_id, "could not publish a report event");
                }
            } else {
                // No receiver is not an error: nobody is subscribed right now.
                let _ = self.local.send(*notice);
            }
        }
    }

    /// A receiver of every notice from now on.
    pub fn subscribe(&self) -> broadcast::Receiver<Notice> {
        self.local.subscribe()
    }
}

async fn notify(db: &DatabaseConnection, notice: &Notice) -> Result<(), sea_orm::DbErr> {
    let payload = serde_json::to_string(notice).map_err(|error| sea_orm::DbErr::Custom(error.to_string()))?;
    db.execute_raw(Statement::from_sql_and_values(
        DatabaseBackend::Postgres,
        "SELECT pg_notify($1, $2)",
        [CHANNEL.into(), payload.into()],
    ))
    .await?;
    Ok(())
}

/// Forwards PostgreSQL notifications to local subscribers, reconnecting on failure.
async fn listen(db: DatabaseConnection, local: broadcast::Sender<Notice>) {
    loop {
        if let Err(error) = forward(&db, &local).await {
            tracing::warn!(%error, "report event listener lost; reconnecting");
        }
        tokio::time::sleep(Duration::from_secs(1)).await;
    }
}

async fn forward(
    db: &DatabaseConnection,
    local: &broadcast::Sender<Notice>,
) -> Result<(), sea_orm::sqlx::Error> {
    let mut listener =
        sea_orm::sqlx::postgres::PgListener::connect_with(db.get_postgres_connection_pool()).await?;
    listener.listen(CHANNEL).await?;
    tracing::info!("listening for report events across nodes");
    loop {
        let notification = listener.recv().await?;
        match serde_json::from_str::<Notice>(notification.payload()) {
            Ok(notice) => {
                let _ = local.send(notice);
            }
            Err(error) => tracing::warn!(%error, "ignoring a malformed report event notification"),
        }
    }
}
