//! JPEG cleaning by allow-list: only the segments a decoder needs for the primary image
//! (tables, frame and scan headers, restart interval, JFIF, ICC profile, Adobe colour
//! transform) are copied, each one's length checked against its own structure so nothing
//! can ride inside an allowed segment; the file is cut at the primary image's end marker,
//! so a second embedded image (the MPF layout phones write) never follows. The EXIF
//! orientation is the one piece of metadata kept, rewritten in a minimal EXIF block of its
//! own, so portraits do not show sideways in the console.

use super::bytes::{Damaged, be16};

const SOI: [u8; 2] = [0xFF, 0xD8];

/// One piece of a JPEG's primary image, in file order.
#[derive(Debug, PartialEq, Eq)]
pub enum Piece<'a> {
    /// A marker and its whole segment (marker bytes included; two bytes for standalone
    /// markers).
    Segment(u8, &'a [u8]),
    /// Entropy-coded data after a start of scan.
    Data(&'a [u8]),
}

/// The pieces of the primary image, from SOI to its EOI (anything after is ignored), every
/// length checked against what remains.
pub fn pieces(bytes: &[u8]) -> Result<Vec<Piece<'_>>, Damaged> {
    if !bytes.starts_with(&SOI) {
        return Err(Damaged);
    }
    let mut found = vec![Piece::Segment(0xD8, &bytes[..2])];
    let mut at = 2;
    loop {
        if bytes.get(at) != Some(&0xFF) {
            return Err(Damaged);
        }
        let marker = *bytes.get(at + 1).ok_or(Damaged)?;
        match marker {
            0xFF => at += 1, // fill byte before a marker
            0xD9 => {
                found.push(Piece::Segment(marker, &bytes[at..at + 2]));
                return Ok(found);
            }
            0xD0..=0xD7 | 0x01 => {
                found.push(Piece::Segment(marker, &bytes[at..at + 2]));
                at += 2;
            }
            _ => {
                let length = be16(bytes, at + 2)?;
                let end = (at + 2).checked_add(length).ok_or(Damaged)?;
                let segment = bytes.get(at..end).filter(|_| length >= 2).ok_or(Damaged)?;
                found.push(Piece::Segment(marker, segment));
                at = end;
                if marker == 0xDA {
                    let data_end = scan_end(bytes, at)?;
                    found.push(Piece::Data(&bytes[at..data_end]));
                    at = data_end;
                }
            }
        }
    }
}

/// Whether a segment may stay: the allow-list, each kept segment's length checked against
/// its own structure.
pub fn allowed(marker: u8, segment: &[u8]) -> bool {
    let payload = segment.get(4..).unwrap_or_default();
    match marker {
        0xD8 | 0xD9 | 0xD0..=0xD7 | 0x01 => true,
        0xE0 => payload.starts_with(b"JFIF\0") || payload.starts_with(b"JFXX\0"),
        0xE1 => segment == orientation_segment(exif_orientation(payload).unwrap_or(0)).as_slice(),
        0xE2 => payload.starts_with(b"ICC_PROFILE\0"),
        0xEE => payload.starts_with(b"Adobe") && payload.len() == 12,
        0xDB => quantisation_tables_fit(payload),
        0xC4 => huffman_tables_fit(payload),
        0xC0..=0xC3 | 0xC5..=0xC7 | 0xC9..=0xCB | 0xCD..=0xCF => frame_header_fits(payload),
        0xCC => payload.len() % 2 == 0,
        0xDD => payload.len() == 2,
        0xDA => scan_header_fits(payload),
        _ => false,
    }
}

/// The primary image without metadata, its orientation kept.
pub fn strip(bytes: &[u8]) -> Result<Vec<u8>, Damaged> {
    let mut out = Vec::with_capacity(bytes.len());
    let mut orientation = None;
    // Where a rewritten orientation block goes: after SOI, or after a leading JFIF APP0.
    let mut exif_at = 2;
    for piece in pieces(bytes)? {
        match piece {
            Piece::Data(data) => out.extend_from_slice(data),
            Piece::Segment(0xE1, segment) => {
                orientation = orientation.or_else(|| exif_orientation(segment.get(4..).unwrap_or_default()));
            }
            Piece::Segment(marker, segment) if allowed(marker, segment) => {
                out.extend_from_slice(segment);
                if marker == 0xE0 && exif_at == 2 {
                    exif_at = out.len();
                }
            }
            // A table, frame or scan header that does not fit its structure: crafted or
            // broken, and the image could not be shown anyway.
            Piece::Segment(0xC0..=0xCF | 0xDA..=0xDD, _) => return Err(Damaged),
            Piece::Segment(..) => {}
        }
    }
    if let Some(value) = orientation {
        out.splice(exif_at..exif_at, orientation_segment(value));
    }
    Ok(out)
}

/// The index of the marker that ends the entropy-coded data starting at `from` (stuffed
/// `FF 00` bytes and restart markers belong to the data).
fn scan_end(bytes: &[u8], from: usize) -> Result<usize, Damaged> {
    let mut at = from;
    loop {
        let ff = at + bytes.get(at..).ok_or(Damaged)?.iter().position(|&byte| byte == 0xFF).ok_or(Damaged)?;
        match bytes.get(ff + 1) {
            None => return Err(Damaged),
            Some(0x00 | 0xD0..=0xD7) => at = ff + 2,
            Some(0xFF) => at = ff + 1,
            Some(_) => return Ok(ff),
        }
    }
}

/// DQT: one or more tables of 1 + 64 (8-bit) or 1 + 128 (16-bit) bytes, exactly.
fn quantisation_tables_fit(payload: &[u8]) -> bool {
    let mut at = 0;
    while at < payload.len() {
        let precision = payload[at] >> 4;
        at += 1 + if precision == 0 { 64 } else { 128 };
    }
    at == payload.len() && !payload.is_empty()
}

/// DHT: one or more tables of 1 + 16 counts + as many symbols as the counts say, exactly.
fn huffman_tables_fit(payload: &[u8]) -> bool {
    let mut at = 0;
    while at < payload.len() {
        let Some(counts) = payload.get(at + 1..at + 17) else { return false };
        at += 17 + counts.iter().map(|&count| usize::from(count)).sum::<usize>();
    }
    at == payload.len() && !payload.is_empty()
}

/// SOFn: precision, height, width, component count, three bytes per component.
fn frame_header_fits(payload: &[u8]) -> bool {
    payload.get(5).is_some_and(|&components| payload.len() == 6 + 3 * usize::from(components))
}

/// SOS: component count, two bytes per component, three bytes of spectral selection.
fn scan_header_fits(payload: &[u8]) -> bool {
    payload.first().is_some_and(|&components| payload.len() == 1 + 2 * usize::from(components) + 3)
}

/// The orientation (2 to 8; 1 is the default and needs no block) in an APP1 EXIF payload.
fn exif_orientation(payload: &[u8]) -> Option<u16> {
    let tiff = payload.strip_prefix(b"Exif\0\0")?;
    let big_endian = match tiff.get(..2)? {
        b"MM" => true,
        b"II" => false,
        _ => return None,
    };
    let u16_at = |at: usize| -> Option<u16> {
        let b = tiff.get(at..at.checked_add(2)?)?;
        Some(if big_endian { u16::from_be_bytes([b[0], b[1]]) } else { u16::from_le_bytes([b[0], b[1]]) })
    };
    let u32_at = |at: usize| -> Option<usize> {
        let b = tiff.get(at..at.checked_add(4)?)?;
        let value = if big_endian {
            u32::from_be_bytes([b[0], b[1], b[2], b[3]])
        } else {
            u32::from_le_bytes([b[0], b[1], b[2], b[3]])
        };
        usize::try_from(value).ok()
    };
    if u16_at(2)? != 42 {
        return None;
    }
    let ifd = u32_at(4)?;
    let count = usize::from(u16_at(ifd)?);
    // Each entry is 12 bytes: never read past what the block holds.
    let count = count.min(tiff.len().saturating_sub(ifd + 2) / 12);
    (0..count).find_map(|index| {
        let entry = ifd + 2 + index * 12;
        let is_orientation = u16_at(entry)? == 0x0112 && u16_at(entry + 2)? == 3;
        let value = u16_at(entry + 8)?;
        (is_orientation && (2..=8).contains(&value)).then_some(value)
    })
}

/// A minimal APP1 EXIF block holding only the orientation.
fn orientation_segment(value: u16) -> Vec<u8> {
    let mut payload = b"Exif\0\0MM\0\x2A\0\0\0\x08\0\x01\x01\x12\0\x03\0\0\0\x01".to_vec();
    payload.extend_from_slice(&value.to_be_bytes());
    payload.extend_from_slice(&[0, 0, 0, 0, 0, 0]);
    let mut segment = vec![0xFF, 0xE1];
    // 34 bytes: provably fits the 16-bit length.
    segment.extend_from_slice(&u16::try_from(payload.len() + 2).unwrap_or(u16::MAX).to_be_bytes());
    segment.extend_from_slice(&payload);
    segment
}

#[cfg(test)]
mod tests {
    use super::*;

    const EOI: [u8; 2] = [0xFF, 0xD9];

    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut bytes = vec![0xFF, marker];
        bytes.extend_from_slice(&u16::try_from(payload.len() + 2).expect("small").to_be_bytes());
        bytes.extend_from_slice(payload);
        bytes
    }

    fn exif(orientation: u16, extra: &[u8]) -> Vec<u8> {
        let mut payload = b"Exif\0\0II\x2A\0\x08\0\0\0\x02\0".to_vec();
        payload.extend_from_slice(&[0x12, 0x01, 3, 0, 1, 0, 0, 0]);
        payload.extend_from_slice(&orientation.to_le_bytes());
        payload.extend_from_slice(&[0, 0]);
        payload.extend_from_slice(&[0x25, 0x88, 4, 0, 1, 0, 0, 0, 0x1a, 0, 0, 0]);
        payload.extend_from_slice(extra);
        payload
    }

    /// JFIF, EXIF (orientation 6 and a GPS tag), XMP, a comment, tables, one scan.
    fn photo() -> Vec<u8> {
        let mut jpeg = SOI.to_vec();
        jpeg.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
        jpeg.extend(segment(0xE1, &exif(6, b"GPS 47.64N 6.86E")));
        jpeg.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Pixel 7</x:xmpmeta>"));
        jpeg.extend(segment(0xFE, b"shot by Jeanne"));
        jpeg.extend(segment(0xDB, &[0; 65]));
        jpeg.extend(segment(0xC0, &[8, 0, 16, 0, 16, 1, 1, 0x11, 0]));
        jpeg.extend(segment(0xC4, &[[0x00, 1].as_slice(), &[0; 15], &[7]].concat()));
        jpeg.extend(segment(0xDA, &[0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]));
        jpeg.extend_from_slice(&[0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78]);
        jpeg.extend_from_slice(&EOI);
        jpeg
    }

    #[test]
    fn metadata_goes_and_the_image_and_its_orientation_stay() {
        let clean = strip(&photo()).expect("clean");
        let text = String::from_utf8_lossy(&clean);
        assert!(!text.contains("GPS") && !text.contains("xmpmeta") && !text.contains("Jeanne"));
        assert!(text.contains("JFIF"));
        assert_eq!(exif_orientation(&clean[24..]), Some(6), "orientation block right after JFIF");
        assert!(clean.ends_with(&[0x12, 0x34, 0xFF, 0x00, 0x56, 0xFF, 0xD0, 0x78, 0xFF, 0xD9]));
    }

    #[test]
    fn a_second_image_after_the_end_marker_is_cut_off() {
        let mut file = photo();
        let primary_len = strip(&file).expect("clean").len();
        let mut second = SOI.to_vec();
        second.extend(segment(0xE1, &exif(1, b"GPS serial 1234")));
        second.extend_from_slice(&EOI);
        file.extend(second);
        let clean = strip(&file).expect("clean");
        assert_eq!(clean.len(), primary_len);
        assert!(!String::from_utf8_lossy(&clean).contains("serial"));
    }

    #[test]
    fn data_hidden_in_an_allowed_segment_of_the_wrong_length_is_refused() {
        let mut file = SOI.to_vec();
        file.extend(segment(0xDB, &[[0u8; 65].as_slice(), b"GPS"].concat()));
        file.extend_from_slice(&EOI);
        assert_eq!(strip(&file), Err(Damaged));
    }

    #[test]
    fn a_zero_length_segment_and_a_truncated_file_are_damaged_not_a_panic() {
        let file = [0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x00];
        assert_eq!(strip(&file), Err(Damaged));
        let file = [0xFF, 0xD8, 0xFF, 0xE1];
        assert_eq!(strip(&file), Err(Damaged));
        assert_eq!(strip(&photo()[..40]), Err(Damaged));
    }
}
