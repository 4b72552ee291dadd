//! Jurisdictions: which commune a point lies in, and which brigade a report made there goes
//! to. `route(point, category)` is answered from memory (see [`index`]); the data comes
//! from the database and is reloaded when its revision changes ([`store`]).

mod banded;
pub mod geojson;
pub mod index;
pub mod point;
pub mod store;

use std::{collections::HashMap, sync::Arc};

use geo::MultiPolygon;

pub use self::{index::SpatialIndex, point::GeoPoint, store::RoutingHandle};
use crate::{config::AckDeadlines, error::AppError, ids::BrigadeId};

/// What routing needs to know of a commune.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommuneEntry {
    pub code: String,
    pub name: String,
    pub participating: bool,
    pub brigade: Option<BrigadeId>,
}

/// What filing needs to know of a category, served from the snapshot with the jurisdictions
/// (the same revision: a saved category reaches filing like an override does).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CategoryRef {
    pub code: String,
    /// Triage order, copied onto the report.
    pub urgency: i32,
    pub active: bool,
    /// When set, filing is refused with this advice.
    pub diversion: Option<String>,
    /// Categories of one group form incidents together.
    pub incident_group: Option<String>,
}

/// The sizes of the reference data a snapshot was built from: what the public lists can
/// return, and so what they cost in a query.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Sizes {
    pub communes: u64,
    pub participating: u64,
    pub categories: u64,
    pub brigades: u64,
    /// The most brigades one département has.
    pub brigades_per_departement: u64,
    /// The most communes one brigade covers.
    pub communes_per_brigade: u64,
    /// The most communes one département has.
    pub communes_per_departement: u64,
}

/// Which rule chose the brigade.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum RoutingRule {
    /// The brigade that covers the commune.
    CommuneDefault,
    /// A per-category override for the commune (e.g. municipal police for incivilities).
    CategoryOverride,
}

/// The outcome of routing a point.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Route<'a> {
    pub commune: &'a CommuneEntry,
    pub brigade: BrigadeId,
    pub rule: RoutingRule,
}

/// Where the communes are: their codes in INSEE order and the spatial index over their
/// boundaries. The costly part of a snapshot (seconds for all of France), built once per
/// boundary revision and shared by the snapshots that follow.
#[derive(Debug)]
pub struct Geometry {
    codes: Vec<String>,
    index: SpatialIndex,
    boundary_revision: i64,
}

impl Geometry {
    /// The communes' entries and shapes, sorted by INSEE code (where source polygons
    /// overlap the lowest code wins, the same way on every node).
    fn build(
        mut communes: Vec<(CommuneEntry, MultiPolygon<f64>)>,
        boundary_revision: i64,
    ) -> (Self, Vec<CommuneEntry>) {
        communes.sort_by(|a, b| a.0.code.cmp(&b.0.code));
        let (entries, shapes): (Vec<CommuneEntry>, Vec<_>) = communes.into_iter().unzip();
        let codes = entries.iter().map(|entry| entry.code.clone()).collect();
        (Self { codes, index: SpatialIndex::build(&shapes), boundary_revision }, entries)
    }

    /// Approximate heap bytes of the index, by part.
    pub fn footprint(&self) -> [(&'static str, usize); 4] {
        self.index.footprint()
    }

    /// The boundary revision it was built from.
    pub fn boundary_revision(&self) -> i64 {
        self.boundary_revision
    }
}

/// An immutable snapshot of all jurisdictions, built once per revision.
#[derive(Debug)]
pub struct Jurisdictions {
    /// Aligned with `geometry.codes`.
    communes: Vec<CommuneEntry>,
    geometry: Arc<Geometry>,
    /// Per commune position: (category, brigade) overrides; a handful at most.
    overrides: HashMap<u32, Vec<(String, BrigadeId)>>,
    categories: HashMap<String, CategoryRef>,
    /// Acknowledgement delays a département's admins chose (others: the node's default).
    deadlines: HashMap<String, AckDeadlines>,
    sizes: Sizes,
    revision: i64,
}

impl Jurisdictions {
    /// Builds the snapshot, geometry included.
    pub fn new(
        communes: Vec<(CommuneEntry, MultiPolygon<f64>)>,
        overrides: impl IntoIterator<Item = (String, String, BrigadeId)>,
        revision: i64,
    ) -> Self {
        Self::with_boundaries(communes, overrides, revision, revision)
    }

    /// [`Jurisdictions::new`], with the boundary revision the shapes come from.
    pub fn with_boundaries(
        communes: Vec<(CommuneEntry, MultiPolygon<f64>)>,
        overrides: impl IntoIterator<Item = (String, String, BrigadeId)>,
        revision: i64,
        boundary_revision: i64,
    ) -> Self {
        let (geometry, entries) = Geometry::build(communes, boundary_revision);
        Self::assemble(Arc::new(geometry), entries, overrides, revision)
    }

    /// A snapshot over an existing geometry with fresh attributes; `None` when `communes`
    /// are not exactly the geometry's (then the geometry must be rebuilt).
    pub fn reuse(
        geometry: Arc<Geometry>,
        mut communes: Vec<CommuneEntry>,
        overrides: impl IntoIterator<Item = (String, String, BrigadeId)>,
        revision: i64,
    ) -> Option<Self> {
        communes.sort_by(|a, b| a.code.cmp(&b.code));
        let aligned = communes.len() == geometry.codes.len()
            && communes.iter().zip(&geometry.codes).all(|(entry, code)| entry.code == *code);
        aligned.then(|| Self::assemble(geometry, communes, overrides, revision))
    }

    /// `communes` must be aligned with the geometry's codes.
    fn assemble(
        geometry: Arc<Geometry>,
        communes: Vec<CommuneEntry>,
        overrides: impl IntoIterator<Item = (String, String, BrigadeId)>,
        revision: i64,
    ) -> Self {
        let position: HashMap<&str, u32> = communes
            .iter()
            .enumerate()
            .map(|(at, commune)| (commune.code.as_str(), u32::try_from(at).unwrap_or(u32::MAX)))
            .collect();
        let mut by_commune: HashMap<u32, Vec<(String, BrigadeId)>> = HashMap::new();
        for (commune, category, brigade) in overrides {
            if let Some(at) = position.get(commune.as_str()) {
                by_commune.entry(*at).or_default().push((category, brigade));
            }
        }
        let mut per_brigade: HashMap<BrigadeId, u64> = HashMap::new();
        for brigade in communes.iter().filter_map(|commune| commune.brigade) {
            *per_brigade.entry(brigade).or_default() += 1;
        }
        let mut per_departement: HashMap<&str, u64> = HashMap::new();
        for commune in &communes {
            *per_departement.entry(crate::department::of_commune(&commune.code)).or_default() += 1;
        }
        let sizes = Sizes {
            communes: communes.len() as u64,
            participating: communes.iter().filter(|commune| commune.participating).count() as u64,
            communes_per_brigade: per_brigade.into_values().max().unwrap_or(0),
            communes_per_departement: per_departement.into_values().max().unwrap_or(0),
            ..Sizes::default()
        };
        Self {
            communes,
            geometry,
            overrides: by_commune,
            categories: HashMap::new(),
            deadlines: HashMap::new(),
            sizes,
            revision,
        }
    }

    /// The snapshot with these categories.
    pub fn with_categories(mut self, categories: impl IntoIterator<Item = CategoryRef>) -> Self {
        self.categories = categories.into_iter().map(|category| (category.code.clone(), category)).collect();
        self.sizes.categories = self.categories.len() as u64;
        self
    }

    /// The snapshot with the départements' own acknowledgement delays.
    pub fn with_deadlines(mut self, deadlines: HashMap<String, AckDeadlines>) -> Self {
        self.deadlines = deadlines;
        self
    }

    /// The acknowledgement delays a département chose, if it chose.
    pub fn deadlines_of(&self, departement: &str) -> Option<AckDeadlines> {
        self.deadlines.get(departement).copied()
    }

    /// The snapshot knowing how many brigades there are, and the most in one département.
    pub fn with_brigade_counts(mut self, brigades: u64, per_departement: u64) -> Self {
        self.sizes.brigades = brigades;
        self.sizes.brigades_per_departement = per_departement;
        self
    }

    /// The sizes of the data this snapshot was built from.
    pub fn sizes(&self) -> Sizes {
        self.sizes
    }

    /// An active category by code.
    pub fn active_category(&self, code: &str) -> Option<&CategoryRef> {
        self.categories.get(code).filter(|category| category.active)
    }

    /// The codes of the categories that form incidents with `category` (itself included).
    pub fn incident_partners(&self, category: &CategoryRef) -> Vec<String> {
        match &category.incident_group {
            None => vec![category.code.clone()],
            Some(group) => self
                .categories
                .values()
                .filter(|other| other.code == category.code || other.incident_group.as_ref() == Some(group))
                .map(|other| other.code.clone())
                .collect(),
        }
    }

    /// The geometry this snapshot routes with (shared with the snapshots of the same
    /// boundary revision).
    pub fn geometry(&self) -> &Arc<Geometry> {
        &self.geometry
    }

    /// The commune the point lies in, participating or not.
    pub fn locate(&self, point: GeoPoint) -> Option<&CommuneEntry> {
        self.geometry.index.locate(point.longitude(), point.latitude()).map(|at| &self.communes[at as usize])
    }

    /// Every commune whose boundary contains the point (several only where boundaries
    /// overlap in the source data).
    pub fn locate_all(&self, point: GeoPoint) -> Vec<&CommuneEntry> {
        let mut found: Vec<u32> =
            self.geometry.index.locate_all(point.longitude(), point.latitude()).collect();
        found.sort_unstable();
        found.into_iter().map(|at| &self.communes[at as usize]).collect()
    }

    /// Routes a report of `category` made at `point`: the commune it lies in must
    /// participate, then a category override for that commune wins over its brigade.
    pub fn route(&self, point: GeoPoint, category: &str) -> Result<Route<'_>, AppError> {
        let at = self
            .geometry
            .index
            .locate(point.longitude(), point.latitude())
            .ok_or(AppError::OutsideCoverage)?;
        let commune = &self.communes[at as usize];
        if !commune.participating {
            return Err(AppError::CommuneNotParticipating(commune.name.clone()));
        }
        let overridden =
            self.overrides.get(&at).and_then(|rules| rules.iter().find(|(code, _)| code == category));
        if let Some((_, brigade)) = overridden {
            return Ok(Route { commune, brigade: *brigade, rule: RoutingRule::CategoryOverride });
        }
        match commune.brigade {
            Some(brigade) => Ok(Route { commune, brigade, rule: RoutingRule::CommuneDefault }),
            None => {
                tracing::warn!(commune = %commune.code, "participating commune has no brigade");
                Err(AppError::OutsideCoverage)
            }
        }
    }

    /// The revision of the database this snapshot was built from.
    pub fn revision(&self) -> i64 {
        self.revision
    }

    pub fn commune_count(&self) -> usize {
        self.communes.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;
    use geo::polygon;

    fn commune(
        code: &str,
        participating: bool,
        brigade: Option<BrigadeId>,
        x0: f64,
    ) -> (CommuneEntry, MultiPolygon<f64>) {
        let shape = polygon![(x: x0, y: 0.0), (x: x0 + 1.0, y: 0.0), (x: x0 + 1.0, y: 1.0), (x: x0, y: 1.0), (x: x0, y: 0.0)];
        let entry =
            CommuneEntry { code: code.into(), name: format!("Commune {code}"), participating, brigade };
        (entry, MultiPolygon::new(vec![shape]))
    }

    fn point(longitude: f64, latitude: f64) -> GeoPoint {
        GeoPoint::new(latitude, longitude).expect("valid point")
    }

    #[test]
    fn a_category_override_wins_over_the_commune_brigade() {
        let (gendarmerie, municipal) = (BrigadeId::generate(), BrigadeId::generate());
        let jurisdictions = Jurisdictions::new(
            vec![commune("90010", true, Some(gendarmerie), 0.0)],
            [("90010".to_owned(), "INCIVILITIES".to_owned(), municipal)],
            1,
        );
        let route = jurisdictions.route(point(0.5, 0.5), "INCIVILITIES").expect("routed");
        assert_eq!((route.brigade, route.rule), (municipal, RoutingRule::CategoryOverride));
        let route = jurisdictions.route(point(0.5, 0.5), "BURGLARY").expect("routed");
        assert_eq!((route.brigade, route.rule), (gendarmerie, RoutingRule::CommuneDefault));
    }

    #[test]
    fn a_point_outside_every_commune_is_outside_coverage() {
        let jurisdictions =
            Jurisdictions::new(vec![commune("90010", true, Some(BrigadeId::generate()), 0.0)], [], 1);
        let error = jurisdictions.route(point(5.0, 0.5), "OTHER").expect_err("outside");
        assert_eq!(error.code(), ErrorCode::OutsideCoverage);
    }

    #[test]
    fn a_non_participating_commune_is_refused_by_name() {
        let jurisdictions =
            Jurisdictions::new(vec![commune("90011", false, Some(BrigadeId::generate()), 0.0)], [], 1);
        let error = jurisdictions.route(point(0.5, 0.5), "OTHER").expect_err("refused");
        assert_eq!(error.code(), ErrorCode::CommuneNotParticipating);
        assert!(error.to_string().contains("Commune 90011"));
    }
}
