//! Registration proven by e-mail, in two steps that never tell whether an address has an
//! account. `startRegistration` checks everything the resident gave exactly as `register`
//! does (same errors, password hashed either way), then e-mails the address: a code when it
//! has no account (what was given waits in `pending_registration`, the password only as its
//! hash), a notice that an account exists when it has one. Both answer `true`, after the same
//! work. `completeRegistration(email, code)` turns the waiting registration into an account
//! (enrolment PENDING) and a session; a wrong, used or expired code is one answer.
//!
//! A new start for an address voids its earlier codes: the last e-mail holds the one that
//! works.

use std::net::IpAddr;

use chrono::{Duration, Utc};
use entity::{
    app_user, commune,
    enums::{EnrolmentStatus, Role},
    pending_registration,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

use super::{
    Email, Password, Reach,
    accounts::{self, NewAccount, NewPassword, Origin},
    auth::Registration,
    mail_texts, one_time_code,
    phone::Phone,
    sessions::{self, Session},
    tokens::TokenKeys,
};
use crate::{
    error::{AppError, AppResult},
    throttle::Throttles,
};

/// How long an e-mailed registration code stays valid.
const VALID_MINUTES: i64 = 60;

/// What refuses a completion, whatever went wrong.
fn refused() -> AppError {
    AppError::bad_input("code", "Code invalide ou expiré.")
}

/// The resident account `registration` describes (enrolment PENDING).
fn resident(
    email: Email,
    password: NewPassword,
    display_name: String,
    phone: Option<Phone>,
    commune_code: String,
) -> NewAccount {
    NewAccount {
        email,
        password,
        display_name,
        phone,
        role: Role::Resident,
        brigade_code: None,
        commune_codes: vec![commune_code],
        enrolment: EnrolmentStatus::Pending,
        reach: Reach::Nothing,
        title: None,
        organisation: None,
    }
}

/// Checks `registration` and e-mails its address a code (no account there yet) or a notice
/// (an account exists). Throttled per client address and commune, like `register`, and per
/// recipient address.
pub async fn start(
    db: &DatabaseConnection,
    throttle: &Throttles,
    registration: Registration,
    client_ip: Option<IpAddr>,
) -> AppResult<()> {
    let email = Email::parse(&registration.email, "email")?;
    let password = Password::new(registration.password, "password")?;
    let phone = Phone::parse_optional(registration.phone.as_deref(), "phone")?;
    throttle.register(&registration.commune_code, client_ip)?;
    throttle.mail(email.as_str())?;
    let account = resident(
        email,
        password.into(),
        registration.display_name,
        phone,
        registration.commune_code.trim().to_owned(),
    );
    let origin = Origin { actor: None, client_ip, reach: Reach::National };
    let prepared = accounts::prepare(db, account, origin).await?;
    let commune_code = prepared.commune_code.clone().unwrap_or_default();
    let commune_name = commune::Entity::find_by_id(commune_code.clone())
        .one(db)
        .await?
        .map(|commune| commune.name)
        .unwrap_or_else(|| commune_code.clone());
    let to = prepared.email.as_str().to_owned();
    let code = one_time_code::new_code();
    let txn = crate::db::write(db).await?;
    let taken = app_user::Entity::find().filter(app_user::Column::Email.eq(&to)).one(&txn).await?.is_some();
    // Earlier codes for this address are void either way.
    pending_registration::Entity::delete_many()
        .filter(pending_registration::Column::Email.eq(&to))
        .exec(&txn)
        .await?;
    let mail = if taken {
        mail_texts::registration_taken(&to)
    } else {
        let now = Utc::now();
        pending_registration::Entity::insert(pending_registration::ActiveModel {
            id: Set(Uuid::now_v7()),
            email: Set(to.clone()),
            code_hash: Set(one_time_code::hash(&code)),
            password_hash: Set(prepared.password_hash),
            display_name: Set(prepared.display_name),
            phone: Set(prepared.phone.map(Phone::into_string)),
            commune_code: Set(commune_code),
            created_at: Set(now),
            expires_at: Set(now + Duration::minutes(VALID_MINUTES)),
        })
        .exec_without_returning(&txn)
        .await?;
        mail_texts::registration_code(&to, &commune_name, &one_time_code::grouped(&code), VALID_MINUTES)
    };
    crate::notify::mail::queue(&txn, mail).await?;
    txn.commit().await?;
    Ok(())
}

/// Creates the account a code was e-mailed for, and opens its session. Attempts count like
/// logins on that address.
pub async fn complete(
    db: &DatabaseConnection,
    keys: &TokenKeys,
    throttle: &Throttles,
    email: &str,
    code: &str,
    client_ip: Option<IpAddr>,
) -> AppResult<Session> {
    let email = email.trim().to_lowercase();
    throttle.login(&email, client_ip)?;
    let code = one_time_code::read(code).ok_or_else(refused)?;
    let pending = pending_registration::Entity::find()
        .filter(pending_registration::Column::CodeHash.eq(one_time_code::hash(&code)))
        .filter(pending_registration::Column::Email.eq(&email))
        .filter(pending_registration::Column::ExpiresAt.gt(Utc::now()))
        .one(db)
        .await?
        .ok_or_else(refused)?;
    // Checked again: the commune may have left the scheme since.
    let account = resident(
        Email::parse(&pending.email, "email")?,
        NewPassword::Hashed(pending.password_hash),
        pending.display_name,
        Phone::parse_optional(pending.phone.as_deref(), "phone")?,
        pending.commune_code,
    );
    let prepared =
        accounts::prepare(db, account, Origin { actor: None, client_ip, reach: Reach::National }).await?;
    let txn = crate::db::write(db).await?;
    // Consumed first, conditionally: of two concurrent completions, one wins.
    let consumed = pending_registration::Entity::delete_many()
        .filter(pending_registration::Column::Id.eq(pending.id))
        .exec(&txn)
        .await?;
    if consumed.rows_affected != 1 {
        return Err(refused());
    }
    let user = match prepared.insert(&txn).await {
        Ok(user) => user,
        // An account was made for the address meanwhile (by an admin): this code is spent.
        Err(AppError::Conflict(_)) => return Err(refused()),
        Err(error) => return Err(error),
    };
    txn.commit().await?;
    sessions::start(db, keys, user).await
}

/// Deletes the registrations whose code expired; returns how many.
pub async fn purge_expired(db: &DatabaseConnection) -> AppResult<u64> {
    let deleted = pending_registration::Entity::delete_many()
        .filter(pending_registration::Column::ExpiresAt.lte(Utc::now()))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected)
}
