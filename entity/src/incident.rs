//! An incident: reports of one fact — compatible categories, close in place and time —
//! grouped automatically at filing within one brigade, which confirms, splits or merges it.

use sea_orm::entity::prelude::*;

use crate::ids::{BrigadeId, IncidentId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "incident")]
pub struct Model {
    /// UUIDv7: in the order incidents formed.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: IncidentId,
    pub brigade_id: BrigadeId,
    /// Whether the brigade confirmed that its reports are one fact.
    pub confirmed: bool,
    pub confirmed_by: Option<UserId>,
    pub confirmed_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
