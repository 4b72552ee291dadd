//! Privacy lifecycle (issue #22): the read log of reporters' identities.

use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
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

const DELETE: &str = "mutation($password: String!) { deleteMyAccount(password: $password) }";
const DETAIL: &str = "query($id: ID!) { report(id: $id) { status description category { code } commune { code } location { latitude longitude } reporter { email } events { kind publicNote } } }";

#[tokio::test]
async fn a_resident_erases_their_account_and_their_reports_stay_anonymised() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let at = inside("90052");
    let filed = resident.query(FILE, filing("effacement", "OTHER", at)).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let comment = "mutation($id: ID!) { addReportComment(reportId: $id, body: \"Ma voisine Mme Martin a tout vu.\") { id } }";
    resident.query(comment, json!({ "id": report })).await.data();
    // Four more, so that the bilan's total (5) is shown rather than suppressed.
    for n in 0..4 {
        resident.query(FILE, filing(&format!("effacement-{n}"), "OTHER", at)).await.data();
    }
    let coordinator = app.coordinator().await;
    let activity = "{ communeActivity(communeCode: \"90052\") { total } }";
    let before = coordinator.query(activity, json!({})).await.data()["communeActivity"]["total"].clone();
    let year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().expect("year");
    let bilan_before =
        coordinator.query(BILAN, json!({ "year": year })).await.data()["communeBilan"]["total"].clone();
    assert_eq!(bilan_before, 5);

    let wrong = resident.query(DELETE, json!({ "password": "pas le bon mot de passe" })).await;
    assert_eq!((wrong.error_code(), wrong.error_field()), ("BAD_USER_INPUT", Some("password")));
    assert!(resident.query("{ me { id } }", json!({})).await.data()["me"]["id"].is_string());
    let erased = resident.query(DELETE, json!({ "password": "habitant-demo-90" })).await;
    assert_eq!(erased.data()["deleteMyAccount"], true);

    // Gone: its token, its password, its address.
    assert_eq!(resident.query("{ me { id } }", json!({})).await.error_code(), "UNAUTHENTICATED");
    let login = app
        .anonymous()
        .query(
            "mutation { login(email: \"habitant.giromagny@vigie.test\", password: \"habitant-demo-90\") { accessToken } }",
            json!({}),
        )
        .await;
    assert_eq!(login.error_code(), "UNAUTHENTICATED");
    // The brigade still has the report, anonymised: no reporter, no description, no words of
    // the reporter's, the place on the grid; category, commune and status stay.
    let staff = app.staff().await;
    let seen = staff.query(DETAIL, json!({ "id": report })).await;
    let seen = &seen.data()["report"];
    assert_eq!(seen["status"], "SUBMITTED");
    assert_eq!(seen["category"]["code"], "OTHER");
    assert_eq!(seen["commune"]["code"], "90052");
    assert!(seen["reporter"].is_null(), "{seen}");
    assert_eq!(seen["description"], "");
    assert!(!seen.to_string().contains("Martin"), "{seen}");
    let moved = (seen["location"]["latitude"].as_f64().expect("lat") - at.0).abs()
        + (seen["location"]["longitude"].as_f64().expect("lon") - at.1).abs();
    assert!(moved > 0.0, "the exact place is gone");
    // The commune's figures are unchanged.
    let after = coordinator.query(activity, json!({})).await.data()["communeActivity"]["total"].clone();
    assert_eq!(before, after);
    let bilan_after =
        coordinator.query(BILAN, json!({ "year": year })).await.data()["communeBilan"]["total"].clone();
    assert_eq!(bilan_after, bilan_before, "the bilan still counts the erased resident's reports");
    // The address can register anew (nothing of the old account is left to collide with).
    app.register("habitant.giromagny@vigie.test", "90052").await;
}

#[tokio::test]
async fn a_desk_account_closing_itself_is_disabled_not_deleted() {
    let app = TestApp::spawn().await;
    let staff = app.staff_of("COB-GIROMAGNY", "depart@gendarmerie.test").await;
    let me = staff.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let closed = staff.query(DELETE, json!({ "password": "une phrase de passe solide" })).await;
    assert_eq!(closed.data()["deleteMyAccount"], true);
    assert_eq!(staff.query("{ me { id } }", json!({})).await.error_code(), "UNAUTHENTICATED");
    let login = app
        .anonymous()
        .query(
            "mutation { login(email: \"depart@gendarmerie.test\", password: \"une phrase de passe solide\") { accessToken } }",
            json!({}),
        )
        .await;
    assert_eq!(login.error_code(), "FORBIDDEN", "disabled, not deleted: {}", login.body);
    // Still there for the admin, disabled.
    let admin = app.admin().await;
    let found = admin
        .query(
            "{ users(filter: { search: \"depart@gendarmerie\" }) { edges { node { id disabledAt } } } }",
            json!({}),
        )
        .await;
    let node = &found.data()["users"]["edges"][0]["node"];
    assert_eq!(node["id"], me);
    assert!(node["disabledAt"].is_string(), "{node}");
}

#[tokio::test]
async fn a_resident_exports_everything_held_about_them() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let jpeg = vigie_tests::images::jpeg_with_gps();
    let (photo, status) = crate::photos::upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await;
    assert_eq!(status, 200);
    let filed = resident.query(FILE, crate::photos::with_photos("export", &[&photo])).await;
    let report = filed.data()["fileReport"]["id"].clone();
    resident
        .query("mutation { registerDevice(platform: ANDROID, token: \"jeton-export\") { id } }", json!({}))
        .await
        .data();
    let staff = app.staff().await;
    staff
        .query("query($id: ID!) { report(id: $id) { reporter { email } } }", json!({ "id": report }))
        .await
        .data();
    staff
        .query(
            "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED, publicNote: \"Bien reçu\", internalNote: \"Voisin connu\") { id } }",
            json!({ "id": report }),
        )
        .await
        .data();

    let exported = resident.query("{ exportMyData }", json!({})).await;
    let document = &exported.data()["exportMyData"];
    assert_eq!(document["format"], "vigie-export/1");
    assert_eq!(document["account"]["email"], "habitant.giromagny@vigie.test");
    assert_eq!(document["enrolment"], json!({ "commune": "90052", "status": "APPROVED" }));
    let filed = &document["reports"][0];
    assert_eq!(filed["id"], report);
    assert_eq!(filed["status"], "ACKNOWLEDGED");
    assert!(filed["location"]["latitude"].is_number());
    assert_eq!(filed["photos"][0]["id"], photo.as_str());
    let link = filed["photos"][0]["url"].as_str().expect("a signed link");
    let fetched = app.http().get(link).send().await.expect("the link answers");
    assert!(fetched.status().is_success(), "{link}: {}", fetched.status());
    let history = filed["history"].as_array().expect("history");
    assert!(history.iter().any(|event| event["publicNote"] == "Bien reçu"), "{filed}");
    assert!(!document.to_string().contains("Voisin connu"), "an internal note leaked");
    assert_eq!(document["devices"][0]["platform"], "ANDROID");
    assert!(!document.to_string().contains("jeton-export"), "a push token is not the resident's to carry");
    assert!(document["notificationPreferences"].is_array());
    assert!(document["notifications"].as_array().is_some_and(|feed| !feed.is_empty()), "{document}");
    assert_eq!(document["identityReads"][0]["reportId"], report);
    assert!(document["identityReads"][0]["brigade"].is_string());
    assert!(!document.to_string().contains("gendarme.giromagny"), "the officer is not named");
    assert!(!document.to_string().contains("password"), "no credential");
}

/// A closed report with a photo, a retention dry run that changes nothing, then a run with
/// closed reports kept zero days: anonymised, its photo gone from the store, its commune's
/// figures unchanged, the run audited; a second run finds nothing more.
async fn retention_flow(adjust: impl FnOnce(&mut vigie::config::Config)) {
    use vigie::privacy::retention::{self, Durations, Run};

    let app = TestApp::spawn_with(|config| {
        adjust(config);
        config.retain_closed_reports_days = 0;
    })
    .await;
    let resident = app.resident().await;
    let jpeg = vigie_tests::images::jpeg_with_gps();
    let (photo, status) = crate::photos::upload(&app, &resident, "image/jpeg", jpeg.len(), jpeg).await;
    assert_eq!(status, 200);
    let filed = resident.query(FILE, crate::photos::with_photos("retention", &[&photo])).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let staff = app.staff().await;
    staff
        .query(
            "mutation($id: ID!) { transitionReport(reportId: $id, to: REJECTED, publicNote: \"Hors du dispositif\") { id } }",
            json!({ "id": report }),
        )
        .await
        .data();
    let coordinator = app.coordinator().await;
    let activity = "{ communeActivity(communeCode: \"90052\") { total byCategory { key count } } }";
    let figures = coordinator.query(activity, json!({})).await.data()["communeActivity"].clone();
    let object = format!("photos/{photo}");
    let durations = Durations::from_config(&app.state.config);

    let dry =
        retention::run(&app.state.db, app.state.photo_service(), durations, true).await.expect("dry run");
    let Run::Done(would) = dry else { panic!("no other node runs it") };
    assert_eq!(would.reports_anonymised, 1);
    assert!(would.photos_deleted >= 1, "{would:?}");
    let untouched = staff.query(DETAIL, json!({ "id": report })).await;
    assert!(untouched.data()["report"]["reporter"]["email"].is_string(), "a dry run changes nothing");
    assert!(app.state.photos.read(&object, u64::MAX).await.expect("read").is_some());

    let done = retention::run(&app.state.db, app.state.photo_service(), durations, false).await.expect("run");
    assert_eq!(done, Run::Done(would.clone()), "a run does what its dry run said");
    let seen = staff.query(DETAIL, json!({ "id": report })).await;
    let seen = &seen.data()["report"];
    assert!(seen["reporter"].is_null() && seen["description"] == "", "{seen}");
    assert_eq!(seen["status"], "REJECTED");
    let photos = staff.query(crate::photos::PHOTOS, json!({ "id": report })).await;
    assert_eq!(photos.data()["report"]["photos"], json!([]));
    assert!(app.state.photos.read(&object, u64::MAX).await.expect("read").is_none(), "the object is deleted");
    assert_eq!(coordinator.query(activity, json!({})).await.data()["communeActivity"], figures);
    let audited = entity::audit_event::Entity::find()
        .filter(entity::audit_event::Column::Action.eq("retention.run"))
        .all(&app.state.db)
        .await
        .expect("audit");
    assert_eq!(audited.len(), 1);
    assert!(audited[0].detail.as_deref().is_some_and(|detail| detail.contains("\"reports_anonymised\":1")));

    let again =
        retention::run(&app.state.db, app.state.photo_service(), durations, false).await.expect("run");
    let Run::Done(again) = again else { panic!("no other node runs it") };
    assert_eq!(again.reports_anonymised, 0);
}

#[tokio::test]
async fn retention_anonymises_closed_reports_in_the_local_folder() {
    retention_flow(|_| {}).await;
}

#[tokio::test]
async fn retention_anonymises_closed_reports_in_the_s3_bucket() {
    if std::env::var("TEST_S3_ENDPOINT").is_err() {
        eprintln!("no S3 server in this run (scripts/test starts one): skipped");
        return;
    }
    retention_flow(|config| {
        vigie_tests::TestApp::s3(config);
    })
    .await;
}

#[tokio::test]
async fn retention_keeps_what_is_young_and_runs_from_the_command_line() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let filed = resident.query(FILE, filing("jeune", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    app.staff()
        .await
        .query(
            "mutation($id: ID!) { transitionReport(reportId: $id, to: REJECTED, publicNote: \"Non\") { id } }",
            json!({ "id": report }),
        )
        .await
        .data();
    let data = app.state.config.data_dir.to_str().expect("utf-8").to_owned();
    crate::cli::vigie(&app.database, &["--data-dir", &data, "retention", "run", "--dry-run"])
        .await
        .expect("dry run");
    crate::cli::vigie(&app.database, &["--data-dir", &data, "retention", "run"]).await.expect("run");
    // With the default durations, a report closed today keeps its reporter.
    let seen = app.staff().await.query(DETAIL, json!({ "id": report })).await;
    assert!(seen.data()["report"]["reporter"]["email"].is_string());
}

const BILAN: &str = "query($year: Int!) { communeBilan(communeCode: \"90052\", year: $year) { total threshold byCategory { key count suppressed } byMonth { key count suppressed } outcomes { key count suppressed } medianMinutesToAcknowledge csv } }";

/// Whether some margin hides exactly one cell while the total is shown: that cell would be
/// the total minus the others.
fn recoverable(bilan: &Value) -> Option<String> {
    let total = bilan["total"].as_i64()?;
    for margin in ["byCategory", "byMonth", "outcomes"] {
        let cells = bilan[margin].as_array().expect("cells");
        let hidden: Vec<&Value> = cells.iter().filter(|cell| cell["suppressed"] == true).collect();
        let shown: i64 = cells.iter().filter_map(|cell| cell["count"].as_i64()).sum();
        if hidden.len() == 1 {
            return Some(format!("{margin}: {} = {}", hidden[0]["key"], total - shown));
        }
    }
    None
}

#[tokio::test]
async fn the_bilan_suppresses_small_counts_so_that_no_total_gives_them_back() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    for (category, count) in [("OTHER", 3), ("VANDALISM", 7), ("SUSPICIOUS_BEHAVIOUR", 12)] {
        for n in 0..count {
            let filed = resident
                .query(FILE, filing(&format!("bilan-{category}-{n}"), category, inside("90052")))
                .await;
            filed.data();
        }
    }
    let year = chrono::Utc::now().format("%Y").to_string().parse::<i32>().expect("year");
    let coordinator = app.coordinator().await;
    let bilan = coordinator.query(BILAN, json!({ "year": year })).await;
    let bilan = &bilan.data()["communeBilan"];
    assert_eq!(bilan["threshold"], 5);
    assert_eq!(bilan["total"], 22);
    let count = |key: &str| {
        bilan["byCategory"]
            .as_array()
            .expect("cells")
            .iter()
            .find(|cell| cell["key"] == key)
            .cloned()
            .expect("cell")
    };
    // 3 is suppressed; so is 7, the smallest other count, or 3 = 22 - 7 - 12.
    assert_eq!(count("OTHER"), json!({ "key": "OTHER", "count": null, "suppressed": true }));
    assert_eq!(count("VANDALISM")["suppressed"], true);
    assert_eq!(count("SUSPICIOUS_BEHAVIOUR")["count"], 12);
    assert_eq!(recoverable(bilan), None, "{bilan}");
    assert_eq!(bilan["byMonth"].as_array().expect("months").len(), 12);
    assert!(bilan["medianMinutesToAcknowledge"].is_null(), "nothing acknowledged");
    let csv = bilan["csv"].as_str().expect("csv");
    assert!(csv.starts_with("rubrique,valeur,nombre\n"), "{csv}");
    assert!(csv.contains("catégorie,OTHER,< 5\n") && csv.contains("total,,22\n"), "{csv}");

    // The brigade covering the commune reads it; a resident does not; a year to come is input.
    let staff = app.staff().await;
    assert_eq!(staff.query(BILAN, json!({ "year": year })).await.data()["communeBilan"]["total"], 22);
    assert_eq!(resident.query(BILAN, json!({ "year": year })).await.error_code(), "FORBIDDEN");
    let later = coordinator.query(BILAN, json!({ "year": year + 1 })).await;
    assert_eq!((later.error_code(), later.error_field()), ("BAD_USER_INPUT", Some("year")));
    // The command line prints the same CSV.
    crate::cli::vigie(&app.database, &["bilan", "--commune", "90052", "--year", &year.to_string()])
        .await
        .expect("bilan");
}

/// On PostgreSQL, a node finds the retention lock taken while another runs, and skips its
/// turn (the embedded mode has one node, whose writer turn serialises runs).
#[tokio::test]
async fn retention_runs_on_one_node_at_a_time() {
    use sea_orm::{ConnectionTrait, DatabaseBackend, Statement, TransactionTrait};
    use vigie::privacy::retention::{self, Durations, LOCK, Run};

    let app = TestApp::spawn().await;
    if app.state.db.get_database_backend() != DatabaseBackend::Postgres {
        eprintln!("embedded mode: one node; the advisory lock is PostgreSQL's");
        return;
    }
    let other = app.second_node().await;
    let durations = Durations::from_config(&app.state.config);
    // Another node in the middle of its run: it holds the lock for its transaction.
    let running = other.state.db.begin().await.expect("begin");
    running
        .execute_raw(Statement::from_sql_and_values(
            DatabaseBackend::Postgres,
            "SELECT pg_advisory_xact_lock($1)",
            [LOCK.into()],
        ))
        .await
        .expect("lock");
    let busy = retention::run(&app.state.db, app.state.photo_service(), durations, false).await.expect("run");
    assert_eq!(busy, Run::Busy);
    running.commit().await.expect("release");
    let done = retention::run(&app.state.db, app.state.photo_service(), durations, false).await.expect("run");
    assert!(matches!(done, Run::Done(_)), "{done:?}");
}
