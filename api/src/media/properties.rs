//! Property tests of photo cleaning, for each format, over arbitrary bytes and over real
//! photos (made by phone-like tools, with GPS, serial number, XMP) mutated at random: the
//! cleaner never panics, always ends within its budget, and what it returns keeps no
//! metadata. Case count: `PROPTEST_CASES` (default 256 per property); a long run:
//! `PROPTEST_CASES=100000 cargo test -p vigie-api --release media::properties`.

use std::time::{Duration, Instant};

use proptest::prelude::*;

use super::{
    heic, jpeg, png,
    sanitize::{ImageType, strip},
    webp,
};

const JPEG: &[u8] = include_bytes!("../../tests/fixtures/images/photo.jpg");
const JPEG_MPF: &[u8] = include_bytes!("../../tests/fixtures/images/photo-mpf.jpg");
const PNG: &[u8] = include_bytes!("../../tests/fixtures/images/photo.png");
const WEBP: &[u8] = include_bytes!("../../tests/fixtures/images/photo.webp");
const HEIC: &[u8] = include_bytes!("../../tests/fixtures/images/photo.heic");

/// Far below the service's budget: parsing is linear, a slow case is a bug.
const PER_CASE: Duration = Duration::from_millis(200);

/// What phone metadata looks like in the fixtures; none may survive in a clean photo.
const TELLTALES: [&[u8]; 5] = [b"Pixel 7", b"SN1234567", b"Jeanne", b"xmpmeta", b"GPS"];

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|window| window == needle)
}

/// Whether a cleaned file holds nothing but allowed pieces.
fn only_allowed(kind: ImageType, clean: &[u8]) -> bool {
    match kind {
        ImageType::Jpeg => jpeg::pieces(clean).is_ok_and(|pieces| {
            pieces.iter().all(|piece| match piece {
                jpeg::Piece::Segment(marker, segment) => jpeg::allowed(*marker, segment),
                jpeg::Piece::Data(_) => true,
            })
        }),
        ImageType::Png => png::chunk_types(clean).is_ok_and(|kinds| {
            !kinds.iter().any(|k| matches!(k, b"eXIf" | b"tEXt" | b"zTXt" | b"iTXt" | b"tIME"))
        }),
        ImageType::Webp => webp::chunks(clean).is_ok_and(|chunks| {
            chunks.iter().all(|(kind, chunk)| {
                !matches!(kind, b"EXIF" | b"XMP ")
                    && (kind != b"VP8X" || chunk.get(8).is_none_or(|f| f & 0x0C == 0))
            })
        }),
        ImageType::Heic => heic::metadata_ranges(clean)
            .is_ok_and(|ranges| ranges.into_iter().all(|range| clean[range].iter().all(|&byte| byte == 0))),
    }
}

/// Strips `bytes` as `kind` and checks the properties; returns whether it was accepted.
fn check(kind: ImageType, bytes: &[u8]) -> Result<bool, TestCaseError> {
    let started = Instant::now();
    let result = strip(bytes, kind);
    prop_assert!(started.elapsed() < PER_CASE, "took {:?} on {} bytes", started.elapsed(), bytes.len());
    if let Ok(clean) = result {
        prop_assert!(only_allowed(kind, &clean), "a metadata piece survived");
        return Ok(true);
    }
    Ok(false)
}

#[derive(Debug, Clone)]
enum Mutation {
    Set(usize, u8),
    Truncate(usize),
    Insert(usize, Vec<u8>),
    Remove(usize, usize),
}

fn mutation() -> impl Strategy<Value = Mutation> {
    prop_oneof![
        4 => (any::<usize>(), any::<u8>()).prop_map(|(at, byte)| Mutation::Set(at, byte)),
        1 => any::<usize>().prop_map(Mutation::Truncate),
        1 => (any::<usize>(), proptest::collection::vec(any::<u8>(), 1..8)).prop_map(|(at, b)| Mutation::Insert(at, b)),
        1 => (any::<usize>(), 1usize..16).prop_map(|(at, n)| Mutation::Remove(at, n)),
    ]
}

fn mutate(original: &[u8], mutations: &[Mutation]) -> Vec<u8> {
    let mut bytes = original.to_vec();
    for mutation in mutations {
        let len = bytes.len().max(1);
        match mutation {
            Mutation::Set(at, byte) => {
                if let Some(slot) = bytes.get_mut(at % len) {
                    *slot = *byte;
                }
            }
            Mutation::Truncate(at) => bytes.truncate(at % len),
            Mutation::Insert(at, inserted) => {
                let at = (at % len).min(bytes.len());
                bytes.splice(at..at, inserted.iter().copied());
            }
            Mutation::Remove(at, n) => {
                let at = (at % len).min(bytes.len());
                let end = (at + n).min(bytes.len());
                bytes.drain(at..end);
            }
        }
    }
    bytes
}

fn fixtures() -> [(ImageType, &'static [u8]); 6] {
    [
        (ImageType::Jpeg, JPEG),
        (ImageType::Jpeg, JPEG_MPF),
        (ImageType::Png, PNG),
        (ImageType::Webp, WEBP),
        (ImageType::Heic, HEIC),
        (ImageType::Heic, &[]),
    ]
}

#[test]
fn every_real_photo_is_accepted_and_loses_its_metadata() {
    let idat = heic::build::heic(b"Exif\0\0MM\0*GPS 47.64N Pixel 7", true);
    let mut cases: Vec<(ImageType, &[u8])> = fixtures().into_iter().filter(|(_, b)| !b.is_empty()).collect();
    cases.push((ImageType::Heic, &idat));
    for (kind, bytes) in cases {
        assert!(
            contains(bytes, b"SN1234567") || contains(bytes, b"Pixel 7"),
            "{kind:?} fixture has metadata"
        );
        let clean = strip(bytes, kind).unwrap_or_else(|_| panic!("a real {kind:?} is accepted"));
        for telltale in TELLTALES {
            assert!(!contains(&clean, telltale), "{kind:?} kept {:?}", String::from_utf8_lossy(telltale));
        }
        assert!(only_allowed(kind, &clean));
    }
}

#[test]
fn a_jpeg_keeps_its_orientation_and_only_its_primary_image() {
    let clean = strip(JPEG_MPF, ImageType::Jpeg).expect("clean");
    assert_eq!(clean, strip(JPEG, ImageType::Jpeg).expect("clean"), "the second image is cut off");
    let orientation = jpeg::pieces(&clean).expect("valid").into_iter().find_map(|piece| match piece {
        jpeg::Piece::Segment(0xE1, segment) => Some(segment.to_vec()),
        _ => None,
    });
    assert!(orientation.is_some_and(|segment| segment[segment.len() - 8..segment.len() - 6] == [0, 6]));
}

proptest! {
    #[test]
    fn arbitrary_bytes_never_panic_nor_stall(
        kind in prop_oneof![Just(ImageType::Jpeg), Just(ImageType::Png), Just(ImageType::Webp), Just(ImageType::Heic)],
        tail in proptest::collection::vec(any::<u8>(), 0..4096),
    ) {
        let prefix: &[u8] = match kind {
            ImageType::Jpeg => b"\xff\xd8",
            ImageType::Png => b"\x89PNG\r\n\x1a\n",
            ImageType::Webp => b"RIFF\0\x10\0\0WEBP",
            ImageType::Heic => b"\0\0\0\x18ftypheic",
        };
        check(kind, &[prefix, &tail].concat())?;
    }

    #[test]
    fn mutated_real_photos_never_panic_stall_or_leak(
        which in 0usize..5,
        mutations in proptest::collection::vec(mutation(), 1..6),
    ) {
        let (kind, original) = fixtures()[which];
        check(kind, &mutate(original, &mutations))?;
    }
}
