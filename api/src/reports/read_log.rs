//! The read log of reporters' identities. Every time a response hands someone a reporter's
//! name, e-mail or phone, one entry — who, when, which report, which operation, from which
//! address — is written by that same request, before the identity leaves: the one resolver
//! that renders an identity (`Report.reporter`) calls [`record`], and a failed write fails
//! the field, so no path can render an identity without its entry. The entries of one
//! request are written together (one batched insert); each rendering is one entry (a report
//! shown twice in one response is read twice).
//!
//! Who reads the log: `privacy::read_log`.

use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
    parser::types::Selection,
};
use chrono::Utc;
use entity::{identity_read, report};
use sea_orm::{ActiveValue::Set, DatabaseConnection, DbErr, EntityTrait};
use uuid::Uuid;

use crate::{
    batch::uncached,
    department,
    error::{AppError, AppResult},
    identity::RequestContext,
    ids::{BrigadeId, ReportId, UserId},
};

/// One rendering of a report's reporter.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct Reading {
    report: ReportId,
    reporter: UserId,
    department: String,
    operation: String,
    /// Where in the response (`a.reporter`, `brigadeQueue.edges.3.node.reporter`): two
    /// renderings are two readings, whichever batch they fall in. Not stored.
    path: String,
}

/// Who reads, in this request.
struct Reader {
    id: UserId,
    brigade: Option<BrigadeId>,
}

/// Writes the readings of one request (or one websocket operation).
pub struct ReadLog {
    db: DatabaseConnection,
    reader: Option<Reader>,
    client_ip: Option<String>,
}

impl Loader<Reading> for ReadLog {
    type Value = ();
    type Error = Arc<DbErr>;

    async fn load(&self, keys: &[Reading]) -> Result<HashMap<Reading, ()>, Self::Error> {
        // Only a signed-in account is ever shown an identity; without one, nothing is written
        // and nothing is answered (the field fails).
        let Some(reader) = &self.reader else { return Ok(HashMap::new()) };
        let now = Utc::now();
        let rows = keys.iter().map(|reading| identity_read::ActiveModel {
            id: Set(Uuid::now_v7()),
            read_at: Set(now),
            reader_id: Set(reader.id),
            reader_brigade_id: Set(reader.brigade),
            report_id: Set(reading.report),
            reporter_id: Set(reading.reporter),
            department: Set(reading.department.clone()),
            operation: Set(reading.operation.clone()),
            client_ip: Set(self.client_ip.clone()),
        });
        let txn =
            crate::db::write(&self.db).await.map_err(|error| Arc::new(DbErr::Custom(error.to_string())))?;
        identity_read::Entity::insert_many(rows).exec_without_returning(&txn).await.map_err(Arc::new)?;
        txn.commit().await.map_err(|error| Arc::new(DbErr::Custom(error.to_string())))?;
        Ok(keys.iter().map(|reading| (reading.clone(), ())).collect())
    }
}

/// The read log of a request, as the loaders attach it.
pub struct ReadLogLoader(DataLoader<ReadLog>);

impl ReadLogLoader {
    pub fn new(db: &DatabaseConnection, context: &RequestContext) -> Self {
        let reader = context
            .viewer
            .principal()
            .ok()
            .map(|principal| Reader { id: principal.id, brigade: principal.brigade });
        let log = ReadLog {
            db: db.clone(),
            reader,
            client_ip: context.client_ip.map(|address| address.to_string()),
        };
        Self(uncached(log))
    }
}

/// Records that this request renders the reporter of `report`; the identity may be answered
/// only once this returns `Ok`.
pub async fn record(ctx: &Context<'_>, report: &report::Model) -> AppResult<()> {
    let reading = Reading {
        report: report.id,
        reporter: report.reporter_id,
        department: department::of_commune(&report.commune_code).to_owned(),
        operation: root_field(ctx),
        path: ctx.path_node.map(|node| node.to_string()).unwrap_or_default(),
    };
    match ctx.data_unchecked::<ReadLogLoader>().0.load_one(reading).await? {
        Some(()) => Ok(()),
        // No signed-in reader: access rules never let this happen; nothing leaves if it does.
        None => Err(AppError::internal(anyhow::anyhow!("a reporter rendered to no signed-in reader"))),
    }
}

/// The name of the root field this resolver runs under (`reports`, `acknowledgeReport`,
/// `brigadeQueueEvents`…): the field's own name, not an alias the client chose.
fn root_field(ctx: &Context<'_>) -> String {
    let mut key = "";
    let mut node = ctx.path_node.as_ref();
    while let Some(current) = node {
        if let async_graphql::QueryPathSegment::Name(name) = current.segment {
            key = name;
        }
        node = current.parent;
    }
    let named = ctx.query_env.operation.node.selection_set.node.items.iter().find_map(|selection| {
        match &selection.node {
            Selection::Field(field) if field.node.response_key().node.as_str() == key => {
                Some(field.node.name.node.to_string())
            }
            _ => None,
        }
    });
    let mut operation = named.unwrap_or_else(|| key.to_owned());
    operation.truncate(64);
    operation
}
