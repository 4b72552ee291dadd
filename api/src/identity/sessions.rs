//! Sessions: an access token plus an opaque refresh token. Refresh tokens are stored as
//! their SHA-256, rotated on every use; presenting an already-rotated (or revoked) token
//! means it leaked, so its whole family is revoked — except within [`REFRESH_GRACE_SECS`]
//! of the rotation, while its successor is still unused: that is the same client retrying
//! (or refreshing from two tabs at once), and it is handed the same successor.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{Duration, Utc};
use entity::{app_user, refresh_token};
use rand::RngCore;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, ExprTrait, QueryFilter,
    sea_query::Expr,
};
use uuid::Uuid;

use super::{
    audit::{self, AuditEntry},
    tokens::TokenKeys,
};
use crate::{
    bus::Notice,
    db::Write,
    error::{AppError, AppResult},
    ids::UserId,
};

/// How long a refresh token stays usable.
pub const REFRESH_TTL_DAYS: i64 = 30;
/// How long after a rotation the rotated token still yields its (unused) successor: long
/// enough for concurrent or retried refreshes, short enough that a stolen token replayed
/// later still revokes the family.
pub const REFRESH_GRACE_SECS: i64 = 10;

/// What a successful login, registration or refresh hands back.
#[derive(Debug)]
pub struct Session {
    pub access_token: String,
    pub refresh_token: String,
    pub expires_in: i64,
    pub user: app_user::Model,
}

fn hash(token: &str) -> String {
    super::credentials::sha256_hex(token.as_bytes())
}

fn new_token() -> String {
    let mut bytes = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    URL_SAFE_NO_PAD.encode(bytes)
}

async fn insert_refresh_token(
    db: &impl ConnectionTrait,
    user: UserId,
    family: Uuid,
    token: String,
) -> AppResult<String> {
    let now = Utc::now();
    refresh_token::Entity::insert(refresh_token::ActiveModel {
        id: Set(Uuid::now_v7()),
        family_id: Set(family),
        user_id: Set(user),
        token_hash: Set(hash(&token)),
        created_at: Set(now),
        expires_at: Set(now + Duration::days(REFRESH_TTL_DAYS)),
        rotated_at: Set(None),
        revoked_at: Set(None),
    })
    .exec_without_returning(db)
    .await?;
    Ok(token)
}

/// Opens a new session (a new refresh-token family) for `user`.
pub async fn start(db: &impl ConnectionTrait, keys: &TokenKeys, user: app_user::Model) -> AppResult<Session> {
    let refresh_token = insert_refresh_token(db, user.id, Uuid::now_v7(), new_token()).await?;
    session(keys, user, refresh_token)
}

/// Rotates a refresh token. Unknown, expired or revoked tokens are `UNAUTHENTICATED`;
/// an already-rotated token presented again (a leak: thief or owner, one of them replays)
/// revokes its whole family, unless it is a retry within the grace period.
pub async fn refresh(db: &DatabaseConnection, keys: &TokenKeys, presented: &str) -> AppResult<Session> {
    let txn = crate::db::write(db).await?;
    let Some(current) = find(&txn, presented).await? else {
        return Err(AppError::Unauthenticated);
    };
    let now = Utc::now();
    if current.revoked_at.is_some() || current.expires_at <= now {
        return Err(AppError::Unauthenticated);
    }
    let successor = keys.successor(presented);
    if let Some(rotated_at) = current.rotated_at {
        let fresh = now - rotated_at <= Duration::seconds(REFRESH_GRACE_SECS);
        if fresh && unused(&txn, &successor).await? {
            return hand_over(txn, keys, current.user_id, successor).await;
        }
        revoke_family(&txn, current.family_id).await?;
        audit::record(
            &txn,
            AuditEntry::new("token.reuse").actor(current.user_id).target("user", current.user_id.to_string()),
        )
        .await?;
        txn.commit().await?;
        tracing::warn!(family = %current.family_id, "refresh token reuse detected; family revoked");
        return Err(AppError::Unauthenticated);
    }
    // Conditional: of two concurrent refreshes with the same token, only one rotates it.
    let rotated = refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RotatedAt, now.into())
        .filter(refresh_token::Column::Id.eq(current.id))
        .filter(refresh_token::Column::RotatedAt.is_null())
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(&txn)
        .await?;
    if rotated.rows_affected != 1 {
        // A concurrent refresh of the same token rotated it first (PostgreSQL lets both
        // read it unrotated): hand over the same successor.
        if unused(&txn, &successor).await? {
            return hand_over(txn, keys, current.user_id, successor).await;
        }
        return Err(AppError::Unauthenticated);
    }
    let refresh_token = insert_refresh_token(&txn, current.user_id, current.family_id, successor).await?;
    hand_over(txn, keys, current.user_id, refresh_token).await
}

/// Commits, and hands `refresh_token` with a new access token to `user` if still active.
async fn hand_over(
    txn: crate::db::Write,
    keys: &TokenKeys,
    user: UserId,
    refresh_token: String,
) -> AppResult<Session> {
    let user = super::viewer::active_user(&txn, user).await?;
    txn.commit().await?;
    session(keys, user, refresh_token)
}

/// Whether `token` exists and was neither rotated nor revoked.
async fn unused(db: &impl ConnectionTrait, token: &str) -> AppResult<bool> {
    Ok(find(db, token).await?.is_some_and(|row| row.rotated_at.is_none() && row.revoked_at.is_none()))
}

async fn find(db: &impl ConnectionTrait, token: &str) -> AppResult<Option<refresh_token::Model>> {
    Ok(refresh_token::Entity::find().filter(refresh_token::Column::TokenHash.eq(hash(token))).one(db).await?)
}

fn session(keys: &TokenKeys, user: app_user::Model, refresh_token: String) -> AppResult<Session> {
    Ok(Session {
        access_token: keys.issue(user.id, user.session_epoch)?,
        refresh_token,
        expires_in: keys.access_ttl_secs(),
        user,
    })
}

/// Revokes the family of `presented`; unknown tokens are ignored (logout is idempotent).
pub async fn logout(db: &impl ConnectionTrait, presented: &str) -> AppResult<()> {
    if let Some(token) = find(db, presented).await? {
        revoke_family(db, token.family_id).await?;
    }
    Ok(())
}

/// The caller ends every session of theirs, on every device (audited).
pub async fn logout_everywhere(
    db: &DatabaseConnection,
    viewer: &super::Viewer,
    client_ip: Option<std::net::IpAddr>,
) -> AppResult<()> {
    let principal = super::policy::me(viewer)?;
    let txn = crate::db::write(db).await?;
    revoke_all(&txn, principal.id).await?;
    audit::record(
        &txn,
        AuditEntry::new("session.logout_everywhere").actor(principal.id).client_ip(client_ip),
    )
    .await?;
    txn.commit().await?;
    Ok(())
}

/// Ends every session of `user` (logout everywhere, a new password, suspension, disabling,
/// a move): their refresh tokens are revoked, and the account's session epoch moves on so
/// the access tokens already out stop working at once, and the sockets they opened are
/// closed by every node as soon as this commits (a notice on the bus, before any later
/// event); the push devices registered under them are forgotten.
pub async fn revoke_all(db: &Write, user: UserId) -> AppResult<()> {
    db.announce(&[Notice::SessionsEnded { user }]).await?;
    app_user::Entity::update_many()
        .col_expr(app_user::Column::SessionEpoch, Expr::col(app_user::Column::SessionEpoch).add(1))
        .filter(app_user::Column::Id.eq(user))
        .exec(db)
        .await?;
    // The phones those sessions ran on stop hearing too: a lost phone signed out everywhere
    // gets no more pushes. The app registers again at its next sign-in.
    entity::device::Entity::delete_many().filter(entity::device::Column::UserId.eq(user)).exec(db).await?;
    revoke(db, refresh_token::Column::UserId.eq(user)).await
}

async fn revoke_family(db: &impl ConnectionTrait, family: Uuid) -> AppResult<()> {
    revoke(db, refresh_token::Column::FamilyId.eq(family)).await
}

async fn revoke(db: &impl ConnectionTrait, which: sea_orm::sea_query::SimpleExpr) -> AppResult<()> {
    refresh_token::Entity::update_many()
        .col_expr(refresh_token::Column::RevokedAt, Utc::now().into())
        .filter(which)
        .filter(refresh_token::Column::RevokedAt.is_null())
        .exec(db)
        .await?;
    Ok(())
}
