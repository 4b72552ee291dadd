//! Accounts, passwords and roles.

pub mod accounts;
mod common_passwords;
pub mod credentials;

pub use self::credentials::{Email, Password};
