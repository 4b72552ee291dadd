//! Abusive use of Vigie: the brigade, who alone sees who reported, flags a reporter; the
//! commune's coordinators see the flag — never the report — and decide; both audited.

use serde_json::{Value, json};
use vigie_tests::TestApp;

use crate::reports::{FILE, approved_resident, filing, inside};

const FLAG: &str = "mutation($r: ID!, $why: String!) { flagReporterAbuse(reportId: $r, reason: $why) { id status reason resident { id } brigade { code } } }";
const FLAGS: &str = "query($c: String!) { abuseFlags(communeCode: $c, first: 10) { totalCount nodes { id status reason resident { displayName } brigade { code } } } }";
const DECIDE: &str = "mutation($id: ID!, $s: Boolean!, $n: String) { decideAbuseFlag(id: $id, suspend: $s, note: $n) { status decisionNote decidedAt } }";

#[tokio::test]
async fn the_brigade_flags_a_reporter_and_the_commune_decides_without_seeing_the_report() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let mayor = app.coordinator().await;
    let filed = resident.query(FILE, filing("abuse-1", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].as_str().expect("report").to_owned();
    let why = "Cinquième signalement inventé visant le même voisin.";

    // Only the report's brigade flags; a reason is required; one open flag at a time.
    let stranger = app.staff_of("BTA-DELLE", "delle.abus@gendarmerie.test").await;
    assert_eq!(stranger.query(FLAG, json!({ "r": report, "why": why })).await.error_code(), "NOT_FOUND");
    assert_eq!(mayor.query(FLAG, json!({ "r": report, "why": why })).await.error_code(), "FORBIDDEN");
    let empty = staff.query(FLAG, json!({ "r": report, "why": "  " })).await;
    assert_eq!((empty.error_code(), empty.error_field()), ("BAD_USER_INPUT", Some("reason")));
    let flagged = staff.query(FLAG, json!({ "r": report, "why": why })).await;
    let flag = flagged.data()["flagReporterAbuse"].clone();
    assert_eq!(
        (flag["status"].as_str(), flag["brigade"]["code"].as_str()),
        (Some("OPEN"), Some("COB-GIROMAGNY"))
    );
    assert_eq!(staff.query(FLAG, json!({ "r": report, "why": why })).await.error_code(), "CONFLICT");

    // The mayor hears of it and sees the resident and the reason — the flag type has no
    // report to give.
    let feed = mayor.query("{ notifications(first: 5) { nodes { kind subjectId } } }", json!({})).await;
    assert_eq!(
        feed.data()["notifications"]["nodes"][0],
        json!({ "kind": "ABUSE_FLAG", "subjectId": flag["id"] })
    );
    let listed = mayor.query(FLAGS, json!({ "c": "90052" })).await;
    let seen: &Value = &listed.data()["abuseFlags"]["nodes"][0];
    assert_eq!(
        (seen["reason"].as_str(), seen["resident"]["displayName"].as_str()),
        (Some(why), Some("Claire Habitante"))
    );
    assert!(!listed.body.to_string().contains(&report), "the report stays with the brigade");
    assert_eq!(resident.query(FLAGS, json!({ "c": "90052" })).await.error_code(), "FORBIDDEN");
    assert_eq!(
        staff.query(DECIDE, json!({ "id": flag["id"], "s": true })).await.error_code(),
        "NOT_FOUND",
        "a flag the caller may not decide is as good as missing"
    );

    // The mayor suspends: the resident's session ends; the flag is closed; both audited.
    let decided =
        mayor.query(DECIDE, json!({ "id": flag["id"], "s": true, "n": "Vu avec la brigade." })).await;
    assert_eq!(decided.data()["decideAbuseFlag"]["status"], "SUSPENDED");
    assert_eq!(resident.query("{ me { id } }", json!({})).await.error_code(), "UNAUTHENTICATED");
    assert_eq!(mayor.query(DECIDE, json!({ "id": flag["id"], "s": false })).await.error_code(), "CONFLICT");
    let audit = app.admin().await.query("{ auditEvents(first: 50) { nodes { kind } } }", json!({})).await;
    let actions: Vec<&str> = audit.data()["auditEvents"]["nodes"]
        .as_array()
        .expect("audit")
        .iter()
        .filter_map(|e| e["kind"].as_str())
        .collect();
    for action in ["resident.abuse_flagged", "resident.suspended", "abuse_flag.suspended"] {
        assert!(actions.contains(&action), "{action} in {actions:?}");
    }
}

#[tokio::test]
async fn a_dismissed_flag_leaves_the_resident_enrolled() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let mayor = app.coordinator().await;
    let filed = resident.query(FILE, filing("abuse-2", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let flagged =
        staff.query(FLAG, json!({ "r": report, "why": "Signalements répétés sans fondement." })).await;
    let id = flagged.data()["flagReporterAbuse"]["id"].clone();
    let kept = mayor.query(DECIDE, json!({ "id": id, "s": false, "n": "Habitant de bonne foi." })).await;
    assert_eq!(kept.data()["decideAbuseFlag"]["status"], "DISMISSED");
    assert!(resident.query("{ me { id } }", json!({})).await.body.get("errors").is_none());
    let open =
        mayor.query("{ abuseFlags(communeCode: \"90052\", status: OPEN) { totalCount } }", json!({})).await;
    assert_eq!(open.data()["abuseFlags"]["totalCount"], 0);
    // A new flag may follow once the first is decided.
    let again = staff.query(FLAG, json!({ "r": report, "why": "Nouveau signalement infondé." })).await;
    assert_eq!(again.data()["flagReporterAbuse"]["status"], "OPEN");
}

/// A flag is data about the resident: they read it in their export (not who flagged), and
/// once decided it goes with retention — an open one waits for its decision, however old.
#[tokio::test]
async fn the_resident_reads_their_flags_and_decided_ones_are_not_kept_for_ever() {
    use vigie::privacy::retention::{self, Durations, Run};

    let app = TestApp::spawn_with(|config| config.retain_decided_abuse_flags_days = 0).await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let mayor = app.coordinator().await;
    let filed = resident.query(FILE, filing("abuse-3", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let why = "Signalements en série contre un voisin.";
    let flagged = staff.query(FLAG, json!({ "r": report, "why": why })).await;
    let first = flagged.data()["flagReporterAbuse"]["id"].clone();

    let exported = resident.query("{ exportMyData }", json!({})).await;
    let flags = exported.data()["exportMyData"]["abuseFlags"].clone();
    assert_eq!(
        (flags[0]["reportId"].clone(), flags[0]["reason"].as_str(), flags[0]["status"].as_str()),
        (report.clone(), Some(why), Some("OPEN")),
        "{flags}"
    );
    assert!(flags[0]["brigade"].is_string());
    assert!(!flags.to_string().contains("gendarme.giromagny"), "the officer is not named");

    let durations = Durations::from_config(&app.state.config);
    let run = || retention::run(&app.state.db, app.state.photo_service(), durations, false);
    let Run::Done(counts) = run().await.expect("run") else { panic!("one node") };
    assert_eq!(counts.abuse_flags_deleted, 0, "an open flag is kept");
    mayor.query(DECIDE, json!({ "id": first, "s": false, "n": "Bonne foi." })).await.data();
    let second = staff.query(FLAG, json!({ "r": report, "why": "De nouveau." })).await;
    let second = second.data()["flagReporterAbuse"]["id"].clone();
    let Run::Done(counts) = run().await.expect("run") else { panic!("one node") };
    assert_eq!(counts.abuse_flags_deleted, 1, "the decided flag goes");
    let listed = mayor.query(FLAGS, json!({ "c": "90052" })).await;
    let ids: Vec<&Value> =
        listed.data()["abuseFlags"]["nodes"].as_array().expect("flags").iter().map(|f| &f["id"]).collect();
    assert_eq!(ids, [&second]);
}

/// Each flag tells the commune's coordinators: a staff member's flags are throttled like
/// their other messages.
#[tokio::test]
async fn flagging_is_throttled_per_staff_member() {
    let app = TestApp::spawn_with(|config| config.messages_per_hour = 1).await;
    let staff = app.staff().await;
    let mut codes = Vec::new();
    for n in 0..2 {
        let (resident, _) = approved_resident(&app, &format!("abus.{n}@vigie.test"), "90052").await;
        let filed = resident.query(FILE, filing(&format!("abuse-t{n}"), "OTHER", inside("90052"))).await;
        let report = filed.data()["fileReport"]["id"].clone();
        let answer = staff.query(FLAG, json!({ "r": report, "why": "Signalement infondé." })).await;
        codes.push(answer.body["errors"][0]["extensions"]["code"].as_str().unwrap_or("OK").to_owned());
    }
    assert_eq!(codes, ["OK", "RATE_LIMITED"]);
}
