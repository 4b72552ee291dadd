//! Who hears what: enrolments, the live feed, broadcasts to residents, and the life of an
//! intervention alert (history, linked report, closing by SMS and feed).

use std::time::Duration;

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp, gateway::RecordingGateway, live::Live};

use crate::reports::{FILE, approved_resident, filing, inside};

const FEED: &str =
    "{ notifications(first: 20) { totalCount edges { node { id kind title body communeCode subjectId } } } }";
const BROADCAST: &str = "mutation($input: BroadcastInput!) { broadcastToResidents(input: $input) { id communeCodes recipients sender } }";

async fn feed(client: &Client) -> Vec<Value> {
    let response = client.query(FEED, json!({})).await;
    response.data()["notifications"]["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|edge| edge["node"].clone())
        .collect()
}

fn kinds(feed: &[Value]) -> Vec<&str> {
    feed.iter().map(|node| node["kind"].as_str().unwrap_or("")).collect()
}

#[tokio::test]
async fn the_mayor_hears_of_a_request_and_the_resident_of_the_decision_with_its_reason() {
    let app = TestApp::spawn().await;
    let mayor = app.coordinator().await;
    let accepted = app.register("accepte@example.fr", "90052").await;
    let refused = app.register("refuse@example.fr", "90052").await;
    let requests = feed(&mayor).await;
    assert_eq!(kinds(&requests), ["ENROLMENT_REQUEST", "ENROLMENT_REQUEST"]);
    assert!(requests.iter().all(|node| node["communeCode"] == "90052"));
    assert!(!requests[0].to_string().contains("accepte@"), "no identity in the mayor's feed entry");

    let decide = "mutation($id: ID!, $ok: Boolean!, $reason: String) { decideEnrolment(userId: $id, approve: $ok, reason: $reason) { id } }";
    mayor.query(decide, json!({ "id": accepted.id, "ok": true })).await.data();
    mayor
        .query(decide, json!({ "id": refused.id, "ok": false, "reason": "Adresse hors de la commune." }))
        .await
        .data();
    let approved = feed(&accepted.client).await;
    assert_eq!(kinds(&approved), ["ENROLMENT_DECISION"]);
    assert_eq!(approved[0]["title"], "Votre inscription est validée");
    // A rejected resident still reads their own feed (signed in, not enrolled).
    let rejected = feed(&refused.client).await;
    assert_eq!(kinds(&rejected), ["ENROLMENT_DECISION"]);
    assert!(rejected[0]["body"].as_str().expect("body").contains("Adresse hors de la commune."));
}

#[tokio::test]
async fn a_new_feed_entry_arrives_live_to_its_owner_only() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let (other, _) = approved_resident(&app, "voisin@example.fr", "90052").await;
    let query = "subscription { myNotifications { kind title reportId } }";
    let mut mine = Live::subscribe(&app.ws_url(), resident.token(), query, json!({})).await;
    let mut theirs = Live::subscribe(&app.ws_url(), other.token(), query, json!({})).await;
    let filed = resident.query(FILE, filing("live-feed", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let ack = "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { id } }";
    app.staff().await.query(ack, json!({ "id": report })).await.data();
    let heard = mine.next_data(Duration::from_secs(5)).await.expect("a notification");
    assert_eq!(heard["myNotifications"]["kind"], "REPORT_UPDATE");
    assert_eq!(heard["myNotifications"]["reportId"], report);
    assert!(theirs.next_data(Duration::from_millis(500)).await.is_none());
    let refused = Live::error(&app.ws_url(), None, query, json!({})).await;
    assert_eq!(refused[0]["extensions"]["code"], "UNAUTHENTICATED");
}

#[tokio::test]
async fn a_broadcast_to_two_communes_reaches_exactly_their_approved_residents() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let mayor = app.coordinator().await;
    let mayor_id = mayor.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let communes = "mutation($id: ID!) { setCoordinatorCommunes(userId: $id, communeCodes: [\"90052\", \"90089\"]) { id } }";
    admin.query(communes, json!({ "id": mayor_id })).await.data();
    let mayor = app.coordinator().await;

    let demo_resident = app.resident().await;
    let (giromagny, _) = approved_resident(&app, "giromagny@example.fr", "90052").await;
    let (rougemont, _) = approved_resident(&app, "rougemont@example.fr", "90089").await;
    let pending = app.register("en-attente@example.fr", "90052").await.client;
    let (delle, _) = approved_resident(&app, "delle@example.fr", "90033").await;
    let (opted_out, _) = approved_resident(&app, "pas-de-messages@example.fr", "90089").await;
    let opt_out = "mutation { updateNotificationPreferences(input: { channels: [{ kind: BROADCAST, feed: false, push: false }] }) { channels { kind } } }";
    opted_out.query(opt_out, json!({})).await.data();

    let expires = (chrono::Utc::now() + chrono::Duration::days(7)).to_rfc3339();
    let input = json!({ "input": { "communeCodes": ["90052", "90089"], "title": "Vols dans les véhicules",
        "body": "Ne laissez rien de visible dans vos voitures.", "expiresAt": expires } });
    let sent = mayor.query(BROADCAST, input.clone()).await;
    let broadcast = sent.data()["broadcastToResidents"].clone();
    assert_eq!(broadcast["recipients"], 3, "{broadcast}");
    assert_eq!(broadcast["sender"], "Mairie");

    for (client, hears) in [
        (&demo_resident, true),
        (&giromagny, true),
        (&rougemont, true),
        (&pending, false),
        (&delle, false),
        (&opted_out, false),
    ] {
        let got = feed(client)
            .await
            .iter()
            .any(|node| node["kind"] == "BROADCAST" && node["subjectId"] == broadcast["id"]);
        assert_eq!(got, hears, "{:?}", client.token());
    }
    let listed = rougemont
        .query(
            "{ broadcasts(communeCode: \"90089\") { totalCount edges { node { title communeCodes } } } }",
            json!({}),
        )
        .await;
    assert_eq!(listed.data()["broadcasts"]["totalCount"], 1);
    let foreign = delle.query("{ broadcasts(communeCode: \"90089\") { totalCount } }", json!({})).await;
    assert_eq!(foreign.error_code(), "FORBIDDEN");

    // Staff only for communes their brigade covers; the sender of record is the brigade.
    let staff = app.staff().await;
    let outside = staff.query(BROADCAST, json!({ "input": { "communeCodes": ["90033"], "title": "t", "body": "b", "expiresAt": expires } })).await;
    assert_eq!(outside.error_code(), "FORBIDDEN");
    let expired = staff.query(BROADCAST, json!({ "input": { "communeCodes": ["90052"], "title": "t", "body": "b", "expiresAt": "2020-01-01T00:00:00Z" } })).await;
    assert_eq!((expired.error_code(), expired.error_field()), ("BAD_USER_INPUT", Some("expiresAt")));
    let audit = admin
        .query("{ auditEvents(first: 5, filter: { kind: \"broadcast.sent\" }) { totalCount } }", json!({}))
        .await;
    assert_eq!(audit.data()["auditEvents"]["totalCount"], 1);
}

#[tokio::test]
async fn broadcasts_are_rate_limited_per_author() {
    let app = TestApp::spawn_with(|config| config.broadcasts_per_day = 2).await;
    let staff = app.staff().await;
    let expires = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let input = json!({ "input": { "communeCodes": ["90052"], "title": "Démarchage", "body": "Méfiez-vous des faux agents.", "expiresAt": expires } });
    staff.query(BROADCAST, input.clone()).await.data();
    staff.query(BROADCAST, input.clone()).await.data();
    let third = staff.query(BROADCAST, input).await;
    assert_eq!(third.error_code(), "RATE_LIMITED");
}

#[tokio::test]
async fn an_intervention_alert_has_a_history_a_linked_report_and_an_end() {
    let gateway = RecordingGateway::start(0).await;
    let url = gateway.url.clone();
    let app = TestApp::spawn_with(move |config| {
        config.sms_gateway_url = Some(url);
        config.outbox_dispatch_interval_ms = 50;
    })
    .await;
    let staff = app.staff().await;
    let mayor = app.coordinator().await;
    let resident = app.resident().await;
    let filed = resident.query(FILE, filing("alert-link", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let send = "mutation($r: ID) { sendInterventionAlert(communeCode: \"90052\", message: \"Intervention en cours, évitez le centre.\", reportId: $r) { id reportId } }";
    let sent = staff.query(send, json!({ "r": report })).await;
    let alert = sent.data()["sendInterventionAlert"].clone();
    assert_eq!(alert["reportId"], report);
    // A report of another commune cannot be linked.
    let elsewhere = resident.query(FILE, filing("alert-elsewhere", "OTHER", inside("90033"))).await;
    let elsewhere = elsewhere.data()["fileReport"]["id"].clone();
    let refused = staff.query(send, json!({ "r": elsewhere })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("reportId")));

    let close = "mutation($id: ID!) { closeInterventionAlert(id: $id, message: \"Intervention terminée, circulation rétablie.\") { closedAt closingMessage } }";
    let closed = staff.query(close, json!({ "id": alert["id"] })).await;
    assert!(closed.data()["closeInterventionAlert"]["closedAt"].is_string());
    let again = staff.query(close, json!({ "id": alert["id"] })).await;
    assert_eq!(again.error_code(), "CONFLICT");
    let by_mayor = mayor.query(close, json!({ "id": alert["id"] })).await;
    assert_eq!(by_mayor.error_code(), "FORBIDDEN");

    let texts: Vec<String> = gateway
        .wait_for(2, 10)
        .await
        .iter()
        .map(|sms| sms.body["text"].as_str().expect("text").to_owned())
        .collect();
    assert_eq!(texts.len(), 2);
    assert!(
        texts[1].contains("intervention terminée") && texts[1].contains("circulation rétablie"),
        "{texts:?}"
    );
    assert!(texts.iter().all(|text| !text.contains(report.as_str().expect("id"))), "no report in an SMS");

    let history = "{ interventionAlerts(communeCode: \"90052\") { totalCount edges { node { message closingMessage reportId } } } }";
    let for_mayor = mayor.query(history, json!({})).await;
    let node = &for_mayor.data()["interventionAlerts"]["edges"][0]["node"];
    assert_eq!(node["closingMessage"], "Intervention terminée, circulation rétablie.");
    assert!(node["reportId"].is_null(), "the report stays with the brigade");
    let for_staff = staff.query(history, json!({})).await;
    assert_eq!(for_staff.data()["interventionAlerts"]["edges"][0]["node"]["reportId"], report);
    let alerts_heard = feed(&mayor).await;
    let titles: Vec<&str> = alerts_heard
        .iter()
        .filter(|node| node["kind"] == "INTERVENTION_ALERT")
        .map(|node| node["title"].as_str().unwrap_or(""))
        .collect();
    assert_eq!(titles, ["Intervention terminée à Giromagny", "Intervention à Giromagny"]);
}
