//! The SMS outbox dispatcher: claims due messages (a conditional update, so several nodes
//! never send the same one twice at once), POSTs them to the gateway with their
//! idempotency key, and on anything but a 2xx retries later with exponential backoff.

use std::time::Duration;

use chrono::Utc;
use entity::{enums::SmsStatus, sms_outbox};
use sea_orm::{
    ActiveEnum, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;

use crate::{config::Secret, error::AppResult};

/// How long a claimed message is reserved for its sender.
const LEASE_SECS: i64 = 60;
const BATCH: u64 = 50;

/// The HTTP SMS gateway.
#[derive(Clone, Debug)]
pub struct SmsGateway {
    url: String,
    token: Option<Secret>,
    http: reqwest::Client,
}

/// Delivery settings.
#[derive(Clone, Copy, Debug)]
pub struct Retry {
    pub base_secs: i64,
    pub max_attempts: i32,
}

impl SmsGateway {
    pub fn new(url: String, token: Option<Secret>) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        Ok(Self { url, token, http })
    }

    /// POSTs one message; `Ok` only on a 2xx answer.
    async fn deliver(&self, message: &sms_outbox::Model) -> Result<(), String> {
        let body = json!({ "to": message.to_phone, "text": message.body, "idempotencyKey": message.idempotency_key });
        let mut request = self.http.post(&self.url).json(&body);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token.expose());
        }
        match request.send().await {
            Ok(response) if response.status().is_success() => Ok(()),
            Ok(response) => Err(format!("HTTP {}", response.status().as_u16())),
            Err(error) if error.is_timeout() => Err("timeout".to_owned()),
            Err(_) => Err("unreachable".to_owned()),
        }
    }
}

/// Delivers the messages that are due; returns how many were sent.
pub async fn dispatch_due(db: &DatabaseConnection, gateway: &SmsGateway, retry: Retry) -> AppResult<usize> {
    let now = Utc::now();
    let due = sms_outbox::Entity::find()
        .filter(sms_outbox::Column::Status.eq(SmsStatus::Pending))
        .filter(sms_outbox::Column::NextAttemptAt.lte(now))
        .order_by_asc(sms_outbox::Column::NextAttemptAt)
        .limit(BATCH)
        .all(db)
        .await?;
    let mut sent = 0;
    for message in due {
        let claimed = sms_outbox::Entity::update_many()
            .col_expr(sms_outbox::Column::NextAttemptAt, (now + chrono::Duration::seconds(LEASE_SECS)).into())
            .filter(sms_outbox::Column::Id.eq(message.id))
            .filter(sms_outbox::Column::Status.eq(SmsStatus::Pending))
            .filter(sms_outbox::Column::NextAttemptAt.eq(message.next_attempt_at))
            .exec(db)
            .await?;
        if claimed.rows_affected != 1 {
            continue;
        }
        let attempts = message.attempts + 1;
        let update = sms_outbox::Entity::update_many()
            .col_expr(sms_outbox::Column::Attempts, attempts.into())
            .filter(sms_outbox::Column::Id.eq(message.id));
        let update = match gateway.deliver(&message).await {
            Ok(()) => {
                sent += 1;
                update
                    .col_expr(sms_outbox::Column::Status, SmsStatus::Sent.to_value().into())
                    .col_expr(sms_outbox::Column::SentAt, Utc::now().into())
                    .col_expr(sms_outbox::Column::LastError, Option::<String>::None.into())
            }
            Err(error) if attempts >= retry.max_attempts => {
                tracing::error!(message = %message.id, attempts, %error, "SMS given up after the last attempt");
                update
                    .col_expr(sms_outbox::Column::Status, SmsStatus::Failed.to_value().into())
                    .col_expr(sms_outbox::Column::LastError, error.into())
            }
            Err(error) => {
                let delay = retry.base_secs.saturating_mul(1_i64 << (attempts - 1).clamp(0, 12)).min(3600);
                tracing::warn!(message = %message.id, attempts, %error, delay, "SMS not accepted; will retry");
                update
                    .col_expr(
                        sms_outbox::Column::NextAttemptAt,
                        (Utc::now() + chrono::Duration::seconds(delay)).into(),
                    )
                    .col_expr(sms_outbox::Column::LastError, error.into())
            }
        };
        update.exec(db).await?;
    }
    Ok(sent)
}
