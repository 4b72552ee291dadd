//! GraphQL types of reports. Each wraps a row with the viewer's [`View`], so what a field
//! shows (exact or coarse location, internal notes, reporter) is decided here once.

use async_graphql::{Context, Enum, ID, Object, Result, SimpleObject, connection::Connection};
use chrono::{DateTime, Utc};
use entity::{enums, report};

use super::{
    access::{self, View},
    event_types::ReportEvent,
    events,
    loaders::ReportLoaders,
    nearby,
};
use crate::{
    error::AppError,
    identity::loaders::IdentityLoaders,
    identity::request,
    pagination::{Page, Totals},
    parts,
    territory::loaders::TerritoryLoaders,
    territory::{Brigade, Category, Commune, people::User},
};

/// A Relay connection over a page of reports seen through `view`.
pub fn connection(
    page: Page<report::Model>,
    cursor: impl Fn(&report::Model) -> String,
    view: View,
) -> Connection<String, Report, Totals> {
    crate::pagination::connection(page, cursor, |row| Report { row, view })
}

/// A report as its viewer may see it.
pub struct Report {
    pub row: report::Model,
    pub view: View,
}

/// A resident's report of a suspicious fact: what, where, when, and where it stands. Exact place and reporter are for the brigade only.
#[Object]
impl Report {
    /// The report's id.
    async fn id(&self) -> ID {
        self.row.id.into()
    }

    /// Where the report stands.
    async fn status(&self) -> ReportStatus {
        self.row.status.into()
    }

    /// What kind of fact it reports.
    async fn category(&self, ctx: &Context<'_>) -> Result<Category> {
        let category = TerritoryLoaders::category(ctx, &self.row.category_code).await?;
        Ok(Category(category.ok_or_else(|| AppError::internal(anyhow::anyhow!("report without category")))?))
    }

    /// What the reporter saw, in their words.
    async fn description(&self) -> &str {
        &self.row.description
    }

    /// Exact for the reporter and the brigade; on a ~200 m grid for coordinators.
    async fn location(&self) -> GeoPoint {
        let (latitude, longitude) = if self.view.exact_location() {
            (self.row.latitude, self.row.longitude)
        } else {
            access::coarsen(self.row.latitude, self.row.longitude)
        };
        GeoPoint { latitude, longitude }
    }

    /// The accuracy the phone reported, in metres (reporter and brigade only).
    async fn accuracy_meters(&self) -> Option<f64> {
        self.row.accuracy_meters.filter(|_| self.view.exact_location())
    }

    /// The commune where it happened.
    async fn commune(&self, ctx: &Context<'_>) -> Result<Commune> {
        let commune = TerritoryLoaders::commune(ctx, &self.row.commune_code).await?;
        Ok(Commune(commune.ok_or_else(|| AppError::internal(anyhow::anyhow!("report without commune")))?))
    }

    /// The brigade the report is routed to.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Brigade> {
        let brigade = TerritoryLoaders::brigade(ctx, self.row.brigade_id).await?;
        Ok(Brigade(brigade.ok_or_else(|| AppError::internal(anyhow::anyhow!("report without brigade")))?))
    }

    /// Why it went to that brigade.
    async fn routing_rule(&self) -> RoutingRule {
        self.row.routing_rule.into()
    }

    /// When the fact was seen.
    async fn observed_at(&self) -> DateTime<Utc> {
        self.row.observed_at
    }

    /// When the report was filed.
    async fn created_at(&self) -> DateTime<Utc> {
        self.row.created_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.row.updated_at
    }

    /// The history, oldest first; internal notes for brigade staff only.
    async fn events(&self, ctx: &Context<'_>) -> Result<Vec<ReportEvent>> {
        let rows = ReportLoaders::events(ctx, self.row.id).await?;
        Ok(rows
            .into_iter()
            .filter(|event| self.view.internal_notes() || events::is_public(event))
            .map(|row| ReportEvent { row, view: self.view })
            .collect())
    }

    /// Photos, as short-lived signed links (reporter and brigade only), metadata removed.
    async fn photos(&self, ctx: &Context<'_>) -> Result<Vec<Photo>> {
        if !self.view.exact_location() {
            return Ok(Vec::new());
        }
        let rows = ReportLoaders::photos(ctx, self.row.id).await?;
        let links = crate::media::service::links(crate::media::photo_service(ctx), &rows).await?;
        Ok(links.into_iter().map(|(id, url)| Photo { id: ID(id.to_string()), url }).collect())
    }

    /// The report this one duplicates, when the viewer may see it (through their own view
    /// of it, not this one's).
    async fn duplicate_of(&self, ctx: &Context<'_>) -> Result<Option<Report>> {
        let Some(original) = self.row.duplicate_of else { return Ok(None) };
        let Some(row) = ReportLoaders::report(ctx, original).await? else { return Ok(None) };
        Ok(seen_by(ctx, row))
    }

    /// Reports linked to this one as duplicates (brigade staff), each shown only if the
    /// viewer may see it, through their own view of it.
    async fn duplicates(&self, ctx: &Context<'_>) -> Result<Vec<Report>> {
        if self.view != View::Brigade {
            return Ok(Vec::new());
        }
        let rows = ReportLoaders::duplicates(ctx, self.row.id).await?;
        Ok(rows.into_iter().filter_map(|row| seen_by(ctx, row)).collect())
    }

    /// Open reports of the same category nearby (within 250 m and 48 h for the brigade; in
    /// the same ~200 m area for the reporter, while the report is open), never with another
    /// reporter's identity. Ids, distances and times only for the brigade's own reports.
    /// One spatial query per report: priced accordingly.
    async fn possible_duplicates(&self, ctx: &Context<'_>) -> Result<Vec<PossibleDuplicate>> {
        let brigade = match &request(ctx).viewer {
            crate::identity::Viewer::User(principal) => principal.brigade,
            crate::identity::Viewer::Anonymous => None,
        };
        let near = nearby::possible_duplicates(parts::db(ctx), &self.row, self.view, brigade).await?;
        Ok(near
            .into_iter()
            .map(|near| PossibleDuplicate {
                report_id: near.id.map(|id| id.into()),
                category_code: near.category_code,
                status: near.status.into(),
                distance_meters: near.distance_metres,
                observed_at: near.observed_at,
            })
            .collect())
    }

    /// The member of the brigade who holds it (brigade staff only; null when nobody does).
    async fn assignee(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let Some(id) = self.row.assignee_id.filter(|_| self.view == View::Brigade) else { return Ok(None) };
        Ok(IdentityLoaders::user(ctx, id).await?.map(User))
    }

    /// The brigade's order, 0 (low) to 3 (immediate): the category's urgency until staff
    /// change it (brigade staff only).
    async fn priority(&self) -> Option<i32> {
        (self.view == View::Brigade).then_some(self.row.priority)
    }

    /// When the brigade should acknowledge it by, from its urgency and the département's
    /// delays (brigade staff only).
    async fn acknowledge_by(&self) -> Option<DateTime<Utc>> {
        self.row.acknowledge_by.filter(|_| self.view == View::Brigade)
    }

    /// The incident it was grouped into: other reports of the same fact (brigade staff
    /// only).
    async fn incident(&self, ctx: &Context<'_>) -> Result<Option<super::incident_graphql::Incident>> {
        super::incident_graphql::of_report(ctx, &self.row, self.view).await
    }

    /// Whether it still waits for acknowledgement past that moment (brigade staff only).
    async fn overdue(&self) -> Option<bool> {
        (self.view == View::Brigade).then(|| super::deadlines::is_overdue(&self.row, Utc::now()))
    }

    /// Who filed it: brigade staff only. Each rendering is written to the read log
    /// (`identityReads`).
    async fn reporter(&self, ctx: &Context<'_>) -> Result<Option<Reporter>> {
        // An anonymised report has no reporter left to show.
        if !self.view.reporter_identity() || self.row.reporter_id == crate::ids::ANONYMOUS_REPORTER {
            return Ok(None);
        }
        let Some(user) = IdentityLoaders::user(ctx, self.row.reporter_id).await? else { return Ok(None) };
        // Logged before it leaves, by this request: no path renders an identity unrecorded.
        super::read_log::record(ctx, &self.row).await?;
        Ok(Some(Reporter { display_name: user.display_name, email: user.email, phone: user.phone }))
    }
}

/// A report's contact details, for the brigade.
#[derive(SimpleObject)]
pub struct Reporter {
    /// The reporter's name.
    pub display_name: String,
    /// Their e-mail address.
    pub email: String,
    /// Their phone number, if they gave one.
    pub phone: Option<String>,
}

/// A nearby open report of the same category.
#[derive(SimpleObject)]
pub struct PossibleDuplicate {
    /// For staff of its brigade (to link it); null for anyone else.
    pub report_id: Option<ID>,
    /// Its category.
    pub category_code: String,
    /// Where it stands.
    pub status: ReportStatus,
    /// For staff of its brigade; null for anyone else.
    pub distance_meters: Option<f64>,
    /// For staff of its brigade; null for anyone else.
    pub observed_at: Option<DateTime<Utc>>,
}

/// `row` as the viewer of this request may see it, through their own access rules; `None`
/// when they may not.
fn seen_by(ctx: &Context<'_>, row: report::Model) -> Option<Report> {
    let principal = request(ctx).viewer.principal().ok()?;
    access::view_of(principal, &row).map(|view| Report { row, view })
}

/// A WGS84 position.
#[derive(SimpleObject)]
pub struct GeoPoint {
    /// Latitude, WGS 84 degrees.
    pub latitude: f64,
    /// Longitude, WGS 84 degrees.
    pub longitude: f64,
}

/// A photo of a report.
#[derive(SimpleObject)]
pub struct Photo {
    /// The photo's id.
    pub id: ID,
    /// Short-lived signed URL.
    pub url: String,
}

/// Why a report went to its brigade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum RoutingRule {
    /// The default brigade of the commune where it happened.
    CommuneDefault,
    /// The commune's brigade for that category (e.g. the municipal police for incivilities).
    CategoryOverride,
    /// Sent on by brigade staff.
    Rerouted,
}

crate::enums::mirror_enum!(RoutingRule, enums::RoutingRule, [CommuneDefault, CategoryOverride, Rerouted]);

/// Where a report stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum ReportStatus {
    /// Filed, waiting for the brigade (« Reçu »).
    Submitted,
    /// The brigade has read it (« Pris en compte »).
    Acknowledged,
    /// The brigade is acting on it (« Intervention en cours »).
    InProgress,
    /// Dealt with (« Traité »): closed.
    Resolved,
    /// Not for the brigade, or not a fact to act on (« Classé »): closed.
    Rejected,
    /// The same fact as another report, which carries the work: closed.
    Duplicate,
    /// Taken back by its reporter before the brigade acted: closed.
    Withdrawn,
}

crate::enums::mirror_enum!(
    ReportStatus,
    enums::ReportStatus,
    [Submitted, Acknowledged, InProgress, Resolved, Rejected, Duplicate, Withdrawn]
);
