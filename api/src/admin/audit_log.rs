//! The audit trail as admins read it: newest first, filtered, paged. A national admin reads
//! all of it; a département's admin, what accounts of their départements did and what was
//! done to their communes.

use chrono::{DateTime, Utc};
use entity::{app_user, audit_event, commune};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, ExprTrait, QueryFilter,
    sea_query::{Expr, LikeExpr, Query},
};

use super::users::in_departments;
use crate::{
    error::{AppError, AppResult},
    identity::actor::Actor,
    ids::UserId,
    pagination::{self, Order, Page, PageRequest},
};

/// What the console filters the trail by (all optional).
#[derive(Clone, Debug, Default)]
pub struct AuditFilter {
    pub actor: Option<UserId>,
    /// The target's id as recorded (an account id, an INSEE code, a category code…).
    pub target: Option<String>,
    /// An action (`account.disabled`), or a family of them (`account.`).
    pub kind: Option<String>,
    /// From this moment.
    pub from: Option<DateTime<Utc>>,
    /// Until this moment.
    pub to: Option<DateTime<Utc>>,
}

/// A page of the trail within the actor's reach, newest first.
pub async fn list(
    db: &DatabaseConnection,
    actor: &Actor,
    filter: AuditFilter,
    page: PageRequest,
) -> AppResult<Page<audit_event::Model>> {
    let mut query = audit_event::Entity::find();
    if let Some(codes) = crate::identity::policy::admin_scope(&actor.reach)? {
        let accounts = Query::select()
            .column(app_user::Column::Id)
            .from(app_user::Entity)
            .cond_where(in_departments(codes))
            .to_owned();
        let communes = Query::select()
            .column(commune::Column::Code)
            .from(commune::Entity)
            .and_where(commune::Column::Department.is_in(codes.iter().cloned()))
            .to_owned();
        query = query.filter(
            Condition::any().add(audit_event::Column::ActorId.in_subquery(accounts)).add(
                Condition::all()
                    .add(audit_event::Column::TargetType.eq("commune"))
                    .add(audit_event::Column::TargetId.in_subquery(communes)),
            ),
        );
    }
    if let Some(id) = filter.actor {
        query = query.filter(audit_event::Column::ActorId.eq(id));
    }
    if let Some(target) = filter.target.as_deref().map(str::trim).filter(|target| !target.is_empty()) {
        query = query.filter(audit_event::Column::TargetId.eq(target));
    }
    if let Some(kind) = filter.kind.as_deref().map(str::trim).filter(|kind| !kind.is_empty()) {
        if kind.len() > 64 || !kind.chars().all(|c| c.is_ascii_lowercase() || c == '.' || c == '_') {
            return Err(AppError::bad_input("kind", "Type d'action inconnu (ex. account.disabled)."));
        }
        query = match kind.strip_suffix('.') {
            // A family: every action under the prefix (no wildcard in `kind` itself).
            Some(family) => {
                let pattern = format!("{}.%", family.replace('_', "\\_"));
                query.filter(Expr::col(audit_event::Column::Action).like(LikeExpr::new(pattern).escape('\\')))
            }
            None => query.filter(audit_event::Column::Action.eq(kind)),
        };
    }
    if let (Some(from), Some(to)) = (filter.from, filter.to)
        && from > to
    {
        return Err(AppError::bad_input("from", "La période commence après sa fin."));
    }
    if let Some(from) = filter.from {
        query = query.filter(audit_event::Column::At.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(audit_event::Column::At.lt(to));
    }
    pagination::by_id(db, query, audit_event::Column::Id, Order::NewestFirst, page).await
}
