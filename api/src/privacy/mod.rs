//! Personal data over its life: who read a reporter's identity ([`read_log`]); retention,
//! a resident's rights and the annual bilan are to come here too.

mod graphql;
pub mod read_log;

pub use self::graphql::PrivacyQuery;
