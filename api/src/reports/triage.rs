//! What brigade staff do with a report — move it through its lifecycle, answer the
//! reporter, keep internal notes, reroute it, link duplicates — and what the reporter may
//! do after filing: withdraw it, add information. Each change writes the report and its
//! event in one transaction, with a guard on the status it started from.

use chrono::Utc;
use entity::{
    brigade,
    enums::{ReportEventKind, ReportStatus, Role, RoutingRule},
    report,
};
use sea_orm::{ActiveEnum, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::SimpleExpr};

use super::{
    events::{self, NewEvent},
    lifecycle::{self, Mover},
};
use crate::{
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    ids::{BrigadeId, ReportId},
};
use crate::{text, throttle::Throttles};

/// A changed report and its new event.
#[derive(Debug)]
pub struct Changed {
    pub report: report::Model,
    pub event: entity::report_event::Model,
}

pub(super) const NOTE_CHARS: usize = 4000;

/// A report routed to the caller's brigade (staff), or `NOT_FOUND`.
pub(super) async fn for_staff<'v>(
    db: &DatabaseConnection,
    viewer: &'v Viewer,
    id: ReportId,
) -> AppResult<(&'v Principal, report::Model)> {
    let principal = policy::triage(viewer)?;
    let report = report::Entity::find_by_id(id).one(db).await?;
    match report {
        Some(report) if super::access::works_in(principal, report.brigade_id) => Ok((principal, report)),
        _ => Err(AppError::NotFound("Signalement")),
    }
}

/// One of the caller's own reports (reporter), or `NOT_FOUND`.
async fn for_reporter<'v>(
    db: &DatabaseConnection,
    viewer: &'v Viewer,
    id: ReportId,
) -> AppResult<(&'v Principal, report::Model)> {
    let principal = policy::reporter(viewer)?;
    match report::Entity::find_by_id(id).one(db).await? {
        Some(report) if report.reporter_id == principal.id => Ok((principal, report)),
        _ => Err(AppError::NotFound("Signalement")),
    }
}

/// Updates the report if it is still in `from`; `CONFLICT` if someone changed it meanwhile.
pub(super) async fn update_from(
    txn: &crate::db::Write,
    report: &report::Model,
    from: ReportStatus,
    changes: Vec<(report::Column, SimpleExpr)>,
) -> AppResult<report::Model> {
    let mut update = report::Entity::update_many().col_expr(report::Column::UpdatedAt, Utc::now().into());
    for (column, value) in changes {
        update = update.col_expr(column, value);
    }
    let result = update
        .filter(report::Column::Id.eq(report.id))
        .filter(report::Column::Status.eq(from))
        .exec(txn)
        .await?;
    if result.rows_affected != 1 {
        return Err(AppError::Conflict("Le signalement vient d'être modifié ; rechargez-le.".into()));
    }
    report::Entity::find_by_id(report.id).one(txn).await?.ok_or(AppError::NotFound("Signalement"))
}

/// Moves a report through its lifecycle (staff of its brigade), with optional notes.
pub async fn transition(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    id: ReportId,
    to: ReportStatus,
    public_note: Option<&str>,
    internal_note: Option<&str>,
) -> AppResult<Changed> {
    let (principal, report) = for_staff(db, viewer, id).await?;
    let public_note = text::clean_optional(public_note, "publicNote", NOTE_CHARS)?;
    let internal_note = text::clean_optional(internal_note, "internalNote", NOTE_CHARS)?;
    lifecycle::check(report.status, to, Mover::Staff, public_note.as_deref())?;
    if lifecycle::reopens(report.status, to) {
        throttle.message(principal.id)?;
    }
    let changes = status_changes(&report, to);
    let event = NewEvent::status(ReportEventKind::StatusChanged, to, principal.id, Role::BrigadeStaff)
        .public_note(public_note)
        .internal_note(internal_note);
    apply(db, &report, changes, event, None).await
}

/// The columns a move to `to` writes: the status, and the first acknowledgement's time.
pub(super) fn status_changes(report: &report::Model, to: ReportStatus) -> Vec<(report::Column, SimpleExpr)> {
    let mut changes = vec![(report::Column::Status, to.into())];
    if to == ReportStatus::Acknowledged && report.acknowledged_at.is_none() {
        changes.push((report::Column::AcknowledgedAt, Utc::now().into()));
    }
    changes
}

/// Answers the reporter (public note) and/or keeps an internal note, status unchanged.
pub async fn add_note(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
    public_note: Option<&str>,
    internal_note: Option<&str>,
) -> AppResult<Changed> {
    let (principal, report) = for_staff(db, viewer, id).await?;
    let public_note = text::clean_optional(public_note, "publicNote", NOTE_CHARS)?;
    let internal_note = text::clean_optional(internal_note, "internalNote", NOTE_CHARS)?;
    let kind = match (&public_note, &internal_note) {
        (Some(_), _) => ReportEventKind::Note,
        (None, Some(_)) => ReportEventKind::InternalNote,
        (None, None) => return Err(AppError::bad_input("publicNote", "Écrivez une note.")),
    };
    let event = NewEvent::plain(kind, principal.id, Role::BrigadeStaff)
        .public_note(public_note)
        .internal_note(internal_note);
    record(db, report, event).await
}

/// Sends a report to another brigade (reason required); the new brigade sees it at once,
/// the old one no longer does.
pub async fn reroute(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
    to: BrigadeId,
    reason: &str,
) -> AppResult<Changed> {
    let (principal, report) = for_staff(db, viewer, id).await?;
    let reason = text::clean(reason, "reason", 1000)?.ok_or_else(|| {
        AppError::bad_input("reason", "Indiquez pourquoi le signalement change de brigade.")
    })?;
    if !lifecycle::is_open(report.status) {
        return Err(AppError::InvalidTransition("Un signalement clos ne change plus de brigade.".into()));
    }
    if to == report.brigade_id {
        return Err(AppError::bad_input("brigadeId", "Le signalement est déjà routé vers cette brigade."));
    }
    let target = brigade::Entity::find_by_id(to)
        .one(db)
        .await?
        .ok_or_else(|| AppError::bad_input("brigadeId", "Brigade inconnue."))?;
    if !may_receive(db, &report, &target).await? {
        return Err(AppError::bad_input(
            "brigadeId",
            "Cette brigade est hors du département du signalement (et aucune règle de routage n'y mène).",
        ));
    }
    let changes = vec![
        (report::Column::BrigadeId, to.into()),
        (report::Column::RoutingRule, RoutingRule::Rerouted.to_value().into()),
        // The new brigade decides who holds it, and groups it with its own reports.
        (report::Column::AssigneeId, sea_orm::sea_query::Expr::value(Option::<uuid::Uuid>::None)),
        (report::Column::IncidentId, sea_orm::sea_query::Expr::value(Option::<uuid::Uuid>::None)),
    ];
    let event = NewEvent::plain(ReportEventKind::Rerouted, principal.id, Role::BrigadeStaff)
        .internal_note(Some(reason));
    let txn = crate::db::write(db).await?;
    let updated = update_from(&txn, &report, report.status, changes).await?;
    let event = events::append(&txn, &updated, event, Some(report.brigade_id)).await?;
    if let Some(incident) = report.incident_id {
        super::incidents::dissolve_if_alone(&txn, incident, principal.id).await?;
    }
    txn.commit().await?;
    Ok(Changed { report: updated, event })
}

/// Whether `target` may take `report` over: a brigade of the report's département, or one a
/// routing rule of the report's commune sends reports to. The reporter's identity and exact
/// place never leave for a brigade the territory's own rules do not name.
async fn may_receive(
    db: &DatabaseConnection,
    report: &report::Model,
    target: &brigade::Model,
) -> AppResult<bool> {
    let departement = crate::department::of_commune(&report.commune_code);
    if target.department.as_deref() == Some(departement) {
        return Ok(true);
    }
    let rule = entity::routing_rule::Entity::find()
        .filter(entity::routing_rule::Column::CommuneCode.eq(report.commune_code.as_str()))
        .filter(entity::routing_rule::Column::BrigadeId.eq(target.id))
        .one(db)
        .await?;
    Ok(rule.is_some())
}

/// Closes a report as a duplicate of another one of the same brigade; its reporter is told.
pub async fn mark_duplicate(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
    original: ReportId,
) -> AppResult<Changed> {
    let (principal, report) = for_staff(db, viewer, id).await?;
    if id == original {
        return Err(AppError::bad_input(
            "duplicateOf",
            "Un signalement ne peut pas être son propre doublon.",
        ));
    }
    let (_, original) = for_staff(db, viewer, original).await.map_err(|_| {
        AppError::bad_input("duplicateOf", "Signalement d'origine introuvable dans votre brigade.")
    })?;
    if original.status == ReportStatus::Duplicate {
        return Err(AppError::bad_input(
            "duplicateOf",
            "Rattachez au signalement d'origine, pas à un doublon.",
        ));
    }
    lifecycle::check(report.status, ReportStatus::Duplicate, Mover::StaffLinkingDuplicate, None)?;
    let changes = vec![
        (report::Column::Status, ReportStatus::Duplicate.into()),
        (report::Column::DuplicateOf, original.id.into()),
    ];
    let note = "Ce fait a déjà été signalé : votre signalement est rattaché au signalement existant, qui est suivi par la brigade.";
    let event = NewEvent::status(
        ReportEventKind::DuplicateLinked,
        ReportStatus::Duplicate,
        principal.id,
        Role::BrigadeStaff,
    )
    .public_note(Some(note.to_owned()));
    apply(db, &report, changes, event, None).await
}

/// The reporter withdraws a report still SUBMITTED.
pub async fn withdraw(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
    reason: Option<&str>,
) -> AppResult<Changed> {
    let (principal, report) = for_reporter(db, viewer, id).await?;
    let reason = text::clean_optional(reason, "reason", 1000)?;
    lifecycle::check(report.status, ReportStatus::Withdrawn, Mover::Reporter, None)?;
    let changes = vec![(report::Column::Status, ReportStatus::Withdrawn.into())];
    let event =
        NewEvent::status(ReportEventKind::Withdrawn, ReportStatus::Withdrawn, principal.id, Role::Resident)
            .public_note(reason);
    apply(db, &report, changes, event, None).await
}

/// The reporter adds information to one of their open reports; the brigade is notified.
pub async fn add_comment(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    id: ReportId,
    body: &str,
) -> AppResult<Changed> {
    let (principal, report) = for_reporter(db, viewer, id).await?;
    // The brigade's staff hear of every comment: a reporter cannot flood them.
    throttle.message(principal.id)?;
    let body = text::clean_required(body, "body", NOTE_CHARS, "Écrivez votre complément.")?;
    if !lifecycle::is_open(report.status) {
        return Err(AppError::InvalidTransition("Ce signalement est clos : déposez-en un nouveau.".into()));
    }
    let event =
        NewEvent::plain(ReportEventKind::Comment, principal.id, Role::Resident).public_note(Some(body));
    record(db, report, event).await
}

/// The reporter adds photos to one of their open reports (up to the per-report limit).
pub async fn add_photos(
    photos: crate::media::service::Photos<'_>,
    throttle: &Throttles,
    viewer: &Viewer,
    id: ReportId,
    photo_ids: &[String],
) -> AppResult<Changed> {
    let (principal, report) = for_reporter(photos.db, viewer, id).await?;
    throttle.message(principal.id)?;
    if photo_ids.is_empty() {
        return Err(AppError::bad_input("photoIds", "Choisissez au moins une photo."));
    }
    if !lifecycle::is_open(report.status) {
        return Err(AppError::InvalidTransition("Ce signalement est clos : déposez-en un nouveau.".into()));
    }
    let already = crate::media::service::count(photos.db, report.id).await?;
    let prepared = crate::media::service::prepare(photos, principal.id, photo_ids, already).await?;
    let txn = crate::db::write(photos.db).await?;
    crate::media::service::link(&txn, &prepared, report.id).await?;
    let event = NewEvent::plain(ReportEventKind::PhotosAdded, principal.id, Role::Resident);
    let event = events::append(&txn, &report, event, None).await?;
    txn.commit().await?;
    Ok(Changed { report, event })
}

/// Appends `event` to `report` without changing it, in its own transaction.
async fn record(db: &DatabaseConnection, report: report::Model, event: NewEvent) -> AppResult<Changed> {
    let txn = crate::db::write(db).await?;
    let event = events::append(&txn, &report, event, None).await?;
    txn.commit().await?;
    Ok(Changed { report, event })
}

/// Writes `changes` (guarded on the report's current status) and `event` in one
/// transaction.
pub(super) async fn apply(
    db: &DatabaseConnection,
    report: &report::Model,
    changes: Vec<(report::Column, SimpleExpr)>,
    event: NewEvent,
    previous_brigade: Option<BrigadeId>,
) -> AppResult<Changed> {
    let txn = crate::db::write(db).await?;
    let updated = update_from(&txn, report, report.status, changes).await?;
    let event = events::append(&txn, &updated, event, previous_brigade).await?;
    txn.commit().await?;
    Ok(Changed { report: updated, event })
}
