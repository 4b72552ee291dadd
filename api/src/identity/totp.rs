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
//! admin's reset (`resetTotp`), which also ends the account's sessions.

use chrono::Utc;
use data_encoding::BASE32_NOPAD;
use entity::{
    app_user, brigade, enums::Role, partner_organisation, totp_credential, totp_recovery_code,
    totp_requirement,
};
use hmac::{Hmac, Mac};
use rand::RngCore;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, PaginatorTrait,
    QueryFilter, sea_query::Expr,
};
use serde_json::json;
use sha1::Sha1;
use sha2::{Digest, Sha256};
use uuid::Uuid;

use super::{
    actor::Actor,
    audit::{self, AuditEntry},
    policy, sessions,
    viewer::{Principal, Reach, Viewer},
};
use crate::{
    error::{AppError, AppResult},
    ids::UserId,
};

/// Seconds per time step (RFC 6238's default, what every authenticator app uses).
const STEP: i64 = 30;
/// Digits of a code.
const DIGITS: u32 = 6;
/// Steps of drift accepted before and after the current one.
const DRIFT: i64 = 1;
/// Recovery codes handed out at enrolment.
pub const RECOVERY_CODES: usize = 10;
/// The issuer an authenticator app shows beside the account.
const ISSUER: &str = "Vigie";

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

/// The RFC 6238 code of `secret` at time step `step` (RFC 4226's dynamic truncation).
pub fn code_at(secret: &[u8], step: i64) -> String {
    // A key of any length is accepted by HMAC; this cannot fail.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else { return String::new() };
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    format!("{:0width$}", binary % 10u32.pow(DIGITS), width = DIGITS as usize)
}

/// The time step of Unix time `seconds`.
fn step_of(seconds: i64) -> i64 {
    seconds.div_euclid(STEP)
}

/// The step within the accepted drift whose code `code` is, if any (compared in constant
/// time for each step).
fn matching_step(secret: &[u8], code: &str, now: i64) -> Option<i64> {
    let code = code.trim();
    if code.len() != DIGITS as usize || !code.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let current = step_of(now);
    (current - DRIFT..=current + DRIFT).find(|step| {
        let expected = code_at(secret, *step);
        expected.bytes().zip(code.bytes()).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
    })
}

fn otpauth_uri(secret: &str, account: &str) -> String {
    let label = format!("{ISSUER}:{account}");
    format!(
        "otpauth://totp/{}?secret={secret}&issuer={ISSUER}&algorithm=SHA1&digits={DIGITS}&period={STEP}",
        percent_encode(&label)
    )
}

/// `uri` as a QR code the console shows (SVG, drawn here: the page loads no QR library).
fn qr_svg(uri: &str) -> AppResult<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|error| AppError::internal(anyhow::anyhow!("{error}")))?;
    Ok(code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build())
}

/// RFC 3986 percent-encoding of everything but unreserved characters.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

fn hash(code: &str) -> String {
    let normalised: String =
        code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    Sha256::digest(normalised.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// A recovery code: 60 random bits as `xxxx-xxxx-xxxx` (lowercase base32).
fn recovery_code() -> String {
    let mut bytes = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let text = BASE32_NOPAD.encode(&bytes).to_ascii_lowercase();
    format!("{}-{}-{}", &text[0..4], &text[4..8], &text[8..12])
}

fn secret_bytes(credential: &totp_credential::Model) -> AppResult<Vec<u8>> {
    BASE32_NOPAD.decode(credential.secret.as_bytes()).map_err(AppError::internal)
}

/// The confirmed authenticator of `user`, if any.
pub async fn enrolled(db: &impl ConnectionTrait, user: UserId) -> AppResult<Option<totp_credential::Model>> {
    Ok(totp_credential::Entity::find_by_id(user).one(db).await?.filter(|row| row.confirmed_at.is_some()))
}

/// `setTotp(code)`: starts (no code) or confirms (a code) the caller's enrolment.
pub async fn set(db: &DatabaseConnection, viewer: &Viewer, code: Option<&str>) -> AppResult<Setup> {
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
        let mut secret = [0u8; 20];
        rand::rngs::OsRng.fill_bytes(&mut secret);
        let secret = BASE32_NOPAD.encode(&secret);
        totp_credential::Entity::delete_by_id(principal.id).exec(&txn).await?;
        totp_credential::Entity::insert(totp_credential::ActiveModel {
            user_id: Set(principal.id),
            secret: Set(secret.clone()),
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
    let step = matching_step(&secret_bytes(&pending)?, code, Utc::now().timestamp()).ok_or_else(|| {
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
        code_hash: Set(hash(code)),
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
pub async fn check_login(db: &impl ConnectionTrait, user: UserId, code: Option<&str>) -> AppResult<()> {
    let Some(credential) = enrolled(db, user).await? else { return Ok(()) };
    let Some(code) = code.map(str::trim).filter(|code| !code.is_empty()) else {
        return Err(AppError::TotpRequired);
    };
    let refused = || AppError::bad_input("totpCode", "Code de vérification incorrect ou déjà utilisé.");
    if let Some(step) = matching_step(&secret_bytes(&credential)?, code, Utc::now().timestamp()) {
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
        .filter(totp_recovery_code::Column::CodeHash.eq(hash(code)))
        .filter(totp_recovery_code::Column::UsedAt.is_null())
        .exec(db)
        .await?;
    if spent.rows_affected == 1 {
        audit::record(db, AuditEntry::new("login.recovery_code").actor(user)).await?;
        return Ok(());
    }
    Err(refused())
}

/// The départements where `principal` works: its brigade's, its communes', those it
/// administers, its organisation's.
async fn departments_of(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<Vec<String>> {
    Ok(match principal.role {
        Role::Resident => Vec::new(),
        Role::BrigadeStaff => match principal.brigade {
            Some(id) => brigade::Entity::find_by_id(id)
                .one(db)
                .await?
                .and_then(|row| row.department)
                .into_iter()
                .collect(),
            None => Vec::new(),
        },
        Role::Coordinator => principal
            .coordinated
            .iter()
            .map(|commune| crate::zone::departement_of_commune(commune).to_owned())
            .collect(),
        Role::Admin => match &principal.reach {
            Reach::Departments(codes) => codes.clone(),
            Reach::National | Reach::Nothing => Vec::new(),
        },
        Role::Partner => match principal.organisation {
            Some(id) => partner_organisation::Entity::find_by_id(id)
                .one(db)
                .await?
                .map(|row| row.department)
                .into_iter()
                .collect(),
            None => Vec::new(),
        },
    })
}

/// Whether `user` must enrol a second factor before anything else: a desk account of a
/// département that requires it, not enrolled yet (read with the viewer, on every request:
/// a requirement or an enrolment takes effect at once).
pub async fn must_enrol(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<bool> {
    let departments = departments_of(db, principal).await?;
    if departments.is_empty() {
        return Ok(false);
    }
    let required = totp_requirement::Entity::find()
        .filter(totp_requirement::Column::Department.is_in(departments))
        .count(db)
        .await?;
    Ok(required > 0 && enrolled(db, principal.id).await?.is_none())
}

/// `requireTotp(departement, required)`: an admin of the département makes the second factor
/// compulsory (or optional again) for its staff, coordinators, admins and partners; those not
/// enrolled may then only enrol, read themselves and sign out.
pub async fn require(
    db: &DatabaseConnection,
    viewer: &Viewer,
    departement: &str,
    required: bool,
    client_ip: Option<std::net::IpAddr>,
) -> AppResult<bool> {
    let principal = policy::require_totp(viewer, departement)?;
    let txn = crate::db::write(db).await?;
    totp_requirement::Entity::delete_by_id(departement.to_owned()).exec(&txn).await?;
    if required {
        totp_requirement::Entity::insert(totp_requirement::ActiveModel {
            department: Set(departement.to_owned()),
            required_since: Set(Utc::now()),
        })
        .exec_without_returning(&txn)
        .await?;
    }
    let entry = AuditEntry::new("departement.totp_required")
        .actor(principal.id)
        .client_ip(client_ip)
        .detail(json!({ "departement": departement, "required": required }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(required)
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

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 test vectors (8 digits there; their last 6 here).
    #[test]
    fn the_rfc_6238_test_vectors() {
        let secret = b"12345678901234567890";
        for (time, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_at(secret, step_of(time)), eight[2..], "T = {time}");
        }
    }

    #[test]
    fn a_code_matches_within_one_step_of_drift_only() {
        let secret = b"12345678901234567890";
        let now = 1_111_111_111;
        let current = step_of(now);
        assert_eq!(matching_step(secret, &code_at(secret, current), now), Some(current));
        assert_eq!(matching_step(secret, &code_at(secret, current - 1), now), Some(current - 1));
        assert_eq!(matching_step(secret, &code_at(secret, current + 1), now), Some(current + 1));
        assert_eq!(matching_step(secret, &code_at(secret, current - 2), now), None);
        for wrong in ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦"] {
            assert_eq!(matching_step(secret, wrong, now), None, "{wrong}");
        }
    }

    #[test]
    fn the_uri_follows_the_key_uri_format() {
        let uri = otpauth_uri("JBSWY3DPEHPK3PXP", "agent.dupont@gendarmerie.interieur.gouv.fr");
        assert_eq!(
            uri,
            "otpauth://totp/Vigie%3Aagent.dupont%40gendarmerie.interieur.gouv.fr?secret=JBSWY3DPEHPK3PXP&issuer=Vigie&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn the_qr_code_is_an_svg_document() {
        let svg =
            qr_svg("otpauth://totp/Vigie%3Aa%40b.fr?secret=JBSWY3DPEHPK3PXP&issuer=Vigie").expect("svg");
        assert!(svg.contains("<svg") && svg.contains("</svg>"), "{svg}");
    }

    #[test]
    fn recovery_codes_are_read_however_they_are_typed() {
        let code = recovery_code();
        assert_eq!(code.len(), 14);
        assert_eq!(hash(&code), hash(&code.to_uppercase().replace('-', " ")));
    }
}
