//! Abusive use: brigade staff, who alone see who reported, flag a reporter with a reason
//! (repeated false reports, reports used to harass a neighbour…); the coordinators of the
//! resident's commune see the flag — the resident, the reason, the brigade, never the report
//! — and decide: suspend the resident (as `suspendResident` does) or dismiss the flag. Both
//! steps are audited; the coordinators hear of a new flag in their feed.

use chrono::Utc;
use entity::{
    abuse_flag, app_user,
    enums::{AbuseFlagStatus, EnrolmentStatus, NotificationKind, Role},
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::json;
use uuid::Uuid;

use super::triage;
use crate::{
    error::{AppError, AppResult},
    identity::{
        Viewer,
        audit::{self, AuditEntry},
        enrolment, policy,
    },
    ids::{ANONYMOUS_REPORTER, ReportId},
    notify::{self, Message},
    pagination::{self, Order, Page, PageRequest},
    text,
    throttle::Throttles,
};

const REASON_CHARS: usize = 1000;

/// Flags the reporter of `report` (staff of its brigade). One open flag per resident.
pub async fn flag(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    report: ReportId,
    reason: &str,
) -> AppResult<abuse_flag::Model> {
    let (principal, report) = triage::for_staff(db, viewer, report).await?;
    let reason =
        text::clean_required(reason, "reason", REASON_CHARS, "Indiquez le motif du signalement d'abus.")?;
    // Each flag reaches the commune's coordinators: one staff member does not flood them.
    throttle.message(principal.id)?;
    let resident = app_user::Entity::find_by_id(report.reporter_id).one(db).await?;
    let (resident, commune) = match resident {
        Some(user) if user.id != ANONYMOUS_REPORTER && user.role == Role::Resident => match user
            .commune_code
            .clone()
        {
            Some(commune) => (user, commune),
            None => {
                return Err(AppError::bad_input("reportId", "Ce signalement n'a plus d'auteur à signaler."));
            }
        },
        _ => return Err(AppError::bad_input("reportId", "Ce signalement n'a plus d'auteur à signaler.")),
    };
    let open = abuse_flag::Entity::find()
        .filter(abuse_flag::Column::ResidentId.eq(resident.id))
        .filter(abuse_flag::Column::Status.eq(AbuseFlagStatus::Open))
        .one(db)
        .await?;
    if open.is_some() {
        return Err(AppError::Conflict(
            "Cet habitant est déjà signalé ; la commune n'a pas encore décidé.".into(),
        ));
    }
    let txn = crate::db::write(db).await?;
    let row = abuse_flag::ActiveModel {
        id: Set(Uuid::now_v7()),
        resident_id: Set(resident.id),
        commune_code: Set(commune.clone()),
        brigade_id: Set(report.brigade_id),
        report_id: Set(report.id),
        flagged_by: Set(principal.id),
        reason: Set(reason),
        created_at: Set(Utc::now()),
        status: Set(AbuseFlagStatus::Open),
        decided_by: Set(None),
        decided_at: Set(None),
        decision_note: Set(None),
    };
    let row = abuse_flag::Entity::insert(row).exec_with_returning(&txn).await?;
    let coordinators: Vec<_> = notify::hearing::enrolment::coordinators_of(&txn, &commune)
        .await?
        .into_iter()
        .map(|user| user.id)
        .collect();
    let message = Message::new(
        NotificationKind::AbuseFlag,
        "Usage abusif signalé",
        "La brigade signale un usage abusif de Vigie par un habitant de votre commune : à vous de décider.",
    )
    .commune(commune)
    .subject(row.id);
    notify::deliver(&txn, &coordinators, &message).await?;
    audit::record(
        &txn,
        AuditEntry::new("resident.abuse_flagged")
            .actor(principal.id)
            .target("user", resident.id.to_string())
            .detail(json!({ "flag": row.id, "report": report.id })),
    )
    .await?;
    txn.commit().await?;
    Ok(row)
}

/// A commune's flags, newest first (its coordinators and admins in reach).
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    status: Option<AbuseFlagStatus>,
    page: PageRequest,
) -> AppResult<Page<abuse_flag::Model>> {
    policy::list_enrolments(viewer, commune)?;
    let mut query = abuse_flag::Entity::find().filter(abuse_flag::Column::CommuneCode.eq(commune));
    if let Some(status) = status {
        query = query.filter(abuse_flag::Column::Status.eq(status));
    }
    pagination::by_id(db, query, abuse_flag::Column::Id, Order::NewestFirst, page).await
}

/// Decides an open flag (the coordinators of its commune, admins in reach): `suspend`
/// suspends the resident (their sessions end at once), otherwise the flag is dismissed.
pub async fn decide(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: Uuid,
    suspend: bool,
    note: Option<&str>,
) -> AppResult<abuse_flag::Model> {
    let principal = viewer.principal()?;
    let row = abuse_flag::Entity::find_by_id(id).one(db).await?;
    let row = match row {
        Some(row) if policy::manages_commune(principal, &row.commune_code) => row,
        _ => return Err(AppError::NotFound("Signalement d'abus")),
    };
    policy::manage_resident(viewer, Some(&row.commune_code))?;
    let note = text::clean_optional(note, "note", REASON_CHARS)?;
    if row.status != AbuseFlagStatus::Open {
        return Err(AppError::Conflict("La commune a déjà décidé de ce signalement.".into()));
    }
    let status = if suspend {
        let resident = app_user::Entity::find_by_id(row.resident_id).one(db).await?;
        // Already suspended (a retry after the suspension went through): only the flag is left.
        if resident.as_ref().and_then(|user| user.enrolment_status) != Some(EnrolmentStatus::Suspended) {
            let reason = match &note {
                Some(note) => format!("Usage abusif signalé par la brigade : {note}"),
                None => "Usage abusif signalé par la brigade.".to_owned(),
            };
            enrolment::suspend(db, viewer, row.resident_id, reason).await?;
        }
        AbuseFlagStatus::Suspended
    } else {
        AbuseFlagStatus::Dismissed
    };
    let now = Utc::now();
    let txn = crate::db::write(db).await?;
    let decided = abuse_flag::Entity::update_many()
        .col_expr(abuse_flag::Column::Status, Expr::value(sea_orm::ActiveEnum::to_value(&status)))
        .col_expr(abuse_flag::Column::DecidedBy, Expr::value(principal.id.0))
        .col_expr(abuse_flag::Column::DecidedAt, Expr::value(now))
        .col_expr(abuse_flag::Column::DecisionNote, Expr::value(note.clone()))
        .filter(abuse_flag::Column::Id.eq(row.id))
        .filter(abuse_flag::Column::Status.eq(AbuseFlagStatus::Open))
        .exec(&txn)
        .await?;
    if decided.rows_affected != 1 {
        return Err(AppError::Conflict("La commune a déjà décidé de ce signalement.".into()));
    }
    let action = if suspend { "abuse_flag.suspended" } else { "abuse_flag.dismissed" };
    audit::record(
        &txn,
        AuditEntry::new(action)
            .actor(principal.id)
            .target("user", row.resident_id.to_string())
            .detail(json!({ "flag": row.id, "note": note })),
    )
    .await?;
    txn.commit().await?;
    abuse_flag::Entity::find_by_id(row.id).one(db).await?.ok_or(AppError::NotFound("Signalement d'abus"))
}
