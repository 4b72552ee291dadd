//! Possible duplicates: open reports of the same category near a report, told to each
//! viewer only as much as their role allows. Staff of the routed brigade get ids, exact
//! distances and times of their own brigade's reports (to link them), and only the category
//! and status of other brigades' ones. A reporter learns that similar reports exist in the
//! same area, judged on the coordinators' ~200 m grid (the cell and its neighbours), with no
//! distance and no time, and only while their own report is open: however many reports
//! they file to probe, they can never place another resident's report more precisely than a
//! mayor sees it.

use chrono::{DateTime, Duration, Utc};
use entity::{enums::ReportStatus, report};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use super::access::{self, View};
use crate::{error::AppResult, ids::BrigadeId};

/// How far and how recent a possible duplicate may be, for the brigade.
pub const RADIUS_METRES: f64 = 250.0;
pub const WINDOW_HOURS: i64 = 48;
/// Most possible duplicates listed for one report.
pub const MAX_LISTED: usize = 10;
/// Candidates read at most for one report.
const MAX_CANDIDATES: u64 = 200;

/// A nearby report as the viewer may know it.
#[derive(Debug)]
pub struct Nearby {
    /// Staff of its brigade only.
    pub id: Option<crate::ids::ReportId>,
    pub category_code: String,
    pub status: ReportStatus,
    /// Staff of its brigade only.
    pub distance_metres: Option<f64>,
    /// Staff of its brigade only.
    pub observed_at: Option<DateTime<Utc>>,
}

const OPEN: [ReportStatus; 3] =
    [ReportStatus::Submitted, ReportStatus::Acknowledged, ReportStatus::InProgress];

/// The possible duplicates of `report` for a viewer seeing it through `view` (staff: of
/// `brigade`), nearest first.
pub async fn possible_duplicates(
    db: &DatabaseConnection,
    report: &report::Model,
    view: View,
    brigade: Option<BrigadeId>,
) -> AppResult<Vec<Nearby>> {
    let reporter = match view {
        View::Brigade => false,
        View::Reporter if OPEN.contains(&report.status) => true,
        View::Reporter | View::Overseer => return Ok(Vec::new()),
    };
    // The reporter's neighbourhood is three grid cells wide: read that far.
    let radius = if reporter { 2.0 * access::CELL_METRES } else { RADIUS_METRES };
    let lat_delta = radius / access::METRES_PER_DEGREE;
    let lon_delta = radius / (access::METRES_PER_DEGREE * report.latitude.to_radians().cos().max(0.01));
    let candidates = report::Entity::find()
        .filter(report::Column::CategoryCode.eq(&report.category_code))
        .filter(report::Column::CreatedAt.gte(report.created_at - Duration::hours(WINDOW_HOURS)))
        .filter(report::Column::Id.ne(report.id))
        .filter(report::Column::Status.is_in(OPEN))
        .filter(report::Column::Latitude.between(report.latitude - lat_delta, report.latitude + lat_delta))
        .filter(report::Column::Longitude.between(report.longitude - lon_delta, report.longitude + lon_delta))
        .limit(MAX_CANDIDATES)
        .all(db)
        .await?;
    let here = (report.latitude, report.longitude);
    let mut near: Vec<(report::Model, f64)> = candidates
        .into_iter()
        .map(|candidate| {
            let distance = metres_between(here, (candidate.latitude, candidate.longitude));
            (candidate, distance)
        })
        .filter(|(candidate, distance)| {
            if reporter {
                access::neighbouring_cells(here, (candidate.latitude, candidate.longitude))
            } else {
                *distance <= RADIUS_METRES
            }
        })
        .collect();
    near.sort_by(|a, b| a.1.total_cmp(&b.1));
    near.truncate(MAX_LISTED);
    Ok(near
        .into_iter()
        .map(|(candidate, distance)| {
            let own = !reporter && brigade.is_some_and(|brigade| brigade == candidate.brigade_id);
            Nearby {
                id: own.then_some(candidate.id),
                category_code: candidate.category_code,
                status: candidate.status,
                distance_metres: own.then(|| distance.round()),
                observed_at: own.then_some(candidate.observed_at),
            }
        })
        .collect())
}

/// Great-circle distance in metres (haversine).
pub fn metres_between((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> f64 {
    let (phi1, phi2) = (lat1.to_radians(), lat2.to_radians());
    let (dphi, dlambda) = ((lat2 - lat1).to_radians(), (lon2 - lon1).to_radians());
    let a = (dphi / 2.0).sin().powi(2) + phi1.cos() * phi2.cos() * (dlambda / 2.0).sin().powi(2);
    2.0 * 6_371_008.8 * a.sqrt().asin()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn distances_are_in_metres() {
        let belfort = (47.6380, 6.8628);
        let north = (47.6380 + 250.0 / 111_320.0, 6.8628);
        assert!((metres_between(belfort, north) - 250.0).abs() < 1.0);
    }
}
