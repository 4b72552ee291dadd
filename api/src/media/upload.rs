//! What a storage backend hands out for one upload.

use chrono::{DateTime, Utc};

/// A presigned upload: where to PUT, with which headers, until when.
#[derive(Clone, Debug)]
pub struct UploadTicket {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub expires_at: DateTime<Utc>,
}
