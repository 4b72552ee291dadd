//! A per-commune, per-category override of the commune's default brigade
//! (e.g. incivilities in a town go to its municipal police).

use sea_orm::entity::prelude::*;

use crate::ids::BrigadeId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "routing_rule")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub commune_code: String,
    pub category_code: String,
    pub brigade_id: BrigadeId,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
