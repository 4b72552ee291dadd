//! Notifications: intervention alerts to mayors, delivered by SMS through an outbox (the
//! decision to send and the message are committed together; a dispatcher delivers and
//! retries with backoff until the gateway accepts).

pub mod alerts;
mod graphql;
pub mod outbox;

pub use self::graphql::NotifyMutation;
