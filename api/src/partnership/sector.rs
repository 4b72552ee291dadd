//! A problem case's sector: its communes, and optionally a polygon drawn inside them
//! (GeoJSON `Polygon` or `MultiPolygon`, longitude first), bounded before any work.

use geo::{Contains, MultiPolygon, Point};

use crate::{
    error::{AppError, AppResult},
    routing::geojson::Geometry,
};

/// Largest sector polygon accepted, as GeoJSON text.
const MAX_BYTES: usize = 200_000;
/// Most positions in a sector polygon.
const MAX_POSITIONS: usize = 10_000;

/// A parsed sector polygon.
#[derive(Clone, Debug)]
pub struct Area(MultiPolygon<f64>);

impl Area {
    /// Reads a GeoJSON geometry (as text); `BAD_USER_INPUT` on `sector` otherwise.
    pub fn parse(text: &str) -> AppResult<Self> {
        let bad = |message: &str| AppError::bad_input("sector", message.to_owned());
        if text.len() > MAX_BYTES {
            return Err(bad("Le secteur dessiné est trop détaillé."));
        }
        let geometry: Geometry = serde_json::from_str(text)
            .map_err(|_| bad("Secteur GeoJSON illisible (Polygon ou MultiPolygon attendu)."))?;
        let positions = match &geometry {
            Geometry::Polygon { coordinates } => coordinates.iter().map(Vec::len).sum::<usize>(),
            Geometry::MultiPolygon { coordinates } => coordinates.iter().flatten().map(Vec::len).sum(),
        };
        if positions > MAX_POSITIONS {
            return Err(bad("Le secteur dessiné est trop détaillé."));
        }
        let shape =
            geometry.to_multi_polygon().map_err(|error| bad(&format!("Secteur invalide : {error}.")))?;
        Ok(Self(shape))
    }

    pub fn contains(&self, latitude: f64, longitude: f64) -> bool {
        self.0.contains(&Point::new(longitude, latitude))
    }
}

/// Whether a report at (`latitude`, `longitude`) lies in the sector (no polygon: anywhere
/// in its communes, checked by the caller).
pub fn inside(area: Option<&Area>, latitude: f64, longitude: f64) -> bool {
    area.is_none_or(|area| area.contains(latitude, longitude))
}
