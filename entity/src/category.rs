//! A report category with its French label and urgent advice.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "category")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub label: String,
    pub urgent_advice: Option<String>,
    /// Display order in the app.
    pub position: i32,
    pub active: bool,
    /// Triage order: higher first (3 = a burglary in progress, 1 = incivilities).
    pub urgency: i32,
    /// When set, filing in this category is refused with this advice (an emergency number
    /// to call instead).
    pub diversion: Option<String>,
    /// Categories of one group form incidents together (a suspicious vehicle and a
    /// burglary in one street, one night); without one, a category groups with itself.
    pub incident_group: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
