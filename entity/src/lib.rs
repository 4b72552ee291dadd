//! Vigie's sea-orm entities: one module per table, nothing else.
//!
//! GraphQL types wrap these rows in the `api` crate; they are never derived here, so the
//! public schema does not follow the columns by accident.

pub mod admin_department;
pub mod app_user;
pub mod audit_event;
pub mod brigade;
pub mod broadcast;
pub mod broadcast_commune;
pub mod category;
pub mod commune;
pub mod commune_participation;
pub mod coordinator_commune;
pub mod device;
pub mod enums;
pub mod ids;
pub mod intervention_alert;
pub mod notification;
pub mod notification_preference;
pub mod outbox;
pub mod password_reset;
pub mod photo;
pub mod refresh_token;
pub mod report;
pub mod report_event;
pub mod routing_revision;
pub mod routing_rule;
