//! Loading jurisdictions from the database and keeping each node's snapshot current.
//!
//! Every write to communes, brigades assignments or routing rules bumps a single revision
//! row ([`bump_revision`]) in the same transaction; each node polls that row and rebuilds its
//! snapshot off the async runtime when it moved. This works alike on SQLite and PostgreSQL
//! and across any number of stateless nodes.

use std::sync::{Arc, RwLock};

use anyhow::Context;
use chrono::Utc;
use entity::{commune, routing_revision, routing_rule};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, sea_query::Expr};

use super::{CommuneEntry, Jurisdictions, geojson::Geometry};

/// The revision row's primary key (the table has exactly one row).
const REVISION_ROW: i32 = 1;

/// The current revision of jurisdictions.
pub async fn current_revision(db: &impl ConnectionTrait) -> Result<i64, sea_orm::DbErr> {
    Ok(routing_revision::Entity::find_by_id(REVISION_ROW).one(db).await?.map_or(0, |row| row.revision))
}

/// Marks jurisdictions as changed; call it in the transaction that changes them.
pub async fn bump_revision(db: &impl ConnectionTrait) -> Result<(), sea_orm::DbErr> {
    routing_revision::Entity::update_many()
        .col_expr(routing_revision::Column::Revision, Expr::col(routing_revision::Column::Revision).add(1))
        .col_expr(routing_revision::Column::ChangedAt, Expr::value(Utc::now()))
        .filter(routing_revision::Column::Id.eq(REVISION_ROW))
        .exec(db)
        .await?;
    Ok(())
}

/// Reads every commune and rule and builds a snapshot (parsing runs on a blocking thread).
pub async fn load(db: &impl ConnectionTrait) -> anyhow::Result<Jurisdictions> {
    let revision = current_revision(db).await?;
    let communes = commune::Entity::find().all(db).await.context("reading communes")?;
    let rules = routing_rule::Entity::find().all(db).await.context("reading routing rules")?;
    tokio::task::spawn_blocking(move || build(communes, rules, revision))
        .await
        .context("building the routing index")?
}

fn build(
    communes: Vec<commune::Model>,
    rules: Vec<routing_rule::Model>,
    revision: i64,
) -> anyhow::Result<Jurisdictions> {
    let mut entries = Vec::with_capacity(communes.len());
    for row in communes {
        let geometry: Geometry = serde_json::from_str(&row.boundary)
            .with_context(|| format!("boundary of commune {}", row.code))?;
        let shape =
            geometry.to_multi_polygon().with_context(|| format!("boundary of commune {}", row.code))?;
        let entry = CommuneEntry {
            code: row.code,
            name: row.name,
            participating: row.participating,
            brigade: row.brigade_id,
        };
        entries.push((entry, shape));
    }
    let overrides = rules.into_iter().map(|rule| (rule.commune_code, rule.category_code, rule.brigade_id));
    Ok(Jurisdictions::new(entries, overrides, revision))
}

/// A node's current snapshot, swapped whole when the revision moves.
#[derive(Debug)]
pub struct RoutingHandle {
    current: RwLock<Arc<Jurisdictions>>,
}

impl RoutingHandle {
    /// Loads the first snapshot.
    pub async fn load(db: &impl ConnectionTrait) -> anyhow::Result<Self> {
        let jurisdictions = load(db).await?;
        tracing::info!(
            communes = jurisdictions.commune_count(),
            revision = jurisdictions.revision(),
            "routing index loaded"
        );
        Ok(Self { current: RwLock::new(Arc::new(jurisdictions)) })
    }

    /// The snapshot to answer with; cheap (an `Arc` clone).
    pub fn current(&self) -> Arc<Jurisdictions> {
        // A poisoned lock only means a panic elsewhere while swapping an Arc: the value
        // inside is still a whole snapshot, so keep serving it.
        match self.current.read() {
            Ok(guard) => Arc::clone(&guard),
            Err(poisoned) => Arc::clone(&poisoned.into_inner()),
        }
    }

    /// Rebuilds the snapshot if the database revision moved; returns whether it did.
    pub async fn refresh(&self, db: &impl ConnectionTrait) -> anyhow::Result<bool> {
        if current_revision(db).await? == self.current().revision() {
            return Ok(false);
        }
        let fresh = Arc::new(load(db).await?);
        tracing::info!(
            communes = fresh.commune_count(),
            revision = fresh.revision(),
            "routing index rebuilt"
        );
        match self.current.write() {
            Ok(mut guard) => *guard = fresh,
            Err(poisoned) => *poisoned.into_inner() = fresh,
        }
        Ok(true)
    }
}
