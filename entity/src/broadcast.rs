//! Prevention or information sent by a brigade or a mayor to the approved residents of
//! some communes (*sensibilisation*).

use sea_orm::entity::prelude::*;

use crate::{
    enums::Role,
    ids::{BrigadeId, BroadcastId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "broadcast")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: BroadcastId,
    pub author_id: UserId,
    pub author_role: Role,
    /// The author's brigade, for staff.
    pub brigade_id: Option<BrigadeId>,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    pub expires_at: DateTimeUtc,
    /// How many residents it reached.
    pub recipients: i32,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
