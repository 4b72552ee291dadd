//! A report filed by a resident: what, where (exact), when, and where it was routed.

use sea_orm::entity::prelude::*;

use crate::ids::{BrigadeId, IncidentId, ReportId, UserId};

use crate::enums::{ReportStatus, RoutingRule};

#[derive(Clone, Debug, PartialEq, DeriveEntityModel)]
#[sea_orm(table_name = "report")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: ReportId,
    pub reporter_id: UserId,
    /// Chosen by the app; the same value twice files one report.
    pub client_request_id: String,
    /// SHA-256 of the filed payload, to tell a retry from a different report.
    pub fingerprint: String,
    pub category_code: String,
    /// Copied from the category at filing, for the queue order.
    pub urgency: i32,
    #[sea_orm(column_type = "Text")]
    pub description: String,
    pub latitude: f64,
    pub longitude: f64,
    pub accuracy_meters: Option<f64>,
    pub commune_code: String,
    pub brigade_id: BrigadeId,
    pub routing_rule: RoutingRule,
    pub status: ReportStatus,
    pub duplicate_of: Option<ReportId>,
    pub observed_at: DateTimeUtc,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
    pub acknowledged_at: Option<DateTimeUtc>,
    /// The brigade's own order, on the urgency scale (3 first); the urgency at filing until
    /// staff change it.
    pub priority: i32,
    /// The member of the brigade who holds it.
    pub assignee_id: Option<UserId>,
    /// When it should be acknowledged by (set at filing from the urgency and the
    /// département's delays).
    pub acknowledge_by: Option<DateTimeUtc>,
    /// When the département's admins hear of it if it is still waiting.
    pub escalate_by: Option<DateTimeUtc>,
    /// How far its escalation went: 0 none, 1 commander told, 2 admins told.
    pub overdue_level: i16,
    /// The incident it was grouped into (same fact, close in place and time).
    pub incident_id: Option<IncidentId>,
    /// Split out of an incident by the brigade: never grouped automatically again.
    pub incident_standalone: bool,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
