//! Personal data over its life, above the domains that hold it: who read a reporter's
//! identity ([`read_log`]; written by `reports::read_log`), a resident's rights — access and
//! portability ([`export`]), erasure ([`erasure`]) — storage limitation ([`retention`]), and
//! the annual bilan whose small counts are suppressed ([`bilan`]).

pub mod bilan;
pub mod erasure;
pub mod export;
mod graphql;
pub mod read_log;
pub mod retention;

pub use self::graphql::{PrivacyMutation, PrivacyQuery};
