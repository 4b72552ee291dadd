//! A flag of abusive use of Vigie by a resident, raised by brigade staff, decided by the
//! coordinators of the resident's commune.

use sea_orm::entity::prelude::*;

use crate::{
    enums::AbuseFlagStatus,
    ids::{BrigadeId, ReportId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "abuse_flag")]
pub struct Model {
    /// UUIDv7: in the order of flagging.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub resident_id: UserId,
    /// The resident's commune when flagged (whose coordinators decide).
    pub commune_code: String,
    pub brigade_id: BrigadeId,
    /// The report that showed it (the brigade's; never shown to the commune).
    pub report_id: ReportId,
    pub flagged_by: UserId,
    #[sea_orm(column_type = "Text")]
    pub reason: String,
    pub created_at: DateTimeUtc,
    pub status: AbuseFlagStatus,
    pub decided_by: Option<UserId>,
    pub decided_at: Option<DateTimeUtc>,
    #[sea_orm(column_type = "Text", nullable)]
    pub decision_note: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
