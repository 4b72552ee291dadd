//! GraphQL of photos: upload tickets.

use async_graphql::{Context, ID, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};

use super::{PhotoStore, service};
use crate::{identity::request, parts, throttle::Throttles};

/// The photo service over the schema's database, store and limits.
pub fn photo_service<'a>(ctx: &Context<'a>) -> service::Photos<'a> {
    service::Photos {
        db: parts::db(ctx),
        store: parts::part::<PhotoStore>(ctx),
        limits: service::Limits::from_config(parts::config(ctx)),
    }
}

#[derive(Default)]
pub struct MediaMutation;

#[Object]
impl MediaMutation {
    /// A presigned upload for one photo (JPEG, PNG, WebP or HEIC, within the size limit).
    /// PUT the bytes to `uploadUrl` with `headers` before `expiresAt`, then pass `photoId`
    /// to `fileReport` or `addReportPhotos`.
    async fn request_photo_upload(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The photo's type: image/jpeg, image/png, image/webp or image/heic.")] content_type: String,
        #[graphql(desc = "The photo's exact size in bytes.")] byte_size: i64,
    ) -> Result<PhotoUploadTicket> {
        let ticket = service::request_upload(
            crate::media::photo_service(ctx),
            parts::part::<Throttles>(ctx),
            &request(ctx).viewer,
            &content_type,
            byte_size,
        )
        .await?;
        Ok(PhotoUploadTicket {
            photo_id: ID(ticket.photo_id.to_string()),
            upload_url: ticket.upload.url,
            method: "PUT".to_owned(),
            headers: ticket
                .upload
                .headers
                .into_iter()
                .map(|(name, value)| HttpHeader { name, value })
                .collect(),
            expires_at: ticket.upload.expires_at,
        })
    }
}

/// Where and how to upload one photo.
#[derive(SimpleObject)]
pub struct PhotoUploadTicket {
    /// The photo's id, to attach once uploaded.
    pub photo_id: ID,
    /// Where to send the bytes.
    pub upload_url: String,
    /// The HTTP method to send them with.
    pub method: String,
    /// Send exactly these headers with the upload.
    pub headers: Vec<HttpHeader>,
    /// When the ticket stops working.
    pub expires_at: DateTime<Utc>,
}

/// An HTTP header.
#[derive(SimpleObject)]
pub struct HttpHeader {
    /// The header's name.
    pub name: String,
    /// Its value.
    pub value: String,
}
