//! Administration of the scheme without SQL: the brigades a département has, and (as the
//! admin console grows) its communes, routing rules, categories, accounts and audit trail.
//! Every operation is checked against the admin's reach (national or some départements).

pub mod audit_log;
pub mod brigades;
pub mod categories;
pub mod communes;
mod graphql;
mod graphql_communes;
pub mod routing_rules;
pub mod users;

pub use self::{
    graphql::{AdminMutation, AdminQuery},
    graphql_communes::CommuneAdminQuery,
};
