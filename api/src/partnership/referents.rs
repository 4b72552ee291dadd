//! Référents: a brigade's commander (or an admin) designates one of the staff of a brigade
//! covering a commune as its référent — one at a time, each designation ending the previous
//! one, the history kept.

use chrono::Utc;
use entity::{app_user, enums::Role, referent_assignment};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::json;
use uuid::Uuid;

use super::access;
use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, audit},
    ids::UserId,
    notify::coverage,
};

/// Designates `user` référent of `commune_code`, ending the current designation.
pub async fn designate(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune_code: &str,
    user: UserId,
) -> AppResult<()> {
    let principal = viewer.principal()?;
    let commune = access::commune(db, commune_code, "communeCode").await?;
    access::may_designate(db, principal, &commune).await?;
    let candidate = app_user::Entity::find_by_id(user)
        .filter(app_user::Column::Role.eq(Role::BrigadeStaff))
        .filter(app_user::Column::DisabledAt.is_null())
        .one(db)
        .await?;
    let covers = match candidate.as_ref().and_then(|candidate| candidate.brigade_id) {
        Some(brigade) => coverage::brigade_covers(db, brigade, &commune).await?,
        None => false,
    };
    let own_brigade =
        principal.role == Role::Admin || candidate.as_ref().and_then(|c| c.brigade_id) == principal.brigade;
    if !covers || !own_brigade {
        return Err(AppError::bad_input(
            "userId",
            "Choisissez un membre d'une brigade qui couvre la commune.",
        ));
    }
    // Two designations at once: the later one finds the earlier's row only after its own
    // statement began and trips the one-current index; it tries again and wins.
    for _ in 0..3 {
        match record(db, principal.id, &commune.code, user).await {
            Err(AppError::Internal(error))
                if error.downcast_ref::<sea_orm::DbErr>().is_some_and(crate::db::is_unique_violation) => {}
            done => return done,
        }
    }
    Err(AppError::Conflict("Le référent vient d'être changé ; rechargez.".into()))
}

/// Ends the current designation and records the new one, in one transaction.
async fn record(db: &DatabaseConnection, by: UserId, commune: &str, user: UserId) -> AppResult<()> {
    let now = Utc::now();
    let txn = crate::db::write(db).await?;
    end_current(&txn, commune, now).await?;
    referent_assignment::Entity::insert(referent_assignment::ActiveModel {
        id: Set(Uuid::now_v7()),
        commune_code: Set(commune.to_owned()),
        user_id: Set(user),
        assigned_by: Set(Some(by)),
        started_at: Set(now),
        ended_at: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    let entry = audit::AuditEntry::new("referent.designated")
        .actor(by)
        .target("commune", commune.to_owned())
        .detail(json!({ "referent": user }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

/// Ends the current designation of `commune_code` (no référent until the next one).
pub async fn end(db: &DatabaseConnection, viewer: &Viewer, commune_code: &str) -> AppResult<()> {
    let principal = viewer.principal()?;
    let commune = access::commune(db, commune_code, "communeCode").await?;
    access::may_designate(db, principal, &commune).await?;
    let txn = crate::db::write(db).await?;
    if end_current(&txn, &commune.code, Utc::now()).await? == 0 {
        return Err(AppError::NotFound("Référent"));
    }
    let entry =
        audit::AuditEntry::new("referent.ended").actor(principal.id).target("commune", commune.code.clone());
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(())
}

async fn end_current(txn: &crate::db::Write, commune: &str, now: chrono::DateTime<Utc>) -> AppResult<u64> {
    Ok(referent_assignment::Entity::update_many()
        .col_expr(referent_assignment::Column::EndedAt, Some(now).into())
        .filter(referent_assignment::Column::CommuneCode.eq(commune))
        .filter(referent_assignment::Column::EndedAt.is_null())
        .exec(txn)
        .await?
        .rows_affected)
}

/// Every designation of `commune_code`, newest first: for those who may designate, and the
/// commune's coordinators.
pub async fn history(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune_code: &str,
) -> AppResult<Vec<referent_assignment::Model>> {
    let principal = viewer.principal()?;
    let commune = access::commune(db, commune_code, "communeCode").await?;
    if !crate::identity::policy::manages_commune(principal, &commune.code) {
        access::may_designate(db, principal, &commune).await?;
    }
    Ok(referent_assignment::Entity::find()
        .filter(referent_assignment::Column::CommuneCode.eq(&commune.code))
        .order_by_desc(referent_assignment::Column::StartedAt)
        .all(db)
        .await?)
}
