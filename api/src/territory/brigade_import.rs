//! Importing brigades from CSV or GeoJSON (`vigie import brigades`, the demo seed and the
//! admin console's `saveBrigade`): upserted by code, their default communes assigned by list
//! or by area, their département recorded, in the caller's transaction.

use std::{
    collections::{HashMap, HashSet},
    path::Path,
};

use anyhow::{Context, bail, ensure};
use chrono::Utc;
use entity::{brigade, commune, enums::BrigadeKind};
use geo::{InteriorPoint, MultiPolygon};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::import::{ImportSummary, read_feature_collection, refresh_on_code};
use crate::routing::{
    SpatialIndex,
    geojson::{FeatureCollection, Geometry},
    store::bump_revision,
};

/// A brigade to create or update, and the communes it covers.
#[derive(Clone, Debug)]
pub struct BrigadeRecord {
    pub code: String,
    pub name: String,
    pub kind: BrigadeKind,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    /// INSEE code of its département; when absent, that of the communes it covers.
    pub department: Option<String>,
    /// INSEE codes of the communes it covers by default.
    pub communes: Vec<String>,
    /// Or its area: the communes whose interior point lies inside are assigned to it.
    pub area: Option<MultiPolygon<f64>>,
}

/// Reads brigades from a `.csv` (columns `code;name;kind;phone;email;address;communes`,
/// `;` or `,` separated, communes separated by spaces) or a GeoJSON file (same properties,
/// optional geometry as the area).
pub fn read_brigades_file(path: &Path) -> anyhow::Result<Vec<BrigadeRecord>> {
    let is_csv = path.extension().is_some_and(|extension| extension.eq_ignore_ascii_case("csv"));
    if is_csv { read_brigades_csv(path) } else { brigades_from_geojson(&read_feature_collection(path)?) }
}

fn read_brigades_csv(path: &Path) -> anyhow::Result<Vec<BrigadeRecord>> {
    let text = std::fs::read_to_string(path).with_context(|| format!("reading {}", path.display()))?;
    let delimiter = if text.lines().next().unwrap_or_default().contains(';') { b';' } else { b',' };
    let mut reader =
        csv::ReaderBuilder::new().delimiter(delimiter).trim(csv::Trim::All).from_reader(text.as_bytes());
    let mut records = Vec::new();
    for (line, row) in reader.deserialize::<HashMap<String, String>>().enumerate() {
        let row = row.with_context(|| format!("{} row {}", path.display(), line + 2))?;
        let field = |name: &str| row.get(name).filter(|value| !value.is_empty()).cloned();
        records.push(
            brigade_record(field)
                .with_context(|| format!("{} row {}", path.display(), line + 2))?
                .with_communes(field("communes").unwrap_or_default().split_whitespace()),
        );
    }
    Ok(records)
}

/// Brigades from GeoJSON features (properties as in the CSV; `communes` may be an array).
pub fn brigades_from_geojson(collection: &FeatureCollection) -> anyhow::Result<Vec<BrigadeRecord>> {
    collection
        .features
        .iter()
        .enumerate()
        .map(|(position, feature)| {
            let field = |name: &str| feature.property(&[name]).filter(|value| !value.is_empty());
            let mut record = brigade_record(field).with_context(|| format!("feature #{position}"))?;
            record = match feature.properties.get("communes") {
                Some(serde_json::Value::Array(codes)) => {
                    record.with_communes(codes.iter().filter_map(|code| code.as_str()))
                }
                Some(serde_json::Value::String(codes)) => record.with_communes(codes.split_whitespace()),
                _ => record,
            };
            record.area = feature.geometry.as_ref().map(Geometry::to_multi_polygon).transpose()?;
            Ok(record)
        })
        .collect()
}

/// A brigade from its named fields (`field(name)`: the non-empty value, if any).
fn brigade_record(field: impl Fn(&str) -> Option<String>) -> anyhow::Result<BrigadeRecord> {
    let code = field("code").context("missing `code`")?;
    let name = field("name").context("missing `name`")?;
    let kind = match field("kind").as_deref() {
        Some("GENDARMERIE") => BrigadeKind::Gendarmerie,
        Some("POLICE_NATIONALE") => BrigadeKind::PoliceNationale,
        Some("POLICE_MUNICIPALE") => BrigadeKind::PoliceMunicipale,
        other => bail!("`kind` must be GENDARMERIE, POLICE_NATIONALE or POLICE_MUNICIPALE, not {other:?}"),
    };
    let (phone, email, address) = (field("phone"), field("email"), field("address"));
    let department = match field("departement") {
        Some(code) if crate::department::is_valid(&code) => Some(code),
        Some(code) => bail!("`departement` must be an INSEE département code (90, 2A, 974), not {code:?}"),
        None => None,
    };
    Ok(BrigadeRecord {
        code,
        name,
        kind,
        phone,
        email,
        address,
        department,
        communes: Vec::new(),
        area: None,
    })
}

impl BrigadeRecord {
    fn with_communes<'c>(mut self, codes: impl Iterator<Item = &'c str>) -> Self {
        self.communes.extend(codes.map(str::to_owned));
        self
    }
}

/// What a brigade import changed.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct BrigadeImportSummary {
    pub brigades: ImportSummary,
    pub communes_assigned: usize,
}

/// Creates or updates brigades by code and assigns them their communes, in one transaction.
/// An unknown commune code aborts the whole import.
pub async fn import_brigades(
    db: &DatabaseConnection,
    records: &[BrigadeRecord],
) -> anyhow::Result<BrigadeImportSummary> {
    let txn = crate::db::write(db).await?;
    let summary = import_brigades_in(&txn, records).await?;
    txn.commit().await?;
    Ok(summary)
}

/// [`import_brigades`] inside the caller's transaction (which also gets the routing
/// revision bump).
pub async fn import_brigades_in(
    txn: &impl ConnectionTrait,
    records: &[BrigadeRecord],
) -> anyhow::Result<BrigadeImportSummary> {
    let mut summary = BrigadeImportSummary::default();
    let area_assignments = assignments_by_area(txn, records).await?;
    for (position, record) in records.iter().enumerate() {
        let (id, inserted) = upsert_brigade(txn, record).await?;
        if inserted {
            summary.brigades.inserted += 1
        } else {
            summary.brigades.updated += 1
        }
        let mut codes: Vec<&str> = record.communes.iter().map(String::as_str).collect();
        codes.extend(area_assignments.get(&position).into_iter().flatten().map(String::as_str));
        if !codes.is_empty() {
            summary.communes_assigned += assign(txn, record, id, &codes).await?;
        }
        let department = match &record.department {
            Some(code) => Some(code.clone()),
            None => covered_department(txn, id).await?,
        };
        let department = department.with_context(|| {
            format!(
                "brigade {}: give its `departement` (it is the default brigade of no commune)",
                record.code
            )
        })?;
        brigade::Entity::update_many()
            .col_expr(brigade::Column::Department, department.into())
            .filter(brigade::Column::Id.eq(id))
            .exec(txn)
            .await?;
    }
    bump_revision(txn).await?;
    Ok(summary)
}

/// Makes `brigade` the default brigade of `codes`; returns how many communes that is.
async fn assign(
    db: &impl ConnectionTrait,
    record: &BrigadeRecord,
    brigade: crate::ids::BrigadeId,
    codes: &[&str],
) -> anyhow::Result<usize> {
    let result = commune::Entity::update_many()
        .col_expr(commune::Column::BrigadeId, brigade.into())
        .col_expr(commune::Column::UpdatedAt, Utc::now().into())
        .filter(commune::Column::Code.is_in(codes.iter().copied()))
        .exec(db)
        .await?;
    let unique: HashSet<&str> = codes.iter().copied().collect();
    ensure!(
        result.rows_affected as usize == unique.len(),
        "brigade {}: {} of its {} communes are unknown (import the communes first)",
        record.code,
        unique.len() - result.rows_affected as usize,
        unique.len()
    );
    Ok(unique.len())
}

/// The département of the communes `brigade` covers, if it covers any (the lowest code if
/// it straddles two).
async fn covered_department(
    db: &impl ConnectionTrait,
    brigade: crate::ids::BrigadeId,
) -> anyhow::Result<Option<String>> {
    Ok(commune::Entity::find()
        .select_only()
        .column(commune::Column::Department)
        .filter(commune::Column::BrigadeId.eq(brigade))
        .order_by_asc(commune::Column::Department)
        .into_tuple::<String>()
        .one(db)
        .await?)
}

async fn upsert_brigade(
    db: &impl ConnectionTrait,
    record: &BrigadeRecord,
) -> anyhow::Result<(crate::ids::BrigadeId, bool)> {
    let now = Utc::now();
    let existing = brigade::Entity::find().filter(brigade::Column::Code.eq(&record.code)).one(db).await?;
    let inserted = existing.is_none();
    let id = existing.map_or_else(crate::ids::BrigadeId::generate, |row| row.id);
    let row = brigade::ActiveModel {
        id: Set(id),
        code: Set(record.code.clone()),
        name: Set(record.name.clone()),
        kind: Set(record.kind),
        phone: Set(record.phone.clone()),
        email: Set(record.email.clone()),
        address: Set(record.address.clone()),
        // Set right after, once the communes it covers are known.
        department: Set(record.department.clone()),
        created_at: Set(now),
        updated_at: Set(now),
    };
    brigade::Entity::insert(row)
        .on_conflict(refresh_on_code(brigade::Column::Code, BRIGADE_REFRESHED))
        .exec_without_returning(db)
        .await?;
    Ok((id, inserted))
}

/// For records given an area: the communes whose interior point lies inside it.
async fn assignments_by_area(
    db: &impl ConnectionTrait,
    records: &[BrigadeRecord],
) -> anyhow::Result<HashMap<usize, Vec<String>>> {
    let with_area: Vec<(usize, MultiPolygon<f64>)> = records
        .iter()
        .enumerate()
        .filter_map(|(position, record)| Some((position, record.area.clone()?)))
        .collect();
    if with_area.is_empty() {
        return Ok(HashMap::new());
    }
    let shapes: Vec<MultiPolygon<f64>> = with_area.iter().map(|(_, area)| area.clone()).collect();
    let index = SpatialIndex::build(&shapes);
    let communes = commune::Entity::find()
        .select_only()
        .columns([commune::Column::Code, commune::Column::Boundary])
        .into_tuple::<(String, String)>()
        .all(db)
        .await?;
    let mut assignments: HashMap<usize, Vec<String>> = HashMap::new();
    for (code, boundary) in communes {
        let shape = serde_json::from_str::<Geometry>(&boundary)?.to_multi_polygon()?;
        let Some(inside) = shape.interior_point() else { continue };
        if let Some(owner) = index.locate(inside.x(), inside.y()) {
            assignments.entry(with_area[owner as usize].0).or_default().push(code);
        }
    }
    Ok(assignments)
}

/// What importing a brigade again refreshes.
const BRIGADE_REFRESHED: [brigade::Column; 6] = {
    use brigade::Column::*;
    [Name, Kind, Phone, Email, Address, UpdatedAt]
};
