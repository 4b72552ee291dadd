//! Who in the brigade holds a report, and in what order the brigade takes it: staff of the
//! routed brigade give a report to one of their own (or take it back), and set its priority
//! — the brigade's order, on the urgency scale, with the reason kept in the history. Both
//! are the brigade's business: their events are internal, like internal notes.

use entity::{
    app_user,
    enums::{ReportEventKind, Role},
    report,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Expr,
};

use super::{events::NewEvent, lifecycle, triage};
use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    ids::{BrigadeId, ReportId, UserId},
    text,
};

/// Priorities go from 0 (low) to 3 (immediate), like the categories' urgency.
pub const PRIORITIES: std::ops::RangeInclusive<i32> = 0..=3;

/// The most staff one brigade lists (a brigade is tens of people; a cap, not a page).
pub const STAFF_LIST_MAX: u64 = 100;

/// A priority in words, as the history shows it.
pub fn priority_label(priority: i32) -> &'static str {
    match priority {
        3.. => "immédiate",
        2 => "élevée",
        1 => "normale",
        _ => "faible",
    }
}

/// Gives `id` to `assignee`, a member of its brigade (`None` takes it back); the assignee
/// hears of it unless they took it themself. Giving it to who already holds it changes
/// nothing.
pub async fn assign(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
    assignee: Option<UserId>,
) -> AppResult<report::Model> {
    let (principal, report) = triage::for_staff(db, viewer, id).await?;
    if !lifecycle::is_open(report.status) {
        return Err(AppError::InvalidTransition("Un signalement clos ne s'attribue plus.".into()));
    }
    if report.assignee_id == assignee {
        return Ok(report);
    }
    let note = match assignee {
        Some(user) => {
            let member = colleague(db, report.brigade_id, user).await?;
            format!("Attribué à {}.", member.display_name)
        }
        None => "Attribution retirée.".to_owned(),
    };
    let changes = vec![(report::Column::AssigneeId, Expr::value(assignee.map(|user| user.0)))];
    let event = NewEvent::plain(ReportEventKind::Assigned, principal.id, Role::BrigadeStaff)
        .internal_note(Some(note));
    Ok(triage::apply(db, &report, changes, event, None).await?.report)
}

/// An active member of `brigade`, or `BAD_USER_INPUT` on `userId`.
async fn colleague(db: &DatabaseConnection, brigade: BrigadeId, user: UserId) -> AppResult<app_user::Model> {
    let row = app_user::Entity::find_by_id(user).one(db).await?;
    match row {
        Some(row)
            if row.role == Role::BrigadeStaff
                && row.brigade_id == Some(brigade)
                && row.disabled_at.is_none() =>
        {
            Ok(row)
        }
        _ => Err(AppError::bad_input("userId", "Attribuez le signalement à un membre actif de la brigade.")),
    }
}

/// Sets the brigade's priority of `id` (0 low … 3 immediate), with an optional reason kept
/// in the internal history. The same priority again changes nothing.
pub async fn set_priority(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
    priority: i32,
    reason: Option<&str>,
) -> AppResult<report::Model> {
    let (principal, report) = triage::for_staff(db, viewer, id).await?;
    if !PRIORITIES.contains(&priority) {
        return Err(AppError::bad_input("priority", "La priorité va de 0 (faible) à 3 (immédiate)."));
    }
    let reason = text::clean_optional(reason, "reason", 1000)?;
    if !lifecycle::is_open(report.status) {
        return Err(AppError::InvalidTransition("Un signalement clos ne change plus de priorité.".into()));
    }
    if report.priority == priority {
        return Ok(report);
    }
    let mut note = format!("Priorité {} → {}.", priority_label(report.priority), priority_label(priority));
    if let Some(reason) = reason {
        note = format!("{note} {reason}");
    }
    let changes = vec![(report::Column::Priority, Expr::value(priority))];
    let event = NewEvent::plain(ReportEventKind::PriorityChanged, principal.id, Role::BrigadeStaff)
        .internal_note(Some(note));
    Ok(triage::apply(db, &report, changes, event, None).await?.report)
}

/// The active staff of `brigade`, commanders first then by name: staff of that brigade, and
/// admins whose reach covers its département.
pub async fn staff_of(
    db: &DatabaseConnection,
    viewer: &Viewer,
    brigade: Option<BrigadeId>,
) -> AppResult<Vec<app_user::Model>> {
    let brigade = policy::brigade_queue(viewer, brigade)?;
    let principal = viewer.principal()?;
    if principal.role == Role::Admin {
        let row = entity::brigade::Entity::find_by_id(brigade).one(db).await?;
        policy::oversee_brigade(principal, row.as_ref().and_then(|row| row.department.as_deref()))?;
    }
    Ok(app_user::Entity::find()
        .filter(app_user::Column::BrigadeId.eq(brigade))
        .filter(app_user::Column::Role.eq(Role::BrigadeStaff))
        .filter(app_user::Column::DisabledAt.is_null())
        .order_by_desc(app_user::Column::Commander)
        .order_by_asc(app_user::Column::DisplayName)
        .limit(STAFF_LIST_MAX)
        .all(db)
        .await?)
}
