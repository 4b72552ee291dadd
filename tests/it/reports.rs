//! Reports end to end over HTTP and websocket: filing and routing, idempotency, the
//! lifecycle, triage, duplicates, the queue, commune activity and live events.

use std::time::Duration;

use entity::report;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::{Value, json};
use vigie_tests::{Client, TestApp, live::Live, territory::belfort_communes};

pub const FILE: &str = "mutation($input: FileReportInput!) { fileReport(input: $input) { id status routingRule description observedAt commune { code name } brigade { code } category { code urgentAdvice } location { latitude longitude } possibleDuplicates { reportId categoryCode distanceMeters } } }";
const TRANSITION: &str = "mutation($id: ID!, $to: ReportStatus!, $public: String, $internal: String) { transitionReport(reportId: $id, to: $to, publicNote: $public, internalNote: $internal) { id status } }";
const REPORT: &str = "query($id: ID!) { report(id: $id) { id status location { latitude longitude } reporter { displayName email } events { kind status publicNote internalNote actorRole } duplicateOf { id } duplicates { id } } }";
const QUEUE: &str = "query($filter: QueueFilter, $first: Int, $after: String) { brigadeQueue(filter: $filter, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { id category { code } status } } } }";
const MY_EVENTS: &str = "subscription { myReportEvents { reportId kind status publicNote internalNote } }";
const QUEUE_EVENTS: &str =
    "subscription($b: ID!) { brigadeQueueEvents(brigadeId: $b) { reportId kind status internalNote } }";

/// A point well inside the demo commune `code`.
pub fn inside(code: &str) -> (f64, f64) {
    let commune = belfort_communes().into_iter().find(|commune| commune.code == code).expect("demo commune");
    (commune.inside.y(), commune.inside.x())
}

/// A `fileReport` input.
pub fn filing(request: &str, category: &str, (latitude, longitude): (f64, f64)) -> Value {
    json!({ "input": {
        "clientRequestId": request,
        "categoryCode": category,
        "description": "Une camionnette blanche tourne lentement dans le lotissement depuis une heure.",
        "location": { "latitude": latitude, "longitude": longitude, "accuracyMeters": 8.0 },
    } })
}

/// A newly registered resident of `commune`, approved by an admin.
pub async fn approved_resident(app: &TestApp, email: &str, commune: &str) -> (Client, String) {
    let resident = app.register(email, commune).await;
    let admin = app.admin().await;
    admin
        .query(
            "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }",
            json!({ "id": resident.id }),
        )
        .await
        .data();
    (resident.client, resident.id)
}

async fn file(client: &Client, request: &str, category: &str, at: (f64, f64)) -> Value {
    client.query(FILE, filing(request, category, at)).await.data()["fileReport"].clone()
}

pub async fn staff_brigade_id(staff: &Client) -> String {
    staff.query("{ me { brigade { id } } }", json!({})).await.data()["me"]["brigade"]["id"]
        .as_str()
        .expect("brigade")
        .to_owned()
}

#[tokio::test]
async fn a_report_goes_from_a_resident_to_the_brigade_and_back_live() {
    let app = TestApp::spawn().await;
    let registered = app.register("temoin@example.fr", "90052").await;
    let mayor = app.coordinator().await;
    mayor
        .query(
            "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }",
            json!({ "id": registered.id }),
        )
        .await
        .data();
    let resident = registered.client;
    let staff = app.staff().await;
    let brigade = staff_brigade_id(&staff).await;
    let mut console =
        Live::subscribe(&app.ws_url(), staff.token(), QUEUE_EVENTS, json!({ "b": brigade })).await;
    let mut phone = Live::subscribe(&app.ws_url(), resident.token(), MY_EVENTS, json!({})).await;

    let at = inside("90052");
    let filed = file(&resident, "e2e-1", "SUSPICIOUS_VEHICLE", at).await;
    assert_eq!(filed["status"], "SUBMITTED");
    assert_eq!(filed["commune"]["code"], "90052");
    assert_eq!(filed["brigade"]["code"], "COB-GIROMAGNY");
    assert_eq!(filed["routingRule"], "COMMUNE_DEFAULT");
    assert!(filed["category"]["urgentAdvice"].as_str().is_some_and(|advice| advice.contains("17")));
    assert_eq!(filed["location"]["latitude"], json!(at.0));
    let id = filed["id"].as_str().expect("id").to_owned();

    let seen = console.next_data(Duration::from_secs(5)).await.expect("the console hears of the new report");
    assert_eq!(seen["brigadeQueueEvents"]["kind"], "FILED");
    assert_eq!(seen["brigadeQueueEvents"]["reportId"], json!(id));
    let filed_event = phone.next_data(Duration::from_secs(5)).await.expect("the reporter's own filing");
    assert_eq!(filed_event["myReportEvents"]["kind"], "FILED");

    let queue = staff.query(QUEUE, json!({})).await;
    assert_eq!(queue.data()["brigadeQueue"]["edges"][0]["node"]["id"], json!(id));
    let full = staff.query(REPORT, json!({ "id": id })).await;
    assert_eq!(full.data()["report"]["reporter"]["email"], "temoin@example.fr");

    let ack =
        json!({ "id": id, "to": "ACKNOWLEDGED", "internal": "Patrouille prévenue, plaque partielle AB-12" });
    assert_eq!(staff.query(TRANSITION, ack).await.data()["transitionReport"]["status"], "ACKNOWLEDGED");
    let progress = json!({ "id": id, "to": "IN_PROGRESS" });
    staff.query(TRANSITION, progress).await.data();
    let resolved = json!({ "id": id, "to": "RESOLVED", "public": "Le véhicule a été contrôlé : rien d'anormal. Merci." });
    assert_eq!(staff.query(TRANSITION, resolved).await.data()["transitionReport"]["status"], "RESOLVED");

    let mut statuses = Vec::new();
    for _ in 0..3 {
        let event = phone.next_data(Duration::from_secs(5)).await.expect("a live event for the reporter");
        let event = &event["myReportEvents"];
        assert!(event["internalNote"].is_null(), "internal note leaked live: {event}");
        statuses.push((event["status"].as_str().unwrap_or_default().to_owned(), event["publicNote"].clone()));
    }
    assert_eq!(statuses[0].0, "ACKNOWLEDGED");
    assert_eq!(statuses[2].0, "RESOLVED");
    assert_eq!(statuses[2].1, "Le véhicule a été contrôlé : rien d'anormal. Merci.");

    let own = resident.query(REPORT, json!({ "id": id })).await;
    let own = &own.data()["report"];
    assert!(own["reporter"].is_null());
    let events = own["events"].as_array().expect("events");
    assert_eq!(events.len(), 4);
    assert!(events.iter().all(|event| event["internalNote"].is_null()));
    assert!(!own.to_string().contains("AB-12"), "the internal note reached the reporter");

    let activity = mayor
        .query(
            "{ communeActivity(communeCode: \"90052\") { total byStatus { key count } byCategory { key count } medianSecondsToAcknowledge reports { edges { node { id location { latitude longitude } reporter { email } events { internalNote } } } } } }",
            json!({}),
        )
        .await;
    let activity = &activity.data()["communeActivity"];
    assert_eq!(activity["total"], 1);
    assert_eq!(activity["byStatus"], json!([{ "key": "RESOLVED", "count": 1 }]));
    assert_eq!(activity["byCategory"], json!([{ "key": "SUSPICIOUS_VEHICLE", "count": 1 }]));
    assert!(activity["medianSecondsToAcknowledge"].as_i64().is_some());
    let seen = &activity["reports"]["edges"][0]["node"];
    assert_eq!(seen["id"], json!(id));
    assert!(seen["reporter"].is_null());
    let (lat, lon) = (
        seen["location"]["latitude"].as_f64().expect("lat"),
        seen["location"]["longitude"].as_f64().expect("lon"),
    );
    assert!((lat, lon) != at, "the coordinator got the exact location");
    assert!((lat - at.0).abs() < 0.002 && (lon - at.1).abs() < 0.003, "the coarse location is ~200 m around");
    assert!(!activity.to_string().contains("AB-12"));
}

#[tokio::test]
async fn filing_refuses_bad_input_field_by_field_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let at = inside("90052");
    let future = (chrono::Utc::now() + chrono::Duration::hours(2)).to_rfc3339();
    let long = "x".repeat(4001);
    let cases: Vec<(Value, &str, Option<&str>)> = vec![
        (json!({ "categoryCode": "UNKNOWN" }), "BAD_USER_INPUT", Some("categoryCode")),
        (json!({ "description": "   " }), "BAD_USER_INPUT", Some("description")),
        (json!({ "description": long }), "BAD_USER_INPUT", Some("description")),
        (json!({ "description": "bip\u{7}" }), "BAD_USER_INPUT", Some("description")),
        (json!({ "location": { "latitude": 95.0, "longitude": 6.8 } }), "BAD_USER_INPUT", Some("latitude")),
        (
            json!({ "location": { "latitude": at.0, "longitude": at.1, "accuracyMeters": -3.0 } }),
            "BAD_USER_INPUT",
            Some("accuracyMeters"),
        ),
        (json!({ "observedAt": future }), "BAD_USER_INPUT", Some("observedAt")),
        (json!({ "photoIds": ["0190a000-0000-7000-8000-000000000000"] }), "BAD_USER_INPUT", Some("photoIds")),
        (json!({ "clientRequestId": "avec des espaces" }), "BAD_USER_INPUT", Some("clientRequestId")),
        (json!({ "location": { "latitude": 47.5596, "longitude": 7.5886 } }), "OUTSIDE_COVERAGE", None),
        (
            json!({ "location": { "latitude": inside("90075").0, "longitude": inside("90075").1 } }),
            "COMMUNE_NOT_PARTICIPATING",
            None,
        ),
    ];
    for (n, (change, code, field)) in cases.into_iter().enumerate() {
        let mut variables = filing(&format!("bad-{n}"), "SUSPICIOUS_VEHICLE", at);
        for (key, value) in change.as_object().expect("object") {
            variables["input"][key] = value.clone();
        }
        let response = resident.query(FILE, variables).await;
        assert_eq!(response.error_code(), code, "{change}");
        assert_eq!(response.error_field(), field, "{change}");
    }
    assert_eq!(report::Entity::find().count(&app.state.db).await.expect("count"), 0);
}

#[tokio::test]
async fn only_approved_residents_file() {
    let app = TestApp::spawn().await;
    let pending = app.register("attente@example.fr", "90052").await.client;
    let at = inside("90052");
    assert_eq!(pending.query(FILE, filing("p-1", "OTHER", at)).await.error_code(), "ENROLLMENT_PENDING");
    assert_eq!(app.staff().await.query(FILE, filing("s-1", "OTHER", at)).await.error_code(), "FORBIDDEN");
    assert_eq!(app.anonymous().query(FILE, filing("a-1", "OTHER", at)).await.error_code(), "UNAUTHENTICATED");
}

#[tokio::test]
async fn the_same_client_request_id_files_one_report_even_concurrently() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let at = inside("90052");
    let calls = (0..20).map(|_| {
        let resident = resident.clone();
        async move { resident.query(FILE, filing("offline-42", "BURGLARY", at)).await }
    });
    let responses = futures_util::future::join_all(calls).await;
    let ids: std::collections::HashSet<String> = responses
        .iter()
        .map(|response| response.data()["fileReport"]["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(ids.len(), 1, "20 retries gave {} reports", ids.len());
    assert_eq!(report::Entity::find().count(&app.state.db).await.expect("count"), 1);

    let mut different = filing("offline-42", "BURGLARY", at);
    different["input"]["description"] = json!("Autre chose");
    let conflict = resident.query(FILE, different).await;
    assert_eq!(conflict.error_code(), "CONFLICT");
}

#[tokio::test]
async fn the_lifecycle_refuses_every_move_it_does_not_list() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let id = file(&resident, "life-1", "VANDALISM", inside("90052")).await["id"].clone();
    let to = |status: &str| json!({ "id": id, "to": status });
    assert_eq!(staff.query(TRANSITION, to("RESOLVED")).await.error_code(), "INVALID_TRANSITION");
    assert_eq!(staff.query(TRANSITION, to("DUPLICATE")).await.error_code(), "INVALID_TRANSITION");
    assert_eq!(staff.query(TRANSITION, to("WITHDRAWN")).await.error_code(), "INVALID_TRANSITION");
    assert_eq!(staff.query(TRANSITION, to("SUBMITTED")).await.error_code(), "INVALID_TRANSITION");
    let reject = staff.query(TRANSITION, to("REJECTED")).await;
    assert_eq!((reject.error_code(), reject.error_field()), ("BAD_USER_INPUT", Some("publicNote")));
    let rejected = json!({ "id": id, "to": "REJECTED", "public": "Ces faits relèvent de la mairie." });
    assert_eq!(staff.query(TRANSITION, rejected).await.data()["transitionReport"]["status"], "REJECTED");
    assert_eq!(
        staff.query(TRANSITION, to("ACKNOWLEDGED")).await.data()["transitionReport"]["status"],
        "ACKNOWLEDGED"
    );
    let withdraw = "mutation($id: ID!) { withdrawReport(reportId: $id) { status } }";
    assert_eq!(resident.query(withdraw, json!({ "id": id })).await.error_code(), "INVALID_TRANSITION");

    let fresh = file(&resident, "life-2", "VANDALISM", inside("90052")).await["id"].clone();
    assert_eq!(staff.query(withdraw, json!({ "id": fresh })).await.error_code(), "FORBIDDEN");
    assert_eq!(
        resident.query(withdraw, json!({ "id": fresh })).await.data()["withdrawReport"]["status"],
        "WITHDRAWN"
    );
    // Status and history agree.
    let history = resident.query(REPORT, json!({ "id": fresh })).await;
    let events = history.data()["report"]["events"].as_array().expect("events").clone();
    assert_eq!(events.last().expect("an event")["status"], "WITHDRAWN");
}

#[tokio::test]
async fn a_rerouted_report_leaves_one_queue_for_another() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let delle = app.staff_of("BTA-DELLE", "delle@gendarmerie.test").await;
    let delle_id = staff_brigade_id(&delle).await;
    let id = file(&resident, "route-1", "SUSPICIOUS_BEHAVIOUR", inside("90052")).await["id"].clone();
    let reroute = "mutation($id: ID!, $b: ID!, $why: String!) { rerouteReport(reportId: $id, brigadeId: $b, reason: $why) { id brigade { code } routingRule } }";
    let missing_reason = staff.query(reroute, json!({ "id": id, "b": delle_id, "why": " " })).await;
    assert_eq!(missing_reason.error_field(), Some("reason"));
    let moved =
        staff.query(reroute, json!({ "id": id, "b": delle_id, "why": "Auteurs identifiés à Delle" })).await;
    assert_eq!(moved.data()["rerouteReport"]["brigade"]["code"], "BTA-DELLE");
    assert!(staff.query(REPORT, json!({ "id": id })).await.data()["report"].is_null());
    assert_eq!(staff.query(QUEUE, json!({})).await.data()["brigadeQueue"]["totalCount"], 0);
    let queue = delle.query(QUEUE, json!({})).await;
    assert_eq!(queue.data()["brigadeQueue"]["edges"][0]["node"]["id"], id);
    // The reporter still sees it, and its new brigade.
    assert_eq!(resident.query(REPORT, json!({ "id": id })).await.data()["report"]["id"], id);
}

#[tokio::test]
async fn nearby_reports_are_offered_as_duplicates_and_linked_by_staff() {
    let app = TestApp::spawn().await;
    let first_reporter = app.resident().await;
    let (second_reporter, _) = approved_resident(&app, "voisin@example.fr", "90052").await;
    let staff = app.staff().await;
    let at = inside("90052");
    let original = file(&first_reporter, "dup-1", "MOTORBIKE_RODEO", at).await;
    let near = (at.0 + 0.0009, at.1);
    let second = file(&second_reporter, "dup-2", "MOTORBIKE_RODEO", near).await;
    let offered = second["possibleDuplicates"].as_array().expect("list").clone();
    assert_eq!(offered.len(), 1);
    assert!(offered[0]["reportId"].is_null(), "a resident learns of another report, not its id");
    assert!(offered[0]["distanceMeters"].is_null(), "nor how far it is");
    let seen = staff
        .query(
            "query($id: ID!) { report(id: $id) { possibleDuplicates { reportId distanceMeters } } }",
            json!({ "id": second["id"] }),
        )
        .await;
    let seen = &seen.data()["report"]["possibleDuplicates"][0];
    assert_eq!(seen["reportId"], original["id"], "staff link their own brigade's reports");
    assert!((seen["distanceMeters"].as_f64().expect("distance") - 100.0).abs() < 5.0);
    let other_category = file(&second_reporter, "dup-3", "VANDALISM", near).await;
    assert_eq!(other_category["possibleDuplicates"], json!([]));

    let mark = "mutation($id: ID!, $of: ID!) { markDuplicate(reportId: $id, duplicateOf: $of) { status duplicateOf { id } } }";
    let marked = staff.query(mark, json!({ "id": second["id"], "of": original["id"] })).await;
    assert_eq!(marked.data()["markDuplicate"]["status"], "DUPLICATE");
    assert_eq!(marked.data()["markDuplicate"]["duplicateOf"]["id"], original["id"]);
    let listed = staff.query(REPORT, json!({ "id": original["id"] })).await;
    assert_eq!(listed.data()["report"]["duplicates"], json!([{ "id": second["id"] }]));
    let told = second_reporter.query(REPORT, json!({ "id": second["id"] })).await;
    let told = &told.data()["report"];
    assert_eq!(told["status"], "DUPLICATE");
    assert!(told["duplicateOf"].is_null(), "another resident's report stays invisible");
    assert!(
        told["events"]
            .as_array()
            .expect("events")
            .iter()
            .any(|event| event["publicNote"].as_str().is_some_and(|note| note.contains("déjà été signalé")))
    );
    let self_link = staff.query(mark, json!({ "id": original["id"], "of": original["id"] })).await;
    assert_eq!(self_link.error_field(), Some("duplicateOf"));
}

#[tokio::test]
async fn the_queue_puts_the_most_urgent_first_then_the_oldest_and_pages_by_cursor() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let at = inside("90052");
    let incivility = file(&resident, "q-1", "VANDALISM", at).await["id"].clone();
    let burglary = file(&resident, "q-2", "BURGLARY", at).await["id"].clone();
    let vehicle = file(&resident, "q-3", "SUSPICIOUS_VEHICLE", at).await["id"].clone();
    let later_burglary = file(&resident, "q-4", "BURGLARY", at).await["id"].clone();

    let mut seen = Vec::new();
    let mut after = Value::Null;
    loop {
        let page = staff.query(QUEUE, json!({ "first": 3, "after": after })).await;
        let page = page.data()["brigadeQueue"].clone();
        assert_eq!(page["totalCount"], 4);
        seen.extend(page["edges"].as_array().expect("edges").iter().map(|edge| edge["node"]["id"].clone()));
        if page["pageInfo"]["hasNextPage"] != true {
            break;
        }
        after = page["pageInfo"]["endCursor"].clone();
    }
    assert_eq!(seen, [burglary, later_burglary, vehicle, incivility.clone()]);

    let filtered = staff.query(QUEUE, json!({ "filter": { "categoryCode": "VANDALISM" } })).await;
    assert_eq!(filtered.data()["brigadeQueue"]["edges"][0]["node"]["id"], incivility);
    let closed = staff.query(QUEUE, json!({ "filter": { "status": ["RESOLVED"] } })).await;
    assert_eq!(closed.data()["brigadeQueue"]["totalCount"], 0);
    let forged = staff.query(QUEUE, json!({ "after": "bm9wZQ" })).await;
    assert_eq!(forged.error_field(), Some("after"));
}

#[tokio::test]
async fn a_resident_never_receives_another_residents_events() {
    let app = TestApp::spawn().await;
    let (neighbour, _) = approved_resident(&app, "curieux@example.fr", "90052").await;
    let mut neighbour_phone = Live::subscribe(&app.ws_url(), neighbour.token(), MY_EVENTS, json!({})).await;
    let resident = app.resident().await;
    let mut phone = Live::subscribe(&app.ws_url(), resident.token(), MY_EVENTS, json!({})).await;
    file(&resident, "private-1", "OTHER", inside("90052")).await;
    assert!(phone.next_data(Duration::from_secs(5)).await.is_some());
    assert!(
        neighbour_phone.next_data(Duration::from_millis(500)).await.is_none(),
        "another resident's event leaked"
    );
}

#[tokio::test]
async fn subscriptions_are_refused_outside_their_scope() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let brigade = staff_brigade_id(&staff).await;
    let resident = app.resident().await;
    let refused = Live::error(&app.ws_url(), resident.token(), QUEUE_EVENTS, json!({ "b": brigade })).await;
    assert_eq!(refused[0]["extensions"]["code"], "FORBIDDEN");
    let anonymous = Live::error(&app.ws_url(), None, MY_EVENTS, json!({})).await;
    assert_eq!(anonymous[0]["extensions"]["code"], "UNAUTHENTICATED");
    let staff_on_mine = Live::error(&app.ws_url(), staff.token(), MY_EVENTS, json!({})).await;
    assert_eq!(staff_on_mine[0]["extensions"]["code"], "FORBIDDEN");
}

#[tokio::test]
async fn an_event_made_on_one_node_reaches_a_subscriber_on_another() {
    if vigie_tests::backend_name() != "postgres" {
        // Fan-out across nodes goes through PostgreSQL; the embedded mode is one node.
        println!("two-node fan-out: PostgreSQL lane only");
        return;
    }
    let node_a = TestApp::spawn().await;
    let node_b = node_a.second_node().await;
    let staff_on_a = node_a.staff().await;
    let brigade = staff_brigade_id(&staff_on_a).await;
    let mut console =
        Live::subscribe(&node_a.ws_url(), staff_on_a.token(), QUEUE_EVENTS, json!({ "b": brigade })).await;
    let resident_on_b = node_b.resident().await;
    let filed = file(&resident_on_b, "two-nodes", "SUSPICIOUS_VEHICLE", inside("90052")).await;
    let heard = console.next_data(Duration::from_secs(10)).await.expect("the event crossed nodes");
    assert_eq!(heard["brigadeQueueEvents"]["reportId"], filed["id"]);
}

#[tokio::test]
async fn the_brigade_hears_when_the_reporter_adds_information() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let brigade = staff_brigade_id(&staff).await;
    let id = file(&resident, "comment-1", "SUSPICIOUS_BEHAVIOUR", inside("90052")).await["id"].clone();
    let mut console =
        Live::subscribe(&app.ws_url(), staff.token(), QUEUE_EVENTS, json!({ "b": brigade })).await;
    let comment = "mutation($id: ID!, $body: String!) { addReportComment(reportId: $id, body: $body) { kind publicNote } }";
    let added =
        resident.query(comment, json!({ "id": id, "body": "Ils sont repartis vers la gare, à pied." })).await;
    assert_eq!(added.data()["addReportComment"]["kind"], "COMMENT");
    let heard = console.next_data(Duration::from_secs(5)).await.expect("the console hears of the comment");
    assert_eq!(heard["brigadeQueueEvents"]["kind"], "COMMENT");
    assert_eq!(heard["brigadeQueueEvents"]["reportId"], id);
    let empty = resident.query(comment, json!({ "id": id, "body": "  " })).await;
    assert_eq!(empty.error_field(), Some("body"));
    let not_the_reporter = staff.query(comment, json!({ "id": id, "body": "x" })).await;
    assert_eq!(not_the_reporter.error_code(), "FORBIDDEN");
}
