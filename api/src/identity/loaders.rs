//! Identity's DataLoader: accounts by id, batched over the objects of one request.

use std::{collections::HashMap, sync::Arc};

use crate::{batch::uncached, error::AppResult, ids::UserId};
use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
};
use entity::app_user;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

/// The loaders of one request (or one websocket operation).
pub struct IdentityLoaders {
    users: DataLoader<UserLoader>,
}

impl IdentityLoaders {
    pub fn new(db: &DatabaseConnection) -> Self {
        Self { users: uncached(UserLoader(db.clone())) }
    }

    /// The account `key`.
    pub async fn user(ctx: &Context<'_>, key: UserId) -> AppResult<Option<app_user::Model>> {
        Ok(ctx.data_unchecked::<Self>().users.load_one(key).await?)
    }
}

/// Accounts by id.
pub struct UserLoader(DatabaseConnection);

impl Loader<UserId> for UserLoader {
    type Value = app_user::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[UserId]) -> Result<HashMap<UserId, Self::Value>, Self::Error> {
        let rows = app_user::Entity::find()
            .filter(app_user::Column::Id.is_in(keys.iter().copied()))
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (row.id, row)).collect())
    }
}
