//! Accounts: disabled and enabled at once, passwords changed or reset, staff moved, lists
//! of accounts within reach, coordinators' communes.

use std::time::Duration;

use serde_json::{Value, json};
use vigie_tests::{TestApp, live::Socket};

use super::{LOGIN, PASSWORD, REFRESH, login, nodes};
use crate::reports::{FILE, filing, inside};

#[tokio::test]
async fn a_disabled_staff_member_loses_token_refresh_and_socket_at_once_and_keeps_their_name_on_their_work() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 1).await;
    let staff = app.staff_of("COB-GIROMAGNY", "depart@gendarmerie.test").await;
    let session = login(&app, "depart@gendarmerie.test", PASSWORD).await;
    let id = session["user"]["id"].as_str().expect("id").to_owned();
    let filed = app.resident().await.query(FILE, filing("avant-depart", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let acknowledge = "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { id } }";
    staff.query(acknowledge, json!({ "id": report })).await.data();
    let mut socket = Socket::signed_in(&app.ws_url(), staff.token().expect("token")).await;
    let brigade =
        staff.query("{ me { brigade { id } } }", json!({})).await.data()["me"]["brigade"]["id"].clone();
    socket
        .subscribe(
            "1",
            "subscription($b: ID!) { brigadeQueueEvents(brigadeId: $b) { kind } }",
            json!({ "b": brigade }),
        )
        .await;

    let disable = "mutation($id: ID!, $r: String!) { disableAccount(userId: $id, reason: $r) { id } }";
    app.admin().await.query(disable, json!({ "id": id, "r": "Mutation hors du département" })).await.data();

    assert_eq!(staff.query("{ me { id } }", json!({})).await.error_code(), "UNAUTHENTICATED");
    let refreshed = app.anonymous().query(REFRESH, json!({ "t": session["refreshToken"] })).await;
    assert_eq!(refreshed.error_code(), "UNAUTHENTICATED");
    assert_eq!(socket.close_code(Duration::from_secs(4)).await, Some(4403));
    let again = app.anonymous().query(LOGIN, json!({ "e": "depart@gendarmerie.test", "p": PASSWORD })).await;
    assert_eq!(again.error_code(), "FORBIDDEN");

    // What they did stays on the report's history, under their role.
    let history = "query($id: ID!) { report(id: $id) { events { kind actorRole } } }";
    let seen = app.staff().await.query(history, json!({ "id": report })).await;
    let events = seen.data()["report"]["events"].as_array().expect("events").clone();
    assert!(
        events.iter().any(|event| event["kind"] == "STATUS_CHANGED" && event["actorRole"] == "BRIGADE_STAFF"),
        "{events:?}"
    );

    // Enabled again, they sign in anew.
    let enable = "mutation($id: ID!) { enableAccount(userId: $id) { id } }";
    app.admin().await.query(enable, json!({ "id": id })).await.data();
    login(&app, "depart@gendarmerie.test", PASSWORD).await;
}

#[tokio::test]
async fn a_password_change_needs_the_current_one_and_ends_every_session() {
    // Six sign-ins and checks of one account: above the default login burst.
    let app = TestApp::spawn_with(|config| config.login_burst = 20).await;
    let staff = app.staff_of("COB-GIROMAGNY", "motdepasse@gendarmerie.test").await;
    let session = login(&app, "motdepasse@gendarmerie.test", PASSWORD).await;
    let change =
        "mutation($c: String!, $n: String!) { changePassword(currentPassword: $c, newPassword: $n) }";

    let wrong = staff.query(change, json!({ "c": "pas le bon", "n": "une toute nouvelle phrase" })).await;
    assert_eq!((wrong.error_code(), wrong.error_field()), ("BAD_USER_INPUT", Some("currentPassword")));
    let weak = staff.query(change, json!({ "c": PASSWORD, "n": "court" })).await;
    assert_eq!((weak.error_code(), weak.error_field()), ("BAD_USER_INPUT", Some("newPassword")));

    let changed = staff.query(change, json!({ "c": PASSWORD, "n": "une toute nouvelle phrase" })).await;
    assert_eq!(changed.data()["changePassword"], true);
    let refreshed = app.anonymous().query(REFRESH, json!({ "t": session["refreshToken"] })).await;
    assert_eq!(refreshed.error_code(), "UNAUTHENTICATED", "other sessions end");
    let old =
        app.anonymous().query(LOGIN, json!({ "e": "motdepasse@gendarmerie.test", "p": PASSWORD })).await;
    assert_eq!(old.error_code(), "UNAUTHENTICATED");
    login(&app, "motdepasse@gendarmerie.test", "une toute nouvelle phrase").await;
}

const USERS: &str = "query($f: UserFilter, $first: Int, $after: String) { users(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { email role disabledAt } } } }";

/// The e-mail addresses of a `users` answer.
fn emails(response: &vigie_tests::Gql) -> Vec<String> {
    nodes(response, "users").iter().filter_map(|user| user["email"].as_str().map(str::to_owned)).collect()
}

#[tokio::test]
async fn admins_list_the_accounts_of_their_departements_with_filters_and_pages() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    app.admin_of("operateur@vigie.test", &[]).await;

    let all = prefecture.query(USERS, json!({})).await;
    let seen = emails(&all);
    for demo in [
        "admin@vigie.test",
        "gendarme.giromagny@vigie.test",
        "maire.giromagny@vigie.test",
        "habitant.giromagny@vigie.test",
    ] {
        assert!(seen.iter().any(|email| email == demo), "{demo} missing from {seen:?}");
    }
    assert!(
        !seen.iter().any(|email| email == "prefet@doubs.test" || email == "operateur@vigie.test"),
        "{seen:?}"
    );
    assert_eq!(emails(&doubs.query(USERS, json!({})).await), ["prefet@doubs.test"]);

    let staff = prefecture.query(USERS, json!({ "f": { "role": "BRIGADE_STAFF" } })).await;
    assert_eq!(emails(&staff), ["gendarme.giromagny@vigie.test"]);
    let giromagny = prefecture.query(USERS, json!({ "f": { "communeCode": "90052" } })).await;
    assert_eq!(emails(&giromagny).len(), 2, "the resident and the mayor");
    let search = prefecture.query(USERS, json!({ "f": { "search": "GIROMAGNY" } })).await;
    assert_eq!(emails(&search).len(), 3);
    let wildcard = prefecture.query(USERS, json!({ "f": { "search": "%" } })).await;
    assert_eq!(emails(&wildcard).len(), 0, "wildcards are searched literally");

    let staff_id = app.staff().await.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let disable = "mutation($id: ID!) { disableAccount(userId: $id, reason: \"départ\") { id } }";
    prefecture.query(disable, json!({ "id": staff_id })).await.data();
    let disabled = prefecture.query(USERS, json!({ "f": { "status": "DISABLED" } })).await;
    assert_eq!(emails(&disabled), ["gendarme.giromagny@vigie.test"]);

    let first = prefecture.query(USERS, json!({ "first": 2 })).await;
    let total = first.data()["users"]["totalCount"].as_i64().expect("total");
    assert_eq!(total as usize, seen.len());
    assert_eq!(first.data()["users"]["pageInfo"]["hasNextPage"], true);
    let cursor = first.data()["users"]["pageInfo"]["endCursor"].clone();
    let next = prefecture.query(USERS, json!({ "first": 50, "after": cursor })).await;
    let mut paged = emails(&first);
    paged.extend(emails(&next));
    assert_eq!(paged, seen, "pages cover the list once, in order");

    assert_eq!(
        app.staff_of("COB-GIROMAGNY", "agent@gendarmerie.test")
            .await
            .query(USERS, json!({}))
            .await
            .error_code(),
        "FORBIDDEN"
    );
}

#[tokio::test]
async fn a_moved_gendarme_no_longer_reaches_the_old_brigades_reports() {
    let app = TestApp::spawn().await;
    let staff = app.staff_of("COB-GIROMAGNY", "mute@gendarmerie.test").await;
    let session = login(&app, "mute@gendarmerie.test", PASSWORD).await;
    let filed = app.resident().await.query(FILE, filing("avant-mutation", "OTHER", inside("90052"))).await;
    let report = filed.data()["fileReport"]["id"].clone();
    let read = "query($id: ID!) { report(id: $id) { id reporter { displayName } } }";
    assert!(staff.query(read, json!({ "id": report })).await.data()["report"]["reporter"].is_object());

    let delle = app.admin().await.query("{ brigades(departement: \"90\") { id code } }", json!({})).await;
    let delle = delle.data()["brigades"]
        .as_array()
        .expect("list")
        .iter()
        .find(|b| b["code"] == "BTA-DELLE")
        .expect("Delle")["id"]
        .clone();
    let move_staff =
        "mutation($id: ID!, $b: ID!) { moveStaff(userId: $id, brigadeId: $b) { brigade { code } } }";
    let moved = app.admin().await.query(move_staff, json!({ "id": session["user"]["id"], "b": delle })).await;
    assert_eq!(moved.data()["moveStaff"]["brigade"]["code"], "BTA-DELLE");

    // The session in hand ends at once; signed in again, they are Delle's.
    assert_eq!(staff.query(read, json!({ "id": report })).await.error_code(), "UNAUTHENTICATED");
    let staff = app.login("mute@gendarmerie.test", PASSWORD).await;
    assert_eq!(
        staff.query(read, json!({ "id": report })).await.data()["report"],
        Value::Null,
        "the old brigade's report is out of reach"
    );
    let queue = staff.query("{ brigadeQueue { totalCount } }", json!({})).await;
    assert_eq!(queue.data()["brigadeQueue"]["totalCount"], 0);
    let refreshed = app.anonymous().query(REFRESH, json!({ "t": session["refreshToken"] })).await;
    assert_eq!(refreshed.error_code(), "UNAUTHENTICATED", "sessions end");
    let resident_id = app.resident().await.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let refused = app.admin().await.query(move_staff, json!({ "id": resident_id, "b": delle })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("userId")));
}

#[tokio::test]
async fn an_admin_issued_reset_code_sets_a_new_password_once() {
    let app = TestApp::spawn_with(|config| config.login_burst = 20).await;
    app.staff_of("COB-GIROMAGNY", "oubli@gendarmerie.test").await;
    let session = login(&app, "oubli@gendarmerie.test", PASSWORD).await;
    let issue = "mutation($id: ID!) { issuePasswordReset(userId: $id) { code expiresAt } }";
    let issued = app.admin().await.query(issue, json!({ "id": session["user"]["id"] })).await;
    let code = issued.data()["issuePasswordReset"]["code"].as_str().expect("code").to_owned();
    assert_eq!(code.len(), 19, "four groups of four: {code}");

    let reset = "mutation($e: String!, $c: String!, $p: String!) { resetPassword(email: $e, code: $c, newPassword: $p) }";
    let wrong = app.anonymous().query(reset, json!({ "e": "oubli@gendarmerie.test", "c": "0000-0000-0000-0000", "p": "une nouvelle phrase sûre" })).await;
    assert_eq!((wrong.error_code(), wrong.error_field()), ("BAD_USER_INPUT", Some("code")));
    let other = app
        .anonymous()
        .query(reset, json!({ "e": "admin@vigie.test", "c": code, "p": "une nouvelle phrase sûre" }))
        .await;
    assert_eq!(other.error_field(), Some("code"), "a code works only for its own account");
    let done = app.anonymous().query(reset, json!({ "e": "Oubli@Gendarmerie.test", "c": code.to_lowercase(), "p": "une nouvelle phrase sûre" })).await;
    assert_eq!(done.data()["resetPassword"], true);
    let again = app
        .anonymous()
        .query(reset, json!({ "e": "oubli@gendarmerie.test", "c": code, "p": "encore une autre phrase" }))
        .await;
    assert_eq!(again.error_field(), Some("code"), "once only");

    let refreshed = app.anonymous().query(REFRESH, json!({ "t": session["refreshToken"] })).await;
    assert_eq!(refreshed.error_code(), "UNAUTHENTICATED", "sessions end");
    login(&app, "oubli@gendarmerie.test", "une nouvelle phrase sûre").await;
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(doubs.query(issue, json!({ "id": session["user"]["id"] })).await.error_code(), "NOT_FOUND");
}

#[tokio::test]
async fn admins_set_a_coordinators_communes_and_title() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let mayor = app.coordinator().await;
    let me = mayor.query("{ me { id title coordinatedCommunes { code } } }", json!({})).await;
    assert_eq!(me.data()["me"]["title"], "MAYOR");
    let id = me.data()["me"]["id"].clone();
    let set = "mutation($id: ID!, $c: [String!]!, $t: CoordinatorTitle) { setCoordinatorCommunes(userId: $id, communeCodes: $c, title: $t) { title coordinatedCommunes { code } } }";

    let changed =
        prefecture.query(set, json!({ "id": id, "c": ["90052", "90008"], "t": "CITIZEN_REFERENT" })).await;
    let changed = changed.data()["setCoordinatorCommunes"].clone();
    assert_eq!(changed["title"], "CITIZEN_REFERENT");
    assert_eq!(changed["coordinatedCommunes"].as_array().map(Vec::len), Some(2));
    // The new scope applies at the next request.
    let requests = "query($c: String!) { enrolmentRequests(communeCode: $c) { totalCount } }";
    mayor.query(requests, json!({ "c": "90008" })).await.data();

    let refused = prefecture.query(set, json!({ "id": id, "c": ["99999"] })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("communeCodes")));
    let empty = prefecture.query(set, json!({ "id": id, "c": [] })).await;
    assert_eq!(empty.error_field(), Some("communeCodes"));
    let many: Vec<String> = (0..101).map(|n| format!("90{n:03}")).collect();
    let too_many = prefecture.query(set, json!({ "id": id, "c": many })).await;
    assert_eq!(too_many.error_field(), Some("communeCodes"));
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    let coordinator = json!({ "email": "referent@vigie.test", "password": PASSWORD, "displayName": "Référent", "role": "COORDINATOR", "communeCodes": many });
    let refused = prefecture.query(create, json!({ "input": coordinator })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("communeCodes")));
    let staff_id = app.staff().await.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let not_coordinator = prefecture.query(set, json!({ "id": staff_id, "c": ["90052"] })).await;
    assert_eq!(not_coordinator.error_field(), Some("userId"));
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(doubs.query(set, json!({ "id": id, "c": ["90052"] })).await.error_code(), "NOT_FOUND");
}
