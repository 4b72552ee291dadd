//! GraphQL types of a report's history: each event wrapped with the viewer's [`View`], so
//! who sees which note is decided here once.

use async_graphql::{Enum, ID, Object};
use chrono::{DateTime, Utc};
use entity::{enums, report_event};

use super::{access::View, types::ReportStatus};
use crate::identity::Role;

/// One step of a report's history.
pub struct ReportEvent {
    pub row: report_event::Model,
    pub view: View,
}

/// One step of a report's history (filed, status changed, note, comment, rerouted…).
#[Object]
impl ReportEvent {
    /// The event's id (events of a report are ordered by it).
    async fn id(&self) -> ID {
        ID(self.row.id.to_string())
    }

    /// The report it belongs to.
    async fn report_id(&self) -> ID {
        self.row.report_id.into()
    }

    /// What happened.
    async fn kind(&self) -> ReportEventKind {
        self.row.kind.into()
    }

    /// The status after this event, when it changed it.
    async fn status(&self) -> Option<ReportStatus> {
        self.row.status.map(Into::into)
    }

    /// What the brigade says to the reporter, or what the reporter added (the reporter and
    /// the brigade only).
    async fn public_note(&self) -> Option<&str> {
        let by_reporter = self.row.actor_role == entity::enums::Role::Resident;
        self.row.public_note.as_deref().filter(|_| !by_reporter || self.view.reporter_words())
    }

    /// Brigade staff only.
    async fn internal_note(&self) -> Option<&str> {
        self.row.internal_note.as_deref().filter(|_| self.view.internal_notes())
    }

    /// The role of who did it (never their name).
    async fn actor_role(&self) -> Role {
        self.row.actor_role.into()
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.row.at
    }
}

/// What a step of a report's history records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum ReportEventKind {
    /// The reporter filed it.
    Filed,
    /// The brigade moved it through its lifecycle.
    StatusChanged,
    /// The brigade answered the reporter.
    Note,
    /// A note for the brigade only (never shown to the reporter or coordinators).
    InternalNote,
    /// The reporter added information.
    Comment,
    /// The reporter added photos.
    PhotosAdded,
    /// Sent to another brigade.
    Rerouted,
    /// Closed as a duplicate of another report.
    DuplicateLinked,
    /// The reporter withdrew it.
    Withdrawn,
    /// Given to a member of the brigade, or taken back (brigade only).
    Assigned,
    /// The brigade changed its priority, with the reason (brigade only).
    PriorityChanged,
    /// Still waiting past its deadline: the commander, then the admins, were told (brigade only).
    Escalated,
    /// Joined to an incident, split out of one, or moved by a merge (brigade only).
    IncidentChanged,
}

crate::enums::mirror_enum!(
    ReportEventKind,
    enums::ReportEventKind,
    [
        Filed,
        StatusChanged,
        Note,
        InternalNote,
        Comment,
        PhotosAdded,
        Rerouted,
        DuplicateLinked,
        Withdrawn,
        Assigned,
        PriorityChanged,
        Escalated,
        IncidentChanged
    ]
);
