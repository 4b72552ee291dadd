//! WebP cleaning by allow-list: image, alpha, animation and colour-profile chunks are kept,
//! `EXIF`, `XMP ` and any unknown chunk dropped, the VP8X metadata flags cleared, and the
//! file cut where its RIFF header says it ends.

use super::bytes::Damaged;

/// Chunks that carry the picture or say how to show it.
const KEPT: [&[u8; 4]; 6] = [b"VP8 ", b"VP8L", b"VP8X", b"ALPH", b"ANIM", b"ICCP"];
/// VP8X flag bits announcing EXIF and XMP chunks.
const METADATA_FLAGS: u8 = 0x08 | 0x04;

fn le32(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    let b = bytes.get(at..at + 4).ok_or(Damaged)?;
    usize::try_from(u32::from_le_bytes([b[0], b[1], b[2], b[3]])).map_err(|_| Damaged)
}

/// The image without metadata.
pub fn strip(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    if bytes.get(..4) != Some(b"RIFF") || bytes.get(8..12) != Some(b"WEBP") {
        return Err(Damaged);
    }
    let end = le32(bytes, 4)?.checked_add(8).filter(|end| *end <= bytes.len()).ok_or(Damaged)?;
    let mut body = Vec::with_capacity(end);
    for (kind, chunk) in chunks(&bytes[..end])? {
        if kind == *b"VP8X" {
            let mut chunk = chunk.to_vec();
            if let Some(flags) = chunk.get_mut(8) {
                *flags &= !METADATA_FLAGS;
            }
            body.extend_from_slice(&chunk);
        } else if kind == *b"ANMF" || KEPT.iter().any(|kept| kind == **kept) {
            body.extend_from_slice(chunk);
        }
    }
    let riff_size = u32::try_from(body.len() + 4).map_err(|_| Damaged)?;
    let mut out = Vec::with_capacity(body.len() + 12);
    out.extend_from_slice(b"RIFF");
    out.extend_from_slice(&riff_size.to_le_bytes());
    out.extend_from_slice(b"WEBP");
    out.extend_from_slice(&body);
    Ok(out)
}

/// A chunk: its type, and the whole chunk with header and padding.
pub type Chunk<'a> = ([u8; 4], &'a [u8]);

/// The chunks of a RIFF WebP, every size checked against what remains.
pub fn chunks(bytes: &[u8]) -> Result<Vec<Chunk<'_>>, Damaged> {
    let mut found = Vec::new();
    let mut at = 12;
    while at < bytes.len() {
        let kind: [u8; 4] = bytes.get(at..at + 4).ok_or(Damaged)?.try_into().map_err(|_| Damaged)?;
        let size = le32(bytes, at + 4)?;
        let end = at.checked_add(8 + size + size % 2).ok_or(Damaged)?;
        // The padding byte of a last odd-sized chunk may be missing in the wild.
        let chunk = bytes.get(at..end).or_else(|| bytes.get(at..end - 1).filter(|_| size % 2 == 1));
        found.push((kind, chunk.ok_or(Damaged)?));
        at = end;
    }
    Ok(found)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(kind: &[u8], data: &[u8]) -> Vec<u8> {
        let mut c = kind.to_vec();
        c.extend_from_slice(&u32::try_from(data.len()).expect("small").to_le_bytes());
        c.extend_from_slice(data);
        if data.len() % 2 == 1 {
            c.push(0);
        }
        c
    }

    fn riff(body: &[u8]) -> Vec<u8> {
        let mut webp = b"RIFF".to_vec();
        webp.extend_from_slice(&u32::try_from(body.len() + 4).expect("small").to_le_bytes());
        webp.extend_from_slice(b"WEBP");
        webp.extend_from_slice(body);
        webp
    }

    #[test]
    fn exif_xmp_and_unknown_chunks_go_and_flags_are_cleared() {
        let mut body = chunk(b"VP8X", &[0x0C, 0, 0, 0, 0, 0, 0, 0, 0, 0]);
        body.extend(chunk(b"VP8 ", b"frame"));
        body.extend(chunk(b"EXIF", b"GPS"));
        body.extend(chunk(b"XMP ", b"<x:xmpmeta/>"));
        body.extend(chunk(b"zzzz", b"serial"));
        let mut webp = riff(&body);
        webp.extend_from_slice(b"trailing GPS");
        let clean = strip(&webp).expect("clean");
        let text = String::from_utf8_lossy(&clean);
        assert!(!text.contains("GPS") && !text.contains("xmpmeta") && !text.contains("serial"));
        assert!(text.contains("frame"));
        assert_eq!(clean[20] & METADATA_FLAGS, 0);
        assert_eq!(le32(&clean, 4).expect("size"), clean.len() - 8);
    }

    #[test]
    fn a_chunk_larger_than_the_file_is_damaged() {
        let mut body = chunk(b"VP8 ", b"frame");
        body[4] = 0xFF;
        assert_eq!(strip(&riff(&body)), Err(Damaged));
        assert_eq!(strip(b"RIFF\xff\xff\xff\xffWEBP"), Err(Damaged));
    }
}
