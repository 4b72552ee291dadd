//! One entry of an account's notification feed. Titles and bodies are written for the
//! recipient and carry no other person's identity and no exact location.

use sea_orm::entity::prelude::*;

use crate::{
    enums::NotificationKind,
    ids::{NotificationId, ReportId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "notification")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: NotificationId,
    pub user_id: UserId,
    pub kind: NotificationKind,
    pub title: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// The report it is about, if any.
    pub report_id: Option<ReportId>,
    /// The commune it is about, if any.
    pub commune_code: Option<String>,
    /// The broadcast or intervention alert it carries, if any.
    pub subject_id: Option<Uuid>,
    /// Pushed even during the recipient's quiet hours.
    pub urgent: bool,
    pub read_at: Option<DateTimeUtc>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
