//! Just enough GeoJSON to read commune and jurisdiction boundaries: Polygon and
//! MultiPolygon geometries (holes included) inside a FeatureCollection.

use geo::{Coord, LineString, MultiPolygon, Polygon};
use serde::Deserialize;

/// A GeoJSON geometry of the two kinds a boundary can be.
#[derive(Clone, Debug, Deserialize, serde::Serialize)]
#[serde(tag = "type")]
pub enum Geometry {
    Polygon { coordinates: Vec<Vec<Vec<f64>>> },
    MultiPolygon { coordinates: Vec<Vec<Vec<Vec<f64>>>> },
}

/// One feature: its geometry and raw properties.
#[derive(Debug, Deserialize)]
pub struct Feature {
    pub geometry: Option<Geometry>,
    #[serde(default)]
    pub properties: serde_json::Map<String, serde_json::Value>,
}

/// A FeatureCollection.
#[derive(Debug, Deserialize)]
pub struct FeatureCollection {
    pub features: Vec<Feature>,
}

impl Feature {
    /// The first of `keys` present as a string (or number) property.
    pub fn property(&self, keys: &[&str]) -> Option<String> {
        keys.iter().find_map(|key| match self.properties.get(*key)? {
            serde_json::Value::String(text) => Some(text.trim().to_owned()),
            serde_json::Value::Number(number) => Some(number.to_string()),
            _ => None,
        })
    }
}

/// Why a geometry could not be turned into polygons.
#[derive(Debug, thiserror::Error)]
pub enum GeometryError {
    #[error("a position has fewer than two coordinates")]
    ShortPosition,
    #[error("a coordinate is not a finite WGS84 value")]
    OutOfRange,
    #[error("a ring has fewer than four positions")]
    ShortRing,
    #[error("a polygon has no exterior ring")]
    Empty,
}

impl Geometry {
    /// Converts to a validated `MultiPolygon` (longitude = x, latitude = y).
    pub fn to_multi_polygon(&self) -> Result<MultiPolygon<f64>, GeometryError> {
        let polygons = match self {
            Self::Polygon { coordinates } => vec![polygon(coordinates)?],
            Self::MultiPolygon { coordinates } => {
                coordinates.iter().map(|rings| polygon(rings)).collect::<Result<_, _>>()?
            }
        };
        Ok(MultiPolygon::new(polygons))
    }
}

fn polygon(rings: &[Vec<Vec<f64>>]) -> Result<Polygon<f64>, GeometryError> {
    let mut rings = rings.iter().map(|ring| ring_of(ring));
    let exterior = rings.next().ok_or(GeometryError::Empty)??;
    let interiors = rings.collect::<Result<Vec<_>, _>>()?;
    Ok(Polygon::new(exterior, interiors))
}

fn ring_of(positions: &[Vec<f64>]) -> Result<LineString<f64>, GeometryError> {
    if positions.len() < 4 {
        return Err(GeometryError::ShortRing);
    }
    positions
        .iter()
        .map(|position| match position.as_slice() {
            [x, y, ..] if x.is_finite() && y.is_finite() && x.abs() <= 180.0 && y.abs() <= 90.0 => {
                Ok(Coord { x: *x, y: *y })
            }
            [_, _, ..] => Err(GeometryError::OutOfRange),
            _ => Err(GeometryError::ShortPosition),
        })
        .collect::<Result<Vec<_>, _>>()
        .map(LineString::new)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_polygon_with_a_hole_keeps_its_hole() {
        let json = r#"{"type":"Polygon","coordinates":[
            [[0,0],[4,0],[4,4],[0,4],[0,0]],
            [[1,1],[2,1],[2,2],[1,2],[1,1]]]}"#;
        let geometry: Geometry = serde_json::from_str(json).expect("parses");
        let shape = geometry.to_multi_polygon().expect("valid");
        assert_eq!(shape.0.len(), 1);
        assert_eq!(shape.0[0].interiors().len(), 1);
    }

    #[test]
    fn a_ring_of_three_positions_is_refused() {
        let json = r#"{"type":"Polygon","coordinates":[[[0,0],[1,0],[0,0]]]}"#;
        let geometry: Geometry = serde_json::from_str(json).expect("parses");
        assert!(matches!(geometry.to_multi_polygon(), Err(GeometryError::ShortRing)));
    }

    #[test]
    fn positions_with_altitude_are_accepted() {
        let json = r#"{"type":"MultiPolygon","coordinates":[[[[0,0,5],[1,0,5],[1,1,5],[0,0,5]]]]}"#;
        let geometry: Geometry = serde_json::from_str(json).expect("parses");
        assert!(geometry.to_multi_polygon().is_ok());
    }
}
