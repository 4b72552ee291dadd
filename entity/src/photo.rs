//! A photo: requested (PENDING, an upload ticket), then ATTACHED to a report once its real
//! type and size were checked and its metadata stripped.

use sea_orm::entity::prelude::*;

use crate::ids::{PhotoId, ReportId, UserId};

use crate::enums::PhotoStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "photo")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: PhotoId,
    pub owner_id: UserId,
    pub report_id: Option<ReportId>,
    /// As declared when the ticket was issued (and checked against the bytes on attach).
    pub content_type: String,
    pub byte_size: i64,
    pub status: PhotoStatus,
    pub created_at: DateTimeUtc,
    pub upload_expires_at: DateTimeUtc,
    pub attached_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
