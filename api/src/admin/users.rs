//! The accounts an admin may see: those attached to their départements (residents by
//! commune, staff by brigade, coordinators by any of their communes, admins whose every
//! département is theirs), filtered and paged for the admin console.

use entity::{
    admin_department, app_user, brigade, commune, coordinator_commune,
    enums::{EnrolmentStatus, Role},
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, ExprTrait, QueryFilter,
    sea_query::{Expr, Func, IntoCondition, Query, SelectStatement},
};

use crate::identity::actor::Actor;
use crate::{
    error::{AppError, AppResult},
    ids::BrigadeId,
    pagination::{self, Order, Page, PageRequest},
};

/// Whether an account is usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum AccountState {
    Active,
    Disabled,
}

/// What the console filters accounts by (all optional).
#[derive(Clone, Debug, Default)]
pub struct UserFilter {
    /// Only this role.
    pub role: Option<Role>,
    /// Residents of the commune and its coordinators.
    pub commune: Option<String>,
    pub brigade: Option<BrigadeId>,
    pub state: Option<AccountState>,
    pub enrolment: Option<EnrolmentStatus>,
    /// Part of the e-mail address or display name, case-insensitive.
    pub search: Option<String>,
}

/// `SELECT column FROM entity WHERE condition`, for `IN (…)` clauses.
fn select<E: EntityTrait>(entity: E, column: E::Column, condition: impl IntoCondition) -> SelectStatement {
    Query::select().column(column).from(entity).cond_where(condition).to_owned()
}

/// Accounts of `role` matching `condition`.
fn of_role(role: Role, condition: impl IntoCondition) -> Condition {
    Condition::all().add(app_user::Column::Role.eq(role)).add(condition.into_condition())
}

/// The condition selecting the accounts attached to `codes` (see the module comment).
pub fn in_departments(codes: &[String]) -> Condition {
    let codes = || codes.iter().cloned();
    let communes = select(commune::Entity, commune::Column::Code, commune::Column::Department.is_in(codes()));
    let brigades = select(brigade::Entity, brigade::Column::Id, brigade::Column::Department.is_in(codes()));
    let coordinators = select(
        coordinator_commune::Entity,
        coordinator_commune::Column::UserId,
        coordinator_commune::Column::CommuneCode.in_subquery(communes.clone()),
    );
    let (admins, department) = (admin_department::Entity, admin_department::Column::Department);
    let admins_here = select(admins, admin_department::Column::UserId, department.is_in(codes()));
    let admins_elsewhere = select(admins, admin_department::Column::UserId, department.is_not_in(codes()));
    Condition::any()
        .add(of_role(Role::Resident, app_user::Column::CommuneCode.in_subquery(communes)))
        .add(of_role(Role::BrigadeStaff, app_user::Column::BrigadeId.in_subquery(brigades)))
        .add(of_role(Role::Coordinator, app_user::Column::Id.in_subquery(coordinators)))
        .add(of_role(
            Role::Admin,
            Condition::all()
                .add(app_user::Column::NationalAdmin.eq(false))
                .add(app_user::Column::Id.in_subquery(admins_here))
                .add(app_user::Column::Id.not_in_subquery(admins_elsewhere)),
        ))
}

/// A page of the accounts within the actor's reach, oldest first.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: UserFilter,
    page: PageRequest,
) -> AppResult<Page<app_user::Model>> {
    let mut query = app_user::Entity::find();
    if let Some(codes) = crate::identity::policy::admin_scope(&actor.reach)? {
        query = query.filter(in_departments(codes));
    }
    if let Some(role) = filter.role {
        query = query.filter(app_user::Column::Role.eq(role));
    }
    if let Some(code) = filter.commune {
        let coordinators = Query::select()
            .column(coordinator_commune::Column::UserId)
            .from(coordinator_commune::Entity)
            .and_where(coordinator_commune::Column::CommuneCode.eq(code.clone()))
            .to_owned();
        query = query.filter(
            Condition::any()
                .add(app_user::Column::CommuneCode.eq(code))
                .add(app_user::Column::Id.in_subquery(coordinators)),
        );
    }
    if let Some(brigade) = filter.brigade {
        query = query.filter(app_user::Column::BrigadeId.eq(brigade));
    }
    match filter.state {
        Some(AccountState::Active) => query = query.filter(app_user::Column::DisabledAt.is_null()),
        Some(AccountState::Disabled) => query = query.filter(app_user::Column::DisabledAt.is_not_null()),
        None => {}
    }
    if let Some(status) = filter.enrolment {
        query = query.filter(app_user::Column::EnrolmentStatus.eq(status));
    }
    if let Some(search) = filter.search.as_deref().map(str::trim).filter(|search| !search.is_empty()) {
        if search.chars().count() > 100 {
            return Err(AppError::bad_input("search", "Recherche trop longue (100 caractères au plus)."));
        }
        let escaped: String = search
            .to_lowercase()
            .chars()
            .flat_map(|c| match c {
                '%' | '_' | '\\' => vec!['\\', c],
                c => vec![c],
            })
            .collect();
        let pattern = sea_orm::sea_query::LikeExpr::new(format!("%{escaped}%")).escape('\\');
        query = query.filter(
            Condition::any()
                .add(Expr::expr(Func::lower(Expr::col(app_user::Column::Email))).like(pattern.clone()))
                .add(Expr::expr(Func::lower(Expr::col(app_user::Column::DisplayName))).like(pattern)),
        );
    }
    pagination::by_id(db, query, app_user::Column::Id, Order::OldestFirst, page).await
}
