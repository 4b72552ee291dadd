//! Hearing back: intervention alerts to mayors and their end, broadcasts to residents, each
//! account's notification feed, devices and preferences, and the outbox dispatcher that
//! delivers SMS (HTTP gateway) and pushes (Firebase Cloud Messaging) with retries.

pub mod alerts;
pub mod broadcasts;
pub mod channels;
pub mod coverage;
pub mod feed;
mod graphql;
pub mod outbox;
mod types;

pub use self::graphql::{NotifyMutation, NotifyQuery, NotifySubscription};
