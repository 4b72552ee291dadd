//! Who hears what, in one place. From the bottom up:
//!
//! - `channels/`: how a message leaves Vigie (push through FCM, SMS through the gateway,
//!   e-mail over SMTP), each one file behind [`channels::Carrier`], knowing nothing of the
//!   others;
//! - [`outbox`]: the dispatcher that hands waiting messages to their channel, with retries;
//!   [`mail`] queues an e-mail there;
//! - [`inbox`] (re-exported here: [`Message`], [`deliver`], [`deliver_to_staff`]): the one
//!   entry point the domains call inside their transaction: a feed entry per recipient and
//!   a push per device, chosen by [`preferences`] and [`quiet`] hours;
//! - [`hearing`]: who hears about a report event or an enrolment decision;
//! - [`fanout`]: what a node's live subscriptions share instead of asking the database each.
//!
//! Above them, ranked with the domains they serve (see `api/tests/layers.rs`): intervention
//! alerts to mayors ([`alerts`], with [`coverage`], who may send them), prevention
//! [`broadcasts`], each account's [`feed`], devices and preferences, and their GraphQL.

pub mod alerts;
pub mod broadcasts;
pub mod channels;
pub mod coverage;
pub mod fanout;
pub mod feed;
mod graphql;
pub mod hearing;
pub mod inbox;
pub mod mail;
pub mod outbox;
pub mod preferences;
pub mod quiet;
mod types;

pub use self::{
    graphql::{NotifyMutation, NotifyQuery, NotifySubscription},
    inbox::{Message, deliver, deliver_to_staff, forget_devices},
};
