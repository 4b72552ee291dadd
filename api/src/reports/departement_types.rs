//! GraphQL types of the département at a glance (its admins).

use async_graphql::{Context, Object, Result, SimpleObject};

use super::{activity_types::CountByKey, departement};
use crate::{date::Date, error::AppError, territory::Brigade, territory::loaders::TerritoryLoaders};

fn count(value: u64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

/// A département over a period: every commune (participating or not), weeks, brigades, and
/// where on the ~200 m grid.
pub struct DepartementActivity(pub departement::DepartementActivity);

/// A département over a period, for its admins.
#[Object]
impl DepartementActivity {
    /// The département's INSEE code.
    async fn departement(&self) -> &str {
        &self.0.departement
    }

    /// The period's first day (UTC).
    async fn from(&self) -> Date {
        Date(self.0.from)
    }

    /// The period's last day, included (UTC).
    async fn to(&self) -> Date {
        Date(self.0.to)
    }

    /// Reports filed in the period.
    async fn total(&self) -> i32 {
        count(self.0.total)
    }

    /// Every commune of the département, in INSEE order, with its reports of the period.
    async fn communes(&self) -> Vec<CommuneFigures> {
        self.0
            .communes
            .iter()
            .map(|figures| CommuneFigures {
                code: figures.code.clone(),
                name: figures.name.clone(),
                participating: figures.participating,
                total: count(figures.total),
                open: count(figures.open),
            })
            .collect()
    }

    /// Reports filed per week, oldest first: `key` is the week's Monday (`YYYY-MM-DD`, UTC);
    /// weeks without a report are left out.
    async fn by_week(&self) -> Vec<CountByKey> {
        self.0.by_week.iter().map(|(key, n)| CountByKey { key: key.clone(), count: count(*n) }).collect()
    }

    /// The brigades that received the period's reports, with their timeliness.
    async fn brigades(&self) -> Vec<BrigadeFigures> {
        self.0.brigades.iter().cloned().map(BrigadeFigures).collect()
    }

    /// Where: reports per cell of the ~200 m grid (the busiest 1 000 cells), at the cell's
    /// centre — never a report's exact place.
    async fn cells(&self) -> Vec<GridCell> {
        self.0
            .cells
            .iter()
            .map(|cell| GridCell {
                latitude: cell.latitude,
                longitude: cell.longitude,
                count: count(cell.count),
            })
            .collect()
    }
}

/// One commune's reports over the period.
#[derive(SimpleObject)]
pub struct CommuneFigures {
    /// The commune's INSEE code.
    pub code: String,
    /// Its name.
    pub name: String,
    /// Whether it takes part in the scheme.
    pub participating: bool,
    /// Reports filed in the period.
    pub total: i32,
    /// Of those, still open.
    pub open: i32,
}

/// One brigade's timeliness over the period.
pub struct BrigadeFigures(departement::BrigadeFigures);

/// One brigade's reports over the period and how soon it acknowledged them.
#[Object]
impl BrigadeFigures {
    /// The brigade.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Brigade> {
        let brigade = TerritoryLoaders::brigade(ctx, self.0.brigade).await?;
        Ok(Brigade(
            brigade.ok_or_else(|| AppError::internal(anyhow::anyhow!("figures of an unknown brigade")))?,
        ))
    }

    /// Reports it received in the period.
    async fn total(&self) -> i32 {
        count(self.0.total)
    }

    /// Of those, acknowledged.
    async fn acknowledged(&self) -> i32 {
        count(self.0.acknowledged)
    }

    /// Median seconds from filing to acknowledgement (acknowledged reports only).
    async fn median_seconds_to_acknowledge(&self) -> Option<i32> {
        self.0.median_seconds_to_acknowledge.map(|seconds| i32::try_from(seconds).unwrap_or(i32::MAX))
    }

    /// Reports acknowledged after their deadline, or still waiting past it.
    async fn overdue(&self) -> i32 {
        count(self.0.overdue)
    }

    /// `overdue` over `total` (0 to 1); null without reports.
    async fn overdue_share(&self) -> Option<f64> {
        (self.0.total > 0).then(|| self.0.overdue as f64 / self.0.total as f64)
    }
}

/// A cell of the ~200 m grid.
#[derive(SimpleObject)]
pub struct GridCell {
    /// The cell centre's latitude.
    pub latitude: f64,
    /// The cell centre's longitude.
    pub longitude: f64,
    /// Reports in the cell.
    pub count: i32,
}
