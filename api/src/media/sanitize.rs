//! What an uploaded photo really is (magic bytes, not the declared type), and the same
//! image without its metadata: EXIF and XMP carry GPS positions and device identifiers,
//! which must not reach anyone but the reporter.
//!
//! Each format has its own module (`jpeg`, `png`, `webp`, `heic`) that keeps an allow-list
//! of what a viewer needs and checks every length against the bytes that remain; this one
//! tells types apart and runs the cleaning off the async workers within a time budget.

pub use super::bytes::Damaged;

/// Image formats accepted for photos.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ImageType {
    Jpeg,
    Png,
    Webp,
    Heic,
}

impl ImageType {
    /// From a declared MIME type.
    pub fn from_mime(mime: &str) -> Option<Self> {
        match mime.trim().to_ascii_lowercase().as_str() {
            "image/jpeg" | "image/jpg" => Some(Self::Jpeg),
            "image/png" => Some(Self::Png),
            "image/webp" => Some(Self::Webp),
            "image/heic" | "image/heif" => Some(Self::Heic),
            _ => None,
        }
    }

    pub fn mime(self) -> &'static str {
        match self {
            Self::Jpeg => "image/jpeg",
            Self::Png => "image/png",
            Self::Webp => "image/webp",
            Self::Heic => "image/heic",
        }
    }

    /// The French name, for messages.
    pub fn label(self) -> &'static str {
        match self {
            Self::Jpeg => "JPEG",
            Self::Png => "PNG",
            Self::Webp => "WebP",
            Self::Heic => "HEIC",
        }
    }
}

/// The real type of `bytes`, from their signature.
pub fn sniff(bytes: &[u8]) -> Option<ImageType> {
    if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        return Some(ImageType::Jpeg);
    }
    if bytes.starts_with(&[0x89, b'P', b'N', b'G', 0x0D, 0x0A, 0x1A, 0x0A]) {
        return Some(ImageType::Png);
    }
    if bytes.len() >= 12 && &bytes[..4] == b"RIFF" && &bytes[8..12] == b"WEBP" {
        return Some(ImageType::Webp);
    }
    if bytes.len() >= 12 && &bytes[4..8] == b"ftyp" {
        let brand = &bytes[8..12];
        let heif = [b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"mif1", b"msf1"];
        if heif.iter().any(|known| brand == *known) {
            return Some(ImageType::Heic);
        }
    }
    None
}

/// The image without metadata.
pub fn strip(bytes: &[u8], kind: ImageType) -> Result<Vec<u8>, Damaged> {
    match kind {
        ImageType::Jpeg => super::jpeg::strip(bytes),
        ImageType::Png => super::png::strip(bytes),
        ImageType::Webp => super::webp::strip(bytes),
        ImageType::Heic => super::heic::strip(bytes),
    }
}

/// How long cleaning one photo may take; parsing is linear, so this only ever bites on a
/// machine in trouble, and then the photo is refused rather than the node stalled.
pub const CLEAN_BUDGET: std::time::Duration = std::time::Duration::from_secs(5);

/// Why a photo was refused.
#[derive(Debug, PartialEq, Eq)]
pub enum Refusal {
    /// Its bytes are not an image of the declared type.
    NotOfType,
    /// Its structure is damaged (or crafted).
    Damaged,
    /// Cleaning did not end within [`CLEAN_BUDGET`].
    TooSlow,
}

/// Checks that `bytes` are an image of type `declared` and returns it without metadata.
/// The work runs on the blocking pool within [`CLEAN_BUDGET`], never on the async workers;
/// a panic in a parser is a refusal, not a lost request.
pub async fn clean(bytes: Vec<u8>, declared: ImageType) -> Result<Vec<u8>, Refusal> {
    let work = tokio::task::spawn_blocking(move || {
        if sniff(&bytes) != Some(declared) {
            return Err(Refusal::NotOfType);
        }
        strip(&bytes, declared).map_err(|Damaged| Refusal::Damaged)
    });
    match tokio::time::timeout(CLEAN_BUDGET, work).await {
        Ok(Ok(result)) => result,
        Ok(Err(_panicked)) => Err(Refusal::Damaged),
        Err(_elapsed) => Err(Refusal::TooSlow),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn types_are_told_by_their_signature() {
        assert_eq!(sniff(b"\xff\xd8\xff\xe0"), Some(ImageType::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(ImageType::Png));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageType::Webp));
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Some(ImageType::Heic));
        assert_eq!(sniff(b"GIF89a"), None);
    }

    #[tokio::test]
    async fn cleaning_runs_off_the_async_workers_and_refuses_damage() {
        let error = clean(b"\xff\xd8\xff\xe1\0\0".to_vec(), ImageType::Jpeg).await.expect_err("damaged");
        assert_eq!(error, Refusal::Damaged);
        let error = clean(b"\x89PNG\r\n\x1a\n".to_vec(), ImageType::Jpeg).await.expect_err("not a JPEG");
        assert_eq!(error, Refusal::NotOfType);
    }
}
