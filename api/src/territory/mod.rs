//! Reference data: communes, brigades, categories and the commune → brigade assignment,
//! and accounts as these show them (`people`: a user shows their commune or brigade, a
//! commune its référent — one module, as the schema's types refer to each other). Read
//! publicly through GraphQL; written by imports, the demo seed and admins.

pub mod brigade_import;
mod graphql;
pub mod import;
pub mod loaders;
pub mod outline;
pub mod people;
pub mod service;

pub use self::graphql::{Brigade, BrigadeKind, Category, Commune, TerritoryQuery};
