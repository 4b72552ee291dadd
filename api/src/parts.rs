//! The node's parts as the schema carries them (database, configuration, throttles, token
//! keys, photo store, event bus, routing index): `graphql::build_schema` sets each one, and
//! a resolver takes only the parts its service uses, never the whole state.

use std::{any::Any, sync::Arc};

use async_graphql::Context;
use sea_orm::DatabaseConnection;

use crate::config::Config;

/// A part of type `T`, from a resolver's context (always present: the schema is built with
/// every part, see `graphql::build_schema`).
pub fn part<'a, T: Any + Send + Sync>(ctx: &Context<'a>) -> &'a T {
    ctx.data_unchecked::<T>()
}

/// The database connection.
pub fn db<'a>(ctx: &Context<'a>) -> &'a DatabaseConnection {
    part(ctx)
}

/// The node's configuration.
pub fn config<'a>(ctx: &Context<'a>) -> &'a Config {
    part::<Arc<Config>>(ctx)
}

/// Whether the caller may see the référent of a commune. The territory asks (a commune
/// shows its référent) and identity's policy decides: the schema installs the decision
/// when it is built, so the territory needs nothing of identity (dependency inversion keeps
/// the module ranks).
#[derive(Clone)]
pub struct ReferentGate(pub Arc<SeesReferent>);

/// The decision: given the resolver's context and a commune's INSEE code.
pub type SeesReferent = dyn Fn(&Context<'_>, &str) -> bool + Send + Sync;

/// The référent gate, from a resolver's context.
pub fn referent_gate<'a>(ctx: &Context<'a>) -> &'a ReferentGate {
    part(ctx)
}
