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

/// Every type, field, argument, input field and enum value of the schema says what it is
/// (introspection's `description`), for the app's and the consoles' developers and for
/// partners: a new one without a description fails here.
#[tokio::test]
async fn every_schema_element_is_described() {
    let query = "{ __schema { types { name kind description \
        fields(includeDeprecated: true) { name description args { name description } } \
        inputFields { name description } enumValues(includeDeprecated: true) { name description } } } }";
    let response = vigie::graphql::bare().execute(query).await;
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    let data = response.data.into_json().expect("JSON");
    let described =
        |value: &serde_json::Value| value["description"].as_str().is_some_and(|text| !text.trim().is_empty());
    let mut undescribed = std::collections::BTreeSet::new();
    let mut elements = 0;
    for kind in data["__schema"]["types"].as_array().expect("types") {
        let name = kind["name"].as_str().expect("name");
        if name.starts_with("__") || ["String", "Int", "Float", "Boolean", "ID"].contains(&name) {
            continue;
        }
        elements += 1;
        // async-graphql 7.2 registers its `Connection` types with no description and no way
        // to give one; their fields (edges, nodes, pageInfo, totalCount) are described.
        let library_connection = name.ends_with("Connection") && kind["kind"] == "OBJECT";
        if !described(kind) && !library_connection {
            undescribed.insert(name.to_owned());
        }
        for field in kind["fields"].as_array().into_iter().flatten() {
            let field_name = format!("{name}.{}", field["name"].as_str().expect("field"));
            elements += 1;
            if !described(field) {
                undescribed.insert(field_name.clone());
            }
            for argument in field["args"].as_array().into_iter().flatten() {
                elements += 1;
                if !described(argument) {
                    undescribed.insert(format!("{field_name}({})", argument["name"].as_str().expect("arg")));
                }
            }
        }
        for member in
            kind["inputFields"].as_array().into_iter().chain(kind["enumValues"].as_array()).flatten()
        {
            elements += 1;
            if !described(member) {
                undescribed.insert(format!("{name}.{}", member["name"].as_str().expect("member")));
            }
        }
    }
    eprintln!("{} of {elements} schema elements described", elements - undescribed.len());
    assert!(
        undescribed.is_empty(),
        "schema elements without a description (a doc comment, or `desc` on an argument): {undescribed:?}"
    );
}
