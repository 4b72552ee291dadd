//! Loading jurisdictions from the database and keeping each node's snapshot current.
//!
//! Every write to communes, brigades assignments or routing rules bumps a single revision
//! row ([`bump_revision`]) in the same transaction; each node polls that row and rebuilds its
//! snapshot off the async runtime when it moved. This works alike on SQLite and PostgreSQL
//! and across any number of stateless nodes. Imports of boundaries also move the row's
//! boundary revision ([`bump_boundaries`]); any other change rebuilds only the attributes
//! (participation, brigades, overrides) over the node's existing geometry index.

use std::{
    collections::HashMap,
    sync::{Arc, RwLock},
};

use anyhow::Context;
use chrono::Utc;
use entity::{brigade, category, commune, departement_deadline, routing_revision, routing_rule};
use geo::MultiPolygon;
use sea_orm::{
    ColumnTrait, ConnectionTrait, EntityTrait, ExprTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Expr,
};

use super::{CategoryRef, CommuneEntry, Geometry, Jurisdictions, geojson::Geometry as Shape};
use crate::{config::AckDeadlines, ids::BrigadeId};

/// The revision row's primary key (the table has exactly one row).
const REVISION_ROW: i32 = 1;

/// The current revisions of jurisdictions: (any change, boundaries).
pub async fn current_revisions(db: &impl ConnectionTrait) -> Result<(i64, i64), sea_orm::DbErr> {
    Ok(routing_revision::Entity::find_by_id(REVISION_ROW)
        .one(db)
        .await?
        .map_or((0, 0), |row| (row.revision, row.boundary_revision)))
}

/// The current revision of jurisdictions.
pub async fn current_revision(db: &impl ConnectionTrait) -> Result<i64, sea_orm::DbErr> {
    Ok(current_revisions(db).await?.0)
}

/// Marks jurisdictions as changed; call it in the transaction that changes them.
pub async fn bump_revision(db: &impl ConnectionTrait) -> Result<(), sea_orm::DbErr> {
    bump(db, false).await
}

/// Marks commune boundaries (and so jurisdictions) as changed, in the changing transaction.
pub async fn bump_boundaries(db: &impl ConnectionTrait) -> Result<(), sea_orm::DbErr> {
    bump(db, true).await
}

async fn bump(db: &impl ConnectionTrait, boundaries: bool) -> Result<(), sea_orm::DbErr> {
    let mut update = routing_revision::Entity::update_many()
        .col_expr(routing_revision::Column::Revision, Expr::col(routing_revision::Column::Revision).add(1))
        .col_expr(routing_revision::Column::ChangedAt, Expr::value(Utc::now()));
    if boundaries {
        update = update.col_expr(
            routing_revision::Column::BoundaryRevision,
            Expr::col(routing_revision::Column::BoundaryRevision).add(1),
        );
    }
    update.filter(routing_revision::Column::Id.eq(REVISION_ROW)).exec(db).await?;
    Ok(())
}

/// Reads every commune and rule and builds a snapshot (parsing runs on a blocking thread).
pub async fn load(db: &impl ConnectionTrait) -> anyhow::Result<Jurisdictions> {
    load_over(db, None).await
}

/// [`load`], reusing `geometry` when the boundaries have not changed since it was built.
async fn load_over(
    db: &impl ConnectionTrait,
    geometry: Option<Arc<Geometry>>,
) -> anyhow::Result<Jurisdictions> {
    let categories: Vec<CategoryRef> = category::Entity::find()
        .all(db)
        .await
        .context("reading categories")?
        .into_iter()
        .map(|row| CategoryRef {
            code: row.code,
            urgency: row.urgency,
            active: row.active,
            diversion: row.diversion,
            incident_group: row.incident_group,
        })
        .collect();
    let departements: Vec<Option<String>> = brigade::Entity::find()
        .select_only()
        .column(brigade::Column::Department)
        .into_tuple()
        .all(db)
        .await
        .context("reading brigades")?;
    let mut per_departement: HashMap<Option<String>, u64> = HashMap::new();
    for departement in &departements {
        *per_departement.entry(departement.clone()).or_default() += 1;
    }
    let most = per_departement.into_values().max().unwrap_or(0);
    let deadlines = departement_deadline::Entity::find()
        .all(db)
        .await
        .context("reading acknowledgement delays")?
        .into_iter()
        .map(|row| {
            let minutes = [row.urgent_minutes, row.high_minutes, row.normal_minutes, row.low_minutes];
            (row.departement, AckDeadlines::from_stored(minutes))
        })
        .collect();
    Ok(load_jurisdictions(db, geometry)
        .await?
        .with_categories(categories)
        .with_deadlines(deadlines)
        .with_brigade_counts(departements.len() as u64, most))
}

async fn load_jurisdictions(
    db: &impl ConnectionTrait,
    geometry: Option<Arc<Geometry>>,
) -> anyhow::Result<Jurisdictions> {
    let (revision, boundary_revision) = current_revisions(db).await?;
    let rules = routing_rule::Entity::find().all(db).await.context("reading routing rules")?;
    let overrides =
        || rules.iter().map(|rule| (rule.commune_code.clone(), rule.category_code.clone(), rule.brigade_id));
    if let Some(geometry) = geometry.filter(|geometry| geometry.boundary_revision() == boundary_revision) {
        let entries: Vec<CommuneEntry> = commune::Entity::find()
            .select_only()
            .columns([
                commune::Column::Code,
                commune::Column::Name,
                commune::Column::Participating,
                commune::Column::BrigadeId,
            ])
            .into_tuple::<(String, String, bool, Option<BrigadeId>)>()
            .all(db)
            .await
            .context("reading communes")?
            .into_iter()
            .map(|(code, name, participating, brigade)| CommuneEntry { code, name, participating, brigade })
            .collect();
        if let Some(reused) = Jurisdictions::reuse(geometry, entries, overrides(), revision) {
            return Ok(reused);
        }
        tracing::warn!("communes changed without a boundary revision: rebuilding the geometry");
    }
    // By pages: all of France is 41 MB of GeoJSON, which need never be in memory at once
    // (what the allocator grew for it would stay resident).
    let mut communes = Vec::new();
    let mut after: Option<String> = None;
    loop {
        let mut page = commune::Entity::find().order_by_asc(commune::Column::Code).limit(PAGE);
        if let Some(code) = after.take() {
            page = page.filter(commune::Column::Code.gt(code));
        }
        let rows = page.all(db).await.context("reading communes")?;
        let full = rows.len() as u64 == PAGE;
        after = rows.last().map(|row| row.code.clone());
        communes
            .extend(tokio::task::spawn_blocking(move || parse(rows)).await.context("parsing boundaries")??);
        if !full {
            break;
        }
    }
    let rules: Vec<_> = overrides().collect();
    tokio::task::spawn_blocking(move || {
        Jurisdictions::with_boundaries(communes, rules, revision, boundary_revision)
    })
    .await
    .context("building the routing index")
}

/// Communes read per page when the geometry is (re)built.
const PAGE: u64 = 2_000;

/// Routing entries and shapes of commune rows.
fn parse(rows: Vec<commune::Model>) -> anyhow::Result<Vec<(CommuneEntry, MultiPolygon<f64>)>> {
    rows.into_iter()
        .map(|row| {
            let geometry: Shape = serde_json::from_str(&row.boundary)
                .with_context(|| format!("boundary of commune {}", row.code))?;
            let shape =
                geometry.to_multi_polygon().with_context(|| format!("boundary of commune {}", row.code))?;
            let entry = CommuneEntry {
                code: row.code,
                name: row.name,
                participating: row.participating,
                brigade: row.brigade_id,
            };
            Ok((entry, shape))
        })
        .collect()
}

/// A node's current snapshot, swapped whole when the revision moves.
#[derive(Debug)]
pub struct RoutingHandle {
    current: RwLock<Arc<Jurisdictions>>,
    /// How long the last (re)build took, in microseconds (for `/metrics`).
    build_micros: std::sync::atomic::AtomicU64,
}

impl RoutingHandle {
    /// Loads the first snapshot.
    pub async fn load(db: &impl ConnectionTrait) -> anyhow::Result<Self> {
        let started = std::time::Instant::now();
        let jurisdictions = load(db).await?;
        let footprint = jurisdictions.geometry().footprint();
        tracing::info!(
            communes = jurisdictions.commune_count(),
            revision = jurisdictions.revision(),
            index_mib = footprint.iter().map(|(_, bytes)| bytes).sum::<usize>() >> 20,
            "routing index loaded"
        );
        tracing::debug!(?footprint, "routing index footprint (bytes)");
        Ok(Self { current: RwLock::new(Arc::new(jurisdictions)), build_micros: micros_since(started) })
    }

    /// How long the current snapshot took to build.
    pub fn build_time(&self) -> std::time::Duration {
        std::time::Duration::from_micros(self.build_micros.load(std::sync::atomic::Ordering::Relaxed))
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
        let started = std::time::Instant::now();
        let previous = Arc::clone(self.current().geometry());
        let fresh = Arc::new(load_over(db, Some(Arc::clone(&previous))).await?);
        tracing::info!(
            communes = fresh.commune_count(),
            revision = fresh.revision(),
            geometry_reused = Arc::ptr_eq(&previous, fresh.geometry()),
            "routing index rebuilt"
        );
        match self.current.write() {
            Ok(mut guard) => *guard = fresh,
            Err(poisoned) => *poisoned.into_inner() = fresh,
        }
        let took = micros_since(started).into_inner();
        self.build_micros.store(took, std::sync::atomic::Ordering::Relaxed);
        Ok(true)
    }
}

fn micros_since(started: std::time::Instant) -> std::sync::atomic::AtomicU64 {
    std::sync::atomic::AtomicU64::new(u64::try_from(started.elapsed().as_micros()).unwrap_or(u64::MAX))
}
