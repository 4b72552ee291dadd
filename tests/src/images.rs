//! Small images built byte by byte, with the metadata a phone would add.

/// A JPEG whose EXIF block holds a GPS position and whose XMP names the phone.
pub fn jpeg_with_gps() -> Vec<u8> {
    let segment = |marker: u8, payload: &[u8]| {
        let mut bytes = vec![0xFF, marker];
        bytes.extend_from_slice(&u16::try_from(payload.len() + 2).expect("small segment").to_be_bytes());
        bytes.extend_from_slice(payload);
        bytes
    };
    let mut jpeg = vec![0xFF, 0xD8];
    jpeg.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    jpeg.extend(segment(0xE1, b"Exif\0\0MM\0*\0\0\0\x08\0\x01\x88\x25\0\x04\0\0\0\x01\0\0\0\x1aGPSLatitude 47.6412N GPSLongitude 6.8577E"));
    jpeg.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta>Pixel 7 Pro</x:xmpmeta>"));
    jpeg.extend(segment(0xDB, &[[0u8].as_slice(), &[1; 64]].concat()));
    jpeg.extend(segment(0xDA, &[0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]));
    jpeg.extend_from_slice(b"entropy-coded image data");
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    jpeg
}

/// A minimal PNG.
pub fn png() -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut bytes = u32::try_from(data.len()).expect("small chunk").to_be_bytes().to_vec();
        bytes.extend_from_slice(kind);
        bytes.extend_from_slice(data);
        bytes.extend_from_slice(&[0; 4]);
        bytes
    };
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &[0, 0, 0, 1, 0, 0, 0, 1, 8, 2, 0, 0, 0]));
    png.extend(chunk(b"IDAT", b"pixels"));
    png.extend(chunk(b"IEND", b""));
    png
}

/// A real photo from the fixtures (`api/tests/fixtures/images`), made by phone-like tools:
/// GPS position, serial number `SN1234567`, model `Pixel 7 Pro`, XMP creator.
pub fn fixture(name: &str) -> Vec<u8> {
    let path =
        std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../api/tests/fixtures/images").join(name);
    std::fs::read(&path).unwrap_or_else(|error| panic!("fixture {}: {error}", path.display()))
}

/// The attack's HEIC (about 25 KB): an `iloc` whose offset, length, base and index sizes
/// are all 0, with thousands of items of 65,535 extents each — billions of steps for a
/// parser that trusts counts.
pub fn heic_bomb() -> Vec<u8> {
    let boxed = |kind: &[u8], body: &[u8]| {
        let mut b = u32::try_from(body.len() + 8).expect("small").to_be_bytes().to_vec();
        b.extend_from_slice(kind);
        b.extend_from_slice(body);
        b
    };
    let infe = boxed(b"infe", &[&[2, 0, 0, 0, 0, 1, 0, 0][..], b"Exif"].concat());
    let iinf = boxed(b"iinf", &[&[0, 0, 0, 0, 0, 1][..], &infe].concat());
    let items = 3_000u16;
    let mut iloc_body = vec![1, 0, 0, 0, 0x00, 0x00];
    iloc_body.extend_from_slice(&items.to_be_bytes());
    for _ in 0..items {
        // id 1, construction 0, data reference 0, 65,535 extents of zero bytes each.
        iloc_body.extend_from_slice(&[0, 1, 0, 0, 0, 0, 0xFF, 0xFF]);
    }
    let iloc = boxed(b"iloc", &iloc_body);
    let meta = boxed(b"meta", &[&[0, 0, 0, 0][..], &iinf, &iloc].concat());
    [boxed(b"ftyp", b"heic\0\0\0\0mif1heic"), meta, boxed(b"mdat", b"frame")].concat()
}

/// A JPEG whose APP1 segment announces a length of 0 (the attack's panic).
pub fn jpeg_with_empty_segment() -> Vec<u8> {
    vec![0xFF, 0xD8, 0xFF, 0xE1, 0x00, 0x00, 0xFF, 0xD9]
}
