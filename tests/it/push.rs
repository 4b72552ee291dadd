//! Push to phones through FCM's HTTP v1 API, against a local server playing FCM (OAuth
//! token endpoint and `messages:send`), and the notification feed that goes with it.

use std::time::Duration;

use entity::{device, enums::DeliveryStatus, outbox};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use vigie_tests::{Client, TestApp, fcm::FakeFcm};

use crate::reports::{FILE, filing, inside};

const REGISTER: &str =
    "mutation($p: DevicePlatform!, $t: String!) { registerDevice(platform: $p, token: $t) { id platform } }";
const ACKNOWLEDGE: &str = "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED, publicNote: \"Une patrouille passe ce soir.\") { id } }";
const FEED: &str = "{ unreadNotificationCount notifications(first: 10) { totalCount edges { node { id kind title body reportId read } } } }";

pub async fn app_with_push(fcm: &FakeFcm) -> TestApp {
    let (file, endpoint) = (fcm.credentials().to_owned(), fcm.endpoint.clone());
    TestApp::spawn_with(move |config| {
        config.fcm_credentials_file = Some(file);
        config.fcm_endpoint = endpoint;
        // Retries at once: the SMS tests time the backoff.
        config.outbox_retry_base_secs = 0;
        config.outbox_dispatch_interval_ms = 50;
    })
    .await
}

/// The demo resident files a report; returns its id.
async fn filed(resident: &Client, tag: &str) -> String {
    let filed = resident.query(FILE, filing(tag, "OTHER", inside("90052"))).await;
    filed.data()["fileReport"]["id"].as_str().expect("id").to_owned()
}

async fn register(client: &Client, platform: &str, token: &str) {
    client.query(REGISTER, json!({ "p": platform, "t": token })).await.data();
}

fn tokens(sent: &[vigie_tests::fcm::Sent]) -> Vec<String> {
    let mut tokens: Vec<String> =
        sent.iter().map(|sent| sent.message["token"].as_str().expect("token").to_owned()).collect();
    tokens.sort();
    tokens
}

#[tokio::test]
async fn a_status_change_reaches_the_reporters_two_devices_and_their_feed() {
    let fcm = FakeFcm::start(3600).await;
    let app = app_with_push(&fcm).await;
    let resident = app.resident().await;
    register(&resident, "ANDROID", "android-token-1").await;
    register(&resident, "IOS", "ios-token-1").await;
    let report = filed(&resident, "push-1").await;
    app.staff().await.query(ACKNOWLEDGE, json!({ "id": report })).await.data();

    let sent = fcm.wait_for(2, 10).await;
    assert_eq!(tokens(&sent), ["android-token-1", "ios-token-1"]);
    for push in &sent {
        assert_eq!(push.project, vigie_tests::fcm::PROJECT);
        assert_eq!(push.authorization.as_deref(), Some("Bearer ya29.test-1"));
        assert_eq!(push.message["notification"]["title"], "Votre signalement a été pris en charge");
        assert_eq!(push.message["data"]["reportId"], report.as_str());
        assert_eq!(push.message["data"]["kind"], "REPORT_UPDATE");
        // No personal data: neither the description, nor the note, nor a place.
        let text = push.message.to_string();
        for private in ["camionnette", "patrouille", "Giromagny", "latitude"] {
            assert!(!text.contains(private), "{private} in {text}");
        }
    }

    let feed = resident.query(FEED, json!({})).await;
    let data = feed.data();
    assert_eq!(data["unreadNotificationCount"], 1);
    let node = &data["notifications"]["edges"][0]["node"];
    assert_eq!(node["kind"], "REPORT_UPDATE");
    assert_eq!(node["reportId"], report.as_str());
    assert_eq!(node["read"], false);
    let marked = resident.query("mutation { markNotificationsRead(all: true) }", json!({})).await;
    assert_eq!(marked.data()["markNotificationsRead"], 1);
    assert_eq!(resident.query(FEED, json!({})).await.data()["unreadNotificationCount"], 0);
    // Filing told the brigade's staff (feed only: pushes of the queue are off by default).
    let staff_feed = app.staff().await.query(FEED, json!({})).await;
    assert_eq!(staff_feed.data()["notifications"]["edges"][0]["node"]["kind"], "QUEUE_REPORT");
    assert_eq!(fcm.sent().len(), 2, "nothing pushed to staff");
}

#[tokio::test]
async fn a_device_answered_unregistered_is_forgotten() {
    let fcm = FakeFcm::start(3600).await;
    let app = app_with_push(&fcm).await;
    let resident = app.resident().await;
    register(&resident, "ANDROID", "still-here").await;
    register(&resident, "ANDROID", "uninstalled").await;
    fcm.unregister("uninstalled");
    let report = filed(&resident, "push-gone").await;
    app.staff().await.query(ACKNOWLEDGE, json!({ "id": report })).await.data();
    fcm.wait_for(2, 10).await;
    let db = &app.state.db;
    for _ in 0..100 {
        let left = device::Entity::find()
            .filter(device::Column::Token.eq("uninstalled"))
            .one(db)
            .await
            .expect("query");
        if left.is_none() {
            break;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert!(
        device::Entity::find()
            .filter(device::Column::Token.eq("uninstalled"))
            .one(db)
            .await
            .expect("q")
            .is_none()
    );
    assert!(
        device::Entity::find()
            .filter(device::Column::Token.eq("still-here"))
            .one(db)
            .await
            .expect("q")
            .is_some()
    );
    let failed =
        outbox::Entity::find().filter(outbox::Column::Recipient.eq("uninstalled")).one(db).await.expect("q");
    assert_eq!(failed.expect("row").status, DeliveryStatus::Failed);
}

#[tokio::test]
async fn three_failures_then_success_deliver_exactly_once_with_one_oauth_token() {
    let fcm = FakeFcm::start(3600).await;
    let app = app_with_push(&fcm).await;
    let resident = app.resident().await;
    register(&resident, "IOS", "flaky-network").await;
    fcm.refuse_next(3);
    let report = filed(&resident, "push-retry").await;
    app.staff().await.query(ACKNOWLEDGE, json!({ "id": report })).await.data();
    let sent = fcm.wait_for(4, 15).await;
    assert_eq!(sent.len(), 4, "three refusals, then the delivery");
    let ids: std::collections::HashSet<&Value> =
        sent.iter().map(|push| &push.message["data"]["notificationId"]).collect();
    assert_eq!(ids.len(), 1, "the same message every time");
    // Delivered: never sent again.
    tokio::time::sleep(Duration::from_millis(600)).await;
    assert_eq!(fcm.sent().len(), 4);
    let row = outbox::Entity::find()
        .filter(outbox::Column::Recipient.eq("flaky-network"))
        .one(&app.state.db)
        .await
        .expect("query")
        .expect("row");
    assert_eq!((row.status, row.attempts), (DeliveryStatus::Sent, 4));
    // One bearer for the four sends: fetched once, reused.
    assert_eq!(fcm.tokens_issued(), 1);
}

#[tokio::test]
async fn the_oauth_token_is_reused_until_near_expiry_then_renewed() {
    // A bearer valid 200 s is within the five minutes before expiry: renewed at each send.
    let fcm = FakeFcm::start(200).await;
    let app = app_with_push(&fcm).await;
    let resident = app.resident().await;
    register(&resident, "ANDROID", "short-lived").await;
    let staff = app.staff().await;
    for tag in ["renew-1", "renew-2"] {
        let report = filed(&resident, tag).await;
        let count = fcm.sent().len();
        staff.query(ACKNOWLEDGE, json!({ "id": report })).await.data();
        fcm.wait_for(count + 1, 10).await;
    }
    assert_eq!(fcm.sent().len(), 2);
    assert_eq!(fcm.tokens_issued(), 2);
    let bearers: Vec<_> = fcm.sent().iter().map(|push| push.authorization.clone()).collect();
    assert_ne!(bearers[0], bearers[1]);
}

#[tokio::test]
async fn quiet_hours_hold_a_push_back_but_the_feed_shows_it_at_once() {
    let fcm = FakeFcm::start(3600).await;
    let app = app_with_push(&fcm).await;
    let resident = app.resident().await;
    register(&resident, "ANDROID", "asleep").await;
    // Quiet from an hour ago to an hour from now, Paris time.
    let now = chrono::Utc::now();
    let paris = now.with_timezone(&vigie::zone::of_commune("90052"));
    let at = |hours: i64| (paris + chrono::Duration::hours(hours)).format("%H:%M").to_string();
    let quiet = "mutation($s: String!, $e: String!) { updateNotificationPreferences(input: { quietHours: { start: $s, end: $e } }) { quietHours { start end } } }";
    let set = resident.query(quiet, json!({ "s": at(-1), "e": at(1) })).await;
    assert_eq!(set.data()["updateNotificationPreferences"]["quietHours"]["start"], at(-1));
    let report = filed(&resident, "push-quiet").await;
    app.staff().await.query(ACKNOWLEDGE, json!({ "id": report })).await.data();
    tokio::time::sleep(Duration::from_millis(800)).await;
    assert!(fcm.sent().is_empty(), "held until the quiet hours end");
    let row = outbox::Entity::find().filter(outbox::Column::Recipient.eq("asleep")).one(&app.state.db).await;
    let row = row.expect("query").expect("queued");
    assert!(row.next_attempt_at > now + chrono::Duration::minutes(30));
    assert_eq!(resident.query(FEED, json!({})).await.data()["unreadNotificationCount"], 1);
}

#[tokio::test]
async fn a_reporter_cannot_switch_off_the_feed_of_their_reports_but_can_silence_pushes() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let update = "mutation($c: [NotificationChannelsInput!]) { updateNotificationPreferences(input: { channels: $c }) { channels { kind feed push } } }";
    let refused = resident
        .query(update, json!({ "c": [{ "kind": "REPORT_UPDATE", "feed": false, "push": false }] }))
        .await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("channels")));
    let silenced = resident
        .query(update, json!({ "c": [{ "kind": "REPORT_UPDATE", "feed": true, "push": false }] }))
        .await;
    let channels =
        silenced.data()["updateNotificationPreferences"]["channels"].as_array().expect("channels").clone();
    assert!(channels.contains(&json!({ "kind": "REPORT_UPDATE", "feed": true, "push": false })));
    // A kind the role never hears is refused.
    let foreign = resident
        .query(update, json!({ "c": [{ "kind": "QUEUE_REPORT", "feed": false, "push": false }] }))
        .await;
    assert_eq!(foreign.error_code(), "BAD_USER_INPUT");
    let bad_hours = resident
        .query("mutation { updateNotificationPreferences(input: { quietHours: { start: \"25:00\", end: \"07:00\" } }) { channels { kind } } }", json!({}))
        .await;
    assert_eq!(bad_hours.error_field(), Some("quietHours.start"));
}

#[tokio::test]
async fn a_device_token_is_not_taken_over_by_another_account() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    register(&resident, "ANDROID", "shared-phone").await;
    let taken = staff.query(REGISTER, json!({ "p": "ANDROID", "t": "shared-phone" })).await;
    assert_eq!(taken.error_code(), "CONFLICT", "the resident's phone is not moved silently");
    let rows =
        device::Entity::find().filter(device::Column::Token.eq("shared-phone")).all(&app.state.db).await;
    assert_eq!(rows.expect("query").len(), 1);
    let bad = resident.query(REGISTER, json!({ "p": "IOS", "t": "x".repeat(2000) })).await;
    assert_eq!((bad.error_code(), bad.error_field()), ("BAD_USER_INPUT", Some("token")));
    let gone = resident.query("mutation { unregisterDevice(token: \"shared-phone\") }", json!({})).await;
    assert_eq!(gone.data()["unregisterDevice"], true);
    register(&staff, "ANDROID", "shared-phone").await;
    let mine = staff.query("mutation { unregisterDevice(token: \"shared-phone\") }", json!({})).await;
    assert_eq!(mine.data()["unregisterDevice"], true);
}

#[tokio::test]
async fn a_disabled_account_keeps_no_device() {
    let app = TestApp::spawn().await;
    let (resident, id) = crate::reports::approved_resident(&app, "telephone-perdu@example.fr", "90052").await;
    register(&resident, "ANDROID", "lost-phone").await;
    let disable = "mutation($id: ID!) { disableAccount(userId: $id, reason: \"Téléphone perdu\") { id } }";
    app.admin().await.query(disable, json!({ "id": id })).await.data();
    let left = device::Entity::find().filter(device::Column::Token.eq("lost-phone")).one(&app.state.db).await;
    assert!(left.expect("query").is_none());
}
