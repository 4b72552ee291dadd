//! A problem case of a partnership group (GPO): one identified problem in a sector, led by a référent until it is closed with an evaluation.

use sea_orm::entity::prelude::*;

use crate::{
    enums::ProblemCaseStatus,
    ids::{BrigadeId, CaseId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_case")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: CaseId,
    pub brigade_id: BrigadeId,
    /// The référent who leads it.
    pub lead_id: UserId,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub problem: String,
    pub status: ProblemCaseStatus,
    /// A GeoJSON Polygon or MultiPolygon drawn inside the sector's communes.
    #[sea_orm(column_type = "Text", nullable)]
    pub sector_polygon: Option<String>,
    pub opened_at: DateTimeUtc,
    pub closed_at: Option<DateTimeUtc>,
    /// The référent's qualitative assessment, written when closing.
    #[sea_orm(column_type = "Text", nullable)]
    pub assessment: Option<String>,
    /// The computed before/after counts (JSON), when closed.
    #[sea_orm(column_type = "Text", nullable)]
    pub evaluation: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
