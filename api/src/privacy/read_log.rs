//! Reading the read log of reporters' identities (written by `reports::read_log`): admins,
//! every entry of their départements; a resident, the entries about their own reports —
//! told which brigade read them, not which officer.

use chrono::{DateTime, Utc};
use entity::identity_read;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use crate::{
    error::AppResult,
    identity::{Viewer, policy},
    ids::ReportId,
    pagination::{self, Order, Page, PageRequest},
};

/// What `identityReads` may filter on.
#[derive(Debug, Default)]
pub struct Filter {
    pub report: Option<ReportId>,
    pub departement: Option<String>,
    pub from: Option<DateTime<Utc>>,
    pub to: Option<DateTime<Utc>>,
}

/// A page of the log as `viewer` may read it, newest first.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    filter: Filter,
    page: PageRequest,
) -> AppResult<Page<identity_read::Model>> {
    let mut query = identity_read::Entity::find();
    query = match policy::identity_reads(viewer)? {
        policy::ReadLogScope::Own(reporter) => query.filter(identity_read::Column::ReporterId.eq(reporter)),
        policy::ReadLogScope::Departments(None) => query,
        policy::ReadLogScope::Departments(Some(codes)) => {
            query.filter(identity_read::Column::Department.is_in(codes))
        }
    };
    if let Some(report) = filter.report {
        query = query.filter(identity_read::Column::ReportId.eq(report));
    }
    if let Some(code) = filter.departement {
        query = query.filter(identity_read::Column::Department.eq(code));
    }
    if let Some(from) = filter.from {
        query = query.filter(identity_read::Column::ReadAt.gte(from));
    }
    if let Some(to) = filter.to {
        query = query.filter(identity_read::Column::ReadAt.lt(to));
    }
    pagination::by_id(db, query, identity_read::Column::Id, Order::NewestFirst, page).await
}
