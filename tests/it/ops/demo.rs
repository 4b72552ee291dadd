//! `serve --demo` shows what Vigie does on first run: the brigade's queue has reports in
//! every state (one with a photo that downloads, a duplicate, notes), the mayor has
//! enrolments waiting and alerts sent and closed, over five weeks; a second start changes
//! nothing.

use std::{collections::BTreeSet, time::Duration};

use serde_json::{Value, json};
use vigie_tests::node::Node;

async fn signed_in(node: &Node, email: &str, password: &str) -> String {
    let login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
    let answer = node.query(login, json!({ "e": email, "p": password })).await;
    answer["data"]["login"]["accessToken"].as_str().unwrap_or_else(|| panic!("{answer}")).to_owned()
}

async fn query(node: &Node, token: &str, query: &str) -> Value {
    let answer = node
        .http
        .post(format!("{}/graphql", node.url))
        .bearer_auth(token)
        .json(&json!({ "query": query }))
        .send()
        .await
        .expect("answered");
    let body: Value = answer.json().await.expect("JSON");
    assert!(body.get("errors").is_none(), "{body}");
    body["data"].clone()
}

const QUEUE: &str = "{ brigadeQueue(first: 30, filter: { status: [SUBMITTED, ACKNOWLEDGED, IN_PROGRESS, RESOLVED, REJECTED, DUPLICATE] }) { totalCount edges { node { id status createdAt photos { url } } } } }";

#[tokio::test]
async fn the_demo_has_life_and_a_second_start_adds_nothing() {
    let dir = tempfile::tempdir().expect("data");
    let data = dir.path().join("data");
    let env = [("VIGIE_DATA_DIR", data.display().to_string())];
    let mut node = Node::spawn(&["serve", "--demo"], &env);
    node.ready(Duration::from_secs(120)).await;

    let staff = signed_in(&node, "gendarme.giromagny@vigie.test", "brigade-demo-90").await;
    let queue = query(&node, &staff, QUEUE).await;
    let reports = queue["brigadeQueue"]["edges"].as_array().expect("edges").clone();
    assert!(reports.len() >= 10, "{queue}");
    let statuses: BTreeSet<&str> =
        reports.iter().filter_map(|edge| edge["node"]["status"].as_str()).collect();
    for status in ["SUBMITTED", "ACKNOWLEDGED", "IN_PROGRESS", "RESOLVED", "REJECTED", "DUPLICATE"] {
        assert!(statuses.contains(status), "no {status} report: {statuses:?}");
    }
    let resolved = reports.iter().find(|edge| edge["node"]["status"] == "RESOLVED").expect("resolved");
    let id = resolved["node"]["id"].as_str().expect("id");
    let history = format!("{{ report(id: \"{id}\") {{ events {{ publicNote internalNote }} }} }}");
    let events = query(&node, &staff, &history).await["report"]["events"].clone();
    let events = events.as_array().expect("events");
    assert!(events.iter().any(|event| event["publicNote"].is_string()), "{events:?}");
    assert!(events.iter().any(|event| event["internalNote"].is_string()), "{events:?}");
    let photo = reports
        .iter()
        .find_map(|edge| edge["node"]["photos"][0]["url"].as_str())
        .expect("one report has a photo")
        .to_owned();
    let picture = node.http.get(&photo).send().await.expect("downloaded");
    assert_eq!(picture.status(), 200);
    assert!(picture.bytes().await.expect("bytes").starts_with(b"\x89PNG"));
    let oldest =
        reports.iter().filter_map(|edge| edge["node"]["createdAt"].as_str()).min().expect("dates").to_owned();
    let weeks_ago = (chrono::Utc::now() - chrono::Duration::days(28)).to_rfc3339();
    assert!(oldest < weeks_ago, "activity spread over weeks: oldest {oldest}");

    let mayor = signed_in(&node, "maire.giromagny@vigie.test", "commune-demo-90").await;
    let waiting = query(
        &node,
        &mayor,
        "{ enrolmentRequests(communeCode: \"90052\", status: PENDING, first: 10) { totalCount } }",
    )
    .await;
    assert!(waiting["enrolmentRequests"]["totalCount"].as_u64().is_some_and(|n| n >= 2), "{waiting}");
    let alerts = query(
        &node,
        &mayor,
        "{ interventionAlerts(communeCode: \"90052\", first: 10) { edges { node { closedAt } } } }",
    )
    .await;
    let alerts = alerts["interventionAlerts"]["edges"].as_array().expect("alerts").clone();
    assert!(alerts.iter().any(|edge| edge["node"]["closedAt"].is_string()), "a closed alert");
    assert!(alerts.iter().any(|edge| edge["node"]["closedAt"].is_null()), "an open alert");

    node.terminate();
    node.exit(Duration::from_secs(30)).await;
    let mut again = Node::spawn(&["serve", "--demo"], &env);
    again.ready(Duration::from_secs(120)).await;
    let staff = signed_in(&again, "gendarme.giromagny@vigie.test", "brigade-demo-90").await;
    let queue = query(&again, &staff, QUEUE).await;
    assert_eq!(queue["brigadeQueue"]["totalCount"].as_u64(), Some(reports.len() as u64), "nothing added");
}

/// The consoles on a fresh demo, in Chromium (`tests/browser/demo.mjs`): a queue, enrolments
/// waiting and a chart; screenshots in the target folder (`console-screenshots/demo`).
#[tokio::test]
async fn a_fresh_demo_s_consoles_show_a_queue_enrolments_and_a_chart() {
    let Ok(chromium) = std::env::var("VIGIE_TEST_CHROMIUM") else {
        return eprintln!("VIGIE_TEST_CHROMIUM is not set (scripts/test sets it): no browser, skipped");
    };
    let dir = tempfile::tempdir().expect("data");
    let node = Node::demo(&dir.path().join("data"), &[]).await;
    let stories = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("browser");
    let artefacts =
        std::path::Path::new(env!("CARGO_TARGET_TMPDIR")).join("console-screenshots").join("demo");
    let output = tokio::process::Command::new("node")
        .arg(stories.join("demo.mjs"))
        .env("VIGIE_URL", &node.url)
        .env("VIGIE_TEST_CHROMIUM", chromium)
        .env("VIGIE_ARTEFACTS", &artefacts)
        .kill_on_drop(true)
        .output();
    let output =
        tokio::time::timeout(Duration::from_secs(180), output).await.expect("in time").expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    println!("{stdout}");
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    for shot in ["demo-01-brigade-queue.png", "demo-02-commune.png", "demo-03-administration.png"] {
        assert!(artefacts.join(shot).is_file(), "{shot}");
    }
}
