//! A commune a broadcast was sent to.

use sea_orm::entity::prelude::*;

use crate::ids::BroadcastId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "broadcast_commune")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub broadcast_id: BroadcastId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub commune_code: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
