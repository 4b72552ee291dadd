//! Who sees a report, and how: the reporter and the routed brigade see it exactly (the
//! brigade with the reporter's identity); coordinators of its commune and admins see it
//! with the location on a ~200 m grid and no reporter. Anyone else: as if it did not exist.

use entity::{enums::Role, report};

use crate::{identity::Principal, ids::BrigadeId};

/// How a viewer sees a report.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum View {
    /// The reporter: exact location, public notes.
    Reporter,
    /// Staff of the routed brigade: everything, reporter included.
    Brigade,
    /// A coordinator of its commune, or an admin: coarse location, no reporter.
    Overseer,
}

impl View {
    pub fn exact_location(self) -> bool {
        matches!(self, Self::Reporter | Self::Brigade)
    }

    pub fn internal_notes(self) -> bool {
        self == Self::Brigade
    }

    pub fn reporter_identity(self) -> bool {
        self == Self::Brigade
    }

    /// What the reporter wrote after filing (comments, a withdrawal's reason): the facts
    /// of the report reach overseers, the reporter's later words do not.
    pub fn reporter_words(self) -> bool {
        matches!(self, Self::Reporter | Self::Brigade)
    }
}

/// The view `principal` has of `report`, if any.
pub fn view_of(principal: &Principal, report: &report::Model) -> Option<View> {
    match principal.role {
        Role::Resident if report.reporter_id == principal.id => Some(View::Reporter),
        Role::BrigadeStaff if works_in(principal, report.brigade_id) => Some(View::Brigade),
        Role::Coordinator if principal.coordinated.contains(&report.commune_code) => Some(View::Overseer),
        Role::Admin if principal.reach.covers_commune(&report.commune_code) => Some(View::Overseer),
        _ => None,
    }
}

/// Whether `principal` works in `brigade`: what the brigade's own operations (triage, its
/// incidents) ask of a caller the triage policy admitted; anyone else finds nothing.
pub fn works_in(principal: &Principal, brigade: BrigadeId) -> bool {
    principal.role == Role::BrigadeStaff && principal.brigade == Some(brigade)
}

/// The side of a cell of the coordinators' grid.
pub const CELL_METRES: f64 = 200.0;
/// Metres in a degree of latitude.
pub const METRES_PER_DEGREE: f64 = 111_320.0;

/// The cell of a position on the ~200 m grid: its row, and its column within the row (a
/// row's cells are as wide in metres as it is high).
fn cell(latitude: f64, longitude: f64) -> (f64, f64) {
    let lat_step = CELL_METRES / METRES_PER_DEGREE;
    let row = (latitude / lat_step).floor();
    let centre = (row + 0.5) * lat_step;
    let lon_step = CELL_METRES / (METRES_PER_DEGREE * centre.to_radians().cos().max(0.01));
    (row, (longitude / lon_step).floor())
}

/// Rounds a position to the centre of its cell on a ~200 m grid.
pub fn coarsen(latitude: f64, longitude: f64) -> (f64, f64) {
    let (row, column) = cell(latitude, longitude);
    let lat_step = CELL_METRES / METRES_PER_DEGREE;
    let lat = (row + 0.5) * lat_step;
    let lon_step = CELL_METRES / (METRES_PER_DEGREE * lat.to_radians().cos().max(0.01));
    (lat, (column + 0.5) * lon_step)
}

/// Whether two positions lie in the same grid cell or in touching ones (what a coordinator
/// could tell from the coarse positions).
pub fn neighbouring_cells((lat1, lon1): (f64, f64), (lat2, lon2): (f64, f64)) -> bool {
    let (row1, column1) = cell(lat1, lon1);
    // Compare columns in the first position's row widths, so rows of slightly different
    // widths still line up.
    let (row2, _) = cell(lat2, lon2);
    let (_, column2) = cell(lat1, lon2);
    (row1 - row2).abs() <= 1.0 && (column1 - column2).abs() <= 1.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_coarse_position_stays_within_the_cell_and_hides_the_exact_one() {
        let (lat, lon) = (47.742_123, 6.826_987);
        let (coarse_lat, coarse_lon) = coarsen(lat, lon);
        assert!((coarse_lat - lat).abs() < 0.001 && (coarse_lon - lon).abs() < 0.0014);
        assert_ne!((coarse_lat, coarse_lon), (lat, lon));
        // Two points in the same cell give the same coarse position.
        assert_eq!(coarsen(lat + 0.000_01, lon + 0.000_01), (coarse_lat, coarse_lon));
    }

    #[test]
    fn neighbouring_cells_reach_one_cell_around_and_no_further() {
        let here = (47.742_123, 6.826_987);
        let metre = 1.0 / METRES_PER_DEGREE;
        assert!(neighbouring_cells(here, (here.0 + 150.0 * metre, here.1)));
        assert!(!neighbouring_cells(here, (here.0 + 450.0 * metre, here.1)));
    }
}
