//! Queries over reference data.

use crate::{error::AppResult, ids::BrigadeId};
use entity::{category, commune};
use sea_orm::{ColumnTrait, ConnectionTrait, DerivePartialModel, EntityTrait, QueryFilter, QueryOrder};

/// A commune without its boundary (which lists never need).
#[derive(Clone, Debug, DerivePartialModel)]
#[sea_orm(entity = "commune::Entity")]
pub struct CommuneSummary {
    pub code: String,
    pub name: String,
    pub participating: bool,
    pub brigade_id: Option<BrigadeId>,
    pub participating_since: Option<chrono::NaiveDate>,
}

impl From<commune::Model> for CommuneSummary {
    fn from(row: commune::Model) -> Self {
        Self {
            code: row.code,
            name: row.name,
            participating: row.participating,
            brigade_id: row.brigade_id,
            participating_since: row.participating_since,
        }
    }
}

/// Communes ordered by name, optionally only (non-)participating ones.
pub async fn list_communes(
    db: &impl ConnectionTrait,
    participating: Option<bool>,
    department: Option<&str>,
) -> AppResult<Vec<CommuneSummary>> {
    let mut query = commune::Entity::find();
    if let Some(participating) = participating {
        query = query.filter(commune::Column::Participating.eq(participating));
    }
    if let Some(department) = department {
        query = query.filter(commune::Column::Department.eq(department));
    }
    Ok(query
        .order_by_asc(commune::Column::Name)
        .order_by_asc(commune::Column::Code)
        .into_partial_model::<CommuneSummary>()
        .all(db)
        .await?)
}

/// Active categories in display order.
pub async fn list_categories(db: &impl ConnectionTrait) -> AppResult<Vec<category::Model>> {
    Ok(category::Entity::find()
        .filter(category::Column::Active.eq(true))
        .order_by_asc(category::Column::Position)
        .all(db)
        .await?)
}
