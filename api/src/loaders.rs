//! Per-request DataLoaders: related objects of a page are fetched in one batched query.

use std::{collections::HashMap, sync::Arc};

use async_graphql::dataloader::{DataLoader, Loader};
use entity::brigade;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::{ids::BrigadeId, state::AppState};

/// The loaders of one request (or one websocket connection).
pub struct Loaders {
    pub brigades: DataLoader<BrigadeLoader>,
}

impl Loaders {
    pub fn new(state: &AppState) -> Self {
        Self { brigades: DataLoader::new(BrigadeLoader(state.db.clone()), tokio::spawn) }
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
