//! GraphQL of référents, security requests, partner organisations and problem cases: thin
//! resolvers over the services.

use async_graphql::{Context, ID, Object, Result, connection::Connection};
use chrono::{DateTime, Utc};

use super::{
    case_inputs::{ProblemCaseActionInput, ProblemCaseFilter, ProblemCaseInput, ProblemCaseMeetingInput},
    case_types::{CaseMember, ProblemCase, ProblemCaseAction, ProblemCaseMeeting},
    cases::{self, NewMember},
    referents, requests,
    types::{ReferentAssignment, SecurityRequest, SecurityRequestFilter, SecurityRequestInput},
};
use crate::{
    error::AppError,
    identity::request,
    ids::{CaseId, OrganisationId, ParseId, ReportId, SecurityRequestId, UserId, parse_uuid},
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    reports::{Report, access::View},
    territory::{Commune, loaders::TerritoryLoaders},
    throttle::Throttles,
};

async fn commune(ctx: &Context<'_>, code: &str) -> Result<Commune> {
    let summary = TerritoryLoaders::commune(ctx, code.trim()).await?.ok_or(AppError::NotFound("Commune"))?;
    Ok(Commune(summary))
}

fn member(user_id: Option<ID>, organisation_id: Option<ID>) -> Result<NewMember> {
    match (user_id, organisation_id) {
        (Some(user), None) => Ok(NewMember::User(UserId::parse(&user, "userId")?)),
        (None, Some(organisation)) => {
            Ok(NewMember::Organisation(OrganisationId::parse(&organisation, "organisationId")?))
        }
        _ => {
            Err(AppError::bad_input("userId", "Indiquez un compte ou une organisation, pas les deux.").into())
        }
    }
}

async fn case_as_seen(ctx: &Context<'_>, row: entity::problem_case::Model) -> Result<ProblemCase> {
    let principal = request(ctx).viewer.principal()?;
    let role = super::access::case_role(parts::db(ctx), principal, &row)
        .await?
        .ok_or(AppError::NotFound("Dossier"))?;
    Ok(ProblemCase { row, role })
}

#[derive(Default)]
pub struct PartnershipQuery;

#[Object]
impl PartnershipQuery {
    /// Security requests the caller sees, newest first: the brigade's for its référents and
    /// commander, their communes' for coordinators.
    async fn security_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to keep (every criterion optional).")] filter: Option<SecurityRequestFilter>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, SecurityRequest, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = filter.unwrap_or_default();
        let filter = requests::RequestFilter {
            status: filter.status.map(Into::into),
            commune_code: filter.commune_code,
        };
        let page = requests::list(parts::db(ctx), &request(ctx).viewer, filter, page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), SecurityRequest))
    }

    /// A security request the caller is a party to, with its thread (null otherwise).
    async fn security_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The security request's id.")] id: ID,
    ) -> Result<Option<SecurityRequest>> {
        let id = SecurityRequestId::parse(&id, "id")?;
        Ok(requests::get(parts::db(ctx), &request(ctx).viewer, id).await?.map(SecurityRequest))
    }

    /// The problem cases the caller runs or is a member of, newest first.
    async fn problem_cases(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to keep (every criterion optional).")] filter: Option<ProblemCaseFilter>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, ProblemCase, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = cases::CaseFilter { status: filter.unwrap_or_default().status.map(Into::into) };
        let page = cases::list(parts::db(ctx), &request(ctx).viewer, filter, page).await?;
        let principal = request(ctx).viewer.principal()?;
        let mut roles = std::collections::HashMap::with_capacity(page.items.len());
        for row in &page.items {
            let role = super::access::case_role(parts::db(ctx), principal, row).await?;
            roles.insert(row.id, role.unwrap_or(super::access::CaseRole::Member));
        }
        Ok(connection(
            page,
            |row| encode_cursor(row.id),
            |row| {
                let role = roles.get(&row.id).copied().unwrap_or(super::access::CaseRole::Member);
                ProblemCase { row, role }
            },
        ))
    }

    /// A problem case, for its members only (null otherwise).
    async fn problem_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] id: ID,
    ) -> Result<Option<ProblemCase>> {
        let id = CaseId::parse(&id, "id")?;
        let found = cases::get(parts::db(ctx), &request(ctx).viewer, id).await?;
        Ok(found.map(|(row, role)| ProblemCase { row, role }))
    }

    /// Reports of the case's brigade in its sector and categories observed between `from`
    /// and `to`, not linked yet (the case's référent; at most 200).
    async fn problem_case_suggestions(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "Reports seen from this day.")] from: DateTime<Utc>,
        #[graphql(desc = "Reports seen until this day.")] to: DateTime<Utc>,
    ) -> Result<Vec<Report>> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let rows = cases::suggestions(parts::db(ctx), &request(ctx).viewer, id, from, to).await?;
        Ok(rows.into_iter().map(|row| Report { row, view: View::Brigade }).collect())
    }

    /// Who the case's manager may add, not members yet: the coordinators of its communes,
    /// the staff of its brigade, the partner organisations of its département (people by
    /// name, then organisations).
    async fn problem_case_candidates(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
    ) -> Result<Vec<CaseMember>> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let candidates = cases::candidates(parts::db(ctx), &request(ctx).viewer, id).await?;
        let shown = candidates.into_iter().map(|candidate| async move {
            crate::error::AppResult::Ok(match candidate {
                cases::Candidate::Person(user) => {
                    let brigade = match user.brigade_id {
                        Some(id) => TerritoryLoaders::brigade(ctx, id).await?.map(|row| row.name),
                        None => None,
                    };
                    CaseMember::of(&user, brigade, None)
                }
                cases::Candidate::Organisation(row) => CaseMember::of_organisation(row.into()),
            })
        });
        Ok(async_graphql::futures_util::future::try_join_all(shown).await?)
    }

    /// Every référent a commune had, newest first.
    async fn referent_history(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
    ) -> Result<Vec<ReferentAssignment>> {
        let rows = referents::history(parts::db(ctx), &request(ctx).viewer, &commune_code).await?;
        Ok(rows.into_iter().map(ReferentAssignment).collect())
    }
}

#[derive(Default)]
pub struct PartnershipMutation;

#[Object]
impl PartnershipMutation {
    /// Designates a staff member of a covering brigade référent of a commune (the brigade's
    /// commander, or an admin); the previous designation ends.
    async fn designate_referent(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "The staff member who becomes référent.")] user_id: ID,
    ) -> Result<Commune> {
        let user = UserId::parse(&user_id, "userId")?;
        referents::designate(parts::db(ctx), &request(ctx).viewer, &commune_code, user).await?;
        commune(ctx, &commune_code).await
    }

    /// Ends the designation of a commune's référent.
    async fn end_referent(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
    ) -> Result<Commune> {
        referents::end(parts::db(ctx), &request(ctx).viewer, &commune_code).await?;
        commune(ctx, &commune_code).await
    }

    /// Opens a thread between a commune's elected officials and the brigade: a coordinator
    /// writes to their commune's référent (its brigade's commander when none is designated);
    /// the commune's référent, or the commander of the brigade covering it, writes to its
    /// officials (the thread then waits on them, `ANSWERED`).
    async fn open_security_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: SecurityRequestInput,
    ) -> Result<SecurityRequest> {
        let new = requests::NewRequest {
            commune_code: input.commune_code,
            topic: input.topic.into(),
            subject: input.subject,
            body: input.body,
        };
        let throttle = parts::part::<Throttles>(ctx);
        Ok(SecurityRequest(requests::open(parts::db(ctx), throttle, &request(ctx).viewer, new).await?))
    }

    /// Adds a message to a request (either side); the other side hears of it.
    async fn reply_to_security_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The security request's id.")] id: ID,
        #[graphql(desc = "The message's text.")] body: String,
    ) -> Result<SecurityRequest> {
        let id = SecurityRequestId::parse(&id, "id")?;
        let throttle = parts::part::<Throttles>(ctx);
        Ok(SecurityRequest(requests::reply(parts::db(ctx), throttle, &request(ctx).viewer, id, &body).await?))
    }

    /// Closes a request (either side).
    async fn close_security_request(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The security request's id.")] id: ID,
    ) -> Result<SecurityRequest> {
        let id = SecurityRequestId::parse(&id, "id")?;
        Ok(SecurityRequest(requests::close(parts::db(ctx), &request(ctx).viewer, id).await?))
    }

    /// Opens a problem case (a référent, for communes their brigade covers).
    async fn open_problem_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: ProblemCaseInput,
    ) -> Result<ProblemCase> {
        let new = cases::NewCase {
            title: input.title,
            problem: input.problem,
            commune_codes: input.commune_codes,
            sector: input.sector,
            category_codes: input.category_codes,
        };
        let row = cases::open(parts::db(ctx), &request(ctx).viewer, new).await?;
        case_as_seen(ctx, row).await
    }

    /// Adds a member: an account (`userId`) or a partner organisation (`organisationId`).
    async fn add_problem_case_member(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "A person to add (or an organisation, not both).")] user_id: Option<ID>,
        #[graphql(desc = "An organisation to add (or a person, not both).")] organisation_id: Option<ID>,
    ) -> Result<ProblemCase> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let row =
            cases::add_member(parts::db(ctx), &request(ctx).viewer, id, member(user_id, organisation_id)?)
                .await?;
        case_as_seen(ctx, row).await
    }

    /// Removes a member.
    async fn remove_problem_case_member(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "The person to remove (or an organisation).")] user_id: Option<ID>,
        #[graphql(desc = "The organisation to remove (or a person).")] organisation_id: Option<ID>,
    ) -> Result<ProblemCase> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let row =
            cases::remove_member(parts::db(ctx), &request(ctx).viewer, id, member(user_id, organisation_id)?)
                .await?;
        case_as_seen(ctx, row).await
    }

    /// Links reports of the brigade in the case's sector (at most 200 at once).
    async fn link_reports_to_problem_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "The reports to link.")] report_ids: Vec<ID>,
    ) -> Result<ProblemCase> {
        let id = CaseId::parse(&case_id, "caseId")?;
        if report_ids.len() > cases::MAX_REPORTS {
            return Err(AppError::bad_input("reportIds", "Liez au plus 200 signalements à la fois.").into());
        }
        let reports =
            report_ids.iter().map(|id| ReportId::parse(id, "reportIds")).collect::<Result<Vec<_>, _>>()?;
        let row = cases::link_reports(parts::db(ctx), &request(ctx).viewer, id, &reports).await?;
        case_as_seen(ctx, row).await
    }

    /// Records (no id) or updates an action of the case.
    async fn save_problem_case_action(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "What to create or change.")] input: ProblemCaseActionInput,
    ) -> Result<ProblemCaseAction> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let action = cases::ActionInput {
            id: input.id.map(|id| parse_uuid(&id, "id")).transpose()?,
            title: input.title,
            owner: input.owner,
            organisation: input
                .organisation_id
                .map(|id| OrganisationId::parse(&id, "organisationId"))
                .transpose()?,
            due_on: input.due_on.map(|date| date.0),
            status: input.status.into(),
            outcome: input.outcome,
        };
        Ok(cases::save_action(parts::db(ctx), &request(ctx).viewer, id, action).await?.into())
    }

    /// Records a meeting of the case; its members hear of it.
    async fn record_problem_case_meeting(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "What to create or change.")] input: ProblemCaseMeetingInput,
    ) -> Result<ProblemCaseMeeting> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let meeting = cases::MeetingInput {
            held_on: input.held_on.0,
            attendees: input.attendees,
            minutes: input.minutes,
        };
        Ok(cases::record_meeting(parts::db(ctx), &request(ctx).viewer, id, meeting).await?.into())
    }

    /// Closes the case with the référent's assessment; the server computes the before/after
    /// counts over windows of `windowDays` (default 90).
    async fn close_problem_case(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The problem case's id.")] case_id: ID,
        #[graphql(desc = "The group's assessment of what was achieved.")] assessment: String,
        #[graphql(desc = "The length of the evaluation's windows, in days.")] window_days: Option<i32>,
    ) -> Result<ProblemCase> {
        let id = CaseId::parse(&case_id, "caseId")?;
        let window = i64::from(window_days.unwrap_or(90));
        let row = cases::close(parts::db(ctx), &request(ctx).viewer, id, &assessment, window).await?;
        case_as_seen(ctx, row).await
    }
}
