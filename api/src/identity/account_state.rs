//! An account's life after creation: disabled and enabled by an admin in reach (a
//! departing gendarme is cut off at once: access token, refresh tokens and sockets), and
//! a password changed by its owner.

use std::net::IpAddr;

use chrono::Utc;
use entity::{
    app_user, brigade, commune, coordinator_commune,
    enums::{CoordinatorTitle, Role},
};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    IntoActiveModel, QueryFilter, QuerySelect,
};
use secrecy::SecretString;
use serde_json::json;

use super::{
    Password, Principal, Reach, Viewer,
    actor::Actor,
    audit::{self, AuditEntry},
    credentials::verify_password,
    policy, sessions,
};
use crate::{
    department,
    error::{AppError, AppResult},
    ids::{BrigadeId, UserId},
    text,
    throttle::Throttles,
};

/// The départements an account is attached to, as a reach: an admin's own, a staff
/// member's brigade's, a coordinator's communes', a resident's commune's, a partner's
/// organisation's. An account attached to none can be managed only by a national admin.
pub async fn footprint(db: &impl ConnectionTrait, user: &app_user::Model) -> AppResult<Reach> {
    match super::viewer::of_user(db, user.clone()).await? {
        Viewer::User(principal) => footprint_of(db, &principal).await,
        Viewer::Anonymous => Ok(Reach::National),
    }
}

/// [`footprint`] from the scopes a viewer already read (a staff member's and a partner's
/// département are one primary-key read away).
pub async fn footprint_of(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<Reach> {
    let codes = match principal.role {
        Role::Admin => return Ok(principal.reach.clone()),
        Role::Resident => {
            principal.commune.iter().map(|code| department::of_commune(code).to_owned()).collect()
        }
        Role::BrigadeStaff => match principal.brigade {
            Some(id) => brigade::Entity::find_by_id(id)
                .one(db)
                .await?
                .and_then(|row| row.department)
                .into_iter()
                .collect(),
            None => Vec::new(),
        },
        Role::Partner => match principal.organisation {
            Some(id) => entity::partner_organisation::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|row| row.department)
                .into_iter()
                .collect(),
            None => Vec::new(),
        },
        Role::Coordinator => {
            principal.coordinated.iter().map(|code| department::of_commune(code).to_owned()).collect()
        }
    };
    Ok(if codes.is_empty() { Reach::National } else { Reach::Departments(codes) })
}

/// The account `id` as `actor` may manage it: within reach (else as if missing), and not
/// the actor's own.
pub(super) async fn managed(
    db: &impl ConnectionTrait,
    actor: &Actor,
    id: UserId,
) -> AppResult<app_user::Model> {
    let target = app_user::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound("Compte"))?;
    if !actor.reach.includes(&footprint(db, &target).await?) {
        return Err(AppError::NotFound("Compte"));
    }
    if actor.id == Some(target.id) {
        return Err(AppError::bad_input(
            "userId",
            "Un administrateur ne peut pas modifier son propre accès.",
        ));
    }
    Ok(target)
}

/// Disables an account: its access tokens stop working at the next request, its refresh
/// tokens are revoked, its sockets close (the websocket re-reads the account) and its
/// phones are forgotten (no push reaches them any more). Its name
/// stays on everything it did.
pub async fn disable(
    db: &DatabaseConnection,
    actor: &Actor,
    id: UserId,
    reason: &str,
) -> AppResult<app_user::Model> {
    let reason = text::clean_required(reason, "reason", 500, "Indiquez le motif de la désactivation.")?;
    switch(db, actor, id, Some(reason)).await
}

/// Enables a disabled account again (its owner signs in anew).
pub async fn enable(db: &DatabaseConnection, actor: &Actor, id: UserId) -> AppResult<app_user::Model> {
    switch(db, actor, id, None).await
}

/// Disables the account for `reason`, or (`None`) enables it, with its audit entry.
async fn switch(
    db: &DatabaseConnection,
    actor: &Actor,
    id: UserId,
    reason: Option<String>,
) -> AppResult<app_user::Model> {
    let txn = crate::db::write(db).await?;
    let target = managed(&txn, actor, id).await?;
    let now = Utc::now();
    let mut row = target.into_active_model();
    row.disabled_at = Set(reason.is_some().then_some(now));
    row.updated_at = Set(now);
    let user = app_user::Entity::update(row).exec(&txn).await?;
    let entry = match reason {
        Some(reason) => {
            sessions::revoke_all(&txn, user.id).await?;
            crate::notify::forget_devices(&txn, user.id).await?;
            actor.audit("account.disabled").detail(json!({ "reason": reason }))
        }
        None => actor.audit("account.enabled"),
    };
    audit::record(&txn, entry.target("user", user.id.to_string())).await?;
    txn.commit().await?;
    Ok(user)
}

/// Moves a staff member to another brigade. Their sessions end (they sign in again), and
/// from their next request they see the new brigade's queue only: the old brigade's
/// reporters' identities are out of their reach at once.
pub async fn move_staff(
    db: &DatabaseConnection,
    actor: &Actor,
    id: UserId,
    to: BrigadeId,
) -> AppResult<app_user::Model> {
    let txn = crate::db::write(db).await?;
    let target = managed(&txn, actor, id).await?;
    if target.role != Role::BrigadeStaff {
        return Err(AppError::bad_input("userId", "Seuls les membres d'une brigade changent de brigade."));
    }
    let brigade = brigade::Entity::find_by_id(to)
        .one(&txn)
        .await?
        .filter(|row| row.department.as_deref().is_some_and(|code| actor.reach.covers(code)))
        .ok_or_else(|| AppError::bad_input("brigadeId", "Brigade inconnue."))?;
    let from = target.brigade_id;
    let now = Utc::now();
    let mut row = target.into_active_model();
    row.brigade_id = Set(Some(brigade.id));
    row.updated_at = Set(now);
    let user = app_user::Entity::update(row).exec(&txn).await?;
    sessions::revoke_all(&txn, user.id).await?;
    let entry = actor
        .audit("account.moved")
        .target("user", user.id.to_string())
        .detail(json!({ "from": from, "to": brigade.id, "brigade": brigade.code }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(user)
}

/// Sets a staff member's command of their brigade and their rank (as shown to elected
/// officials).
pub async fn set_staff_profile(
    db: &DatabaseConnection,
    actor: &Actor,
    id: UserId,
    commander: bool,
    rank: Option<&str>,
) -> AppResult<app_user::Model> {
    let rank = text::clean_optional(rank, "rank", 100)?;
    let txn = crate::db::write(db).await?;
    let target = managed(&txn, actor, id).await?;
    if target.role != Role::BrigadeStaff {
        return Err(AppError::bad_input(
            "userId",
            "Seuls les membres d'une brigade ont un grade et un commandement.",
        ));
    }
    let mut row = target.into_active_model();
    row.commander = Set(commander);
    row.rank = Set(rank.clone());
    row.updated_at = Set(Utc::now());
    let user = app_user::Entity::update(row).exec(&txn).await?;
    let entry = actor
        .audit("account.staff_profile")
        .target("user", user.id.to_string())
        .detail(json!({ "commander": commander, "rank": rank }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(user)
}

/// Replaces the communes coordinator `id` acts for (all known and within reach), and sets
/// their title; from their next request they act for those communes only.
pub async fn set_communes(
    db: &DatabaseConnection,
    actor: &Actor,
    id: UserId,
    codes: &[String],
    title: Option<CoordinatorTitle>,
) -> AppResult<app_user::Model> {
    if codes.is_empty() || codes.len() > 100 {
        return Err(AppError::bad_input("communeCodes", "Un coordinateur agit pour 1 à 100 communes."));
    }
    let txn = crate::db::write(db).await?;
    let target = managed(&txn, actor, id).await?;
    if target.role != Role::Coordinator {
        return Err(AppError::bad_input("userId", "Seuls les coordinateurs agissent pour des communes."));
    }
    let known: Vec<String> = commune::Entity::find()
        .select_only()
        .column(commune::Column::Code)
        .filter(commune::Column::Code.is_in(codes.iter().cloned()))
        .into_tuple()
        .all(&txn)
        .await?;
    if let Some(code) = codes.iter().find(|code| !known.contains(code) || !actor.reach.covers_commune(code)) {
        return Err(AppError::bad_input("communeCodes", format!("Commune {code} inconnue.")));
    }
    coordinator_commune::Entity::delete_many()
        .filter(coordinator_commune::Column::UserId.eq(target.id))
        .exec(&txn)
        .await?;
    let mut unique = codes.to_vec();
    unique.sort();
    unique.dedup();
    let links = unique.iter().map(|code| coordinator_commune::ActiveModel {
        user_id: Set(target.id),
        commune_code: Set(code.clone()),
    });
    coordinator_commune::Entity::insert_many(links).exec_without_returning(&txn).await?;
    let now = Utc::now();
    let title = title.or(target.title);
    let mut row = target.into_active_model();
    row.title = Set(title);
    row.updated_at = Set(now);
    let user = app_user::Entity::update(row).exec(&txn).await?;
    let entry = actor
        .audit("account.communes_set")
        .target("user", user.id.to_string())
        .detail(json!({ "communes": unique, "title": user.title.map(|title| title.to_value()) }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(user)
}

/// Changes the caller's password after checking the current one (throttled like a login);
/// every refresh token of the account is revoked, so other sessions end.
pub async fn change_password(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    current: String,
    new: String,
    client_ip: Option<IpAddr>,
) -> AppResult<()> {
    let principal = policy::me(viewer)?;
    let user = app_user::Entity::find_by_id(principal.id).one(db).await?.ok_or(AppError::Unauthenticated)?;
    let new = Password::new(new, "newPassword")?;
    // Each check of the current password is a guess, counted like a login attempt.
    throttle.login(&user.email, client_ip)?;
    if !verify_password(SecretString::from(current), user.password_hash.clone()).await? {
        audit::record(db, AuditEntry::new("password.change_refused").actor(user.id).client_ip(client_ip))
            .await?;
        return Err(AppError::bad_input("currentPassword", "Mot de passe actuel incorrect."));
    }
    let hash = new.hash().await?;
    let txn = crate::db::write(db).await?;
    let updated = app_user::Entity::update_many()
        .col_expr(app_user::Column::PasswordHash, hash.into())
        .col_expr(app_user::Column::UpdatedAt, Utc::now().into())
        .filter(app_user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    if updated.rows_affected != 1 {
        return Err(AppError::Unauthenticated);
    }
    sessions::revoke_all(&txn, user.id).await?;
    audit::record(&txn, AuditEntry::new("password.changed").actor(user.id).client_ip(client_ip)).await?;
    txn.commit().await?;
    Ok(())
}
