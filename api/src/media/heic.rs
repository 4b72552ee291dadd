//! HEIC (ISO base media file format): metadata lives in items (`Exif`, XMP as a `mime`
//! item, `uri ` items) located by the `iloc` box, either in the file (`mdat`) or inside the
//! `meta` box's own `idat`; their bytes are zeroed in place, so every offset in the file
//! stays valid. Top-level `uuid` boxes (where some writers put XMP) are zeroed too. Every
//! count is checked against the bytes that remain, so a crafted file costs linear time.

use std::{collections::HashSet, ops::Range};

use super::bytes::{Damaged, be16, be32, be64};

/// A box: its type and the range of its payload.
struct IsoBox {
    kind: [u8; 4],
    payload: Range<usize>,
}

fn boxes(bytes: &[u8], range: Range<usize>) -> Result<Vec<IsoBox>, Damaged> {
    let mut found = Vec::new();
    let mut at = range.start;
    while at + 8 <= range.end {
        let mut size = be32(bytes, at)?;
        let kind: [u8; 4] = bytes.get(at + 4..at + 8).ok_or(Damaged)?.try_into().map_err(|_| Damaged)?;
        let mut header = 8;
        if size == 1 {
            size = be64(bytes, at + 8)?;
            header = 16;
        } else if size == 0 {
            size = range.end - at;
        }
        // `size >= header` guarantees progress: no box is free.
        let end = at.checked_add(size).filter(|end| *end <= range.end && size >= header).ok_or(Damaged)?;
        found.push(IsoBox { kind, payload: at + header..end });
        at = end;
    }
    Ok(found)
}

/// A cursor over a box payload that never reads past its end.
struct Reader<'a> {
    bytes: &'a [u8],
    at: usize,
    end: usize,
}

impl Reader<'_> {
    /// An unsigned big-endian field of `size` bytes (0, 2, 4 or 8; 0 reads as 0).
    fn field(&mut self, size: usize) -> Result<usize, Damaged> {
        if self.at + size > self.end {
            return Err(Damaged);
        }
        let value = match size {
            0 => 0,
            2 => be16(self.bytes, self.at)?,
            4 => be32(self.bytes, self.at)?,
            8 => be64(self.bytes, self.at)?,
            _ => return Err(Damaged),
        };
        self.at += size;
        Ok(value)
    }

    fn remaining(&self) -> usize {
        self.end.saturating_sub(self.at)
    }
}

/// Where a metadata item's bytes are: an absolute range of the file.
pub fn metadata_ranges(bytes: &[u8]) -> Result<Vec<Range<usize>>, Damaged> {
    let top = boxes(bytes, 0..bytes.len())?;
    let mut ranges: Vec<Range<usize>> =
        top.iter().filter(|b| &b.kind == b"uuid").map(|b| b.payload.clone()).collect();
    let Some(meta) = top.iter().find(|b| &b.kind == b"meta") else { return Ok(ranges) };
    let inner = boxes(bytes, meta.payload.start + 4..meta.payload.end)?;
    let items = metadata_items(bytes, &inner)?;
    let Some(iloc) = inner.iter().find(|b| &b.kind == b"iloc") else { return Ok(ranges) };
    // Zeroing may only ever touch item data, never a box header.
    let mut stores: Vec<Range<usize>> =
        top.iter().filter(|b| &b.kind == b"mdat").map(|b| b.payload.clone()).collect();
    let idat = inner.iter().find(|b| &b.kind == b"idat").map(|b| b.payload.clone());
    stores.extend(idat.clone());
    for range in item_extents(bytes, iloc, &items, idat)? {
        if !stores.iter().any(|store| store.start <= range.start && range.end <= store.end) {
            return Err(Damaged);
        }
        ranges.push(range);
    }
    Ok(ranges)
}

/// The ids of items whose payload is metadata: Exif, XMP (a `mime` item), `uri ` items.
fn metadata_items(bytes: &[u8], inner: &[IsoBox]) -> Result<HashSet<usize>, Damaged> {
    let mut items = HashSet::new();
    let Some(iinf) = inner.iter().find(|b| &b.kind == b"iinf") else { return Ok(items) };
    let version = *bytes.get(iinf.payload.start).ok_or(Damaged)?;
    let entries_at = iinf.payload.start + 4 + if version == 0 { 2 } else { 4 };
    if entries_at > iinf.payload.end {
        return Err(Damaged);
    }
    for infe in boxes(bytes, entries_at..iinf.payload.end)?.iter().filter(|b| &b.kind == b"infe") {
        let mut reader = Reader { bytes, at: infe.payload.start, end: infe.payload.end };
        let version = reader.field(4)? >> 24;
        if version < 2 {
            continue;
        }
        let id = reader.field(if version >= 3 { 4 } else { 2 })?;
        reader.field(2)?; // protection index
        let item_type =
            bytes.get(reader.at..reader.at + 4).filter(|_| reader.remaining() >= 4).ok_or(Damaged)?;
        if matches!(item_type, b"Exif" | b"mime" | b"uri ") {
            items.insert(id);
        }
    }
    Ok(items)
}

/// The absolute ranges of the extents of `items`, from `iloc` (file offsets, or offsets in
/// `idat`).
fn item_extents(
    bytes: &[u8],
    iloc: &IsoBox,
    items: &HashSet<usize>,
    idat: Option<Range<usize>>,
) -> Result<Vec<Range<usize>>, Damaged> {
    let mut reader = Reader { bytes, at: iloc.payload.start, end: iloc.payload.end };
    let version = reader.field(4)? >> 24;
    let sizes = reader.field(2)?;
    let (offset_size, length_size, base_size) = (sizes >> 12, (sizes >> 8) & 0xF, (sizes >> 4) & 0xF);
    let index_size = if version >= 1 { sizes & 0xF } else { 0 };
    let id_size = if version < 2 { 2 } else { 4 };
    let count = reader.field(id_size)?;
    // Each item entry takes at least its id, data reference, base and extent count.
    let item_bytes = id_size + if version >= 1 { 2 } else { 0 } + 2 + base_size + 2;
    if count > reader.remaining() / item_bytes {
        return Err(Damaged);
    }
    let extent_bytes = index_size + offset_size + length_size;
    let mut ranges = Vec::new();
    for _ in 0..count {
        let id = reader.field(id_size)?;
        let construction = if version >= 1 { reader.field(2)? & 0xF } else { 0 };
        reader.field(2)?; // data reference index
        let base = reader.field(base_size)?;
        let extents = reader.field(2)?;
        if (extent_bytes == 0 && extents > 1) || extents.saturating_mul(extent_bytes) > reader.remaining() {
            return Err(Damaged);
        }
        for _ in 0..extents {
            reader.field(index_size)?;
            let offset = reader.field(offset_size)?;
            let length = reader.field(length_size)?;
            if !items.contains(&id) {
                continue;
            }
            let origin = match (construction, &idat) {
                (0, _) => 0,
                (1, Some(idat)) => idat.start,
                // Item-relative or idat-less constructions: not something a camera writes.
                _ => return Err(Damaged),
            };
            let limit =
                if construction == 1 { idat.as_ref().map_or(0, |idat| idat.end) } else { bytes.len() };
            let start =
                origin.checked_add(base).and_then(|start| start.checked_add(offset)).ok_or(Damaged)?;
            let end = start.checked_add(length).filter(|end| length > 0 && *end <= limit).ok_or(Damaged)?;
            ranges.push(start..end);
        }
    }
    Ok(ranges)
}

/// Zeroes the bytes of metadata items, leaving the container as it is.
pub fn strip(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    let mut out = bytes.to_vec();
    for range in metadata_ranges(bytes)? {
        out.get_mut(range).ok_or(Damaged)?.fill(0);
    }
    Ok(out)
}

/// Builds small HEIC files for tests: `ftyp`, `meta` (`iinf`, `iloc`, optional `idat`),
/// `mdat`.
#[cfg(test)]
pub(crate) mod build {
    fn full_box(kind: &[u8], version: u8, body: &[u8]) -> Vec<u8> {
        let mut b = u32::try_from(body.len() + 12).expect("small").to_be_bytes().to_vec();
        b.extend_from_slice(kind);
        b.extend_from_slice(&[version, 0, 0, 0]);
        b.extend_from_slice(body);
        b
    }

    fn plain_box(kind: &[u8], body: &[u8]) -> Vec<u8> {
        let mut b = u32::try_from(body.len() + 8).expect("small").to_be_bytes().to_vec();
        b.extend_from_slice(kind);
        b.extend_from_slice(body);
        b
    }

    /// An image item (id 1) and an Exif item (id 2) holding `exif`, stored in `mdat`
    /// (construction 0) or in `idat` (construction 1).
    pub fn heic(exif: &[u8], in_idat: bool) -> Vec<u8> {
        let infe = |id: u8, kind: &[u8]| full_box(b"infe", 2, &[&[0, id, 0, 0][..], kind].concat());
        let iinf = full_box(b"iinf", 0, &[&[0, 2][..], &infe(1, b"hvc1"), &infe(2, b"Exif")].concat());
        let ftyp = plain_box(b"ftyp", b"heic\0\0\0\0");
        let idat = if in_idat { plain_box(b"idat", exif) } else { Vec::new() };
        // iloc v1: offset 4, length 4, no base, no index; one item (id 2), one extent.
        let iloc_len = 12 + 2 + 2 + (2 + 2 + 2 + 2 + 4 + 4);
        let meta_len = 12 + iinf.len() + iloc_len + idat.len();
        let offset = if in_idat { 0 } else { ftyp.len() + meta_len + 8 };
        let construction = u8::from(in_idat);
        let mut iloc_body = vec![0x44, 0x00, 0, 1, 0, 2, 0, construction, 0, 0, 0, 1];
        iloc_body.extend_from_slice(&u32::try_from(offset).expect("small").to_be_bytes());
        iloc_body.extend_from_slice(&u32::try_from(exif.len()).expect("small").to_be_bytes());
        let iloc = full_box(b"iloc", 1, &iloc_body);
        let meta = full_box(b"meta", 0, &[iinf, iloc, idat].concat());
        let mdat = plain_box(b"mdat", if in_idat { b"hevc frame" } else { exif });
        [ftyp, meta, mdat].concat()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_exif_item_in_mdat_is_zeroed() {
        let heic = build::heic(b"Exif\0\0GPS 47.64N", false);
        let clean = strip(&heic).expect("clean");
        assert_eq!(clean.len(), heic.len());
        assert!(!String::from_utf8_lossy(&clean).contains("GPS"));
    }

    #[test]
    fn an_exif_item_in_idat_is_zeroed() {
        let heic = build::heic(b"Exif\0\0GPS 47.64N", true);
        let clean = strip(&heic).expect("clean");
        assert!(!String::from_utf8_lossy(&clean).contains("GPS"));
        assert!(String::from_utf8_lossy(&clean).contains("hevc frame"));
    }

    #[test]
    fn an_iloc_with_empty_fields_and_a_huge_count_is_refused_at_once() {
        // iloc v1 with every size 0 and 65535 items of 65535 extents: the attack.
        let mut heic = build::heic(b"Exif\0\0GPS", false);
        let at = heic.windows(4).position(|w| w == b"iloc").expect("iloc") + 8;
        heic[at..at + 4].copy_from_slice(&[0, 0, 0xFF, 0xFF]);
        let started = std::time::Instant::now();
        assert_eq!(strip(&heic), Err(Damaged));
        assert!(started.elapsed() < std::time::Duration::from_millis(50));
    }
}
