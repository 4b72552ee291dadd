//! One reading of a reporter's identity (name, e-mail, phone) by someone: the read log.

use sea_orm::entity::prelude::*;

use crate::ids::{BrigadeId, ReportId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "identity_read")]
pub struct Model {
    /// UUIDv7: in the order of reading.
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub read_at: DateTimeUtc,
    pub reader_id: UserId,
    /// The reader's brigade, when staff: what the reporter is told ("the brigade of X").
    pub reader_brigade_id: Option<BrigadeId>,
    pub report_id: ReportId,
    pub reporter_id: UserId,
    /// The report's département (the scope of the admins who read the log).
    pub department: String,
    /// The API operation (root field) that rendered it.
    pub operation: String,
    pub client_ip: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
