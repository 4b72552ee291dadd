//! Grouping at filing: a new report joins the incident of the nearest open report of its
//! brigade observed close in place and time in a compatible category, or forms a new
//! incident with it. Runs in the filing's transaction. Neighbours reporting one burglary
//! within the same second file at once, on several nodes: on PostgreSQL each filing takes
//! the grouping locks of the ground around it (advisory locks held to its commit) before
//! looking, so the later of two simultaneous filings sees the earlier one and joins it; on
//! SQLite the single writer already orders them.
//!
//! The ground is cut in cells twice as large as the grouping radius; a filing locks the (at
//! most four) cells its radius touches, in one order. Two reports close enough to group share a
//! cell (each one's cell lies within the other's radius), so they wait for each other;
//! filings elsewhere in the brigade do not.

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
    ids::{BrigadeId, IncidentId, ReportId},
    reports::access::METRES_PER_DEGREE,
};

/// Candidates read at most, newest first (the incident filling now is among them).
const CANDIDATES: u64 = 50;
/// The advisory locks' first key: "VIGI" (their second is a cell's).
const LOCK_SPACE: i32 = 0x5649_4749;
/// Cells are as wide in longitude as the radius at this latitude, so wider than the
/// radius below it (metropolitan France and the overseas départements); above it a filing
/// locks its brigade's whole ground.
const CELL_LATITUDE: f64 = 60.0;

/// What the search reads of a candidate.
#[derive(Clone, Copy, Debug)]
struct Candidate {
    id: ReportId,
    incident_id: Option<IncidentId>,
    latitude: f64,
    longitude: f64,
}

/// The lock keys of the cells within `radius` metres of (`latitude`, `longitude`), sorted
/// (one order everywhere: no two filings wait for each other in a circle).
fn cell_keys(brigade: BrigadeId, latitude: f64, longitude: f64, radius: f64) -> Vec<i32> {
    if latitude.abs() > CELL_LATITUDE || !latitude.is_finite() || !longitude.is_finite() {
        let bytes = brigade.0.as_u128();
        return vec![
            (bytes as u32 ^ (bytes >> 32) as u32 ^ (bytes >> 64) as u32 ^ (bytes >> 96) as u32) as i32,
        ];
    }
    // Cells twice the radius: the radius around a place (as wide as a cell) touches two
    // rows and two columns at most.
    let reach = radius / METRES_PER_DEGREE;
    let (height, across) = (2.0 * reach, reach / CELL_LATITUDE.to_radians().cos());
    let width = 2.0 * across;
    let rows = ((latitude - reach) / height).floor() as i64..=((latitude + reach) / height).floor() as i64;
    let columns =
        ((longitude - across) / width).floor() as i64..=((longitude + across) / width).floor() as i64;
    let mut keys: Vec<i32> = rows
        .flat_map(|row| columns.clone().map(move |column| (row, column)))
        .map(|(row, column)| {
            let folded = (row as u64).wrapping_mul(0x9E37_79B9_7F4A_7C15) ^ (column as u64);
            (folded ^ (folded >> 32)) as i32
        })
        .collect();
    keys.sort_unstable();
    keys.dedup();
    keys
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
        for key in cell_keys(filed.brigade_id, filed.latitude, filed.longitude, rule.radius_metres) {
            txn.execute_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_advisory_xact_lock($1, $2)",
                [LOCK_SPACE.into(), key.into()],
            ))
            .await?;
        }
    }
    let window = Duration::minutes(rule.window_minutes);
    let lat_span = rule.radius_metres / METRES_PER_DEGREE;
    let lon_span = lat_span / filed.latitude.to_radians().cos().max(0.01);
    let rows: Vec<(ReportId, Option<IncidentId>, f64, f64)> = report::Entity::find()
        .select_only()
        .columns([
            report::Column::Id,
            report::Column::IncidentId,
            report::Column::Latitude,
            report::Column::Longitude,
        ])
        .filter(report::Column::BrigadeId.eq(filed.brigade_id))
        .filter(report::Column::ObservedAt.between(filed.observed_at - window, filed.observed_at + window))
        .filter(report::Column::Id.ne(filed.id))
        .filter(report::Column::Status.is_in(OPEN))
        .filter(report::Column::IncidentStandalone.eq(false))
        .filter(report::Column::CategoryCode.is_in(partners))
        .filter(report::Column::Latitude.between(filed.latitude - lat_span, filed.latitude + lat_span))
        .filter(report::Column::Longitude.between(filed.longitude - lon_span, filed.longitude + lon_span))
        .order_by_desc(report::Column::Id)
        .limit(CANDIDATES)
        .into_tuple()
        .all(txn)
        .await?;
    let mut close: Vec<(f64, Candidate)> = rows
        .into_iter()
        .map(|(id, incident_id, latitude, longitude)| Candidate { id, incident_id, latitude, longitude })
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
            None => match form(txn, filed.brigade_id, candidate.id).await? {
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

/// Forms an incident of `brigade` around report `candidate`, or finds the one another
/// filing just formed.
async fn form(txn: &Write, brigade: BrigadeId, candidate: ReportId) -> AppResult<Option<IncidentId>> {
    let id = IncidentId::generate();
    let row = incident::ActiveModel {
        id: Set(id),
        brigade_id: Set(brigade),
        confirmed: Set(false),
        confirmed_by: Set(None),
        confirmed_at: Set(None),
        created_at: Set(chrono::Utc::now()),
    };
    incident::Entity::insert(row).exec_without_returning(txn).await?;
    let claimed = report::Entity::update_many()
        .col_expr(report::Column::IncidentId, Expr::value(id.0))
        .filter(report::Column::Id.eq(candidate))
        .filter(report::Column::IncidentId.is_null())
        .exec(txn)
        .await?;
    if claimed.rows_affected == 1 {
        return Ok(Some(id));
    }
    incident::Entity::delete_by_id(id).exec(txn).await?;
    let now = report::Entity::find_by_id(candidate).one(txn).await?;
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

/// Metres between a report's place and a candidate's.
fn metres_between(a: &report::Model, b: &Candidate) -> f64 {
    crate::reports::nearby::metres_between((a.latitude, a.longitude), (b.latitude, b.longitude))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Two places within the radius always share a locked cell, wherever they fall.
    #[test]
    fn close_places_share_a_cell_and_far_ones_need_not() {
        let brigade = BrigadeId::generate();
        let radius = 300.0;
        let (lat, lon): (f64, f64) = (47.7431, 6.8906);
        let step = radius / METRES_PER_DEGREE;
        for i in -20..=20 {
            for j in -20..=20 {
                // Points up to the radius away, on a grid of offsets (some beyond: skipped).
                let (dlat, dlon) =
                    (f64::from(i) * step / 20.0, f64::from(j) * step / 20.0 / lat.to_radians().cos());
                let other = (lat + dlat + 0.000_37, lon + dlon + 0.000_91);
                let metres = crate::reports::nearby::metres_between((lat + 0.000_37, lon + 0.000_91), other);
                if metres > radius {
                    continue;
                }
                let a = cell_keys(brigade, lat + 0.000_37, lon + 0.000_91, radius);
                let b = cell_keys(brigade, other.0, other.1, radius);
                assert!(a.len() <= 4 && b.len() <= 4);
                assert!(a.iter().any(|key| b.contains(key)), "{metres} m apart share no cell");
            }
        }
        let far = cell_keys(brigade, lat + 0.05, lon, radius);
        assert!(!cell_keys(brigade, lat, lon, radius).iter().any(|key| far.contains(key)), "5 km apart");
    }
}
