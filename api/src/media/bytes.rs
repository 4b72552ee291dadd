//! What the image parsers share: the error of a damaged file and big-endian readers that
//! never read past the end.

/// Why an image could not be cleaned.
#[derive(Debug, thiserror::Error, PartialEq, Eq)]
#[error("image structure is damaged")]
pub struct Damaged;

pub fn be16(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    bytes.get(at..at + 2).map(|b| usize::from(u16::from_be_bytes([b[0], b[1]]))).ok_or(Damaged)
}

pub fn be32(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    let b = bytes.get(at..at + 4).ok_or(Damaged)?;
    usize::try_from(u32::from_be_bytes([b[0], b[1], b[2], b[3]])).map_err(|_| Damaged)
}

pub fn be64(bytes: &[u8], at: usize) -> Result<usize, Damaged> {
    let b: [u8; 8] = bytes.get(at..at + 8).ok_or(Damaged)?.try_into().map_err(|_| Damaged)?;
    usize::try_from(u64::from_be_bytes(b)).map_err(|_| Damaged)
}
