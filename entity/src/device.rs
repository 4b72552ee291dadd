//! A phone that receives push notifications for an account (its FCM registration token).

use sea_orm::entity::prelude::*;

use crate::{
    enums::DevicePlatform,
    ids::{DeviceId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "device")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: DeviceId,
    pub user_id: UserId,
    pub platform: DevicePlatform,
    /// Unique: a token registered again moves to the account that registers it.
    #[sea_orm(unique)]
    pub token: String,
    pub created_at: DateTimeUtc,
    pub last_seen_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
