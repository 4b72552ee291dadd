//! Routing over all 35,357 communes of France (IGN 2018, simplified): an interior point of
//! every commune must be located back in that commune.
//!
//! The only tolerated exception is an overlap in the source data: simplification can make
//! a neighbour's polygon cover a sliver of this one, and where polygons overlap the lowest
//! INSEE code wins by design. Such cases are counted, listed and bounded, never skipped.

use vigie::routing::Jurisdictions;
use vigie_tests::territory::{SourceCommune, read_communes};

fn all_communes() -> Vec<SourceCommune> {
    let dir = vigie_tests::shared_data_dir().join("france-communes-2018");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect("france-communes-2018 readable")
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| {
            path.file_name().and_then(|name| name.to_str()).is_some_and(|name| name.starts_with("communes-"))
        })
        .collect();
    files.sort();
    // One file per département: read them on every core.
    let workers = std::thread::available_parallelism().map_or(1, usize::from);
    let per_worker = files.len().div_ceil(workers);
    std::thread::scope(|scope| {
        let readers: Vec<_> = files
            .chunks(per_worker)
            .map(|chunk| {
                scope.spawn(move || chunk.iter().flat_map(|path| read_communes(path)).collect::<Vec<_>>())
            })
            .collect();
        readers.into_iter().flat_map(|reader| reader.join().expect("reader thread")).collect()
    })
}

#[test]
fn an_interior_point_of_every_commune_of_france_routes_back_to_it() {
    let communes = all_communes();
    assert_eq!(communes.len(), 35_357, "the 2018 edition has 35,357 communes");
    let jurisdictions = Jurisdictions::new(
        communes.iter().map(|commune| (commune.entry(), commune.shape.clone())).collect(),
        [],
        1,
    );

    let (mut exact, mut overlaps, mut misses) = (0, Vec::new(), Vec::new());
    for commune in &communes {
        let point = commune.inside();
        match jurisdictions.locate(point) {
            Some(found) if found.code == commune.code => exact += 1,
            found => {
                let all: Vec<String> =
                    jurisdictions.locate_all(point).iter().map(|entry| entry.code.clone()).collect();
                let winner = found.map(|entry| entry.code.clone());
                if all.contains(&commune.code) {
                    overlaps.push((commune.code.clone(), winner, all));
                } else {
                    misses.push((commune.code.clone(), commune.name.clone(), winner));
                }
            }
        }
    }

    println!(
        "France routing: {exact} of {} communes exact, {} in source overlaps (lower INSEE code wins), {} missed",
        communes.len(),
        overlaps.len(),
        misses.len()
    );
    for (code, winner, all) in &overlaps {
        println!("  overlap: interior point of {code} also lies in {all:?}; routed to {winner:?}");
    }
    assert!(misses.is_empty(), "interior points not found in their own commune: {misses:?}");
    assert!(
        overlaps.len() * 1000 <= communes.len(),
        "more than 0.1% of communes overlap a neighbour at their interior point: {}",
        overlaps.len()
    );
}
