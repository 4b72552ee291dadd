//! `schema.graphql` is generated from the code; this fails when it drifts.

#[test]
fn schema_graphql_matches_the_code() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../schema.graphql");
    let generated = vigie::graphql::sdl();
    if std::env::var_os("UPDATE_SCHEMA").is_some() {
        std::fs::write(&path, &generated).expect("write schema.graphql");
    }
    let checked_in = std::fs::read_to_string(&path).unwrap_or_default();
    assert!(
        checked_in == generated,
        "schema.graphql is out of date: regenerate it with `cargo run -q -- schema > schema.graphql` \
         (or UPDATE_SCHEMA=1 cargo test -p vigie-tests schema)"
    );
}
