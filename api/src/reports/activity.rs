//! A commune's activity for its coordinators: totals by category and status over a period,
//! the median time to acknowledge, and the reports themselves (coarse location, no
//! reporter — the GraphQL view takes care of that).

use chrono::{DateTime, Utc};
use entity::report;
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder, QuerySelect,
    Select,
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

/// The commune's coordinators and admins only.
pub async fn summary(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    period: Period,
) -> AppResult<Activity> {
    policy::commune_activity(viewer, commune)?;
    let total = scoped(commune, period).count(db).await?;
    let by_category = counts(db, commune, period, report::Column::CategoryCode).await?;
    let by_status = counts(db, commune, period, report::Column::Status).await?;
    let mut delays: Vec<i64> = scoped(commune, period)
        .select_only()
        .columns([report::Column::CreatedAt, report::Column::AcknowledgedAt])
        .filter(report::Column::AcknowledgedAt.is_not_null())
        .into_tuple::<(DateTime<Utc>, Option<DateTime<Utc>>)>()
        .all(db)
        .await?
        .into_iter()
        .filter_map(|(created, acknowledged)| Some((acknowledged? - created).num_seconds()))
        .collect();
    delays.sort_unstable();
    let median_seconds_to_acknowledge = match delays.len() {
        0 => None,
        n if n % 2 == 1 => Some(delays[n / 2]),
        n => Some((delays[n / 2 - 1] + delays[n / 2]) / 2),
    };
    Ok(Activity { commune: commune.to_owned(), total, by_category, by_status, median_seconds_to_acknowledge })
}

async fn counts(
    db: &DatabaseConnection,
    commune: &str,
    period: Period,
    column: report::Column,
) -> AppResult<Vec<(String, u64)>> {
    let rows = scoped(commune, period)
        .select_only()
        .column(column)
        .column_as(report::Column::Id.count(), "count")
        .group_by(column)
        .order_by_asc(column)
        .into_tuple::<(String, i64)>()
        .all(db)
        .await?;
    Ok(rows.into_iter().map(|(key, count)| (key, u64::try_from(count).unwrap_or_default())).collect())
}

/// The commune's reports over the period, newest first.
pub async fn reports(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    period: Period,
    page: PageRequest,
) -> AppResult<Page<report::Model>> {
    policy::commune_activity(viewer, commune)?;
    let total = scoped(commune, period).count(db).await?;
    let mut query = scoped(commune, period);
    if let Some(after) = page.after {
        query = query.filter(report::Column::Id.lt(after));
    }
    let rows = query.order_by_desc(report::Column::Id).limit(page.limit + 1).all(db).await?;
    Ok(Page::from_overfetch(rows, page.limit, total))
}
