//! Identity and access: accounts, credentials, sessions (tokens), the viewer of a request,
//! the policy of who may do what, enrolment, brute-force throttling and the audit trail.

pub mod account_state;
pub mod accounts;
pub mod actor;
pub mod audit;
pub mod auth;
mod common_passwords;
pub mod cookie;
pub mod credentials;
pub mod enrolment;
mod graphql;
mod graphql_accounts;
mod graphql_registration;
pub mod loaders;
mod mail_texts;
pub mod one_time_code;
pub mod password_reset;
pub mod phone;
pub mod placeholders;
pub mod policy;
pub mod registration;
pub mod request;
pub mod sessions;
pub mod tokens;
pub mod totp;
mod types;
pub mod viewer;

pub use self::{
    credentials::{Email, Password},
    graphql::{IdentityMutation, IdentityQuery},
    graphql_accounts::AccountAdminMutation,
    graphql_registration::RegistrationMutation,
    request::{RequestContext, request},
    types::{EnrolmentStatus, PasswordResetCode, Role, User},
    viewer::{Principal, Reach, Viewer},
};
