//! Grouping at filing: a new report joins the incident of the nearest open report of its
//! brigade observed close in place and time in a compatible category, or forms a new
//! incident with it. Runs in the filing's transaction. Neighbours reporting one burglary
//! within the same second file at once, on several nodes: on PostgreSQL each filing takes
//! its brigade's grouping lock (an advisory lock held to its commit) before looking, so
//! the later of two simultaneous filings sees the earlier one and joins it; on SQLite the
//! single writer already orders them.

use chrono::Duration;
use entity::{incident, report};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseBackend, EntityTrait, PaginatorTrait,
    QueryFilter, QueryOrder, QuerySelect, Statement, sea_query::Expr,
};

use super::{MAX_REPORTS, OPEN};
use crate::{
    config::IncidentRule,
    db::Write,
    error::AppResult,
    ids::{BrigadeId, IncidentId},
    reports::access::METRES_PER_DEGREE,
};

/// Candidates read at most (the nearest is kept): a street's night of reports.
const CANDIDATES: u64 = 200;
/// The advisory locks' first key: "VIGI" (their second is the brigade's).
const LOCK_SPACE: i32 = 0x5649_4749;

/// A brigade's grouping lock key: its id folded to 32 bits.
fn lock_key(brigade: BrigadeId) -> i32 {
    let bytes = brigade.0.as_u128();
    (bytes as u32 ^ (bytes >> 32) as u32 ^ (bytes >> 64) as u32 ^ (bytes >> 96) as u32) as i32
}

/// Groups `filed` (just inserted by `txn`) with a close report of `partners` categories;
/// returns the incident it joined.
pub async fn at_filing(
    txn: &Write,
    filed: &report::Model,
    rule: IncidentRule,
    partners: Vec<String>,
) -> AppResult<Option<IncidentId>> {
    if rule.radius_metres <= 0.0 {
        return Ok(None);
    }
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        txn.execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1, $2)",
            [LOCK_SPACE.into(), lock_key(filed.brigade_id).into()],
        ))
        .await?;
    }
    let window = Duration::minutes(rule.window_minutes);
    let lat_span = rule.radius_metres / METRES_PER_DEGREE;
    let lon_span = lat_span / filed.latitude.to_radians().cos().max(0.01);
    let candidates = report::Entity::find()
        .filter(report::Column::BrigadeId.eq(filed.brigade_id))
        .filter(report::Column::ObservedAt.between(filed.observed_at - window, filed.observed_at + window))
        .filter(report::Column::Id.ne(filed.id))
        .filter(report::Column::Status.is_in(OPEN))
        .filter(report::Column::IncidentStandalone.eq(false))
        .filter(report::Column::CategoryCode.is_in(partners))
        .filter(report::Column::Latitude.between(filed.latitude - lat_span, filed.latitude + lat_span))
        .filter(report::Column::Longitude.between(filed.longitude - lon_span, filed.longitude + lon_span))
        .order_by_asc(report::Column::Id)
        .limit(CANDIDATES)
        .all(txn)
        .await?;
    let mut close: Vec<(f64, report::Model)> = candidates
        .into_iter()
        .map(|candidate| (metres_between(filed, &candidate), candidate))
        .filter(|(metres, _)| *metres <= rule.radius_metres)
        .collect();
    // The nearest report already in an incident, else the nearest one.
    close.sort_by(|(a, ra), (b, rb)| {
        rb.incident_id.is_some().cmp(&ra.incident_id.is_some()).then(a.total_cmp(b))
    });
    let mut full = Vec::new();
    for (_, candidate) in close {
        if candidate.incident_id.is_some_and(|incident| full.contains(&incident)) {
            continue;
        }
        let incident = match candidate.incident_id {
            Some(incident) => incident,
            None => match form(txn, &candidate).await? {
                Some(incident) => incident,
                None => continue,
            },
        };
        if join(txn, filed, incident).await? {
            return Ok(Some(incident));
        }
        full.push(incident);
    }
    Ok(None)
}

/// Forms an incident around `candidate`, or finds the one another filing just formed.
async fn form(txn: &Write, candidate: &report::Model) -> AppResult<Option<IncidentId>> {
    let id = IncidentId::generate();
    let row = incident::ActiveModel {
        id: Set(id),
        brigade_id: Set(candidate.brigade_id),
        confirmed: Set(false),
        confirmed_by: Set(None),
        confirmed_at: Set(None),
        created_at: Set(chrono::Utc::now()),
    };
    incident::Entity::insert(row).exec_without_returning(txn).await?;
    let claimed = report::Entity::update_many()
        .col_expr(report::Column::IncidentId, Expr::value(id.0))
        .filter(report::Column::Id.eq(candidate.id))
        .filter(report::Column::IncidentId.is_null())
        .exec(txn)
        .await?;
    if claimed.rows_affected == 1 {
        return Ok(Some(id));
    }
    incident::Entity::delete_by_id(id).exec(txn).await?;
    let now = report::Entity::find_by_id(candidate.id).one(txn).await?;
    Ok(now.and_then(|row| row.incident_id))
}

/// Puts `filed` in `incident` unless it is full.
async fn join(txn: &Write, filed: &report::Model, incident: IncidentId) -> AppResult<bool> {
    let size = report::Entity::find().filter(report::Column::IncidentId.eq(incident)).count(txn).await?;
    if size >= MAX_REPORTS {
        return Ok(false);
    }
    report::Entity::update_many()
        .col_expr(report::Column::IncidentId, Expr::value(incident.0))
        .filter(report::Column::Id.eq(filed.id))
        .exec(txn)
        .await?;
    Ok(true)
}

/// Metres between two reports' places.
fn metres_between(a: &report::Model, b: &report::Model) -> f64 {
    crate::reports::nearby::metres_between((a.latitude, a.longitude), (b.latitude, b.longitude))
}
