//! Administration of the scheme without SQL: the brigades a département has, and (as the
//! admin console grows) its communes, routing rules, categories, accounts and audit trail.
//! Every operation is checked against the admin's reach (national or some départements).

mod brigades;
mod graphql;

pub use self::graphql::AdminQuery;
