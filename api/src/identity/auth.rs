//! Registering residents and logging in. Login failures never tell whether the email
//! exists: an unknown email costs the same password check as a wrong password.

use std::{net::IpAddr, sync::OnceLock};

use entity::{
    app_user,
    enums::{EnrolmentStatus, Role},
};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use secrecy::SecretString;
use serde_json::json;

use super::{
    Email, Password,
    accounts::{self, NewAccount},
    audit::{self, AuditEntry},
    credentials::verify_password,
    phone::Phone,
    sessions::{self, Session},
    tokens::TokenKeys,
};
use crate::{
    error::{AppError, AppResult},
    throttle::Throttles,
};

/// What a resident gives to register.
#[derive(Debug)]
pub struct Registration {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub phone: Option<String>,
    pub commune_code: String,
}

/// Creates a resident (enrolment PENDING) in a participating commune and opens a session;
/// rate-limited per client address and per commune.
pub async fn register(
    db: &DatabaseConnection,
    keys: &TokenKeys,
    throttle: &Throttles,
    registration: Registration,
    client_ip: Option<IpAddr>,
) -> AppResult<Session> {
    let email = Email::parse(&registration.email, "email")?;
    let password = Password::new(registration.password, "password")?;
    let phone = Phone::parse_optional(registration.phone.as_deref(), "phone")?;
    // Before any password hashing or lookup: each try costs the address (and the commune)
    // one registration, so neither flooding a mayor's queue nor probing which e-mail
    // addresses have an account scales.
    throttle.register(&registration.commune_code, client_ip)?;
    let account = NewAccount {
        email,
        password: password.into(),
        display_name: registration.display_name,
        phone,
        role: Role::Resident,
        brigade_code: None,
        commune_codes: vec![registration.commune_code.trim().to_owned()],
        enrolment: EnrolmentStatus::Pending,
        reach: super::Reach::Nothing,
        title: None,
        organisation: None,
    };
    let user = accounts::create_account(
        db,
        account,
        accounts::Origin { actor: None, client_ip, reach: super::Reach::National },
    )
    .await?;
    sessions::start(db, keys, user).await
}

/// A valid Argon2id hash of a random password, so unknown emails cost a real check.
fn decoy_hash() -> &'static str {
    static DECOY: OnceLock<String> = OnceLock::new();
    DECOY.get_or_init(|| {
        use argon2::{
            Argon2, PasswordHasher,
            password_hash::{SaltString, rand_core::OsRng},
        };
        let salt = SaltString::generate(&mut OsRng);
        Argon2::default()
            .hash_password(uuid::Uuid::new_v4().as_bytes(), &salt)
            .map(|hash| hash.to_string())
            .unwrap_or_default()
    })
}

/// What a sign-in presents.
#[derive(Debug)]
pub struct Attempt<'a> {
    pub email: &'a str,
    pub password: String,
    /// The second factor, for accounts that have one.
    pub totp_code: Option<&'a str>,
    pub client_ip: Option<IpAddr>,
}

/// The node's keys a sign-in uses: the token signing keys and the box of authenticator
/// secrets.
#[derive(Clone, Copy, Debug)]
pub struct SignInKeys<'a> {
    pub tokens: &'a TokenKeys,
    pub secrets: &'a super::totp::SecretBox,
}

/// Checks credentials (rate-limited per account and address) and opens a session.
pub async fn login(
    db: &DatabaseConnection,
    keys: SignInKeys<'_>,
    throttle: &Throttles,
    attempt: Attempt<'_>,
) -> AppResult<Session> {
    let Attempt { email, password, totp_code, client_ip } = attempt;
    let normalised = email.trim().to_lowercase();
    if let Err(error) = throttle.login(&normalised, client_ip) {
        audit::record(
            db,
            AuditEntry::new("login.throttled").detail(json!({ "email": normalised })).client_ip(client_ip),
        )
        .await?;
        return Err(error);
    }
    let user = app_user::Entity::find().filter(app_user::Column::Email.eq(&normalised)).one(db).await?;
    let hash = user.as_ref().map_or_else(|| decoy_hash().to_owned(), |user| user.password_hash.clone());
    let matches = verify_password(SecretString::from(password), hash).await?;
    let Some(user) = user.filter(|_| matches) else {
        audit::record(
            db,
            AuditEntry::new("login.failure").detail(json!({ "email": normalised })).client_ip(client_ip),
        )
        .await?;
        return Err(AppError::InvalidCredentials);
    };
    if user.disabled_at.is_some() || user.enrolment_status == Some(EnrolmentStatus::Suspended) {
        audit::record(db, AuditEntry::new("login.refused_suspended").actor(user.id).client_ip(client_ip))
            .await?;
        return Err(AppError::Suspended);
    }
    // The second factor, when the account has one (the throttle above counted this try).
    if let Err(error) = super::totp::check_login(db, keys.secrets, user.id, totp_code).await {
        let action = if matches!(error, AppError::TotpRequired) {
            "login.totp_required"
        } else {
            "login.totp_failure"
        };
        audit::record(db, AuditEntry::new(action).actor(user.id).client_ip(client_ip)).await?;
        return Err(error);
    }
    audit::record(db, AuditEntry::new("login.success").actor(user.id).client_ip(client_ip)).await?;
    sessions::start(db, keys.tokens, user).await
}
