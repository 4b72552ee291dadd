//! What an uploaded photo really is (magic bytes, not the declared type), and the same
//! image without its metadata: EXIF and XMP carry GPS positions and device identifiers,
//! which must not reach anyone but the reporter.
//!
//! JPEG: APPn segments other than JFIF, ICC profile and Adobe are dropped, and comments.
//! PNG: `eXIf`, `tEXt`, `zTXt`, `iTXt` and `tIME` chunks are dropped. WebP: `EXIF` and
//! `XMP ` chunks are dropped and the VP8X flags cleared. HEIC: the bytes of `Exif` and XMP
//! items are zeroed in place (the container layout stays valid).

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

/// Why an image could not be cleaned.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("image structure is damaged")]
pub struct Damaged;

/// The image without metadata.
pub fn strip(bytes: &[u8], kind: ImageType) -> Result<Vec<u8>, Damaged> {
    match kind {
        ImageType::Jpeg => strip_jpeg(bytes),
        ImageType::Png => strip_png(bytes),
        ImageType::Webp => strip_webp(bytes),
        ImageType::Heic => super::heic::strip(bytes),
    }
}

pub(super) fn be16(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    bytes.get(at..at + 2).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))).ok_or(Damaged)
}

pub(super) fn be32(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    let b = bytes.get(at..at + 4).ok_or(Damaged)?;
    usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])).map_err(|_| Damaged)
}

pub(super) fn be64(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    let b: [u8; 8] = bytes.get(at..at + 8).ok_or(Damaged)?.try_into().map_err(|_| Damaged)?;
    usize::try_from(u64::from_be_bytes(b)).map_err(|_| Damaged)
}

fn strip_jpeg(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..2]);
    let mut at = 2;
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return Err(Damaged);
        }
        let marker = *bytes.get(at + 1).ok_or(Damaged)?;
        if marker == 0xFF {
            at += 1; // fill byte
            continue;
        }
        if marker == 0xD9 || (0xD0..=0xD7).contains(&marker) || marker == 0x01 {
            out.extend_from_slice(&bytes[at..at + 2]);
            at += 2;
            if marker == 0xD9 {
                return Ok(out);
            }
            continue;
        }
        let length = be16(bytes, at + 2)?;
        let end = at + 2 + length;
        let segment = bytes.get(at..end).ok_or(Damaged)?;
        let payload = &segment[4..];
        let keep = match marker {
            0xE0 => payload.starts_with(b"JFIF\0") || payload.starts_with(b"JFXX\0"),
            0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
            0xEE => payload.starts_with(b"Adobe"),
            0xE1 | 0xE3..=0xED | 0xEF | 0xFE => false,
            _ => true,
        };
        if keep {
            out.extend_from_slice(segment);
        }
        at = end;
        if marker == 0xDA {
            // Start of scan: the entropy-coded data and the rest are image, kept as is.
            out.extend_from_slice(&bytes[at..]);
            return Ok(out);
        }
    }
}

fn strip_png(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(&bytes[..8]);
    let mut at = 8;
    while at < bytes.len() {
        let length = be32(bytes, at)?;
        let end = at.checked_add(12 + length).ok_or(Damaged)?;
        let chunk = bytes.get(at..end).ok_or(Damaged)?;
        let kind = &chunk[4..8];
        if ![&b"eXIf"[..], b"tEXt", b"zTXt", b"iTXt", b"tIME"].contains(&kind) {
            out.extend_from_slice(chunk);
        }
        at = end;
        if kind == b"IEND" {
            return Ok(out);
        }
    }
    Err(Damaged)
}

fn strip_webp(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    let mut body = Vec::with_capacity(bytes.len());
    let mut at = 12;
    while at < bytes.len() {
        let header = bytes.get(at..at + 8).ok_or(Damaged)?;
        let size = usize::try_from(u32::from_le_bytes([header[4], header[5], header[6], header[7]]))
            .map_err(|_| Damaged)?;
        let end = at + 8 + size + (size % 2);
        let chunk = bytes.get(at..end.min(bytes.len())).ok_or(Damaged)?;
        match &header[..4] {
            b"EXIF" | b"XMP " => {}
            b"VP8X" => {
                let mut chunk = chunk.to_vec();
                if let Some(flags) = chunk.get_mut(8) {
                    *flags &= !(0x08 | 0x04);
                }
                body.extend_from_slice(&chunk);
            }
            _ => body.extend_from_slice(chunk),
        }
        at = end;
    }
    let riff_size = u32::try_from(body.len() + 4).map_err(|_| Damaged)?;
    let mut out = Vec::with_capacity(body.len() + 12);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&riff_size.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A JPEG with a JFIF header, an EXIF block holding a GPS tag, XMP, a comment, and
    /// image data.
    pub fn jpeg_with_gps() -> Vec<u8> {
        let mut jpeg = vec![0xFF, 0xD8];
        let segment = |marker: u8, payload: &[u8]| {
            let mut s = vec![0xFF, marker];
            s.extend_from_slice(&u16::try_from(payload.len() + 2).expect("small").to_be_bytes());
            s.extend_from_slice(payload);
            s
        };
        jpeg.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        jpeg.extend(segment(
            0xE1,
            b"Exif\0\0MM\0*\0\0\0\x08\0\x01\x88\x25\0\x04\0\0\0\x01\0\0\0\x1aGPS 47.64N 6.86E",
        ));
        jpeg.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Pixel 7</x:xmpmeta>"));
        jpeg.extend(segment(0xFE, b"shot by Jeanne"));
        jpeg.extend(segment(0xDB, &[0; 65]));
        jpeg.extend(segment(0xDA, &[0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]));
        jpeg.extend_from_slice(&[0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]);
        jpeg
    }

    #[test]
    fn types_are_told_by_their_signature() {
        assert_eq!(sniff(&jpeg_with_gps()), Some(ImageType::Jpeg));
        assert_eq!(sniff(b"\x89PNG\r\n\x1a\n...."), Some(ImageType::Png));
        assert_eq!(sniff(b"RIFF\0\0\0\0WEBPVP8 "), Some(ImageType::Webp));
        assert_eq!(sniff(b"\0\0\0\x18ftypheic\0\0\0\0"), Some(ImageType::Heic));
        assert_eq!(sniff(b"GIF89a"), None);
    }

    #[test]
    fn a_jpeg_loses_exif_xmp_and_comments_but_keeps_its_image() {
        let original = jpeg_with_gps();
        let clean = strip(&original, ImageType::Jpeg).expect("clean");
        let text = String::from_utf8_lossy(&clean);
        assert!(
            !text.contains("Exif")
                && !text.contains("GPS")
                && !text.contains("xmpmeta")
                && !text.contains("Jeanne")
        );
        assert!(text.contains("JFIF"));
        assert!(clean.ends_with(&[0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD9]));
    }

    #[test]
    fn a_png_loses_its_text_and_exif_chunks() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = u32::try_from(data.len()).expect("small").to_be_bytes().to_vec();
            c.extend_from_slice(kind);
            c.extend_from_slice(data);
            c.extend_from_slice(&[0; 4]);
            c
        };
        let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"eXIf", b"MM\0*GPS"));
        png.extend(chunk(b"tEXt", b"Author\0Jeanne"));
        png.extend(chunk(b"IDAT", b"pixels"));
        png.extend(chunk(b"IEND", b""));
        let clean = strip(&png, ImageType::Png).expect("clean");
        let text = String::from_utf8_lossy(&clean);
        assert!(!text.contains("GPS") && !text.contains("Jeanne"));
        assert!(text.contains("IHDR") && text.contains("pixels") && text.contains("IEND"));
    }

    #[test]
    fn a_webp_loses_exif_and_xmp_and_its_flags() {
        let chunk = |kind: &[u8], data: &[u8]| {
            let mut c = kind.to_vec();
            c.extend_from_slice(&u32::try_from(data.len()).expect("small").to_le_bytes());
            c.extend_from_slice(data);
            if data.len() % 2 == 1 {
                c.push(0);
            }
            c
        };
        let mut body = chunk(b"VP8X", &[0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        body.extend(chunk(b"VP8 ", b"frame"));
        body.extend(chunk(b"EXIF", b"GPS"));
        body.extend(chunk(b"XMP ", b"<x:xmpmeta/>"));
        let mut webp = b"RIFF".to_vec();
        webp.extend_from_slice(&u32::try_from(body.len() + 4).expect("small").to_le_bytes());
        webp.extend_from_slice(b"WEBP");
        webp.extend(body);
        let clean = strip(&webp, ImageType::Webp).expect("clean");
        let text = String::from_utf8_lossy(&clean);
        assert!(!text.contains("GPS") && !text.contains("xmpmeta") && text.contains("frame"));
        assert_eq!(clean[20] & 0x0C, 0, "EXIF and XMP flags cleared");
        assert_eq!(
            usize::try_from(u32::from_le_bytes([clean[4], clean[5], clean[6], clean[7]])).expect("size"),
            clean.len() - 8
        );
    }

    #[test]
    fn a_truncated_jpeg_is_damaged_not_a_panic() {
        let original = jpeg_with_gps();
        assert_eq!(strip(&original[..10], ImageType::Jpeg), Err(Damaged));
    }
}
