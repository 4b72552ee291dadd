//! The evaluation a problem case closes with: the reports of its sector and categories
//! over two equal windows — before the case opened, and after its actions were done — by
//! category and month, beside the référent's own assessment. Counts only: no report, no
//! place, no person.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use entity::report;
use sea_orm::{ColumnTrait, Condition, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};
use serde::{Deserialize, Serialize};

use super::sector::{self, Area};
use crate::error::AppResult;

/// One row: a category and a month (`YYYY-MM`), with its counts in each window.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Row {
    pub category: String,
    pub month: String,
    pub before: i64,
    pub after: i64,
}

/// The computed evaluation.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Evaluation {
    pub window_days: i64,
    pub before_from: DateTime<Utc>,
    pub before_to: DateTime<Utc>,
    pub after_from: DateTime<Utc>,
    pub after_to: DateTime<Utc>,
    /// Whether the after window is over (else the counts so far).
    pub after_complete: bool,
    pub total_before: i64,
    pub total_after: i64,
    pub rows: Vec<Row>,
}

/// What the evaluation looks at.
pub struct Scope<'a> {
    pub communes: &'a [String],
    pub categories: &'a [String],
    pub area: Option<&'a Area>,
    pub opened_at: DateTime<Utc>,
    /// When the last action was done (the closing time when none was).
    pub actions_done_at: DateTime<Utc>,
    pub window_days: i64,
    pub now: DateTime<Utc>,
}

/// Counts the sector's reports (by when the facts were observed) in both windows.
pub async fn compute(db: &impl ConnectionTrait, scope: Scope<'_>) -> AppResult<Evaluation> {
    let window = Duration::days(scope.window_days);
    let (before_from, before_to) = (scope.opened_at - window, scope.opened_at);
    let (after_from, after_to) = (scope.actions_done_at, scope.actions_done_at + window);
    let in_window = |from: DateTime<Utc>, to: DateTime<Utc>| {
        Condition::all().add(report::Column::ObservedAt.gte(from)).add(report::Column::ObservedAt.lt(to))
    };
    let rows: Vec<(String, f64, f64, DateTime<Utc>)> = report::Entity::find()
        .select_only()
        .columns([
            report::Column::CategoryCode,
            report::Column::Latitude,
            report::Column::Longitude,
            report::Column::ObservedAt,
        ])
        .filter(report::Column::CommuneCode.is_in(scope.communes.iter().cloned()))
        .filter(report::Column::CategoryCode.is_in(scope.categories.iter().cloned()))
        .filter(Condition::any().add(in_window(before_from, before_to)).add(in_window(after_from, after_to)))
        .into_tuple()
        .all(db)
        .await?;
    let mut counts: BTreeMap<(String, String), (i64, i64)> = BTreeMap::new();
    for (category, latitude, longitude, observed_at) in rows {
        if !sector::inside(scope.area, latitude, longitude) {
            continue;
        }
        let entry = counts.entry((category, observed_at.format("%Y-%m").to_string())).or_default();
        if observed_at < before_to {
            entry.0 += 1;
        } else {
            entry.1 += 1;
        }
    }
    let rows: Vec<Row> = counts
        .into_iter()
        .map(|((category, month), (before, after))| Row { category, month, before, after })
        .collect();
    Ok(Evaluation {
        window_days: scope.window_days,
        before_from,
        before_to,
        after_from,
        after_to,
        after_complete: after_to <= scope.now,
        total_before: rows.iter().map(|row| row.before).sum(),
        total_after: rows.iter().map(|row| row.after).sum(),
        rows,
    })
}
