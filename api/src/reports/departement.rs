//! The département at a glance, for its admins (the prefecture): every commune's counts,
//! participating in the scheme or not; reports by week; per brigade, the median time to
//! acknowledge and the share of reports acknowledged late (or still waiting past their
//! deadline); and where, on the coordinators' ~200 m grid. One read of the period's reports
//! (a year at most), folded in memory off the async workers.

use std::collections::{BTreeMap, HashMap};

use chrono::{DateTime, Datelike, Duration, NaiveDate, Utc};
use entity::{commune, enums::ReportStatus, report};
use sea_orm::{
    ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect, sea_query::Query,
};

use super::{access, lifecycle};
use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    ids::BrigadeId,
};

/// The longest period, in days.
pub const MAX_DAYS: i64 = 366;
/// Grid cells listed at most (the busiest first).
pub const MAX_CELLS: usize = 1000;

/// One commune's figures.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct CommuneFigures {
    pub code: String,
    pub name: String,
    pub participating: bool,
    pub total: u64,
    /// Still open at the time of reading.
    pub open: u64,
}

/// One brigade's figures over the period.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct BrigadeFigures {
    pub brigade: BrigadeId,
    pub total: u64,
    pub acknowledged: u64,
    pub median_seconds_to_acknowledge: Option<i64>,
    /// Acknowledged after their deadline, or still waiting past it.
    pub overdue: u64,
}

/// A cell of the ~200 m grid, at its centre.
#[derive(Clone, Debug, PartialEq)]
pub struct Cell {
    pub latitude: f64,
    pub longitude: f64,
    pub count: u64,
}

/// The département over a period.
#[derive(Clone, Debug)]
pub struct DepartementActivity {
    pub departement: String,
    pub from: NaiveDate,
    pub to: NaiveDate,
    pub total: u64,
    pub communes: Vec<CommuneFigures>,
    /// Monday of the week (`YYYY-MM-DD`, UTC) → reports filed; weeks without any left out.
    pub by_week: Vec<(String, u64)>,
    pub brigades: Vec<BrigadeFigures>,
    pub cells: Vec<Cell>,
}

/// What is read of one report.
type Row =
    (String, BrigadeId, ReportStatus, DateTime<Utc>, Option<DateTime<Utc>>, Option<DateTime<Utc>>, f64, f64);

/// `departement` from `from` to `to` (both days included, UTC), for its admins.
pub async fn activity(
    db: &DatabaseConnection,
    viewer: &Viewer,
    departement: &str,
    from: NaiveDate,
    to: NaiveDate,
) -> AppResult<DepartementActivity> {
    policy::administer_departement(viewer, departement)?;
    if from > to {
        return Err(AppError::bad_input("from", "Le début de la période est après sa fin."));
    }
    if (to - from).num_days() >= MAX_DAYS {
        return Err(AppError::bad_input("to", format!("Une période couvre au plus {MAX_DAYS} jours.")));
    }
    let start = from.and_hms_opt(0, 0, 0).map(|at| at.and_utc());
    let end = to.and_hms_opt(0, 0, 0).map(|at| at.and_utc() + Duration::days(1));
    let (Some(start), Some(end)) = (start, end) else {
        return Err(AppError::bad_input("from", "Période invalide."));
    };
    let communes: Vec<(String, String, bool)> = commune::Entity::find()
        .select_only()
        .columns([commune::Column::Code, commune::Column::Name, commune::Column::Participating])
        .filter(commune::Column::Department.eq(departement))
        .order_by_asc(commune::Column::Code)
        .into_tuple()
        .all(db)
        .await?;
    let of_departement = Query::select()
        .column(commune::Column::Code)
        .from(commune::Entity)
        .and_where(commune::Column::Department.eq(departement))
        .to_owned();
    let rows: Vec<Row> = report::Entity::find()
        .select_only()
        .columns([
            report::Column::CommuneCode,
            report::Column::BrigadeId,
            report::Column::Status,
            report::Column::CreatedAt,
            report::Column::AcknowledgedAt,
            report::Column::AcknowledgeBy,
            report::Column::Latitude,
            report::Column::Longitude,
        ])
        .filter(report::Column::CommuneCode.in_subquery(of_departement))
        .filter(report::Column::CreatedAt.gte(start))
        .filter(report::Column::CreatedAt.lt(end))
        .into_tuple()
        .all(db)
        .await?;
    let departement = departement.to_owned();
    let now = Utc::now();
    tokio::task::spawn_blocking(move || fold(departement, from, to, communes, &rows, now))
        .await
        .map_err(|error| AppError::internal(anyhow::anyhow!("folding the département's activity: {error}")))
}

/// Folds the period's reports into the figures.
fn fold(
    departement: String,
    from: NaiveDate,
    to: NaiveDate,
    communes: Vec<(String, String, bool)>,
    rows: &[Row],
    now: DateTime<Utc>,
) -> DepartementActivity {
    let mut per_commune: HashMap<&str, (u64, u64)> = HashMap::new();
    let mut weeks: BTreeMap<NaiveDate, u64> = BTreeMap::new();
    let mut brigades: BTreeMap<BrigadeId, (u64, u64, Vec<i64>)> = BTreeMap::new();
    let mut cells: HashMap<(i64, i64), (f64, f64, u64)> = HashMap::new();
    for (commune, brigade, status, created, acknowledged, due, latitude, longitude) in rows {
        let counts = per_commune.entry(commune.as_str()).or_default();
        counts.0 += 1;
        counts.1 += u64::from(lifecycle::is_open(*status));
        let day = created.date_naive();
        let monday = day - Duration::days(i64::from(day.weekday().num_days_from_monday()));
        *weeks.entry(monday).or_default() += 1;
        let figures = brigades.entry(*brigade).or_default();
        figures.0 += 1;
        if let Some(acknowledged) = acknowledged {
            figures.2.push((*acknowledged - *created).num_seconds());
        }
        let late = match (acknowledged, due) {
            (Some(acknowledged), Some(due)) => acknowledged > due,
            (None, Some(due)) => *status == ReportStatus::Submitted && *due < now,
            (_, None) => false,
        };
        figures.1 += u64::from(late);
        let (lat, lon) = access::coarsen(*latitude, *longitude);
        // The centre identifies the cell: keyed at a micro-degree.
        let key = ((lat * 1e6).round() as i64, (lon * 1e6).round() as i64);
        cells.entry(key).or_insert((lat, lon, 0)).2 += 1;
    }
    let communes = communes
        .into_iter()
        .map(|(code, name, participating)| {
            let (total, open) = per_commune.get(code.as_str()).copied().unwrap_or_default();
            CommuneFigures { code, name, participating, total, open }
        })
        .collect();
    let brigades = brigades
        .into_iter()
        .map(|(brigade, (total, overdue, mut delays))| BrigadeFigures {
            brigade,
            total,
            acknowledged: delays.len() as u64,
            median_seconds_to_acknowledge: median(&mut delays),
            overdue,
        })
        .collect();
    let mut cells: Vec<Cell> =
        cells.into_values().map(|(latitude, longitude, count)| Cell { latitude, longitude, count }).collect();
    cells.sort_by(|a, b| {
        b.count
            .cmp(&a.count)
            .then(a.latitude.total_cmp(&b.latitude))
            .then(a.longitude.total_cmp(&b.longitude))
    });
    cells.truncate(MAX_CELLS);
    DepartementActivity {
        departement,
        from,
        to,
        total: rows.len() as u64,
        communes,
        by_week: weeks
            .into_iter()
            .map(|(monday, count)| (monday.format("%Y-%m-%d").to_string(), count))
            .collect(),
        brigades,
        cells,
    }
}

/// The median of `values` (of two middle values, their mean rounded down).
fn median(values: &mut [i64]) -> Option<i64> {
    values.sort_unstable();
    match values.len() {
        0 => None,
        n if n % 2 == 1 => Some(values[n / 2]),
        n => Some((values[n / 2 - 1] + values[n / 2]).div_euclid(2)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> DateTime<Utc> {
        DateTime::parse_from_rfc3339(text).expect("date").to_utc()
    }

    #[test]
    fn late_acknowledgements_and_reports_still_waiting_count_as_overdue_per_brigade() {
        let brigade = BrigadeId(uuid::Uuid::now_v7());
        let filed = at("2026-11-30T08:00:00Z");
        let due = Some(filed + Duration::minutes(120));
        let rows: Vec<Row> = vec![
            (
                "90052".into(),
                brigade,
                ReportStatus::Acknowledged,
                filed,
                Some(filed + Duration::minutes(30)),
                due,
                47.74,
                6.89,
            ),
            (
                "90052".into(),
                brigade,
                ReportStatus::Resolved,
                filed,
                Some(filed + Duration::minutes(200)),
                due,
                47.74,
                6.89,
            ),
            ("90010".into(), brigade, ReportStatus::Submitted, filed, None, due, 47.64, 6.86),
        ];
        let communes = vec![
            ("90010".to_owned(), "Belfort".to_owned(), true),
            ("90052".to_owned(), "Giromagny".to_owned(), true),
            ("90075".to_owned(), "Offemont".to_owned(), false),
        ];
        let day = filed.date_naive();
        let folded = fold("90".into(), day, day, communes, &rows, at("2026-12-01T00:00:00Z"));
        assert_eq!(folded.total, 3);
        assert_eq!(
            folded.communes[2],
            CommuneFigures {
                code: "90075".into(),
                name: "Offemont".into(),
                participating: false,
                total: 0,
                open: 0
            }
        );
        assert_eq!((folded.communes[1].total, folded.communes[1].open), (2, 1));
        let figures = &folded.brigades[0];
        assert_eq!((figures.total, figures.acknowledged, figures.overdue), (3, 2, 2));
        assert_eq!(figures.median_seconds_to_acknowledge, Some((30 * 60 + 200 * 60) / 2));
        assert_eq!(folded.by_week, vec![("2026-11-30".to_owned(), 3)]);
        assert_eq!(folded.cells.len(), 2);
        assert_eq!(folded.cells[0].count, 2);
    }
}
