//! Reach: an admin of another département reaches nothing here; the audit trail within
//! one's départements.

use serde_json::{Value, json};
use vigie_tests::TestApp;

use super::{PASSWORD, nodes};

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
