//! Accounts that stand for no one: what anonymised reports point to instead of their
//! reporter, and who Vigie's own automatic steps (an escalation) are recorded as. Disabled,
//! resident (no power), and no password verifies against them; created on first use.

use chrono::Utc;
use entity::{app_user, enums::Role};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};

use crate::{error::AppResult, ids::UserId};

/// A placeholder account.
#[derive(Clone, Copy, Debug)]
pub struct Placeholder {
    pub id: UserId,
    email: &'static str,
    display_name: &'static str,
}

/// Anonymised reports' reporter.
pub const ANONYMOUS: Placeholder = Placeholder {
    id: crate::ids::ANONYMOUS_REPORTER,
    email: "compte-supprime@vigie.invalid",
    display_name: "Compte supprimé",
};

/// Vigie itself, the actor of automatic events.
pub const SYSTEM: Placeholder = Placeholder {
    id: crate::ids::SYSTEM_ACTOR,
    email: "systeme@vigie.invalid",
    display_name: "Vigie (automatique)",
};

/// Creates `placeholder` if it is missing; returns its id.
pub async fn ensure(txn: &impl ConnectionTrait, placeholder: Placeholder) -> AppResult<UserId> {
    if app_user::Entity::find_by_id(placeholder.id).one(txn).await?.is_some() {
        return Ok(placeholder.id);
    }
    let now = Utc::now();
    app_user::Entity::insert(app_user::ActiveModel {
        id: Set(placeholder.id),
        email: Set(placeholder.email.to_owned()),
        // Not a hash of anything: no password verifies against it.
        password_hash: Set(super::credentials::unusable_hash()),
        display_name: Set(placeholder.display_name.to_owned()),
        phone: Set(None),
        role: Set(Role::Resident),
        commune_code: Set(None),
        brigade_id: Set(None),
        enrolment_status: Set(None),
        sms_alerts: Set(false),
        disabled_at: Set(Some(now)),
        national_admin: Set(false),
        title: Set(None),
        quiet_start: Set(None),
        quiet_end: Set(None),
        commander: Set(false),
        rank: Set(None),
        organisation_id: Set(None),
        session_epoch: Set(0),
        created_at: Set(now),
        updated_at: Set(now),
    })
    .exec_without_returning(txn)
    .await?;
    Ok(placeholder.id)
}
