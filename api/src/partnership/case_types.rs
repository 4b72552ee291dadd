//! GraphQL shapes of problem cases: the case as its member sees it, its members, actions,
//! meetings and evaluation (their inputs are in `case_inputs`). A case's reports are shown on the ~200 m grid
//! with no reporter; their ids only to the brigade.

use async_graphql::{Context, Enum, ID, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{enums, problem_case, problem_case_action, problem_case_meeting, report};

use super::{
    access::{self as partnership_access, CaseRole},
    cases,
    loaders::PartnershipLoaders,
    types::PartnerOrganisation,
};
use crate::{
    date::Date,
    identity::{User, loaders::IdentityLoaders},
    reports::{GeoPoint, access},
    territory::loaders::TerritoryLoaders,
};

/// Where a problem case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum ProblemCaseStatus {
    /// Being worked on by its members.
    Open,
    /// Closed, with its evaluation.
    Closed,
}
crate::enums::mirror_enum!(ProblemCaseStatus, enums::ProblemCaseStatus, [Open, Closed]);

/// Where an action stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum ActionStatus {
    /// Decided, not started.
    Planned,
    /// Being carried out.
    InProgress,
    /// Carried out.
    Done,
    /// Given up.
    Abandoned,
}
crate::enums::mirror_enum!(ActionStatus, enums::ActionStatus, [Planned, InProgress, Done, Abandoned]);

/// A member of a problem case.
#[derive(SimpleObject)]
pub struct CaseMember {
    /// The account the member stands for (what `removeProblemCaseMember(userId)` takes);
    /// null for an organisation.
    pub user_id: Option<ID>,
    /// The organisation the member stands for, when it is one (what
    /// `removeProblemCaseMember(organisationId)` takes); null for a person.
    pub organisation_id: Option<ID>,
    /// The member's name (a person), or none (an organisation).
    pub display_name: Option<String>,
    /// The member's role (a person).
    pub role: Option<crate::identity::Role>,
    /// The member's organisation (a partner, or an organisation member).
    pub organisation: Option<PartnerOrganisation>,
    /// The brigade a staff member belongs to.
    pub brigade_name: Option<String>,
}

impl CaseMember {
    /// A member who is an account: name, role, brigade — never a contact.
    pub(super) fn of(
        user: &entity::app_user::Model,
        brigade_name: Option<String>,
        organisation: Option<PartnerOrganisation>,
    ) -> Self {
        Self {
            user_id: Some(user.id.into()),
            organisation_id: None,
            display_name: Some(user.display_name.clone()),
            role: Some(user.role.into()),
            organisation,
            brigade_name,
        }
    }

    /// A member who is an organisation.
    pub(super) fn of_organisation(organisation: PartnerOrganisation) -> Self {
        Self {
            user_id: None,
            organisation_id: Some(organisation.id.clone()),
            display_name: None,
            role: None,
            organisation: Some(organisation),
            brigade_name: None,
        }
    }
}

/// A report linked to a case, as members see it: on the ~200 m grid, no reporter.
#[derive(SimpleObject)]
pub struct CaseReport {
    /// The brigade's staff only (they open it with `report(id)`).
    pub report_id: Option<ID>,
    /// The report's category.
    pub category_code: String,
    /// Where the report stands.
    pub status: crate::reports::ReportStatus,
    /// Where it happened.
    pub commune_code: String,
    /// The day the fact was seen (no time, no place, no reporter).
    pub observed_on: Date,
    /// The centre of its ~200 m cell.
    pub location: GeoPoint,
}

impl CaseReport {
    fn new(row: report::Model, role: CaseRole) -> Self {
        let (latitude, longitude) = access::coarsen(row.latitude, row.longitude);
        Self {
            report_id: role.sees_report_ids().then(|| ID(row.id.to_string())),
            category_code: row.category_code,
            status: row.status.into(),
            commune_code: row.commune_code,
            observed_on: Date(row.observed_at.date_naive()),
            location: GeoPoint { latitude, longitude },
        }
    }
}

/// An action of a case.
#[derive(SimpleObject)]
pub struct ProblemCaseAction {
    /// The action's id.
    pub id: ID,
    /// What is to be done.
    pub title: String,
    /// Who carries it out.
    pub owner: String,
    /// The partner organisation carrying it out, if any.
    pub organisation_id: Option<ID>,
    /// When it should be done.
    pub due_on: Option<Date>,
    /// Where it stands.
    pub status: ActionStatus,
    /// What came of it.
    pub outcome: Option<String>,
    /// When it was marked done.
    pub done_at: Option<DateTime<Utc>>,
}

impl From<problem_case_action::Model> for ProblemCaseAction {
    fn from(row: problem_case_action::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            title: row.title,
            owner: row.owner,
            organisation_id: row.organisation_id.map(|id| ID(id.to_string())),
            due_on: row.due_on.map(Date),
            status: row.status.into(),
            outcome: row.outcome,
            done_at: row.done_at,
        }
    }
}

/// A meeting of a case.
#[derive(SimpleObject)]
pub struct ProblemCaseMeeting {
    /// The meeting's id.
    pub id: ID,
    /// When it was held.
    pub held_on: Date,
    /// Who attended.
    pub attendees: String,
    /// What was said and decided.
    pub minutes: String,
}

impl From<problem_case_meeting::Model> for ProblemCaseMeeting {
    fn from(row: problem_case_meeting::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            held_on: Date(row.held_on),
            attendees: row.attendees,
            minutes: row.minutes,
        }
    }
}

/// The evaluation of a closed case: report counts over equal windows before the case
/// opened and after its actions were done.
#[derive(SimpleObject)]
pub struct CaseEvaluation {
    /// The length of each window, in days.
    pub window_days: i32,
    /// First day of the window before the case opened.
    pub before_from: DateTime<Utc>,
    /// Last day of the window before.
    pub before_to: DateTime<Utc>,
    /// First day of the window after the actions were done.
    pub after_from: DateTime<Utc>,
    /// Last day of the window after.
    pub after_to: DateTime<Utc>,
    /// Whether the after window is over (else: the counts so far).
    pub after_complete: bool,
    /// Reports in the case's communes and categories, before.
    pub total_before: i32,
    /// The same, after.
    pub total_after: i32,
    /// The same, by category.
    pub rows: Vec<CaseEvaluationRow>,
}

/// Counts of one category in one month.
#[derive(SimpleObject)]
pub struct CaseEvaluationRow {
    /// The category.
    pub category_code: String,
    /// `YYYY-MM`.
    pub month: String,
    /// Its reports before.
    pub before: i32,
    /// Its reports after.
    pub after: i32,
}

fn int(value: i64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

/// A problem case, as its member sees it.
pub struct ProblemCase {
    pub row: problem_case::Model,
    pub role: CaseRole,
}

/// A partnership group's case (GPO): one identified problem, its members, actions, meetings and evaluation.
#[Object]
impl ProblemCase {
    /// The case's id.
    async fn id(&self) -> ID {
        ID(self.row.id.to_string())
    }

    /// The problem it addresses.
    async fn title(&self) -> &str {
        &self.row.title
    }

    /// The identified problem.
    async fn problem(&self) -> &str {
        &self.row.problem
    }

    /// Where it stands.
    async fn status(&self) -> ProblemCaseStatus {
        self.row.status.into()
    }

    /// The drawn sector inside the communes (GeoJSON geometry), if any.
    async fn sector(&self) -> Option<&str> {
        self.row.sector_polygon.as_deref()
    }

    /// The communes it concerns.
    async fn commune_codes(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(PartnershipLoaders::communes(ctx, self.row.id).await?)
    }

    /// The report categories it concerns.
    async fn category_codes(&self, ctx: &Context<'_>) -> Result<Vec<String>> {
        Ok(PartnershipLoaders::categories(ctx, self.row.id).await?)
    }

    /// The référent who leads it, with their professional contact: for brigade staff,
    /// coordinators and admins (null for partners, who see `leadMember`).
    async fn lead(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        if !partnership_access::sees_lead_contact(&crate::identity::request(ctx).viewer) {
            return Ok(None);
        }
        Ok(IdentityLoaders::user(ctx, self.row.lead_id).await?.map(User))
    }

    /// The référent who leads it as every member sees them: name, role and brigade.
    async fn lead_member(&self, ctx: &Context<'_>) -> Result<Option<CaseMember>> {
        let Some(lead) = IdentityLoaders::user(ctx, self.row.lead_id).await? else { return Ok(None) };
        let brigade = match lead.brigade_id {
            Some(id) => TerritoryLoaders::brigade(ctx, id).await?.map(|brigade| brigade.name),
            None => None,
        };
        Ok(Some(CaseMember::of(&lead, brigade, None)))
    }

    /// Whether the caller runs the case (its lead, or the brigade's commander).
    async fn managed_by_me(&self) -> bool {
        self.role.manages()
    }

    /// Who works on it.
    async fn members(&self, ctx: &Context<'_>) -> Result<Vec<CaseMember>> {
        let members = PartnershipLoaders::members(ctx, self.row.id).await?;
        // Every member at once: their accounts, brigades and organisations join one batch each.
        let shown = members.into_iter().map(|member| async move {
            let organisation = match member.organisation_id {
                Some(id) => PartnershipLoaders::organisation(ctx, id).await?.map(Into::into),
                None => None,
            };
            let user = match member.user_id {
                Some(id) => IdentityLoaders::user(ctx, id).await?,
                None => None,
            };
            let Some(user) = user else {
                return Ok(CaseMember {
                    user_id: None,
                    organisation_id: member.organisation_id.map(|id| ID(id.to_string())),
                    display_name: None,
                    role: None,
                    organisation,
                    brigade_name: None,
                });
            };
            let brigade = match user.brigade_id {
                Some(id) => TerritoryLoaders::brigade(ctx, id).await?.map(|row| row.name),
                None => None,
            };
            crate::error::AppResult::Ok(CaseMember::of(&user, brigade, organisation))
        });
        Ok(async_graphql::futures_util::future::try_join_all(shown).await?)
    }

    /// The linked reports, newest first.
    async fn reports(&self, ctx: &Context<'_>) -> Result<Vec<CaseReport>> {
        let rows = PartnershipLoaders::reports(ctx, self.row.id).await?;
        Ok(rows.into_iter().map(|row| CaseReport::new(row, self.role)).collect())
    }

    /// What was decided, and how it stands.
    async fn actions(&self, ctx: &Context<'_>) -> Result<Vec<ProblemCaseAction>> {
        Ok(PartnershipLoaders::actions(ctx, self.row.id).await?.into_iter().map(Into::into).collect())
    }

    /// The group's meetings.
    async fn meetings(&self, ctx: &Context<'_>) -> Result<Vec<ProblemCaseMeeting>> {
        Ok(PartnershipLoaders::meetings(ctx, self.row.id).await?.into_iter().map(Into::into).collect())
    }

    /// When it was opened.
    async fn opened_at(&self) -> DateTime<Utc> {
        self.row.opened_at
    }

    /// When it was closed, if it is.
    async fn closed_at(&self) -> Option<DateTime<Utc>> {
        self.row.closed_at
    }

    /// The référent's qualitative assessment (closed cases).
    async fn assessment(&self) -> Option<&str> {
        self.row.assessment.as_deref()
    }

    /// The computed before/after counts (closed cases).
    async fn evaluation(&self) -> Option<CaseEvaluation> {
        let computed = cases::evaluation_of(&self.row)?;
        Some(CaseEvaluation {
            window_days: int(computed.window_days),
            before_from: computed.before_from,
            before_to: computed.before_to,
            after_from: computed.after_from,
            after_to: computed.after_to,
            after_complete: computed.after_complete,
            total_before: int(computed.total_before),
            total_after: int(computed.total_after),
            rows: computed
                .rows
                .into_iter()
                .map(|row| CaseEvaluationRow {
                    category_code: row.category,
                    month: row.month,
                    before: int(row.before),
                    after: int(row.after),
                })
                .collect(),
        })
    }
}
