//! The two other practices of the *police de sécurité du quotidien* beside citizen reports:
//! **référents** — staff designated by their brigade's commander to advise a commune's
//! elected officials, who open security requests to them — and **partnership groups**
//! (GPO) — problem cases led by a référent with partner organisations, linked reports,
//! simple actions, meetings, and an evaluation when closed.

pub mod access;
mod case_inputs;
mod case_types;
pub mod cases;
pub mod evaluation;
mod graphql;
mod graphql_partners;
pub mod loaders;
pub mod partners;
pub mod referents;
pub mod requests;
mod sector;
mod types;

pub use self::{
    graphql::{PartnershipMutation, PartnershipQuery},
    graphql_partners::{PartnerMutation, PartnerQuery},
};
