//! The S3-compatible backend (AWS, Scaleway, OVH, MinIO, s3s…), path-style or virtual-host.

use std::collections::HashMap;

use axum::http::{HeaderMap, HeaderName, HeaderValue};
use chrono::Utc;
use s3::{Bucket, Region, creds::Credentials};

use super::upload::{UploadSpec, UploadTicket};
use crate::error::{AppError, AppResult};

/// A bucket and how to reach it.
#[derive(Clone, Debug)]
pub struct S3Store {
    bucket: Box<Bucket>,
    /// Put before every key: several deployments (or test runs) may share a bucket.
    prefix: String,
}

/// S3 settings from the configuration.
#[derive(Clone, Debug)]
pub struct S3Settings {
    pub bucket: String,
    pub prefix: String,
    pub region: String,
    pub endpoint: Option<String>,
    pub path_style: bool,
    pub access_key: String,
    pub secret_key: String,
}

impl S3Store {
    pub fn new(settings: &S3Settings) -> anyhow::Result<Self> {
        let region = match &settings.endpoint {
            Some(endpoint) => Region::Custom { region: settings.region.clone(), endpoint: endpoint.clone() },
            None => settings.region.parse()?,
        };
        let credentials =
            Credentials::new(Some(&settings.access_key), Some(&settings.secret_key), None, None, None)?;
        let mut bucket = Bucket::new(&settings.bucket, region, credentials)?;
        if settings.path_style {
            bucket = bucket.with_path_style();
        }
        Ok(Self { bucket, prefix: settings.prefix.clone() })
    }

    fn key(&self, key: &str) -> String {
        format!("{}{key}", self.prefix)
    }

    pub async fn upload_ticket(&self, spec: UploadSpec<'_>) -> AppResult<UploadTicket> {
        let mut signed = HeaderMap::new();
        let header = |value: String| HeaderValue::from_str(&value).map_err(AppError::internal);
        signed.insert(HeaderName::from_static("content-type"), header(spec.content_type.to_owned())?);
        signed.insert(HeaderName::from_static("content-length"), header(spec.size.to_string())?);
        let expires_at = spec.expires_at();
        let url = self
            .bucket
            .presign_put(self.key(spec.key), spec.ttl_secs, Some(signed), None)
            .await
            .map_err(AppError::internal)?;
        Ok(spec.ticket(url, expires_at))
    }

    pub async fn download_url(&self, key: &str, ttl_secs: u32) -> AppResult<String> {
        self.bucket
            .presign_get(self.key(key), ttl_secs, None::<HashMap<String, String>>)
            .await
            .map_err(AppError::internal)
    }

    pub async fn read(&self, key: &str, max: u64) -> AppResult<Option<Vec<u8>>> {
        let (head, status) = self.bucket.head_object(self.key(key)).await.map_err(AppError::internal)?;
        match status {
            404 => return Ok(None),
            200 => {}
            other => return Err(AppError::internal(anyhow::anyhow!("S3 HEAD answered {other}"))),
        }
        if head.content_length.is_some_and(|length| u64::try_from(length).unwrap_or(u64::MAX) > max) {
            return Err(AppError::bad_input("photoIds", "La photo dépasse la taille autorisée."));
        }
        let object = self.bucket.get_object(self.key(key)).await.map_err(AppError::internal)?;
        match object.status_code() {
            200 => Ok(Some(object.to_vec())),
            404 => Ok(None),
            other => Err(AppError::internal(anyhow::anyhow!("S3 GET answered {other}"))),
        }
    }

    pub async fn write(&self, key: &str, bytes: &[u8], content_type: &str) -> AppResult<()> {
        let response = self
            .bucket
            .put_object_with_content_type(self.key(key), bytes, content_type)
            .await
            .map_err(AppError::internal)?;
        match response.status_code() {
            200..=299 => Ok(()),
            other => Err(AppError::internal(anyhow::anyhow!("S3 PUT answered {other}"))),
        }
    }

    pub async fn list(&self, prefix: &str) -> AppResult<Vec<(String, chrono::DateTime<Utc>)>> {
        let pages = self.bucket.list(self.key(prefix), None).await.map_err(AppError::internal)?;
        Ok(pages
            .into_iter()
            .flat_map(|page| page.contents)
            .filter_map(|object| {
                let modified = chrono::DateTime::parse_from_rfc3339(&object.last_modified)
                    .map_or_else(|_| Utc::now(), |at| at.with_timezone(&Utc));
                Some((object.key.strip_prefix(&self.prefix)?.to_owned(), modified))
            })
            .collect())
    }

    pub async fn delete(&self, key: &str) -> AppResult<()> {
        let response = self.bucket.delete_object(self.key(key)).await.map_err(AppError::internal)?;
        match response.status_code() {
            200..=299 | 404 => Ok(()),
            other => Err(AppError::internal(anyhow::anyhow!("S3 DELETE answered {other}"))),
        }
    }
}
