//! A single-row counter bumped by every change to jurisdictions, so that each API node
//! notices and rebuilds its in-memory routing index.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "routing_revision")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: i32,
    pub revision: i64,
    /// Moves only when commune boundaries change: other changes (participation, brigades,
    /// category overrides) reuse the node's geometry index.
    pub boundary_revision: i64,
    pub changed_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
