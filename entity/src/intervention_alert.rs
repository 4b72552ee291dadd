//! An alert sent by a brigade to the mayors of a commune about an intervention there.

use sea_orm::entity::prelude::*;

use crate::ids::{AlertId, ReportId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "intervention_alert")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: AlertId,
    pub commune_code: String,
    pub author_id: UserId,
    #[sea_orm(column_type = "Text")]
    pub message: String,
    /// How many coordinators it was queued for.
    pub recipients: i32,
    pub created_at: DateTimeUtc,
    /// The report the intervention answers, if the brigade linked one.
    pub report_id: Option<ReportId>,
    /// Set when the brigade ends the intervention ("Intervention terminée").
    pub closed_at: Option<DateTimeUtc>,
    pub closed_by: Option<UserId>,
    #[sea_orm(column_type = "Text", nullable)]
    pub closing_message: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
