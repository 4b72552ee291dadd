//! Passwords forgotten: an admin in reach issues a one-time code (valid 24 hours, stored
//! hashed, any earlier code voided) and hands it to the user by a channel they trust — or,
//! with e-mail configured, the user asks for one (`requestPasswordReset`): valid one hour,
//! e-mailed to the account's address, earlier e-mailed codes voided. Asking answers the
//! same whether the address has an account or not (an address without one is told so by
//! e-mail, which only its owner reads). The user chooses a new password with the code.
//! Attempts count like logins; every session ends.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use entity::{app_user, password_reset};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{
    Email, Password, account_state::managed, actor::Actor, audit, audit::AuditEntry, mail_texts,
    one_time_code, sessions,
};
use crate::{
    error::{AppError, AppResult},
    ids::UserId,
    throttle::Throttles,
};

/// How long a code issued by an admin stays valid.
const VALID_HOURS: i64 = 24;
/// How long an e-mailed code stays valid.
const EMAILED_VALID_MINUTES: i64 = 60;

/// Issues a code for account `id`; returns it (grouped by four) and when it expires.
pub async fn issue(db: &DatabaseConnection, actor: &Actor, id: UserId) -> AppResult<(String, DateTime<Utc>)> {
    let code = one_time_code::new_code();
    let txn = crate::db::write(db).await?;
    let user = managed(&txn, actor, id).await?;
    password_reset::Entity::delete_many()
        .filter(password_reset::Column::UserId.eq(user.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    let now = Utc::now();
    let expires_at = now + Duration::hours(VALID_HOURS);
    password_reset::Entity::insert(password_reset::ActiveModel {
        id: Set(Uuid::now_v7()),
        user_id: Set(user.id),
        code_hash: Set(one_time_code::hash(&code)),
        issued_by: Set(actor.id),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    audit::record(&txn, actor.audit("password.reset_issued").target("user", user.id.to_string())).await?;
    txn.commit().await?;
    Ok((one_time_code::grouped(&code), expires_at))
}

/// E-mails a code to the account of `email`, or — when there is none — a notice saying so;
/// answers alike either way. Counted per address (mails) and like a login (address).
pub async fn request_by_email(
    db: &DatabaseConnection,
    throttle: &Throttles,
    email: &str,
    client_ip: Option<IpAddr>,
) -> AppResult<()> {
    let email = Email::parse(email, "email")?;
    throttle.login(email.as_str(), client_ip)?;
    throttle.mail(email.as_str())?;
    let code = one_time_code::new_code();
    let txn = crate::db::write(db).await?;
    let user = app_user::Entity::find().filter(app_user::Column::Email.eq(email.as_str())).one(&txn).await?;
    let mail = match &user {
        Some(user) => {
            // Earlier e-mailed codes are void; one an admin handed over stays valid.
            password_reset::Entity::delete_many()
                .filter(password_reset::Column::UserId.eq(user.id))
                .filter(password_reset::Column::IssuedBy.is_null())
                .filter(password_reset::Column::UsedAt.is_null())
                .exec(&txn)
                .await?;
            let now = Utc::now();
            password_reset::Entity::insert(password_reset::ActiveModel {
                id: Set(Uuid::now_v7()),
                user_id: Set(user.id),
                code_hash: Set(one_time_code::hash(&code)),
                issued_by: Set(None),
                created_at: Set(now),
                expires_at: Set(now + Duration::minutes(EMAILED_VALID_MINUTES)),
                used_at: Set(None),
            })
            .exec_without_returning(&txn)
            .await?;
            audit::record(
                &txn,
                AuditEntry::new("password.reset_emailed")
                    .target("user", user.id.to_string())
                    .client_ip(client_ip),
            )
            .await?;
            mail_texts::reset_code(email.as_str(), &one_time_code::grouped(&code))
        }
        None => mail_texts::reset_without_account(email.as_str()),
    };
    crate::notify::mail::queue(&txn, mail).await?;
    txn.commit().await?;
    Ok(())
}

/// Sets a new password with a code issued for the account of `email`. A wrong, used or
/// expired code, or one of another account, gets the same answer.
pub async fn complete(
    db: &DatabaseConnection,
    throttle: &Throttles,
    email: &str,
    code: &str,
    new_password: String,
    client_ip: Option<IpAddr>,
) -> AppResult<()> {
    let email = email.trim().to_lowercase();
    throttle.login(&email, client_ip)?;
    let password = Password::new(new_password, "newPassword")?;
    let refused = || AppError::bad_input("code", "Code invalide ou expiré.");
    let code = one_time_code::read(code).ok_or_else(refused)?;
    let txn = crate::db::write(db).await?;
    let now = Utc::now();
    let reset = password_reset::Entity::find()
        .filter(password_reset::Column::CodeHash.eq(one_time_code::hash(&code)))
        .filter(password_reset::Column::UsedAt.is_null())
        .filter(password_reset::Column::ExpiresAt.gt(now))
        .one(&txn)
        .await?
        .ok_or_else(refused)?;
    let user = app_user::Entity::find_by_id(reset.user_id)
        .one(&txn)
        .await?
        .filter(|user| user.email == email)
        .ok_or_else(refused)?;
    // Marked used first, conditionally: of two concurrent uses, one wins.
    let used = password_reset::Entity::update_many()
        .col_expr(password_reset::Column::UsedAt, now.into())
        .filter(password_reset::Column::Id.eq(reset.id))
        .filter(password_reset::Column::UsedAt.is_null())
        .exec(&txn)
        .await?;
    if used.rows_affected != 1 {
        return Err(refused());
    }
    let hash = password.hash().await?;
    app_user::Entity::update_many()
        .col_expr(app_user::Column::PasswordHash, hash.into())
        .col_expr(app_user::Column::UpdatedAt, now.into())
        .filter(app_user::Column::Id.eq(user.id))
        .exec(&txn)
        .await?;
    sessions::revoke_all(&txn, user.id).await?;
    audit::record(&txn, AuditEntry::new("password.reset").actor(user.id).client_ip(client_ip)).await?;
    txn.commit().await?;
    Ok(())
}
