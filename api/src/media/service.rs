//! The photo lifecycle: a ticket (PENDING row + presigned PUT), then on attach the object
//! is checked (real type from its bytes, exact size) and rewritten without metadata before
//! anyone else can download it; a photo that fails is deleted. Unattached uploads are
//! swept after a delay.

use std::collections::HashSet;

use chrono::{Duration, Utc};
use entity::{enums::PhotoStatus, photo};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use super::{
    sanitize::{self, ImageType, Refusal},
    store::{PhotoStore, UploadSpec, UploadTicket},
};
use crate::{
    config::Config,
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    ids::{PhotoId, ReportId, UserId},
    throttle::Throttles,
};

const PENDING: PhotoStatus = PhotoStatus::Pending;
const ATTACHED: PhotoStatus = PhotoStatus::Attached;
/// Most tickets a resident may hold unattached at once.
const MAX_PENDING_PER_OWNER: u64 = 30;

/// Where an upload lands before it is cleaned (the demo's seed stores its photo there).
pub(crate) fn upload_key(id: PhotoId) -> String {
    format!("uploads/{id}")
}

fn photo_key(id: PhotoId) -> String {
    format!("photos/{id}")
}

/// What the photo service works with: the database, the store, and the limits.
#[derive(Clone, Copy, Debug)]
pub struct Photos<'a> {
    pub db: &'a DatabaseConnection,
    pub store: &'a PhotoStore,
    pub limits: Limits,
}

/// Photo limits from the configuration.
#[derive(Clone, Copy, Debug)]
pub struct Limits {
    pub max_bytes: u64,
    pub max_per_report: usize,
    pub upload_ttl_secs: u32,
    pub url_ttl_secs: u32,
}

impl Limits {
    pub fn from_config(config: &Config) -> Self {
        Self {
            max_bytes: config.photo_max_bytes,
            max_per_report: config.photo_max_per_report,
            upload_ttl_secs: config.photo_upload_ttl_secs,
            url_ttl_secs: config.photo_url_ttl_secs,
        }
    }
}

/// A ticket handed to the app.
#[derive(Debug)]
pub struct Ticket {
    pub photo_id: PhotoId,
    pub upload: UploadTicket,
}

/// Issues an upload ticket to an approved resident.
pub async fn request_upload(
    photos: Photos<'_>,
    throttle: &Throttles,
    viewer: &Viewer,
    content_type: &str,
    byte_size: i64,
) -> AppResult<Ticket> {
    let owner = policy::file_report(viewer)?.id;
    throttle.photo_upload(owner)?;
    let kind = ImageType::from_mime(content_type)
        .ok_or_else(|| AppError::bad_input("contentType", "Types acceptés : JPEG, PNG, WebP et HEIC."))?;
    let max = photos.limits.max_bytes;
    let size = u64::try_from(byte_size).ok().filter(|size| (1..=max).contains(size)).ok_or_else(|| {
        AppError::bad_input("byteSize", format!("Une photo pèse au plus {} Mo.", max / (1024 * 1024)))
    })?;
    let pending = photo::Entity::find()
        .filter(photo::Column::OwnerId.eq(owner))
        .filter(photo::Column::Status.eq(PENDING))
        .count(photos.db)
        .await?;
    if pending >= MAX_PENDING_PER_OWNER {
        // Tickets free up as photos are attached or swept.
        return Err(AppError::RateLimited(photos.limits.upload_ttl_secs.into()));
    }
    let id = PhotoId::generate();
    let ttl = photos.limits.upload_ttl_secs;
    let key = upload_key(id);
    let spec = UploadSpec { key: &key, content_type: kind.mime(), size, ttl_secs: ttl };
    let upload = photos.store.upload_ticket(spec).await?;
    photo::Entity::insert(photo::ActiveModel {
        id: Set(id),
        owner_id: Set(owner),
        report_id: Set(None),
        content_type: Set(kind.mime().to_owned()),
        byte_size: Set(byte_size),
        status: Set(PENDING),
        created_at: Set(Utc::now()),
        upload_expires_at: Set(upload.expires_at),
        attached_at: Set(None),
    })
    .exec_without_returning(photos.db)
    .await?;
    Ok(Ticket { photo_id: id, upload })
}

/// Checks and cleans the photos `owner` wants to attach (beside `already` attached ones);
/// returns their ids, ready to [`link`].
pub async fn prepare(
    photos: Photos<'_>,
    owner: UserId,
    ids: &[String],
    already: usize,
) -> AppResult<Vec<PhotoId>> {
    let max = photos.limits.max_per_report;
    // Bounded before any work: a list longer than the maximum is refused unread.
    if ids.len() > max.saturating_sub(already) {
        return Err(AppError::bad_input("photoIds", format!("{max} photos au plus par signalement.")));
    }
    let mut unique = Vec::with_capacity(ids.len());
    let mut seen = HashSet::with_capacity(ids.len());
    for raw in ids {
        let id = Uuid::parse_str(raw)
            .map(PhotoId)
            .map_err(|_| AppError::bad_input("photoIds", "Identifiant de photo invalide."))?;
        if seen.insert(id) {
            unique.push(id);
        }
    }
    if unique.is_empty() {
        return Ok(unique);
    }
    let rows = photo::Entity::find()
        .filter(photo::Column::Id.is_in(unique.iter().copied()))
        .filter(photo::Column::OwnerId.eq(owner))
        .filter(photo::Column::Status.eq(PENDING))
        .all(photos.db)
        .await?;
    let found: HashSet<PhotoId> = rows.iter().map(|row| row.id).collect();
    if unique.iter().any(|id| !found.contains(id)) {
        return Err(AppError::bad_input("photoIds", "Photo inconnue ou déjà utilisée."));
    }
    for row in &rows {
        clean(photos, row).await?;
    }
    Ok(unique)
}

/// Verifies one uploaded photo and stores its cleaned copy; refuses (and deletes) a photo
/// whose bytes are not what was announced.
async fn clean(photos: Photos<'_>, row: &photo::Model) -> AppResult<()> {
    let max = photos.limits.max_bytes;
    let Some(bytes) = photos.store.read(&upload_key(row.id), max).await? else {
        // Cleaned by an earlier attempt whose transaction did not commit?
        if photos.store.read(&photo_key(row.id), max).await?.is_some() {
            return Ok(());
        }
        let message = if row.upload_expires_at < Utc::now() {
            "Le délai d'envoi de cette photo a expiré : recommencez l'envoi."
        } else {
            "Cette photo n'a pas encore été envoyée."
        };
        return Err(AppError::bad_input("photoIds", message));
    };
    let declared = ImageType::from_mime(&row.content_type)
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("bad stored type")))?;
    let cleaned = if i64::try_from(bytes.len()).ok() != Some(row.byte_size) {
        Err("La taille du fichier ne correspond pas à celle annoncée : photo refusée.".to_owned())
    } else {
        sanitize::clean(bytes, declared).await.map_err(|refusal| match refusal {
            Refusal::NotOfType => {
                format!("Le fichier n'est pas une image {} : photo refusée.", declared.label())
            }
            Refusal::Damaged => "Image endommagée : photo refusée.".to_owned(),
            Refusal::TooSlow => "Image trop complexe à vérifier : photo refusée.".to_owned(),
        })
    };
    match cleaned {
        Ok(cleaned) => {
            photos.store.write(&photo_key(row.id), &cleaned, declared.mime()).await?;
            photos.store.delete(&upload_key(row.id)).await
        }
        Err(message) => {
            photos.store.delete(&upload_key(row.id)).await?;
            photo::Entity::delete_by_id(row.id).exec(photos.db).await?;
            Err(AppError::bad_input("photoIds", message))
        }
    }
}

/// Attaches prepared photos to `report` (inside the caller's transaction).
pub async fn link(db: &impl ConnectionTrait, ids: &[PhotoId], report: ReportId) -> AppResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let linked = photo::Entity::update_many()
        .col_expr(photo::Column::Status, ATTACHED.to_value().into())
        .col_expr(photo::Column::ReportId, report.into())
        .col_expr(photo::Column::AttachedAt, Utc::now().into())
        .filter(photo::Column::Id.is_in(ids.iter().copied()))
        .filter(photo::Column::Status.eq(PENDING))
        .exec(db)
        .await?;
    if linked.rows_affected != ids.len() as u64 {
        return Err(AppError::Conflict("Une des photos vient d'être utilisée ailleurs.".into()));
    }
    Ok(())
}

/// How many photos `report` has.
pub async fn count(db: &impl ConnectionTrait, report: ReportId) -> AppResult<usize> {
    let count = photo::Entity::find().filter(photo::Column::ReportId.eq(report)).count(db).await?;
    Ok(usize::try_from(count).unwrap_or(usize::MAX))
}

/// Short-lived download links of attached `photos`.
pub async fn links(photos: Photos<'_>, rows: &[photo::Model]) -> AppResult<Vec<(PhotoId, String)>> {
    let mut links = Vec::with_capacity(rows.len());
    for row in rows {
        let url = photos
            .store
            .download_url(&photo_key(row.id), &row.content_type, photos.limits.url_ttl_secs)
            .await?;
        links.push((row.id, url));
    }
    Ok(links)
}

/// Deletes uploads never attached within `delay`, objects first; returns how many.
pub async fn sweep(photos: Photos<'_>, delay: Duration) -> AppResult<usize> {
    let stale = photo::Entity::find()
        .filter(photo::Column::Status.eq(PENDING))
        .filter(photo::Column::CreatedAt.lt(Utc::now() - delay))
        .all(photos.db)
        .await?;
    for row in &stale {
        photos.store.delete(&upload_key(row.id)).await?;
        photos.store.delete(&photo_key(row.id)).await?;
        photo::Entity::delete_by_id(row.id).exec(photos.db).await?;
    }
    Ok(stale.len())
}

/// Forgets, in the caller's transaction, the photos of `reports` and (with `owner`) every
/// upload of that account; returns their ids. Their objects go with [`delete_objects`] once
/// the transaction commits: a crash in between leaves objects no row accounts for, which
/// [`sweep_orphans`] deletes.
pub async fn forget(
    txn: &impl ConnectionTrait,
    reports: &[ReportId],
    owner: Option<crate::ids::UserId>,
) -> AppResult<Vec<PhotoId>> {
    let mut which = sea_orm::Condition::any().add(photo::Column::ReportId.is_in(reports.iter().copied()));
    if let Some(owner) = owner {
        which = which.add(photo::Column::OwnerId.eq(owner));
    }
    let ids: Vec<PhotoId> = photo::Entity::find()
        .select_only()
        .column(photo::Column::Id)
        .filter(which.clone())
        .into_tuple()
        .all(txn)
        .await?;
    photo::Entity::delete_many().filter(which).exec(txn).await?;
    Ok(ids)
}

/// Deletes the stored objects of forgotten photos; returns how many went (a failure is
/// logged and left to [`sweep_orphans`]).
pub async fn delete_objects(photos: Photos<'_>, ids: &[PhotoId]) -> usize {
    let mut deleted = 0;
    for id in ids {
        match photos.store.delete(&photo_key(*id)).await {
            Ok(()) => deleted += 1,
            Err(error) => {
                tracing::warn!(photo = %id, %error, "photo object not deleted; the orphan sweep will")
            }
        }
    }
    deleted
}

/// Whether the upload at `key` is still expected (its photo waits for its bytes): the
/// embedded mode's upload endpoint refuses the others.
pub fn upload_check(db: sea_orm::DatabaseConnection) -> super::local::UploadCheck {
    std::sync::Arc::new(move |key: String| {
        let db = db.clone();
        Box::pin(async move {
            let Some(id) = key.strip_prefix("uploads/").and_then(|id| Uuid::parse_str(id).ok().map(PhotoId))
            else {
                return false;
            };
            let pending =
                photo::Entity::find_by_id(id).filter(photo::Column::Status.eq(PENDING)).one(&db).await;
            matches!(pending, Ok(Some(_)))
        })
    })
}

/// Deletes stored objects older than `grace` that no row accounts for: uploads whose photo
/// is no longer waiting for them (a presigned URL used again after attach or refusal) and
/// photos without a row. Returns how many. Runs over the local folder and the S3 bucket.
pub async fn sweep_orphans(photos: Photos<'_>, grace: Duration) -> AppResult<usize> {
    let cutoff = Utc::now() - grace;
    let mut deleted = 0;
    for prefix in ["uploads/", "photos/"] {
        let objects: Vec<(String, Option<PhotoId>)> = photos
            .store
            .list(prefix)
            .await?
            .into_iter()
            .filter(|(_, modified)| *modified < cutoff)
            .map(|(key, _)| {
                let id = key.strip_prefix(prefix).and_then(|id| Uuid::parse_str(id).ok().map(PhotoId));
                (key, id)
            })
            .collect();
        for chunk in objects.chunks(500) {
            let ids = chunk.iter().filter_map(|(_, id)| *id);
            let rows = photo::Entity::find().filter(photo::Column::Id.is_in(ids)).all(photos.db).await?;
            let accounted: HashSet<PhotoId> = rows
                .iter()
                .filter(|row| prefix == "photos/" || row.status == PENDING)
                .map(|row| row.id)
                .collect();
            for (key, id) in chunk {
                if !id.is_some_and(|id| accounted.contains(&id)) {
                    photos.store.delete(key).await?;
                    deleted += 1;
                }
            }
        }
    }
    Ok(deleted)
}
