//! A gendarmerie brigade, police station or municipal police service.

use sea_orm::entity::prelude::*;

use crate::ids::BrigadeId;

use crate::enums::BrigadeKind;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "brigade")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: BrigadeId,
    #[sea_orm(unique)]
    pub code: String,
    pub name: String,
    pub kind: BrigadeKind,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub address: Option<String>,
    /// INSEE code of its département (`90`, `2A`, `974`).
    pub department: Option<String>,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
