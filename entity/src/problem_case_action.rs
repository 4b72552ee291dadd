//! An action of a problem case (« simples et réalistes »).

use sea_orm::entity::prelude::*;

use crate::ids::{CaseId, OrganisationId};

use crate::enums::ActionStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_case_action")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub case_id: CaseId,
    pub title: String,
    /// Who carries it out, as written (a mairie, the brigade, an organisation).
    pub owner: String,
    pub organisation_id: Option<OrganisationId>,
    pub due_on: Option<Date>,
    pub status: ActionStatus,
    #[sea_orm(column_type = "Text", nullable)]
    pub outcome: Option<String>,
    pub done_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
