//! Every answer names its request: `x-request-id` (the client's kept when well formed) and,
//! on every error, `extensions.requestId` with the same value — over HTTP, for refusals
//! made before execution, and over a websocket (the upgrade's id).

use serde_json::json;
use vigie_tests::{TestApp, live::Socket};

async fn post(app: &TestApp, body: serde_json::Value, id: Option<&str>) -> (String, serde_json::Value) {
    let mut request = app.http().post(app.url("/graphql")).json(&body);
    if let Some(id) = id {
        request = request.header("x-request-id", id);
    }
    let answer = request.send().await.expect("answered");
    let header = answer.headers()["x-request-id"].to_str().expect("ascii").to_owned();
    (header, answer.json().await.expect("JSON"))
}

#[tokio::test]
async fn every_error_carries_the_id_of_the_response_header() {
    let app = TestApp::spawn().await;
    let (id, body) = post(&app, json!({ "query": "{ brigadeQueue(first: 1) { totalCount } }" }), None).await;
    assert_eq!(id.len(), 32, "a new id: {id}");
    assert_eq!(body["errors"][0]["extensions"]["requestId"], id.as_str(), "{body}");

    let (kept, body) = post(&app, json!({ "query": "{ nope }" }), Some("lb-7f3a.42")).await;
    assert_eq!(kept, "lb-7f3a.42", "the load balancer's id is kept");
    assert_eq!(body["errors"][0]["extensions"]["requestId"], "lb-7f3a.42");

    // Refused before execution (no query at all): the same.
    let (id, body) = post(&app, json!({ "variables": {} }), None).await;
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
    assert_eq!(body["errors"][0]["extensions"]["requestId"], id.as_str());

    // An id that could forge a log line is replaced.
    let (replaced, _) = post(&app, json!({ "query": "{ categories { code } }" }), Some("a b\"c")).await;
    assert_ne!(replaced, "a b\"c");
    assert_eq!(replaced.len(), 32);

    // Successes carry the header too.
    let answer = app.http().get(app.url("/healthz")).send().await.expect("answered");
    assert!(answer.headers().contains_key("x-request-id"));
}

#[tokio::test]
async fn a_socket_s_errors_carry_its_upgrade_id() {
    let app = TestApp::spawn().await;
    let mut socket = Socket::open(&app.ws_url(), json!({})).await;
    let body = socket.run("1", "{ brigadeQueue(first: 1) { totalCount } }", json!({})).await;
    let id = body["errors"][0]["extensions"]["requestId"].as_str().unwrap_or_default();
    assert_eq!(id.len(), 32, "{body}");
    let again = socket.run("2", "{ brigadeQueue(first: 1) { totalCount } }", json!({})).await;
    assert_eq!(again["errors"][0]["extensions"]["requestId"], id, "one id for the socket");
}
