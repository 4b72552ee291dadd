//! The photo lifecycle: a ticket (PENDING row + presigned PUT), then on attach the object
//! is checked (real type from its bytes, exact size) and rewritten without metadata before
//! anyone else can download it; a photo that fails is deleted. Unattached uploads are
//! swept after a delay.

use std::collections::HashSet;

use chrono::{Duration, Utc};
use entity::photo;
use sea_orm::{
    ActiveValue::Set, ColumnTrait, ConnectionTrait, EntityTrait, PaginatorTrait, QueryFilter, QueryOrder,
};
use uuid::Uuid;

use super::{
    sanitize::{self, ImageType},
    store::UploadTicket,
};
use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    ids::UserId,
    state::AppState,
};

const PENDING: &str = "PENDING";
const ATTACHED: &str = "ATTACHED";
/// Most tickets a resident may hold unattached at once.
const MAX_PENDING_PER_OWNER: u64 = 30;

fn upload_key(id: Uuid) -> String {
    format!("uploads/{id}")
}

fn photo_key(id: Uuid) -> String {
    format!("photos/{id}")
}

/// A ticket handed to the app.
#[derive(Debug)]
pub struct Ticket {
    pub photo_id: Uuid,
    pub upload: UploadTicket,
}

/// Issues an upload ticket to an approved resident.
pub async fn request_upload(
    state: &AppState,
    viewer: &Viewer,
    content_type: &str,
    byte_size: i64,
) -> AppResult<Ticket> {
    let owner = policy::file_report(viewer)?.id;
    let kind = ImageType::from_mime(content_type)
        .ok_or_else(|| AppError::bad_input("contentType", "Types acceptés : JPEG, PNG, WebP et HEIC."))?;
    let max = state.config.photo_max_bytes;
    let size = u64::try_from(byte_size).ok().filter(|size| (1..=max).contains(size)).ok_or_else(|| {
        AppError::bad_input("byteSize", format!("Une photo pèse au plus {} Mo.", max / (1024 * 1024)))
    })?;
    let pending = photo::Entity::find()
        .filter(photo::Column::OwnerId.eq(owner.0))
        .filter(photo::Column::Status.eq(PENDING))
        .count(&state.db)
        .await?;
    if pending >= MAX_PENDING_PER_OWNER {
        return Err(AppError::RateLimited);
    }
    let id = Uuid::now_v7();
    let ttl = state.config.photo_upload_ttl_secs;
    let upload = state.photos.upload_ticket(&upload_key(id), kind.mime(), size, ttl).await?;
    photo::Entity::insert(photo::ActiveModel {
        id: Set(id),
        owner_id: Set(owner.0),
        report_id: Set(None),
        content_type: Set(kind.mime().to_owned()),
        byte_size: Set(byte_size),
        status: Set(PENDING.to_owned()),
        created_at: Set(Utc::now()),
        upload_expires_at: Set(upload.expires_at),
        attached_at: Set(None),
    })
    .exec_without_returning(&state.db)
    .await?;
    Ok(Ticket { photo_id: id, upload })
}

/// Checks and cleans the photos `owner` wants to attach (beside `already` attached ones);
/// returns their ids, ready to [`link`].
pub async fn prepare(
    state: &AppState,
    owner: UserId,
    ids: &[String],
    already: usize,
) -> AppResult<Vec<Uuid>> {
    let mut unique = Vec::new();
    for raw in ids {
        let id = Uuid::parse_str(raw)
            .map_err(|_| AppError::bad_input("photoIds", "Identifiant de photo invalide."))?;
        if !unique.contains(&id) {
            unique.push(id);
        }
    }
    let max = state.config.photo_max_per_report;
    if already + unique.len() > max {
        return Err(AppError::bad_input("photoIds", format!("{max} photos au plus par signalement.")));
    }
    let rows = photo::Entity::find()
        .filter(photo::Column::Id.is_in(unique.iter().copied()))
        .filter(photo::Column::OwnerId.eq(owner.0))
        .filter(photo::Column::Status.eq(PENDING))
        .all(&state.db)
        .await?;
    let found: HashSet<Uuid> = rows.iter().map(|row| row.id).collect();
    if unique.iter().any(|id| !found.contains(id)) {
        return Err(AppError::bad_input("photoIds", "Photo inconnue ou déjà utilisée."));
    }
    for row in &rows {
        clean(state, row).await?;
    }
    Ok(unique)
}

/// Verifies one uploaded photo and stores its cleaned copy; refuses (and deletes) a photo
/// whose bytes are not what was announced.
async fn clean(state: &AppState, row: &photo::Model) -> AppResult<()> {
    let max = state.config.photo_max_bytes;
    let Some(bytes) = state.photos.read(&upload_key(row.id), max).await? else {
        // Cleaned by an earlier attempt whose transaction did not commit?
        if state.photos.read(&photo_key(row.id), max).await?.is_some() {
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
    let refusal = match sanitize::sniff(&bytes) {
        Some(actual) if actual != declared => {
            Some(format!("Le fichier n'est pas une image {} : photo refusée.", declared.label()))
        }
        None => Some(format!("Le fichier n'est pas une image {} : photo refusée.", declared.label())),
        Some(_) if i64::try_from(bytes.len()).ok() != Some(row.byte_size) => {
            Some("La taille du fichier ne correspond pas à celle annoncée : photo refusée.".to_owned())
        }
        Some(_) => None,
    };
    let cleaned = match refusal {
        Some(message) => Err(message),
        None => sanitize::strip(&bytes, declared).map_err(|_| "Image endommagée : photo refusée.".to_owned()),
    };
    match cleaned {
        Ok(cleaned) => {
            state.photos.write(&photo_key(row.id), &cleaned, declared.mime()).await?;
            state.photos.delete(&upload_key(row.id)).await
        }
        Err(message) => {
            state.photos.delete(&upload_key(row.id)).await?;
            photo::Entity::delete_by_id(row.id).exec(&state.db).await?;
            Err(AppError::bad_input("photoIds", message))
        }
    }
}

/// Attaches prepared photos to `report` (inside the caller's transaction).
pub async fn link(db: &impl ConnectionTrait, ids: &[Uuid], report: Uuid) -> AppResult<()> {
    if ids.is_empty() {
        return Ok(());
    }
    let linked = photo::Entity::update_many()
        .col_expr(photo::Column::Status, ATTACHED.into())
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
pub async fn count(db: &impl ConnectionTrait, report: Uuid) -> AppResult<usize> {
    let count = photo::Entity::find().filter(photo::Column::ReportId.eq(report)).count(db).await?;
    Ok(usize::try_from(count).unwrap_or(usize::MAX))
}

/// Short-lived download links of `report`'s photos.
pub async fn links(state: &AppState, report: Uuid) -> AppResult<Vec<(Uuid, String)>> {
    let rows = photo::Entity::find()
        .filter(photo::Column::ReportId.eq(report))
        .filter(photo::Column::Status.eq(ATTACHED))
        .order_by_asc(photo::Column::Id)
        .all(&state.db)
        .await?;
    let mut links = Vec::with_capacity(rows.len());
    for row in rows {
        let url = state
            .photos
            .download_url(&photo_key(row.id), &row.content_type, state.config.photo_url_ttl_secs)
            .await?;
        links.push((row.id, url));
    }
    Ok(links)
}

/// Deletes uploads never attached within `delay`, objects first; returns how many.
pub async fn sweep(state: &AppState, delay: Duration) -> AppResult<usize> {
    let stale = photo::Entity::find()
        .filter(photo::Column::Status.eq(PENDING))
        .filter(photo::Column::CreatedAt.lt(Utc::now() - delay))
        .all(&state.db)
        .await?;
    for row in &stale {
        state.photos.delete(&upload_key(row.id)).await?;
        state.photos.delete(&photo_key(row.id)).await?;
        photo::Entity::delete_by_id(row.id).exec(&state.db).await?;
    }
    Ok(stale.len())
}

/// Deletes every photo of `report`, objects first (report deletion or anonymisation).
pub async fn delete_for_report(state: &AppState, report: Uuid) -> AppResult<()> {
    let rows = photo::Entity::find().filter(photo::Column::ReportId.eq(report)).all(&state.db).await?;
    for row in rows {
        state.photos.delete(&photo_key(row.id)).await?;
        photo::Entity::delete_by_id(row.id).exec(&state.db).await?;
    }
    Ok(())
}
