//! Per-request DataLoaders: related objects of a page are fetched in one batched query.

use std::{collections::HashMap, sync::Arc};

use async_graphql::{
    Context,
    dataloader::{DataLoader, Loader},
};
use entity::{app_user, brigade, category, commune, photo, report, report_event};
use sea_orm::QueryOrder;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use uuid::Uuid;

use crate::{error::AppError, ids::BrigadeId, state::AppState, territory::service::CommuneSummary};

/// The loaders of one request (or one websocket connection). They batch, but do not cache:
/// a websocket connection lives for hours and must not serve stale rows.
pub struct Loaders {
    pub brigades: DataLoader<BrigadeLoader>,
    pub communes: DataLoader<CommuneLoader>,
    pub categories: DataLoader<CategoryLoader>,
    pub events: DataLoader<EventsLoader>,
    pub users: DataLoader<UserLoader>,
    pub reports: DataLoader<ReportLoader>,
    pub duplicates: DataLoader<DuplicatesLoader>,
    pub photos: DataLoader<PhotosLoader>,
}

impl Loaders {
    pub fn new(state: &AppState) -> Self {
        let loaders = Self {
            brigades: DataLoader::new(BrigadeLoader(state.db.clone()), tokio::spawn),
            communes: DataLoader::new(CommuneLoader(state.db.clone()), tokio::spawn),
            categories: DataLoader::new(CategoryLoader(state.db.clone()), tokio::spawn),
            events: DataLoader::new(EventsLoader(state.db.clone()), tokio::spawn),
            users: DataLoader::new(UserLoader(state.db.clone()), tokio::spawn),
            reports: DataLoader::new(ReportLoader(state.db.clone()), tokio::spawn),
            duplicates: DataLoader::new(DuplicatesLoader(state.db.clone()), tokio::spawn),
            photos: DataLoader::new(PhotosLoader(state.db.clone()), tokio::spawn),
        };
        loaders.brigades.enable_all_cache(false);
        loaders.communes.enable_all_cache(false);
        loaders.categories.enable_all_cache(false);
        loaders.events.enable_all_cache(false);
        loaders.users.enable_all_cache(false);
        loaders.reports.enable_all_cache(false);
        loaders.duplicates.enable_all_cache(false);
        loaders.photos.enable_all_cache(false);
        loaders
    }
}

impl Loaders {
    /// The brigade `id`, batched with the other loads of the same tick.
    pub async fn brigade(ctx: &Context<'_>, id: BrigadeId) -> Result<Option<brigade::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        loaders.brigades.load_one(id).await.map_err(|error| AppError::internal(error.as_ref().clone()))
    }

    /// The category `code`.
    pub async fn category(ctx: &Context<'_>, code: &str) -> Result<Option<category::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        loaders
            .categories
            .load_one(code.to_owned())
            .await
            .map_err(|error| AppError::internal(error.as_ref().clone()))
    }

    /// The events of report `id`, oldest first.
    pub async fn events(ctx: &Context<'_>, id: Uuid) -> Result<Vec<report_event::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        let events =
            loaders.events.load_one(id).await.map_err(|error| AppError::internal(error.as_ref().clone()))?;
        Ok(events.unwrap_or_default())
    }

    /// The account `id`.
    pub async fn user(ctx: &Context<'_>, id: Uuid) -> Result<Option<app_user::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        loaders.users.load_one(id).await.map_err(|error| AppError::internal(error.as_ref().clone()))
    }

    /// The report `id` (the caller decides what of it the viewer may see).
    pub async fn report(ctx: &Context<'_>, id: Uuid) -> Result<Option<report::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        loaders.reports.load_one(id).await.map_err(|error| AppError::internal(error.as_ref().clone()))
    }

    /// The reports linked to `original` as its duplicates, oldest first (at most
    /// [`MAX_DUPLICATES`]).
    pub async fn duplicates(ctx: &Context<'_>, original: Uuid) -> Result<Vec<report::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        let rows = loaders
            .duplicates
            .load_one(original)
            .await
            .map_err(|error| AppError::internal(error.as_ref().clone()))?;
        Ok(rows.unwrap_or_default())
    }

    /// The attached photos of report `id`, oldest first.
    pub async fn photos(ctx: &Context<'_>, id: Uuid) -> Result<Vec<photo::Model>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        let rows =
            loaders.photos.load_one(id).await.map_err(|error| AppError::internal(error.as_ref().clone()))?;
        Ok(rows.unwrap_or_default())
    }

    /// The commune `code` (without boundary), batched likewise.
    pub async fn commune(ctx: &Context<'_>, code: &str) -> Result<Option<CommuneSummary>, AppError> {
        let loaders = ctx.data_unchecked::<Self>();
        loaders
            .communes
            .load_one(code.to_owned())
            .await
            .map_err(|error| AppError::internal(error.as_ref().clone()))
    }
}

/// Brigades by id.
pub struct BrigadeLoader(DatabaseConnection);

impl Loader<BrigadeId> for BrigadeLoader {
    type Value = brigade::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[BrigadeId]) -> Result<HashMap<BrigadeId, Self::Value>, Self::Error> {
        let rows = brigade::Entity::find()
            .filter(brigade::Column::Id.is_in(keys.iter().map(|key| key.0)))
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (BrigadeId(row.id), row)).collect())
    }
}

/// Communes (without boundary) by INSEE code.
pub struct CommuneLoader(DatabaseConnection);

impl Loader<String> for CommuneLoader {
    type Value = CommuneSummary;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, Self::Value>, Self::Error> {
        let rows = commune::Entity::find()
            .filter(commune::Column::Code.is_in(keys.iter().cloned()))
            .into_partial_model::<CommuneSummary>()
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (row.code.clone(), row)).collect())
    }
}

/// Categories by code.
pub struct CategoryLoader(DatabaseConnection);

impl Loader<String> for CategoryLoader {
    type Value = category::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[String]) -> Result<HashMap<String, Self::Value>, Self::Error> {
        let rows = category::Entity::find()
            .filter(category::Column::Code.is_in(keys.iter().cloned()))
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (row.code.clone(), row)).collect())
    }
}

/// The events of reports, by report id, oldest first.
pub struct EventsLoader(DatabaseConnection);

impl Loader<Uuid> for EventsLoader {
    type Value = Vec<report_event::Model>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = report_event::Entity::find()
            .filter(report_event::Column::ReportId.is_in(keys.iter().copied()))
            .order_by_asc(report_event::Column::Id)
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(grouped(rows, |row| Some(row.report_id), usize::MAX))
    }
}

/// Accounts by id.
pub struct UserLoader(DatabaseConnection);

impl Loader<Uuid> for UserLoader {
    type Value = app_user::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
        let rows = app_user::Entity::find()
            .filter(app_user::Column::Id.is_in(keys.iter().copied()))
            .all(&self.0)
            .await
            .map_err(Arc::new)?;
        Ok(rows.into_iter().map(|row| (row.id, row)).collect())
    }
}

/// Reports by id.
pub struct ReportLoader(DatabaseConnection);

impl Loader<Uuid> for ReportLoader {
    type Value = report::Model;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
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

impl Loader<Uuid> for DuplicatesLoader {
    type Value = Vec<report::Model>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
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

impl Loader<Uuid> for PhotosLoader {
    type Value = Vec<photo::Model>;
    type Error = Arc<sea_orm::DbErr>;

    async fn load(&self, keys: &[Uuid]) -> Result<HashMap<Uuid, Self::Value>, Self::Error> {
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
fn grouped<T>(rows: Vec<T>, key: impl Fn(&T) -> Option<Uuid>, max: usize) -> HashMap<Uuid, Vec<T>> {
    let mut groups: HashMap<Uuid, Vec<T>> = HashMap::new();
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
