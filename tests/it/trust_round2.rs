//! Replays of the second trust review's findings (issue "Trust, round 2"), through HTTP and
//! the websocket as a client would send them.

use std::time::Duration;

use serde_json::{Value, json};
use vigie_tests::{TestApp, live::Socket};

use crate::reports::{FILE, filing, inside};

const MY_EVENTS: &str = "subscription { myReportEvents { reportId kind publicNote } }";
const NOTE: &str =
    "mutation($id: ID!, $note: String) { addReportNote(reportId: $id, publicNote: $note) { id } }";
const SUSPEND: &str =
    "mutation($id: ID!) { suspendResident(userId: $id, reason: \"Signalements abusifs\") { id } }";

/// Every frame the socket gets until it closes (or stays silent for `wait`): the frames and
/// the close code.
async fn until_closed(socket: &mut Socket, wait: Duration) -> (Vec<Value>, Option<u64>) {
    let mut frames = Vec::new();
    loop {
        let frame = socket.next(wait).await;
        match frame["type"].as_str() {
            Some("closed") => return (frames, frame["code"].as_u64()),
            Some("timeout") => return (frames, None),
            _ => frames.push(frame),
        }
    }
}

/// A resident with a report and a socket subscribed to its events on `node`; the mayor
/// suspends them on `app`, and the brigade adds a public note right after: the socket is
/// closed (4403) and the note never reaches it.
async fn suspended_resident_hears_nothing_more(app: &TestApp, node: &TestApp) {
    let resident = app.resident().await;
    let me = resident.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let filed = resident.query(FILE, filing("socket-fin", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let mut socket = Socket::signed_in(&node.ws_url(), resident.token().expect("token")).await;
    socket.subscribe_ready("1", MY_EVENTS, json!({})).await;
    let staff = app.staff().await;
    // Before: the socket hears a note on the report.
    staff.query(NOTE, json!({ "id": report, "note": "Patrouille prévue ce soir." })).await.data();
    let heard = socket.next(Duration::from_secs(5)).await;
    assert_eq!(heard["payload"]["data"]["myReportEvents"]["kind"], "NOTE", "{heard}");

    app.coordinator().await.query(SUSPEND, json!({ "id": me })).await.data();
    staff.query(NOTE, json!({ "id": report, "note": "Individu interpellé rue des Prés." })).await.data();

    // The periodic re-check is an hour away: only the suspension's notice can close it.
    let (frames, code) = until_closed(&mut socket, Duration::from_secs(3)).await;
    assert_eq!(code, Some(4403), "the socket stayed open: {frames:?}");
    assert!(
        frames.iter().all(|frame| !frame.to_string().contains("interpellé")),
        "the suspended resident heard the note: {frames:?}"
    );
}

#[tokio::test]
async fn a_suspended_residents_socket_closes_before_the_next_event_on_their_report() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 3600).await;
    suspended_resident_hears_nothing_more(&app, &app).await;
}

#[tokio::test]
async fn a_suspension_on_one_node_closes_the_socket_held_by_another() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 3600).await;
    let other = app.second_node().await;
    suspended_resident_hears_nothing_more(&app, &other).await;
}

#[tokio::test]
async fn logging_out_everywhere_closes_the_accounts_open_sockets_at_once() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 3600).await;
    let staff = app.staff().await;
    let mut socket = Socket::signed_in(&app.ws_url(), staff.token().expect("token")).await;
    socket.subscribe_ready("1", "subscription { myNotifications { kind } }", json!({})).await;
    staff.query("mutation { logoutEverywhere }", json!({})).await.data();
    let (frames, code) = until_closed(&mut socket, Duration::from_secs(3)).await;
    assert_eq!(code, Some(4403), "{frames:?}");
}

#[tokio::test]
async fn another_accounts_suspension_leaves_a_socket_open() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 3600).await;
    let staff = app.staff().await;
    let mut socket = Socket::signed_in(&app.ws_url(), staff.token().expect("token")).await;
    socket.subscribe_ready("1", "subscription { myNotifications { kind } }", json!({})).await;
    let resident = app.resident().await;
    let me = resident.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    app.coordinator().await.query(SUSPEND, json!({ "id": me })).await.data();
    let (frames, code) = until_closed(&mut socket, Duration::from_secs(1)).await;
    assert_eq!(code, None, "{frames:?}");
}

const REGISTER: &str = "mutation($input: RegisterInput!) { register(input: $input) { user { phone } } }";

fn registration(email: &str, phone: &str) -> Value {
    json!({ "input": {
        "email": email,
        "password": "une phrase de passe solide",
        "displayName": "Habitant",
        "phone": phone,
        "communeCode": "90052",
    } })
}

#[tokio::test]
async fn phones_are_read_in_their_own_numbering_plan_and_impossible_ones_refused() {
    let app = TestApp::spawn().await;
    let anonymous = app.anonymous();
    // A metropolitan mobile, one with the trunk 0 kept after +33, and an overseas one typed
    // nationally (Guadeloupe's +590, not +33): each stored as the number that rings.
    let numbers = [
        ("06 12 34 56 78", "+33612345678"),
        ("+330612345678", "+33612345678"),
        ("0690 12 34 56", "+590690123456"),
    ];
    for (n, (typed, stored)) in numbers.into_iter().enumerate() {
        let registered = anonymous.query(REGISTER, registration(&format!("tel{n}@example.fr"), typed)).await;
        assert_eq!(registered.data()["register"]["user"]["phone"], stored, "{typed}");
    }
    // Numbers the old parser let through: too short, a Guadeloupe mobile dressed as +33.
    for (n, typed) in ["+33123456", "+33690123456", "612345678"].into_iter().enumerate() {
        let refused = anonymous.query(REGISTER, registration(&format!("faux{n}@example.fr"), typed)).await;
        assert_eq!(refused.error_code(), "BAD_USER_INPUT", "{typed}: {}", refused.body);
        assert_eq!(refused.body["errors"][0]["extensions"]["field"], "phone", "{typed}");
    }
}

#[tokio::test]
async fn a_coordinator_who_receives_sms_alerts_needs_a_mobile() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id phone } }";
    let account = |email: &str, phone: &str| {
        json!({ "input": {
            "email": email,
            "password": "une phrase de passe solide",
            "displayName": "Maire adjoint",
            "role": "COORDINATOR",
            "communeCodes": ["90052"],
            "phone": phone,
        } })
    };
    let landline = admin.query(create, account("adjoint1@vigie.test", "03 84 29 30 31")).await;
    assert_eq!(landline.error_code(), "BAD_USER_INPUT", "{}", landline.body);
    assert!(
        landline.body["errors"][0]["message"].as_str().is_some_and(|m| m.contains("mobile")),
        "{}",
        landline.body
    );
    let mobile = admin.query(create, account("adjoint2@vigie.test", "07 81 23 45 67")).await;
    assert_eq!(mobile.data()["createAccount"]["phone"], "+33781234567");
}

#[tokio::test]
async fn communes_and_brigades_name_the_time_zone_their_dates_are_read_in() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let read = staff.query("{ communes { code timeZone } me { brigade { timeZone } } }", json!({})).await;
    let communes = read.data()["communes"].as_array().expect("communes").clone();
    assert!(!communes.is_empty());
    assert!(communes.iter().all(|commune| commune["timeZone"] == "Europe/Paris"), "{communes:?}");
    assert_eq!(read.data()["me"]["brigade"]["timeZone"], "Europe/Paris");
}
