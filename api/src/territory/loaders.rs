//! Territory's DataLoaders: brigades, communes (without boundary), the communes a brigade
//! covers, categories, each commune's current référent and each coordinator's communes,
//! each batched over the objects of one request.

use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
};
use entity::{app_user, brigade, category, commune, coordinator_commune, referent_assignment};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

use super::service::CommuneSummary;
use crate::ids::{BrigadeId, UserId};
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
    referents: DataLoader<ReferentLoader>,
    coordinated: DataLoader<CoordinatedLoader>,
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
            referents: uncached(ReferentLoader(db.clone())),
            coordinated: uncached(CoordinatedLoader(db.clone())),
        }
    }

    /// The communes `keys` (without boundary) that exist, in the order asked.
    pub async fn communes(ctx: &Context<'_>, keys: &[String]) -> AppResult<Vec<CommuneSummary>> {
        let mut found = ctx.data_unchecked::<Self>().communes.load_many(keys.iter().cloned()).await?;
        Ok(keys.iter().filter_map(|key| found.remove(key)).collect())
    }

    /// Commune `key`'s current référent, if designated and active.
    pub async fn referent(ctx: &Context<'_>, key: &str) -> AppResult<Option<app_user::Model>> {
        Ok(ctx.data_unchecked::<Self>().referents.load_one(key.to_owned()).await?)
    }

    /// The INSEE codes of the communes coordinator `key` acts for, in order.
    pub async fn coordinated(ctx: &Context<'_>, key: UserId) -> AppResult<Vec<String>> {
        Ok(ctx.data_unchecked::<Self>().coordinated.load_one(key).await?.unwrap_or_default())
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

/// The current, active référent of communes: their open designations, then those accounts
/// still enabled (two queries for a whole list of communes).
pub struct ReferentLoader(DatabaseConnection);

impl Loader<String> for ReferentLoader {
    type Value = app_user::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, Self::Value>, Self::Error> {
        let current = referent_assignment::Entity::find()
            .filter(referent_assignment::Column::CommuneCode.is_in(keys.iter().cloned()))
            .filter(referent_assignment::Column::EndedAt.is_null())
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        let users: HashMap<UserId, app_user::Model> = app_user::Entity::find()
            .filter(app_user::Column::Id.is_in(current.iter().map(|row| row.user_id)))
            .filter(app_user::Column::DisabledAt.is_null())
            .all(&self.0)
            .await
            .map_err(Arc::new)?
            .into_iter()
            .map(|user| (user.id, user))
            .collect();
        Ok(current
            .into_iter()
            .filter_map(|row| Some((row.commune_code, users.get(&row.user_id)?.clone())))
            .collect())
    }
}

/// The communes coordinators act for, by INSEE code (one query for a list of accounts).
pub struct CoordinatedLoader(DatabaseConnection);

impl Loader<UserId> for CoordinatedLoader {
    type Value = Vec<String>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[UserId]) -> Result<HashMap<UserId, Self::Value>, Self::Error> {
        let rows = coordinator_commune::Entity::find()
            .filter(coordinator_commune::Column::UserId.is_in(keys.iter().copied()))
            .order_by_asc(coordinator_commune::Column::CommuneCode)
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        let mut coordinated: HashMap<UserId, Self::Value> = HashMap::new();
        for row in rows {
            coordinated.entry(row.user_id).or_default().push(row.commune_code);
        }
        Ok(coordinated)
    }
}
