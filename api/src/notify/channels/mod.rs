//! The channels a message leaves Vigie by, each one file behind [`Carrier`]: push through
//! Firebase Cloud Messaging ([`fcm`]), SMS through an HTTP gateway ([`sms`]) and e-mail over
//! SMTP ([`email`]). A channel
//! hands one outbox message to its provider and says what the answer means ([`Failure`]);
//! claiming, leasing and retrying belong to the outbox, which knows no provider. The
//! channel files know nothing of each other.

pub mod email;
pub mod fcm;
pub mod sms;

use std::future::Future;

use entity::outbox;

/// Why a delivery failed.
#[derive(Debug)]
pub enum Failure {
    /// Worth another attempt later (timeout, 5xx, throttling, an expired bearer).
    Retry(String),
    /// The recipient is gone (an unregistered push token): never again.
    Gone(String),
    /// The provider refuses this message for good.
    Refused(String),
}

/// What carries a message out of Vigie on one channel.
pub trait Carrier {
    /// Delivers `message` (its recipient, title, body and data as the outbox holds them);
    /// `Ok` once the provider accepted it.
    fn deliver(&self, message: &outbox::Model) -> impl Future<Output = Result<(), Failure>> + Send;
}
