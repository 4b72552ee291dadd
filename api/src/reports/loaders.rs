//! Reports' DataLoaders: events, reports, duplicates and photos of the reports of one request,
//! one batched query each.

use std::{collections::HashMap, sync::Arc};

use crate::{batch::uncached, error::AppResult, ids::ReportId};
use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
};
use entity::{photo, report, report_event};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};

/// The loaders of one request (or one websocket operation).
pub struct ReportLoaders {
    events: DataLoader<EventsLoader>,
    reports: DataLoader<ReportLoader>,
    duplicates: DataLoader<DuplicatesLoader>,
    photos: DataLoader<PhotosLoader>,
}

impl ReportLoaders {
    pub fn new(db: &DatabaseConnection) -> Self {
        Self {
            events: uncached(EventsLoader(db.clone())),
            reports: uncached(ReportLoader(db.clone())),
            duplicates: uncached(DuplicatesLoader(db.clone())),
            photos: uncached(PhotosLoader(db.clone())),
        }
    }

    /// The events of report `key`, oldest first.
    pub async fn events(ctx: &Context<'_>, key: ReportId) -> AppResult<Vec<report_event::Model>> {
        Ok(ctx.data_unchecked::<Self>().events.load_one(key).await?.unwrap_or_default())
    }

    /// The report `key` (the caller decides what of it the viewer may see).
    pub async fn report(ctx: &Context<'_>, key: ReportId) -> AppResult<Option<report::Model>> {
        Ok(ctx.data_unchecked::<Self>().reports.load_one(key).await?)
    }

    /// The reports linked to `key` as its duplicates, oldest first (at most [`MAX_DUPLICATES`]).
    pub async fn duplicates(ctx: &Context<'_>, key: ReportId) -> AppResult<Vec<report::Model>> {
        Ok(ctx.data_unchecked::<Self>().duplicates.load_one(key).await?.unwrap_or_default())
    }

    /// The attached photos of report `key`, oldest first.
    pub async fn photos(ctx: &Context<'_>, key: ReportId) -> AppResult<Vec<photo::Model>> {
        Ok(ctx.data_unchecked::<Self>().photos.load_one(key).await?.unwrap_or_default())
    }
}

/// The events of reports, by report id, oldest first.
pub struct EventsLoader(DatabaseConnection);

impl Loader<ReportId> for EventsLoader {
    type Value = Vec<report_event::Model>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[ReportId]) -> Result<HashMap<ReportId, Self::Value>, Self::Error> {
        let rows = report_event::Entity::find()
            .filter(report_event::Column::ReportId.is_in(keys.iter().copied()))
            .order_by_asc(report_event::Column::Id)
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(grouped(rows, |row| Some(row.report_id), usize::MAX))
    }
}

/// Reports by id.
pub struct ReportLoader(DatabaseConnection);

impl Loader<ReportId> for ReportLoader {
    type Value = report::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[ReportId]) -> Result<HashMap<ReportId, Self::Value>, Self::Error> {
        let rows = report::Entity::find()
            .filter(report::Column::Id.is_in(keys.iter().copied()))
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (row.id, row)).collect())
    }
}

/// Most duplicates listed under one report.
pub const MAX_DUPLICATES: usize = 20;

/// Duplicates by the report they duplicate, oldest first, at most [`MAX_DUPLICATES`] each.
pub struct DuplicatesLoader(DatabaseConnection);

impl Loader<ReportId> for DuplicatesLoader {
    type Value = Vec<report::Model>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[ReportId]) -> Result<HashMap<ReportId, Self::Value>, Self::Error> {
        let rows = report::Entity::find()
            .filter(report::Column::DuplicateOf.is_in(keys.iter().copied()))
            .order_by_asc(report::Column::Id)
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(grouped(rows, |row| row.duplicate_of, MAX_DUPLICATES))
    }
}

/// Attached photos by report id, oldest first.
pub struct PhotosLoader(DatabaseConnection);

impl Loader<ReportId> for PhotosLoader {
    type Value = Vec<photo::Model>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[ReportId]) -> Result<HashMap<ReportId, Self::Value>, Self::Error> {
        let rows = photo::Entity::find()
            .filter(photo::Column::ReportId.is_in(keys.iter().copied()))
            .filter(photo::Column::Status.eq(entity::enums::PhotoStatus::Attached))
            .order_by_asc(photo::Column::Id)
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(grouped(rows, |row| row.report_id, usize::MAX))
    }
}

/// `rows` grouped under `key` (rows without one left out), in their order, at most `max` a
/// group.
fn grouped<T>(rows: Vec<T>, key: impl Fn(&T) -> Option<ReportId>, max: usize) -> HashMap<ReportId, Vec<T>> {
    let mut groups: HashMap<ReportId, Vec<T>> = HashMap::new();
    for row in rows {
        if let Some(key) = key(&row) {
            let group = groups.entry(key).or_default();
            if group.len() < max {
                group.push(row);
            }
        }
    }
    groups
}
