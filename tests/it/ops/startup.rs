//! Nodes that start together: three `vigie serve` processes on one empty PostgreSQL
//! database and one shared key folder all come up — one migrates under the advisory lock,
//! the others wait and find nothing to do; they share one signing key, so a token one
//! issues is good on the others. And `serve --no-migrate` refuses a schema behind the code.

use std::time::Duration;

use serde_json::json;
use vigie_tests::{node::Node, pg::Cluster};

const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";

#[tokio::test]
async fn three_nodes_started_at_once_on_an_empty_database_all_come_up() {
    if vigie_tests::backend_name() != "sqlite" {
        return eprintln!("runs once, in the SQLite lane, on a private cluster");
    }
    let Some(cluster) = Cluster::start_new().await else {
        return eprintln!("VIGIE_TEST_PG_BIN is not set (scripts/test sets it): skipped");
    };
    let port = cluster.port.to_string();
    cluster.pg("createdb", &["-h", "127.0.0.1", "-p", &port, "-U", "postgres", "vigie"]).await;
    let url = cluster.url("vigie");
    let shared = tempfile::tempdir().expect("shared volume");
    let env = [("DATABASE_URL", url.clone()), ("VIGIE_DATA_DIR", shared.path().display().to_string())];

    // `--no-migrate` on an empty database: refused, with the reason.
    let mut early = Node::spawn(&["serve", "--no-migrate"], &env);
    let status = early.exit(Duration::from_secs(30)).await;
    assert!(!status.success(), "a node must not serve a schema behind its code");

    let mut nodes: Vec<Node> = (0..3).map(|_| Node::spawn(&["serve"], &env)).collect();
    for node in &mut nodes {
        node.ready(Duration::from_secs(90)).await;
    }
    let keys: Vec<_> = std::fs::read_dir(shared.path().join("keys")).expect("keys").flatten().collect();
    assert_eq!(keys.len(), 3, "one token key, one sealing key, one media key, no leftover: {keys:?}");

    let database = vigie::db::connect_url(&url, 1).await.expect("connect");
    let applied = sea_orm::ConnectionTrait::query_all_raw(
        &database,
        sea_orm::Statement::from_string(sea_orm::DbBackend::Postgres, "SELECT version FROM seaql_migrations"),
    )
    .await
    .expect("applied");
    assert_eq!(
        applied.len(),
        <migration::Migrator as migration::MigratorTrait>::migrations().len(),
        "each migration applied once"
    );

    let argv = ["vigie", "--database-url", &url, "user", "create", "--email", "admin@prefecture.test"];
    let rest = ["--password", "une phrase de passe solide", "--role", "ADMIN", "--national"];
    let cli =
        <vigie::cli::Cli as clap::Parser>::try_parse_from(argv.iter().chain(rest.iter())).expect("argv");
    vigie::cli::run(cli).await.expect("admin created");
    let login = nodes[0]
        .query(LOGIN, json!({ "e": "admin@prefecture.test", "p": "une phrase de passe solide" }))
        .await;
    let token = login["data"]["login"]["accessToken"].as_str().expect("token").to_owned();
    for node in &nodes[1..] {
        let me = node
            .http
            .post(format!("{}/graphql", node.url))
            .bearer_auth(&token)
            .json(&json!({ "query": "{ me { email } }" }))
            .send()
            .await
            .expect("answered");
        let me: serde_json::Value = me.json().await.expect("JSON");
        assert_eq!(me["data"]["me"]["email"], "admin@prefecture.test", "{me}");
    }

    // Once migrated, `--no-migrate` serves.
    let mut late = Node::spawn(&["serve", "--no-migrate"], &env);
    late.ready(Duration::from_secs(60)).await;
}
