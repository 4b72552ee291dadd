//! Who may do what in partnership work, where the answer depends on data: the commune a
//! staff member is référent of, the brigade that covers a commune, the members of a case.
//! Role checks come first, through `identity::policy`; a case or request the caller may
//! not see is reported as missing.

use entity::{app_user, commune, enums::Role, problem_case, problem_case_member, referent_assignment};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect};

use crate::{
    department,
    error::{AppError, AppResult},
    identity::{Principal, Viewer},
    ids::{BrigadeId, CaseId, UserId},
};

/// The communes `user` is currently référent of.
pub async fn referent_communes(db: &impl ConnectionTrait, user: UserId) -> AppResult<Vec<String>> {
    Ok(referent_assignment::Entity::find()
        .select_only()
        .column(referent_assignment::Column::CommuneCode)
        .filter(referent_assignment::Column::UserId.eq(user))
        .filter(referent_assignment::Column::EndedAt.is_null())
        .into_tuple()
        .all(db)
        .await?)
}

/// The current référent of `commune`, if any.
pub async fn current_referent(db: &impl ConnectionTrait, commune: &str) -> AppResult<Option<UserId>> {
    Ok(referent_assignment::Entity::find()
        .select_only()
        .column(referent_assignment::Column::UserId)
        .filter(referent_assignment::Column::CommuneCode.eq(commune))
        .filter(referent_assignment::Column::EndedAt.is_null())
        .into_tuple()
        .one(db)
        .await?)
}

/// The staff caller, if they are a référent of some commune or their brigade's commander:
/// the brigade's voice in partnership work.
pub async fn brigade_voice(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<BrigadeId> {
    let Some(brigade) = principal.brigade.filter(|_| principal.role == Role::BrigadeStaff) else {
        return Err(AppError::Forbidden);
    };
    if principal.commander || !referent_communes(db, principal.id).await?.is_empty() {
        Ok(brigade)
    } else {
        Err(AppError::Forbidden)
    }
}

/// Who may register partner organisations and their members in département
/// `department`: an admin reaching it, a référent of one of its communes, or the commander
/// of one of its brigades.
pub async fn partner_steward(
    db: &impl ConnectionTrait,
    principal: &Principal,
    department: &str,
) -> AppResult<()> {
    of_departement(db, principal, department, true).await
}

/// `ProblemCase.lead` with its contact: everyone a case shows it to but partners, who see
/// the lead as a member (name, role, brigade).
pub fn sees_lead_contact(viewer: &Viewer) -> bool {
    viewer.principal().is_ok_and(|principal| principal.role != Role::Partner)
}

/// Who may list a département's partner organisations: admins within reach, and staff of a
/// brigade of that département or référents of one of its communes.
pub async fn partner_reader(
    db: &impl ConnectionTrait,
    principal: &Principal,
    department: &str,
) -> AppResult<()> {
    of_departement(db, principal, department, false).await
}

/// An admin reaching `department`, staff of one of its brigades (its commander only, with
/// `commanders_only`), or a référent of one of its communes.
async fn of_departement(
    db: &impl ConnectionTrait,
    principal: &Principal,
    department: &str,
    commanders_only: bool,
) -> AppResult<()> {
    match principal.role {
        Role::Admin if principal.reach.covers(department) => Ok(()),
        Role::BrigadeStaff => {
            if (principal.commander || !commanders_only)
                && let Some(brigade) = principal.brigade
                && entity::brigade::Entity::find_by_id(brigade)
                    .one(db)
                    .await?
                    .is_some_and(|row| row.department.as_deref() == Some(department))
            {
                return Ok(());
            }
            let communes = referent_communes(db, principal.id).await?;
            if communes.iter().any(|code| department::of_commune(code) == department) {
                Ok(())
            } else {
                Err(AppError::Forbidden)
            }
        }
        _ => Err(AppError::Forbidden),
    }
}

/// The active commanders of `brigade`.
pub async fn commanders(db: &impl ConnectionTrait, brigade: BrigadeId) -> AppResult<Vec<UserId>> {
    Ok(app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .filter(app_user::Column::BrigadeId.eq(brigade))
        .filter(app_user::Column::Role.eq(Role::BrigadeStaff))
        .filter(app_user::Column::Commander.eq(true))
        .filter(app_user::Column::DisabledAt.is_null())
        .into_tuple()
        .all(db)
        .await?)
}

/// How a caller stands towards a problem case.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum CaseRole {
    /// Its lead référent, or the commander of its brigade: runs it.
    Manager,
    /// A staff member of its brigade who is a member: sees reports by id.
    BrigadeMember,
    /// Any other member (coordinator, partner, staff of another brigade): coarse view.
    Member,
}

impl CaseRole {
    pub fn manages(self) -> bool {
        self == Self::Manager
    }

    /// Whether report ids (and through them, the brigade's full view) are shown.
    pub fn sees_report_ids(self) -> bool {
        matches!(self, Self::Manager | Self::BrigadeMember)
    }
}

/// How `principal` stands towards `case`, if at all.
pub async fn case_role(
    db: &impl ConnectionTrait,
    principal: &Principal,
    case: &problem_case::Model,
) -> AppResult<Option<CaseRole>> {
    let own_brigade = principal.role == Role::BrigadeStaff && principal.brigade == Some(case.brigade_id);
    if own_brigade && (case.lead_id == principal.id || principal.commander) {
        return Ok(Some(CaseRole::Manager));
    }
    let mut membership =
        problem_case_member::Entity::find().filter(problem_case_member::Column::CaseId.eq(case.id));
    membership = match (principal.role, principal.organisation) {
        (Role::Partner, Some(organisation)) => {
            membership.filter(problem_case_member::Column::OrganisationId.eq(organisation))
        }
        (Role::Partner, None) | (Role::Resident, _) | (Role::Admin, _) => return Ok(None),
        _ => membership.filter(problem_case_member::Column::UserId.eq(principal.id)),
    };
    if membership.count(db).await? == 0 {
        return Ok(None);
    }
    Ok(Some(if own_brigade { CaseRole::BrigadeMember } else { CaseRole::Member }))
}

/// The case `id` as `principal` may see it, else `NOT_FOUND`.
pub async fn visible_case(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: CaseId,
) -> AppResult<(problem_case::Model, CaseRole)> {
    let case = problem_case::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound("Dossier"))?;
    match case_role(db, principal, &case).await? {
        Some(role) => Ok((case, role)),
        None => Err(AppError::NotFound("Dossier")),
    }
}

/// Whether `principal` may designate the référents of `commune`: the commander of a brigade
/// covering it, or an admin reaching it.
pub async fn may_designate(
    db: &sea_orm::DatabaseConnection,
    principal: &Principal,
    commune: &entity::commune::Model,
) -> AppResult<()> {
    match (principal.role, principal.brigade) {
        (Role::Admin, _) if principal.reach.covers_commune(&commune.code) => Ok(()),
        (Role::BrigadeStaff, Some(brigade))
            if principal.commander
                && crate::notify::coverage::brigade_covers(db, brigade, commune).await? =>
        {
            Ok(())
        }
        _ => Err(AppError::Forbidden),
    }
}

/// The brigade a case opened by `principal` belongs to: they must be brigade staff and
/// référent of some commune.
pub async fn case_opener(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<BrigadeId> {
    let brigade =
        principal.brigade.filter(|_| principal.role == Role::BrigadeStaff).ok_or(AppError::Forbidden)?;
    if referent_communes(db, principal.id).await?.is_empty() {
        return Err(AppError::Forbidden);
    }
    Ok(brigade)
}

/// Whose security requests a caller reads.
pub enum RequestReader {
    /// A coordinator: those of their communes.
    Coordinator,
    /// Brigade staff: those addressed to their brigade (see [`brigade_voice`]).
    Brigade(BrigadeId),
}

/// That a member of the brigade may open a security request with a commune's officials:
/// the commune's référent (`referent`), or the commander of the brigade its requests go to.
pub fn opens_for_brigade(
    principal: &Principal,
    referent: Option<UserId>,
    brigade: Option<BrigadeId>,
) -> AppResult<()> {
    let commands = principal.commander && principal.brigade.is_some() && principal.brigade == brigade;
    if referent == Some(principal.id) || commands { Ok(()) } else { Err(AppError::Forbidden) }
}

/// How `principal` reads security requests (anyone else: `FORBIDDEN`).
pub async fn request_reader(db: &impl ConnectionTrait, principal: &Principal) -> AppResult<RequestReader> {
    match principal.role {
        Role::Coordinator => Ok(RequestReader::Coordinator),
        Role::BrigadeStaff => Ok(RequestReader::Brigade(brigade_voice(db, principal).await?)),
        _ => Err(AppError::Forbidden),
    }
}

/// The case `id` if `principal` runs it (else `NOT_FOUND` or `FORBIDDEN`).
pub async fn managed_case(
    db: &impl ConnectionTrait,
    principal: &Principal,
    id: CaseId,
) -> AppResult<problem_case::Model> {
    let (case, role) = visible_case(db, principal, id).await?;
    if role.manages() { Ok(case) } else { Err(AppError::Forbidden) }
}

/// The commune `code`, or `BAD_USER_INPUT` on `field`.
pub async fn commune(db: &impl ConnectionTrait, code: &str, field: &str) -> AppResult<commune::Model> {
    commune::Entity::find_by_id(code.trim().to_owned())
        .one(db)
        .await?
        .ok_or_else(|| AppError::bad_input(field, format!("Commune {} inconnue.", code.trim())))
}
