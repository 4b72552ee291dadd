//! The PostgreSQL procedure of the README, run: `pg_dump -Fc` of a serving database,
//! `pg_restore` into a fresh cluster, a node over it with the same keys — the reports are
//! there and a token issued before the dump still works.

use serde_json::json;
use vigie_tests::{TestApp, TestDatabase, pg::Cluster};

use crate::reports::{FILE, filing, inside};

#[tokio::test]
async fn a_dump_restored_into_a_fresh_cluster_serves() {
    if vigie_tests::backend_name() != "sqlite" {
        return eprintln!("runs once, in the SQLite lane, on private clusters");
    }
    let Some(first) = Cluster::start_new().await else {
        return eprintln!("VIGIE_TEST_PG_BIN is not set (scripts/test sets it): skipped");
    };
    let port = first.port.to_string();
    first.pg("createdb", &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", "vigie"]).await;
    let app = TestApp::serve(TestDatabase::demo_at(&first.url("vigie")).await).await;
    let resident = app.resident().await;
    let filed =
        resident.query(FILE, filing("avant-la-sauvegarde", "SUSPICIOUS_VEHICLE", inside("90052"))).await;
    let id = filed.data()["fileReport"]["id"].as_str().expect("id").to_owned();

    let dump = first.scratch().join("vigie.dump").display().to_string();
    first
        .pg("pg_dump", &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", "-Fc", "-f", &dump, "vigie"])
        .await;

    let second = Cluster::start_new().await.expect("a second cluster");
    let port = second.port.to_string();
    second.pg("createdb", &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", "vigie"]).await;
    second
        .pg(
            "pg_restore",
            &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", "--no-owner", "-d", "vigie", &dump],
        )
        .await;

    let database = TestDatabase::at(&second.url("vigie")).await;
    copy_dir(&app.database.data_dir().join("keys"), &database.data_dir().join("keys"));
    let restored = TestApp::serve(database).await;
    let report =
        resident.on(&restored).query("query($id: ID!) { report(id: $id) { id } }", json!({ "id": id })).await;
    assert_eq!(report.data()["report"]["id"], id.as_str());
    restored.anonymous().query("{ categories { code } }", json!({})).await.data();
}

fn copy_dir(from: &std::path::Path, to: &std::path::Path) {
    std::fs::create_dir_all(to).expect("keys folder");
    for entry in std::fs::read_dir(from).expect("keys").flatten() {
        std::fs::copy(entry.path(), to.join(entry.file_name())).expect("key copied");
    }
}
