//! GraphQL types of reports. Each wraps a row with the viewer's [`View`], so what a field
//! shows (exact or coarse location, internal notes, reporter) is decided here once.

use async_graphql::{ComplexObject, Context, Enum, ID, Object, Result, SimpleObject, connection::Connection};
use chrono::{DateTime, Utc};
use entity::{enums, report, report_event};

use super::{
    access::{self, View},
    events,
    loaders::ReportLoaders,
    nearby,
};
use crate::{
    error::AppError,
    identity::loaders::IdentityLoaders,
    identity::{Role, request},
    pagination::{Page, PageRequest, Totals, encode_cursor},
    parts,
    territory::loaders::TerritoryLoaders,
    territory::{Brigade, Category, Commune},
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

/// One step of a report's history.
pub struct ReportEvent {
    pub row: report_event::Model,
    pub view: View,
}

/// One step of a report's history (filed, status changed, note, comment, rerouted…).
#[Object]
impl ReportEvent {
    /// The event's id (events of a report are ordered by it).
    async fn id(&self) -> ID {
        ID(self.row.id.to_string())
    }

    /// The report it belongs to.
    async fn report_id(&self) -> ID {
        self.row.report_id.into()
    }

    /// What happened.
    async fn kind(&self) -> ReportEventKind {
        self.row.kind.into()
    }

    /// The status after this event, when it changed it.
    async fn status(&self) -> Option<ReportStatus> {
        self.row.status.map(Into::into)
    }

    /// What the brigade says to the reporter, or what the reporter added (the reporter and
    /// the brigade only).
    async fn public_note(&self) -> Option<&str> {
        let by_reporter = self.row.actor_role == entity::enums::Role::Resident;
        self.row.public_note.as_deref().filter(|_| !by_reporter || self.view.reporter_words())
    }

    /// Brigade staff only.
    async fn internal_note(&self) -> Option<&str> {
        self.row.internal_note.as_deref().filter(|_| self.view.internal_notes())
    }

    /// The role of who did it (never their name).
    async fn actor_role(&self) -> Role {
        self.row.actor_role.into()
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.row.at
    }
}

/// What a step of a report's history records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum ReportEventKind {
    /// The reporter filed it.
    Filed,
    /// The brigade moved it through its lifecycle.
    StatusChanged,
    /// The brigade answered the reporter.
    Note,
    /// A note for the brigade only (never shown to the reporter or coordinators).
    InternalNote,
    /// The reporter added information.
    Comment,
    /// The reporter added photos.
    PhotosAdded,
    /// Sent to another brigade.
    Rerouted,
    /// Closed as a duplicate of another report.
    DuplicateLinked,
    /// The reporter withdrew it.
    Withdrawn,
}

crate::enums::mirror_enum!(
    ReportEventKind,
    enums::ReportEventKind,
    [Filed, StatusChanged, Note, InternalNote, Comment, PhotosAdded, Rerouted, DuplicateLinked, Withdrawn]
);

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

/// A count under a key (a category code, a status).
#[derive(SimpleObject)]
pub struct CountByKey {
    /// The category code or status counted.
    pub key: String,
    /// How many reports have it.
    pub count: i32,
}

/// A commune's activity over a period, for its coordinators.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct CommuneActivity {
    /// The commune's INSEE code.
    pub commune_code: String,
    /// Reports filed in the period.
    pub total: i32,
    /// Those reports by category.
    pub by_category: Vec<CountByKey>,
    /// Those reports by status.
    pub by_status: Vec<CountByKey>,
    /// Median seconds from filing to acknowledgement (acknowledged reports only).
    pub median_seconds_to_acknowledge: Option<i32>,
    #[graphql(skip)]
    pub period: super::activity::Period,
    /// `total`, unclamped: the count of `reports`.
    #[graphql(skip)]
    pub counted: u64,
}

#[ComplexObject]
impl CommuneActivity {
    /// Reports filed per week of the period, oldest first: `key` is the week's Monday
    /// (`YYYY-MM-DD`, weeks in UTC); weeks without a report are left out.
    async fn by_week(&self, ctx: &Context<'_>) -> Result<Vec<CountByKey>> {
        let weeks = super::activity::by_week(parts::db(ctx), &self.commune_code, self.period).await?;
        Ok(weeks
            .into_iter()
            .map(|(key, count)| CountByKey { key, count: i32::try_from(count).unwrap_or(i32::MAX) })
            .collect())
    }

    /// The reports, newest first: location on a ~200 m grid, no reporter.
    async fn reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Report, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let viewer = &request(ctx).viewer;
        let page = super::activity::reports(
            parts::db(ctx),
            viewer,
            &self.commune_code,
            self.period,
            page,
            self.counted,
        )
        .await?;
        Ok(connection(page, |row| encode_cursor(row.id), View::Overseer))
    }
}
