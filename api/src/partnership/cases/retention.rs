//! Storage limitation of partnership work: a closed case — its members, actions (with who
//! leads them), meetings (with who attended and what was said), linked reports, sector and
//! assessment — is deleted once it has been closed long enough. Called by the retention run,
//! inside its transaction.

use chrono::{DateTime, Utc};
use entity::{
    enums::ProblemCaseStatus, problem_case, problem_case_action, problem_case_category, problem_case_commune,
    problem_case_meeting, problem_case_member, problem_case_report,
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::{error::AppResult, ids::CaseId};

/// Cases deleted at most in one run (the next run takes the rest).
pub const BATCH: u64 = 200;

/// Deletes (or, `dry`, counts) the cases closed before `before`; returns how many.
pub async fn purge_closed(db: &impl ConnectionTrait, before: DateTime<Utc>, dry: bool) -> AppResult<u64> {
    let cases: Vec<CaseId> = problem_case::Entity::find()
        .select_only()
        .column(problem_case::Column::Id)
        .filter(problem_case::Column::Status.eq(ProblemCaseStatus::Closed))
        .filter(problem_case::Column::ClosedAt.lt(before))
        .limit(BATCH)
        .into_tuple()
        .all(db)
        .await?;
    if dry || cases.is_empty() {
        return Ok(cases.len() as u64);
    }
    // Children first: whatever the database's foreign-key settings, nothing is left behind.
    problem_case_member::Entity::delete_many()
        .filter(problem_case_member::Column::CaseId.is_in(cases.clone()))
        .exec(db)
        .await?;
    problem_case_action::Entity::delete_many()
        .filter(problem_case_action::Column::CaseId.is_in(cases.clone()))
        .exec(db)
        .await?;
    problem_case_meeting::Entity::delete_many()
        .filter(problem_case_meeting::Column::CaseId.is_in(cases.clone()))
        .exec(db)
        .await?;
    problem_case_report::Entity::delete_many()
        .filter(problem_case_report::Column::CaseId.is_in(cases.clone()))
        .exec(db)
        .await?;
    problem_case_commune::Entity::delete_many()
        .filter(problem_case_commune::Column::CaseId.is_in(cases.clone()))
        .exec(db)
        .await?;
    problem_case_category::Entity::delete_many()
        .filter(problem_case_category::Column::CaseId.is_in(cases.clone()))
        .exec(db)
        .await?;
    let deleted = problem_case::Entity::delete_many()
        .filter(problem_case::Column::Id.is_in(cases))
        .exec(db)
        .await?
        .rows_affected;
    Ok(deleted)
}
