//! E-mails to write into the outbox (channel EMAIL), in the transaction that decided to send
//! them; the dispatcher delivers them over SMTP. The domains write the words; this file only
//! queues them.

use chrono::Utc;
use entity::{enums::Channel, outbox};
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use crate::error::AppResult;

/// One plain-text e-mail.
#[derive(Debug)]
pub struct Mail {
    /// A normalised address.
    pub to: String,
    pub subject: String,
    pub body: String,
}

/// Queues `mail` with `conn` (a transaction, so it leaves only if the decision commits).
pub async fn queue(conn: &impl ConnectionTrait, mail: Mail) -> AppResult<()> {
    let key = format!("mail-{}", Uuid::now_v7().simple());
    let row = outbox::ActiveModel {
        title: Set(Some(mail.subject)),
        ..super::outbox::queued(Channel::Email, mail.to, mail.body, key, Utc::now())
    };
    outbox::Entity::insert(row).exec_without_returning(conn).await?;
    Ok(())
}
