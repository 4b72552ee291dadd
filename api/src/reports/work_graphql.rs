//! The brigade's and the prefecture's work: assignment, priority, the staff to assign to,
//! a département's acknowledgement delays and its activity at a glance. Thin resolvers over
//! [`super::assignment`], [`super::deadlines`] and [`super::departement`].

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject};

use super::{
    access::View, assignment, deadlines, departement, departement_types::DepartementActivity, types::Report,
};
use crate::{
    config::AckDeadlines,
    date::Date,
    identity::request,
    ids::{BrigadeId, ParseId, ReportId, UserId},
    parts,
    territory::people::User,
};

/// A département's acknowledgement delays, in minutes by urgency.
#[derive(SimpleObject)]
pub struct AcknowledgementDeadlines {
    /// The département's INSEE code.
    pub departement: String,
    /// Immediate urgency (3).
    pub urgent_minutes: i32,
    /// High urgency (2).
    pub high_minutes: i32,
    /// Normal urgency (1).
    pub normal_minutes: i32,
    /// Low urgency (0).
    pub low_minutes: i32,
    /// Whether the département's admins chose them (false: the service's defaults).
    pub chosen: bool,
}

impl AcknowledgementDeadlines {
    fn of(departement: String, delays: AckDeadlines, chosen: bool) -> Self {
        let minutes = |value: u32| i32::try_from(value).unwrap_or(i32::MAX);
        Self {
            departement,
            urgent_minutes: minutes(delays.urgent),
            high_minutes: minutes(delays.high),
            normal_minutes: minutes(delays.normal),
            low_minutes: minutes(delays.low),
            chosen,
        }
    }
}

/// A département's new acknowledgement delays, in minutes (1 to 43 200 each, a more urgent
/// fact never given longer than a less urgent one).
#[derive(InputObject)]
pub struct AcknowledgementDeadlinesInput {
    /// Immediate urgency (3), e.g. 15.
    pub urgent_minutes: i32,
    /// High urgency (2), e.g. 120.
    pub high_minutes: i32,
    /// Normal urgency (1), e.g. 1440.
    pub normal_minutes: i32,
    /// Low urgency (0), e.g. 4320.
    pub low_minutes: i32,
}

#[derive(Default)]
pub struct BrigadeWorkQuery;

#[Object]
impl BrigadeWorkQuery {
    /// The active staff of a brigade, commanders first then by name — who a report can be
    /// given to (staff: their own brigade, the default; admins: a brigade of their
    /// départements).
    async fn brigade_staff(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The brigade (staff: their own, the default).")] brigade_id: Option<ID>,
    ) -> Result<Vec<User>> {
        let brigade = brigade_id.map(|id| BrigadeId::parse(&id, "brigadeId")).transpose()?;
        let rows = assignment::staff_of(parts::db(ctx), &request(ctx).viewer, brigade).await?;
        Ok(rows.into_iter().map(User).collect())
    }

    /// A département over a period (its admins): every commune's reports, participating in
    /// the scheme or not; weeks; each brigade's median time to acknowledge and overdue
    /// share; the map on the ~200 m grid. A year at most.
    async fn departement_activity(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The département's INSEE code (e.g. `90`).")] departement: String,
        #[graphql(desc = "The period's first day (UTC).")] from: Date,
        #[graphql(desc = "The period's last day, included (UTC).")] to: Date,
    ) -> Result<DepartementActivity> {
        let viewer = &request(ctx).viewer;
        let activity = departement::activity(parts::db(ctx), viewer, &departement, from.0, to.0).await?;
        Ok(DepartementActivity(activity))
    }

    /// The acknowledgement delays in force in a département (its admins).
    async fn acknowledgement_deadlines(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The département's INSEE code (e.g. `90`).")] departement: String,
    ) -> Result<AcknowledgementDeadlines> {
        let default = parts::config(ctx).brigade_work.ack_deadline_minutes;
        let found =
            deadlines::of_departement(parts::db(ctx), &request(ctx).viewer, &departement, default).await?;
        Ok(AcknowledgementDeadlines::of(departement, found.delays, found.chosen))
    }
}

#[derive(Default)]
pub struct BrigadeWorkMutation;

#[Object]
impl BrigadeWorkMutation {
    /// Gives a report to a member of its brigade, who is told through their feed; null takes
    /// it back (staff of its brigade).
    async fn assign_report(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "An active member of the report's brigade; null: nobody.")] user_id: Option<ID>,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let assignee = user_id.map(|id| UserId::parse(&id, "userId")).transpose()?;
        let row = assignment::assign(parts::db(ctx), &request(ctx).viewer, id, assignee).await?;
        Ok(Report { row, view: View::Brigade })
    }

    /// Sets the brigade's priority of a report, 0 (low) to 3 (immediate); the queue follows
    /// it, the history keeps the change and its reason (staff of its brigade).
    async fn set_report_priority(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report's id.")] report_id: ID,
        #[graphql(desc = "0 (low) to 3 (immediate).")] priority: i32,
        #[graphql(desc = "Why, in a sentence (kept in the internal history).")] reason: Option<String>,
    ) -> Result<Report> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let viewer = &request(ctx).viewer;
        let row = assignment::set_priority(parts::db(ctx), viewer, id, priority, reason.as_deref()).await?;
        Ok(Report { row, view: View::Brigade })
    }

    /// Sets a département's acknowledgement delays (its admins, audited): reports filed from
    /// then on get them, on every node within the routing refresh.
    async fn set_acknowledgement_deadlines(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The département's INSEE code (e.g. `90`).")] departement: String,
        #[graphql(desc = "The delays, in minutes by urgency.")] input: AcknowledgementDeadlinesInput,
    ) -> Result<AcknowledgementDeadlines> {
        let delays = [input.urgent_minutes, input.high_minutes, input.normal_minutes, input.low_minutes];
        let set = deadlines::set_for_departement(parts::db(ctx), &request(ctx).viewer, &departement, delays)
            .await?;
        Ok(AcknowledgementDeadlines::of(departement, set, true))
    }
}
