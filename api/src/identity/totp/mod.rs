//! Two-factor sign-in with an authenticator app (TOTP, RFC 6238: HMAC-SHA-1, 6 digits,
//! 30-second steps, one step of clock drift either way).
//!
//! `setTotp` without a code draws a new secret (160 bits, as RFC 4226 recommends) and
//! answers the `otpauth://` URI an app reads from a QR code; with a first code of that app
//! it turns the second factor on and answers ten single-use recovery codes, shown once.
//! From then on `login` wants a code (`TOTP_REQUIRED` without one). A code is accepted once:
//! each account keeps the last time step it accepted, moved forward by a conditional update,
//! so a code seen by someone else (over a shoulder, in a proxy's log) cannot be replayed,
//! even on another node at the same instant. Replacing an enrolled authenticator takes an
//! admin's reset (`resetTotp`), which also ends the account's sessions. Secrets are sealed
//! at rest ([`sealed`]).

mod code;
mod requirement;
pub mod sealed;

use chrono::Utc;
use data_encoding::BASE32_NOPAD;
use entity::{app_user, totp_credential, totp_recovery_code};
use rand::RngCore;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
    sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

use self::code::{matching_step, otpauth_uri, qr_svg, recovery_code, recovery_hash};
pub use self::{
    requirement::{must_enrol, require},
    sealed::SecretBox,
};
use super::{
    actor::Actor,
    audit::{self, AuditEntry},
    policy, sessions,
    viewer::Viewer,
};
use crate::{
    error::{AppError, AppResult},
    ids::UserId,
};

/// Recovery codes handed out at enrolment.
pub const RECOVERY_CODES: usize = 10;

/// What `setTotp` answers.
#[derive(Debug, Default)]
pub struct Setup {
    /// While pending: the `otpauth://` URI for the app, the same as a QR code (SVG), and
    /// its secret for typing in.
    pub uri: Option<String>,
    pub qr_svg: Option<String>,
    pub secret: Option<String>,
    pub enabled: bool,
    /// At confirmation only: the recovery codes, never shown again.
    pub recovery_codes: Option<Vec<String>>,
}

fn secret_bytes(secrets: &SecretBox, credential: &totp_credential::Model) -> AppResult<Vec<u8>> {
    secrets.open(credential.user_id, &credential.secret)
}

/// The confirmed authenticator of `user`, if any.
pub async fn enrolled(db: &impl ConnectionTrait, user: UserId) -> AppResult<Option<totp_credential::Model>> {
    Ok(totp_credential::Entity::find_by_id(user).one(db).await?.filter(|row| row.confirmed_at.is_some()))
}

/// `setTotp(code)`: starts (no code) or confirms (a code) the caller's enrolment.
pub async fn set(
    db: &DatabaseConnection,
    secrets: &SecretBox,
    viewer: &Viewer,
    code: Option<&str>,
) -> AppResult<Setup> {
    let principal = policy::enrol_totp(viewer)?;
    let txn = crate::db::write(db).await?;
    let existing = totp_credential::Entity::find_by_id(principal.id).one(&txn).await?;
    if existing.as_ref().is_some_and(|row| row.confirmed_at.is_some()) {
        return Err(AppError::Conflict(
            "La double authentification est déjà activée ; pour changer d'application, demandez sa réinitialisation à un administrateur."
                .into(),
        ));
    }
    let Some(code) = code else {
        let mut raw = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut raw);
        let secret = BASE32_NOPAD.encode(&raw);
        totp_credential::Entity::delete_by_id(principal.id).exec(&txn).await?;
        totp_credential::Entity::insert(totp_credential::ActiveModel {
            user_id: Set(principal.id),
            secret: Set(secrets.seal(principal.id, &raw)?),
            confirmed_at: Set(None),
            last_step: Set(0),
            created_at: Set(Utc::now()),
        })
        .exec_without_returning(&txn)
        .await?;
        let email = app_user::Entity::find_by_id(principal.id)
            .one(&txn)
            .await?
            .ok_or(AppError::Unauthenticated)?
            .email;
        txn.commit().await?;
        let uri = otpauth_uri(&secret, &email);
        return Ok(Setup {
            qr_svg: Some(qr_svg(&uri)?),
            uri: Some(uri),
            secret: Some(secret),
            ..Setup::default()
        });
    };
    let pending = existing.ok_or_else(|| {
        AppError::bad_input("code", "Aucune activation en cours : appelez d'abord setTotp sans code.")
    })?;
    let step =
        matching_step(&secret_bytes(secrets, &pending)?, code, Utc::now().timestamp()).ok_or_else(|| {
            AppError::bad_input("code", "Code incorrect : saisissez le code affiché par l'application.")
        })?;
    let confirmed = totp_credential::Entity::update_many()
        .col_expr(totp_credential::Column::ConfirmedAt, Expr::value(Utc::now()))
        .col_expr(totp_credential::Column::LastStep, Expr::value(step))
        .filter(totp_credential::Column::UserId.eq(principal.id))
        .filter(totp_credential::Column::ConfirmedAt.is_null())
        .exec(&txn)
        .await?;
    if confirmed.rows_affected != 1 {
        return Err(AppError::Conflict("La double authentification vient d'être activée.".into()));
    }
    let codes: Vec<String> = (0..RECOVERY_CODES).map(|_| recovery_code()).collect();
    totp_recovery_code::Entity::delete_many()
        .filter(totp_recovery_code::Column::UserId.eq(principal.id))
        .exec(&txn)
        .await?;
    totp_recovery_code::Entity::insert_many(codes.iter().map(|code| totp_recovery_code::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(principal.id),
        code_hash: Set(recovery_hash(code)),
        used_at: Set(None),
    }))
    .exec_without_returning(&txn)
    .await?;
    audit::record(&txn, AuditEntry::new("account.totp_enabled").actor(principal.id)).await?;
    txn.commit().await?;
    Ok(Setup { enabled: true, recovery_codes: Some(codes), ..Setup::default() })
}

/// At sign-in, after the password: the second factor of `user`, when enrolled. A code of
/// the app moves the account's last accepted step forward (refused if it does not); a
/// recovery code is spent.
pub async fn check_login(
    db: &impl ConnectionTrait,
    secrets: &SecretBox,
    user: UserId,
    code: Option<&str>,
) -> AppResult<()> {
    let Some(credential) = enrolled(db, user).await? else { return Ok(()) };
    let Some(code) = code.map(str::trim).filter(|code| !code.is_empty()) else {
        return Err(AppError::TotpRequired);
    };
    let refused = || AppError::bad_input("totpCode", "Code de vérification incorrect ou déjà utilisé.");
    if let Some(step) = matching_step(&secret_bytes(secrets, &credential)?, code, Utc::now().timestamp()) {
        let moved = totp_credential::Entity::update_many()
            .col_expr(totp_credential::Column::LastStep, Expr::value(step))
            .filter(totp_credential::Column::UserId.eq(user))
            .filter(totp_credential::Column::LastStep.lt(step))
            .exec(db)
            .await?;
        return if moved.rows_affected == 1 { Ok(()) } else { Err(refused()) };
    }
    if code.len() > 32 {
        return Err(refused());
    }
    let spent = totp_recovery_code::Entity::update_many()
        .col_expr(totp_recovery_code::Column::UsedAt, Expr::value(Utc::now()))
        .filter(totp_recovery_code::Column::UserId.eq(user))
        .filter(totp_recovery_code::Column::CodeHash.eq(recovery_hash(code)))
        .filter(totp_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if spent.rows_affected == 1 {
        audit::record(db, AuditEntry::new("login.recovery_code").actor(user)).await?;
        return Ok(());
    }
    Err(refused())
}

/// `resetTotp(userId)`: an admin removes an account's authenticator and recovery codes
/// (a lost phone); its sessions end, and it enrols again at its next sign-in.
pub async fn reset(db: &DatabaseConnection, actor: &Actor, id: UserId) -> AppResult<app_user::Model> {
    let txn = crate::db::write(db).await?;
    let target = super::account_state::managed(&txn, actor, id).await?;
    totp_credential::Entity::delete_by_id(target.id).exec(&txn).await?;
    totp_recovery_code::Entity::delete_many()
        .filter(totp_recovery_code::Column::UserId.eq(target.id))
        .exec(&txn)
        .await?;
    sessions::revoke_all(&txn, target.id).await?;
    let entry = actor.audit("account.totp_reset").target("user", target.id.to_string()).detail(json!({}));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(target)
}
