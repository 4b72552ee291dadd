//! Where photo bytes live: an S3-compatible bucket (production) or a local folder served
//! by the node itself (embedded mode). Either way the app uploads with a presigned PUT and
//! viewers download with a short-lived signed GET: the API never carries the bytes.

use chrono::{DateTime, Utc};

pub use super::upload::{UploadSpec, UploadTicket};
use super::{
    local::LocalStore,
    s3::{S3Settings, S3Store},
};
use crate::config::Config;
use crate::error::AppResult;

/// The configured backend.
#[derive(Clone, Debug)]
pub enum PhotoStore {
    S3(S3Store),
    Local(LocalStore),
}

impl PhotoStore {
    /// The configured backend: S3 when a bucket is set, else the local media folder.
    pub fn from_config(config: &Config) -> anyhow::Result<Self> {
        match &config.s3_bucket {
            Some(bucket) => {
                let settings = S3Settings {
                    bucket: bucket.clone(),
                    prefix: config.s3_prefix.clone(),
                    region: config.s3_region.clone(),
                    endpoint: config.s3_endpoint.clone(),
                    path_style: config.s3_path_style,
                    access_key: config.s3_access_key_id.clone(),
                    secret_key: config
                        .s3_secret_access_key
                        .as_ref()
                        .map(|secret| secret.expose().to_owned())
                        .unwrap_or_default(),
                };
                Ok(Self::S3(S3Store::new(&settings)?))
            }
            None => {
                let key_file = config.data_dir.join("keys").join("media-hmac.key");
                Ok(Self::Local(LocalStore::open(config.media_dir(), key_file, config.public_url())?))
            }
        }
    }

    /// A presigned PUT of exactly `size` bytes of `content_type` at `key`.
    pub async fn upload_ticket(&self, spec: UploadSpec<'_>) -> AppResult<UploadTicket> {
        match self {
            Self::S3(store) => store.upload_ticket(spec).await,
            Self::Local(store) => store.upload_ticket(spec),
        }
    }

    /// A signed GET of `key`, valid `ttl_secs`.
    pub async fn download_url(&self, key: &str, content_type: &str, ttl_secs: u32) -> AppResult<String> {
        match self {
            Self::S3(store) => store.download_url(key, ttl_secs).await,
            Self::Local(store) => store.download_url(key, content_type, ttl_secs),
        }
    }

    /// The object's bytes, `None` if there is none; refuses to read more than `max` bytes.
    pub async fn read(&self, key: &str, max: u64) -> AppResult<Option<Vec<u8>>> {
        match self {
            Self::S3(store) => store.read(key, max).await,
            Self::Local(store) => store.read(key, max).await,
        }
    }

    pub async fn write(&self, key: &str, bytes: &[u8], content_type: &str) -> AppResult<()> {
        match self {
            Self::S3(store) => store.write(key, bytes, content_type).await,
            Self::Local(store) => store.write(key, bytes).await,
        }
    }

    /// The objects under `prefix` (`uploads/`, `photos/`): key and last change.
    pub async fn list(&self, prefix: &str) -> AppResult<Vec<(String, DateTime<Utc>)>> {
        match self {
            Self::S3(store) => store.list(prefix).await,
            Self::Local(store) => store.list(prefix).await,
        }
    }

    /// Deletes `key`; a missing object is not an error.
    pub async fn delete(&self, key: &str) -> AppResult<()> {
        match self {
            Self::S3(store) => store.delete(key).await,
            Self::Local(store) => store.delete(key).await,
        }
    }
}
