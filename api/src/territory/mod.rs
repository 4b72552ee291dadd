//! Reference data: communes, brigades, categories and the commune → brigade assignment.
//! Read publicly through GraphQL; written by imports, the demo seed and admins.

pub mod brigade_import;
pub mod department;
mod graphql;
pub mod import;
pub mod loaders;
pub mod outline;
pub mod service;

pub use self::graphql::{Brigade, BrigadeKind, Category, Commune, TerritoryQuery};
