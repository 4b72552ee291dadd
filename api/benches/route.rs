//! `route()` over all 35,357 communes of France (IGN 2018, simplified), on random points
//! across metropolitan France and on real interior points of communes.
//!
//! Run: `cargo bench -p vigie-api --bench route` (needs `../shared/data` beside the
//! checkout, or `VIGIE_SHARED_DATA`).

// A benchmark asserts its inputs like a test does.
#![allow(clippy::expect_used)]

use std::{hint::black_box, path::PathBuf, time::Instant};

use criterion::{Criterion, Throughput, criterion_group, criterion_main};
use geo::{BoundingRect, InteriorPoint, Intersects, MultiPolygon, Point, Rect};
use rand::{Rng, SeedableRng, rngs::StdRng, seq::SliceRandom};
use vigie::{
    ids::BrigadeId,
    routing::{CommuneEntry, GeoPoint, Jurisdictions},
    territory::import::read_feature_collection,
};

fn shared_data() -> PathBuf {
    std::env::var_os("VIGIE_SHARED_DATA")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../shared/data"))
}

/// All communes, every one participating with one brigade, and the interior points of
/// every commune and of those of the Territoire de Belfort (INSEE 90xxx).
/// The reference: every commune's bounding box, then its polygon when the box holds the point.
type Linear = Vec<(Rect, MultiPolygon)>;

fn load_france() -> (Jurisdictions, Linear, Vec<GeoPoint>, Vec<GeoPoint>) {
    let dir = shared_data().join("france-communes-2018");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|error| panic!("{}: {error}", dir.display()))
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.starts_with("communes-"))
        })
        .collect();
    files.sort();
    let brigade = BrigadeId::generate();
    let (mut communes, mut inside, mut belfort, mut linear) =
        (Vec::new(), Vec::new(), Vec::new(), Vec::new());
    for file in files {
        for feature in read_feature_collection(&file).expect("readable GeoJSON").features {
            let shape = feature.geometry.as_ref().expect("geometry").to_multi_polygon().expect("valid");
            let point = shape.interior_point().expect("non-empty");
            let point = GeoPoint::new(point.y(), point.x()).expect("in range");
            inside.push(point);
            let entry = CommuneEntry {
                code: feature.property(&["code"]).expect("code"),
                name: feature.property(&["nom"]).expect("nom"),
                participating: true,
                brigade: Some(brigade),
            };
            if entry.code.starts_with("90") {
                belfort.push(point);
            }
            linear.push((shape.bounding_rect().expect("non-empty"), shape.clone()));
            communes.push((entry, shape));
        }
    }
    let started = Instant::now();
    let jurisdictions = Jurisdictions::new(communes, [], 1);
    eprintln!("index of {} communes built in {:?}", jurisdictions.commune_count(), started.elapsed());
    let footprint = jurisdictions.geometry().footprint();
    let total: usize = footprint.iter().map(|(_, bytes)| bytes).sum();
    eprintln!("index footprint: {} MiB {footprint:?}", total >> 20);
    (jurisdictions, linear, inside, belfort)
}

fn route(c: &mut Criterion) {
    let (jurisdictions, linear, mut inside, belfort) = load_france();
    let mut rng = StdRng::seed_from_u64(90);
    inside.shuffle(&mut rng);
    let random: Vec<GeoPoint> = (0..100_000)
        .map(|_| GeoPoint::new(rng.gen_range(41.3..51.1), rng.gen_range(-5.2..9.6)).expect("in range"))
        .collect();

    let mut group = c.benchmark_group("route");
    group.throughput(Throughput::Elements(1));
    let cases = [
        ("interior_points_all_france_shuffled", &inside),
        ("random_points_metropolitan_bbox", &random),
        ("interior_points_one_departement", &belfort),
    ];
    for (name, points) in cases {
        let mut next = points.iter().cycle();
        group.bench_function(name, |b| {
            b.iter(|| {
                let point = *next.next().expect("cycle never ends");
                black_box(jurisdictions.route(black_box(point), "OTHER").is_ok())
            })
        });
    }
    group.finish();

    let mut group = c.benchmark_group("reference");
    group.throughput(Throughput::Elements(1)).sample_size(20);
    let mut next = inside.iter().cycle();
    group.bench_function("linear_scan_all_france_shuffled", |b| {
        b.iter(|| {
            let point = next.next().expect("cycle never ends");
            let point = Point::new(point.longitude(), point.latitude());
            black_box(
                linear.iter().position(|(bbox, shape)| bbox.intersects(&point) && shape.intersects(&point)),
            )
        })
    });
    group.finish();
}

criterion_group!(benches, route);
criterion_main!(benches);
