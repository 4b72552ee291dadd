//! Replays of the attack review's websocket findings: a socket is authorised per
//! operation and closed when its token expires or its account is suspended; sockets that
//! never initialise, malformed inits, oversized messages and floods of subscriptions are
//! refused.

use std::time::Duration;

use serde_json::json;
use vigie_tests::{TestApp, live::Socket};

use crate::reports::{FILE, filing, inside};

const MY_EVENTS: &str = "subscription { myReportEvents { reportId kind } }";

/// The demo mayor suspends the demo resident.
async fn suspend_resident(app: &TestApp) {
    let resident = app.resident().await;
    let id = resident.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    app.coordinator()
        .await
        .query(
            "mutation($id: ID!) { suspendResident(userId: $id, reason: \"Signalements abusifs\") { id } }",
            json!({ "id": id }),
        )
        .await
        .data();
}

#[tokio::test]
async fn finding_01_a_suspended_resident_loses_an_open_socket_at_once() {
    // Recheck far away: the close must come from the suspension itself.
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 3600).await;
    let resident = app.resident().await;
    let mut socket = Socket::signed_in(&app.ws_url(), resident.token().expect("token")).await;
    let filed = socket.run("1", FILE, filing("before", "OTHER", inside("90052"))).await;
    assert!(filed["data"]["fileReport"]["id"].is_string(), "filing works before: {filed}");

    suspend_resident(&app).await;

    // Closed as the suspension commits (issue "Trust, round 2"), before anything else.
    assert_eq!(socket.close_code(Duration::from_secs(5)).await, Some(4403));
}

#[tokio::test]
async fn finding_01_a_suspension_closes_an_idle_subscription_socket() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 1).await;
    let resident = app.resident().await;
    let mut socket = Socket::signed_in(&app.ws_url(), resident.token().expect("token")).await;
    socket.subscribe("1", MY_EVENTS, json!({})).await;
    suspend_resident(&app).await;
    assert_eq!(socket.close_code(Duration::from_secs(5)).await, Some(4403));
}

#[tokio::test]
async fn finding_01_a_socket_closes_when_its_token_expires() {
    let app = TestApp::spawn_with(|config| config.access_token_ttl_secs = 2).await;
    let resident = app.resident().await;
    let mut socket = Socket::signed_in(&app.ws_url(), resident.token().expect("token")).await;
    socket.subscribe("1", MY_EVENTS, json!({})).await;
    assert_eq!(socket.close_code(Duration::from_secs(6)).await, Some(4401));
}

#[tokio::test]
async fn finding_12_a_socket_without_connection_init_is_closed_with_4408() {
    let app = TestApp::spawn_with(|config| config.ws_init_timeout_secs = 1).await;
    let mut socket = Socket::connect(&app.ws_url()).await;
    assert_eq!(socket.close_code(Duration::from_secs(4)).await, Some(4408));
}

#[tokio::test]
async fn finding_12_a_non_string_authorization_is_refused_not_anonymous() {
    let app = TestApp::spawn().await;
    for payload in
        [json!({ "authorization": 12345 }), json!({ "authorization": ["Bearer x"] }), json!("Bearer x")]
    {
        let mut socket = Socket::connect(&app.ws_url()).await;
        socket.send(json!({ "type": "connection_init", "payload": payload })).await;
        assert_eq!(socket.close_code(Duration::from_secs(5)).await, Some(4403), "{payload}");
    }
}

#[tokio::test]
async fn finding_12_a_socket_runs_a_bounded_number_of_operations() {
    let app = TestApp::spawn_with(|config| config.ws_max_operations = 3).await;
    // A resident still PENDING, as in the attack.
    let pending = app.register("en.attente@exemple.fr", "90052").await;
    let mut socket = Socket::signed_in(&app.ws_url(), pending.client.token().expect("token")).await;
    for id in ["1", "2", "3"] {
        socket.subscribe(id, MY_EVENTS, json!({})).await;
    }
    // Operations take their place when the server starts them.
    tokio::time::sleep(Duration::from_millis(300)).await;
    let refused = socket.run("4", MY_EVENTS, json!({})).await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "RATE_LIMITED", "{refused}");
    // Ending one frees a place.
    socket.send(json!({ "id": "1", "type": "complete" })).await;
    loop {
        let message = socket.next(Duration::from_secs(5)).await;
        assert_ne!(message["type"], "timeout", "operation 1 ends");
        if message["type"] == "complete" && message["id"] == "1" {
            break;
        }
    }
    socket.subscribe("5", MY_EVENTS, json!({})).await;
    assert_eq!(socket.next(Duration::from_millis(500)).await["type"], "timeout", "the fifth runs quietly");
}

#[tokio::test]
async fn finding_05_a_websocket_message_larger_than_the_body_limit_is_refused() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let mut socket = Socket::signed_in(&app.ws_url(), resident.token().expect("token")).await;
    let ids: Vec<String> = (0..150_000).map(|_| uuid::Uuid::new_v4().to_string()).collect();
    let mut input = filing("huge", "OTHER", inside("90052"));
    input["input"]["photoIds"] = json!(ids);
    let message = json!({ "id": "1", "type": "subscribe", "payload": { "query": FILE, "variables": input } });
    socket.send_text(message.to_string()).await;
    let answer = socket.next(Duration::from_secs(5)).await;
    assert_eq!(answer["type"], "closed", "the server drops an oversized message: {answer}");
    assert_eq!(answer["code"], 1009, "{answer}");
}

#[tokio::test]
async fn an_open_socket_is_kept_alive_with_pings() {
    let app = TestApp::spawn_with(|config| config.ws_ping_secs = 1).await;
    let mut socket = Socket::open(&app.ws_url(), json!({})).await;
    assert!(socket.pinged(Duration::from_secs(3)).await);
}
