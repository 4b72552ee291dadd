//! What a problem case's partners do: its actions and its meetings.

use chrono::{NaiveDate, Utc};
use entity::{
    enums::{ActionStatus, NotificationKind},
    problem_case_action, problem_case_meeting,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use crate::{
    error::{AppError, AppResult},
    identity::Viewer,
    ids::{CaseId, OrganisationId},
    notify::{self, Message},
};

use super::{member_accounts, open_managed, within};

/// Most actions, and most meetings, of one case.
pub const MAX_ROWS: u64 = 200;

/// An action to record (no id) or update.
#[derive(Debug)]
pub struct ActionInput {
    pub id: Option<Uuid>,
    pub title: String,
    pub owner: String,
    pub organisation: Option<OrganisationId>,
    pub due_on: Option<NaiveDate>,
    pub status: ActionStatus,
    pub outcome: Option<String>,
}

pub async fn save_action(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    input: ActionInput,
) -> AppResult<problem_case_action::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let title = crate::text::line_required(&input.title, "title", 200, "Donnez un intitulé à l'action.")?;
    let owner = crate::text::line_required(&input.owner, "owner", 200, "Indiquez qui porte l'action.")?;
    let outcome = crate::text::clean_optional(input.outcome.as_deref(), "outcome", 4000)?;
    let now = Utc::now();
    let done_at = (input.status == ActionStatus::Done).then_some(now);
    if input.id.is_none() {
        let count = problem_case_action::Entity::find()
            .filter(problem_case_action::Column::CaseId.eq(case.id))
            .count(db)
            .await?;
        within(count, MAX_ROWS, "actions")?;
    }
    let saved = match input.id {
        Some(action) => {
            let existing = problem_case_action::Entity::find_by_id(action)
                .filter(problem_case_action::Column::CaseId.eq(case.id))
                .one(db)
                .await?
                .ok_or(AppError::NotFound("Action"))?;
            let done_at =
                if input.status == ActionStatus::Done { existing.done_at.or(done_at) } else { None };
            problem_case_action::Entity::update(problem_case_action::ActiveModel {
                id: Set(existing.id),
                title: Set(title),
                owner: Set(owner),
                organisation_id: Set(input.organisation),
                due_on: Set(input.due_on),
                status: Set(input.status),
                outcome: Set(outcome),
                done_at: Set(done_at),
                ..Default::default()
            })
            .exec(db)
            .await?
        }
        None => {
            problem_case_action::Entity::insert(problem_case_action::ActiveModel {
                id: Set(Uuid::now_v7()),
                case_id: Set(case.id),
                title: Set(title),
                owner: Set(owner),
                organisation_id: Set(input.organisation),
                due_on: Set(input.due_on),
                status: Set(input.status),
                outcome: Set(outcome),
                done_at: Set(done_at),
                created_at: Set(now),
            })
            .exec_with_returning(db)
            .await?
        }
    };
    Ok(saved)
}

pub async fn actions(db: &DatabaseConnection, case: CaseId) -> AppResult<Vec<problem_case_action::Model>> {
    Ok(problem_case_action::Entity::find()
        .filter(problem_case_action::Column::CaseId.eq(case))
        .order_by_asc(problem_case_action::Column::CreatedAt)
        .all(db)
        .await?)
}

/// A meeting to record.
#[derive(Debug)]
pub struct MeetingInput {
    pub held_on: NaiveDate,
    pub attendees: String,
    pub minutes: String,
}

/// Records a meeting; the members hear of it.
pub async fn record_meeting(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: CaseId,
    input: MeetingInput,
) -> AppResult<problem_case_meeting::Model> {
    let principal = viewer.principal()?;
    let case = open_managed(db, principal, id).await?;
    let attendees =
        crate::text::clean_required(&input.attendees, "attendees", 2000, "Indiquez les participants.")?;
    let minutes = crate::text::clean_required(&input.minutes, "minutes", 20_000, "Rédigez le compte rendu.")?;
    let count = problem_case_meeting::Entity::find()
        .filter(problem_case_meeting::Column::CaseId.eq(case.id))
        .count(db)
        .await?;
    within(count, MAX_ROWS, "réunions")?;
    let txn = crate::db::write(db).await?;
    let meeting = problem_case_meeting::Entity::insert(problem_case_meeting::ActiveModel {
        id: Set(Uuid::now_v7()),
        case_id: Set(case.id),
        held_on: Set(input.held_on),
        attendees: Set(attendees),
        minutes: Set(minutes),
        created_at: Set(Utc::now()),
    })
    .exec_with_returning(&txn)
    .await?;
    let recipients = member_accounts(&txn, case.id, principal.id).await?;
    let message = Message::new(
        NotificationKind::ProblemCase,
        "Compte rendu de réunion",
        "Le compte rendu d'une réunion de partenariat est disponible.",
    )
    .subject(case.id);
    notify::deliver(&txn, &recipients, &message).await?;
    txn.commit().await?;
    Ok(meeting)
}
