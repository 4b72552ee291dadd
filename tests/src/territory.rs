//! Reading real commune boundaries from `shared/data` for routing tests.

use geo::{InteriorPoint, MultiPolygon, Point};
use vigie::routing::{CommuneEntry, GeoPoint};

/// A commune of the source data: code, name, shape and an interior point.
pub struct SourceCommune {
    pub code: String,
    pub name: String,
    pub shape: MultiPolygon<f64>,
    pub inside: Point<f64>,
}

impl SourceCommune {
    /// The interior point as a routing input.
    pub fn inside(&self) -> GeoPoint {
        GeoPoint::new(self.inside.y(), self.inside.x()).expect("interior point in range")
    }

    /// A routing entry for it (participating, no brigade).
    pub fn entry(&self) -> CommuneEntry {
        CommuneEntry { code: self.code.clone(), name: self.name.clone(), participating: true, brigade: None }
    }
}

/// Every commune of one GeoJSON file of `shared/data/france-communes-2018`.
pub fn read_communes(path: &std::path::Path) -> Vec<SourceCommune> {
    let collection = vigie::territory::import::read_feature_collection(path).expect("readable GeoJSON");
    collection
        .features
        .iter()
        .map(|feature| {
            let code = feature.property(&["code"]).expect("code");
            let name = feature.property(&["nom"]).expect("nom");
            let shape =
                feature.geometry.as_ref().expect("geometry").to_multi_polygon().expect("valid geometry");
            // The interior point of the largest part: a point surely inside the commune.
            let inside = shape.interior_point().expect("non-empty shape");
            SourceCommune { code, name, shape, inside }
        })
        .collect()
}

/// The demo département.
pub fn belfort_communes() -> Vec<SourceCommune> {
    read_communes(&crate::shared_data_dir().join(vigie::demo::DEMO_BOUNDARIES))
}
