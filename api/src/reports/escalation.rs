//! Escalation of reports waiting past their acknowledgement deadline: the brigade's
//! commander hears of it when the deadline passes (every active staff member if the brigade
//! has no commander), the département's admins when the same delay has passed again. Every
//! node sweeps; a conditional update of `overdue_level` in the transaction that records the
//! event and queues the notifications makes exactly one of them tell, once — and a node that
//! stops halfway leaves nothing half-told, since nothing commits.

use chrono::{DateTime, Utc};
use entity::{
    admin_department, app_user,
    enums::{NotificationKind, ReportEventKind, ReportStatus, Role},
    report,
};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::{Expr, Query},
};

use super::events::{self, NewEvent};
use crate::{
    error::AppResult,
    ids::UserId,
    notify::{self, Message},
};

/// Reports escalated at most per level and sweep (the next sweep takes the rest).
pub const BATCH: u64 = 200;

/// The reports waiting for acknowledgement, spelled as the `ix_report_waiting` partial index
/// states it (SQLite uses a partial index only for a query repeating its predicate).
const WAITING: &str = "status = 'SUBMITTED'";

/// What one sweep did.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Swept {
    /// Reports whose commander was told.
    pub commanders: u64,
    /// Reports whose département's admins were told.
    pub admins: u64,
}

/// The two steps of an escalation.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Step {
    Commander,
    Admins,
}

impl Step {
    fn level(self) -> i16 {
        match self {
            Self::Commander => 1,
            Self::Admins => 2,
        }
    }
}

/// Tells whoever must hear of the reports whose deadlines passed by `now`.
pub async fn sweep(db: &DatabaseConnection, now: DateTime<Utc>) -> AppResult<Swept> {
    let mut swept = Swept::default();
    for step in [Step::Commander, Step::Admins] {
        let due = match step {
            Step::Commander => report::Column::AcknowledgeBy,
            Step::Admins => report::Column::EscalateBy,
        };
        let ids: Vec<crate::ids::ReportId> = report::Entity::find()
            .select_only()
            .column(report::Column::Id)
            .filter(Expr::cust(WAITING))
            .filter(due.lte(now))
            .filter(report::Column::OverdueLevel.eq(step.level() - 1))
            .order_by_asc(due)
            .limit(BATCH)
            .into_tuple()
            .all(db)
            .await?;
        for id in ids {
            if escalate(db, id, step).await? {
                match step {
                    Step::Commander => swept.commanders += 1,
                    Step::Admins => swept.admins += 1,
                }
            }
        }
    }
    Ok(swept)
}

/// Takes `id` to `step` if no node did yet, and tells who hears at that step; whether this
/// call did.
async fn escalate(db: &DatabaseConnection, id: crate::ids::ReportId, step: Step) -> AppResult<bool> {
    let txn = crate::db::write(db).await?;
    let taken = report::Entity::update_many()
        .col_expr(report::Column::OverdueLevel, Expr::value(step.level()))
        .filter(report::Column::Id.eq(id))
        .filter(report::Column::Status.eq(ReportStatus::Submitted))
        .filter(report::Column::OverdueLevel.eq(step.level() - 1))
        .exec(&txn)
        .await?;
    if taken.rows_affected != 1 {
        // Another node took it, or the brigade acknowledged it meanwhile.
        return Ok(false);
    }
    let Some(report) = report::Entity::find_by_id(id).one(&txn).await? else { return Ok(false) };
    let (note, recipients) = match step {
        Step::Commander => (
            "Délai de prise en compte dépassé : le commandant de brigade est prévenu.",
            commanders(&txn, &report).await?,
        ),
        Step::Admins => (
            "Délai de prise en compte dépassé deux fois : les administrateurs du département sont prévenus.",
            admins(&txn, crate::department::of_commune(&report.commune_code)).await?,
        ),
    };
    // Vigie's own step, recorded as the brigade's (internal events are the brigade's).
    let system = crate::identity::placeholders::ensure(&txn, crate::identity::placeholders::SYSTEM).await?;
    let event = NewEvent::plain(ReportEventKind::Escalated, system, Role::BrigadeStaff)
        .internal_note(Some(note.to_owned()));
    events::append(&txn, &report, event, None).await?;
    let message = Message::new(
        NotificationKind::ReportOverdue,
        "Signalement en attente",
        "Un signalement attend sa prise en compte au-delà du délai fixé.",
    )
    .report(report.id)
    .commune(report.commune_code.clone())
    .urgent(report.urgency >= 3);
    notify::deliver(&txn, &recipients, &message).await?;
    txn.commit().await?;
    tracing::info!(report = %report.id, level = step.level(), "overdue report escalated");
    Ok(true)
}

/// The brigade's active commanders, or all its active staff when it has none.
async fn commanders(txn: &crate::db::Write, report: &report::Model) -> AppResult<Vec<UserId>> {
    let staff: Vec<(UserId, bool)> = app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .column(app_user::Column::Commander)
        .filter(app_user::Column::BrigadeId.eq(report.brigade_id))
        .filter(app_user::Column::Role.eq(Role::BrigadeStaff))
        .filter(app_user::Column::DisabledAt.is_null())
        .into_tuple()
        .all(txn)
        .await?;
    let commanders: Vec<UserId> =
        staff.iter().filter(|(_, commander)| *commander).map(|(id, _)| *id).collect();
    Ok(if commanders.is_empty() { staff.into_iter().map(|(id, _)| id).collect() } else { commanders })
}

/// The active admins of `departement` (national admins are not told of each report).
async fn admins(txn: &crate::db::Write, departement: &str) -> AppResult<Vec<UserId>> {
    let of_departement = Query::select()
        .column(admin_department::Column::UserId)
        .from(admin_department::Entity)
        .and_where(admin_department::Column::Department.eq(departement))
        .to_owned();
    Ok(app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .filter(app_user::Column::Role.eq(Role::Admin))
        .filter(app_user::Column::DisabledAt.is_null())
        .filter(app_user::Column::Id.in_subquery(of_departement))
        .into_tuple()
        .all(txn)
        .await?)
}
