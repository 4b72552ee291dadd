//! One SMS to deliver: written in the transaction that decided to send it, delivered by
//! the dispatcher, retried with backoff until the gateway accepts it.

use sea_orm::entity::prelude::*;

use crate::enums::SmsStatus;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "sms_outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub alert_id: Option<Uuid>,
    /// E.164.
    pub to_phone: String,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Sent to the gateway so a retried delivery is not a second SMS.
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub status: SmsStatus,
    pub attempts: i32,
    pub next_attempt_at: DateTimeUtc,
    #[sea_orm(column_type = "Text", nullable)]
    pub last_error: Option<String>,
    pub created_at: DateTimeUtc,
    pub sent_at: Option<DateTimeUtc>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
