//! GraphQL of incidents (the brigade's alone): the list, the incident with its reports, and
//! confirming, splitting, adding, merging and moving a whole incident.

use async_graphql::{Context, ID, Object, Result, connection::Connection};
use chrono::{DateTime, Utc};
use entity::{incident, report};

use super::{GeoPoint, Report, ReportStatus, access::View, incidents, lifecycle, loaders::ReportLoaders};
use crate::{
    error::AppError,
    identity::{User, loaders::IdentityLoaders, request},
    ids::{BrigadeId, IncidentId, ParseId, ReportId},
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    territory::{Brigade, loaders::TerritoryLoaders},
};

/// An incident, as its brigade sees it.
pub struct Incident(pub incident::Model);

/// Reports of one fact — compatible categories, close in place and time — grouped within a
/// brigade at filing; the brigade confirms, splits, merges and moves them together.
#[Object]
impl Incident {
    /// The incident's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The brigade whose reports it groups.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Brigade> {
        let brigade = TerritoryLoaders::brigade(ctx, self.0.brigade_id).await?;
        Ok(Brigade(
            brigade.ok_or_else(|| AppError::internal(anyhow::anyhow!("incident of an unknown brigade")))?,
        ))
    }

    /// Whether the brigade confirmed that its reports are one fact (grouping is automatic).
    async fn confirmed(&self) -> bool {
        self.0.confirmed
    }

    /// Who confirmed it.
    async fn confirmed_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let Some(id) = self.0.confirmed_by else { return Ok(None) };
        Ok(IdentityLoaders::user(ctx, id).await?.map(User))
    }

    /// When it was confirmed.
    async fn confirmed_at(&self) -> Option<DateTime<Utc>> {
        self.0.confirmed_at
    }

    /// When it formed (the second report's filing).
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Its reports, oldest first (50 at most).
    async fn reports(&self, ctx: &Context<'_>) -> Result<Vec<Report>> {
        let rows = ReportLoaders::incident_reports(ctx, self.0.id).await?;
        Ok(rows.into_iter().map(|row| Report { row, view: View::Brigade }).collect())
    }

    /// How many reports it groups.
    async fn report_count(&self, ctx: &Context<'_>) -> Result<i32> {
        Ok(ReportLoaders::incident_reports(ctx, self.0.id).await?.len() as i32)
    }

    /// How many of them are still being worked.
    async fn open_count(&self, ctx: &Context<'_>) -> Result<i32> {
        let rows = ReportLoaders::incident_reports(ctx, self.0.id).await?;
        Ok(rows.iter().filter(|row| lifecycle::is_open(row.status)).count() as i32)
    }

    /// The earliest observation of its reports.
    async fn first_observed_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        Ok(ReportLoaders::incident_reports(ctx, self.0.id).await?.iter().map(|row| row.observed_at).min())
    }

    /// The latest observation of its reports.
    async fn last_observed_at(&self, ctx: &Context<'_>) -> Result<Option<DateTime<Utc>>> {
        Ok(ReportLoaders::incident_reports(ctx, self.0.id).await?.iter().map(|row| row.observed_at).max())
    }

    /// The middle of its reports' places (exact: the brigade's).
    async fn center(&self, ctx: &Context<'_>) -> Result<Option<GeoPoint>> {
        Ok(center(&ReportLoaders::incident_reports(ctx, self.0.id).await?))
    }
}

/// The mean of the reports' positions (they lie within a few hundred metres).
fn center(rows: &[report::Model]) -> Option<GeoPoint> {
    let count = rows.len() as f64;
    (!rows.is_empty()).then(|| GeoPoint {
        latitude: rows.iter().map(|row| row.latitude).sum::<f64>() / count,
        longitude: rows.iter().map(|row| row.longitude).sum::<f64>() / count,
    })
}

/// The incident a report belongs to, for the brigade (null for everyone else).
pub async fn of_report(ctx: &Context<'_>, row: &report::Model, view: View) -> Result<Option<Incident>> {
    let Some(id) = row.incident_id.filter(|_| view == View::Brigade) else { return Ok(None) };
    Ok(ReportLoaders::incident(ctx, id).await?.map(Incident))
}

#[derive(Default)]
pub struct IncidentQuery;

#[Object]
impl IncidentQuery {
    /// The brigade's incidents that still have a report being worked, newest first (staff
    /// of the brigade; their own when `brigadeId` is not given).
    async fn incidents(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The brigade (default: the caller's).")] brigade_id: Option<ID>,
        #[graphql(desc = "Only confirmed (true) or unconfirmed (false) incidents.")] confirmed: Option<bool>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Incident, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let brigade = brigade_id.map(|id| BrigadeId::parse(&id, "brigadeId")).transpose()?;
        let page = incidents::list(parts::db(ctx), &request(ctx).viewer, brigade, confirmed, page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), Incident))
    }
}

#[derive(Default)]
pub struct IncidentMutation;

#[Object]
impl IncidentMutation {
    /// Confirms that the incident's reports are one fact (staff of its brigade).
    async fn confirm_incident(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The incident's id.")] incident_id: ID,
    ) -> Result<Incident> {
        let id = IncidentId::parse(&incident_id, "incidentId")?;
        Ok(Incident(incidents::confirm(parts::db(ctx), &request(ctx).viewer, id).await?))
    }

    /// Takes a report out of its incident: a separate fact, never grouped automatically
    /// again. An incident left with one report is dissolved.
    async fn split_report_from_incident(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "Why, in a sentence (kept in the internal history).")] reason: Option<String>,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let row = incidents::split(parts::db(ctx), &request(ctx).viewer, id, reason.as_deref()).await?;
        Ok(Report { row, view: View::Brigade })
    }

    /// Adds an open report of the brigade to an incident (it leaves the one it was in).
    async fn add_report_to_incident(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The incident's id.")] incident_id: ID,
        #[graphql(desc = "The report's id.")] report_id: ID,
    ) -> Result<Incident> {
        let id = IncidentId::parse(&incident_id, "incidentId")?;
        let report = ReportId::parse(&report_id, "reportId")?;
        Ok(Incident(incidents::add(parts::db(ctx), &request(ctx).viewer, id, report).await?))
    }

    /// Moves every report of `otherIncidentId` into `incidentId`, which remains.
    async fn merge_incidents(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The incident that remains.")] incident_id: ID,
        #[graphql(desc = "The incident whose reports join it (it is then forgotten).")] other_incident_id: ID,
    ) -> Result<Incident> {
        let id = IncidentId::parse(&incident_id, "incidentId")?;
        let other = IncidentId::parse(&other_incident_id, "otherIncidentId")?;
        Ok(Incident(incidents::merge(parts::db(ctx), &request(ctx).viewer, id, other).await?))
    }

    /// Moves every report of the incident that may make that move (acknowledge, intervene,
    /// resolve, reject), with the same notes; each reporter hears of their own report
    /// only. Answers the reports moved; none movable is `INVALID_TRANSITION`.
    async fn transition_incident(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The incident's id.")] incident_id: ID,
        #[graphql(desc = "The status to move its reports to.")] to: ReportStatus,
        #[graphql(desc = "A note each reporter reads (required to reject).")] public_note: Option<String>,
        #[graphql(desc = "A note for the brigade only.")] internal_note: Option<String>,
    ) -> Result<Vec<Report>> {
        let id = IncidentId::parse(&incident_id, "incidentId")?;
        let moved = incidents::transition(
            parts::db(ctx),
            parts::part::<crate::throttle::Throttles>(ctx),
            &request(ctx).viewer,
            id,
            to.into(),
            public_note.as_deref(),
            internal_note.as_deref(),
        )
        .await?;
        Ok(moved.into_iter().map(|row| Report { row, view: View::Brigade }).collect())
    }
}
