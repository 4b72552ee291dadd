//! One message to deliver — an SMS, a push to a device or an e-mail — written in the transaction that
//! decided to send it, delivered by the dispatcher, retried with backoff until the provider
//! accepts it.

use sea_orm::entity::prelude::*;

use crate::ids::{AlertId, NotificationId};

use crate::enums::{Channel, DeliveryStatus};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "outbox")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub channel: Channel,
    pub alert_id: Option<AlertId>,
    pub notification_id: Option<NotificationId>,
    /// A phone number in E.164 (SMS), a device's registration token (push) or an e-mail
    /// address.
    pub recipient: String,
    /// Push: the notification's title; e-mail: the subject.
    pub title: Option<String>,
    #[sea_orm(column_type = "Text")]
    pub body: String,
    /// Push only: the JSON object of string values the app opens the right screen with.
    #[sea_orm(column_type = "Text", nullable)]
    pub data: Option<String>,
    /// Sent to the gateway (SMS), in the data (push) or as the `Message-ID` (e-mail) so a
    /// retried delivery is recognised.
    #[sea_orm(unique)]
    pub idempotency_key: String,
    pub status: DeliveryStatus,
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
