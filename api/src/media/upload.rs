//! What a storage backend hands out for one upload.

use chrono::{DateTime, Utc};

/// A presigned upload: where to PUT, with which headers, until when.
#[derive(Clone, Debug)]
pub struct UploadTicket {
    pub url: String,
    pub headers: Vec<(String, String)>,
    pub expires_at: DateTime<Utc>,
}

/// One upload a backend is asked to grant: the object's key, its type and exact size, and
/// how long the grant lasts.
#[derive(Clone, Copy, Debug)]
pub struct UploadSpec<'a> {
    pub key: &'a str,
    pub content_type: &'a str,
    pub size: u64,
    pub ttl_secs: u32,
}

impl UploadSpec<'_> {
    /// When a grant made now stops working.
    pub fn expires_at(&self) -> DateTime<Utc> {
        Utc::now() + chrono::Duration::seconds(i64::from(self.ttl_secs))
    }

    /// The ticket for a signed `url`: the PUT must carry the announced type and length.
    pub fn ticket(&self, url: String, expires_at: DateTime<Utc>) -> UploadTicket {
        UploadTicket {
            url,
            headers: vec![
                ("Content-Type".to_owned(), self.content_type.to_owned()),
                ("Content-Length".to_owned(), self.size.to_string()),
            ],
            expires_at,
        }
    }
}
