//! HEIC (ISO base media file format): metadata lives in items (`Exif`, and XMP as a
//! `mime` item) located by the `iloc` box; their bytes are zeroed in place, so every offset
//! in the file stays valid.

use super::sanitize::{Damaged, be16, be32, be64};

/// A box: its type and the range of its payload.
struct IsoBox {
    kind: [u8; 4],
    payload: std::ops::Range<usize>,
}

fn boxes(bytes: &[u8], range: std::ops::Range<usize>) -> Result<Vec<IsoBox>, Damaged> {
    let mut found = Vec::new();
    let mut at = range.start;
    while at + 8 <= range.end {
        let mut size = be32(bytes, at)?;
        let kind: [u8; 4] = bytes[at + 4..at + 8].try_into().map_err(|_| Damaged)?;
        let mut header = 8;
        if size == 1 {
            size = be64(bytes, at + 8)?;
            header = 16;
        } else if size == 0 {
            size = range.end - at;
        }
        let end = at.checked_add(size).filter(|end| *end <= range.end && size >= header).ok_or(Damaged)?;
        found.push(IsoBox { kind, payload: at + header..end });
        at = end;
    }
    Ok(found)
}

/// Reads an unsigned big-endian field of `size` bytes (0, 4 or 8).
fn field(bytes: &[u8], at: &mut usize, size: usize) -> Result<usize, Damaged> {
    let value = match size {
        0 => 0,
        2 => be16(bytes, *at)?,
        4 => be32(bytes, *at)?,
        8 => be64(bytes, *at)?,
        _ => return Err(Damaged),
    };
    *at += size;
    Ok(value)
}

/// Zeroes the bytes of Exif and XMP items, leaving the container as it is.
pub fn strip(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    let mut out = bytes.to_vec();
    let top = boxes(bytes, 0..bytes.len())?;
    let Some(meta) = top.iter().find(|b| &b.kind == b"meta") else { return Ok(out) };
    let inner = boxes(bytes, meta.payload.start + 4..meta.payload.end)?;
    // Items whose payload is metadata: Exif, and XMP stored as a `mime` item.
    let mut metadata_items = Vec::new();
    if let Some(iinf) = inner.iter().find(|b| &b.kind == b"iinf") {
        let version = *bytes.get(iinf.payload.start).ok_or(Damaged)?;
        let entries_at = iinf.payload.start + 4 + if version == 0 { 2 } else { 4 };
        for infe in boxes(bytes, entries_at..iinf.payload.end)?.iter().filter(|b| &b.kind == b"infe") {
            let version = *bytes.get(infe.payload.start).ok_or(Damaged)?;
            let mut at = infe.payload.start + 4;
            let id = field(bytes, &mut at, if version >= 3 { 4 } else { 2 })?;
            at += 2; // protection index
            let item_type = bytes.get(at..at + 4).ok_or(Damaged)?;
            if version >= 2 && (item_type == b"Exif" || item_type == b"mime") {
                metadata_items.push(id);
            }
        }
    }
    let Some(iloc) = inner.iter().find(|b| &b.kind == b"iloc") else { return Ok(out) };
    let version = *bytes.get(iloc.payload.start).ok_or(Damaged)?;
    let mut at = iloc.payload.start + 4;
    let sizes = be16(bytes, at)?;
    at += 2;
    let (offset_size, length_size, base_size) = (sizes >> 12, (sizes >> 8) & 0xF, (sizes >> 4) & 0xF);
    let index_size = if version >= 1 { sizes & 0xF } else { 0 };
    let count = if version < 2 { field(bytes, &mut at, 2)? } else { field(bytes, &mut at, 4)? };
    for _ in 0..count {
        let id = if version < 2 { field(bytes, &mut at, 2)? } else { field(bytes, &mut at, 4)? };
        let construction = if version >= 1 { field(bytes, &mut at, 2)? & 0xF } else { 0 };
        at += 2; // data reference index
        let base = field(bytes, &mut at, base_size)?;
        let extents = field(bytes, &mut at, 2)?;
        for _ in 0..extents {
            field(bytes, &mut at, index_size)?;
            let offset = field(bytes, &mut at, offset_size)?;
            let length = field(bytes, &mut at, length_size)?;
            if construction == 0 && metadata_items.contains(&id) {
                let start = base.checked_add(offset).ok_or(Damaged)?;
                let end = start.checked_add(length).filter(|end| *end <= out.len()).ok_or(Damaged)?;
                out[start..end].fill(0);
            }
        }
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_heic_has_its_exif_item_zeroed() {
        let full_box = |kind: &[u8], version: u8, body: &[u8]| {
            let mut b = u32::try_from(body.len() + 12).expect("small").to_be_bytes().to_vec();
            b.extend_from_slice(kind);
            b.extend_from_slice(&[version, 0, 0, 0]);
            b.extend_from_slice(body);
            b
        };
        let exif = b"Exif\0\0GPS 47.64N";
        let mut infe_exif = vec![0, 2, 0, 0];
        infe_exif.extend_from_slice(b"Exif");
        let mut infe_image = vec![0, 1, 0, 0];
        infe_image.extend_from_slice(b"hvc1");
        let mut iinf_body = vec![0, 2];
        iinf_body.extend(full_box(b"infe", 2, &infe_image));
        iinf_body.extend(full_box(b"infe", 2, &infe_exif));
        let iinf = full_box(b"iinf", 0, &iinf_body);
        let ftyp = [&[0, 0, 0, 16][..], b"ftypheic", &[0, 0, 0, 0]].concat();
        // iloc v0: offset 4 bytes, length 4 bytes, no base; one item (id 2), one extent.
        let iloc_len = 12 + 2 + 2 + 2 + 2 + 2 + 4 + 4;
        let meta_len = 12 + iinf.len() + iloc_len;
        let exif_at = ftyp.len() + meta_len + 8;
        let mut iloc_body = vec![0x44, 0x00, 0, 1, 0, 2, 0, 0, 0, 1];
        iloc_body.extend_from_slice(&u32::try_from(exif_at).expect("small").to_be_bytes());
        iloc_body.extend_from_slice(&u32::try_from(exif.len()).expect("small").to_be_bytes());
        let iloc = full_box(b"iloc", 0, &iloc_body);
        let meta = full_box(b"meta", 0, &[iinf, iloc].concat());
        let mut mdat = u32::try_from(exif.len() + 8).expect("small").to_be_bytes().to_vec();
        mdat.extend_from_slice(b"mdat");
        mdat.extend_from_slice(exif);
        let heic = [ftyp, meta, mdat].concat();
        assert_eq!(&heic[exif_at..exif_at + 4], b"Exif");
        let clean = strip(&heic).expect("clean");
        assert_eq!(clean.len(), heic.len());
        assert!(!String::from_utf8_lossy(&clean).contains("GPS"));
    }
}
