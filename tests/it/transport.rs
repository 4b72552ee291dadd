//! HTTP transport: health, readiness, GET queries, GraphiQL, typed errors and limits.

use serde_json::json;
use sha2::{Digest, Sha256};
use vigie_tests::TestApp;

#[tokio::test]
async fn health_and_readiness_answer() {
    let app = TestApp::spawn().await;
    let health = app.http().get(app.url("/healthz")).send().await.expect("healthz");
    assert_eq!(health.status(), 200);
    let ready = app.http().get(app.url("/readyz")).send().await.expect("readyz");
    assert_eq!(ready.status(), 200);
}

#[tokio::test]
async fn graphiql_is_served_whole_by_the_node_under_a_strict_policy() {
    // Without the consoles, `/` leads to GraphiQL (the client follows the redirect).
    let app = TestApp::spawn_with(|config| config.console = false).await;
    let page = app.http().get(app.url("/")).send().await.expect("GraphiQL");
    assert_eq!((page.status().as_u16(), page.url().path()), (200, "/graphiql"));
    let policy = page.headers()["content-security-policy"].to_str().expect("ascii").to_owned();
    let scripts =
        policy.split(';').map(str::trim).find(|part| part.starts_with("script-src")).expect("script-src");
    assert_eq!(scripts, "script-src 'self'", "{policy}");
    let html = page.text().await.expect("body");
    assert!(!html.contains("http://") && !html.contains("https://"), "a page that reaches out: {html}");
    assert!(!html.contains("<script>"), "an inline script would be refused by the policy: {html}");

    // Every script and style it names is served here; GraphiQL and React exactly as vendored.
    let manifest =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/../api/assets/graphiql/MANIFEST"))
            .expect("MANIFEST");
    let vendored: Vec<(&str, &str)> = manifest
        .lines()
        .filter(|line| !line.starts_with('#'))
        .filter_map(|line| {
            let mut fields = line.split_whitespace();
            Some((fields.next()?, fields.next()?.strip_suffix(".gz")?))
        })
        .collect();
    assert_eq!(vendored.len(), 4, "{manifest}");
    let named: Vec<&str> =
        html.split(['"', '\'']).filter(|part| part.starts_with("/graphiql/assets/")).collect();
    assert_eq!(named.len(), 6, "{named:?}");
    for path in named {
        let asset =
            app.http().get(app.url(path)).header("accept-encoding", "gzip").send().await.expect("asset");
        assert_eq!(asset.status(), 200, "{path}");
        let kind = asset.headers()["content-type"].to_str().expect("ascii").to_owned();
        assert!(
            kind.starts_with(if path.ends_with(".css") { "text/css" } else { "text/javascript" }),
            "{path}: {kind}"
        );
        let name = path.trim_start_matches("/graphiql/assets/");
        let encoding =
            asset.headers().get("content-encoding").map(|value| value.to_str().expect("ascii").to_owned());
        let body = asset.bytes().await.expect("bytes");
        match vendored.iter().find(|(_, file)| *file == name) {
            Some((digest, _)) => {
                assert_eq!(encoding.as_deref(), Some("gzip"), "{path}");
                let actual: String = Sha256::digest(&body).iter().map(|byte| format!("{byte:02x}")).collect();
                assert_eq!(&actual, digest, "{path} differs from MANIFEST");
            }
            None => assert!(encoding.is_none() && !body.is_empty(), "{path}"),
        }
    }
    let start = app.http().get(app.url("/graphiql/assets/start.js")).send().await.expect("start.js");
    let start = start.text().await.expect("text");
    assert!(start.contains("\"/graphql\"") && start.contains("\"/graphql/ws\""), "{start}");

    // A client that refuses gzip is told so rather than sent bytes it cannot read.
    let plain = app.http().get(app.url("/graphiql/assets/react-18.3.1.min.js")).send().await.expect("asset");
    assert_eq!(plain.status(), 406);
    let missing = app.http().get(app.url("/graphiql/assets/nope.js")).send().await.expect("asset");
    assert_eq!(missing.status(), 404);
}

#[tokio::test]
async fn a_query_can_be_sent_with_get() {
    let app = TestApp::spawn().await;
    let response = app.anonymous().get("{ categories { code } }").await;
    assert_eq!(response.data()["categories"].as_array().map(Vec::len), Some(vigie::demo::CATEGORIES.len()));
}

#[tokio::test]
async fn a_mutation_is_refused_over_get() {
    let app = TestApp::spawn().await;
    let response = app.anonymous().get("mutation { logout(refreshToken: \"x\") }").await;
    assert_eq!(response.status, 405);
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert_eq!(response.error_field(), Some("query"));
}

#[tokio::test]
async fn an_argument_of_the_wrong_type_is_bad_user_input_naming_it() {
    let app = TestApp::spawn().await;
    let response = app.anonymous().query("{ communes(participating: \"yes\") { code } }", json!({})).await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
    assert_eq!(response.error_field(), Some("participating"));
}

#[tokio::test]
async fn an_unknown_field_is_bad_user_input() {
    let app = TestApp::spawn().await;
    let response = app.anonymous().query("{ communes { code secretField } }", json!({})).await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
}

#[tokio::test]
async fn a_query_nested_too_deep_is_query_too_complex() {
    let app = TestApp::spawn().await;
    let deep = format!(
        "{{ __schema {{ types {{ fields {{ type {{ {}name{} }} }} }} }} }}",
        "ofType { ".repeat(14),
        " }".repeat(14)
    );
    let deep = deep.as_str();
    let response = app.anonymous().query(deep, json!({})).await;
    assert_eq!(response.error_code(), "QUERY_TOO_COMPLEX");
}

#[tokio::test]
async fn a_syntax_error_is_bad_user_input() {
    let app = TestApp::spawn().await;
    let response = app.anonymous().query("{ communes { code ", json!({})).await;
    assert_eq!(response.error_code(), "BAD_USER_INPUT");
}

#[tokio::test]
async fn an_oversized_request_is_refused_before_it_is_read() {
    let app = TestApp::spawn().await;
    let huge = format!(
        "{{\"query\": \"{{ categories {{ code }} }}\", \"padding\": \"{}\"}}",
        "x".repeat(2 * 1024 * 1024)
    );
    let response = app
        .http()
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .body(huge)
        .send()
        .await
        .expect("sent");
    assert_eq!(response.status(), 413);
}

#[tokio::test]
async fn browsers_may_call_from_the_configured_consoles_only() {
    let app =
        TestApp::spawn_with(|config| config.cors_origins = vec!["https://console.vigie.test".into()]).await;
    let preflight = |origin: &'static str| {
        app.http()
            .request(reqwest::Method::OPTIONS, app.url("/graphql"))
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header("access-control-request-headers", "authorization, content-type")
            .send()
    };
    let allowed = preflight("https://console.vigie.test").await.expect("preflight");
    assert_eq!(
        allowed.headers().get("access-control-allow-origin").and_then(|value| value.to_str().ok()),
        Some("https://console.vigie.test")
    );
    let foreign = preflight("https://ailleurs.example").await.expect("preflight");
    assert!(foreign.headers().get("access-control-allow-origin").is_none());
}

/// The schema lane (`execute_as`, no HTTP) answers exactly as HTTP does, refusals included,
/// so resolver tests may use either.
#[tokio::test]
async fn the_schema_lane_answers_as_http_does() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let cases = [
        (resident.clone(), "{ me { email role enrolment { status } } }"),
        (resident.clone(), "{ brigadeQueue(first: 5) { totalCount } }"),
        (app.anonymous(), "{ me { id } }"),
        (resident.with_token("not-a-token"), "{ categories { code } }"),
        (app.anonymous(), "{ communes(participating: true) { code } }"),
    ];
    for (client, query) in cases {
        let mut over_http = client.query(query, json!({})).await.body;
        // Over HTTP every error also names its request (`x-request-id`); the rest is the same.
        for error in
            over_http.get_mut("errors").and_then(serde_json::Value::as_array_mut).into_iter().flatten()
        {
            let id =
                error["extensions"].as_object_mut().and_then(|extensions| extensions.remove("requestId"));
            assert!(id.is_some_and(|id| id.is_string()), "{query}: an error without its request id");
        }
        let in_process = app.execute_as(&client, query, json!({})).await.body;
        assert_eq!(in_process, over_http, "{query}");
    }
}
