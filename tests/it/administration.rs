//! Administration: admins act within their reach (départements or national), accounts are
//! disabled and enabled at once, passwords changed, brigades listed by département.

use std::time::Duration;

use serde_json::{Value, json};
use vigie_tests::{TestApp, live::Socket};

use crate::reports::{FILE, filing, inside};

const PASSWORD: &str = "une phrase de passe solide";
const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken user { id } } }";
const REFRESH: &str = "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }";

/// Logs in over the API; returns the whole payload (tokens and user id).
async fn login(app: &TestApp, email: &str, password: &str) -> Value {
    let response = app.anonymous().query(LOGIN, json!({ "e": email, "p": password })).await;
    response.data()["login"].clone()
}

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
async fn an_admin_of_another_departement_reaches_nothing_of_the_territoire_de_belfort() {
    let app = TestApp::spawn().await;
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    let national = app.admin_of("operateur@vigie.test", &[]).await;
    let pending = app.register("nouveau@example.fr", "90052").await;
    let staff_id =
        app.staff().await.query("{ me { id brigade { id } } }", json!({})).await.data()["me"].clone();

    let decide = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { enrolmentStatus } }";
    let queue = "query($b: ID) { brigadeQueue(brigadeId: $b) { totalCount } }";
    let disable = "mutation($id: ID!) { disableAccount(userId: $id, reason: \"essai\") { id } }";
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    let staff_in_90 = json!({ "input": { "email": "nouvel.agent@vigie.test", "password": PASSWORD, "displayName": "Agent", "role": "BRIGADE_STAFF", "brigadeCode": "BTA-DELLE" } });
    let admin_of_90 = json!({ "input": { "email": "adjoint@vigie.test", "password": PASSWORD, "displayName": "Adjoint", "role": "ADMIN", "departements": ["90"] } });

    assert_eq!(doubs.query(decide, json!({ "id": pending.id })).await.error_code(), "NOT_FOUND");
    assert_eq!(doubs.query(queue, json!({ "b": staff_id["brigade"]["id"] })).await.error_code(), "FORBIDDEN");
    assert_eq!(doubs.query(disable, json!({ "id": staff_id["id"] })).await.error_code(), "NOT_FOUND");
    let refused = doubs.query(create, staff_in_90.clone()).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("brigade")));
    assert_eq!(doubs.query(create, admin_of_90.clone()).await.error_code(), "FORBIDDEN");
    let activity = "{ communeActivity(communeCode: \"90052\") { total } }";
    assert_eq!(doubs.query(activity, json!({})).await.error_code(), "FORBIDDEN");

    // The national operator reaches all of it; the prefecture of 90, its own.
    assert_eq!(
        national.query(decide, json!({ "id": pending.id })).await.data()["decideEnrolment"]["enrolmentStatus"],
        "APPROVED"
    );
    national.query(queue, json!({ "b": staff_id["brigade"]["id"] })).await.data();
    national.query(create, staff_in_90).await.data();
    app.admin().await.query(create, admin_of_90).await.data();
    let national_admin = json!({ "input": { "email": "autre@vigie.test", "password": PASSWORD, "displayName": "Autre", "role": "ADMIN", "national": true } });
    assert_eq!(app.admin().await.query(create, national_admin).await.error_code(), "FORBIDDEN");
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

#[tokio::test]
async fn brigades_are_listed_by_departement_with_their_public_contact() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let list = "query($d: String, $k: BrigadeKind) { brigades(departement: $d, kind: $k) { code kind phone departement } }";

    let own = staff.query(list, json!({})).await;
    let brigades = own.data()["brigades"].as_array().expect("list").clone();
    assert!(brigades.len() >= 3, "{brigades:?}");
    assert!(brigades.iter().all(|brigade| brigade["departement"] == "90"), "{brigades:?}");
    assert!(
        brigades.iter().any(|brigade| brigade["code"] == "PM-BELFORT"),
        "a brigade covering no commune has its département"
    );
    assert!(brigades.iter().all(|brigade| brigade["phone"].is_string()), "{brigades:?}");

    let municipal = staff.query(list, json!({ "d": "90", "k": "POLICE_MUNICIPALE" })).await;
    let codes: Vec<&str> = municipal.data()["brigades"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|brigade| brigade["code"].as_str())
        .collect();
    assert_eq!(codes, ["PM-BELFORT"]);
    assert_eq!(staff.query(list, json!({ "d": "25" })).await.data()["brigades"], json!([]));

    let invalid = staff.query(list, json!({ "d": "99" })).await;
    assert_eq!((invalid.error_code(), invalid.error_field()), ("BAD_USER_INPUT", Some("departement")));
    assert_eq!(app.resident().await.query(list, json!({})).await.error_code(), "FORBIDDEN");
}

const PARTICIPATION: &str = "mutation($c: String!, $p: Boolean!, $on: Date!, $ref: String) { setCommuneParticipation(communeCode: $c, participating: $p, effectiveOn: $on, protocolReference: $ref) { code participating participatingSince } }";

#[tokio::test]
async fn a_commune_joins_under_a_protocol_and_stops_taking_reports_when_it_leaves() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let join = json!({ "c": "90041", "p": true, "on": "2026-11-02", "ref": "PC-90-2026-017" });

    let joined = prefecture.query(PARTICIPATION, join.clone()).await;
    assert_eq!(
        joined.data()["setCommuneParticipation"],
        json!({ "code": "90041", "participating": true, "participatingSince": "2026-11-02" })
    );
    assert_eq!(prefecture.query(PARTICIPATION, join).await.error_code(), "CONFLICT");

    // A resident of the new commune registers, is approved by the prefecture and files.
    let resident = app.register("habitant@etueffont.fr", "90041").await;
    let decide = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }";
    prefecture.query(decide, json!({ "id": resident.id })).await.data();
    let filed = resident.client.query(FILE, filing("etueffont-1", "OTHER", inside("90041"))).await;
    assert_eq!(filed.data()["fileReport"]["commune"]["code"], "90041");

    let leave = json!({ "c": "90041", "p": false, "on": "2026-11-20", "ref": "Résiliation 2026-44" });
    let left = prefecture.query(PARTICIPATION, leave).await;
    assert_eq!(left.data()["setCommuneParticipation"]["participatingSince"], Value::Null);
    let refused = resident.client.query(FILE, filing("etueffont-2", "OTHER", inside("90041"))).await;
    assert_eq!(refused.error_code(), "COMMUNE_NOT_PARTICIPATING");
    let registration = app
        .anonymous()
        .query(
            "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }",
            json!({ "input": { "email": "autre@etueffont.fr", "password": PASSWORD, "displayName": "Autre", "communeCode": "90041" } }),
        )
        .await;
    assert_eq!(registration.error_code(), "COMMUNE_NOT_PARTICIPATING");
    // The filed report runs to its end.
    let report = "query($id: ID!) { report(id: $id) { status } }";
    let id = filed.data()["fileReport"]["id"].clone();
    assert_eq!(
        resident.client.query(report, json!({ "id": id })).await.data()["report"]["status"],
        "SUBMITTED"
    );

    // The history keeps the period, protocol and departure.
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let periods = entity::commune_participation::Entity::find()
        .filter(entity::commune_participation::Column::CommuneCode.eq("90041"))
        .all(&app.state.db)
        .await
        .expect("history");
    assert_eq!(periods.len(), 1);
    assert_eq!(periods[0].protocol_reference.as_deref(), Some("PC-90-2026-017"));
    assert_eq!(periods[0].left_on.map(|date| date.to_string()).as_deref(), Some("2026-11-20"));
    assert_eq!(periods[0].leaving_reference.as_deref(), Some("Résiliation 2026-44"));
}

#[tokio::test]
async fn participation_changes_are_checked_and_kept_within_reach() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    let change = |on: &str| json!({ "c": "90041", "p": true, "on": on, "ref": "PC" });

    let future = prefecture.query(PARTICIPATION, change("2999-01-01")).await;
    assert_eq!((future.error_code(), future.error_field()), ("BAD_USER_INPUT", Some("effectiveOn")));
    let malformed = prefecture.query(PARTICIPATION, change("02/11/2026")).await;
    assert_eq!(malformed.error_code(), "BAD_USER_INPUT");
    assert_eq!(doubs.query(PARTICIPATION, change("2026-11-02")).await.error_code(), "NOT_FOUND");
    let unknown = json!({ "c": "99999", "p": true, "on": "2026-11-02" });
    assert_eq!(prefecture.query(PARTICIPATION, unknown).await.error_code(), "NOT_FOUND");
    let early_leave = json!({ "c": "90052", "p": false, "on": "2024-01-01" });
    let refused = prefecture.query(PARTICIPATION, early_leave).await;
    assert_eq!(
        (refused.error_code(), refused.error_field()),
        ("BAD_USER_INPUT", Some("effectiveOn")),
        "before the demo protocol"
    );
}

#[tokio::test]
async fn a_category_override_routes_at_once_and_can_be_removed() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let resident = app.resident().await;
    let brigades = app.staff().await.query("{ brigades(departement: \"90\") { id code } }", json!({})).await;
    let municipal = brigades.data()["brigades"]
        .as_array()
        .expect("list")
        .iter()
        .find(|brigade| brigade["code"] == "PM-BELFORT")
        .expect("PM-BELFORT")["id"]
        .clone();
    let rule = "mutation($c: String!, $k: String!, $b: ID) { setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code } }";

    prefecture.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": municipal })).await.data();
    let routed = resident.query(FILE, filing("tag-1", "VANDALISM", inside("90052"))).await;
    assert_eq!(routed.data()["fileReport"]["brigade"]["code"], "PM-BELFORT");
    assert_eq!(routed.data()["fileReport"]["routingRule"], "CATEGORY_OVERRIDE");

    prefecture.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": null })).await.data();
    let routed = resident.query(FILE, filing("tag-2", "VANDALISM", inside("90052"))).await;
    assert_eq!(routed.data()["fileReport"]["brigade"]["code"], "COB-GIROMAGNY");

    let missing = prefecture.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": null })).await;
    assert_eq!(missing.error_code(), "NOT_FOUND");
    let unknown = prefecture.query(rule, json!({ "c": "90052", "k": "NOPE", "b": municipal })).await;
    assert_eq!((unknown.error_code(), unknown.error_field()), ("BAD_USER_INPUT", Some("categoryCode")));
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(
        doubs.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": municipal })).await.error_code(),
        "NOT_FOUND"
    );
}

const SAVE_CATEGORY: &str = "mutation($input: CategoryInput!) { saveCategory(input: $input) { code label urgency order active diversion urgentAdvice } }";

#[tokio::test]
async fn national_admins_edit_categories_and_a_diversion_refuses_filing_with_its_advice() {
    let app = TestApp::spawn().await;
    let national = app.admin_of("operateur@vigie.test", &[]).await;
    let resident = app.resident().await;

    let diverted = resident.query(FILE, filing("violences", "VIOLENCE_IN_PROGRESS", inside("90052"))).await;
    assert_eq!(diverted.error_code(), "EMERGENCY_DIVERSION");
    assert!(diverted.body["errors"][0]["message"].as_str().is_some_and(|message| message.contains("17")));

    let created = national
        .query(
            SAVE_CATEGORY,
            json!({ "input": { "code": "NOISE", "label": "Nuisances sonores", "urgency": 1 } }),
        )
        .await;
    let created = created.data()["saveCategory"].clone();
    assert_eq!(
        (created["label"].as_str(), created["active"].as_bool()),
        (Some("Nuisances sonores"), Some(true))
    );
    let listed = app.anonymous().query("{ categories { code } }", json!({})).await;
    assert!(
        listed.data()["categories"]
            .as_array()
            .expect("list")
            .iter()
            .any(|category| category["code"] == "NOISE")
    );

    // A diversion set on a category refuses filing; null clears it; omitted fields stay.
    let divert =
        json!({ "input": { "code": "NOISE", "diversion": "Tapage nocturne en cours : composez le 17." } });
    assert_eq!(
        national.query(SAVE_CATEGORY, divert).await.data()["saveCategory"]["label"],
        "Nuisances sonores"
    );
    let refused = resident.query(FILE, filing("bruit-1", "NOISE", inside("90052"))).await;
    assert_eq!(refused.error_code(), "EMERGENCY_DIVERSION");
    national.query(SAVE_CATEGORY, json!({ "input": { "code": "NOISE", "diversion": null } })).await.data();
    resident.query(FILE, filing("bruit-2", "NOISE", inside("90052"))).await.data();

    // Deactivated, it leaves the list and cannot be chosen.
    national.query(SAVE_CATEGORY, json!({ "input": { "code": "NOISE", "active": false } })).await.data();
    let listed = app.anonymous().query("{ categories { code } }", json!({})).await;
    assert!(
        !listed.data()["categories"]
            .as_array()
            .expect("list")
            .iter()
            .any(|category| category["code"] == "NOISE")
    );
    let refused = resident.query(FILE, filing("bruit-3", "NOISE", inside("90052"))).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("categoryCode")));

    let invalid: [(Value, &str); 5] = [
        (json!({ "code": "bruit", "label": "Bruit" }), "code"),
        (json!({ "code": "NEW_ONE" }), "label"),
        (json!({ "code": "NOISE", "urgency": 5 }), "urgency"),
        (json!({ "code": "NOISE", "label": "   " }), "label"),
        (json!({ "code": "NOISE", "label": "Bruit\u{202e}" }), "label"),
    ];
    for (input, field) in invalid {
        let refused = national.query(SAVE_CATEGORY, json!({ "input": input })).await;
        assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some(field)), "{input}");
    }
    let prefecture = app.admin().await;
    let edit = json!({ "input": { "code": "OTHER", "label": "Autre" } });
    assert_eq!(
        prefecture.query(SAVE_CATEGORY, edit).await.error_code(),
        "FORBIDDEN",
        "categories are national"
    );
}

const USERS: &str = "query($f: UserFilter, $first: Int, $after: String) { users(filter: $f, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { email role disabledAt } } } }";

/// The nodes of the connection `field` of an answer.
fn nodes(response: &vigie_tests::Gql, field: &str) -> Vec<Value> {
    let edges = response.data()[field]["edges"].as_array().expect("edges").clone();
    edges.into_iter().map(|edge| edge["node"].clone()).collect()
}

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

const AUDIT: &str = "query($f: AuditFilter, $first: Int) { auditEvents(filter: $f, first: $first) { totalCount edges { node { kind targetType targetId detail actor { email } } } } }";

/// The entries of an `auditEvents` answer.
fn entries(response: &vigie_tests::Gql) -> Vec<Value> {
    nodes(response, "auditEvents")
}

#[tokio::test]
async fn admins_read_the_audit_trail_of_their_departements() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    let staff_id = app.staff().await.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let disable =
        "mutation($id: ID!) { disableAccount(userId: $id, reason: \"Mutation à Besançon\") { id } }";
    prefecture.query(disable, json!({ "id": staff_id })).await.data();

    let disabled = prefecture.query(AUDIT, json!({ "f": { "kind": "account.disabled" } })).await;
    let disabled = entries(&disabled);
    assert_eq!(disabled.len(), 1, "{disabled:?}");
    assert_eq!(disabled[0]["actor"]["email"], "admin@vigie.test");
    assert_eq!(disabled[0]["targetId"], staff_id);
    assert!(disabled[0]["detail"].as_str().is_some_and(|detail| detail.contains("Besançon")));
    let by_target = prefecture.query(AUDIT, json!({ "f": { "targetId": staff_id } })).await;
    assert!(!entries(&by_target).is_empty());

    // The demo's protocols were recorded by the operator: a family of actions.
    let joined = prefecture.query(AUDIT, json!({ "f": { "kind": "commune." }, "first": 100 })).await;
    let joined = entries(&joined);
    assert_eq!(joined.iter().filter(|entry| entry["kind"] == "commune.joined").count(), 9, "{joined:?}");

    // Another département's admin sees none of it.
    let elsewhere = doubs.query(AUDIT, json!({ "first": 100 })).await;
    assert!(
        entries(&elsewhere)
            .iter()
            .all(|entry| entry["targetType"] != "commune" && entry["kind"] != "account.disabled"),
        "{elsewhere:?}"
    );
    let invalid = prefecture.query(AUDIT, json!({ "f": { "kind": "account%" } })).await;
    assert_eq!((invalid.error_code(), invalid.error_field()), ("BAD_USER_INPUT", Some("kind")));
    let backwards = prefecture
        .query(AUDIT, json!({ "f": { "from": "2026-12-01T00:00:00Z", "to": "2026-11-01T00:00:00Z" } }))
        .await;
    assert_eq!(backwards.error_code(), "BAD_USER_INPUT");
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

const SAVE_BRIGADE: &str =
    "mutation($input: BrigadeInput!) { saveBrigade(input: $input) { code phone departement } }";

#[tokio::test]
async fn admins_create_and_update_the_brigades_of_their_departements() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let etueffont = json!({ "code": "BTA-ETUEFFONT", "name": "Brigade d'Étueffont", "kind": "GENDARMERIE", "phone": "03 84 54 60 17", "communeCodes": ["90041", "90003"] });

    let created = prefecture.query(SAVE_BRIGADE, json!({ "input": etueffont })).await;
    assert_eq!(
        created.data()["saveBrigade"],
        json!({ "code": "BTA-ETUEFFONT", "phone": "03 84 54 60 17", "departement": "90" })
    );
    let communes = app.anonymous().query("{ communes { code brigade { code } } }", json!({})).await;
    let covered: Vec<&str> = communes.data()["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .filter(|commune| commune["brigade"]["code"] == "BTA-ETUEFFONT")
        .filter_map(|commune| commune["code"].as_str())
        .collect();
    assert_eq!(covered.len(), 2, "{covered:?}");

    let updated = json!({ "code": "BTA-ETUEFFONT", "name": "Brigade d'Étueffont", "kind": "GENDARMERIE", "phone": "17" });
    assert_eq!(
        prefecture.query(SAVE_BRIGADE, json!({ "input": updated })).await.data()["saveBrigade"]["phone"],
        "17"
    );

    let refused: [(Value, &str); 3] = [
        (json!({ "code": "pm delle", "name": "PM", "kind": "POLICE_MUNICIPALE" }), "code"),
        (
            json!({ "code": "PM-DELLE", "name": "Police municipale de Delle", "kind": "POLICE_MUNICIPALE" }),
            "departement",
        ),
        (
            json!({ "code": "PM-DELLE", "name": "PM", "kind": "POLICE_MUNICIPALE", "communeCodes": ["99999"] }),
            "communeCodes",
        ),
    ];
    for (input, field) in refused {
        let answer = prefecture.query(SAVE_BRIGADE, json!({ "input": input })).await;
        assert_eq!((answer.error_code(), answer.error_field()), ("BAD_USER_INPUT", Some(field)), "{input}");
    }
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    let in_90 = json!({ "code": "PM-DELLE", "name": "PM", "kind": "POLICE_MUNICIPALE", "departement": "90" });
    assert_eq!(doubs.query(SAVE_BRIGADE, json!({ "input": in_90 })).await.error_code(), "NOT_FOUND");
    let theirs =
        json!({ "code": "BTA-ETUEFFONT", "name": "Détournée", "kind": "GENDARMERIE", "departement": "25" });
    assert_eq!(
        doubs.query(SAVE_BRIGADE, json!({ "input": theirs })).await.error_code(),
        "NOT_FOUND",
        "another département's brigade"
    );
}

#[tokio::test]
async fn staff_and_admins_in_reach_list_a_communes_category_overrides() {
    let app = TestApp::spawn().await;
    let overrides =
        "query($c: String!) { categoryOverrides(communeCode: $c) { category { code } brigade { code } } }";
    let belfort = app.staff().await.query(overrides, json!({ "c": "90010" })).await;
    assert_eq!(
        belfort.data()["categoryOverrides"],
        json!([{ "category": { "code": "INCIVILITIES" }, "brigade": { "code": "PM-BELFORT" } }])
    );
    assert_eq!(
        app.admin().await.query(overrides, json!({ "c": "90052" })).await.data()["categoryOverrides"],
        json!([])
    );
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(doubs.query(overrides, json!({ "c": "90010" })).await.error_code(), "NOT_FOUND");
    assert_eq!(
        app.resident().await.query(overrides, json!({ "c": "90010" })).await.error_code(),
        "FORBIDDEN"
    );
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
