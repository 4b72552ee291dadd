//! Creating accounts. Residents register themselves (identity issue); staff, coordinators
//! and admins are created by operators (`vigie user create`) or the demo seed.

use chrono::Utc;
use entity::{
    admin_department, app_user, brigade, commune, coordinator_commune,
    enums::{CoordinatorTitle, EnrolmentStatus, Role},
};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter,
};

use serde_json::json;

use super::{
    Email, Password, Reach,
    audit::{self, AuditEntry},
    phone::Phone,
};
use crate::{
    department,
    error::{AppError, AppResult},
    ids::UserId,
};

/// Who creates an account, for the audit trail.
#[derive(Clone, Debug)]
pub struct Origin {
    /// The admin who created it (`None`: self-registration, the command line, the seed).
    pub actor: Option<UserId>,
    pub client_ip: Option<std::net::IpAddr>,
    /// What the creator administers: the account's brigade, communes and (for an admin)
    /// départements must lie within it. The command line and the seed reach everything.
    pub reach: Reach,
}

impl Origin {
    /// An operator at the command line (or the seed): national reach, no actor.
    pub fn operator() -> Self {
        Self { actor: None, client_ip: None, reach: Reach::National }
    }
}

/// Everything needed to create an account.
#[derive(Debug)]
pub struct NewAccount {
    pub email: Email,
    pub password: NewPassword,
    pub display_name: String,
    pub phone: Option<Phone>,
    pub role: Role,
    /// BRIGADE_STAFF: the brigade's code.
    pub brigade_code: Option<String>,
    /// RESIDENT: exactly one; COORDINATOR: one or more.
    pub commune_codes: Vec<String>,
    /// RESIDENT: the enrolment status to start with.
    pub enrolment: EnrolmentStatus,
    /// ADMIN: what they administer (national, or one or more départements).
    pub reach: Reach,
    /// COORDINATOR: maire, adjoint or citoyen référent.
    pub title: Option<CoordinatorTitle>,
    /// PARTNER: their partner organisation.
    pub organisation: Option<crate::ids::OrganisationId>,
}

/// The password of a new account: as typed (hashed here), or already hashed (a
/// registration proven by e-mail keeps only the hash while it waits).
#[derive(Debug)]
pub enum NewPassword {
    Typed(Password),
    Hashed(String),
}

impl From<Password> for NewPassword {
    fn from(password: Password) -> Self {
        Self::Typed(password)
    }
}

/// Creates the account, its scopes and its audit entry (a role grant) in one transaction.
/// A taken email is `CONFLICT`.
pub async fn create_account(
    db: &DatabaseConnection,
    account: NewAccount,
    origin: Origin,
) -> AppResult<app_user::Model> {
    let prepared = prepare(db, account, origin).await?;
    let txn = crate::db::write(db).await?;
    let user = prepared.insert(&txn).await?;
    txn.commit().await?;
    Ok(user)
}

/// An account checked and ready to insert (its password hashed): the caller writes it in
/// its own transaction, beside what must commit with it.
#[derive(Debug)]
pub struct Prepared {
    pub email: Email,
    pub password_hash: String,
    /// Cleaned.
    pub display_name: String,
    pub phone: Option<Phone>,
    pub role: Role,
    /// A resident's commune.
    pub commune_code: Option<String>,
    brigade_id: Option<crate::ids::BrigadeId>,
    enrolment: EnrolmentStatus,
    title: Option<CoordinatorTitle>,
    organisation_id: Option<crate::ids::OrganisationId>,
    commune_codes: Vec<String>,
    reach: Reach,
    origin: Origin,
}

/// Checks `account` against the territory and the creator's reach, and hashes its password.
pub async fn prepare(db: &DatabaseConnection, account: NewAccount, origin: Origin) -> AppResult<Prepared> {
    let display_name =
        crate::text::clean_line(&account.display_name, "displayName", 100)?.ok_or_else(|| {
            AppError::bad_input("displayName", "Le nom affiché doit compter de 1 à 100 caractères.")
        })?;
    let brigade_id = match (account.role, &account.brigade_code) {
        (Role::BrigadeStaff, Some(code)) => Some(
            brigade::Entity::find()
                .filter(brigade::Column::Code.eq(code))
                .one(db)
                .await?
                // A brigade beyond the creator's reach is as unknown as a missing one.
                .filter(|row| row.department.as_deref().is_some_and(|code| origin.reach.covers(code)))
                .ok_or_else(|| AppError::bad_input("brigade", format!("Brigade {code} inconnue.")))?
                .id,
        ),
        (Role::BrigadeStaff, None) => {
            return Err(AppError::bad_input("brigade", "Un membre de brigade doit avoir une brigade."));
        }
        _ => None,
    };
    let organisation_id = match (account.role, account.organisation) {
        (Role::Partner, Some(id)) => Some(
            entity::partner_organisation::Entity::find_by_id(id)
                .one(db)
                .await?
                // An organisation beyond the creator's reach is as unknown as a missing one.
                .filter(|row| origin.reach.covers(&row.department))
                .ok_or_else(|| AppError::bad_input("organisationId", "Organisation partenaire inconnue."))?
                .id,
        ),
        (Role::Partner, None) => {
            return Err(AppError::bad_input(
                "organisationId",
                "Un partenaire appartient à une organisation.",
            ));
        }
        _ => None,
    };
    // A coordinator's phone is where intervention alerts go by SMS.
    if account.role == Role::Coordinator && account.phone.as_ref().is_some_and(|phone| !phone.is_mobile()) {
        return Err(AppError::bad_input(
            "phone",
            "Ce numéro ne peut pas recevoir de SMS : indiquez un numéro de téléphone mobile.",
        ));
    }
    let commune_code = scoped_communes(db, account.role, &account.commune_codes, &origin.reach).await?;
    let reach = admin_reach(account.role, account.reach, &origin.reach)?;
    let password_hash = match account.password {
        NewPassword::Typed(password) => password.hash().await?,
        NewPassword::Hashed(hash) => hash,
    };
    Ok(Prepared {
        email: account.email,
        password_hash,
        display_name,
        phone: account.phone,
        role: account.role,
        commune_code,
        brigade_id,
        enrolment: account.enrolment,
        title: account.title,
        organisation_id,
        commune_codes: account.commune_codes,
        reach,
        origin,
    })
}

impl Prepared {
    /// Inserts the account, its scopes and its audit entry with `txn`; a taken email is
    /// `CONFLICT`.
    pub async fn insert(self, txn: &crate::db::Write) -> AppResult<app_user::Model> {
        let Self {
            email,
            password_hash,
            display_name,
            phone,
            role,
            commune_code,
            brigade_id,
            enrolment,
            title,
            organisation_id,
            commune_codes,
            reach,
            origin,
        } = self;
        let now = Utc::now();
        let row = app_user::ActiveModel {
            id: Set(UserId::generate()),
            email: Set(email.as_str().to_owned()),
            password_hash: Set(password_hash),
            display_name: Set(display_name),
            phone: Set(phone.map(Phone::into_string)),
            role: Set(role),
            commune_code: Set(commune_code),
            brigade_id: Set(brigade_id),
            enrolment_status: Set((role == Role::Resident).then_some(enrolment)),
            // Intervention alerts go to mayors and deputies; a citizen référent opts in.
            sms_alerts: Set(title != Some(CoordinatorTitle::CitizenReferent)),
            disabled_at: Set(None),
            national_admin: Set(reach == Reach::National),
            title: Set(title.filter(|_| role == Role::Coordinator)),
            quiet_start: Set(None),
            quiet_end: Set(None),
            commander: Set(false),
            rank: Set(None),
            organisation_id: Set(organisation_id),
            session_epoch: Set(0),
            created_at: Set(now),
            updated_at: Set(now),
        };
        let user = match app_user::Entity::insert(row).exec_with_returning(txn).await {
            Ok(user) => user,
            Err(error) if crate::db::is_unique_violation(&error) => {
                return Err(AppError::Conflict(
                    "Un compte existe déjà pour cette adresse électronique.".into(),
                ));
            }
            Err(error) => return Err(error.into()),
        };
        let id = user.id;
        if role == Role::Coordinator {
            let links = commune_codes.iter().map(|code| coordinator_commune::ActiveModel {
                user_id: Set(id),
                commune_code: Set(code.clone()),
            });
            coordinator_commune::Entity::insert_many(links).exec_without_returning(txn).await?;
        }
        if let Reach::Departments(codes) = &reach {
            let links = codes.iter().map(|code| admin_department::ActiveModel {
                user_id: Set(id),
                department: Set(code.clone()),
            });
            admin_department::Entity::insert_many(links).exec_without_returning(txn).await?;
        }
        let mut entry =
            AuditEntry::new("account.created").target("user", user.id.to_string()).detail(json!({
                "role": user.role.to_value(),
                "brigade": user.brigade_id,
                "communes": commune_codes,
                "departements": match &reach {
                    Reach::Departments(codes) => json!(codes),
                    Reach::National => json!("national"),
                    Reach::Nothing => json!(null),
                },
            }));
        if let Some(actor) = origin.actor {
            entry = entry.actor(actor);
        }
        entry = entry.client_ip(origin.client_ip);
        audit::record(txn, entry).await?;
        if user.role == Role::Resident
            && user.enrolment_status == Some(entity::enums::EnrolmentStatus::Pending)
            && let Some(commune) = &user.commune_code
        {
            crate::notify::hearing::enrolment::enrolment_requested(txn, commune).await?;
        }
        Ok(user)
    }
}

/// An admin's reach as asked, checked against the creator's; nothing for other roles.
fn admin_reach(role: Role, asked: Reach, creator: &Reach) -> AppResult<Reach> {
    if role != Role::Admin {
        return Ok(Reach::Nothing);
    }
    let empty = match &asked {
        Reach::Nothing => true,
        Reach::National => false,
        Reach::Departments(codes) => codes.is_empty(),
    };
    if empty {
        return Err(AppError::bad_input(
            "departements",
            "Un administrateur administre au moins un département.",
        ));
    }
    if let Reach::Departments(codes) = &asked
        && let Some(invalid) = codes.iter().find(|code| !department::is_valid(code))
    {
        return Err(AppError::bad_input(
            "departements",
            format!("{invalid} n'est pas un code de département."),
        ));
    }
    super::policy::grant_reach(creator, &asked)?;
    Ok(asked)
}

/// Checks the communes a role is scoped to (known, and within the creator's reach);
/// returns a resident's own commune.
async fn scoped_communes(
    db: &impl ConnectionTrait,
    role: Role,
    codes: &[String],
    reach: &Reach,
) -> AppResult<Option<String>> {
    let known = commune::Entity::find()
        .filter(commune::Column::Code.is_in(codes.iter().filter(|code| reach.covers_commune(code)).cloned()))
        .all(db)
        .await?;
    if let Some(unknown) = codes.iter().find(|code| !known.iter().any(|row| &row.code == *code)) {
        return Err(AppError::bad_input("communeCode", format!("Commune {unknown} inconnue.")));
    }
    match role {
        Role::Resident => match known.as_slice() {
            [commune] if commune.participating => Ok(Some(commune.code.clone())),
            [commune] => Err(AppError::CommuneNotParticipating(commune.name.clone())),
            _ => Err(AppError::bad_input("communeCode", "Un habitant est inscrit dans une seule commune.")),
        },
        Role::Coordinator if known.is_empty() => {
            Err(AppError::bad_input("communeCode", "Un coordinateur agit pour au moins une commune."))
        }
        _ => Ok(None),
    }
}
