//! A département whose staff, coordinators, admins and partners must sign in with a second
//! factor (set by its admins).

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "totp_requirement")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub department: String,
    pub required_since: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
