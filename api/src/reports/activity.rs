//! A commune's activity for its coordinators: totals by category and status over a period,
//! the median time to acknowledge, and the reports themselves (coarse location, no
//! reporter — the GraphQL view takes care of that).

use chrono::{DateTime, Utc};
use entity::report;
use std::collections::BTreeMap;

use sea_orm::{
    ColumnTrait, DatabaseConnection, DbBackend, EntityTrait, QueryFilter, QueryOrder, QuerySelect, Select,
    sea_query::Expr,
};

use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    pagination::{Page, PageRequest},
};

/// Totals of one commune over a period.
#[derive(Debug)]
pub struct Activity {
    pub commune: String,
    pub total: u64,
    pub by_category: Vec<(String, u64)>,
    pub by_status: Vec<(String, u64)>,
    /// Median seconds from filing to acknowledgement, over acknowledged reports.
    pub median_seconds_to_acknowledge: Option<i64>,
}

/// The period `[from, to)`; `from` after `to` is an input error.
#[derive(Clone, Copy, Debug)]
pub struct Period {
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

impl Period {
    pub fn new(from: Option<DateTime<Utc>>, to: Option<DateTime<Utc>>) -> AppResult<Self> {
        if let (Some(from), Some(to)) = (from, to)
            && from > to
        {
            return Err(AppError::bad_input("from", "Le début de la période est après sa fin."));
        }
        Ok(Self { from, to })
    }
}

fn scoped(commune: &str, period: Period) -> Select<report::Entity> {
    let mut query = report::Entity::find().filter(report::Column::CommuneCode.eq(commune));
    if let Some(from) = period.from {
        query = query.filter(report::Column::CreatedAt.gte(from));
    }
    if let Some(to) = period.to {
        query = query.filter(report::Column::CreatedAt.lt(to));
    }
    query
}

/// The commune's coordinators and admins only. Two passes over the commune's index, side by
/// side: one for the counts by (category, status), one for the median.
pub async fn summary(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    period: Period,
) -> AppResult<Activity> {
    policy::commune_activity(viewer, commune)?;
    let cells = async {
        let cells = scoped(commune, period)
            .select_only()
            .columns([report::Column::CategoryCode, report::Column::Status])
            .column_as(report::Column::Id.count(), "count")
            .group_by(report::Column::CategoryCode)
            .group_by(report::Column::Status)
            .into_tuple::<(String, String, i64)>()
            .all(db)
            .await?;
        AppResult::Ok(cells)
    };
    let (cells, median_seconds_to_acknowledge) =
        tokio::try_join!(cells, median_to_acknowledge(db, commune, period))?;
    let mut by_category = BTreeMap::<String, u64>::new();
    let mut by_status = BTreeMap::<String, u64>::new();
    let mut total = 0;
    for (category, status, count) in cells {
        let count = u64::try_from(count).unwrap_or_default();
        *by_category.entry(category).or_default() += count;
        *by_status.entry(status).or_default() += count;
        total += count;
    }
    Ok(Activity {
        commune: commune.to_owned(),
        total,
        by_category: by_category.into_iter().collect(),
        by_status: by_status.into_iter().collect(),
        median_seconds_to_acknowledge,
    })
}

/// Reports filed per week (its Monday, UTC), oldest first. Called only through
/// [`summary`]'s result, so the caller was already authorised for the commune.
pub async fn by_week(
    db: &DatabaseConnection,
    commune: &str,
    period: Period,
) -> AppResult<Vec<(String, u64)>> {
    let week = match db.get_database_backend() {
        DbBackend::Postgres => "to_char(date_trunc('week', created_at AT TIME ZONE 'UTC'), 'YYYY-MM-DD')",
        _ => "date(created_at, '-6 days', 'weekday 1')",
    };
    let weeks = scoped(commune, period)
        .select_only()
        .expr_as(Expr::cust(week), "week")
        .column_as(report::Column::Id.count(), "count")
        .group_by(Expr::cust(week))
        .order_by_asc(Expr::cust(week))
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?;
    Ok(weeks.into_iter().map(|(week, count)| (week, u64::try_from(count).unwrap_or_default())).collect())
}

/// Median whole seconds from filing to acknowledgement (of two middle values, their mean
/// rounded down). PostgreSQL computes it; on SQLite (a territory's volume) the delays are read.
async fn median_to_acknowledge(
    db: &DatabaseConnection,
    commune: &str,
    period: Period,
) -> AppResult<Option<i64>> {
    let acknowledged =
        scoped(commune, period).filter(report::Column::AcknowledgedAt.is_not_null()).select_only();
    if db.get_database_backend() == DbBackend::Postgres {
        let median = acknowledged
            .expr(Expr::cust(
                "floor(percentile_cont(0.5) WITHIN GROUP \
                 (ORDER BY floor(date_part('epoch', acknowledged_at - created_at))))::bigint",
            ))
            .into_tuple::<Option<i64>>()
            .one(db)
            .await?;
        return Ok(median.flatten());
    }
    let mut delays: Vec<i64> = acknowledged
        .columns([report::Column::CreatedAt, report::Column::AcknowledgedAt])
        .into_tuple::<(DateTime<Utc>, Option<DateTime<Utc>>)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(created, acknowledged)| Some((acknowledged? - created).num_seconds()))
        .collect();
    delays.sort_unstable();
    Ok(match delays.len() {
        0 => None,
        n if n % 2 == 1 => Some(delays[n / 2]),
        n => Some((delays[n / 2 - 1] + delays[n / 2]).div_euclid(2)),
    })
}

/// The commune's reports over the period, newest first; `total` is the period's count, which
/// [`summary`] has already taken.
pub async fn reports(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    period: Period,
    page: PageRequest,
    total: u64,
) -> AppResult<Page<report::Model>> {
    policy::commune_activity(viewer, commune)?;
    let mut query = scoped(commune, period);
    if let Some(after) = page.after {
        query = query.filter(report::Column::Id.lt(after));
    }
    let rows = query.order_by_desc(report::Column::Id).limit(page.limit + 1).all(db).await?;
    Ok(Page::from_overfetch(rows, page.limit, total))
}
