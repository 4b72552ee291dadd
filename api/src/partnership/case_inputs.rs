//! What the partnership group's members send about a problem case: the case to open, an
//! action, a meeting, and what a list of cases may be narrowed to.

use async_graphql::{ID, InputObject};

use super::case_types::{ActionStatus, ProblemCaseStatus};
use crate::date::Date;

/// A case to open.
#[derive(InputObject)]
pub struct ProblemCaseInput {
    /// The problem it addresses.
    pub title: String,
    /// The identified problem.
    pub problem: String,
    /// The communes it concerns.
    pub commune_codes: Vec<String>,
    /// A GeoJSON Polygon or MultiPolygon drawn inside the communes.
    pub sector: Option<String>,
    /// The report categories it concerns.
    pub category_codes: Vec<String>,
}

/// An action to record (no id) or update.
#[derive(InputObject)]
pub struct ProblemCaseActionInput {
    /// The action to change; none adds one.
    pub id: Option<ID>,
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
}

/// A meeting to record.
#[derive(InputObject)]
pub struct ProblemCaseMeetingInput {
    /// When it was held.
    pub held_on: Date,
    /// Who attended.
    pub attendees: String,
    /// What was said and decided.
    pub minutes: String,
}

/// What a list of cases may be narrowed to.
#[derive(InputObject, Default)]
pub struct ProblemCaseFilter {
    /// Only cases in this state.
    pub status: Option<ProblemCaseStatus>,
}
