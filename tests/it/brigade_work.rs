//! The brigade's work on its queue: a report given to one of its members (and only the
//! brigade knows who), the brigade's own priority ordering the queue, acknowledgement
//! deadlines and their escalation — to the commander, then the département's admins, each
//! exactly once whatever the number of nodes and their restarts.

use std::time::Duration;

use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, sea_query::Expr};
use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, filing, inside};

const ASSIGN: &str = "mutation($id: ID!, $u: ID) { assignReport(reportId: $id, userId: $u) { id assignee { id displayName } } }";
const PRIORITY: &str = "mutation($id: ID!, $p: Int!, $why: String) { setReportPriority(reportId: $id, priority: $p, reason: $why) { id priority } }";
const WORK: &str = "query($id: ID!) { report(id: $id) { id assignee { id } priority acknowledgeBy overdue createdAt events { kind internalNote } } }";
const QUEUE: &str = "query($filter: QueueFilter) { brigadeQueue(filter: $filter, first: 50) { totalCount nodes { id priority overdue } } }";
const FEED: &str = "{ notifications(first: 50) { nodes { kind reportId } } }";
const TRANSITION: &str = "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { id } }";

async fn file(resident: &Client, tag: &str, category: &str) -> String {
    let filed = resident.query(FILE, filing(tag, category, inside("90052"))).await;
    filed.data()["fileReport"]["id"].as_str().expect("report id").to_owned()
}

async fn id_of(client: &Client) -> Value {
    client.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone()
}

/// How many notifications of `kind` about `report` `client`'s feed holds.
async fn heard(client: &Client, kind: &str, report: &str) -> usize {
    let feed = client.query(FEED, json!({})).await;
    feed.data()["notifications"]["nodes"]
        .as_array()
        .expect("feed")
        .iter()
        .filter(|entry| entry["kind"] == kind && entry["reportId"] == report)
        .count()
}

#[tokio::test]
async fn a_report_is_given_to_a_member_of_the_brigade_and_only_the_brigade_knows_who() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let colleague = app.staff_of("COB-GIROMAGNY", "second.giromagny@gendarmerie.test").await;
    let stranger = app.staff_of("BTA-DELLE", "delle.assign@gendarmerie.test").await;
    let report = file(&resident, "assign-1", "OTHER").await;
    let colleague_id = id_of(&colleague).await;

    let listed = staff.query("{ brigadeStaff { id displayName } }", json!({})).await;
    let staff_ids: Vec<&Value> =
        listed.data()["brigadeStaff"].as_array().expect("staff").iter().map(|user| &user["id"]).collect();
    assert!(staff_ids.contains(&&colleague_id), "{}", listed.body);

    let assigned = staff.query(ASSIGN, json!({ "id": report, "u": colleague_id })).await;
    assert_eq!(assigned.data()["assignReport"]["assignee"]["id"], colleague_id);
    assert_eq!(heard(&colleague, "REPORT_ASSIGNED", &report).await, 1, "the assignee is told");
    // The same again changes nothing and tells nobody twice.
    staff.query(ASSIGN, json!({ "id": report, "u": colleague_id })).await.data();
    assert_eq!(heard(&colleague, "REPORT_ASSIGNED", &report).await, 1);

    let mine = colleague.query(QUEUE, json!({ "filter": { "assignment": "ASSIGNED_TO_ME" } })).await;
    assert_eq!(mine.data()["brigadeQueue"]["totalCount"], 1, "{}", mine.body);
    let free = staff.query(QUEUE, json!({ "filter": { "assignment": "UNASSIGNED" } })).await;
    let free_ids: Vec<&Value> =
        free.data()["brigadeQueue"]["nodes"].as_array().expect("nodes").iter().map(|n| &n["id"]).collect();
    assert!(!free_ids.contains(&&json!(report)));

    // Outside the brigade: no assignee, no priority, no deadline, no internal step.
    for outsider in [&resident, &app.coordinator().await] {
        let seen = outsider.query(WORK, json!({ "id": report })).await;
        let seen = &seen.data()["report"];
        assert!(seen["assignee"].is_null() && seen["priority"].is_null(), "{seen}");
        assert!(seen["acknowledgeBy"].is_null() && seen["overdue"].is_null(), "{seen}");
        let kinds: Vec<&Value> =
            seen["events"].as_array().expect("events").iter().map(|e| &e["kind"]).collect();
        assert!(!kinds.contains(&&json!("ASSIGNED")), "{seen}");
    }
    let inside_view = staff.query(WORK, json!({ "id": report })).await;
    let history = &inside_view.data()["report"]["events"];
    assert!(history.as_array().expect("events").iter().any(|e| e["kind"] == "ASSIGNED"
        && e["internalNote"].as_str().is_some_and(|note| note.contains("Brigade COB-GIROMAGNY"))));

    // Only an active member of the report's brigade; a foreign brigade sees nothing to assign.
    let foreign_id = id_of(&stranger).await;
    let refused = staff.query(ASSIGN, json!({ "id": report, "u": foreign_id })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("userId")));
    let refused = staff.query(ASSIGN, json!({ "id": report, "u": id_of(&resident).await })).await;
    assert_eq!(refused.error_code(), "BAD_USER_INPUT");
    assert_eq!(
        stranger.query(ASSIGN, json!({ "id": report, "u": foreign_id })).await.error_code(),
        "NOT_FOUND"
    );

    // Taken back.
    let back = staff.query(ASSIGN, json!({ "id": report, "u": null })).await;
    assert!(back.data()["assignReport"]["assignee"].is_null());
}

#[tokio::test]
async fn the_brigades_priority_orders_its_queue_and_the_reason_stays_in_the_history() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let urgent = file(&resident, "prio-urgent", "BURGLARY").await;
    let low = file(&resident, "prio-low", "OTHER").await;
    let order = |body: &Value| -> Vec<String> {
        body["brigadeQueue"]["nodes"]
            .as_array()
            .expect("nodes")
            .iter()
            .map(|n| n["id"].as_str().unwrap_or("").to_owned())
            .collect()
    };
    let before = order(staff.query(QUEUE, json!({})).await.data());
    let position = |list: &[String], id: &str| list.iter().position(|item| item == id).expect("listed");
    assert!(position(&before, &urgent) < position(&before, &low));

    let raised = staff
        .query(PRIORITY, json!({ "id": low, "p": 3, "why": "Troisième fait dans la rue cette semaine." }))
        .await;
    assert_eq!(raised.data()["setReportPriority"]["priority"], 3);
    let after = order(staff.query(QUEUE, json!({})).await.data());
    // Same priority: the older first.
    assert!(position(&after, &urgent) < position(&after, &low));
    staff.query(PRIORITY, json!({ "id": urgent, "p": 0 })).await.data();
    let after = order(staff.query(QUEUE, json!({})).await.data());
    assert!(position(&after, &low) < position(&after, &urgent), "the brigade's order wins");

    let history = staff.query(WORK, json!({ "id": low })).await;
    let note = history.data()["report"]["events"]
        .as_array()
        .expect("events")
        .iter()
        .find(|e| e["kind"] == "PRIORITY_CHANGED")
        .and_then(|e| e["internalNote"].as_str())
        .expect("the change is in the history")
        .to_owned();
    assert!(note.contains("normale → immédiate") && note.contains("Troisième fait"), "{note}");

    for bad in [4, -1] {
        let refused = staff.query(PRIORITY, json!({ "id": low, "p": bad })).await;
        assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("priority")));
    }
}

/// Moves the report's deadline (or its admins' one) into the past, as time would.
async fn let_time_pass(app: &TestApp, report: &str, column: entity::report::Column) {
    let id = uuid::Uuid::parse_str(report).expect("uuid");
    entity::report::Entity::update_many()
        .col_expr(column, Expr::value(chrono::Utc::now() - chrono::Duration::minutes(1)))
        .filter(entity::report::Column::Id.eq(id))
        .exec(&app.state.db)
        .await
        .expect("move the deadline");
}

/// Waits until `client` has heard `kind` about `report` (up to 15 s); how many times.
async fn wait_heard(client: &Client, kind: &str, report: &str) -> usize {
    for _ in 0..60 {
        let count = heard(client, kind, report).await;
        if count > 0 {
            return count;
        }
        tokio::time::sleep(Duration::from_millis(250)).await;
    }
    0
}

#[tokio::test]
async fn a_report_left_waiting_is_overdue_and_its_commander_then_the_admins_are_told_once_by_one_node() {
    let quick = |config: &mut vigie::config::Config| config.brigade_work.escalation_interval_secs = 1;
    let app = TestApp::spawn_with(quick).await;
    let resident = app.resident().await;
    let admin = app.admin().await;
    // The demo's gendarme commands the brigade; a colleague does not.
    let commander = app.staff().await;
    let is_commander = commander.query("{ me { commander } }", json!({})).await;
    assert_eq!(is_commander.data()["me"]["commander"], true);
    let staff = app.staff_of("COB-GIROMAGNY", "agent.delai@gendarmerie.test").await;
    let report = file(&resident, "late-1", "OTHER").await;

    let fresh = staff.query(WORK, json!({ "id": report })).await;
    let fresh = &fresh.data()["report"];
    let created =
        chrono::DateTime::parse_from_rfc3339(fresh["createdAt"].as_str().expect("created")).expect("date");
    let due =
        chrono::DateTime::parse_from_rfc3339(fresh["acknowledgeBy"].as_str().expect("due")).expect("date");
    assert_eq!(due - created, chrono::Duration::minutes(1440), "normal urgency: 24 hours");
    assert_eq!(fresh["overdue"], false);

    // A second node sweeps too; the deadline passes.
    let second = app.second_node_with(quick).await;
    let_time_pass(&app, &report, entity::report::Column::AcknowledgeBy).await;
    let late = staff.query(QUEUE, json!({ "filter": { "overdue": true } })).await;
    let late_ids: Vec<&Value> =
        late.data()["brigadeQueue"]["nodes"].as_array().expect("nodes").iter().map(|n| &n["id"]).collect();
    assert_eq!(late_ids, [&json!(report)], "{}", late.body);
    assert_eq!(wait_heard(&commander, "REPORT_OVERDUE", &report).await, 1, "the commander is told");
    // The commander alone: the other staff are not disturbed; the admins not yet.
    assert_eq!(heard(&staff, "REPORT_OVERDUE", &report).await, 0);
    assert_eq!(heard(&admin, "REPORT_OVERDUE", &report).await, 0);

    // A restart: the second node goes, a third comes; nobody is told twice.
    drop(second);
    let third = app.second_node_with(quick).await;
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(heard(&commander, "REPORT_OVERDUE", &report).await, 1);

    // The same delay again: the département's admins.
    let_time_pass(&app, &report, entity::report::Column::EscalateBy).await;
    assert_eq!(wait_heard(&admin, "REPORT_OVERDUE", &report).await, 1, "the admins are told");
    tokio::time::sleep(Duration::from_secs(3)).await;
    assert_eq!(heard(&admin, "REPORT_OVERDUE", &report).await, 1);
    assert_eq!(heard(&commander, "REPORT_OVERDUE", &report).await, 1);
    let steps = staff.query(WORK, json!({ "id": report })).await;
    let escalations = steps.data()["report"]["events"]
        .as_array()
        .expect("events")
        .iter()
        .filter(|e| e["kind"] == "ESCALATED")
        .count();
    assert_eq!(escalations, 2, "{}", steps.body);

    // Acknowledged: no longer overdue.
    staff.query(TRANSITION, json!({ "id": report })).await.data();
    assert_eq!(staff.query(WORK, json!({ "id": report })).await.data()["report"]["overdue"], false);
    drop(third);
}

#[tokio::test]
async fn a_departements_admins_set_its_delays_and_new_reports_get_them() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let set = "mutation($u: Int!, $h: Int!, $n: Int!, $l: Int!) { setAcknowledgementDeadlines(departement: \"90\", input: { urgentMinutes: $u, highMinutes: $h, normalMinutes: $n, lowMinutes: $l }) { normalMinutes chosen } }";
    let refused = admin.query(set, json!({ "u": 30, "h": 20, "n": 60, "l": 120 })).await;
    assert_eq!(refused.error_code(), "BAD_USER_INPUT", "a more urgent fact never waits longer");
    let refused = admin.query(set, json!({ "u": 0, "h": 20, "n": 60, "l": 120 })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("urgentMinutes")));
    let saved = admin.query(set, json!({ "u": 10, "h": 30, "n": 90, "l": 600 })).await;
    assert_eq!(saved.data()["setAcknowledgementDeadlines"], json!({ "normalMinutes": 90, "chosen": true }));
    let read = admin
        .query("{ acknowledgementDeadlines(departement: \"90\") { urgentMinutes chosen } }", json!({}))
        .await;
    assert_eq!(read.data()["acknowledgementDeadlines"], json!({ "urgentMinutes": 10, "chosen": true }));
    let audited = app
        .state
        .db
        .query_one_raw(sea_orm::Statement::from_string(
            app.state.db.get_database_backend(),
            "SELECT COUNT(*) AS n FROM audit_event WHERE action = 'acknowledgement_deadlines.set'",
        ))
        .await
        .expect("count")
        .and_then(|row| row.try_get::<i64>("", "n").ok());
    assert_eq!(audited, Some(1));

    // Within the routing refresh, new reports of the département get the new delays.
    let resident = app.resident().await;
    let staff = app.staff().await;
    let mut delay = None;
    for attempt in 0..20 {
        let report = file(&resident, &format!("delays-{attempt}"), "OTHER").await;
        let seen = staff.query(WORK, json!({ "id": report })).await;
        let seen = &seen.data()["report"];
        let created =
            chrono::DateTime::parse_from_rfc3339(seen["createdAt"].as_str().expect("created")).expect("date");
        let due =
            chrono::DateTime::parse_from_rfc3339(seen["acknowledgeBy"].as_str().expect("due")).expect("date");
        delay = Some((due - created).num_minutes());
        if delay == Some(90) {
            break;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    assert_eq!(delay, Some(90));
}

#[tokio::test]
async fn the_prefecture_reads_its_departement_at_a_glance_every_commune_included() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let admin = app.admin().await;
    let first = file(&resident, "glance-1", "OTHER").await;
    file(&resident, "glance-2", "BURGLARY").await;
    staff.query(TRANSITION, json!({ "id": first })).await.data();
    let today = chrono::Utc::now().date_naive();
    let period = json!({ "from": (today - chrono::Duration::days(30)).to_string(), "to": today.to_string() });
    let glance = "query($from: Date!, $to: Date!) { departementActivity(departement: \"90\", from: $from, to: $to) { total communes { code participating total open } byWeek { key count } brigades { brigade { code } total acknowledged medianSecondsToAcknowledge overdue overdueShare } cells { latitude longitude count } } }";
    let read = admin.query(glance, period.clone()).await;
    let activity = &read.data()["departementActivity"];
    assert_eq!(activity["total"], 2, "{activity}");
    let communes = activity["communes"].as_array().expect("communes");
    assert!(communes.len() > 100, "every commune of the Territoire de Belfort");
    let giromagny = communes.iter().find(|c| c["code"] == "90052").expect("Giromagny");
    assert_eq!((giromagny["total"].as_i64(), giromagny["open"].as_i64()), (Some(2), Some(2)));
    let offemont = communes.iter().find(|c| c["code"] == "90075").expect("Offemont");
    assert_eq!((offemont["participating"].as_bool(), offemont["total"].as_i64()), (Some(false), Some(0)));
    let brigade = &activity["brigades"][0];
    assert_eq!(
        (brigade["brigade"]["code"].as_str(), brigade["total"].as_i64()),
        (Some("COB-GIROMAGNY"), Some(2))
    );
    assert_eq!((brigade["acknowledged"].as_i64(), brigade["overdue"].as_i64()), (Some(1), Some(0)));
    assert!(brigade["medianSecondsToAcknowledge"].is_i64());
    let cells = activity["cells"].as_array().expect("cells");
    assert_eq!(cells.iter().map(|cell| cell["count"].as_i64().unwrap_or(0)).sum::<i64>(), 2);
    // The grid, never the place: a cell's centre is not where the reports were filed.
    let (latitude, longitude) = inside("90052");
    assert!(
        cells.iter().all(|cell| cell["latitude"] != json!(latitude) || cell["longitude"] != json!(longitude))
    );

    assert_eq!(app.coordinator().await.query(glance, period.clone()).await.error_code(), "FORBIDDEN");
    assert_eq!(staff.query(glance, period).await.error_code(), "FORBIDDEN");
    let reversed =
        json!({ "from": today.to_string(), "to": (today - chrono::Duration::days(1)).to_string() });
    let refused = admin.query(glance, reversed).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("from")));
    let too_long = json!({ "from": "2024-01-01", "to": today.to_string() });
    assert_eq!(admin.query(glance, too_long).await.error_field(), Some("to"));
}
