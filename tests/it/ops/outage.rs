//! The database going away under a running node: every request answers `UNAVAILABLE` with
//! `retryAfterSeconds` and HTTP 503 (never `INTERNAL`), `/readyz` turns 503 at once, and
//! both come back when the database does — without restarting the node. An embedded
//! database busy past its budget answers the same; a request past its time limit `TIMEOUT`.

use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, TransactionTrait};
use serde_json::json;
use vigie_tests::{Gql, TestApp, TestDatabase, pg::Cluster};

const CATEGORIES: &str = "{ categories { code } }";

fn assert_unavailable(answer: &Gql) {
    assert_eq!(answer.status, 503, "{}", answer.body);
    assert_eq!(answer.error_code(), "UNAVAILABLE", "{}", answer.body);
    let retry = answer.body["errors"][0]["extensions"]["retryAfterSeconds"].as_u64();
    assert!(retry.is_some_and(|seconds| seconds > 0), "{}", answer.body);
}

async fn readyz(app: &TestApp) -> u16 {
    app.http().get(app.url("/readyz")).send().await.expect("answered").status().as_u16()
}

#[tokio::test]
async fn postgresql_stopped_under_a_running_node_is_unavailable_then_recovers() {
    let Some(cluster) = Cluster::start_new().await else {
        eprintln!("VIGIE_TEST_PG_BIN is not set (scripts/test sets it): skipped");
        return;
    };
    cluster
        .pg("createdb", &["-h", "127.0.0.1", "-p", &cluster.port.to_string(), "-U", "postgres", "vigie"])
        .await;
    let database = TestDatabase::demo_at(&cluster.url("vigie")).await;
    let app = TestApp::serve(database).await;
    let staff = app.staff().await;
    staff.query("{ brigadeQueue(first: 1) { totalCount } }", json!({})).await.data();
    assert_eq!(readyz(&app).await, 200);

    cluster.stop().await;
    let started = Instant::now();
    assert_eq!(readyz(&app).await, 503, "readiness turns at once");
    assert!(started.elapsed() < Duration::from_secs(3), "{:?}", started.elapsed());
    let anonymous = app.anonymous().query(CATEGORIES, json!({})).await;
    assert_unavailable(&anonymous);
    let signed_in = staff.query("{ brigadeQueue(first: 1) { totalCount } }", json!({})).await;
    assert_unavailable(&signed_in);
    let write = staff
        .query(
            "mutation($c: String!, $m: String!) { sendInterventionAlert(communeCode: $c, message: $m) { id } }",
            json!({ "c": "90052", "m": "Intervention en cours." }),
        )
        .await;
    assert_unavailable(&write);
    // Within the pool's acquire timeout (5 s) each, plus the readiness second.
    assert!(started.elapsed() < Duration::from_secs(20), "{:?}", started.elapsed());

    cluster.start().await;
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let answer = staff.query("{ brigadeQueue(first: 1) { totalCount } }", json!({})).await;
        if answer.status == 200 && answer.body.get("errors").is_none() {
            break;
        }
        assert_ne!(answer.body["errors"][0]["extensions"]["code"], "INTERNAL", "{}", answer.body);
        assert!(Instant::now() < deadline, "the node did not recover: {}", answer.body);
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    assert_eq!(readyz(&app).await, 200);
    app.anonymous().query(CATEGORIES, json!({})).await.data();
}

/// A write transaction held by another process on the embedded file, `BEGIN IMMEDIATE`.
async fn hold_the_write_lock(app: &TestApp) -> Option<sea_orm::DatabaseTransaction> {
    let path = app.database.url.strip_prefix("sqlite://")?.split('?').next()?.to_owned();
    let other = vigie::db::connect_sqlite_file(std::path::Path::new(&path), 1).await.expect("open");
    let txn = other.begin().await.expect("begin");
    txn.execute_unprepared("UPDATE routing_revision SET revision = revision").await.expect("write lock");
    Some(txn)
}

#[tokio::test]
async fn an_embedded_database_busy_past_its_budget_is_unavailable() {
    if vigie_tests::backend_name() != "sqlite" {
        return;
    }
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let lock = hold_the_write_lock(&app).await.expect("a SQLite file");
    let started = Instant::now();
    let write = resident.query("mutation { markNotificationsRead(all: true) }", json!({})).await;
    assert_unavailable(&write);
    assert!(
        started.elapsed() >= Duration::from_secs(9),
        "the busy budget was waited: {:?}",
        started.elapsed()
    );
    // Readers are not held up by a writer in WAL mode.
    app.anonymous().query(CATEGORIES, json!({})).await.data();
    lock.rollback().await.expect("released");
    resident.query("mutation { markNotificationsRead(all: true) }", json!({})).await.data();
}

#[tokio::test]
async fn a_request_past_its_time_limit_is_a_timeout() {
    if vigie_tests::backend_name() != "sqlite" {
        return;
    }
    let app = TestApp::spawn_with(|config| config.request_timeout_secs = 2).await;
    let resident = app.resident().await;
    let lock = hold_the_write_lock(&app).await.expect("a SQLite file");
    let started = Instant::now();
    let write = resident.query("mutation { markNotificationsRead(all: true) }", json!({})).await;
    assert_eq!(write.error_code(), "TIMEOUT", "{}", write.body);
    assert!(started.elapsed() < Duration::from_secs(5), "{:?}", started.elapsed());
    lock.rollback().await.expect("released");
}
