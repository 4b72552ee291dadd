//! The authorization matrix: every operation of the contract that exists so far × every
//! role × own scope / foreign scope / anonymous. A denied read of an object looks exactly
//! like a missing one. The reports capability adds its rows here.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

const OK: &str = "OK";

/// The outcome of one call: `OK` or the error code.
fn outcome(response: &vigie_tests::Gql) -> String {
    match response.body.get("errors") {
        None => OK.to_owned(),
        Some(_) => response.error_code().to_owned(),
    }
}

struct Roles {
    clients: Vec<(&'static str, Client)>,
}

async fn roles(app: &TestApp) -> Roles {
    let admin = app.admin().await;
    let created = admin
        .query(
            "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
            json!({ "input": { "email": "maire@delle.test", "password": "une phrase de passe solide", "displayName": "Mairie de Delle", "role": "COORDINATOR", "communeCodes": ["90033"] } }),
        )
        .await;
    created.data();
    admin
        .query(
            "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
            json!({ "input": { "email": "staff@delle.test", "password": "une phrase de passe solide", "displayName": "BTA Delle", "role": "BRIGADE_STAFF", "brigadeCode": "BTA-DELLE" } }),
        )
        .await
        .data();
    Roles {
        clients: vec![
            ("anonymous", app.anonymous()),
            ("resident", app.resident().await),
            ("staff", app.staff().await),
            ("coordinator", app.coordinator().await),
            ("foreign coordinator", app.login("maire@delle.test", "une phrase de passe solide").await),
            ("admin", admin),
            ("foreign staff", app.login("staff@delle.test", "une phrase de passe solide").await),
            ("foreign admin", app.admin_of("prefet@doubs.test", &["25"]).await),
        ],
    }
}

/// Runs `call` for every role at once (each role acts on its own target) and compares
/// with `expected` (same order as `roles`).
async fn row<F, Fut>(roles: &Roles, operation: &str, expected: [&str; 8], call: F) -> Vec<String>
where
    F: Fn(usize, Client) -> Fut,
    Fut: std::future::Future<Output = vigie_tests::Gql>,
{
    let calls = roles.clients.iter().enumerate().map(|(at, (_, client))| call(at, client.clone()));
    let outcomes = futures_util::future::join_all(calls).await;
    let mut failures = Vec::new();
    for (((role, _), expected), response) in roles.clients.iter().zip(expected).zip(outcomes) {
        let got = outcome(&response);
        if got != expected {
            failures.push(format!("{operation} as {role}: expected {expected}, got {got}"));
        }
    }
    failures
}

#[tokio::test]
async fn every_operation_allows_exactly_the_roles_it_should() {
    let app = TestApp::spawn().await;
    let roles = roles(&app).await;
    let failures = matrix(&app, &roles).await;
    assert!(failures.is_empty(), "authorization matrix violations:\n{}", failures.join("\n"));
}

/// The same matrix with every call made over the websocket: each operation there is
/// authorised like an HTTP request.
#[tokio::test]
async fn every_operation_allows_exactly_the_roles_it_should_over_the_websocket() {
    let app = TestApp::spawn().await;
    let mut roles = roles(&app).await;
    for (_, client) in &mut roles.clients {
        *client = client.over_websocket(&app.ws_url());
    }
    let failures = matrix(&app, &roles).await;
    assert!(
        failures.is_empty(),
        "authorization matrix violations over the websocket:\n{}",
        failures.join("\n")
    );
}

/// Subscriptions, each started by every role on a socket of its own.
#[tokio::test]
async fn every_subscription_allows_exactly_the_roles_it_should() {
    let app = TestApp::spawn().await;
    let roles = roles(&app).await;
    let (unauth, forbidden) = (UNAUTH, FORBIDDEN);
    let brigade = brigade_of(&roles, 2).await;
    let rows: [(&str, [&str; ROLES], &str, Value); 3] = [
        (
            "myNotifications",
            [unauth, OK, OK, OK, OK, OK, OK, OK],
            "subscription { myNotifications { id } }",
            json!({}),
        ),
        (
            "myReportEvents",
            [unauth, OK, forbidden, forbidden, forbidden, forbidden, forbidden, forbidden],
            "subscription { myReportEvents { id } }",
            json!({}),
        ),
        (
            // The contract's live queue is the brigade's own (admins read `brigadeQueue`).
            "brigadeQueueEvents(own brigade)",
            [unauth, forbidden, OK, forbidden, forbidden, forbidden, forbidden, forbidden],
            "subscription($b: ID!) { brigadeQueueEvents(brigadeId: $b) { id } }",
            json!({ "b": brigade }),
        ),
    ];
    let mut failures = Vec::new();
    for (name, expected, query, variables) in rows {
        let url = app.ws_url();
        let started = roles.clients.iter().map(|(_, client)| {
            vigie_tests::live::Live::outcome(&url, client.token(), query, variables.clone())
        });
        let outcomes = futures_util::future::join_all(started).await;
        for (((role, _), expected), got) in roles.clients.iter().zip(expected).zip(outcomes) {
            if got != expected {
                failures.push(format!("{name} as {role}: expected {expected}, got {got}"));
            }
        }
    }
    assert!(failures.is_empty(), "authorization matrix violations:\n{}", failures.join("\n"));
}

/// Every operation of `schema.graphql` has a row in a matrix: one added without is found.
#[test]
fn every_operation_of_the_schema_has_a_row() {
    let sdl = include_str!("../../schema.graphql");
    let rows = [include_str!("authorization.rs"), include_str!("authorization_partnership.rs")].concat();
    let mut missing = Vec::new();
    for root in ["Query", "Mutation", "Subscription"] {
        let Some(start) = sdl.find(&format!("type {root} {{")) else { continue };
        let body = &sdl[start..];
        let body = &body[..body.find("\n}").unwrap_or(body.len())];
        let mut in_description = false;
        for line in body.lines().skip(1) {
            if line.trim().starts_with("\"\"\"") {
                in_description ^= line.trim() == "\"\"\"";
                continue;
            }
            if in_description {
                continue;
            }
            let name: String = line.trim().chars().take_while(char::is_ascii_alphanumeric).collect();
            let is_field = line.trim()[name.len()..].starts_with(['(', ':']);
            if is_field && !rows.contains(&format!("\"{name}\"")) && !rows.contains(&format!("\"{name}(")) {
                missing.push(format!("{root}.{name}"));
            }
        }
    }
    assert!(missing.is_empty(), "operations without a row in the authorization matrix: {missing:?}");
}

/// A row where every role sends the same query with the same variables.
async fn same(
    roles: &Roles,
    operation: &str,
    expected: [&str; 8],
    query: &str,
    variables: Value,
) -> Vec<String> {
    each(roles, operation, expected, query, |_| variables.clone()).await
}

/// A row where the role at position `at` sends the query with `variables(at)` (its own
/// target, so one role's success does not change what the next one sees).
async fn each(
    roles: &Roles,
    operation: &str,
    expected: [&str; 8],
    query: &str,
    variables: impl Fn(usize) -> Value,
) -> Vec<String> {
    row(roles, operation, expected, |at, c| {
        let variables = variables(at);
        async move { c.query(query, variables).await }
    })
    .await
}

/// How many callers each row tries.
const ROLES: usize = 8;
const UNAUTH: &str = "UNAUTHENTICATED";
const FORBIDDEN: &str = "FORBIDDEN";
const MISSING: &str = "NOT_FOUND";

async fn matrix(app: &TestApp, roles: &Roles) -> Vec<String> {
    let (unauth, forbidden, missing) = (UNAUTH, FORBIDDEN, MISSING);
    let commune_staff = [unauth, forbidden, forbidden, OK, missing, OK, forbidden, missing];
    let mut failures = Vec::new();

    failures
        .extend(same(roles, "me", [unauth, OK, OK, OK, OK, OK, OK, OK], "{ me { id } }", json!({})).await);
    failures.extend(same(roles, "communes", [OK; 8], "{ communes { code } }", json!({})).await);
    failures.extend(same(roles, "categories", [OK; 8], "{ categories { code } }", json!({})).await);
    let outlines = "{ communeOutlines(codes: [\"90052\"]) { code } }";
    failures.extend(same(roles, "communeOutlines", [OK; 8], outlines, json!({})).await);
    // The cookie mutations: these clients carry no session cookie (tests/it/consoles.rs does).
    let resume = "mutation { resumeSession { accessToken } }";
    failures.extend(same(roles, "resumeSession(no cookie)", [unauth; 8], resume, json!({})).await);
    failures
        .extend(same(roles, "endSession(no cookie)", [OK; 8], "mutation { endSession }", json!({})).await);
    let requests = "query($c: String!) { enrolmentRequests(communeCode: $c) { totalCount } }";
    let own_commune_only = [unauth, forbidden, forbidden, OK, forbidden, OK, forbidden, forbidden];
    failures.extend(
        same(roles, "enrolmentRequests(own commune)", own_commune_only, requests, json!({ "c": "90052" }))
            .await,
    );

    // Each call gets its own pending resident of Giromagny, so a success does not
    // change what the next role sees.
    let registrations = (0..2 * ROLES).map(|n| app.register_as(format!("matrice{n}@example.fr"), "90052"));
    let pending: Vec<String> = futures_util::future::join_all(registrations)
        .await
        .into_iter()
        .map(|registered| registered.id)
        .collect();
    let decide = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }";
    failures.extend(
        each(roles, "decideEnrolment(own commune)", commune_staff, decide, |at| json!({ "id": pending[at] }))
            .await,
    );
    let suspend = "mutation($id: ID!) { suspendResident(userId: $id, reason: \"test\") { id } }";
    failures.extend(
        each(
            roles,
            "suspendResident(own commune)",
            commune_staff,
            suspend,
            |at| json!({ "id": pending[ROLES + at] }),
        )
        .await,
    );
    // Each caller reinstates its own resident, all suspended now (the row above suspended
    // those its callers could: the demo mayor suspends the rest, and is refused the others).
    let mayor = &roles.clients[3].1;
    for at in 0..ROLES {
        mayor.query(suspend, json!({ "id": pending[ROLES + at] })).await;
    }
    let reinstate = "mutation($id: ID!) { reinstateResident(userId: $id) { id } }";
    failures.extend(
        each(
            roles,
            "reinstateResident(own commune)",
            commune_staff,
            reinstate,
            |at| json!({ "id": pending[ROLES + at] }),
        )
        .await,
    );
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    let admin_only = [unauth, forbidden, forbidden, forbidden, forbidden, OK, forbidden, forbidden];
    failures.extend(
        each(roles, "createAccount", admin_only, create, |at| {
            json!({ "input": { "email": format!("nouveau{at}@vigie.test"), "password": "une phrase de passe solide", "displayName": "Agent", "role": "ADMIN", "departements": ["90"] } })
        })
        .await,
    );

    failures.extend(public_rows(roles).await);
    failures.extend(account_rows(app, roles).await);
    failures.extend(report_rows(roles).await);
    failures.extend(notify_rows(app, roles).await);
    // Last: it ends every role's sessions.
    let signed_in = [unauth, OK, OK, OK, OK, OK, OK, OK];
    let everywhere = "mutation { logoutEverywhere }";
    failures.extend(same(roles, "logoutEverywhere", signed_in, everywhere, json!({})).await);
    failures
}

/// Hearing back: the caller's own feed, devices and preferences; alerts and broadcasts of
/// a commune.
async fn notify_rows(app: &TestApp, roles: &Roles) -> Vec<String> {
    let (unauth, forbidden, missing) = (UNAUTH, FORBIDDEN, MISSING);
    let signed_in = [unauth, OK, OK, OK, OK, OK, OK, OK];
    let mut failures = Vec::new();
    let own: [(&str, &str); 5] = [
        ("notifications", "{ notifications(first: 5) { totalCount } }"),
        ("unreadNotificationCount", "{ unreadNotificationCount }"),
        ("notificationPreferences", "{ notificationPreferences { channels { kind } } }"),
        ("markNotificationsRead", "mutation { markNotificationsRead(all: true) }"),
        (
            "updateNotificationPreferences",
            "mutation { updateNotificationPreferences(input: { quietHours: { start: \"22:00\", end: \"07:00\" } }) { quietHours { start } } }",
        ),
    ];
    for (name, query) in own {
        failures.extend(same(roles, name, signed_in, query, json!({})).await);
    }
    let register = "mutation($t: String!) { registerDevice(platform: ANDROID, token: $t) { id } }";
    failures.extend(
        each(roles, "registerDevice", signed_in, register, |at| json!({ "t": format!("matrix-{at}") })).await,
    );
    let unregister = "mutation($t: String!) { unregisterDevice(token: $t) }";
    failures.extend(
        each(roles, "unregisterDevice", signed_in, unregister, |at| json!({ "t": format!("matrix-{at}") }))
            .await,
    );

    let coordinators = [unauth, forbidden, forbidden, OK, OK, forbidden, forbidden, forbidden];
    let sms = "mutation { setSmsAlerts(enabled: true) { id } }";
    failures.extend(same(roles, "setSmsAlerts", coordinators, sms, json!({})).await);

    let commune_voices = [unauth, forbidden, OK, OK, forbidden, OK, forbidden, forbidden];
    let alerts = "{ interventionAlerts(communeCode: \"90052\") { totalCount } }";
    failures.extend(same(roles, "interventionAlerts(own commune)", commune_voices, alerts, json!({})).await);
    let residents_too = [unauth, OK, OK, OK, forbidden, OK, forbidden, forbidden];
    let broadcasts = "{ broadcasts(communeCode: \"90052\") { totalCount } }";
    failures.extend(same(roles, "broadcasts(own commune)", residents_too, broadcasts, json!({})).await);
    let staff_and_mayors = [unauth, forbidden, OK, OK, forbidden, forbidden, forbidden, forbidden];
    let expires = (chrono::Utc::now() + chrono::Duration::days(2)).to_rfc3339();
    let broadcast = "mutation($e: DateTime!) { broadcastToResidents(input: { communeCodes: [\"90052\"], title: \"Prévention\", body: \"Fermez vos portes.\", expiresAt: $e }) { id } }";
    failures.extend(
        same(
            roles,
            "broadcastToResidents(own commune)",
            staff_and_mayors,
            broadcast,
            json!({ "e": expires }),
        )
        .await,
    );

    // Each caller gets its own alert of Giromagny to close.
    let admin = app.admin().await;
    let open =
        "mutation { sendInterventionAlert(communeCode: \"90052\", message: \"Intervention.\") { id } }";
    let alerts = (0..ROLES).map(|_| {
        let admin = admin.clone();
        async move { admin.query(open, json!({})).await.data()["sendInterventionAlert"]["id"].clone() }
    });
    let alerts: Vec<Value> = futures_util::future::join_all(alerts).await;
    let close = "mutation($id: ID!) { closeInterventionAlert(id: $id, message: \"Terminé.\") { id } }";
    let covering_staff = [unauth, forbidden, OK, forbidden, forbidden, OK, missing, missing];
    failures.extend(
        each(roles, "closeInterventionAlert", covering_staff, close, |at| json!({ "id": alerts[at] })).await,
    );
    failures
}

/// What anyone may call, signed in or not: registering, signing in and out, refreshing a
/// session, redeeming a reset code. Each answers the same whoever asks.
async fn public_rows(roles: &Roles) -> Vec<String> {
    let bad = "BAD_USER_INPUT";
    let mut failures = Vec::new();
    let register = "mutation($e: String!) { register(input: { email: $e, password: \"une phrase de passe solide\", displayName: \"Voisin\", communeCode: \"90052\" }) { accessToken } }";
    failures.extend(
        each(roles, "register", [OK; ROLES], register, |at| json!({ "e": format!("public{at}@example.fr") }))
            .await,
    );
    let login = "mutation($e: String!) { login(email: $e, password: \"une phrase de passe solide\") { accessToken } }";
    failures.extend(
        each(roles, "login", [OK; ROLES], login, |at| json!({ "e": format!("public{at}@example.fr") })).await,
    );
    let refresh = "mutation { refreshSession(refreshToken: \"pas-un-jeton\") { accessToken } }";
    failures.extend(same(roles, "refreshSession(unknown token)", [UNAUTH; ROLES], refresh, json!({})).await);
    let logout = "mutation { logout(refreshToken: \"pas-un-jeton\") }";
    failures.extend(same(roles, "logout(unknown token)", [OK; ROLES], logout, json!({})).await);
    let reset = "mutation($e: String!) { resetPassword(email: $e, code: \"ABCD-EFGH\", newPassword: \"une autre phrase solide\") }";
    failures.extend(
        each(
            roles,
            "resetPassword(wrong code)",
            [bad; ROLES],
            reset,
            |at| json!({ "e": format!("public{at}@example.fr") }),
        )
        .await,
    );
    failures
}

/// Brigades and accounts: listing brigades, disabling and enabling accounts, passwords.
async fn account_rows(app: &TestApp, roles: &Roles) -> Vec<String> {
    let (unauth, forbidden, missing, bad) = (UNAUTH, FORBIDDEN, MISSING, "BAD_USER_INPUT");
    let mut failures = Vec::new();
    let brigades = "{ brigades(departement: \"90\") { code departement } }";
    let staff_and_admins = [unauth, forbidden, OK, forbidden, forbidden, OK, OK, OK];
    failures.extend(same(roles, "brigades", staff_and_admins, brigades, json!({})).await);

    // Each caller gets its own staff member of Giromagny to disable, then enable.
    let created = (0..ROLES).map(|n| async move {
        let staff = app.staff_of("COB-GIROMAGNY", &format!("cible{n}@gendarmerie.test")).await;
        let me = staff.query("{ me { id } }", json!({})).await;
        me.data()["me"]["id"].as_str().expect("id").to_owned()
    });
    let targets: Vec<String> = futures_util::future::join_all(created).await;
    let admins_in_reach = [unauth, forbidden, forbidden, forbidden, forbidden, OK, forbidden, missing];
    let disable = "mutation($id: ID!) { disableAccount(userId: $id, reason: \"départ\") { id } }";
    failures.extend(
        each(roles, "disableAccount", admins_in_reach, disable, |at| json!({ "id": targets[at] })).await,
    );
    let enable = "mutation($id: ID!) { enableAccount(userId: $id) { id } }";
    failures.extend(
        each(roles, "enableAccount", admins_in_reach, enable, |at| json!({ "id": targets[at] })).await,
    );
    let delle = brigade_of(roles, 6).await;
    let move_staff = "mutation($id: ID!, $b: ID!) { moveStaff(userId: $id, brigadeId: $b) { id } }";
    failures.extend(
        each(roles, "moveStaff", admins_in_reach, move_staff, |at| json!({ "id": targets[at], "b": delle }))
            .await,
    );
    let reset = "mutation($id: ID!) { issuePasswordReset(userId: $id) { expiresAt } }";
    failures.extend(
        each(roles, "issuePasswordReset", admins_in_reach, reset, |at| json!({ "id": targets[at] })).await,
    );
    let mayor = roles.clients[3].1.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let communes =
        "mutation($id: ID!) { setCoordinatorCommunes(userId: $id, communeCodes: [\"90052\"]) { id } }";
    failures.extend(
        same(roles, "setCoordinatorCommunes", admins_in_reach, communes, json!({ "id": mayor })).await,
    );
    let join = "mutation($c: String!) { setCommuneParticipation(communeCode: $c, participating: true, effectiveOn: \"2026-11-02\", protocolReference: \"PC\") { code } }";
    let communes = ["90001", "90002", "90003", "90004", "90005", "90006", "90007", "90011"];
    failures.extend(
        each(roles, "setCommuneParticipation", admins_in_reach, join, |at| json!({ "c": communes[at] }))
            .await,
    );
    let rule = "mutation { setRoutingRule(communeCode: \"90052\", categoryCode: \"VANDALISM\", brigadeId: null) { code } }";
    let set_rule = "mutation($b: ID!) { setRoutingRule(communeCode: \"90052\", categoryCode: \"INCIVILITIES\", brigadeId: $b) { code } }";
    let giromagny = brigade_of(roles, 2).await;
    failures
        .extend(same(roles, "setRoutingRule", admins_in_reach, set_rule, json!({ "b": giromagny })).await);
    // Removing an override that does not exist: the admin learns it is missing, no one else
    // learns anything.
    let admin_learns = [unauth, forbidden, forbidden, forbidden, forbidden, missing, forbidden, missing];
    failures.extend(same(roles, "setRoutingRule(remove missing)", admin_learns, rule, json!({})).await);
    let staff_or_admin_in_reach = [unauth, forbidden, OK, forbidden, forbidden, OK, OK, missing];
    let admins = [unauth, forbidden, forbidden, forbidden, forbidden, OK, forbidden, OK];
    let national_only = [unauth, forbidden, forbidden, forbidden, forbidden, forbidden, forbidden, forbidden];
    let signed_in = [unauth, bad, bad, bad, bad, bad, bad, bad];
    let rows: [(&str, [&str; 8], &str); 6] = [
        (
            "saveBrigade",
            admins_in_reach,
            "mutation { saveBrigade(input: { code: \"PM-DELLE\", name: \"Police municipale de Delle\", kind: POLICE_MUNICIPALE, departement: \"90\" }) { code } }",
        ),
        (
            "categoryOverrides",
            staff_or_admin_in_reach,
            "{ categoryOverrides(communeCode: \"90010\") { category { code } } }",
        ),
        ("users", admins, "{ users(first: 5) { totalCount } }"),
        ("auditEvents", admins, "{ auditEvents(first: 5) { totalCount } }"),
        (
            "saveCategory(national)",
            national_only,
            "mutation { saveCategory(input: { code: \"OTHER\", label: \"Autre\" }) { code } }",
        ),
        (
            "changePassword(wrong current)",
            signed_in,
            "mutation { changePassword(currentPassword: \"pas le bon\", newPassword: \"une autre phrase solide\") }",
        ),
    ];
    for (name, expected, query) in rows {
        failures.extend(same(roles, name, expected, query, json!({})).await);
    }
    failures
}

/// `SEEN` when the report comes back, `NULL` when it is hidden, else the error code.
fn read_outcome(response: &vigie_tests::Gql) -> String {
    match response.body.get("errors") {
        Some(_) => response.error_code().to_owned(),
        None if response.body["data"]["report"].is_null() => "NULL".to_owned(),
        None => "SEEN".to_owned(),
    }
}

/// Files `count` reports in Giromagny as the demo resident; returns their ids.
async fn reports(roles: &Roles, tag: &str, count: usize) -> Vec<String> {
    let resident = &roles.clients[1].1;
    let filings = (0..count).map(|n| async move {
        let input = crate::reports::filing(&format!("{tag}-{n}"), "OTHER", crate::reports::inside("90052"));
        let filed = resident.query(crate::reports::FILE, input).await;
        filed.data()["fileReport"]["id"].as_str().expect("id").to_owned()
    });
    futures_util::future::join_all(filings).await
}

/// The brigade id of the role at `at` (a staff member).
async fn brigade_of(roles: &Roles, at: usize) -> Value {
    roles.clients[at].1.query("{ me { brigade { id } } }", json!({})).await.data()["me"]["brigade"]["id"]
        .clone()
}

async fn report_rows(roles: &Roles) -> Vec<String> {
    let (unauth, forbidden, missing) = (UNAUTH, FORBIDDEN, MISSING);
    let staff_only = [unauth, forbidden, OK, forbidden, forbidden, forbidden, missing, forbidden];
    let reporter_only = [unauth, OK, forbidden, forbidden, forbidden, forbidden, forbidden, forbidden];
    let own_brigade = [unauth, forbidden, OK, forbidden, forbidden, OK, forbidden, forbidden];
    let own_commune = [unauth, forbidden, forbidden, OK, forbidden, OK, forbidden, forbidden];
    let mut failures = Vec::new();

    let seen = reports(roles, "read", 1).await.remove(0);
    let read = "query($id: ID!) { report(id: $id) { id } }";
    for ((role, client), expected) in
        roles.clients.iter().zip(["NULL", "SEEN", "SEEN", "SEEN", "NULL", "SEEN", "NULL", "NULL"])
    {
        let got = read_outcome(&client.query(read, json!({ "id": seen })).await);
        if got != expected {
            failures.push(format!("report(id) as {role}: expected {expected}, got {got}"));
        }
    }
    failures.extend(same(roles, "myReports", reporter_only, "{ myReports { totalCount } }", json!({})).await);
    let queue = "query($b: ID) { brigadeQueue(brigadeId: $b) { totalCount } }";
    let brigade = brigade_of(roles, 2).await;
    failures
        .extend(same(roles, "brigadeQueue(own brigade)", own_brigade, queue, json!({ "b": brigade })).await);
    let activity = "{ communeActivity(communeCode: \"90052\") { total } }";
    failures.extend(same(roles, "communeActivity(own commune)", own_commune, activity, json!({})).await);
    failures.extend(
        each(roles, "fileReport", reporter_only, crate::reports::FILE, |at| {
            crate::reports::filing(&format!("matrix-{at}"), "OTHER", crate::reports::inside("90052"))
        })
        .await,
    );

    let delle = brigade_of(roles, 6).await;
    let operations: Vec<(&str, &str, [&str; 8], Value)> = vec![
        (
            "transitionReport",
            "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { id } }",
            staff_only,
            json!({}),
        ),
        (
            "addReportNote",
            "mutation($id: ID!) { addReportNote(reportId: $id, internalNote: \"vu\") { id } }",
            staff_only,
            json!({}),
        ),
        (
            "rerouteReport",
            "mutation($id: ID!, $b: ID!) { rerouteReport(reportId: $id, brigadeId: $b, reason: \"compétence\") { id } }",
            staff_only,
            json!({ "b": delle }),
        ),
        (
            "addReportComment",
            "mutation($id: ID!) { addReportComment(reportId: $id, body: \"précision\") { id } }",
            reporter_only,
            json!({}),
        ),
        (
            "withdrawReport",
            "mutation($id: ID!) { withdrawReport(reportId: $id) { id } }",
            reporter_only,
            json!({}),
        ),
    ];
    for (name, mutation, expected, extra) in operations {
        let ids = reports(roles, name, ROLES).await;
        failures.extend(
            each(roles, name, expected, mutation, |at| {
                let mut variables = extra.clone();
                variables["id"] = json!(ids[at]);
                variables
            })
            .await,
        );
    }
    let alert = "mutation { sendInterventionAlert(communeCode: \"90052\", message: \"Intervention en cours.\") { id } }";
    failures.extend(same(roles, "sendInterventionAlert(own commune)", own_brigade, alert, json!({})).await);
    let upload = "mutation { requestPhotoUpload(contentType: \"image/jpeg\", byteSize: 20000) { photoId } }";
    failures.extend(same(roles, "requestPhotoUpload", reporter_only, upload, json!({})).await);
    // Photos nobody uploaded: the reporter learns they are unknown, no one else learns anything.
    let reporter_learns =
        [unauth, "BAD_USER_INPUT", forbidden, forbidden, forbidden, forbidden, forbidden, forbidden];
    let photos = "mutation($id: ID!) { addReportPhotos(reportId: $id, photoIds: [\"0190f0a0-0000-7000-8000-000000000000\"]) { id } }";
    failures.extend(
        same(roles, "addReportPhotos(unknown photo)", reporter_learns, photos, json!({ "id": seen })).await,
    );
    let pairs = reports(roles, "dup", ROLES + 1).await;
    let duplicate = "mutation($id: ID!, $of: ID!) { markDuplicate(reportId: $id, duplicateOf: $of) { id } }";
    failures.extend(
        each(
            roles,
            "markDuplicate",
            staff_only,
            duplicate,
            |at| json!({ "id": pairs[at], "of": pairs[ROLES] }),
        )
        .await,
    );
    failures
}

#[tokio::test]
async fn a_resident_out_of_scope_looks_exactly_like_one_that_does_not_exist() {
    let app = TestApp::spawn().await;
    let resident_of_delle = app.register("delle@example.fr", "90033").await;
    let mayor = app.coordinator().await;
    let decide = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }";
    let foreign = mayor.query(decide, json!({ "id": resident_of_delle.id })).await;
    let missing = mayor.query(decide, json!({ "id": "01900000-0000-7000-8000-000000000000" })).await;
    let strip = |body: &Value| json!({ "errors": [{ "message": body["errors"][0]["message"], "extensions": body["errors"][0]["extensions"] }], "data": body["data"] });
    assert_eq!(strip(&foreign.body), strip(&missing.body));
    assert_eq!(foreign.error_code(), "NOT_FOUND");
}
