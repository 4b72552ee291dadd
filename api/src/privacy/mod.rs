//! Personal data over its life, above the domains that hold it: who read a reporter's
//! identity ([`read_log`]; written by `reports::read_log`), and a resident's rights: access
//! and portability ([`export`]), erasure ([`erasure`]). Retention and the annual bilan are
//! to come here.

pub mod erasure;
pub mod export;
mod graphql;
pub mod read_log;

pub use self::graphql::{PrivacyMutation, PrivacyQuery};
