//! Importing jurisdictions: commune boundaries from GeoJSON here, brigades from CSV or
//! GeoJSON in [`super::brigade_import`]. Each import is one transaction that also bumps the
//! routing revision, so every node rebuilds its index from a complete picture, never a
//! half-imported one.

use std::{collections::HashSet, path::Path};

use anyhow::{Context, ensure};
use chrono::Utc;
use entity::commune;
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait, QuerySelect, sea_query::OnConflict};

use crate::routing::{
    geojson::{Feature, FeatureCollection},
    store::bump_boundaries,
};

/// What an import changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ImportSummary {
    pub inserted: usize,
    pub updated: usize,
}

/// Reads a GeoJSON FeatureCollection from a file.
pub fn read_feature_collection(path: &Path) -> anyhow::Result<FeatureCollection> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    serde_json::from_str(&text)
        .with_context(|| format!("{} is not a GeoJSON FeatureCollection", path.display()))
}

/// Whether `code` looks like an INSEE commune code (`90010`, `2A004`, `97411`).
pub fn is_insee_code(code: &str) -> bool {
    let bytes = code.as_bytes();
    bytes.len() == 5
        && (bytes[..2].iter().all(u8::is_ascii_digit) || matches!(&bytes[..2], b"2A" | b"2B"))
        && bytes[2..].iter().all(u8::is_ascii_digit)
}

/// The département of an INSEE code (3 characters overseas).
/// Inserts or updates communes (name, boundary) by INSEE code. Participation and brigade
/// assignments of existing communes are kept.
pub async fn import_communes(
    db: &DatabaseConnection,
    collection: &FeatureCollection,
) -> anyhow::Result<ImportSummary> {
    let now = Utc::now();
    let mut rows = Vec::with_capacity(collection.features.len());
    for (position, feature) in collection.features.iter().enumerate() {
        rows.push(commune_row(feature, now).with_context(|| format!("feature #{position}"))?);
    }
    let txn = crate::db::write(db).await?;
    let existing: HashSet<String> = commune::Entity::find()
        .select_only()
        .column(commune::Column::Code)
        .into_tuple::<String>()
        .all(&txn)
        .await?
        .into_iter()
        .collect();
    let summary = rows.iter().fold(ImportSummary::default(), |mut summary, row| {
        match &row.code {
            sea_orm::ActiveValue::Set(code) if existing.contains(code) => summary.updated += 1,
            _ => summary.inserted += 1,
        }
        summary
    });
    let mut rows = rows.into_iter().peekable();
    while rows.peek().is_some() {
        let batch: Vec<_> = rows.by_ref().take(500).collect();
        commune::Entity::insert_many(batch)
            .on_conflict(refresh_on_code(commune::Column::Code, COMMUNE_REFRESHED))
            .exec(&txn)
            .await?;
    }
    bump_boundaries(&txn).await?;
    txn.commit().await?;
    Ok(summary)
}

fn commune_row(feature: &Feature, now: chrono::DateTime<Utc>) -> anyhow::Result<commune::ActiveModel> {
    let code = feature
        .property(&["code", "insee", "INSEE_COM", "codgeo"])
        .context("no INSEE code (property `code`)")?;
    ensure!(is_insee_code(&code), "`{code}` is not an INSEE commune code");
    let name = feature.property(&["nom", "name", "NOM", "NOM_COM"]).context("no name (property `nom`)")?;
    let geometry = feature.geometry.as_ref().with_context(|| format!("commune {code} has no geometry"))?;
    geometry.to_multi_polygon().with_context(|| format!("boundary of commune {code}"))?;
    let population =
        feature.property(&["population", "POPULATION"]).and_then(|text| text.parse::<i32>().ok());
    Ok(commune::ActiveModel {
        department: Set(crate::department::of_commune(&code).to_owned()),
        code: Set(code),
        name: Set(name),
        population: Set(population),
        participating: Set(false),
        brigade_id: Set(None),
        participating_since: Set(None),
        boundary: Set(serde_json::to_string(geometry)?),
        updated_at: Set(now),
    })
}

/// What importing a commune again refreshes (its code is its identity).
const COMMUNE_REFRESHED: [commune::Column; 4] = {
    use commune::Column::*;
    [Name, Department, Boundary, UpdatedAt]
};

/// An upsert keyed on a natural code: a row already there gets `columns` refreshed (its id,
/// which other rows point to, stays).
pub(super) fn refresh_on_code<C: sea_orm::Iden + Copy + 'static>(
    code: C,
    columns: impl IntoIterator<Item = C>,
) -> OnConflict {
    OnConflict::column(code).update_columns(columns).to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn insee_codes_include_corsica_and_overseas() {
        assert!(is_insee_code("90010"));
        assert!(is_insee_code("2A004"));
        assert!(is_insee_code("97411"));
        assert!(!is_insee_code("9001"));
        assert!(!is_insee_code("2C004"));
    }
}
