//! No missed live events: a subscriber that disconnects, misses events and resubscribes
//! with `after` gets exactly those, then live ones — on whichever node it reconnects to.

use std::time::Duration;

use serde_json::{Value, json};
use vigie_tests::{TestApp, live::Live};

use crate::reports::{FILE, filing, inside};

const MY_EVENTS: &str = "subscription($after: ID) { myReportEvents(after: $after) { id reportId kind status publicNote internalNote } }";
const QUEUE_EVENTS: &str = "subscription($b: ID!, $after: ID) { brigadeQueueEvents(brigadeId: $b, after: $after) { id reportId kind } }";
const TRANSITION: &str =
    "mutation($id: ID!, $to: ReportStatus!) { transitionReport(reportId: $id, to: $to) { id } }";
const NOTE: &str = "mutation($id: ID!, $public: String, $internal: String) { addReportNote(reportId: $id, publicNote: $public, internalNote: $internal) { id } }";
const WAIT: Duration = Duration::from_secs(5);

#[tokio::test]
async fn a_reporter_who_missed_three_events_gets_exactly_those_then_live_ones_on_another_node() {
    let app = TestApp::spawn().await;
    let other = app.second_node().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let token = resident.token().expect("token").to_owned();
    let filed = resident.query(FILE, filing("replay-1", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].as_str().expect("id").to_owned();

    let mut live = Live::subscribe(&app.ws_url(), Some(&token), MY_EVENTS, json!({})).await;
    staff.query(TRANSITION, json!({ "id": report, "to": "ACKNOWLEDGED" })).await.data();
    let seen = live.next_data(WAIT).await.expect("event 1")["myReportEvents"].clone();
    assert_eq!(seen["status"], "ACKNOWLEDGED");
    drop(live);

    // Missed while away: three public events and an internal note the reporter never sees.
    staff.query(NOTE, json!({ "id": report, "public": "Nous passons ce soir." })).await.data();
    staff.query(NOTE, json!({ "id": report, "internal": "Plaque relevée : AB-123-CD" })).await.data();
    staff.query(TRANSITION, json!({ "id": report, "to": "IN_PROGRESS" })).await.data();
    staff.query(NOTE, json!({ "id": report, "public": "Patrouille sur place." })).await.data();

    let mut back =
        Live::subscribe(&other.ws_url(), Some(&token), MY_EVENTS, json!({ "after": seen["id"] })).await;
    let replayed: Vec<Value> = [
        back.next_data(WAIT).await.expect("event 2"),
        back.next_data(WAIT).await.expect("event 3"),
        back.next_data(WAIT).await.expect("event 4"),
    ]
    .into_iter()
    .map(|data| data["myReportEvents"].clone())
    .collect();
    let kinds: Vec<(&str, &str)> = replayed
        .iter()
        .map(|event| (event["kind"].as_str().unwrap_or(""), event["publicNote"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(
        kinds,
        [("NOTE", "Nous passons ce soir."), ("STATUS_CHANGED", ""), ("NOTE", "Patrouille sur place.")]
    );
    assert!(replayed.iter().all(|event| event["internalNote"].is_null()));

    // Then live, through the first node, and no duplicate of the replay.
    staff.query(TRANSITION, json!({ "id": report, "to": "RESOLVED" })).await.data();
    let live_event = back.next_data(WAIT).await.expect("event 5")["myReportEvents"].clone();
    assert_eq!(live_event["status"], "RESOLVED");
    assert!(back.next_data(Duration::from_millis(500)).await.is_none(), "nothing twice");
}

#[tokio::test]
async fn a_brigade_resubscribing_replays_new_reports_and_the_one_rerouted_away() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let brigade =
        staff.query("{ me { brigade { id } } }", json!({})).await.data()["me"]["brigade"]["id"].clone();
    let delle = app.staff_of("BTA-DELLE", "delle@gendarmerie.test").await;
    let delle_brigade =
        delle.query("{ me { brigade { id } } }", json!({})).await.data()["me"]["brigade"]["id"].clone();
    let token = staff.token().expect("token").to_owned();

    let mut live = Live::subscribe(&app.ws_url(), Some(&token), QUEUE_EVENTS, json!({ "b": brigade })).await;
    let first = resident.query(FILE, filing("queue-1", "OTHER", inside("90052"))).await;
    let first = first.data()["fileReport"]["id"].clone();
    let seen = live.next_data(WAIT).await.expect("event 6")["brigadeQueueEvents"].clone();
    assert_eq!(seen["kind"], "FILED");
    drop(live);

    // Another category: the two reports stay apart (no incident for the reroute to dissolve).
    let second = resident.query(FILE, filing("queue-2", "VANDALISM", inside("90052"))).await;
    let second = second.data()["fileReport"]["id"].clone();
    let reroute = "mutation($id: ID!, $b: ID!) { rerouteReport(reportId: $id, brigadeId: $b, reason: \"Compétence de Delle\") { id } }";
    staff.query(reroute, json!({ "id": first, "b": delle_brigade })).await.data();

    let mut back = Live::subscribe(
        &app.ws_url(),
        Some(&token),
        QUEUE_EVENTS,
        json!({ "b": brigade, "after": seen["id"] }),
    )
    .await;
    let one = back.next_data(WAIT).await.expect("event 7")["brigadeQueueEvents"].clone();
    let two = back.next_data(WAIT).await.expect("event 8")["brigadeQueueEvents"].clone();
    assert_eq!((one["reportId"].clone(), one["kind"].as_str()), (second, Some("FILED")));
    assert_eq!((two["reportId"].clone(), two["kind"].as_str()), (first, Some("REROUTED")));
    assert!(back.next_data(Duration::from_millis(300)).await.is_none());
}

#[tokio::test]
async fn a_replay_cursor_must_be_an_event_id() {
    let app = TestApp::spawn().await;
    let token = app.resident().await.token().expect("token").to_owned();
    let error = Live::error(&app.ws_url(), Some(&token), MY_EVENTS, json!({ "after": "pas-un-id" })).await;
    assert_eq!(error[0]["extensions"]["code"], "BAD_USER_INPUT", "{error}");
    assert_eq!(error[0]["extensions"]["field"], "after", "{error}");
}

#[tokio::test]
async fn a_notice_goes_out_with_its_commit_and_never_without_it() {
    use vigie::bus::Notice;
    let app = TestApp::spawn().await;
    let mut receiver = app.state.bus.subscribe();
    let rolled_back = Notice::Notification {
        id: vigie::ids::NotificationId::generate(),
        user: vigie::ids::UserId::generate(),
    };
    let committed = Notice::Notification {
        id: vigie::ids::NotificationId::generate(),
        user: vigie::ids::UserId::generate(),
    };
    let txn = vigie::db::write(&app.state.db).await.expect("begin");
    txn.announce(&[rolled_back]).await.expect("announce");
    drop(txn);
    let txn = vigie::db::write(&app.state.db).await.expect("begin");
    txn.announce(&[committed]).await.expect("announce");
    txn.commit().await.expect("commit");
    // Other tests share the process's embedded channel: look for ours only.
    let heard = tokio::time::timeout(Duration::from_secs(5), async {
        let mut ours = Vec::new();
        loop {
            let notice = match receiver.recv().await {
                Ok(notice) => notice,
                Err(tokio::sync::broadcast::error::RecvError::Lagged(_)) => continue,
                Err(tokio::sync::broadcast::error::RecvError::Closed) => break,
            };
            if notice == rolled_back || notice == committed {
                ours.push(notice);
                if notice == committed {
                    break;
                }
            }
        }
        ours
    })
    .await
    .expect("the committed notice arrives");
    assert_eq!(heard, [committed], "the rolled-back transaction announced nothing");
}
