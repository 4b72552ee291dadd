//! Replays of the attack review's access findings: linked reports are shown through the
//! caller's own access rules, possible duplicates tell residents nothing they could locate
//! a neighbour with, lists are priced by their size, and the standard introspection query
//! runs at the default limits.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, approved_resident, filing, inside};

const READ: &str = "query($id: ID!) { report(id: $id) { id location { latitude } reporter { displayName email phone } events { internalNote } duplicates { id location { latitude } reporter { email } events { internalNote } } duplicateOf { id } } }";
const MARK: &str = "mutation($id: ID!, $of: ID!) { markDuplicate(reportId: $id, duplicateOf: $of) { id } }";
const REROUTE: &str = "mutation($id: ID!, $b: ID!) { rerouteReport(reportId: $id, brigadeId: $b, reason: \"Hors secteur\") { id } }";
const NEARBY: &str = "query($id: ID!) { report(id: $id) { possibleDuplicates { reportId categoryCode status distanceMeters observedAt } } }";

/// Staff of BTA-DELLE (another brigade than the demo staff's), and that brigade's id.
async fn delle_staff(app: &TestApp) -> (Client, String) {
    let staff = app.staff_of("BTA-DELLE", "staff@delle.test").await;
    let me = staff.query("{ me { brigade { id } } }", json!({})).await;
    let id = me.data()["me"]["brigade"]["id"].as_str().expect("brigade").to_owned();
    (staff, id)
}

async fn file(client: &Client, request: &str, at: (f64, f64)) -> Value {
    client.query(FILE, filing(request, "MOTORBIKE_RODEO", at)).await.data()["fileReport"].clone()
}

#[tokio::test]
async fn finding_03_a_rerouted_original_never_shows_the_other_brigades_duplicates() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let giromagny = app.staff().await;
    let (delle, delle_id) = delle_staff(&app).await;
    let original = file(&resident, "orig", inside("90052")).await;
    let duplicate = file(&resident, "dup", inside("90052")).await;
    giromagny
        .query(
            "mutation($id: ID!) { addReportNote(reportId: $id, internalNote: \"Indicateur connu\") { id } }",
            json!({ "id": duplicate["id"] }),
        )
        .await
        .data();
    giromagny.query(MARK, json!({ "id": duplicate["id"], "of": original["id"] })).await.data();
    giromagny.query(REROUTE, json!({ "id": original["id"], "b": delle_id })).await.data();

    let seen = delle.query(READ, json!({ "id": original["id"] })).await;
    assert_eq!(seen.data()["report"]["id"], original["id"], "Delle now has the original");
    assert_eq!(seen.data()["report"]["duplicates"], json!([]), "but not Giromagny's duplicate");
    let direct = delle.query(READ, json!({ "id": duplicate["id"] })).await;
    assert!(direct.data()["report"].is_null());
    // And the other way: Giromagny's duplicate no longer leads to Delle's original.
    let back = giromagny.query(READ, json!({ "id": duplicate["id"] })).await;
    assert!(back.data()["report"]["duplicateOf"].is_null());
}

#[tokio::test]
async fn finding_04_a_resident_cannot_locate_a_neighbours_report() {
    let app = TestApp::spawn().await;
    let victim = app.resident().await;
    let (attacker, _) = approved_resident(&app, "curieux@exemple.fr", "90052").await;
    let at = inside("90052");
    file(&victim, "victim", at).await;

    let probe = file(&attacker, "probe-1", (at.0 + 0.0003, at.1)).await;
    let offered = probe["possibleDuplicates"].as_array().expect("list").clone();
    assert_eq!(offered.len(), 1, "a similar report nearby is still announced");
    let seen = attacker.query(NEARBY, json!({ "id": probe["id"] })).await;
    let entry = &seen.data()["report"]["possibleDuplicates"][0];
    assert!(
        entry["reportId"].is_null() && entry["distanceMeters"].is_null() && entry["observedAt"].is_null(),
        "{entry}"
    );

    // Withdrawn, the probe tells nothing more.
    attacker
        .query("mutation($id: ID!) { withdrawReport(reportId: $id) { id } }", json!({ "id": probe["id"] }))
        .await
        .data();
    let after = attacker.query(NEARBY, json!({ "id": probe["id"] })).await;
    assert_eq!(after.data()["report"]["possibleDuplicates"], json!([]));
}

#[tokio::test]
async fn finding_04_staff_see_ids_only_of_their_own_brigades_reports() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let giromagny = app.staff().await;
    let (_, delle_id) = delle_staff(&app).await;
    let at = inside("90052");
    let foreign = file(&resident, "foreign", at).await;
    giromagny.query(REROUTE, json!({ "id": foreign["id"], "b": delle_id })).await.data();
    let own = file(&resident, "own", (at.0 + 0.0002, at.1)).await;
    let mine = file(&resident, "mine", (at.0 + 0.0004, at.1)).await;

    let seen = giromagny.query(NEARBY, json!({ "id": mine["id"] })).await;
    let listed = seen.data()["report"]["possibleDuplicates"].as_array().expect("list").clone();
    assert_eq!(listed.len(), 2);
    let ids: Vec<&Value> = listed.iter().map(|entry| &entry["reportId"]).collect();
    assert!(ids.contains(&&own["id"]), "{listed:?}");
    assert!(!ids.contains(&&foreign["id"]), "another brigade's report id leaked: {listed:?}");
    assert!(listed.iter().any(|entry| entry["reportId"].is_null() && entry["distanceMeters"].is_null()));
}

#[tokio::test]
async fn finding_13_lists_are_priced_by_their_size() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let page = "brigadeQueue(first: 100) { edges { node { id photos { id } duplicates { id } possibleDuplicates { reportId } duplicateOf { id } } } }";
    let aliases: String = (0..100).map(|n| format!("q{n}: {page} ")).collect();
    let refused = staff.query(&format!("{{ {aliases} }}"), json!({})).await;
    assert_eq!(refused.error_code(), "QUERY_TOO_COMPLEX");
    let one = staff.query(&format!("{{ {page} }}"), json!({})).await;
    assert_eq!(one.error_code(), "QUERY_TOO_COMPLEX", "a hundred spatial queries in one page");
    let console = "{ brigadeQueue(first: 50) { totalCount edges { node { id status category { label } commune { name } photos { url } duplicateOf { id } } } } }";
    staff.query(console, json!({})).await.data();
}

/// graphql-js 16 `getIntrospectionQuery()` with its default options: what GraphiQL, Apollo
/// and graphql-codegen send.
const INTROSPECTION: &str = include_str!("../../api/benches/introspection.graphql");

#[tokio::test]
async fn finding_16_the_standard_introspection_query_runs_at_the_default_limits() {
    let app = TestApp::spawn().await;
    let schema = app.anonymous().query(INTROSPECTION, json!({})).await;
    let types = schema.data()["__schema"]["types"].as_array().expect("types").len();
    assert!(types > 20, "{types} types");
    // The answer ceiling stops an answer at 25,000 fields: introspection stays well below.
    let fields = crate::cost_schema::values(&schema.body["data"]);
    assert!(fields < 15_000, "introspection answers {fields} values");
}

#[tokio::test]
async fn introspection_and_graphiql_can_be_switched_off() {
    let app = TestApp::spawn_with(|config| {
        config.introspection = false;
        config.graphiql = false;
    })
    .await;
    let schema = app.anonymous().query(INTROSPECTION, json!({})).await;
    assert!(
        schema.body.get("errors").is_some() || schema.body["data"]["__schema"].is_null(),
        "{}",
        schema.body
    );
    let page = app.http().get(app.url("/graphiql")).send().await.expect("GET /graphiql");
    assert_eq!(page.status().as_u16(), 404);
    // `/` still leads to the consoles, which are their own switch (`VIGIE_CONSOLE`).
    let home = app.http().get(app.url("/")).send().await.expect("GET /");
    assert_eq!((home.status().as_u16(), home.url().path()), (200, "/console/"));
}
