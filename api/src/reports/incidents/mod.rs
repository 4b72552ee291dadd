//! Incidents: reports of one fact — compatible categories (`category.incidentGroup`), seen
//! within `VIGIE_INCIDENT_RADIUS_METRES` and `VIGIE_INCIDENT_WINDOW_MINUTES` of each other —
//! grouped automatically at filing within a brigade ([`grouping`]). The brigade confirms
//! an incident, splits a report out of it (that report is then never grouped
//! automatically again), adds a report, merges two incidents, and moves all of an
//! incident's reports at once (each reporter hears of their own report only). An incident
//! left with one report is dissolved. Incidents are the brigade's: staff of other brigades,
//! coordinators and residents never see them; their events are internal.

pub mod grouping;

use chrono::Utc;
use entity::{
    enums::{ReportEventKind, ReportStatus, Role},
    incident, report,
};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect, sea_query::Expr,
};

use super::{
    events::{self, NewEvent},
    lifecycle::{self, Mover},
    triage,
};
use crate::{
    db::Write,
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    ids::{BrigadeId, IncidentId, ReportId, UserId},
    pagination::{self, Order, Page, PageRequest},
    text,
    throttle::Throttles,
};

/// Most reports one incident holds (grouping stops there; a merge past it is refused).
pub const MAX_REPORTS: u64 = 50;
/// The statuses of reports still being worked.
pub(crate) const OPEN: [ReportStatus; 3] =
    [ReportStatus::Submitted, ReportStatus::Acknowledged, ReportStatus::InProgress];

/// The brigade's incidents that still have an open report, newest first.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    brigade: Option<BrigadeId>,
    confirmed: Option<bool>,
    page: PageRequest,
) -> AppResult<Page<incident::Model>> {
    let brigade = policy::brigade_incidents(viewer, brigade)?;
    let open = sea_orm::sea_query::Query::select()
        .column(report::Column::IncidentId)
        .from(report::Entity)
        .and_where(report::Column::BrigadeId.eq(brigade))
        .and_where(report::Column::IncidentId.is_not_null())
        .and_where(report::Column::Status.is_in(OPEN))
        .to_owned();
    let mut query = incident::Entity::find()
        .filter(incident::Column::BrigadeId.eq(brigade))
        .filter(incident::Column::Id.in_subquery(open));
    if let Some(confirmed) = confirmed {
        query = query.filter(incident::Column::Confirmed.eq(confirmed));
    }
    pagination::by_id(db, query, incident::Column::Id, Order::NewestFirst, page).await
}

/// One of the caller's brigade's incidents (staff), or `NOT_FOUND`.
pub async fn for_staff<'v>(
    db: &impl ConnectionTrait,
    viewer: &'v Viewer,
    id: IncidentId,
) -> AppResult<(&'v Principal, incident::Model)> {
    let principal = policy::triage(viewer)?;
    match incident::Entity::find_by_id(id).one(db).await? {
        Some(row) if crate::reports::access::works_in(principal, row.brigade_id) => Ok((principal, row)),
        _ => Err(AppError::NotFound("Incident")),
    }
}

/// The reports of `incident`, oldest first.
pub async fn reports_of(db: &impl ConnectionTrait, incident: IncidentId) -> AppResult<Vec<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::IncidentId.eq(incident))
        .order_by_asc(report::Column::Id)
        .limit(MAX_REPORTS)
        .all(db)
        .await?)
}

/// The brigade confirms that the incident's reports are one fact.
pub async fn confirm(db: &DatabaseConnection, viewer: &Viewer, id: IncidentId) -> AppResult<incident::Model> {
    let (principal, row) = for_staff(db, viewer, id).await?;
    if row.confirmed {
        return Ok(row);
    }
    let txn = crate::db::write(db).await?;
    incident::Entity::update_many()
        .col_expr(incident::Column::Confirmed, Expr::value(true))
        .col_expr(incident::Column::ConfirmedBy, Expr::value(principal.id.0))
        .col_expr(incident::Column::ConfirmedAt, Expr::value(Utc::now()))
        .filter(incident::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let row = incident::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound("Incident"))?;
    txn.commit().await?;
    Ok(row)
}

/// Takes a report out of its incident: a separate fact, never grouped automatically again
/// (the brigade may still add it to an incident).
pub async fn split(
    db: &DatabaseConnection,
    viewer: &Viewer,
    report: ReportId,
    reason: Option<&str>,
) -> AppResult<report::Model> {
    let (principal, row) = triage::for_staff(db, viewer, report).await?;
    let reason = text::clean_optional(reason, "reason", 1000)?;
    let Some(incident) = row.incident_id else {
        return Err(AppError::bad_input("reportId", "Ce signalement n'appartient à aucun incident."));
    };
    let txn = crate::db::write(db).await?;
    let note = match reason {
        Some(reason) => format!("Détaché de l'incident. {reason}"),
        None => "Détaché de l'incident.".to_owned(),
    };
    let moved = set_incident(&txn, &row, None, true, principal.id, note).await?;
    dissolve_if_alone(&txn, incident, principal.id).await?;
    txn.commit().await?;
    Ok(moved)
}

/// Adds a report of the brigade to an incident (from another incident, or none).
pub async fn add(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: IncidentId,
    report: ReportId,
) -> AppResult<incident::Model> {
    let (principal, row) = for_staff(db, viewer, id).await?;
    let (_, report) = triage::for_staff(db, viewer, report).await?;
    if report.incident_id == Some(id) {
        return Ok(row);
    }
    if !lifecycle::is_open(report.status) {
        return Err(AppError::bad_input("reportId", "Un signalement clos ne rejoint plus d'incident."));
    }
    let txn = crate::db::write(db).await?;
    ensure_room(&txn, id, 1).await?;
    let left = report.incident_id;
    set_incident(&txn, &report, Some(id), false, principal.id, "Rattaché à l'incident.".into()).await?;
    if let Some(left) = left {
        dissolve_if_alone(&txn, left, principal.id).await?;
    }
    txn.commit().await?;
    Ok(row)
}

/// Moves every report of `other` into `id`, and forgets `other`.
pub async fn merge(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: IncidentId,
    other: IncidentId,
) -> AppResult<incident::Model> {
    let (principal, row) = for_staff(db, viewer, id).await?;
    if id == other {
        return Err(AppError::bad_input("otherIncidentId", "Un incident ne fusionne pas avec lui-même."));
    }
    for_staff(db, viewer, other)
        .await
        .map_err(|_| AppError::bad_input("otherIncidentId", "Incident introuvable dans votre brigade."))?;
    let txn = crate::db::write(db).await?;
    let moving = reports_of(&txn, other).await?;
    ensure_room(&txn, id, moving.len() as u64).await?;
    for report in &moving {
        set_incident(&txn, report, Some(id), false, principal.id, "Incidents fusionnés.".into()).await?;
    }
    incident::Entity::delete_by_id(other).exec(&txn).await?;
    txn.commit().await?;
    Ok(row)
}

/// Moves every open report of the incident that may make that move to `to`, with the same
/// notes; each reporter hears of their own report. Reports that may not (already closed,
/// not yet acknowledged for a resolution…) are left as they are. Returns those moved.
pub async fn transition(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    id: IncidentId,
    to: ReportStatus,
    public_note: Option<&str>,
    internal_note: Option<&str>,
) -> AppResult<Vec<report::Model>> {
    let (principal, _) = for_staff(db, viewer, id).await?;
    let public_note = text::clean_optional(public_note, "publicNote", triage::NOTE_CHARS)?;
    let internal_note = text::clean_optional(internal_note, "internalNote", triage::NOTE_CHARS)?;
    if matches!(to, ReportStatus::Duplicate | ReportStatus::Withdrawn | ReportStatus::Submitted) {
        return Err(AppError::bad_input(
            "to",
            "Un incident change d'état par prise en compte, intervention, résolution ou rejet.",
        ));
    }
    if to == ReportStatus::Rejected && public_note.is_none() {
        return Err(AppError::bad_input(
            "publicNote",
            "Un rejet doit être expliqué aux déclarants (note publique).",
        ));
    }
    let txn = crate::db::write(db).await?;
    let mut moved = Vec::new();
    let reports = reports_of(&txn, id).await?;
    // Reopening tells each reporter again: counted once per call, like one reopened report.
    if reports.iter().any(|report| lifecycle::reopens(report.status, to)) {
        throttle.message(principal.id)?;
    }
    for report in reports {
        if lifecycle::check(report.status, to, Mover::Staff, public_note.as_deref()).is_err() {
            continue;
        }
        let changes = triage::status_changes(&report, to);
        let event = NewEvent::status(ReportEventKind::StatusChanged, to, principal.id, Role::BrigadeStaff)
            .public_note(public_note.clone())
            .internal_note(internal_note.clone());
        let updated = triage::update_from(&txn, &report, report.status, changes).await?;
        events::append(&txn, &updated, event, None).await?;
        moved.push(updated);
    }
    if moved.is_empty() {
        return Err(AppError::InvalidTransition(format!(
            "Aucun signalement de l'incident ne peut passer à « {} ».",
            lifecycle::french(to)
        )));
    }
    txn.commit().await?;
    Ok(moved)
}

/// Sets a report's incident (and whether it stands alone), with its internal event.
async fn set_incident(
    txn: &Write,
    report: &report::Model,
    incident: Option<IncidentId>,
    standalone: bool,
    actor: UserId,
    note: String,
) -> AppResult<report::Model> {
    let changes = vec![
        (report::Column::IncidentId, Expr::value(incident.map(|id| id.0))),
        (report::Column::IncidentStandalone, Expr::value(standalone)),
    ];
    let updated = triage::update_from(txn, report, report.status, changes).await?;
    let event = NewEvent::plain(ReportEventKind::IncidentChanged, actor, Role::BrigadeStaff)
        .internal_note(Some(note));
    events::append(txn, &updated, event, None).await?;
    Ok(updated)
}

/// Refuses to grow `incident` past [`MAX_REPORTS`].
async fn ensure_room(txn: &Write, incident: IncidentId, more: u64) -> AppResult<()> {
    let size = report::Entity::find().filter(report::Column::IncidentId.eq(incident)).count(txn).await?;
    if size + more > MAX_REPORTS {
        return Err(AppError::bad_input(
            "incidentId",
            format!("Un incident regroupe {MAX_REPORTS} signalements au plus."),
        ));
    }
    Ok(())
}

/// Dissolves `incident` when one report (or none) is left in it (after a report left it:
/// split, added elsewhere, rerouted to another brigade).
pub(super) async fn dissolve_if_alone(txn: &Write, incident: IncidentId, actor: UserId) -> AppResult<()> {
    let left = reports_of(txn, incident).await?;
    if left.len() > 1 {
        return Ok(());
    }
    for report in &left {
        set_incident(
            txn,
            report,
            None,
            false,
            actor,
            "Incident dissous : plus aucun autre signalement.".into(),
        )
        .await?;
    }
    incident::Entity::delete_by_id(incident).exec(txn).await?;
    Ok(())
}
