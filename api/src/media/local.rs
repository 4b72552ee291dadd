//! The embedded mode's storage: a folder under the data directory, with the node itself
//! answering the signed upload and download URLs, so the app's flow is the same as with
//! S3. URLs carry an HMAC-signed grant (key, method, type, size, expiry).

use std::{path::PathBuf, sync::Arc};

use anyhow::Context;
use axum::{
    Router,
    body::{Body, Bytes},
    extract::{Path, State},
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::{get, put},
};
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chrono::{Duration, Utc};
use hmac::{Hmac, Mac};
use rand::RngCore;
use serde::{Deserialize, Serialize};
use sha2::Sha256;

use super::upload::{UploadSpec, UploadTicket};
use crate::error::{AppError, AppResult};

/// A folder of objects and the key that signs their URLs.
#[derive(Clone)]
pub struct LocalStore {
    root: PathBuf,
    public_url: String,
    key: Arc<[u8; 32]>,
}

impl std::fmt::Debug for LocalStore {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LocalStore").field("root", &self.root).field("public_url", &self.public_url).finish()
    }
}

/// Whether an upload to a key is still expected.
pub type UploadCheck =
    Arc<dyn Fn(String) -> std::pin::Pin<Box<dyn std::future::Future<Output = bool> + Send>> + Send + Sync>;

#[derive(Clone)]
struct Endpoints {
    store: LocalStore,
    may_upload: UploadCheck,
}

/// What a signed URL allows.
#[derive(Debug, Serialize, Deserialize)]
struct Grant {
    /// Object key.
    k: String,
    /// `PUT` or `GET`.
    m: String,
    /// Content type.
    t: String,
    /// Exact size, for uploads.
    n: u64,
    /// Expiry, Unix seconds.
    e: i64,
}

impl LocalStore {
    /// Opens `root` (created if missing) with the signing key at `key_file` (generated if
    /// missing); URLs start with `public_url`.
    pub fn open(root: PathBuf, key_file: PathBuf, public_url: String) -> anyhow::Result<Self> {
        std::fs::create_dir_all(&root).with_context(|| format!("creating {}", root.display()))?;
        let (text, _) = crate::config::key_file::read_or_create(&key_file, || {
            let mut key = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut key);
            Ok(key.iter().map(|byte| format!("{byte:02x}")).collect())
        })?;
        let bytes = (0..text.trim().len())
            .step_by(2)
            .map(|at| u8::from_str_radix(text.trim().get(at..at + 2).unwrap_or("zz"), 16))
            .collect::<Result<Vec<u8>, _>>()
            .context("media key is not hex")?;
        let key = <[u8; 32]>::try_from(bytes.as_slice()).context("media key must be 32 bytes")?;
        Ok(Self { root, public_url: public_url.trim_end_matches('/').to_owned(), key: Arc::new(key) })
    }

    fn sign(&self, grant: &Grant) -> AppResult<String> {
        let payload = URL_SAFE_NO_PAD.encode(serde_json::to_vec(grant).map_err(AppError::internal)?);
        let mut mac = Hmac::<Sha256>::new_from_slice(self.key.as_slice()).map_err(AppError::internal)?;
        mac.update(payload.as_bytes());
        Ok(format!("{payload}.{}", URL_SAFE_NO_PAD.encode(mac.finalize().into_bytes())))
    }

    fn verify(&self, token: &str, method: &str) -> Option<Grant> {
        let (payload, signature) = token.split_once('.')?;
        let mut mac = Hmac::<Sha256>::new_from_slice(self.key.as_slice()).ok()?;
        mac.update(payload.as_bytes());
        mac.verify_slice(&URL_SAFE_NO_PAD.decode(signature).ok()?).ok()?;
        let grant: Grant = serde_json::from_slice(&URL_SAFE_NO_PAD.decode(payload).ok()?).ok()?;
        (grant.m == method && grant.e >= Utc::now().timestamp()).then_some(grant)
    }

    fn path(&self, key: &str) -> AppResult<PathBuf> {
        let safe = !key.is_empty()
            && key.split('/').all(|part| !part.is_empty() && part != "." && part != "..")
            && key.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '/' | '-' | '_'));
        if safe {
            Ok(self.root.join(key))
        } else {
            Err(AppError::internal(anyhow::anyhow!("unsafe object key")))
        }
    }

    pub fn upload_ticket(&self, spec: UploadSpec<'_>) -> AppResult<UploadTicket> {
        let expires_at = spec.expires_at();
        let grant = Grant {
            k: spec.key.to_owned(),
            m: "PUT".into(),
            t: spec.content_type.to_owned(),
            n: spec.size,
            e: expires_at.timestamp(),
        };
        Ok(spec.ticket(format!("{}/media/upload/{}", self.public_url, self.sign(&grant)?), expires_at))
    }

    pub fn download_url(&self, key: &str, content_type: &str, ttl_secs: u32) -> AppResult<String> {
        let expires = (Utc::now() + Duration::seconds(i64::from(ttl_secs))).timestamp();
        let grant =
            Grant { k: key.to_owned(), m: "GET".into(), t: content_type.to_owned(), n: 0, e: expires };
        Ok(format!("{}/media/object/{}", self.public_url, self.sign(&grant)?))
    }

    pub async fn read(&self, key: &str, max: u64) -> AppResult<Option<Vec<u8>>> {
        let path = self.path(key)?;
        match tokio::fs::metadata(&path).await {
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(None),
            Err(error) => return Err(AppError::internal(error)),
            Ok(metadata) if metadata.len() > max => {
                return Err(AppError::bad_input("photoIds", "La photo dépasse la taille autorisée."));
            }
            Ok(_) => {}
        }
        match tokio::fs::read(&path).await {
            Ok(bytes) => Ok(Some(bytes)),
            // Deleted between the two calls (a concurrent attach moved it).
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => Ok(None),
            Err(error) => Err(AppError::internal(error)),
        }
    }

    /// Writes atomically (temporary file, then rename).
    pub async fn write(&self, key: &str, bytes: &[u8]) -> AppResult<()> {
        let path = self.path(key)?;
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent).await.map_err(AppError::internal)?;
        }
        let temporary = path.with_extension(format!("part-{}", uuid::Uuid::new_v4().simple()));
        tokio::fs::write(&temporary, bytes).await.map_err(AppError::internal)?;
        tokio::fs::rename(&temporary, &path).await.map_err(AppError::internal)
    }

    /// Writes only if nothing is stored at `key` yet; `false` when something is.
    pub async fn write_new(&self, key: &str, bytes: &[u8]) -> AppResult<bool> {
        let path = self.path(key)?;
        if let Some(parent) = path.parent() {
            tokio::fs::create_dir_all(parent).await.map_err(AppError::internal)?;
        }
        let temporary = path.with_extension(format!("part-{}", uuid::Uuid::new_v4().simple()));
        tokio::fs::write(&temporary, bytes).await.map_err(AppError::internal)?;
        // A hard link is created atomically and never replaces: of two uploads, one wins.
        let linked = tokio::fs::hard_link(&temporary, &path).await;
        let _ = tokio::fs::remove_file(&temporary).await;
        match linked {
            Ok(()) => Ok(true),
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => Ok(false),
            Err(error) => Err(AppError::internal(error)),
        }
    }

    /// The stored objects under `prefix`, with their last change (temporary files aside).
    pub async fn list(&self, prefix: &str) -> AppResult<Vec<(String, chrono::DateTime<Utc>)>> {
        let folder = self.root.join(prefix.trim_end_matches('/'));
        let mut entries = match tokio::fs::read_dir(&folder).await {
            Ok(entries) => entries,
            Err(error) if error.kind() == std::io::ErrorKind::NotFound => return Ok(Vec::new()),
            Err(error) => return Err(AppError::internal(error)),
        };
        let mut found = Vec::new();
        while let Some(entry) = entries.next_entry().await.map_err(AppError::internal)? {
            let name = entry.file_name().to_string_lossy().into_owned();
            let modified = entry.metadata().await.and_then(|m| m.modified()).map_err(AppError::internal)?;
            found.push((format!("{}/{name}", prefix.trim_end_matches('/')), modified.into()));
        }
        Ok(found)
    }

    pub async fn delete(&self, key: &str) -> AppResult<()> {
        match tokio::fs::remove_file(self.path(key)?).await {
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => Err(AppError::internal(error)),
            _ => Ok(()),
        }
    }

    /// The node's upload and download endpoints; `may_upload` tells whether the upload of
    /// a key is still expected (its photo still waits for its bytes).
    pub fn routes(self, may_upload: UploadCheck) -> Router {
        Router::new()
            .route("/media/upload/{token}", put(upload))
            .route("/media/object/{token}", get(download))
            .with_state(Endpoints { store: self, may_upload })
    }
}

/// A grant is good for one upload: a second PUT (or one after the photo was attached or
/// refused) is refused, so a ticket cannot be used to store files without end.
async fn upload(
    State(Endpoints { store, may_upload }): State<Endpoints>,
    Path(token): Path<String>,
    headers: HeaderMap,
    body: Body,
) -> Response {
    let Some(grant) = store.verify(&token, "PUT") else {
        return (StatusCode::FORBIDDEN, "lien d'envoi invalide ou expiré").into_response();
    };
    let declared = headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok());
    if declared != Some(grant.t.as_str()) {
        return (StatusCode::BAD_REQUEST, "Content-Type différent de celui annoncé").into_response();
    }
    let limit = usize::try_from(grant.n).unwrap_or(usize::MAX);
    let bytes: Bytes = match axum::body::to_bytes(body, limit.saturating_add(1)).await {
        Ok(bytes) if bytes.len() == limit => bytes,
        Ok(bytes) if bytes.len() > limit => {
            return (StatusCode::PAYLOAD_TOO_LARGE, "fichier trop gros").into_response();
        }
        Ok(_) => return (StatusCode::BAD_REQUEST, "taille différente de celle annoncée").into_response(),
        Err(_) => return (StatusCode::PAYLOAD_TOO_LARGE, "fichier trop gros").into_response(),
    };
    if !may_upload(grant.k.clone()).await {
        return (StatusCode::CONFLICT, "lien d'envoi déjà utilisé").into_response();
    }
    match store.write_new(&grant.k, &bytes).await {
        Ok(true) => StatusCode::OK.into_response(),
        Ok(false) => (StatusCode::CONFLICT, "lien d'envoi déjà utilisé").into_response(),
        Err(error) => {
            if let AppError::Internal(source) = &error {
                tracing::error!(error = format!("{source:#}"), "could not store an upload");
            }
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

async fn download(State(Endpoints { store, .. }): State<Endpoints>, Path(token): Path<String>) -> Response {
    let Some(grant) = store.verify(&token, "GET") else {
        return (StatusCode::FORBIDDEN, "lien invalide ou expiré").into_response();
    };
    match store.read(&grant.k, u64::MAX).await {
        Ok(Some(bytes)) => (
            [(header::CONTENT_TYPE, grant.t), (header::CACHE_CONTROL, "private, max-age=60".to_owned())],
            bytes,
        )
            .into_response(),
        Ok(None) => StatusCode::NOT_FOUND.into_response(),
        Err(_) => StatusCode::INTERNAL_SERVER_ERROR.into_response(),
    }
}
