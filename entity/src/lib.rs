//! Vigie's sea-orm entities: one module per table, nothing else.
//!
//! GraphQL types wrap these rows in the `api` crate; they are never derived here, so the
//! public schema does not follow the columns by accident.

pub mod abuse_flag;
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
pub mod departement_deadline;
pub mod device;
pub mod enums;
pub mod identity_read;
pub mod ids;
pub mod incident;
pub mod intervention_alert;
pub mod notification;
pub mod notification_preference;
pub mod outbox;
pub mod partner_organisation;
pub mod password_reset;
pub mod pending_registration;
pub mod photo;
pub mod problem_case;
pub mod problem_case_action;
pub mod problem_case_category;
pub mod problem_case_commune;
pub mod problem_case_meeting;
pub mod problem_case_member;
pub mod problem_case_report;
pub mod referent_assignment;
pub mod refresh_token;
pub mod report;
pub mod report_event;
pub mod routing_revision;
pub mod routing_rule;
pub mod security_request;
pub mod security_request_message;
pub mod totp_credential;
pub mod totp_recovery_code;
pub mod totp_requirement;
