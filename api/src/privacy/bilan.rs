//! The annual bilan of a commune (`communeBilan`, `vigie bilan`): its reports of one
//! calendar year (in the commune's time zone) by category, by month and by outcome, and the
//! median time to acknowledge — with every count under [`THRESHOLD`] suppressed, so that no
//! figure points at a neighbour. Suppression is primary (a count of 1 to 4 is shown as
//! suppressed) and complementary: a margin that would hide a single cell hides its smallest
//! other non-zero cell too, else the total minus the shown cells would give it back; when
//! nothing else can hide it, the total is suppressed instead. A total under the threshold is
//! suppressed, and so is a median over fewer reports.

use std::collections::BTreeMap;

use chrono::{DateTime, Datelike, TimeZone, Utc};
use entity::{commune, report, routing_rule};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    ids::BrigadeId,
    zone,
};

/// Counts under this are suppressed.
pub const THRESHOLD: u64 = 5;

/// What the bilan reads of a report: category, status, filed, acknowledged.
type Row = (String, String, DateTime<Utc>, Option<DateTime<Utc>>);

/// One figure: `None` when suppressed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cell {
    pub key: String,
    pub count: Option<u64>,
}

/// A commune's year, protected.
#[derive(Debug)]
pub struct Bilan {
    pub commune: String,
    pub commune_name: String,
    pub year: i32,
    pub total: Option<u64>,
    pub by_category: Vec<Cell>,
    /// `01` to `12`.
    pub by_month: Vec<Cell>,
    /// By the reports' status today.
    pub outcomes: Vec<Cell>,
    pub median_minutes_to_acknowledge: Option<i64>,
}

/// The bilan for the commune's coordinators, the staff of a brigade that covers it, and
/// admins in reach.
pub async fn commune_bilan(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune: &str,
    year: i32,
) -> AppResult<Bilan> {
    // The brigade of the commune, and those its per-category routing rules send to.
    let mut brigades: Vec<BrigadeId> = routing_rule::Entity::find()
        .select_only()
        .column(routing_rule::Column::BrigadeId)
        .distinct()
        .filter(routing_rule::Column::CommuneCode.eq(commune))
        .into_tuple()
        .all(db)
        .await?;
    let own = commune::Entity::find_by_id(commune.to_owned()).one(db).await?.and_then(|row| row.brigade_id);
    brigades.extend(own);
    policy::commune_bilan(viewer, commune, &brigades)?;
    compute(db, commune, year).await
}

/// The bilan, for whoever may read it (the command line: an operator).
pub async fn compute(db: &DatabaseConnection, commune: &str, year: i32) -> AppResult<Bilan> {
    let this_year = Utc::now().year();
    if !(2000..=this_year).contains(&year) {
        return Err(AppError::bad_input("year", format!("Année entre 2000 et {this_year}.")));
    }
    let name = commune::Entity::find_by_id(commune.to_owned())
        .one(db)
        .await?
        .ok_or(AppError::NotFound("Commune"))?
        .name;
    let zone = zone::of_commune(commune);
    let start =
        |year: i32| zone.with_ymd_and_hms(year, 1, 1, 0, 0, 0).earliest().map(|at| at.with_timezone(&Utc));
    let (Some(from), Some(to)) = (start(year), start(year + 1)) else {
        return Err(AppError::bad_input("year", "Année invalide."));
    };
    let rows: Vec<Row> = report::Entity::find()
        .select_only()
        .columns([
            report::Column::CategoryCode,
            report::Column::Status,
            report::Column::CreatedAt,
            report::Column::AcknowledgedAt,
        ])
        .filter(report::Column::CommuneCode.eq(commune))
        .filter(report::Column::CreatedAt.gte(from))
        .filter(report::Column::CreatedAt.lt(to))
        .into_tuple()
        .all(db)
        .await?;
    let mut categories: BTreeMap<String, u64> = BTreeMap::new();
    let mut months: BTreeMap<String, u64> = (1..=12).map(|month| (format!("{month:02}"), 0)).collect();
    let mut outcomes: BTreeMap<String, u64> = BTreeMap::new();
    let mut waits: Vec<i64> = Vec::new();
    for (category, status, created_at, acknowledged_at) in &rows {
        *categories.entry(category.clone()).or_default() += 1;
        *months.entry(format!("{:02}", created_at.with_timezone(&zone).month())).or_default() += 1;
        *outcomes.entry(status.clone()).or_default() += 1;
        if let Some(at) = acknowledged_at {
            waits.push((*at - *created_at).num_minutes());
        }
    }
    let total = rows.len() as u64;
    let (by_category, open_a) = protect(categories);
    let (by_month, open_b) = protect(months);
    let (outcomes, open_c) = protect(outcomes);
    waits.sort_unstable();
    let median = (waits.len() as u64 >= THRESHOLD).then(|| waits[waits.len() / 2]);
    let total_hidden = (1..THRESHOLD).contains(&total) || open_a || open_b || open_c;
    Ok(Bilan {
        commune: commune.to_owned(),
        commune_name: name,
        year,
        total: (!total_hidden).then_some(total),
        by_category,
        by_month,
        outcomes,
        median_minutes_to_acknowledge: median,
    })
}

/// One margin, protected; `true` when a single cell stays recoverable from the total (so
/// the total must go).
fn protect(cells: BTreeMap<String, u64>) -> (Vec<Cell>, bool) {
    let cells: Vec<(String, u64)> = cells.into_iter().collect();
    let mut hidden: Vec<bool> = cells.iter().map(|(_, count)| (1..THRESHOLD).contains(count)).collect();
    let mut exposed = false;
    if hidden.iter().filter(|hide| **hide).count() == 1 {
        let partner = cells
            .iter()
            .enumerate()
            .filter(|(at, (_, count))| !hidden[*at] && *count > 0)
            .min_by_key(|(_, (_, count))| *count)
            .map(|(at, _)| at);
        match partner {
            Some(at) => hidden[at] = true,
            None => exposed = true,
        }
    }
    let cells = cells
        .into_iter()
        .zip(hidden)
        .map(|((key, count), hide)| Cell { key, count: (!hide).then_some(count) })
        .collect();
    (cells, exposed)
}

/// The bilan as CSV (French headers, `< 5` where suppressed), for a spreadsheet.
pub fn csv(bilan: &Bilan) -> String {
    let shown =
        |count: Option<u64>| count.map_or_else(|| format!("< {THRESHOLD}"), |count| count.to_string());
    let mut out = String::from("rubrique,valeur,nombre\n");
    out.push_str(&format!("commune,{} {},\n", bilan.commune, bilan.commune_name.replace(',', " ")));
    out.push_str(&format!("année,{},\n", bilan.year));
    out.push_str(&format!("total,,{}\n", shown(bilan.total)));
    for (section, cells) in
        [("catégorie", &bilan.by_category), ("mois", &bilan.by_month), ("suite donnée", &bilan.outcomes)]
    {
        for cell in cells {
            out.push_str(&format!("{section},{},{}\n", cell.key, shown(cell.count)));
        }
    }
    let median = bilan
        .median_minutes_to_acknowledge
        .map_or_else(|| format!("< {THRESHOLD} prises en compte"), |minutes| minutes.to_string());
    out.push_str(&format!("délai médian de prise en compte (minutes),,{median}\n"));
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn margin(cells: &[(&str, u64)]) -> BTreeMap<String, u64> {
        cells.iter().map(|(key, count)| ((*key).to_owned(), *count)).collect()
    }

    fn hidden(cells: &[Cell]) -> Vec<&str> {
        cells.iter().filter(|cell| cell.count.is_none()).map(|cell| cell.key.as_str()).collect()
    }

    #[test]
    fn a_small_count_hides_with_the_smallest_other_one() {
        let (cells, exposed) = protect(margin(&[("A", 3), ("B", 40), ("C", 7), ("D", 0)]));
        assert_eq!(hidden(&cells), ["A", "C"]);
        assert!(!exposed);
    }

    #[test]
    fn two_small_counts_protect_each_other() {
        let (cells, exposed) = protect(margin(&[("A", 3), ("B", 40), ("C", 2)]));
        assert_eq!(hidden(&cells), ["A", "C"]);
        assert!(!exposed);
    }

    #[test]
    fn a_lone_small_count_takes_the_total_with_it() {
        let (cells, exposed) = protect(margin(&[("A", 3), ("B", 0)]));
        assert_eq!(hidden(&cells), ["A"]);
        assert!(exposed);
    }

    #[test]
    fn nothing_under_the_threshold_hides_nothing() {
        let (cells, exposed) = protect(margin(&[("A", 5), ("B", 0), ("C", 12)]));
        assert!(hidden(&cells).is_empty() && !exposed);
    }
}
