//! PNG cleaning by allow-list: the critical chunks and the ancillary chunks that only say
//! how to render pixels are kept; text, EXIF, timestamps and any unknown chunk are dropped,
//! and the file is cut at `IEND`.

use super::bytes::{Damaged, be32};

const SIGNATURE: &[u8] = b"\x89PNG\r\n\x1a\n";

/// Chunks a viewer needs (colour, transparency, animation) and that carry no free data.
const KEPT: [&[u8; 4]; 17] = [
    b"IHDR", b"PLTE", b"IDAT", b"IEND", b"tRNS", b"gAMA", b"cHRM", b"sRGB", b"iCCP", b"sBIT", b"bKGD",
    b"pHYs", b"cICP", b"mDCV", b"cLLI", b"acTL", b"fcTL",
];

/// The image without metadata.
pub fn strip(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    if !bytes.starts_with(SIGNATURE) {
        return Err(Damaged);
    }
    let mut out = Vec::with_capacity(bytes.len());
    out.extend_from_slice(SIGNATURE);
    let mut at = SIGNATURE.len();
    let mut first = true;
    while at < bytes.len() {
        let length = be32(bytes, at)?;
        if length > 0x7FFF_FFFF {
            return Err(Damaged);
        }
        let end = at.checked_add(12).and_then(|end| end.checked_add(length)).ok_or(Damaged)?;
        let chunk = bytes.get(at..end).ok_or(Damaged)?;
        let kind = &chunk[4..8];
        if first && kind != b"IHDR" {
            return Err(Damaged);
        }
        first = false;
        // APNG frame data (`fdAT`) is image too.
        if KEPT.iter().any(|kept| kind == *kept) || kind == b"fdAT" {
            out.extend_from_slice(chunk);
        }
        at = end;
        if kind == b"IEND" {
            return Ok(out);
        }
    }
    Err(Damaged)
}

/// The chunk types of a PNG, in order (for checks).
pub fn chunk_types(bytes: &[u8]) -> Result<Vec<[u8; 4]>, Damaged> {
    let mut types = Vec::new();
    let mut at = SIGNATURE.len();
    while at < bytes.len() {
        let length = be32(bytes, at)?;
        let kind: [u8; 4] = bytes.get(at + 4..at + 8).ok_or(Damaged)?.try_into().map_err(|_| Damaged)?;
        types.push(kind);
        at = at.checked_add(12).and_then(|end| end.checked_add(length)).ok_or(Damaged)?;
    }
    Ok(types)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = u32::try_from(data.len()).expect("small").to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0; 4]);
        c
    }

    #[test]
    fn text_exif_time_and_unknown_chunks_go_and_pixels_stay() {
        let mut png = SIGNATURE.to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        png.extend(chunk(b"eXIf", b"MM\0*GPS"));
        png.extend(chunk(b"tEXt", b"Author\0Jeanne"));
        png.extend(chunk(b"prVt", b"serial 1234"));
        png.extend(chunk(b"IDAT", b"pixels"));
        png.extend(chunk(b"IEND", b""));
        png.extend_from_slice(b"trailing GPS");
        let clean = strip(&png).expect("clean");
        let text = String::from_utf8_lossy(&clean);
        assert!(!text.contains("GPS") && !text.contains("Jeanne") && !text.contains("serial"));
        let kinds = chunk_types(&clean).expect("valid");
        assert_eq!(kinds, [*b"IHDR", *b"IDAT", *b"IEND"]);
    }

    #[test]
    fn a_truncated_png_is_damaged() {
        let mut png = SIGNATURE.to_vec();
        png.extend(chunk(b"IHDR", &[0; 13]));
        assert_eq!(strip(&png), Err(Damaged));
        assert_eq!(strip(&png[..12]), Err(Damaged));
    }
}
