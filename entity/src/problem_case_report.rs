//! A report linked to a problem case by its référent.

use sea_orm::entity::prelude::*;

use crate::ids::{CaseId, ReportId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_case_report")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub case_id: CaseId,
    #[sea_orm(primary_key, auto_increment = false)]
    pub report_id: ReportId,
    pub linked_by: UserId,
    pub linked_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
