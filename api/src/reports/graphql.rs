//! Report queries, mutations and subscriptions: thin resolvers over the services.

use async_graphql::{
    Context, ID, Object, Result, Subscription, connection::Connection, futures_util::Stream,
};
use chrono::{DateTime, Utc};
use entity::enums::Role;

use super::{
    access::View,
    activity::{self, Period},
    activity_types::{CommuneActivity, CountByKey},
    event_types::ReportEvent,
    filing::{self, Filing},
    inputs::{FileReportInput, QueueAssignment, QueueFilter},
    live::{self, Audience},
    queries::{self, QueueCursor},
    triage::{self, Changed},
    types::{Report, ReportStatus, connection},
};
use crate::{
    bus::EventBus,
    identity::{Principal, policy, request},
    ids::{BrigadeId, ParseId, ReportId},
    media::photo_service,
    pagination::{PageRequest, Totals, encode_cursor},
    parts,
    routing::RoutingHandle,
    throttle::Throttles,
};

fn count_i32(count: u64) -> i32 {
    i32::try_from(count).unwrap_or(i32::MAX)
}

#[derive(Default)]
pub struct ReportQuery;

#[Object]
impl ReportQuery {
    /// A report, or null if it does not exist or is not visible to the caller.
    async fn report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] id: ID,
    ) -> Result<Option<Report>> {
        let Ok(id) = ReportId::parse(&id, "id") else { return Ok(None) };
        let found = queries::visible(parts::db(ctx), &request(ctx).viewer, id).await?;
        Ok(found.map(|(row, view)| Report { row, view }))
    }

    /// The caller's own reports, newest first (residents).
    async fn my_reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only reports in this state.")] status: Option<ReportStatus>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Report, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let page = queries::mine(parts::db(ctx), &request(ctx).viewer, status.map(Into::into), page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), View::Reporter))
    }

    /// A brigade's reports in the brigade's order — highest priority first, then oldest
    /// (staff: their brigade by default).
    async fn brigade_queue(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The brigade (staff: their own, the default).")] brigade_id: Option<ID>,
        #[graphql(desc = "What to keep (every criterion optional).")] filter: Option<QueueFilter>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Report, Totals>> {
        let brigade = brigade_id.map(|id| BrigadeId::parse(&id, "brigadeId")).transpose()?;
        let filter = filter.unwrap_or_default();
        let filter = queries::QueueFilter {
            statuses: filter.status.map(|statuses| statuses.into_iter().map(Into::into).collect()),
            category: filter.category_code,
            commune: filter.commune_code,
            created_since: filter.created_since,
            assignment: filter.assignment.map(|assignment| match assignment {
                QueueAssignment::AssignedToMe => queries::Assignment::Mine,
                QueueAssignment::Unassigned => queries::Assignment::Nobody,
            }),
            overdue: filter.overdue,
            one_per_incident: filter.one_per_incident.unwrap_or(false),
        };
        let viewer = &request(ctx).viewer;
        let page = queries::queue(parts::db(ctx), viewer, brigade, filter, first, after.as_deref()).await?;
        let view = if viewer.principal()?.role == Role::Admin { View::Overseer } else { View::Brigade };
        Ok(connection(page, |row| QueueCursor::of(row).encode(), view))
    }

    /// A commune's activity over a period (its coordinators and admins).
    async fn commune_activity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "The period's first day.")] from: Option<DateTime<Utc>>,
        #[graphql(desc = "The period's last day.")] to: Option<DateTime<Utc>>,
    ) -> Result<CommuneActivity> {
        let period = Period::new(from, to)?;
        let summary = activity::summary(parts::db(ctx), &request(ctx).viewer, &commune_code, period).await?;
        let counts = |pairs: Vec<(String, u64)>| {
            pairs.into_iter().map(|(key, count)| CountByKey { key, count: count_i32(count) }).collect()
        };
        Ok(CommuneActivity {
            commune_code: summary.commune,
            total: count_i32(summary.total),
            by_category: counts(summary.by_category),
            by_status: counts(summary.by_status),
            median_seconds_to_acknowledge: summary
                .median_seconds_to_acknowledge
                .map(|seconds| i32::try_from(seconds).unwrap_or(i32::MAX)),
            period,
            counted: summary.total,
        })
    }
}

#[derive(Default)]
pub struct ReportMutation;

/// Returns a change's event as its author sees it.
fn event_as(changed: Changed, view: View) -> ReportEvent {
    ReportEvent { row: changed.event, view }
}

/// Returns a changed report as its author sees it.
fn report_as(changed: Changed, view: View) -> Report {
    Report { row: changed.report, view }
}

#[Object]
impl ReportMutation {
    /// Files a report (approved residents). Routed to the brigade covering the place.
    async fn file_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: FileReportInput,
    ) -> Result<Report> {
        let filing = Filing {
            client_request_id: input.client_request_id.0,
            category_code: input.category_code,
            description: input.description,
            latitude: input.location.latitude,
            longitude: input.location.longitude,
            accuracy_meters: input.location.accuracy_meters,
            observed_at: input.observed_at,
            photo_ids: input.photo_ids.unwrap_or_default().into_iter().map(|id| id.0).collect(),
        };
        let desk = filing::Desk {
            db: parts::db(ctx),
            routing: parts::part::<std::sync::Arc<RoutingHandle>>(ctx),
            throttle: parts::part::<Throttles>(ctx),
            photos: photo_service(ctx),
            max_age_days: parts::config(ctx).report_max_age_days,
            deadlines: parts::config(ctx).brigade_work.ack_deadline_minutes,
            incident_rule: parts::config(ctx).brigade_work.incident_rule(),
        };
        let filed = filing::file(desk, &request(ctx).viewer, filing).await?;
        Ok(Report { row: filed.report, view: View::Reporter })
    }

    /// The reporter adds information to an open report; the brigade is notified.
    async fn add_report_comment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "The message's text.")] body: String,
    ) -> Result<ReportEvent> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let throttle = parts::part::<Throttles>(ctx);
        let changed = triage::add_comment(parts::db(ctx), throttle, &request(ctx).viewer, id, &body).await?;
        Ok(event_as(changed, View::Reporter))
    }

    /// The reporter adds photos (from `requestPhotoUpload`) to an open report.
    async fn add_report_photos(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "Uploaded photos (from `requestPhotoUpload`) to attach.")] photo_ids: Vec<ID>,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let ids: Vec<String> = photo_ids.into_iter().map(|id| id.0).collect();
        let throttle = parts::part::<Throttles>(ctx);
        let changed =
            triage::add_photos(photo_service(ctx), throttle, &request(ctx).viewer, id, &ids).await?;
        Ok(report_as(changed, View::Reporter))
    }

    /// The reporter withdraws a report still SUBMITTED.
    async fn withdraw_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "Why, in a sentence (kept in the audit trail).")] reason: Option<String>,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let changed = triage::withdraw(parts::db(ctx), &request(ctx).viewer, id, reason.as_deref()).await?;
        Ok(report_as(changed, View::Reporter))
    }

    /// Moves a report through its lifecycle (staff of its brigade).
    async fn transition_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "The status to move the report to.")] to: ReportStatus,
        #[graphql(desc = "A note the reporter sees.")] public_note: Option<String>,
        #[graphql(desc = "A note only the brigade sees.")] internal_note: Option<String>,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let viewer = &request(ctx).viewer;
        let changed = triage::transition(
            parts::db(ctx),
            parts::part::<Throttles>(ctx),
            viewer,
            id,
            to.into(),
            public_note.as_deref(),
            internal_note.as_deref(),
        )
        .await?;
        Ok(report_as(changed, View::Brigade))
    }

    /// Answers the reporter and/or keeps an internal note without changing the status.
    async fn add_report_note(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "A note the reporter sees.")] public_note: Option<String>,
        #[graphql(desc = "A note only the brigade sees.")] internal_note: Option<String>,
    ) -> Result<ReportEvent> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let viewer = &request(ctx).viewer;
        let changed =
            triage::add_note(parts::db(ctx), viewer, id, public_note.as_deref(), internal_note.as_deref())
                .await?;
        Ok(event_as(changed, View::Brigade))
    }

    /// Sends a report to another brigade (reason required).
    async fn reroute_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "The brigade to send it to.")] brigade_id: ID,
        #[graphql(desc = "Why, in a sentence (kept in the audit trail).")] reason: String,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let brigade = BrigadeId::parse(&brigade_id, "brigadeId")?;
        let changed = triage::reroute(parts::db(ctx), &request(ctx).viewer, id, brigade, &reason).await?;
        // The author's brigade no longer sees it: answer with what the reporter would see.
        Ok(report_as(changed, View::Overseer))
    }

    /// Closes a report as a duplicate of another one of the same brigade.
    async fn mark_duplicate(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "The report that carries the work.")] duplicate_of: ID,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let original = ReportId::parse(&duplicate_of, "duplicateOf")?;
        let changed = triage::mark_duplicate(parts::db(ctx), &request(ctx).viewer, id, original).await?;
        Ok(report_as(changed, View::Brigade))
    }
}

#[derive(Default)]
pub struct ReportSubscription;

/// The node's shared answers for subscribers.
fn fanout(ctx: &Context<'_>) -> std::sync::Arc<crate::notify::fanout::Fanout> {
    parts::part::<std::sync::Arc<crate::notify::fanout::Fanout>>(ctx).clone()
}

#[Subscription]
impl ReportSubscription {
    /// Every event on the caller's own reports (residents), internal notes excepted. With
    /// `after` (the last event the app saw), the events committed since come first (at most
    /// 500, oldest first), then live ones.
    async fn my_report_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The last event the app has: those after it are sent first.")] after: Option<ID>,
    ) -> Result<impl Stream<Item = Result<ReportEvent>> + use<>> {
        let principal = policy::reporter(&request(ctx).viewer)?.clone();
        let after = after.map(|id| crate::ids::parse_uuid(&id, "after")).transpose()?;
        let audience = Audience::Reporter(principal.id);
        live_events(ctx, principal, audience, after).await
    }

    /// New and changed reports of a brigade (its staff), internal notes included; `after`
    /// replays as for `myReportEvents`.
    async fn brigade_queue_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The brigade's id.")] brigade_id: ID,
        #[graphql(desc = "The last event the console has: those after it are sent first.")] after: Option<ID>,
    ) -> Result<impl Stream<Item = Result<ReportEvent>> + use<>> {
        let brigade = BrigadeId::parse(&brigade_id, "brigadeId")?;
        let principal = policy::brigade_events(&request(ctx).viewer, brigade)?.clone();
        let after = after.map(|id| crate::ids::parse_uuid(&id, "after")).transpose()?;
        let audience = Audience::Brigade(brigade);
        live_events(ctx, principal, audience, after).await
    }
}

/// The replay-then-live stream of `audience`'s events for `principal`, from this node's parts.
async fn live_events(
    ctx: &Context<'_>,
    principal: Principal,
    audience: Audience,
    after: Option<uuid::Uuid>,
) -> Result<impl Stream<Item = Result<ReportEvent>> + use<>> {
    let bus = parts::part::<EventBus>(ctx);
    Ok(live::events(bus, fanout(ctx), parts::db(ctx).clone(), principal, audience, after).await?)
}
