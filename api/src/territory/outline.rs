//! Commune outlines for maps drawn without a tile server (the consoles): each boundary
//! simplified to about ten metres and rounded to about a metre, a few kilobytes a commune.
//! Boundaries change only with an import: each node keeps the outlines it drew for the
//! boundary revision it routes with ([`OutlineCache`]).

use std::{
    collections::HashMap,
    sync::{Arc, Mutex},
};

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

/// Outlines kept at most (all of France is 35,000 communes of a few kilobytes each).
const CACHED: usize = 4_000;

/// The outlines a node drew, for one boundary revision.
#[derive(Debug, Default)]
pub struct OutlineCache {
    inner: Mutex<Cached>,
    /// Held while outlines are read and drawn: a thousand requests missing the same
    /// outlines at once wait for one reading instead of taking every connection of the pool.
    loading: tokio::sync::Mutex<()>,
}

#[derive(Debug, Default)]
struct Cached {
    revision: i64,
    outlines: HashMap<String, Arc<Outline>>,
}

impl OutlineCache {
    /// The cached outlines among `codes` for `revision`, and the codes still to draw.
    fn lookup(&self, revision: i64, codes: &[String]) -> (Vec<Arc<Outline>>, Vec<String>) {
        let Ok(mut cached) = self.inner.lock() else { return (Vec::new(), codes.to_vec()) };
        if cached.revision != revision {
            *cached = Cached { revision, outlines: HashMap::new() };
        }
        let mut found = Vec::new();
        let mut missing = Vec::new();
        for code in codes {
            match cached.outlines.get(code) {
                Some(outline) => found.push(outline.clone()),
                None => missing.push(code.clone()),
            }
        }
        (found, missing)
    }

    fn keep(&self, revision: i64, drawn: &[Arc<Outline>]) {
        let Ok(mut cached) = self.inner.lock() else { return };
        if cached.revision != revision {
            return;
        }
        if cached.outlines.len() + drawn.len() > CACHED {
            cached.outlines.clear();
        }
        for outline in drawn {
            cached.outlines.insert(outline.code.clone(), outline.clone());
        }
    }
}

/// The outlines of `codes` (unknown codes are left out, repeated ones given once), in the
/// order of the codes, drawn from the boundaries of `revision` or taken from `cache`.
pub async fn outlines(
    db: &impl ConnectionTrait,
    cache: &OutlineCache,
    revision: i64,
    codes: &[String],
) -> AppResult<Vec<Arc<Outline>>> {
    if codes.len() > MAX_OUTLINES {
        return Err(AppError::bad_input("codes", format!("Au plus {MAX_OUTLINES} communes par demande.")));
    }
    let mut codes = codes.to_vec();
    let order = codes.clone();
    codes.sort_unstable();
    codes.dedup();
    let (mut outlines, missing) = cache.lookup(revision, &codes);
    if !missing.is_empty() {
        let _loading = cache.loading.lock().await;
        // Another request may have drawn them meanwhile.
        let (found, missing) = cache.lookup(revision, &missing);
        outlines.extend(found);
        if !missing.is_empty() {
            let drawn = draw(db, &missing).await?;
            cache.keep(revision, &drawn);
            outlines.extend(drawn);
        }
    }
    outlines.sort_by_key(|outline| order.iter().position(|code| *code == outline.code));
    Ok(outlines)
}

/// Reads the boundaries of `codes` and simplifies them off the async workers.
async fn draw(db: &impl ConnectionTrait, codes: &[String]) -> AppResult<Vec<Arc<Outline>>> {
    let rows: Vec<(String, String, String)> = commune::Entity::find()
        .select_only()
        .columns([commune::Column::Code, commune::Column::Name, commune::Column::Boundary])
        .filter(commune::Column::Code.is_in(codes.iter().map(String::as_str)))
        .order_by_asc(commune::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    tokio::task::spawn_blocking(move || rows.into_iter().map(|row| Arc::new(simplified(row))).collect())
        .await
        .map_err(|error| AppError::internal(anyhow::anyhow!("outline worker: {error}")))
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
