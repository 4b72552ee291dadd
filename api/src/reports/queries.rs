//! Reading reports: one report as its viewer may see it, a resident's own reports, a
//! brigade's triage queue (highest priority first, then oldest; keyset cursors).

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{DateTime, Utc};
use entity::{
    enums::{ReportStatus, Role},
    report,
};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
    QuerySelect,
    sea_query::{Alias, Expr},
};
use uuid::Uuid;

use super::access::{View, view_of};
use crate::{
    error::{AppError, AppResult},
    identity::{Reach, Viewer, policy},
    ids::{BrigadeId, ReportId},
    pagination::{self, Order, Page, PageRequest},
};

/// A report if the viewer may see it, with how; otherwise `None` (as if missing).
pub async fn visible(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: ReportId,
) -> AppResult<Option<(report::Model, View)>> {
    let principal = match viewer.principal() {
        Ok(principal) => principal,
        Err(AppError::Unauthenticated) => return Ok(None),
        Err(error) => return Err(error),
    };
    let Some(report) = report::Entity::find_by_id(id).one(db).await? else { return Ok(None) };
    Ok(view_of(principal, &report).map(|view| (report, view)))
}

/// The caller's own reports, newest first (residents).
pub async fn mine(
    db: &DatabaseConnection,
    viewer: &Viewer,
    status: Option<ReportStatus>,
    page: PageRequest,
) -> AppResult<Page<report::Model>> {
    let principal = policy::reporter(viewer)?;
    let mut query = report::Entity::find().filter(report::Column::ReporterId.eq(principal.id));
    if let Some(status) = status {
        query = query.filter(report::Column::Status.eq(status));
    }
    pagination::by_id(db, query, report::Column::Id, Order::NewestFirst, page).await
}

/// The open statuses, exactly as the `ix_report_open_queue_priority` partial index states them.
const OPEN_QUEUE_PREDICATE: &str = "status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS')";

/// Filters of the triage queue.
#[derive(Clone, Debug, Default)]
pub struct QueueFilter {
    /// Default: the open statuses.
    pub statuses: Option<Vec<ReportStatus>>,
    pub category: Option<String>,
    pub commune: Option<String>,
    pub created_since: Option<DateTime<Utc>>,
    /// Staff: only their own reports, or only those nobody holds.
    pub assignment: Option<Assignment>,
    /// Only reports waiting past their deadline (true) or only the others (false).
    pub overdue: Option<bool>,
    /// One row per incident: its earliest report among those the whole filter keeps.
    pub one_per_incident: bool,
}

/// Whose reports a queue keeps.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Assignment {
    Mine,
    Nobody,
}

/// A queue position: priority (descending), then id (time-ordered, ascending).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct QueueCursor {
    priority: i32,
    id: ReportId,
}

impl QueueCursor {
    pub fn of(report: &report::Model) -> Self {
        Self { priority: report.priority, id: report.id }
    }

    pub fn encode(self) -> String {
        URL_SAFE_NO_PAD.encode(format!("q2:{}:{}", self.priority, self.id))
    }

    /// Reads a cursor; one from before priorities (`q1`, ordered by urgency, which priority
    /// starts from) still reads.
    pub fn decode(cursor: &str) -> AppResult<Self> {
        let text = URL_SAFE_NO_PAD.decode(cursor).ok().and_then(|bytes| String::from_utf8(bytes).ok());
        let parsed = text.as_deref().and_then(|text| {
            let rest = text.strip_prefix("q2:").or_else(|| text.strip_prefix("q1:"))?;
            let mut parts = rest.splitn(2, ':');
            let priority = parts.next()?.parse().ok()?;
            let id = Uuid::parse_str(parts.next()?).ok().map(ReportId)?;
            Some(Self { priority, id })
        });
        parsed.ok_or_else(|| AppError::bad_input("after", "Curseur invalide."))
    }
}

/// A brigade's queue: staff see their own brigade's, admins any brigade's.
pub async fn queue(
    db: &DatabaseConnection,
    viewer: &Viewer,
    brigade: Option<BrigadeId>,
    filter: QueueFilter,
    first: Option<i32>,
    after: Option<&str>,
) -> AppResult<Page<report::Model>> {
    let brigade = policy::brigade_queue(viewer, brigade)?;
    let principal = viewer.principal()?;
    if principal.role == Role::Admin {
        let row = entity::brigade::Entity::find_by_id(brigade).one(db).await?;
        policy::oversee_brigade(principal, row.as_ref().and_then(|row| row.department.as_deref()))?;
    }
    let limit = PageRequest::parse(first, None)?.limit;
    let after = after.map(QueueCursor::decode).transpose()?;
    // What the filter keeps, as one condition: the page's rows, and (one row per incident)
    // the rows among which each incident's representative is chosen.
    let mut kept = Condition::all().add(report::Column::BrigadeId.eq(brigade));
    kept = match filter.statuses {
        // The default queue: written as the open-queue index's predicate, literally, so both
        // backends use that index (a page is a short ordered scan, the count index-only).
        None => kept.add(Expr::cust(OPEN_QUEUE_PREDICATE)),
        Some(statuses) => kept.add(report::Column::Status.is_in(statuses)),
    };
    if let Some(category) = filter.category {
        kept = kept.add(report::Column::CategoryCode.eq(category));
    }
    if let Some(commune) = filter.commune {
        kept = kept.add(report::Column::CommuneCode.eq(commune));
    }
    if let Some(since) = filter.created_since {
        kept = kept.add(report::Column::CreatedAt.gte(since));
    }
    match filter.assignment {
        Some(_) if principal.role != Role::BrigadeStaff => {
            return Err(AppError::bad_input("assignment", "Réservé au personnel de la brigade."));
        }
        Some(Assignment::Mine) => kept = kept.add(report::Column::AssigneeId.eq(principal.id)),
        Some(Assignment::Nobody) => kept = kept.add(report::Column::AssigneeId.is_null()),
        None => {}
    }
    if let Some(overdue) = filter.overdue {
        let waiting_late = Condition::all()
            .add(report::Column::Status.eq(ReportStatus::Submitted))
            .add(report::Column::AcknowledgeBy.lt(Utc::now()));
        kept = kept.add(if overdue { waiting_late } else { waiting_late.not() });
    }
    if principal.role == Role::Admin {
        // An admin overseeing a brigade sees only the reports their reach covers, as
        // `report(id)` does (a brigade may hold another département's rerouted reports).
        if let Reach::Departments(codes) = &principal.reach {
            let communes = sea_orm::sea_query::Query::select()
                .column(entity::commune::Column::Code)
                .from(entity::commune::Entity)
                .and_where(entity::commune::Column::Department.is_in(codes.iter().cloned()))
                .to_owned();
            kept = kept.add(report::Column::CommuneCode.in_subquery(communes));
        }
    }
    let mut query = report::Entity::find().filter(kept.clone());
    if filter.one_per_incident {
        // Each incident once: its earliest report among those the filter keeps, numbered
        // per incident in a subquery (where `report` names the subquery's own rows).
        let ranked = sea_orm::sea_query::Query::select()
            .column(report::Column::Id)
            .expr_as(
                Expr::cust("ROW_NUMBER() OVER (PARTITION BY incident_id ORDER BY id)"),
                Alias::new("position_in_incident"),
            )
            .from(report::Entity)
            .cond_where(kept.add(report::Column::IncidentId.is_not_null()))
            .to_owned();
        let representatives = sea_orm::sea_query::Query::select()
            .column(Alias::new("id"))
            .from_subquery(ranked, Alias::new("ranked"))
            .and_where(Expr::cust("position_in_incident = 1"))
            .to_owned();
        query = query.filter(
            Condition::any()
                .add(report::Column::IncidentId.is_null())
                .add(report::Column::Id.in_subquery(representatives)),
        );
    }
    let total = query.clone().count(db).await?;
    if let Some(after) = after {
        // The first term is implied by the second; it bounds the index scan.
        query = query.filter(report::Column::Priority.lte(after.priority)).filter(
            Condition::any().add(report::Column::Priority.lt(after.priority)).add(
                Condition::all()
                    .add(report::Column::Priority.eq(after.priority))
                    .add(report::Column::Id.gt(after.id)),
            ),
        );
    }
    let rows = query
        .order_by_desc(report::Column::Priority)
        .order_by_asc(report::Column::Id)
        .limit(limit + 1)
        .all(db)
        .await?;
    Ok(Page::from_overfetch(rows, limit, total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_queue_cursor_round_trips_and_a_forged_one_is_refused() {
        let cursor = QueueCursor { priority: 3, id: ReportId::generate() };
        assert_eq!(QueueCursor::decode(&cursor.encode()).expect("valid"), cursor);
        assert!(QueueCursor::decode("Zm9v").is_err());
        let before_priorities = URL_SAFE_NO_PAD.encode(format!("q1:3:{}", cursor.id));
        assert_eq!(QueueCursor::decode(&before_priorities).expect("an old cursor"), cursor);
    }
}
