//! Per-request DataLoaders: related objects of a page are fetched in one batched query.

use std::{collections::HashMap, sync::Arc};

use async_graphql::dataloader::{DataLoader, Loader};
use entity::{brigade, commune};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::{ids::BrigadeId, state::AppState, territory::service::CommuneSummary};

/// The loaders of one request (or one websocket connection). They batch, but do not cache:
/// a websocket connection lives for hours and must not serve stale rows.
pub struct Loaders {
    pub brigades: DataLoader<BrigadeLoader>,
    pub communes: DataLoader<CommuneLoader>,
}

impl Loaders {
    pub fn new(state: &AppState) -> Self {
        let loaders = Self {
            brigades: DataLoader::new(BrigadeLoader(state.db.clone()), tokio::spawn),
            communes: DataLoader::new(CommuneLoader(state.db.clone()), tokio::spawn),
        };
        loaders.brigades.enable_all_cache(false);
        loaders.communes.enable_all_cache(false);
        loaders
    }
}

/// Brigades by id.
pub struct BrigadeLoader(DatabaseConnection);

impl Loader<BrigadeId> for BrigadeLoader {
    type Value = brigade::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[BrigadeId]) -> Result<HashMap<BrigadeId, Self::Value>, Self::Error> {
        let rows = brigade::Entity::find()
            .filter(brigade::Column::Id.is_in(keys.iter().map(|key| key.0)))
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (BrigadeId(row.id), row)).collect())
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
