//! Replays of the attack review's throttling findings: nobody can lock an owner out of
//! their account, forged `X-Forwarded-For` hops buy nothing, registrations, filings,
//! photo tickets and alerts are rate-limited per address, commune or user (each refusal
//! saying when to retry), free text refuses invisible and control characters, and
//! concurrent refreshes of one token on SQLite give one new pair.

use entity::audit_event;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::json;
use vigie::config::Config;
use vigie_tests::{Client, Gql, TestApp};

use crate::reports::{FILE, filing, inside};

const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
const REGISTER: &str = "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }";
const MAYOR: &str = "maire.giromagny@vigie.test";

/// The node sits behind a proxy on loopback whose `X-Forwarded-For` it believes.
fn behind_proxy(config: &mut Config) {
    config.trusted_proxies = vec!["127.0.0.1/32".parse().expect("network")];
}

fn retry_after(response: &Gql) -> u64 {
    assert_eq!(response.error_code(), "RATE_LIMITED", "{}", response.body);
    response.body["errors"][0]["extensions"]["retryAfterSeconds"].as_u64().expect("retryAfterSeconds")
}

async fn login(client: &Client, password: &str) -> Gql {
    client.query(LOGIN, json!({ "e": MAYOR, "p": password })).await
}

#[tokio::test]
async fn finding_07_wrong_passwords_from_one_address_never_lock_the_owner_out() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let attacker = app.anonymous().forwarded_for("203.0.113.9");
    for _ in 0..5 {
        assert_eq!(login(&attacker, "devine-moi-bien").await.error_code(), "UNAUTHENTICATED");
    }
    let throttled = login(&attacker, "devine-moi-bien").await;
    assert!((1..=60).contains(&retry_after(&throttled)));
    let owner = app.anonymous().forwarded_for("198.51.100.4");
    login(&owner, "commune-demo-90").await.data();
}

#[tokio::test]
async fn finding_08_forged_forwarded_hops_are_ignored_and_never_audited() {
    let app = TestApp::spawn_with(behind_proxy).await;
    let mut refused = 0;
    for n in 0..20 {
        // The client writes a new left-hand hop each time; the proxy appends the real one.
        let client = app.anonymous().forwarded_for(&format!("10.1.2.{n}, 203.0.113.9"));
        if login(&client, "devine-moi-bien").await.error_code() == "RATE_LIMITED" {
            refused += 1;
        }
    }
    assert_eq!(refused, 15, "the real address is throttled after its five attempts");
    let addresses: Vec<Option<String>> = audit_event::Entity::find()
        .filter(audit_event::Column::Action.is_in(["login.failure", "login.throttled"]))
        .all(&app.state.db)
        .await
        .expect("audit")
        .into_iter()
        .map(|entry| entry.client_ip)
        .collect();
    assert_eq!(addresses.len(), 20);
    assert!(addresses.iter().all(|address| address.as_deref() == Some("203.0.113.9")), "{addresses:?}");
}

fn registration(n: usize, display_name: &str) -> serde_json::Value {
    json!({ "input": {
        "email": format!("habitant{n}@exemple.fr"),
        "password": "une phrase de passe solide",
        "displayName": display_name,
        "communeCode": "90052",
    } })
}

#[tokio::test]
async fn finding_09_registrations_are_limited_per_address_and_per_commune() {
    let app = TestApp::spawn_with(|config| {
        behind_proxy(config);
        config.register_per_hour = 3;
        config.register_per_hour_per_commune = 5;
    })
    .await;
    let one_address = app.anonymous().forwarded_for("203.0.113.9");
    for n in 0..3 {
        one_address.query(REGISTER, registration(n, "Habitant")).await.data();
    }
    let refused = one_address.query(REGISTER, registration(3, "Habitant")).await;
    assert!(retry_after(&refused) > 0);
    // Rotating addresses: the commune's own limit holds the queue.
    for n in 4..6 {
        let client = app.anonymous().forwarded_for(&format!("198.51.100.{n}"));
        client.query(REGISTER, registration(n, "Habitant")).await.data();
    }
    let flooded =
        app.anonymous().forwarded_for("198.51.100.99").query(REGISTER, registration(6, "Habitant")).await;
    retry_after(&flooded);
}

#[tokio::test]
async fn finding_09_names_and_descriptions_refuse_control_and_bidi_characters() {
    let app = TestApp::spawn().await;
    for (n, name) in
        ["Jeanne\u{202E}nitraM", "Nul\u{0}", "Esc\u{1b}[31m", "Zéro\u{200B}largeur"].iter().enumerate()
    {
        let refused = app.anonymous().query(REGISTER, registration(n, name)).await;
        assert_eq!(
            (refused.error_code(), refused.error_field()),
            ("BAD_USER_INPUT", Some("displayName")),
            "{name:?}"
        );
    }
    let resident = app.resident().await;
    let mut input = filing("bidi", "OTHER", inside("90052"));
    input["input"]["description"] = json!("Voiture \u{202E}elbaçnon");
    let refused = resident.query(FILE, input).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("description")));
}

#[tokio::test]
async fn finding_14_filings_photo_tickets_and_alerts_are_limited_per_user() {
    let app = TestApp::spawn_with(|config| {
        config.reports_per_hour = 3;
        config.photo_uploads_per_hour = 2;
        config.alerts_per_hour = 2;
    })
    .await;
    let resident = app.resident().await;
    for n in 0..3 {
        resident.query(FILE, filing(&format!("flood-{n}"), "OTHER", inside("90052"))).await.data();
    }
    let refused = resident.query(FILE, filing("flood-3", "OTHER", inside("90052"))).await;
    assert!(retry_after(&refused) > 60, "a slot frees up in about twenty minutes");
    // An offline retry of a filed report is a replay, not a new report: never refused.
    resident.query(FILE, filing("flood-0", "OTHER", inside("90052"))).await.data();
    // Another resident is not affected.
    let (neighbour, _) = crate::reports::approved_resident(&app, "voisine@exemple.fr", "90052").await;
    neighbour.query(FILE, filing("mine", "OTHER", inside("90052"))).await.data();

    let ticket = "mutation { requestPhotoUpload(contentType: \"image/jpeg\", byteSize: 1000) { photoId } }";
    resident.query(ticket, json!({})).await.data();
    resident.query(ticket, json!({})).await.data();
    retry_after(&resident.query(ticket, json!({})).await);

    let staff = app.staff().await;
    let alert = "mutation { sendInterventionAlert(communeCode: \"90052\", message: \"Intervention en cours rue de la Gare.\") { id } }";
    staff.query(alert, json!({})).await.data();
    staff.query(alert, json!({})).await.data();
    retry_after(&staff.query(alert, json!({})).await);
}

#[tokio::test]
async fn finding_15_concurrent_refreshes_of_one_token_give_one_new_pair() {
    let app = TestApp::spawn().await;
    let resident = app.register("quatre.onglets@exemple.fr", "90052").await;
    let refresh = "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }";
    let calls = (0..4).map(|_| {
        let client = app.anonymous();
        let token = resident.refresh_token.clone();
        async move { client.query(refresh, json!({ "t": token })).await }
    });
    let answers = futures_util::future::join_all(calls).await;
    let successors: std::collections::HashSet<String> = answers
        .iter()
        .map(|answer| answer.data()["refreshSession"]["refreshToken"].as_str().expect("token").to_owned())
        .collect();
    assert_eq!(successors.len(), 1, "one new refresh token for all four");
    let successor = successors.into_iter().next().expect("one");
    // The winner's new token was not revoked as a reuse.
    app.anonymous().query(refresh, json!({ "t": successor })).await.data();
}

/// Reopening a closed report is the one move that lets a report cycle and tell its reporter
/// again and again: it is counted per staff member (with messages), for one report as for a
/// whole incident, and a refused reopening changes nothing.
#[tokio::test]
async fn reopening_closed_reports_is_rate_limited_per_staff_member() {
    let app = TestApp::spawn_with(|config| config.messages_per_hour = 1).await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let filed = resident.query(FILE, filing("reopen-1", "VANDALISM", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let mv = "mutation($id: ID!, $to: ReportStatus!) { transitionReport(reportId: $id, to: $to, publicNote: \"Sans suite.\") { status } }";
    let to = |status: &str| json!({ "id": report, "to": status });
    staff.query(mv, to("REJECTED")).await.data();
    staff.query(mv, to("ACKNOWLEDGED")).await.data();
    staff.query(mv, to("REJECTED")).await.data();
    let again = staff.query(mv, to("ACKNOWLEDGED")).await;
    assert_eq!(again.error_code(), "RATE_LIMITED");
    let status =
        resident.query("query($id: ID!) { report(id: $id) { status } }", json!({ "id": report })).await;
    assert_eq!(status.data()["report"]["status"], "REJECTED", "the refused reopening changed nothing");
    // Moving forward is never counted.
    let other = resident.query(FILE, filing("reopen-2", "MOTORBIKE_RODEO", inside("90052"))).await;
    let other = other.data()["fileReport"]["id"].clone();
    for status in ["ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED"] {
        staff.query(mv, json!({ "id": other, "to": status })).await.data();
    }

    // A whole incident, reopened by another colleague: once, then refused.
    let colleague = app.staff_of("COB-GIROMAGNY", "collegue.reouverture@gendarmerie.test").await;
    let mut incident = serde_json::Value::Null;
    for n in 0..2 {
        let filed = resident.query(FILE, filing(&format!("reopen-i{n}"), "BURGLARY", inside("90052"))).await;
        let id = filed.data()["fileReport"]["id"].clone();
        let seen = colleague
            .query("query($id: ID!) { report(id: $id) { incident { id } } }", json!({ "id": id }))
            .await;
        incident = seen.data()["report"]["incident"]["id"].clone();
    }
    assert!(incident.is_string(), "the two burglaries form an incident");
    let whole = "mutation($i: ID!, $to: ReportStatus!) { transitionIncident(incidentId: $i, to: $to, publicNote: \"Sans suite.\") { status } }";
    colleague.query(whole, json!({ "i": incident, "to": "REJECTED" })).await.data();
    colleague.query(whole, json!({ "i": incident, "to": "ACKNOWLEDGED" })).await.data();
    colleague.query(whole, json!({ "i": incident, "to": "REJECTED" })).await.data();
    let refused = colleague.query(whole, json!({ "i": incident, "to": "ACKNOWLEDGED" })).await;
    assert_eq!(refused.error_code(), "RATE_LIMITED");
}
