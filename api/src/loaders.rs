//! Per-request DataLoaders: related objects of a page are fetched in one batched query.
//! Each domain owns its loaders; this module attaches them all to a request. They batch but
//! do not cache: each operation (over HTTP or on a long-lived websocket) reads fresh rows.
//! The read log of reporters' identities rides along: it writes, in batches, what a request
//! showed.

use async_graphql::Request;
use sea_orm::DatabaseConnection;

use crate::{
    identity::{RequestContext, loaders::IdentityLoaders},
    partnership::loaders::PartnershipLoaders,
    reports::{loaders::ReportLoaders, read_log::ReadLogLoader},
    territory::loaders::TerritoryLoaders,
};

/// `request` with every domain's loaders over `db`, and the read log of reporters'
/// identities for the reader of `context`.
pub fn attach(request: Request, db: &DatabaseConnection, context: &RequestContext) -> Request {
    request
        .data(TerritoryLoaders::new(db))
        .data(IdentityLoaders::new(db))
        .data(ReportLoaders::new(db))
        .data(PartnershipLoaders::new(db))
        .data(ReadLogLoader::new(db, context))
}
