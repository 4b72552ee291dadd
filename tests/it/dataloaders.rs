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
    // The open designations and their accounts, in batches (which split across scheduler
    // ticks when the machine is busy: 33 were seen under a loaded run): a query per commune
    // would be over 200.
    assert!(queries < communes.len() / 2, "{queries} queries for {} communes", communes.len());

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

/// On a fresh node, `count` cases (each with the mayor, an organisation and an action) and
/// `count` answered security requests; the queries a page of each costs, and their sizes.
async fn queries_for_cases_and_requests(count: usize) -> (usize, usize, usize, usize) {
    // Every list of a case at once is dearer than the default budget: queries are counted here.
    let app = TestApp::spawn_with(|config| config.max_query_complexity = 1_000_000).await;
    let commander = app.staff().await;
    let referent = app.staff_of("COB-GIROMAGNY", "referent.loaders@gendarmerie.test").await;
    let referent_id = referent.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let designate = "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }";
    commander.query(designate, json!({ "id": referent_id })).await.data();
    let mayor = app.coordinator().await;
    let mayor_id = mayor.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let landlord = crate::partnership::organisation(&referent, "Bailleur des lots").await;
    let open = "mutation($t: String!) { openProblemCase(input: { title: $t, problem: \"Rodéos\", communeCodes: [\"90052\"], categoryCodes: [\"MOTORBIKE_RODEO\"] }) { id } }";
    let add = "mutation($c: ID!, $u: ID, $o: ID) { addProblemCaseMember(caseId: $c, userId: $u, organisationId: $o) { id } }";
    let action = "mutation($c: ID!) { saveProblemCaseAction(caseId: $c, input: { title: \"Éclairage\", owner: \"Mairie\", status: PLANNED }) { id } }";
    let request = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: ADVICE, subject: \"Conseil\", body: \"Une question.\" }) { id } }";
    let reply = "mutation($id: ID!) { replyToSecurityRequest(id: $id, body: \"Réponse.\") { id } }";
    for n in 0..count {
        let opened = referent.query(open, json!({ "t": format!("Dossier {n}") })).await;
        let case = opened.data()["openProblemCase"]["id"].clone();
        referent.query(add, json!({ "c": case, "u": mayor_id })).await.data();
        referent.query(add, json!({ "c": case, "o": landlord })).await.data();
        referent.query(action, json!({ "c": case })).await.data();
        let opened = mayor.query(request, json!({})).await;
        referent.query(reply, json!({ "id": opened.data()["openSecurityRequest"]["id"] })).await.data();
    }
    let cases = "{ problemCases(first: 20) { nodes { communeCodes categoryCodes members { displayName brigadeName organisation { name } } reports { reportId } actions { title } meetings { heldOn } } } }";
    let requests = "{ securityRequests(first: 20) { nodes { subject messages { body } } } }";
    let (for_cases, data) = counted(&app, &referent, cases).await;
    let listed = data["problemCases"]["nodes"].as_array().map_or(0, Vec::len);
    let (for_requests, data) = counted(&app, &referent, requests).await;
    let answered = data["securityRequests"]["nodes"].as_array().map_or(0, Vec::len);
    (listed, for_cases, answered, for_requests)
}

#[tokio::test]
async fn a_page_of_cases_and_a_page_of_requests_cost_the_same_few_queries_whatever_their_size() {
    let (few_cases, small, few_requests, small_requests) = queries_for_cases_and_requests(2).await;
    let (cases, large, requests, large_requests) = queries_for_cases_and_requests(8).await;
    println!("cases 2 → {small} queries, 8 → {large}; requests 2 → {small_requests}, 8 → {large_requests}");
    assert!(few_cases == 2 && cases == 8 && few_requests == 2 && requests == 8);
    // Per case, the old reads cost about ten queries (sixty more for six more cases), per
    // request one; batches may split across scheduler ticks when the machine is busy.
    assert!(large <= small + 10, "case queries grow with the page: {small} for 2, {large} for 8");
    assert!(
        large_requests <= small_requests + 4,
        "request queries grow: {small_requests} for 2, {large_requests} for 8"
    );
}
