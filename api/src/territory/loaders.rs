//! Territory's DataLoaders: brigades, communes (without boundary), the communes a brigade
//! covers, and categories, each batched over the objects of one request.

use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
};
use entity::{brigade, category, commune};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::service::CommuneSummary;
use crate::ids::BrigadeId;
use crate::{
    batch::{ByKey, uncached},
    error::AppResult,
};

/// The loaders of one request (or one websocket operation).
pub struct TerritoryLoaders {
    brigades: DataLoader<ByKey<brigade::Entity, BrigadeId>>,
    communes: DataLoader<CommuneLoader>,
    covered: DataLoader<CoveredLoader>,
    categories: DataLoader<ByKey<category::Entity, String>>,
}

impl TerritoryLoaders {
    pub fn new(db: &DatabaseConnection) -> Self {
        Self {
            brigades: uncached(ByKey::new(db, brigade::Column::Id, |row: &brigade::Model| row.id)),
            communes: uncached(CommuneLoader(db.clone())),
            covered: uncached(CoveredLoader(db.clone())),
            categories: uncached(ByKey::new(db, category::Column::Code, |row: &category::Model| {
                row.code.clone()
            })),
        }
    }

    /// The brigade `key`.
    pub async fn brigade(ctx: &Context<'_>, key: BrigadeId) -> AppResult<Option<brigade::Model>> {
        Ok(ctx.data_unchecked::<Self>().brigades.load_one(key).await?)
    }

    /// The commune `key` (without boundary).
    pub async fn commune(ctx: &Context<'_>, key: &str) -> AppResult<Option<CommuneSummary>> {
        Ok(ctx.data_unchecked::<Self>().communes.load_one(key.to_owned()).await?)
    }

    /// The communes brigade `key` covers by default, by name.
    pub async fn covered_by(ctx: &Context<'_>, key: BrigadeId) -> AppResult<Vec<CommuneSummary>> {
        Ok(ctx.data_unchecked::<Self>().covered.load_one(key).await?.unwrap_or_default())
    }

    /// The category `key`.
    pub async fn category(ctx: &Context<'_>, key: &str) -> AppResult<Option<category::Model>> {
        Ok(ctx.data_unchecked::<Self>().categories.load_one(key.to_owned()).await?)
    }
}

/// Communes (without boundary) by INSEE code.
pub struct CommuneLoader(DatabaseConnection);

impl Loader<String> for CommuneLoader {
    type Value = CommuneSummary;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, Self::Value>, Self::Error> {
        let rows = commune::Entity::find()
            .filter(commune::Column::Code.is_in(keys.iter().cloned()))
            .into_partial_model::<CommuneSummary>()
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (row.code.clone(), row)).collect())
    }
}

/// The communes of brigades (their default brigade), by name: one query for every brigade
/// of a request (`brigades { communes }`).
pub struct CoveredLoader(DatabaseConnection);

impl Loader<BrigadeId> for CoveredLoader {
    type Value = Vec<CommuneSummary>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[BrigadeId]) -> Result<HashMap<BrigadeId, Self::Value>, Self::Error> {
        let rows = commune::Entity::find()
            .filter(commune::Column::BrigadeId.is_in(keys.iter().copied()))
            .order_by_asc(commune::Column::Name)
            .order_by_asc(commune::Column::Code)
            .into_partial_model::<CommuneSummary>()
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        let mut covered: HashMap<BrigadeId, Self::Value> = HashMap::new();
        for row in rows {
            if let Some(brigade) = row.brigade_id {
                covered.entry(brigade).or_default().push(row);
            }
        }
        Ok(covered)
    }
}
