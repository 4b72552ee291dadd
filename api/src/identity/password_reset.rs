//! Passwords forgotten: an admin in reach issues a one-time code (valid 24 hours, stored
//! hashed, any earlier code voided) and hands it to the user by a channel they trust; the
//! user chooses a new password with it. Attempts count like logins; every session ends.

use std::net::IpAddr;

use chrono::{DateTime, Duration, Utc};
use entity::{app_user, password_reset};
use rand::Rng;
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{Password, account_state::managed, actor::Actor, audit, audit::AuditEntry, sessions};
use crate::{
    error::{AppError, AppResult},
    ids::UserId,
    throttle::Throttles,
};

/// How long a code stays valid.
const VALID_HOURS: i64 = 24;
/// Crockford's base32: no I, L, O or U to misread.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 16 characters: 80 bits.
const CODE_CHARS: usize = 16;

fn hash(code: &str) -> String {
    super::credentials::sha256_hex(code.as_bytes())
}

/// A fresh random code.
fn new_code() -> String {
    let mut rng = rand::thread_rng();
    (0..CODE_CHARS).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}

/// The code as typed, normalised: upper case, without separators.
fn normalise(code: &str) -> String {
    code.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect()
}

/// Issues a code for account `id`; returns it (grouped by four) and when it expires.
pub async fn issue(db: &DatabaseConnection, actor: &Actor, id: UserId) -> AppResult<(String, DateTime<Utc>)> {
    let code = new_code();
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
        code_hash: Set(hash(&code)),
        issued_by: Set(actor.id),
        created_at: Set(now),
        expires_at: Set(expires_at),
        used_at: Set(None),
    })
    .exec_without_returning(&txn)
    .await?;
    audit::record(&txn, actor.audit("password.reset_issued").target("user", user.id.to_string())).await?;
    txn.commit().await?;
    let grouped: Vec<String> =
        code.as_bytes().chunks(4).map(|chunk| String::from_utf8_lossy(chunk).into_owned()).collect();
    Ok((grouped.join("-"), expires_at))
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
    let code = normalise(code);
    if code.len() != CODE_CHARS {
        return Err(refused());
    }
    let txn = crate::db::write(db).await?;
    let now = Utc::now();
    let reset = password_reset::Entity::find()
        .filter(password_reset::Column::CodeHash.eq(hash(&code)))
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_whatever_its_case_and_separators() {
        assert_eq!(normalise("ab12-cd34 ef56-gh78"), "AB12CD34EF56GH78");
    }
}
