//! Who hears about a report event, in the transaction that records it: the reporter about
//! what the brigade did (never to whom a reroute sent it), the brigade's staff about new
//! reports and what the reporter added, a member of the brigade about a report given to
//! them. Internal notes reach nobody.

use entity::{
    enums::{NotificationKind, ReportEventKind, ReportStatus},
    report, report_event,
};

use crate::{
    db::Write,
    error::AppResult,
    notify::{self, Message},
};

/// The most urgent categories (3: immediate) push even during quiet hours.
const URGENT: i32 = 3;

/// Notifies whoever hears about `event` on `report`.
pub async fn tell(txn: &Write, report: &report::Model, event: &report_event::Model) -> AppResult<()> {
    let to_reporter =
        |title: &str, body: &str| Message::new(NotificationKind::ReportUpdate, title, body).report(report.id);
    let (reporter, staff) = match event.kind {
        ReportEventKind::Filed => (None, Some(new_report(report))),
        // What the reporter adds: one unread entry per report, however many follow.
        ReportEventKind::Comment => {
            (None, Some(queue(NotificationKind::QueueComment, "Complément du déclarant", report).coalesced()))
        }
        ReportEventKind::PhotosAdded => (
            None,
            Some(
                queue(NotificationKind::QueueComment, "Photos ajoutées par le déclarant", report).coalesced(),
            ),
        ),
        ReportEventKind::StatusChanged => {
            (event.status.and_then(status_message).map(|(t, b)| to_reporter(t, b)), None)
        }
        ReportEventKind::Note if event.public_note.is_some() => (
            Some(to_reporter("Nouveau message de la brigade", "La brigade a répondu à votre signalement.")),
            None,
        ),
        ReportEventKind::DuplicateLinked => (
            Some(to_reporter(
                "Votre signalement a été rattaché",
                "Ce fait avait déjà été signalé : votre signalement suit désormais le signalement existant.",
            )),
            None,
        ),
        // The reporter learns that it moved, not where; the new brigade sees a new report.
        ReportEventKind::Rerouted => (
            Some(to_reporter(
                "Votre signalement a été transmis",
                "Votre signalement a été transmis au service compétent, qui le traitera.",
            )),
            Some(new_report(report)),
        ),
        ReportEventKind::Assigned => {
            // Who took it themself needs no telling.
            if let Some(assignee) = report.assignee_id.filter(|assignee| *assignee != event.actor_id) {
                let message = Message::new(
                    NotificationKind::ReportAssigned,
                    "Signalement attribué",
                    "Un signalement de la file vous a été attribué.",
                )
                .report(report.id)
                .commune(report.commune_code.clone());
                notify::deliver(txn, &[assignee], &message).await?;
            }
            (None, None)
        }
        // The escalation sweep tells the commander and the admins itself (who depends on
        // how far it went).
        ReportEventKind::Note
        | ReportEventKind::InternalNote
        | ReportEventKind::Withdrawn
        | ReportEventKind::PriorityChanged
        | ReportEventKind::Escalated
        | ReportEventKind::IncidentChanged => (None, None),
    };
    if let Some(message) = reporter {
        notify::deliver(txn, &[report.reporter_id], &message).await?;
    }
    if let Some(message) = staff {
        notify::deliver_to_staff(txn, report.brigade_id, &message).await?;
    }
    Ok(())
}

/// What a reporter is told of a status their report reached (none for their own
/// withdrawal).
fn status_message(status: ReportStatus) -> Option<(&'static str, &'static str)> {
    Some(match status {
        ReportStatus::Acknowledged => {
            ("Votre signalement a été pris en charge", "La brigade a pris connaissance de votre signalement.")
        }
        ReportStatus::InProgress => {
            ("Intervention en cours", "La brigade intervient à la suite de votre signalement.")
        }
        ReportStatus::Resolved => {
            ("Votre signalement a été traité", "La brigade a clos votre signalement : merci.")
        }
        ReportStatus::Rejected => (
            "Votre signalement a été classé",
            "La brigade a classé votre signalement ; ouvrez-le pour le motif.",
        ),
        ReportStatus::Duplicate => ("Votre signalement a été rattaché", "Ce fait avait déjà été signalé."),
        ReportStatus::Submitted | ReportStatus::Withdrawn => return None,
    })
}

fn new_report(report: &report::Model) -> Message {
    let (title, urgent) = if report.urgency >= URGENT {
        ("Nouveau signalement urgent", true)
    } else {
        ("Nouveau signalement", false)
    };
    queue(NotificationKind::QueueReport, title, report).urgent(urgent)
}

fn queue(kind: NotificationKind, title: &str, report: &report::Model) -> Message {
    Message::new(kind, title, "Un signalement de votre file attend votre attention.")
        .report(report.id)
        .commune(report.commune_code.clone())
}
