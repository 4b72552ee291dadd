//! Cleaning photos at the size limit (10 MiB): a large JPEG, a large PNG, and the attack
//! review's crafted HEIC grown to 10 MiB (an `iloc` of zero-sized fields whose counts a
//! trusting parser would loop over for days).
//!
//! Run: `cargo bench -p vigie-api --bench sanitize`.

// A benchmark asserts its inputs like a test does.
#![allow(clippy::expect_used)]

use std::hint::black_box;

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use rand::{RngCore, SeedableRng, rngs::StdRng};
use vigie::media::sanitize::{ImageType, strip};

const SIZE: usize = 10 * 1024 * 1024;

fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
    let mut bytes = vec![0xFF, marker];
    bytes.extend_from_slice(&u16::try_from(payload.len() + 2).expect("small").to_be_bytes());
    bytes.extend_from_slice(payload);
    bytes
}

/// A 10 MiB baseline JPEG with EXIF: tables, one frame, one scan of random data.
fn large_jpeg() -> Vec<u8> {
    let mut jpeg = vec![0xFF, 0xD8];
    jpeg.extend(segment(0xE0, b"JFIF\0\x01\x01\0\0\x01\0\x01\0\0"));
    jpeg.extend(segment(0xE1, b"Exif\0\0MM\0*\0\0\0\x08\0\0"));
    jpeg.extend(segment(0xDB, &[0; 65]));
    jpeg.extend(segment(0xC0, &[8, 0x0F, 0xA0, 0x0B, 0xB8, 1, 1, 0x11, 0]));
    jpeg.extend(segment(0xC4, &[[0x00, 1].as_slice(), &[0; 15], &[7]].concat()));
    jpeg.extend(segment(0xDA, &[0x01, 0x01, 0x00, 0x00, 0x3F, 0x00]));
    let mut data = vec![0u8; SIZE];
    StdRng::seed_from_u64(7).fill_bytes(&mut data);
    // Entropy-coded data stuffs every 0xFF with a zero byte.
    for byte in &mut data {
        if *byte == 0xFF {
            *byte = 0xFE;
        }
    }
    jpeg.extend(data);
    jpeg.extend_from_slice(&[0xFF, 0xD9]);
    jpeg
}

/// A 10 MiB PNG: header, text chunks, image data in 64 KiB chunks.
fn large_png() -> Vec<u8> {
    let chunk = |kind: &[u8], data: &[u8]| {
        let mut c = u32::try_from(data.len()).expect("small").to_be_bytes().to_vec();
        c.extend_from_slice(kind);
        c.extend_from_slice(data);
        c.extend_from_slice(&[0; 4]);
        c
    };
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    png.extend(chunk(b"IHDR", &[0; 13]));
    png.extend(chunk(b"tEXt", b"Author\0Jeanne"));
    let data = vec![0x55u8; 64 * 1024];
    while png.len() < SIZE {
        png.extend(chunk(b"IDAT", &data));
    }
    png.extend(chunk(b"IEND", b""));
    png
}

/// The crafted HEIC at 10 MiB: an `iloc` v2 of zero-sized fields, 1.3 million items of
/// 65,535 extents each.
fn heic_bomb() -> Vec<u8> {
    let boxed = |kind: &[u8], body: &[u8]| {
        let mut b = u32::try_from(body.len() + 8).expect("small").to_be_bytes().to_vec();
        b.extend_from_slice(kind);
        b.extend_from_slice(body);
        b
    };
    let infe = boxed(b"infe", &[&[2, 0, 0, 0, 0, 1, 0, 0][..], b"Exif"].concat());
    let iinf = boxed(b"iinf", &[&[0, 0, 0, 0, 0, 1][..], &infe].concat());
    let items = u32::try_from(SIZE / 10).expect("fits");
    let mut iloc_body = vec![2, 0, 0, 0, 0x00, 0x00];
    iloc_body.extend_from_slice(&items.to_be_bytes());
    for _ in 0..items {
        iloc_body.extend_from_slice(&[0, 0, 0, 1, 0, 0, 0, 0, 0xFF, 0xFF]);
    }
    let iloc = boxed(b"iloc", &iloc_body);
    let meta = boxed(b"meta", &[&[0, 0, 0, 0][..], &iinf, &iloc].concat());
    [boxed(b"ftyp", b"heic\0\0\0\0mif1heic"), meta, boxed(b"mdat", b"frame")].concat()
}

fn bench(c: &mut Criterion) {
    let mut group = c.benchmark_group("strip 10 MiB");
    group.sample_size(20);
    for (name, kind, bytes, accepted) in [
        ("jpeg", ImageType::Jpeg, large_jpeg(), true),
        ("png", ImageType::Png, large_png(), true),
        ("crafted heic", ImageType::Heic, heic_bomb(), false),
    ] {
        assert_eq!(strip(&bytes, kind).is_ok(), accepted, "{name}");
        group.throughput(Throughput::Bytes(u64::try_from(bytes.len()).expect("fits")));
        group.bench_function(name, |b| b.iter(|| strip(black_box(&bytes), kind)));
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
