//! Report events: appended in the same transaction as the change they record, published
//! as ids after commit.

use chrono::Utc;
use entity::{
    enums::{ReportEventKind, ReportStatus, Role},
    report, report_event,
};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};

use super::bus::Notice;
use crate::{error::AppResult, ids::UserId};

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

/// Appends `event` to `report` (as it is after the change).
pub async fn append(
    db: &impl ConnectionTrait,
    report: &report::Model,
    event: NewEvent,
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
        at: Set(Utc::now()),
    };
    Ok(report_event::Entity::insert(row).exec_with_returning(db).await?)
}

/// The notice to publish for `event` once committed.
pub fn notice(
    report: &report::Model,
    event: &report_event::Model,
    previous_brigade: Option<crate::ids::BrigadeId>,
) -> Notice {
    Notice {
        event_id: event.id,
        report_id: report.id,
        reporter_id: report.reporter_id,
        brigade_id: report.brigade_id,
        previous_brigade_id: previous_brigade,
    }
}

/// Whether the reporter (and coordinators) may see this event at all.
pub fn is_public(event: &report_event::Model) -> bool {
    event.kind != ReportEventKind::InternalNote
}
