//! Identity's DataLoader: accounts by id, batched over the objects of one request.

use async_graphql::{Context, dataloader::DataLoader};
use entity::app_user;
use sea_orm::DatabaseConnection;

use crate::{
    batch::{ByKey, uncached},
    error::AppResult,
    ids::UserId,
};

/// The loaders of one request (or one websocket operation).
pub struct IdentityLoaders {
    users: DataLoader<ByKey<app_user::Entity, UserId>>,
}

impl IdentityLoaders {
    pub fn new(db: &DatabaseConnection) -> Self {
        Self { users: uncached(ByKey::new(db, app_user::Column::Id, |row: &app_user::Model| row.id)) }
    }

    /// The account `key`.
    pub async fn user(ctx: &Context<'_>, key: UserId) -> AppResult<Option<app_user::Model>> {
        Ok(ctx.data_unchecked::<Self>().users.load_one(key).await?)
    }
}
