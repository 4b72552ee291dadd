//! Per-request DataLoaders: related objects of a page are fetched in one batched query.
//! Each domain owns its loaders; this module attaches them all to a request. They batch but
//! do not cache: each operation (over HTTP or on a long-lived websocket) reads fresh rows.

use async_graphql::Request;
use sea_orm::DatabaseConnection;

use crate::{
    identity::loaders::IdentityLoaders, partnership::loaders::PartnershipLoaders,
    reports::loaders::ReportLoaders, territory::loaders::TerritoryLoaders,
};

/// `request` with every domain's loaders over `db`.
pub fn attach(request: Request, db: &DatabaseConnection) -> Request {
    request
        .data(TerritoryLoaders::new(db))
        .data(IdentityLoaders::new(db))
        .data(ReportLoaders::new(db))
        .data(PartnershipLoaders::new(db))
}
