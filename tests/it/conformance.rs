//! GraphQL over HTTP, checked by the GraphQL foundation's own server audit (npm
//! `graphql-http`, pinned in `tests/conformance/`, run by Node.js as `scripts/test` sets up),
//! and the media type and status rules it checks, replayed with a plain HTTP client.

use serde_json::{Value, json};
use vigie_tests::TestApp;

/// The `MAY` audits the node does not follow, each for a reason given in the README.
const MAY_NOT_FOLLOWED: [&str; 0] = [];

#[tokio::test]
async fn the_graphql_over_http_audit_finds_no_error_and_no_warning() {
    let Ok(node) = std::env::var("VIGIE_TEST_NODE") else {
        eprintln!("VIGIE_TEST_NODE is not set (scripts/test sets it after npm ci): audit skipped");
        return;
    };
    let app = TestApp::spawn().await;
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/audit.mjs");
    let url = app.url("/graphql");
    let output = tokio::process::Command::new(node).arg(script).arg(url).output().await.expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "audit: {stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    eprintln!("{stdout}");
    let summary: Value = serde_json::from_str(stdout.lines().last().expect("summary")).expect("JSON summary");
    assert_eq!(summary["error"], json!([]), "{stdout}");
    assert_eq!(summary["warn"], json!([]), "{stdout}");
    let notices: Vec<&str> =
        summary["notice"].as_array().expect("notices").iter().filter_map(Value::as_str).collect();
    for notice in &notices {
        assert!(
            MAY_NOT_FOLLOWED.iter().any(|id| notice.starts_with(id)),
            "a MAY notice without a reason: {notice}"
        );
    }
    assert!(summary["ok"].as_u64().is_some_and(|ok| ok >= 40), "{stdout}");
}

async fn post(
    app: &TestApp,
    accept: Option<&str>,
    content_type: Option<&str>,
    body: &str,
) -> reqwest::Response {
    let mut request = app.http().post(app.url("/graphql")).body(body.to_owned());
    if let Some(accept) = accept {
        request = request.header("accept", accept);
    }
    if let Some(content_type) = content_type {
        request = request.header("content-type", content_type);
    }
    request.send().await.expect("sent")
}

fn content_type(response: &reqwest::Response) -> String {
    response
        .headers()
        .get("content-type")
        .and_then(|value| value.to_str().ok())
        .unwrap_or_default()
        .to_owned()
}

#[tokio::test]
async fn the_answer_follows_accept_and_request_errors_are_400_under_the_new_media_type() {
    let app = TestApp::spawn().await;
    let ok = json!({ "query": "{ categories { code } }" }).to_string();
    let json_only = post(&app, Some("application/json"), Some("application/json"), &ok).await;
    assert!(content_type(&json_only).starts_with("application/json"), "{}", content_type(&json_only));
    let new = post(&app, Some("application/graphql-response+json"), Some("application/json"), &ok).await;
    assert!(content_type(&new).starts_with("application/graphql-response+json"));
    assert_eq!(new.status(), 200);

    let broken = json!({ "query": "{ categories { code " }).to_string();
    let legacy = post(&app, Some("application/json"), Some("application/json"), &broken).await;
    assert_eq!(legacy.status(), 200, "application/json: 200 with the error");
    let strict =
        post(&app, Some("application/graphql-response+json"), Some("application/json"), &broken).await;
    assert_eq!(strict.status(), 400);
    let body: Value = strict.json().await.expect("JSON");
    assert!(body.get("data").is_none(), "no data entry: {body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");

    // A field error is not a request error: 200, with data.
    let field = json!({ "query": "{ me { email } }" }).to_string();
    let anonymous =
        post(&app, Some("application/graphql-response+json"), Some("application/json"), &field).await;
    assert_eq!(anonymous.status(), 200);
}

#[tokio::test]
async fn a_post_that_is_not_json_is_415_and_a_malformed_one_400() {
    let app = TestApp::spawn().await;
    let ok = json!({ "query": "{ categories { code } }" }).to_string();
    for content in [
        None,
        Some("text/plain"),
        Some("application/x-www-form-urlencoded"),
        Some("application/json; charset=latin1"),
    ] {
        let response = post(&app, None, content, &ok).await;
        assert_eq!(response.status(), 415, "{content:?}");
        let body: Value = response.json().await.expect("JSON");
        assert_eq!(body["errors"][0]["extensions"]["field"], "Content-Type");
    }
    for body in ["{ \"not json", "[]", "{\"qeury\": \"{ a }\"}", "{\"query\": 1}", ""] {
        let response = post(&app, None, Some("application/json"), body).await;
        assert_eq!(response.status(), 400, "{body}");
        let answer: Value = response.json().await.expect("JSON");
        assert_eq!(answer["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{body}");
    }
}

#[tokio::test]
async fn a_mutation_sent_by_get_is_405_allowing_post() {
    let app = TestApp::spawn().await;
    let response = app
        .http()
        .get(app.url("/graphql"))
        .query(&[("query", "mutation { logout(refreshToken: \"x\") }")])
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 405);
    assert_eq!(response.headers().get("allow").and_then(|v| v.to_str().ok()), Some("POST"));
}
