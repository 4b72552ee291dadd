//! Privacy lifecycle (issue #22): the read log of reporters' identities.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, filing, inside};

const READS: &str = "query($filter: IdentityReadFilter) { identityReads(filter: $filter, first: 50) { totalCount edges { node { reportId operation readAt brigade { code name } reader { email } clientIp } } } }";

/// The log as `client` reads it for `report`.
async fn reads(client: &Client, report: &Value) -> Value {
    let response = client.query(READS, json!({ "filter": { "reportId": report } })).await;
    response.data()["identityReads"].clone()
}

fn operations(log: &Value) -> Vec<String> {
    let mut names: Vec<String> = log["edges"]
        .as_array()
        .expect("edges")
        .iter()
        .map(|edge| edge["node"]["operation"].as_str().expect("operation").to_owned())
        .collect();
    names.sort();
    names
}

#[tokio::test]
async fn every_rendering_of_a_reporter_leaves_one_entry_and_nothing_else_does() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let filed = resident.query(FILE, filing("lecture", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let staff = app.staff().await;
    let admin = app.admin().await;
    assert_eq!(reads(&admin, &report).await["totalCount"], 0);

    // Reading the report without its reporter writes nothing.
    let plain =
        staff.query("query($id: ID!) { report(id: $id) { id status } }", json!({ "id": report })).await;
    assert_eq!(plain.data()["report"]["id"], report);
    assert_eq!(reads(&admin, &report).await["totalCount"], 0);

    // The queue, one report under an alias, a transition answering the reporter, the same
    // report twice in one request, and a query over the websocket: one entry each.
    let queue = staff
        .query("{ brigadeQueue(first: 50) { edges { node { id reporter { displayName } } } } }", json!({}))
        .await;
    assert!(
        queue.data()["brigadeQueue"]["edges"]
            .as_array()
            .expect("edges")
            .iter()
            .any(|edge| edge["node"]["id"] == report)
    );
    let aliased = staff
        .query(
            "query($id: ID!) { laFiche: report(id: $id) { reporter { email phone } } }",
            json!({ "id": report }),
        )
        .await;
    assert_eq!(aliased.data()["laFiche"]["reporter"]["email"], "habitant.giromagny@vigie.test");
    let moved = staff
        .query(
            "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { reporter { displayName } } }",
            json!({ "id": report }),
        )
        .await;
    assert!(moved.data()["transitionReport"]["reporter"]["displayName"].is_string());
    let twice = staff
        .query("query($id: ID!) { a: report(id: $id) { reporter { email } } b: report(id: $id) { reporter { email } } }", json!({ "id": report }))
        .await;
    assert_eq!(twice.data()["a"]["reporter"], twice.data()["b"]["reporter"]);
    let over_socket = staff.over_websocket(&app.ws_url());
    let live = over_socket
        .query("query($id: ID!) { report(id: $id) { reporter { email } } }", json!({ "id": report }))
        .await;
    assert!(live.data()["report"]["reporter"]["email"].is_string());

    // Others never see the reporter, and leave nothing.
    let coordinator = app.coordinator().await;
    let mayor = coordinator
        .query("query($id: ID!) { report(id: $id) { reporter { email } } }", json!({ "id": report }))
        .await;
    assert!(
        mayor.body["data"]["report"].is_null() || mayor.body["data"]["report"]["reporter"].is_null(),
        "{}",
        mayor.body
    );

    let log = reads(&admin, &report).await;
    // The queue, the alias (under the field's own name), the transition, the two renderings
    // of one request (two entries), the websocket.
    assert_eq!(
        operations(&log),
        ["brigadeQueue", "report", "report", "report", "report", "transitionReport"],
        "{log}"
    );
    let entry = &log["edges"][0]["node"];
    assert_eq!(entry["reader"]["email"], "gendarme.giromagny@vigie.test");
    assert_eq!(entry["brigade"]["code"], "COB-GIROMAGNY");
    assert!(entry["clientIp"].as_str().is_some_and(|ip| ip.starts_with("127.")), "{entry}");

    // The reporter reads who saw that they reported: the brigade, not the officer.
    let mine = reads(&resident, &report).await;
    assert_eq!(mine["totalCount"], 6);
    let seen = &mine["edges"][0]["node"];
    assert_eq!(seen["brigade"]["code"], "COB-GIROMAGNY");
    assert!(seen["brigade"]["name"].is_string());
    assert!(seen["reader"].is_null() && seen["clientIp"].is_null(), "{seen}");
    // Another resident reads nothing of it.
    let other = app.register("voisin.curieux@example.fr", "90052").await;
    assert_eq!(reads(&other.client, &report).await["totalCount"], 0);
    // Staff and coordinators do not read the log.
    for client in [&staff, &coordinator] {
        let refused = client.query(READS, json!({})).await;
        assert_eq!(refused.error_code(), "FORBIDDEN");
    }
}

#[tokio::test]
async fn an_admin_reads_the_log_of_their_departements_only() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let filed = resident.query(FILE, filing("lecture-doubs", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let staff = app.staff().await;
    staff
        .query("query($id: ID!) { report(id: $id) { reporter { email } } }", json!({ "id": report }))
        .await
        .data();
    let doubs = app.admin_of("admin.doubs@prefecture.test", &["25"]).await;
    assert_eq!(reads(&doubs, &report).await["totalCount"], 0);
    let belfort = app.admin_of("admin.belfort@prefecture.test", &["90"]).await;
    assert_eq!(reads(&belfort, &report).await["totalCount"], 1);
    let anonymous = app.anonymous().query(READS, json!({})).await;
    assert_eq!(anonymous.error_code(), "UNAUTHENTICATED");
}
