//! Partner organisations (bailleurs sociaux, transporteurs, établissements scolaires,
//! associations, services municipaux) and their members' accounts (role PARTNER), kept by
//! admins and by the référents of the organisation's département. A member created by a
//! référent receives a one-time code to choose their password.

use chrono::{DateTime, Utc};
use entity::{
    app_user,
    enums::{EnrolmentStatus, PartnerKind, Role},
    partner_organisation,
};
use rand::Rng;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
};

use super::access;
use crate::{
    department,
    error::{AppError, AppResult},
    identity::{Email, Password, Reach, Viewer, accounts, actor::Actor, password_reset, phone::Phone},
    ids::OrganisationId,
};

/// Most organisations of one département (what `partnerOrganisations` is priced at).
pub const MAX_ORGANISATIONS: u64 = 200;
/// Most member accounts of one organisation, disabled ones included.
pub const MAX_ACCOUNTS: u64 = 100;

/// An organisation to create (no id) or rename.
#[derive(Debug)]
pub struct OrganisationInput {
    pub id: Option<OrganisationId>,
    pub name: String,
    pub kind: PartnerKind,
    pub department: String,
}

pub async fn save(
    db: &DatabaseConnection,
    viewer: &Viewer,
    input: OrganisationInput,
) -> AppResult<partner_organisation::Model> {
    let principal = viewer.principal()?;
    let department = input.department.trim().to_owned();
    if !department::is_valid(&department) {
        return Err(AppError::bad_input("departement", "Département inconnu."));
    }
    access::partner_steward(db, principal, &department).await?;
    if input.id.is_none() {
        let count = partner_organisation::Entity::find()
            .filter(partner_organisation::Column::Department.eq(&department))
            .count(db)
            .await?;
        if count >= MAX_ORGANISATIONS {
            return Err(AppError::Conflict(format!(
                "Ce département compte déjà {MAX_ORGANISATIONS} organisations partenaires."
            )));
        }
    }
    let name = crate::text::line_required(&input.name, "name", 200, "Donnez le nom de l'organisation.")?;
    let row = match input.id {
        Some(id) => {
            let existing = partner_organisation::Entity::find_by_id(id)
                .one(db)
                .await?
                .filter(|row| row.department == department)
                .ok_or(AppError::NotFound("Organisation"))?;
            partner_organisation::ActiveModel {
                id: Set(existing.id),
                name: Set(name),
                kind: Set(input.kind),
                ..Default::default()
            }
        }
        None => partner_organisation::ActiveModel {
            id: Set(OrganisationId::generate()),
            name: Set(name),
            kind: Set(input.kind),
            department: Set(department),
            created_by: Set(Some(principal.id)),
            created_at: Set(Utc::now()),
        },
    };
    let saved = if input.id.is_some() {
        partner_organisation::Entity::update(row).exec(db).await
    } else {
        partner_organisation::Entity::insert(row).exec_with_returning(db).await
    };
    match saved {
        Ok(row) => Ok(row),
        Err(error) if crate::db::is_unique_violation(&error) => {
            Err(AppError::Conflict("Une organisation porte déjà ce nom dans ce département.".into()))
        }
        Err(error) => Err(error.into()),
    }
}

/// The organisations of a département: for its staff and référents, and admins within reach.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    department: &str,
) -> AppResult<Vec<partner_organisation::Model>> {
    let principal = viewer.principal()?;
    let department = department.trim();
    access::partner_reader(db, principal, department).await?;
    Ok(partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Department.eq(department))
        .order_by_asc(partner_organisation::Column::Name)
        .limit(MAX_ORGANISATIONS)
        .all(db)
        .await?)
}

/// The member accounts of `organisation`, disabled ones included, by name: for the
/// stewards of its département.
pub async fn accounts(
    db: &DatabaseConnection,
    viewer: &Viewer,
    organisation: OrganisationId,
) -> AppResult<Vec<app_user::Model>> {
    let principal = viewer.principal()?;
    let organisation = partner_organisation::Entity::find_by_id(organisation)
        .one(db)
        .await?
        .ok_or(AppError::NotFound("Organisation"))?;
    access::partner_steward(db, principal, &organisation.department).await?;
    Ok(app_user::Entity::find()
        .filter(app_user::Column::OrganisationId.eq(organisation.id))
        .filter(app_user::Column::Role.eq(Role::Partner))
        .order_by_asc(app_user::Column::DisplayName)
        .order_by_asc(app_user::Column::Id)
        .limit(MAX_ACCOUNTS)
        .all(db)
        .await?)
}

/// A member to give an account.
#[derive(Debug)]
pub struct NewPartner {
    pub email: String,
    pub display_name: String,
    pub phone: Option<String>,
    pub organisation: OrganisationId,
}

/// Creates a PARTNER account and a one-time code (valid 24 h) for its owner to choose a
/// password with `resetPassword`.
pub async fn create_member(
    db: &DatabaseConnection,
    viewer: &Viewer,
    client_ip: Option<std::net::IpAddr>,
    input: NewPartner,
) -> AppResult<(app_user::Model, String, DateTime<Utc>)> {
    let principal = viewer.principal()?;
    let organisation = partner_organisation::Entity::find_by_id(input.organisation)
        .one(db)
        .await?
        .ok_or_else(|| AppError::bad_input("organisationId", "Organisation partenaire inconnue."))?;
    access::partner_steward(db, principal, &organisation.department).await?;
    let members = app_user::Entity::find()
        .filter(app_user::Column::OrganisationId.eq(organisation.id))
        .filter(app_user::Column::Role.eq(Role::Partner))
        .count(db)
        .await?;
    if members >= MAX_ACCOUNTS {
        return Err(AppError::Conflict(format!("Cette organisation compte déjà {MAX_ACCOUNTS} comptes.")));
    }
    // The steward acts with the reach of that département only.
    let reach = Reach::Departments(vec![organisation.department.clone()]);
    let account = accounts::NewAccount {
        email: Email::parse(&input.email, "email")?,
        password: Password::new(unguessable(), "password")?.into(),
        display_name: input.display_name,
        phone: Phone::parse_optional(input.phone.as_deref(), "phone")?,
        role: Role::Partner,
        brigade_code: None,
        commune_codes: Vec::new(),
        enrolment: EnrolmentStatus::Approved,
        reach: Reach::Nothing,
        title: None,
        organisation: Some(organisation.id),
    };
    let origin = accounts::Origin { actor: Some(principal.id), client_ip, reach: reach.clone() };
    let user = accounts::create_account(db, account, origin).await?;
    let actor = Actor { id: Some(principal.id), reach, client_ip };
    let (code, expires_at) = password_reset::issue(db, &actor, user.id).await?;
    Ok((user, code, expires_at))
}

/// A password nobody knows (the owner sets theirs with the code).
fn unguessable() -> String {
    const ALPHABET: &[u8] = b"abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";
    let mut rng = rand::thread_rng();
    (0..40).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}
