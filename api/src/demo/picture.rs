//! The demo's one photo, painted at seed time (no binary asset in the repository): a white
//! van under a street lamp at night, 320×200, as a PNG a browser shows and the photo
//! cleaner accepts like any upload.

use flate2::{Compression, write::ZlibEncoder};

const WIDTH: u32 = 320;
const HEIGHT: u32 = 200;

/// The picture's PNG bytes.
pub fn van_at_night() -> std::io::Result<Vec<u8>> {
    let mut raw = Vec::with_capacity(((WIDTH * 3 + 1) * HEIGHT) as usize);
    for y in 0..HEIGHT {
        raw.push(0); // filter: none
        for x in 0..WIDTH {
            raw.extend_from_slice(&pixel(x, y));
        }
    }
    let mut encoder = ZlibEncoder::new(Vec::new(), Compression::default());
    std::io::Write::write_all(&mut encoder, &raw)?;
    let data = encoder.finish()?;
    let mut header = Vec::with_capacity(13);
    header.extend_from_slice(&WIDTH.to_be_bytes());
    header.extend_from_slice(&HEIGHT.to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]); // 8-bit RGB, deflate, no filter, no interlace
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    chunk(&mut png, b"IHDR", &header);
    chunk(&mut png, b"IDAT", &data);
    chunk(&mut png, b"IEND", &[]);
    Ok(png)
}

fn chunk(png: &mut Vec<u8>, kind: &[u8; 4], data: &[u8]) {
    png.extend_from_slice(&u32::try_from(data.len()).unwrap_or(u32::MAX).to_be_bytes());
    png.extend_from_slice(kind);
    png.extend_from_slice(data);
    let mut crc = flate2::Crc::new();
    crc.update(kind);
    crc.update(data);
    png.extend_from_slice(&crc.sum().to_be_bytes());
}

/// The colour at (x, y): sky, lamp and its light, road, the van and its wheels.
fn pixel(x: u32, y: u32) -> [u8; 3] {
    let (fx, fy) = (f64::from(x), f64::from(y));
    let near = |cx: f64, cy: f64, r: f64| (fx - cx).powi(2) + (fy - cy).powi(2) <= r * r;
    if near(118.0, 198.0, 11.0) || near(236.0, 198.0, 11.0) {
        return [20, 20, 22]; // wheels
    }
    if (90..=270).contains(&x) && (130..=190).contains(&y) {
        if (230..=262).contains(&x) && (138..=160).contains(&y) {
            return [90, 120, 140]; // windscreen
        }
        return [225, 225, 220]; // the van
    }
    if (40..=44).contains(&x) && (40..=200).contains(&y) {
        return [60, 60, 60]; // lamp post
    }
    if near(42.0, 36.0, 7.0) {
        return [255, 230, 140]; // lamp
    }
    let glow = (1.0 - ((fx - 42.0).powi(2) + (fy - 36.0).powi(2)).sqrt() / 140.0).max(0.0);
    if y >= 185 {
        let base = 55.0 + 40.0 * glow;
        return [base as u8, base as u8, (base + 4.0) as u8]; // road
    }
    let sky = 25.0 + fy / 10.0 + 60.0 * glow;
    [sky as u8, (sky + 8.0) as u8, (sky + 25.0).min(255.0) as u8]
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_picture_is_a_png() {
        let png = super::van_at_night().expect("painted");
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert!(png.len() > 1000 && png.len() < 200_000, "{}", png.len());
    }
}
