//! Who a case's manager may add, so a console offers a choice rather than an id to type:
//! the coordinators of the sector's communes, the staff of the case's brigade and the
//! partner organisations of its département — active, and not members already. The same
//! rules as [`super::add_member`] (which still checks every addition).

use std::collections::HashSet;

use entity::{app_user, coordinator_commune, enums::Role, partner_organisation, problem_case_member};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};

use super::{open_managed, scope_of};
use crate::{
    error::AppResult,
    identity::Viewer,
    ids::{CaseId, UserId},
};

/// Most candidates of each kind offered (a brigade, a sector's coordinators and a
/// département's organisations stay well below it).
pub const MAX_CANDIDATES: u64 = 200;

/// Someone the manager may add.
pub enum Candidate {
    Person(app_user::Model),
    Organisation(partner_organisation::Model),
}

/// The candidates of case `id`, people first (by name), then organisations (by name).
pub async fn candidates(db: &DatabaseConnection, viewer: &Viewer, id: CaseId) -> AppResult<Vec<Candidate>> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let (communes, _) = scope_of(db, case.id).await?;
    let members = problem_case_member::Entity::find()
        .filter(problem_case_member::Column::CaseId.eq(case.id))
        .all(db)
        .await?;
    let member_users: HashSet<_> = members.iter().filter_map(|member| member.user_id).collect();
    let member_organisations: HashSet<_> =
        members.iter().filter_map(|member| member.organisation_id).collect();

    let coordinators: Vec<UserId> = coordinator_commune::Entity::find()
        .select_only()
        .column(coordinator_commune::Column::UserId)
        .filter(coordinator_commune::Column::CommuneCode.is_in(communes.clone()))
        .distinct()
        .limit(MAX_CANDIDATES)
        .into_tuple()
        .all(db)
        .await?;
    let people = app_user::Entity::find()
        .filter(app_user::Column::DisabledAt.is_null())
        .filter(
            Condition::any()
                .add(
                    Condition::all()
                        .add(app_user::Column::Id.is_in(coordinators))
                        .add(app_user::Column::Role.eq(Role::Coordinator)),
                )
                .add(
                    Condition::all()
                        .add(app_user::Column::BrigadeId.eq(case.brigade_id))
                        .add(app_user::Column::Role.eq(Role::BrigadeStaff)),
                ),
        )
        .order_by_asc(app_user::Column::DisplayName)
        .order_by_asc(app_user::Column::Id)
        .limit(MAX_CANDIDATES * 2)
        .all(db)
        .await?;
    let department =
        communes.first().map(|code| crate::department::of_commune(code).to_owned()).unwrap_or_default();
    let organisations = partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Department.eq(department))
        .order_by_asc(partner_organisation::Column::Name)
        .limit(MAX_CANDIDATES)
        .all(db)
        .await?;
    Ok(people
        .into_iter()
        .filter(|person| person.id != case.lead_id && !member_users.contains(&person.id))
        .map(Candidate::Person)
        .chain(
            organisations
                .into_iter()
                .filter(|organisation| !member_organisations.contains(&organisation.id))
                .map(Candidate::Organisation),
        )
        .collect())
}
