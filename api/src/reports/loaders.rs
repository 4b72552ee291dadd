//! Reports' DataLoaders: events, reports, duplicates, photos and incidents of the reports of
//! one request, one batched query each.

use async_graphql::{Context, dataloader::DataLoader};
use entity::{enums::PhotoStatus, incident, photo, report, report_event};
use sea_orm::{ColumnTrait, DatabaseConnection};

use crate::{
    batch::{ByKey, Grouped, uncached},
    error::AppResult,
    ids::{IncidentId, ReportId},
};

/// Most duplicates listed under one report.
pub const MAX_DUPLICATES: usize = 20;

/// The loaders of one request (or one websocket operation).
pub struct ReportLoaders {
    events: DataLoader<Grouped<report_event::Entity, ReportId>>,
    reports: DataLoader<ByKey<report::Entity, ReportId>>,
    duplicates: DataLoader<Grouped<report::Entity, ReportId>>,
    photos: DataLoader<Grouped<photo::Entity, ReportId>>,
    incidents: DataLoader<ByKey<incident::Entity, IncidentId>>,
    incident_reports: DataLoader<Grouped<report::Entity, IncidentId>>,
}

impl ReportLoaders {
    pub fn new(db: &DatabaseConnection) -> Self {
        Self {
            events: uncached(Grouped::new(
                db,
                report_event::Column::ReportId,
                |row: &report_event::Model| Some(row.report_id),
                report_event::Column::Id,
            )),
            reports: uncached(ByKey::new(db, report::Column::Id, |row: &report::Model| row.id)),
            duplicates: uncached(
                Grouped::new(
                    db,
                    report::Column::DuplicateOf,
                    |row: &report::Model| row.duplicate_of,
                    report::Column::Id,
                )
                .at_most(MAX_DUPLICATES),
            ),
            photos: uncached(
                Grouped::new(
                    db,
                    photo::Column::ReportId,
                    |row: &photo::Model| row.report_id,
                    photo::Column::Id,
                )
                .only(photo::Column::Status.eq(PhotoStatus::Attached)),
            ),
            incidents: uncached(ByKey::new(db, incident::Column::Id, |row: &incident::Model| row.id)),
            incident_reports: uncached(
                Grouped::new(
                    db,
                    report::Column::IncidentId,
                    |row: &report::Model| row.incident_id,
                    report::Column::Id,
                )
                .at_most(super::incidents::MAX_REPORTS as usize),
            ),
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

    /// The reports `keys` that exist, in the order asked.
    pub async fn reports(ctx: &Context<'_>, keys: &[ReportId]) -> AppResult<Vec<report::Model>> {
        let mut found = ctx.data_unchecked::<Self>().reports.load_many(keys.iter().copied()).await?;
        Ok(keys.iter().filter_map(|key| found.remove(key)).collect())
    }

    /// The reports linked to `key` as its duplicates, oldest first (at most [`MAX_DUPLICATES`]).
    pub async fn duplicates(ctx: &Context<'_>, key: ReportId) -> AppResult<Vec<report::Model>> {
        Ok(ctx.data_unchecked::<Self>().duplicates.load_one(key).await?.unwrap_or_default())
    }

    /// The incident `key`.
    pub async fn incident(ctx: &Context<'_>, key: IncidentId) -> AppResult<Option<incident::Model>> {
        Ok(ctx.data_unchecked::<Self>().incidents.load_one(key).await?)
    }

    /// The reports of incident `key`, oldest first.
    pub async fn incident_reports(ctx: &Context<'_>, key: IncidentId) -> AppResult<Vec<report::Model>> {
        Ok(ctx.data_unchecked::<Self>().incident_reports.load_one(key).await?.unwrap_or_default())
    }

    /// The attached photos of report `key`, oldest first.
    pub async fn photos(ctx: &Context<'_>, key: ReportId) -> AppResult<Vec<photo::Model>> {
        Ok(ctx.data_unchecked::<Self>().photos.load_one(key).await?.unwrap_or_default())
    }
}
