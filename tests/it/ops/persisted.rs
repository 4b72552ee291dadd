//! Automatic persisted queries, checked with Apollo's own client (npm `@apollo/client`'s
//! persisted-query link, pinned in `tests/conformance/`): the first request sends the hash
//! alone, is told `PersistedQueryNotFound`, and sends hash and query; any client after that
//! needs the hash only, over POST or GET. A persisted mutation stays off GET.

use serde_json::{Value, json};
use sha2::{Digest, Sha256};
use vigie_tests::TestApp;

fn hash(query: &str) -> String {
    Sha256::digest(query.as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

#[tokio::test]
async fn apollo_s_persisted_query_link_works_against_a_node() {
    let Ok(node) = std::env::var("VIGIE_TEST_NODE") else {
        return eprintln!("VIGIE_TEST_NODE is not set (scripts/test sets it after npm ci): skipped");
    };
    let app = TestApp::spawn().await;
    let script = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("conformance/apq.mjs");
    let output = tokio::process::Command::new(node)
        .arg(script)
        .arg(app.url("/graphql"))
        .output()
        .await
        .expect("node runs");
    let stdout = String::from_utf8_lossy(&output.stdout);
    assert!(output.status.success(), "{stdout}\n{}", String::from_utf8_lossy(&output.stderr));
    let summary: Value = serde_json::from_str(stdout.lines().last().expect("summary")).expect("JSON");
    assert_eq!(summary["first"], json!(["POST:hash-only", "POST:hash+query"]), "{summary}");
    assert_eq!(summary["second"], json!(["POST:hash-only"]), "{summary}");
    assert_eq!(summary["third"], json!(["GET:hash-only"]), "{summary}");
    let counts = summary["counts"].as_array().expect("counts");
    assert!(counts.iter().all(|count| count.as_u64().is_some_and(|n| n > 0) && *count == counts[0]));
}

#[tokio::test]
async fn a_persisted_mutation_is_not_run_by_get_and_a_wrong_hash_is_refused() {
    let app = TestApp::spawn().await;
    let mutation = "mutation { markNotificationsRead(all: true) }";
    let extensions = json!({ "persistedQuery": { "version": 1, "sha256Hash": hash(mutation) } });
    // Learnt through POST (the resident is anonymous here: the mutation's answer is refused,
    // but the node now knows the hash).
    let learnt = app
        .http()
        .post(app.url("/graphql"))
        .json(&json!({ "query": mutation, "extensions": extensions }))
        .send()
        .await
        .expect("answered");
    assert_eq!(learnt.status(), 200);
    let by_get = app
        .http()
        .get(app.url("/graphql"))
        .query(&[("extensions", extensions.to_string())])
        .send()
        .await
        .expect("answered");
    assert_eq!(by_get.status(), 405, "a mutation named by its hash is still a mutation");

    let wrong = json!({ "persistedQuery": { "version": 1, "sha256Hash": hash("{ me { id } }") } });
    let refused = app
        .http()
        .post(app.url("/graphql"))
        .json(&json!({ "query": "{ categories { code } }", "extensions": wrong }))
        .send()
        .await
        .expect("answered");
    let body: Value = refused.json().await.expect("JSON");
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT", "{body}");
    assert_eq!(body["errors"][0]["extensions"]["field"], "extensions");

    let unknown =
        json!({ "persistedQuery": { "version": 1, "sha256Hash": hash("{ categories { label } }") } });
    let missing = app
        .http()
        .post(app.url("/graphql"))
        .json(&json!({ "extensions": unknown }))
        .send()
        .await
        .expect("answered");
    let body: Value = missing.json().await.expect("JSON");
    assert_eq!(body["errors"][0]["message"], "PersistedQueryNotFound", "{body}");
    assert_eq!(body["errors"][0]["extensions"]["code"], "PERSISTED_QUERY_NOT_FOUND");
}
