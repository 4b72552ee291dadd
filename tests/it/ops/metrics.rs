//! `/metrics` read by Prometheus' own text parser (the `prometheus_client` Python package
//! from Debian, independent of the crate that writes it), moving after requests.

use std::collections::BTreeMap;

use serde_json::json;
use vigie_tests::TestApp;

/// One sample: name, labels, value.
type Sample = (String, BTreeMap<String, String>, f64);

/// The samples of a scrape, as `prometheus_client.parser` reads them (the scrape fails the
/// test if the parser refuses it).
async fn parse(text: &str) -> Vec<Sample> {
    let python = std::env::var("VIGIE_TEST_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
    let script = [
        "import json, sys",
        "from prometheus_client.parser import text_string_to_metric_families",
        "out = []",
        "for family in text_string_to_metric_families(sys.stdin.read()):",
        "    for s in family.samples:",
        "        out.append([s.name, s.labels, s.value])",
        "print(json.dumps(out))",
    ]
    .join("\n");
    let mut child = tokio::process::Command::new(python)
        .args(["-c", &script])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .expect("python3 runs");
    let mut stdin = child.stdin.take().expect("stdin");
    tokio::io::AsyncWriteExt::write_all(&mut stdin, text.as_bytes()).await.expect("written");
    drop(stdin);
    let output = child.wait_with_output().await.expect("parsed");
    assert!(
        output.status.success(),
        "the Prometheus parser refused the scrape: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    serde_json::from_slice(&output.stdout).expect("samples")
}

async fn scrape(app: &TestApp) -> Vec<Sample> {
    let answer = app.http().get(app.url("/metrics")).send().await.expect("scraped");
    assert_eq!(answer.status(), 200);
    let content_type = answer.headers()["content-type"].to_str().expect("ascii").to_owned();
    assert!(content_type.starts_with("text/plain; version=0.0.4"), "{content_type}");
    parse(&answer.text().await.expect("text")).await
}

fn value(samples: &[Sample], name: &str, labels: &[(&str, &str)]) -> Option<f64> {
    samples
        .iter()
        .find(|(n, l, _)| n == name && labels.iter().all(|(k, v)| l.get(*k).map(String::as_str) == Some(*v)))
        .map(|(.., value)| *value)
}

#[tokio::test]
async fn metrics_parse_as_prometheus_text_and_move_after_requests() {
    let app = TestApp::spawn().await;
    let before = scrape(&app).await;
    let ok = [("operation", "categories"), ("outcome", "OK")];
    let counted = |samples: &[Sample]| value(samples, "vigie_graphql_operations_total", &ok).unwrap_or(0.0);
    app.anonymous().query("{ categories { code } }", json!({})).await.data();
    app.anonymous().query("query Named { categories { label } }", json!({})).await.data();
    let refused = app.anonymous().query("{ brigadeQueue(first: 5) { totalCount } }", json!({})).await;
    let refused_code = refused.error_code().to_owned();
    // A field the schema does not have is the client's text: it never becomes a label.
    app.anonymous().query("{ inventedFieldName }", json!({})).await;
    let after = scrape(&app).await;

    assert_eq!(counted(&after) - counted(&before), 2.0, "two `categories` operations counted");
    let refused_labels = [("operation", "brigadeQueue"), ("outcome", refused_code.as_str())];
    assert_eq!(value(&after, "vigie_graphql_operations_total", &refused_labels), Some(1.0));
    assert!(after.iter().all(|(_, labels, _)| labels.values().all(|v| v != "inventedFieldName")));
    let durations =
        value(&after, "vigie_graphql_operation_duration_seconds_count", &[("operation", "categories")]);
    assert!(durations.is_some_and(|count| count >= 2.0), "{durations:?}");
    assert!(
        value(&after, "vigie_http_responses_total", &[("route", "/graphql"), ("status", "2xx")]).is_some()
    );
    assert!(value(&after, "vigie_db_pool_connections", &[("state", "max")]).is_some_and(|max| max > 0.0));
    for channel in ["SMS", "PUSH", "EMAIL"] {
        assert!(
            value(&after, "vigie_outbox_pending_messages", &[("channel", channel)]).is_some(),
            "{channel}"
        );
        assert!(value(&after, "vigie_outbox_oldest_pending_age_seconds", &[("channel", channel)]).is_some());
    }
    assert!(value(&after, "vigie_routing_revision", &[]).is_some_and(|revision| revision > 0.0));
    assert!(value(&after, "vigie_routing_index_build_seconds", &[]).is_some_and(|seconds| seconds > 0.0));
    assert_eq!(value(&after, "vigie_websockets_open", &[]), Some(0.0));
    assert_eq!(value(&after, "vigie_ready", &[]), Some(1.0));
    assert!(value(&after, "process_resident_memory_bytes", &[]).is_some_and(|bytes| bytes > 0.0));
}

#[tokio::test]
async fn an_outbox_message_waiting_shows_in_its_channel() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let alert = json!({ "c": "90052", "m": "Intervention en cours rue de la Gare, évitez le secteur." });
    let sent = staff
        .query("mutation($c: String!, $m: String!) { sendInterventionAlert(communeCode: $c, message: $m) { recipients } }", alert)
        .await;
    assert!(
        sent.data()["sendInterventionAlert"]["recipients"].as_i64().is_some_and(|n| n >= 1),
        "{}",
        sent.body
    );
    let samples = scrape(&app).await;
    let waiting = value(&samples, "vigie_outbox_pending_messages", &[("channel", "SMS")]);
    assert!(waiting.is_some_and(|count| count >= 1.0), "no SMS gateway: the alert's SMS wait: {waiting:?}");
}

#[tokio::test]
async fn a_metrics_token_keeps_strangers_out() {
    let app = TestApp::spawn_with(|config| {
        config.ops.metrics_token = Some("jeton-de-supervision".parse().expect("secret"))
    })
    .await;
    let url = app.url("/metrics");
    let anonymous = app.http().get(&url).send().await.expect("answered");
    assert_eq!(anonymous.status(), 401);
    let wrong = app.http().get(&url).bearer_auth("devine").send().await.expect("answered");
    assert_eq!(wrong.status(), 401);
    let right = app.http().get(&url).bearer_auth("jeton-de-supervision").send().await.expect("answered");
    assert_eq!(right.status(), 200);
    let samples = parse(&right.text().await.expect("text")).await;
    assert!(value(&samples, "vigie_ready", &[]).is_some());
}
