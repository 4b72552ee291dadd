//! A commune a broadcast was sent to.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "broadcast_commune")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub broadcast_id: Uuid,
    #[sea_orm(primary_key, auto_increment = false)]
    pub commune_code: String,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
