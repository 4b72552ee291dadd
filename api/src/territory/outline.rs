//! Commune outlines for maps drawn without a tile server (the consoles): each boundary
//! simplified to about ten metres and rounded to about a metre, a few kilobytes a commune.

use entity::commune;
use geo::{MultiPolygon, Simplify};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::{
    error::{AppError, AppResult},
    routing::geojson::Geometry,
};

/// The most communes one request may outline.
pub const MAX_OUTLINES: usize = 100;
/// Douglas–Peucker tolerance, in degrees (≈ 10 m in latitude, 7 m in longitude in France).
const TOLERANCE_DEGREES: f64 = 0.0001;
/// Decimal places kept (≈ 1 m).
const PLACES: f64 = 1e5;

/// A commune's outline: polygons → rings → `[longitude, latitude]` positions.
#[derive(Clone, Debug)]
pub struct Outline {
    pub code: String,
    pub name: String,
    pub polygons: Vec<Vec<Vec<[f64; 2]>>>,
}

/// The outlines of `codes` (unknown codes are left out), in the order of the codes.
pub async fn outlines(db: &impl ConnectionTrait, codes: &[String]) -> AppResult<Vec<Outline>> {
    if codes.len() > MAX_OUTLINES {
        return Err(AppError::bad_input("codes", format!("Au plus {MAX_OUTLINES} communes par demande.")));
    }
    if codes.is_empty() {
        return Ok(Vec::new());
    }
    let rows: Vec<(String, String, String)> = commune::Entity::find()
        .select_only()
        .columns([commune::Column::Code, commune::Column::Name, commune::Column::Boundary])
        .filter(commune::Column::Code.is_in(codes.iter().map(String::as_str)))
        .order_by_asc(commune::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let order: Vec<String> = codes.to_vec();
    let mut outlines =
        tokio::task::spawn_blocking(move || rows.into_iter().map(simplified).collect::<Vec<_>>())
            .await
            .map_err(|error| AppError::internal(anyhow::anyhow!("outline worker: {error}")))?;
    outlines.sort_by_key(|outline| order.iter().position(|code| *code == outline.code));
    Ok(outlines)
}

/// One boundary, simplified (a stored boundary that does not parse is drawn empty).
fn simplified((code, name, boundary): (String, String, String)) -> Outline {
    let shape = serde_json::from_str::<Geometry>(&boundary)
        .ok()
        .and_then(|geometry| geometry.to_multi_polygon().ok())
        .unwrap_or_else(|| MultiPolygon::new(Vec::new()));
    let polygons = shape
        .simplify(TOLERANCE_DEGREES)
        .into_iter()
        .map(|polygon| {
            std::iter::once(polygon.exterior())
                .chain(polygon.interiors())
                .map(|ring| ring.coords().map(|c| [round(c.x), round(c.y)]).collect())
                .collect()
        })
        .collect();
    Outline { code, name, polygons }
}

fn round(value: f64) -> f64 {
    (value * PLACES).round() / PLACES
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_boundary_is_simplified_and_rounded() {
        // A square with a needless point in the middle of each side.
        let boundary = r#"{"type":"Polygon","coordinates":[[[6.0,47.0],[6.005,47.0],[6.01,47.0],[6.01,47.00500001],[6.01,47.01],[6.0,47.01],[6.0,47.0]]]}"#;
        let outline = simplified(("90052".into(), "Giromagny".into(), boundary.into()));
        assert_eq!(outline.polygons.len(), 1);
        assert_eq!(
            outline.polygons[0][0],
            vec![[6.0, 47.0], [6.01, 47.0], [6.01, 47.01], [6.0, 47.01], [6.0, 47.0]]
        );
        let broken = simplified(("1".into(), "x".into(), "not json".into()));
        assert!(broken.polygons.is_empty());
    }
}
