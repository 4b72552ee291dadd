//! Report events: appended in the same transaction as the change they record, which also
//! announces them on the bus and tells who must hear about them.

use chrono::Utc;
use entity::{
    enums::{ReportEventKind, ReportStatus, Role},
    report, report_event,
};
use sea_orm::{ActiveValue::Set, EntityTrait};

use crate::{
    bus::{Notice, ReportNotice},
    db::Write,
    error::AppResult,
    ids::{BrigadeId, UserId},
};

/// An event to append.
#[derive(Debug)]
pub struct NewEvent {
    kind: ReportEventKind,
    status: Option<ReportStatus>,
    public_note: Option<String>,
    internal_note: Option<String>,
    actor: UserId,
    role: Role,
}

impl NewEvent {
    /// An event that sets the report's status.
    pub fn status(kind: ReportEventKind, status: ReportStatus, actor: UserId, role: Role) -> Self {
        Self { kind, status: Some(status), public_note: None, internal_note: None, actor, role }
    }

    /// An event that leaves the status as it is.
    pub fn plain(kind: ReportEventKind, actor: UserId, role: Role) -> Self {
        Self { kind, status: None, public_note: None, internal_note: None, actor, role }
    }

    pub fn public_note(mut self, note: Option<String>) -> Self {
        self.public_note = note;
        self
    }

    pub fn internal_note(mut self, note: Option<String>) -> Self {
        self.internal_note = note;
        self
    }
}

/// Appends `event` to `report` (as it is after the change; `from` is the brigade a reroute
/// left), announces it and notifies who hears about it — all with `txn`.
pub async fn append(
    txn: &Write,
    report: &report::Model,
    event: NewEvent,
    from: Option<BrigadeId>,
) -> AppResult<report_event::Model> {
    let row = report_event::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        report_id: Set(report.id),
        kind: Set(event.kind),
        status: Set(event.status),
        public_note: Set(event.public_note),
        internal_note: Set(event.internal_note),
        actor_id: Set(event.actor),
        actor_role: Set(event.role),
        brigade_id: Set(Some(report.brigade_id)),
        from_brigade_id: Set(from),
        at: Set(Utc::now()),
    };
    let row = report_event::Entity::insert(row).exec_with_returning(txn).await?;
    txn.announce(&[Notice::Report(ReportNotice {
        event_id: row.id,
        report_id: report.id,
        reporter_id: report.reporter_id,
        brigade_id: report.brigade_id,
        previous_brigade_id: from,
    })])
    .await?;
    crate::notify::hearing::reports::tell(txn, report, &row).await?;
    Ok(row)
}

/// Whether the reporter (and coordinators) may see this event at all: internal notes and
/// the brigade's own work (who holds it, its priority, its escalation) stay inside.
pub fn is_public(event: &report_event::Model) -> bool {
    !matches!(
        event.kind,
        ReportEventKind::InternalNote
            | ReportEventKind::Assigned
            | ReportEventKind::PriorityChanged
            | ReportEventKind::Escalated
            | ReportEventKind::IncidentChanged
    )
}
