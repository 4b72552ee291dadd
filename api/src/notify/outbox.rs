//! The outbox dispatcher, for every channel (SMS, push and e-mail): claims due messages (a
//! conditional update, so several nodes never send the same one twice at once), hands each
//! to its provider, and on failure retries later with exponential backoff — except when the
//! recipient no longer exists (a push token FCM forgot: the device is deleted) or the
//! provider refuses the message for good. An e-mail's body (it may carry a single-use code)
//! is blanked once the message is sent or given up; its subject and recipient stay.

use std::time::Duration;

use async_graphql::futures_util::{StreamExt, stream};
use chrono::Utc;
use entity::{
    device,
    enums::{Channel, DeliveryStatus},
    outbox,
};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder,
    QuerySelect,
};
use uuid::Uuid;

use super::channels::{Carrier, Failure, email::Mailer, fcm::Fcm, sms::SmsGateway};
use crate::error::AppResult;

/// How long a claimed message is reserved for its sender.
const LEASE_SECS: i64 = 60;
/// Messages claimed per round.
pub const BATCH: u64 = 100;
/// Deliveries in flight at once.
const CONCURRENCY: usize = 16;

/// The configured providers; a channel without one keeps its messages waiting.
#[derive(Clone, Debug, Default)]
pub struct Providers {
    pub sms: Option<SmsGateway>,
    pub push: Option<Fcm>,
    pub email: Option<Mailer>,
}

impl Providers {
    fn channels(&self) -> Vec<Channel> {
        let mut channels = Vec::new();
        if self.sms.is_some() {
            channels.push(Channel::Sms);
        }
        if self.push.is_some() {
            channels.push(Channel::Push);
        }
        if self.email.is_some() {
            channels.push(Channel::Email);
        }
        channels
    }

    async fn deliver(&self, message: &outbox::Model) -> Result<(), Failure> {
        match message.channel {
            Channel::Sms => match &self.sms {
                Some(gateway) => gateway.deliver(message).await,
                None => Err(Failure::Retry("no provider configured".into())),
            },
            Channel::Push => match &self.push {
                Some(fcm) => fcm.deliver(message).await,
                None => Err(Failure::Retry("no provider configured".into())),
            },
            Channel::Email => match &self.email {
                Some(mailer) => mailer.deliver(message).await,
                None => Err(Failure::Retry("no provider configured".into())),
            },
        }
    }
}

/// A message on `channel` to `recipient`, due at `due`, before any attempt; callers add
/// what their channel carries (a title, push data, the alert or notification it is for).
pub fn queued(
    channel: Channel,
    recipient: String,
    body: String,
    idempotency_key: String,
    due: chrono::DateTime<Utc>,
) -> outbox::ActiveModel {
    outbox::ActiveModel {
        id: Set(Uuid::now_v7()),
        channel: Set(channel),
        alert_id: Set(None),
        notification_id: Set(None),
        recipient: Set(recipient),
        title: Set(None),
        body: Set(body),
        data: Set(None),
        idempotency_key: Set(idempotency_key),
        status: Set(DeliveryStatus::Pending),
        attempts: Set(0),
        next_attempt_at: Set(due),
        last_error: Set(None),
        created_at: Set(Utc::now()),
        sent_at: Set(None),
    }
}

/// Delivery settings.
#[derive(Clone, Copy, Debug)]
pub struct Retry {
    pub base_secs: i64,
    pub max_attempts: i32,
}

/// Delivers the messages that are due; returns how many were claimed (a full batch means
/// more may be waiting).
pub async fn dispatch_due(db: &DatabaseConnection, providers: &Providers, retry: Retry) -> AppResult<usize> {
    let channels = providers.channels();
    if channels.is_empty() {
        return Ok(0);
    }
    let now = Utc::now();
    let due = outbox::Entity::find()
        .filter(outbox::Column::Status.eq(DeliveryStatus::Pending))
        .filter(outbox::Column::NextAttemptAt.lte(now))
        .filter(outbox::Column::Channel.is_in(channels))
        .order_by_asc(outbox::Column::NextAttemptAt)
        .limit(BATCH)
        .all(db)
        .await?;
    let claimed = due.len();
    let results: Vec<AppResult<()>> = stream::iter(due)
        .map(|message| deliver_one(db, providers, retry, message))
        .buffer_unordered(CONCURRENCY)
        .collect()
        .await;
    results.into_iter().collect::<AppResult<Vec<()>>>()?;
    Ok(claimed)
}

async fn deliver_one(
    db: &DatabaseConnection,
    providers: &Providers,
    retry: Retry,
    message: outbox::Model,
) -> AppResult<()> {
    let lease = Utc::now() + chrono::Duration::seconds(LEASE_SECS);
    let claimed = outbox::Entity::update_many()
        .col_expr(outbox::Column::NextAttemptAt, lease.into())
        .filter(outbox::Column::Id.eq(message.id))
        .filter(outbox::Column::Status.eq(DeliveryStatus::Pending))
        .filter(outbox::Column::NextAttemptAt.eq(message.next_attempt_at))
        .exec(db)
        .await?;
    if claimed.rows_affected != 1 {
        return Ok(());
    }
    let attempts = message.attempts + 1;
    let update = outbox::Entity::update_many()
        .col_expr(outbox::Column::Attempts, attempts.into())
        .filter(outbox::Column::Id.eq(message.id));
    let channel = message.channel.to_value();
    let outcome = providers.deliver(&message).await;
    let settled = !matches!(&outcome, Err(Failure::Retry(_))) || attempts >= retry.max_attempts;
    let update = if settled && message.channel == Channel::Email {
        update.col_expr(outbox::Column::Body, String::new().into())
    } else {
        update
    };
    let update = match outcome {
        Ok(()) => update
            .col_expr(outbox::Column::Status, DeliveryStatus::Sent.to_value().into())
            .col_expr(outbox::Column::SentAt, Utc::now().into())
            .col_expr(outbox::Column::LastError, Option::<String>::None.into()),
        Err(Failure::Gone(error)) => {
            tracing::info!(message = %message.id, %channel, %error, "recipient gone; device forgotten");
            forget_device(db, &message.recipient).await?;
            update
                .col_expr(outbox::Column::Status, DeliveryStatus::Failed.to_value().into())
                .col_expr(outbox::Column::LastError, error.into())
        }
        Err(Failure::Refused(error)) => {
            tracing::error!(message = %message.id, %channel, %error, "message refused by the provider");
            update
                .col_expr(outbox::Column::Status, DeliveryStatus::Failed.to_value().into())
                .col_expr(outbox::Column::LastError, error.into())
        }
        Err(Failure::Retry(error)) if attempts >= retry.max_attempts => {
            tracing::error!(message = %message.id, %channel, attempts, %error, "message given up after the last attempt");
            update
                .col_expr(outbox::Column::Status, DeliveryStatus::Failed.to_value().into())
                .col_expr(outbox::Column::LastError, error.into())
        }
        Err(Failure::Retry(error)) => {
            let delay = retry.base_secs.saturating_mul(1_i64 << (attempts - 1).clamp(0, 12)).min(3600);
            tracing::warn!(message = %message.id, %channel, attempts, %error, delay, "message not accepted; will retry");
            update
                .col_expr(
                    outbox::Column::NextAttemptAt,
                    (Utc::now() + chrono::Duration::seconds(delay)).into(),
                )
                .col_expr(outbox::Column::LastError, error.into())
        }
    };
    update.exec(db).await?;
    Ok(())
}

/// Deletes the device of a push token FCM no longer knows, and gives up the pushes still
/// waiting for it — both or neither.
async fn forget_device(db: &DatabaseConnection, token: &str) -> AppResult<()> {
    let txn = crate::db::write(db).await?;
    device::Entity::delete_many().filter(device::Column::Token.eq(token)).exec(&txn).await?;
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, DeliveryStatus::Failed.to_value().into())
        .col_expr(outbox::Column::LastError, Some("device unregistered".to_owned()).into())
        .filter(outbox::Column::Channel.eq(Channel::Push))
        .filter(outbox::Column::Recipient.eq(token))
        .filter(outbox::Column::Status.eq(DeliveryStatus::Pending))
        .exec(&txn)
        .await?;
    txn.commit().await?;
    Ok(())
}

/// How often the dispatcher wakes up when the outbox is empty.
pub fn idle_period(config: &crate::config::Config) -> Duration {
    Duration::from_millis(config.outbox_dispatch_interval_ms.max(50))
}

/// Messages waiting by channel, with the creation time of the oldest (one grouped read over
/// the pending rows; at most one row per channel).
pub async fn depth(
    db: &DatabaseConnection,
) -> Result<Vec<(Channel, i64, Option<chrono::DateTime<Utc>>)>, sea_orm::DbErr> {
    outbox::Entity::find()
        .select_only()
        .column(outbox::Column::Channel)
        .column_as(outbox::Column::Id.count(), "waiting")
        .column_as(outbox::Column::CreatedAt.min(), "oldest")
        .filter(outbox::Column::Status.eq(DeliveryStatus::Pending))
        .group_by(outbox::Column::Channel)
        .into_tuple()
        .all(db)
        .await
}
