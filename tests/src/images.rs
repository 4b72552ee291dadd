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
    jpeg.extend(segment(0xDB, &[1; 65]));
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
