//! Départements where two-factor sign-in is compulsory for desk accounts: set by their
//! admins, read with every desk request's viewer.

use chrono::Utc;
use entity::{enums::Role, totp_requirement};
use sea_orm::{ActiveValue::Set, ConnectionTrait, DatabaseConnection, EntityTrait, QuerySelect};
use serde_json::json;

use super::enrolled;
use crate::{
    department,
    error::{AppError, AppResult},
    identity::{
        Principal, Reach, Viewer,
        account_state::footprint_of,
        audit::{self, AuditEntry},
        policy,
    },
};

/// Whether `user` must enrol a second factor before anything else: a desk account of a
/// département that requires it, not enrolled yet (read with the viewer, on every request:
/// a requirement or an enrolment takes effect at once). The requirements are read first, as
/// a whole (one row per département that has one: a hundred at most): where none applies —
/// most deployments — that is the request's only extra read; a desk account of a
/// département that requires it also reads its footprint and its credential (primary keys).
pub async fn must_enrol(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<bool> {
    if principal.role == Role::Resident {
        return Ok(false);
    }
    let required: Vec<String> = totp_requirement::Entity::find()
        .select_only()
        .column(totp_requirement::Column::Department)
        .into_tuple()
        .all(db)
        .await?;
    if required.is_empty() {
        return Ok(false);
    }
    // A national admin, or an account attached to no département, answers to none.
    let Reach::Departments(departments) = footprint_of(db, principal).await? else { return Ok(false) };
    if !departments.iter().any(|code| required.contains(code)) {
        return Ok(false);
    }
    Ok(enrolled(db, principal.id).await?.is_none())
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
    // Checked before anything is written: the column holds an INSEE code, nothing longer.
    if !department::is_valid(departement) {
        return Err(AppError::bad_input("departement", "Code de département INSEE inconnu."));
    }
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
