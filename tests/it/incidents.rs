//! Incidents: reports of one fact grouped at filing by place, time and category, for the
//! brigade alone; confirmed, split, merged and moved together.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, filing, inside, staff_brigade_id};

const INCIDENTS: &str = "query($b: ID) { incidents(brigadeId: $b) { totalCount nodes { id confirmed reportCount openCount center { latitude } reports { id status } } } }";
const OF_REPORT: &str = "query($id: ID!) { report(id: $id) { id status incident { id reportCount } } }";
const QUEUE: &str = "query($f: QueueFilter) { brigadeQueue(filter: $f, first: 100) { totalCount nodes { id incident { id } } } }";
const METRE: f64 = 1.0 / 111_320.0;

/// Files a report `north` metres north and `east` metres east of Giromagny's inside point;
/// returns its id after checking it went to the demo brigade.
async fn file_at(client: &Client, tag: &str, category: &str, north: f64, east: f64) -> String {
    let (lat, lon) = inside("90052");
    let at = (lat + north * METRE, lon + east * METRE / lat.to_radians().cos());
    let filed = client.query(FILE, filing(tag, category, at)).await;
    assert_eq!(filed.data()["fileReport"]["brigade"]["code"], "COB-GIROMAGNY", "{}", filed.body);
    filed.data()["fileReport"]["id"].as_str().expect("id").to_owned()
}

fn incident_of(answer: &vigie_tests::Gql) -> Value {
    answer.data()["report"]["incident"].clone()
}

#[tokio::test]
async fn three_close_reports_form_an_incident_and_a_distant_or_unrelated_one_does_not() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let first = file_at(&resident, "inc-1", "SUSPICIOUS_VEHICLE", 0.0, 0.0).await;
    let second = file_at(&resident, "inc-2", "BURGLARY", 60.0, 0.0).await;
    let third = file_at(&resident, "inc-3", "SUSPICIOUS_BEHAVIOUR", 0.0, 120.0).await;
    let distant = file_at(&resident, "inc-4", "SUSPICIOUS_VEHICLE", -450.0, 0.0).await;
    let unrelated = file_at(&resident, "inc-5", "VANDALISM", 20.0, 20.0).await;

    let listed = staff.query(INCIDENTS, json!({})).await;
    let incidents = &listed.data()["incidents"];
    assert_eq!(incidents["totalCount"], 1, "{incidents}");
    let incident = &incidents["nodes"][0];
    let grouped: Vec<&str> =
        incident["reports"].as_array().expect("reports").iter().filter_map(|r| r["id"].as_str()).collect();
    assert_eq!(grouped, [first.as_str(), second.as_str(), third.as_str()]);
    assert_eq!((incident["reportCount"].as_i64(), incident["confirmed"].as_bool()), (Some(3), Some(false)));
    for alone in [&distant, &unrelated] {
        assert!(incident_of(&staff.query(OF_REPORT, json!({ "id": alone })).await).is_null(), "{alone}");
    }
    assert_eq!(incident_of(&staff.query(OF_REPORT, json!({ "id": second })).await)["id"], incident["id"]);

    // The brigade's alone: the reporter and the mayor see the report, not its incident.
    assert!(incident_of(&resident.query(OF_REPORT, json!({ "id": second })).await).is_null());
    let mayor = app.coordinator().await;
    let overseen = mayor.query(OF_REPORT, json!({ "id": second })).await;
    assert!(overseen.data()["report"].is_object() && incident_of(&overseen).is_null());
    assert_eq!(mayor.query(INCIDENTS, json!({})).await.error_code(), "FORBIDDEN");
    let delle = app.staff_of("BTA-DELLE", "delle.incident@gendarmerie.test").await;
    assert_eq!(delle.query(INCIDENTS, json!({})).await.data()["incidents"]["totalCount"], 0);
    let giromagny = staff_brigade_id(&staff).await;
    assert_eq!(delle.query(INCIDENTS, json!({ "b": giromagny })).await.error_code(), "FORBIDDEN");

    // One row per incident: its first report stands for it.
    let all = staff.query(QUEUE, json!({ "f": {} })).await;
    assert_eq!(all.data()["brigadeQueue"]["totalCount"], 5);
    let grouped = staff.query(QUEUE, json!({ "f": { "onePerIncident": true } })).await;
    let rows: Vec<&str> = grouped.data()["brigadeQueue"]["nodes"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|row| row["id"].as_str())
        .collect();
    assert_eq!(rows.len(), 3, "{rows:?}");
    assert!(
        rows.contains(&first.as_str()) && !rows.contains(&second.as_str()) && !rows.contains(&third.as_str())
    );

    // The representative is chosen among what the whole filter keeps: the incident whose
    // second report is the caller's shows, through it, under « mine ».
    let me = staff.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let assign = "mutation($r: ID!, $u: ID) { assignReport(reportId: $r, userId: $u) { id } }";
    staff.query(assign, json!({ "r": second, "u": me })).await.data();
    let mine =
        staff.query(QUEUE, json!({ "f": { "onePerIncident": true, "assignment": "ASSIGNED_TO_ME" } })).await;
    let mine: Vec<&str> = mine.data()["brigadeQueue"]["nodes"]
        .as_array()
        .expect("rows")
        .iter()
        .filter_map(|row| row["id"].as_str())
        .collect();
    assert_eq!(mine, [second.as_str()]);
}

#[tokio::test]
async fn the_brigade_confirms_splits_merges_and_moves_a_whole_incident() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let neighbour = crate::reports::approved_resident(&app, "voisin.incident@vigie.test", "90052").await.0;
    let staff = app.staff().await;
    let first = file_at(&resident, "w-1", "BURGLARY", 0.0, 0.0).await;
    let second = file_at(&neighbour, "w-2", "BURGLARY", 30.0, 0.0).await;
    let third = file_at(&neighbour, "w-3", "SUSPICIOUS_VEHICLE", 0.0, 40.0).await;
    let incident = incident_of(&staff.query(OF_REPORT, json!({ "id": first })).await)["id"].clone();
    assert!(incident.is_string());

    // Only the brigade's staff act on it; another brigade finds nothing.
    let confirm =
        "mutation($i: ID!) { confirmIncident(incidentId: $i) { confirmed confirmedBy { displayName } } }";
    let delle = app.staff_of("BTA-DELLE", "delle.incident2@gendarmerie.test").await;
    assert_eq!(delle.query(confirm, json!({ "i": incident })).await.error_code(), "NOT_FOUND");
    assert_eq!(resident.query(confirm, json!({ "i": incident })).await.error_code(), "FORBIDDEN");
    let confirmed = staff.query(confirm, json!({ "i": incident })).await;
    assert_eq!(confirmed.data()["confirmIncident"]["confirmed"], true);

    // A report split out stands alone, and a new close filing does not join it again.
    let split = "mutation($r: ID!) { splitReportFromIncident(reportId: $r, reason: \"Autre fait\") { id incident { id } } }";
    let out = staff.query(split, json!({ "r": third })).await;
    assert!(out.data()["splitReportFromIncident"]["incident"].is_null());
    assert_eq!(staff.query(split, json!({ "r": third })).await.error_field(), Some("reportId"));
    let fourth = file_at(&resident, "w-4", "SUSPICIOUS_VEHICLE", 0.0, 45.0).await;
    assert_eq!(incident_of(&staff.query(OF_REPORT, json!({ "id": fourth })).await)["id"], incident);
    assert!(incident_of(&staff.query(OF_REPORT, json!({ "id": third })).await).is_null());

    // The whole incident is acknowledged: each reporter hears of their own report.
    let mv = "mutation($i: ID!, $to: ReportStatus!, $p: String) { transitionIncident(incidentId: $i, to: $to, publicNote: $p) { id status } }";
    let moved =
        staff.query(mv, json!({ "i": incident, "to": "ACKNOWLEDGED", "p": "Patrouille envoyée." })).await;
    assert_eq!(moved.data()["transitionIncident"].as_array().map(Vec::len), Some(3));
    for id in [&first, &second, &fourth] {
        let seen = staff.query(OF_REPORT, json!({ "id": id })).await;
        assert_eq!(seen.data()["report"]["status"], "ACKNOWLEDGED");
    }
    assert_eq!(
        staff.query(OF_REPORT, json!({ "id": third })).await.data()["report"]["status"],
        "SUBMITTED",
        "the report split out is not moved"
    );
    let feed = "{ notifications(first: 20) { nodes { kind reportId } } }";
    let heard = |answer: vigie_tests::Gql| -> Vec<String> {
        answer.data()["notifications"]["nodes"]
            .as_array()
            .expect("feed")
            .iter()
            .filter(|n| n["kind"] == "REPORT_UPDATE")
            .filter_map(|n| n["reportId"].as_str().map(str::to_owned))
            .collect()
    };
    let mut own = heard(neighbour.query(feed, json!({})).await);
    own.sort();
    let mut expected = vec![second.clone()];
    expected.sort();
    assert_eq!(own, expected, "the neighbour hears of their report only");
    let rejected = staff.query(mv, json!({ "i": incident, "to": "REJECTED" })).await;
    assert_eq!(rejected.error_field(), Some("publicNote"));
    assert_eq!(
        staff.query(mv, json!({ "i": incident, "to": "RESOLVED" })).await.error_code(),
        "INVALID_TRANSITION",
        "none may go from acknowledged to resolved"
    );

    // Two incidents merge; rerouting a report out of a pair dissolves it.
    let far_a = file_at(&resident, "w-5", "VANDALISM", 0.0, -450.0).await;
    let far_b = file_at(&neighbour, "w-6", "VANDALISM", 10.0, -450.0).await;
    let other = incident_of(&staff.query(OF_REPORT, json!({ "id": far_a })).await)["id"].clone();
    assert!(other.is_string() && other != incident);
    let merge =
        "mutation($i: ID!, $o: ID!) { mergeIncidents(incidentId: $i, otherIncidentId: $o) { reportCount } }";
    assert_eq!(
        staff.query(merge, json!({ "i": incident, "o": incident })).await.error_field(),
        Some("otherIncidentId")
    );
    let merged = staff.query(merge, json!({ "i": incident, "o": other })).await;
    assert_eq!(merged.data()["mergeIncidents"]["reportCount"], 5);
    let add =
        "mutation($i: ID!, $r: ID!) { addReportToIncident(incidentId: $i, reportId: $r) { reportCount } }";
    assert_eq!(
        staff.query(add, json!({ "i": incident, "r": third })).await.data()["addReportToIncident"]["reportCount"],
        6
    );
    assert_eq!(staff.query(INCIDENTS, json!({})).await.data()["incidents"]["totalCount"], 1);
    let history = "query($id: ID!) { report(id: $id) { events { kind internalNote } } }";
    let events = staff.query(history, json!({ "id": far_b })).await;
    assert!(events.body.to_string().contains("INCIDENT_CHANGED"), "{}", events.body);
    let public = neighbour.query(history, json!({ "id": far_b })).await;
    assert!(!public.body.to_string().contains("INCIDENT_CHANGED"), "internal to the brigade");

    let pair_a = file_at(&resident, "w-7", "MOTORBIKE_RODEO", -450.0, 0.0).await;
    let pair_b = file_at(&neighbour, "w-8", "MOTORBIKE_RODEO", -440.0, 0.0).await;
    assert!(incident_of(&staff.query(OF_REPORT, json!({ "id": pair_b })).await).is_object());
    let delle = app.staff_of("BTA-DELLE", "delle.incident3@gendarmerie.test").await;
    let delle_id = staff_brigade_id(&delle).await;
    let reroute = "mutation($r: ID!, $b: ID!) { rerouteReport(reportId: $r, brigadeId: $b, reason: \"Compétence\") { id } }";
    staff.query(reroute, json!({ "r": pair_b, "b": delle_id })).await.data();
    assert!(incident_of(&staff.query(OF_REPORT, json!({ "id": pair_a })).await).is_null(), "dissolved");
}

/// Neighbours report one burglary at the same moment: however the filings interleave
/// (several transactions at once on PostgreSQL), they end in one incident.
#[tokio::test]
async fn simultaneous_close_filings_end_in_one_incident() {
    let app = TestApp::spawn().await;
    let mut residents = Vec::new();
    for n in 0..6 {
        residents.push(
            crate::reports::approved_resident(&app, &format!("simultane.{n}@vigie.test"), "90052").await.0,
        );
    }
    let filings = residents
        .iter()
        .enumerate()
        .map(|(n, resident)| file_at(resident, "same-night", "BURGLARY", n as f64 * 10.0, 0.0));
    let ids = futures_util::future::join_all(filings).await;
    let staff = app.staff().await;
    let listed = staff.query(INCIDENTS, json!({})).await;
    assert_eq!(listed.data()["incidents"]["totalCount"], 1, "{}", listed.body);
    assert_eq!(listed.data()["incidents"]["nodes"][0]["reportCount"], ids.len());
}
