//! Enrolment of residents in their commune: the commune's coordinators (and admins) list
//! requests, approve or reject them, suspend and reinstate residents.

use chrono::Utc;
use entity::{
    app_user,
    enums::{EnrolmentStatus, Role},
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use serde_json::json;

use super::{
    audit::{self, AuditEntry},
    policy, sessions,
    viewer::Viewer,
};
use crate::{
    error::{AppError, AppResult},
    ids::UserId,
    pagination::{self, Order, Page, PageRequest},
};

/// Residents of `commune` (optionally with one enrolment status), oldest first.
pub async fn requests(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    status: Option<EnrolmentStatus>,
    page: PageRequest,
) -> AppResult<Page<app_user::Model>> {
    policy::list_enrolments(viewer, commune)?;
    let mut query = app_user::Entity::find()
        .filter(app_user::Column::Role.eq(Role::Resident))
        .filter(app_user::Column::CommuneCode.eq(commune));
    if let Some(status) = status {
        query = query.filter(app_user::Column::EnrolmentStatus.eq(status));
    }
    pagination::by_id(db, query, app_user::Column::Id, Order::OldestFirst, page).await
}

/// The resident `id`, if the viewer manages their commune (else as if missing).
async fn managed_resident(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: UserId,
) -> AppResult<app_user::Model> {
    let resident =
        app_user::Entity::find_by_id(id).filter(app_user::Column::Role.eq(Role::Resident)).one(db).await?;
    let commune = resident.as_ref().and_then(|resident| resident.commune_code.as_deref());
    policy::manage_resident(viewer, commune)?;
    resident.ok_or(AppError::NotFound("Habitant"))
}

/// Moves a resident from one of `from` to `to`, atomically with its audit entry; a status
/// that changed meanwhile is a `CONFLICT`.
async fn change_status(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: UserId,
    from: &[EnrolmentStatus],
    to: EnrolmentStatus,
    action: &'static str,
    reason: Option<String>,
) -> AppResult<app_user::Model> {
    let resident = managed_resident(db, viewer, id).await?;
    let actor = viewer.principal()?.id;
    let current = resident.enrolment_status.ok_or(AppError::NotFound("Habitant"))?;
    if !from.contains(&current) {
        return Err(AppError::Conflict(format!(
            "Impossible : l'inscription est actuellement « {} ».",
            french_status(current)
        )));
    }
    let txn = crate::db::write(db).await?;
    let updated = app_user::Entity::update_many()
        .col_expr(app_user::Column::EnrolmentStatus, to.into())
        .col_expr(app_user::Column::UpdatedAt, Utc::now().into())
        .filter(app_user::Column::Id.eq(resident.id))
        .filter(app_user::Column::EnrolmentStatus.eq(current))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Conflict("L'inscription vient d'être modifiée ; rechargez.".into()));
    }
    if to == EnrolmentStatus::Suspended {
        sessions::revoke_all(&txn, resident.id).await?;
    }
    crate::notify::hearing::enrolment::enrolment_changed(&txn, resident.id, current, to, reason.clone())
        .await?;
    audit::record(
        &txn,
        AuditEntry::new(action)
            .actor(actor)
            .target("user", resident.id.to_string())
            .detail(json!({ "from": french_status(current), "reason": reason })),
    )
    .await?;
    txn.commit().await?;
    app_user::Entity::find_by_id(resident.id).one(db).await?.ok_or(AppError::NotFound("Habitant"))
}

/// Approves or rejects a pending enrolment (a rejected one may still be approved later).
pub async fn decide(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: UserId,
    approve: bool,
    reason: Option<String>,
) -> AppResult<app_user::Model> {
    let reason = clean_reason(reason)?;
    if approve {
        let from = [EnrolmentStatus::Pending, EnrolmentStatus::Rejected];
        change_status(db, viewer, id, &from, EnrolmentStatus::Approved, "enrolment.approved", reason).await
    } else {
        let from = [EnrolmentStatus::Pending];
        change_status(db, viewer, id, &from, EnrolmentStatus::Rejected, "enrolment.rejected", reason).await
    }
}

/// Suspends an approved resident: their tokens stop working at once.
pub async fn suspend(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: UserId,
    reason: String,
) -> AppResult<app_user::Model> {
    let reason =
        clean_reason(Some(reason))?.ok_or_else(|| AppError::bad_input("reason", "Indiquez un motif."))?;
    let from = [EnrolmentStatus::Approved, EnrolmentStatus::Pending];
    change_status(db, viewer, id, &from, EnrolmentStatus::Suspended, "resident.suspended", Some(reason)).await
}

/// Reinstates a suspended resident.
pub async fn reinstate(db: &DatabaseConnection, viewer: &Viewer, id: UserId) -> AppResult<app_user::Model> {
    let from = [EnrolmentStatus::Suspended];
    change_status(db, viewer, id, &from, EnrolmentStatus::Approved, "resident.reinstated", None).await
}

fn clean_reason(reason: Option<String>) -> AppResult<Option<String>> {
    crate::text::clean_optional(reason.as_deref(), "reason", 1000)
}

fn french_status(status: EnrolmentStatus) -> &'static str {
    match status {
        EnrolmentStatus::Pending => "en attente",
        EnrolmentStatus::Approved => "validée",
        EnrolmentStatus::Rejected => "refusée",
        EnrolmentStatus::Suspended => "suspendue",
    }
}
