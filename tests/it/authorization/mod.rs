//! The authorization matrix: every operation of the contract × every role × own scope /
//! foreign scope / anonymous, over HTTP and over the websocket. A denied read of an object
//! looks exactly like a missing one. The harness and the rows of territory and enrolment are
//! here; each domain's rows are in a file of their own (`accounts.rs`: public operations and
//! accounts, `reports.rs`, `incidents.rs`, `notify.rs`, `partnership.rs` with the callers it adds).

mod accounts;
mod incidents;
mod notify;
mod partnership;
mod reports;

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp, smtp::SmtpServer};

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

/// The matrix's server: sending e-mail (so the two-step registration and the e-mailed
/// reset are offered) with the direct registration kept on (so both have rows).
async fn matrix_app(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(|config| {
        smtp.configure(config);
        config.direct_registration = Some(true);
        // Every role signs in from the loopback address: the throttle per address is not
        // what the matrix checks (tests/it/attacks_throttles.rs is).
        config.login_burst = 100;
    })
    .await
}

#[tokio::test]
async fn every_operation_allows_exactly_the_roles_it_should() {
    let smtp = SmtpServer::start().await;
    let app = matrix_app(&smtp).await;
    let roles = roles(&app).await;
    let failures = matrix(&app, &roles).await;
    assert!(failures.is_empty(), "authorization matrix violations:\n{}", failures.join("\n"));
}

/// The same matrix with every call made over the websocket: each operation there is
/// authorised like an HTTP request.
#[tokio::test]
async fn every_operation_allows_exactly_the_roles_it_should_over_the_websocket() {
    let smtp = SmtpServer::start().await;
    let app = matrix_app(&smtp).await;
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
    let sdl = include_str!("../../../schema.graphql");
    let rows = [
        include_str!("mod.rs"),
        include_str!("accounts.rs"),
        include_str!("notify.rs"),
        include_str!("reports.rs"),
        include_str!("incidents.rs"),
        include_str!("partnership.rs"),
    ]
    .concat();
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
            // Root fields sit one tab in; deeper lines are their arguments, one per line
            // once arguments have descriptions.
            if in_description || !line.starts_with('\t') || line.starts_with("\t\t") {
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

/// The brigade id of the role at `at` (a staff member).
async fn brigade_of(roles: &Roles, at: usize) -> Value {
    roles.clients[at].1.query("{ me { brigade { id } } }", json!({})).await.data()["me"]["brigade"]["id"]
        .clone()
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
    let of_departement = "{ communes(departement: \"90\", participating: false) { code } }";
    failures.extend(same(roles, "communes(departement)", [OK; 8], of_departement, json!({})).await);
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

    // The read log of reporters' identities: residents (their own), admins (their
    // départements; a foreign admin reads an empty page).
    let reads = "{ identityReads { totalCount } }";
    let residents_and_admins = [unauth, OK, forbidden, forbidden, forbidden, OK, forbidden, OK];
    failures.extend(same(roles, "identityReads", residents_and_admins, reads, json!({})).await);
    // The bilan of Giromagny: its coordinators, the brigade that covers it, admins in reach.
    let bilan = "{ communeBilan(communeCode: \"90052\", year: 2026) { total } }";
    let bilan_readers = [unauth, forbidden, OK, OK, forbidden, OK, forbidden, forbidden];
    failures.extend(same(roles, "communeBilan", bilan_readers, bilan, json!({})).await);
    let export = "{ exportMyData }";
    failures
        .extend(same(roles, "exportMyData", [unauth, OK, OK, OK, OK, OK, OK, OK], export, json!({})).await);
    // Closing one's own account: every signed-in role may (a wrong password here, so the
    // matrix's accounts live on; tests/it/privacy.rs erases for real).
    let close = "mutation { deleteMyAccount(password: \"pas le bon mot de passe\") }";
    let bad = "BAD_USER_INPUT";
    let signed_in = [unauth, bad, bad, bad, bad, bad, bad, bad];
    failures.extend(same(roles, "deleteMyAccount(wrong password)", signed_in, close, json!({})).await);

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

    failures.extend(accounts::public_rows(roles).await);
    failures.extend(accounts::account_rows(app, roles).await);
    failures.extend(reports::report_rows(roles).await);
    failures.extend(incidents::incident_rows(roles).await);
    failures.extend(notify::notify_rows(app, roles).await);
    // Last: it ends every role's sessions.
    let signed_in = [unauth, OK, OK, OK, OK, OK, OK, OK];
    let everywhere = "mutation { logoutEverywhere }";
    failures.extend(same(roles, "logoutEverywhere", signed_in, everywhere, json!({})).await);
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
    // Every error names its own request: the rest must be identical.
    let strip = |body: &Value| {
        let mut extensions = body["errors"][0]["extensions"].clone();
        extensions.as_object_mut().map(|extensions| extensions.remove("requestId"));
        json!({ "errors": [{ "message": body["errors"][0]["message"], "extensions": extensions }], "data": body["data"] })
    };
    assert_eq!(strip(&foreign.body), strip(&missing.body));
    assert_eq!(foreign.error_code(), "NOT_FOUND");
}
