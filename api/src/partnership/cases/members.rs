//! Members of a problem case: accounts (coordinators of the sector, staff) and partner
//! organisations, who hear that they were added.

use chrono::Utc;
use entity::{
    app_user,
    enums::{NotificationKind, Role},
    partner_organisation, problem_case, problem_case_member,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};
use uuid::Uuid;

use crate::{
    error::{AppError, AppResult},
    identity::Viewer,
    ids::{CaseId, OrganisationId, UserId},
    notify::{self, Message},
};

use super::{open_managed, partners_of, scope_of, within};

/// Most members of one case.
pub const MAX_MEMBERS: u64 = 100;

/// Who to add: an account or an organisation.
#[derive(Clone, Copy, Debug)]
pub enum NewMember {
    User(UserId),
    Organisation(OrganisationId),
}

/// Adds a member (the case's manager): a coordinator of a sector commune, a staff member,
/// or a partner organisation of the brigade's département. The new member hears of it.
pub async fn add_member(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    member: NewMember,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let (communes, _) = scope_of(db, case.id).await?;
    let (user_id, organisation_id, recipients) = match member {
        NewMember::User(user) => {
            let account = app_user::Entity::find_by_id(user)
                .filter(app_user::Column::DisabledAt.is_null())
                .one(db)
                .await?;
            let fits = match account.as_ref().map(|account| account.role) {
                Some(Role::Coordinator) => {
                    let theirs = crate::territory::people::coordinated_communes(db, user).await?;
                    theirs.iter().any(|code| communes.contains(code))
                }
                Some(Role::BrigadeStaff) => true,
                _ => false,
            };
            if !fits {
                return Err(AppError::bad_input(
                    "userId",
                    "Ajoutez un coordinateur du secteur ou un membre d'une brigade ; un partenaire, par son organisation.",
                ));
            }
            (Some(user), None, vec![user])
        }
        NewMember::Organisation(organisation) => {
            let known = partner_organisation::Entity::find_by_id(organisation).one(db).await?;
            let department = communes.first().map(|code| crate::department::of_commune(code).to_owned());
            if known.as_ref().map(|row| Some(row.department.clone())) != Some(department) {
                return Err(AppError::bad_input(
                    "organisationId",
                    "Organisation partenaire inconnue dans ce département.",
                ));
            }
            (None, Some(organisation), partners_of(db, vec![organisation]).await?)
        }
    };
    let mut already =
        problem_case_member::Entity::find().filter(problem_case_member::Column::CaseId.eq(case.id));
    already = match member {
        NewMember::User(user) => already.filter(problem_case_member::Column::UserId.eq(user)),
        NewMember::Organisation(organisation) => {
            already.filter(problem_case_member::Column::OrganisationId.eq(organisation))
        }
    };
    if already.count(db).await? > 0 {
        return Ok(case);
    }
    let count = problem_case_member::Entity::find()
        .filter(problem_case_member::Column::CaseId.eq(case.id))
        .count(db)
        .await?;
    within(count, MAX_MEMBERS, "membres")?;
    let txn = crate::db::write(db).await?;
    problem_case_member::Entity::insert(problem_case_member::ActiveModel {
        id: Set(Uuid::now_v7()),
        case_id: Set(case.id),
        user_id: Set(user_id),
        organisation_id: Set(organisation_id),
        added_at: Set(Utc::now()),
    })
    .exec_without_returning(&txn)
    .await?;
    let message = Message::new(
        NotificationKind::ProblemCase,
        "Vous participez à un dossier de partenariat",
        "Ouvrez Vigie pour consulter le dossier.",
    )
    .subject(case.id);
    notify::deliver(&txn, &recipients, &message).await?;
    txn.commit().await?;
    Ok(case)
}

/// Removes a member.
pub async fn remove_member(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    member: NewMember,
) -> AppResult<problem_case::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let mut delete =
        problem_case_member::Entity::delete_many().filter(problem_case_member::Column::CaseId.eq(case.id));
    delete = match member {
        NewMember::User(user) => delete.filter(problem_case_member::Column::UserId.eq(user)),
        NewMember::Organisation(organisation) => {
            delete.filter(problem_case_member::Column::OrganisationId.eq(organisation))
        }
    };
    delete.exec(db).await?;
    Ok(case)
}
