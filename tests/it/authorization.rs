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
    Roles {
        clients: vec![
            ("anonymous", app.anonymous()),
            ("resident", app.resident().await),
            ("staff", app.staff().await),
            ("coordinator", app.coordinator().await),
            ("foreign coordinator", app.login("maire@delle.test", "une phrase de passe solide").await),
            ("admin", admin),
        ],
    }
}

/// Runs `call` for every role and compares with `expected` (same order as `roles`).
async fn row<F, Fut>(roles: &Roles, operation: &str, expected: [&str; 6], call: F) -> Vec<String>
where
    F: Fn(usize, Client) -> Fut,
    Fut: std::future::Future<Output = vigie_tests::Gql>,
{
    let mut failures = Vec::new();
    for (at, ((role, client), expected)) in roles.clients.iter().zip(expected).enumerate() {
        let got = outcome(&call(at, client.clone()).await);
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
    let unauth = "UNAUTHENTICATED";
    let forbidden = "FORBIDDEN";
    let missing = "NOT_FOUND";
    let mut failures = Vec::new();

    failures.extend(
        row(&roles, "me", [unauth, OK, OK, OK, OK, OK], |_, c| async move {
            c.query("{ me { id } }", json!({})).await
        })
        .await,
    );
    failures.extend(
        row(
            &roles,
            "communes",
            [OK; 6],
            |_, c| async move { c.query("{ communes { code } }", json!({})).await },
        )
        .await,
    );
    failures.extend(
        row(&roles, "categories", [OK; 6], |_, c| async move {
            c.query("{ categories { code } }", json!({})).await
        })
        .await,
    );
    let requests = "query($c: String!) { enrolmentRequests(communeCode: $c) { totalCount } }";
    failures.extend(
        row(
            &roles,
            "enrolmentRequests(own commune)",
            [unauth, forbidden, forbidden, OK, forbidden, OK],
            |_, c| async move { c.query(requests, json!({ "c": "90052" })).await },
        )
        .await,
    );

    // Each call gets its own pending resident of Giromagny, so a success does not
    // change what the next role sees.
    let mut pending: Vec<String> = Vec::new();
    for n in 0..12 {
        pending.push(app.register(&format!("matrice{n}@example.fr"), "90052").await.id);
    }
    let decide = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }";
    let ids = pending.clone();
    failures.extend(
        row(
            &roles,
            "decideEnrolment(own commune)",
            [unauth, forbidden, forbidden, OK, missing, OK],
            |at, c| {
                let id = ids[at].clone();
                async move { c.query(decide, json!({ "id": id })).await }
            },
        )
        .await,
    );
    let suspend = "mutation($id: ID!) { suspendResident(userId: $id, reason: \"test\") { id } }";
    let ids: Vec<String> = pending[6..].to_vec();
    failures.extend(
        row(
            &roles,
            "suspendResident(own commune)",
            [unauth, forbidden, forbidden, OK, missing, OK],
            |at, c| {
                let id = ids[at].clone();
                async move { c.query(suspend, json!({ "id": id })).await }
            },
        )
        .await,
    );
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    failures.extend(
        row(&roles, "createAccount", [unauth, forbidden, forbidden, forbidden, forbidden, OK], |at, c| async move {
            let input = json!({ "email": format!("nouveau{at}@vigie.test"), "password": "une phrase de passe solide", "displayName": "Agent", "role": "ADMIN" });
            c.query(create, json!({ "input": input })).await
        })
        .await,
    );

    assert!(failures.is_empty(), "authorization matrix violations:\n{}", failures.join("\n"));
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
