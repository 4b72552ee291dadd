//! A département's acknowledgement delays by urgency, set by its admins (absent: the node's
//! `VIGIE_ACK_DEADLINE_MINUTES`).

use sea_orm::entity::prelude::*;

use crate::ids::UserId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "departement_deadline")]
pub struct Model {
    /// The INSEE département code.
    #[sea_orm(primary_key, auto_increment = false)]
    pub departement: String,
    pub urgent_minutes: i32,
    pub high_minutes: i32,
    pub normal_minutes: i32,
    pub low_minutes: i32,
    pub updated_at: DateTimeUtc,
    pub updated_by: UserId,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
