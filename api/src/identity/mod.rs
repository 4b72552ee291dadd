//! Accounts, passwords and roles.

pub mod accounts;
pub mod credentials;

pub use self::credentials::{Email, Password};
