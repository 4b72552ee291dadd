//! A page of reports costs a bounded number of queries: related objects (category,
//! commune, brigade, events, reporter, photos, duplicates, the original of a duplicate)
//! come through DataLoaders, one batch each; so do the communes of a list of brigades.

use std::sync::{
    Arc,
    atomic::{AtomicUsize, Ordering},
};

use serde_json::json;
use vigie::{
    identity::{RequestContext, viewer},
    state::AppState,
};
use vigie_tests::TestApp;

use crate::reports::{FILE, filing, inside};

const PAGE: &str = "{ brigadeQueue(first: 50) { totalCount edges { node { id category { code label } commune { name brigade { code } } brigade { name } reporter { displayName } events { kind actorRole } location { latitude } photos { url } duplicates { id } duplicateOf { id } } } } }";

/// Files `count` reports, then counts the queries one queue page of them costs.
async fn queries_for_a_page_of(count: usize) -> usize {
    // A page far dearer than the default budget allows: what is counted here is queries.
    let app = TestApp::spawn_with(|config| config.max_query_complexity = 1_000_000).await;
    let resident = app.resident().await;
    for n in 0..count {
        resident.query(FILE, filing(&format!("page-{n}"), "OTHER", inside("90052"))).await.data();
    }
    let staff = app.staff().await;
    let (queries, data) = counted(&app, &staff, PAGE).await;
    assert_eq!(data["brigadeQueue"]["edges"].as_array().map(Vec::len), Some(count));
    assert_eq!(data["brigadeQueue"]["totalCount"], json!(count));
    queries
}

/// Runs `query` as `client` on a node whose connection counts statements: how many it
/// took, and its data.
async fn counted(app: &TestApp, client: &vigie_tests::Client, query: &str) -> (usize, serde_json::Value) {
    let token = client.token().expect("signed in").to_owned();
    let counter = Arc::new(AtomicUsize::new(0));
    let mut db = app.state.db.clone();
    let seen = Arc::clone(&counter);
    db.set_metric_callback(move |_| {
        seen.fetch_add(1, Ordering::SeqCst);
    });
    let state = AppState::new(db.clone(), app.state.config.as_ref().clone()).await.expect("state");
    let schema = vigie::graphql::build_schema(state.clone());
    let viewer =
        viewer::from_authorization(&db, &state.keys, Some(&format!("Bearer {token}"))).await.expect("viewer");
    let context = RequestContext {
        viewer,
        client_ip: None,
        refresh_cookie: None,
        cookie_writable: false,
        over_websocket: false,
    };

    counter.store(0, Ordering::SeqCst);
    let response =
        vigie::graphql::execute(&schema, &state, context, async_graphql::Request::new(query)).await;
    assert!(response.errors.is_empty(), "{:?}", response.errors);
    (counter.load(Ordering::SeqCst), response.data.into_json().expect("json"))
}

#[tokio::test]
async fn a_page_of_reports_costs_the_same_few_queries_whatever_its_size() {
    let small = queries_for_a_page_of(3).await;
    let large = queries_for_a_page_of(30).await;
    println!("queries for a page of 3 reports: {small}; of 30: {large}");
    // Batches may split across scheduler ticks (10 or 11 queries); an N+1 would cost 30+.
    assert!(small <= 11 && large <= 11, "queries grow with the page: {small} for 3 reports, {large} for 30");
}

#[tokio::test]
async fn every_brigade_of_a_departement_lists_its_communes_in_one_batch() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (queries, data) =
        counted(&app, &admin, "{ brigades(departement: \"90\") { code communes { code } } }").await;
    let brigades = data["brigades"].as_array().expect("brigades");
    assert!(brigades.len() >= 6, "{data}");
    let covered: usize = brigades.iter().map(|b| b["communes"].as_array().map_or(0, Vec::len)).sum();
    assert!(covered >= 100, "the département's communes, each under its brigade: {covered}");
    // The brigades, then one batch of their communes (not one query per brigade).
    assert!(queries <= 3, "{queries} queries for {} brigades", brigades.len());
}

#[tokio::test]
async fn the_referents_of_every_commune_and_the_communes_of_every_coordinator_come_in_batches() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let (queries, data) = counted(&app, &admin, "{ communes { code referent { displayName } } }").await;
    let communes = data["communes"].as_array().expect("communes");
    assert!(communes.len() > 100, "{}", communes.len());
    assert!(communes.iter().any(|commune| commune["referent"].is_object()), "the demo's référent is listed");
    // The open designations and their accounts, in batches (which may split across
    // scheduler ticks): a query per commune would be 200.
    assert!(queries <= 12, "{queries} queries for {} communes", communes.len());

    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    let communes = [["90001", "90002"], ["90003", "90004"], ["90005", "90006"], ["90007", "90011"]];
    for (n, codes) in communes.iter().enumerate() {
        let input = json!({ "email": format!("maire{n}@communes.test"), "password": "une phrase de passe solide", "displayName": "Mairie", "role": "COORDINATOR", "communeCodes": codes });
        admin.query(create, json!({ "input": input })).await.data();
    }
    let page =
        "{ users(first: 20, filter: { role: COORDINATOR }) { nodes { coordinatedCommunes { code name } } } }";
    let (queries, data) = counted(&app, &admin, page).await;
    let coordinators = data["users"]["nodes"].as_array().expect("coordinators");
    assert!(
        coordinators.len() >= 5
            && coordinators
                .iter()
                .all(|c| c["coordinatedCommunes"].as_array().is_some_and(|l| !l.is_empty())),
        "{data}"
    );
    // The page and its count, the coordinators' communes, those communes, in batches: not
    // two per account.
    assert!(queries <= 12, "{queries} queries for {} coordinators", coordinators.len());
}
