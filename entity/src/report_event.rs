//! One step of a report's history, with its actor. The report's status always equals the
//! status of its latest status-changing event: both are written in one transaction.

use sea_orm::entity::prelude::*;

use crate::ids::{BrigadeId, ReportId, UserId};

use crate::enums::{ReportEventKind, ReportStatus, Role};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "report_event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub report_id: ReportId,
    pub kind: ReportEventKind,
    /// The status after this event, when it changed it.
    pub status: Option<ReportStatus>,
    /// Seen by the reporter.
    #[sea_orm(column_type = "Text", nullable)]
    pub public_note: Option<String>,
    /// Brigade staff only.
    #[sea_orm(column_type = "Text", nullable)]
    pub internal_note: Option<String>,
    pub actor_id: UserId,
    pub actor_role: Role,
    /// The brigade the report was routed to after this event.
    pub brigade_id: Option<BrigadeId>,
    /// The brigade a reroute took the report away from.
    pub from_brigade_id: Option<BrigadeId>,
    pub at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
