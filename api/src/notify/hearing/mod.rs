//! Who hears about what the domains record, decided in the transaction that records it.

pub mod enrolment;
pub mod reports;
