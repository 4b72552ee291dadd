//! Accounts, sessions and enrolment over HTTP, on the backend under test.

use entity::{audit_event, enums::EnrolmentStatus};
use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
use serde_json::json;
use vigie_tests::TestApp;

const ME: &str =
    "{ me { id email displayName role enrolmentStatus commune { code name } brigade { code } } }";
const REGISTER: &str =
    "mutation($input: RegisterInput!) { register(input: $input) { accessToken user { id } } }";
const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken expiresIn user { role } } }";
const REFRESH: &str =
    "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken refreshToken } }";
const DECIDE: &str = "mutation($id: ID!, $ok: Boolean!, $why: String) { decideEnrolment(userId: $id, approve: $ok, reason: $why) { id enrolmentStatus } }";
const REQUESTS: &str = "query($c: String!, $s: EnrolmentStatus, $first: Int, $after: String) { enrolmentRequests(communeCode: $c, status: $s, first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { cursor node { id email enrolmentStatus } } } }";

fn registration(email: &str, commune: &str) -> serde_json::Value {
    json!({ "input": { "email": email, "password": "une phrase de passe solide", "displayName": "Jeanne", "phone": "0612345678", "communeCode": commune } })
}

#[tokio::test]
async fn a_resident_registers_pending_and_sees_it_in_me() {
    let app = TestApp::spawn().await;
    let resident = app.register("Jeanne.Martin@Example.fr", "90052").await;
    let me = resident.client.query(ME, json!({})).await;
    let me = &me.data()["me"];
    assert_eq!(me["email"], "jeanne.martin@example.fr");
    assert_eq!(me["role"], "RESIDENT");
    assert_eq!(me["enrolmentStatus"], "PENDING");
    assert_eq!(me["commune"]["name"], "Giromagny");
    assert!(me["brigade"].is_null());
}

#[tokio::test]
async fn registration_refuses_bad_input_field_by_field_and_writes_nothing() {
    let app = TestApp::spawn().await;
    let anonymous = app.anonymous();
    let cases = [
        (json!({ "email": "pas-un-email" }), "BAD_USER_INPUT", Some("email")),
        (json!({ "password": "court" }), "BAD_USER_INPUT", Some("password")),
        (json!({ "password": "MotDePasse123" }), "BAD_USER_INPUT", Some("password")),
        (json!({ "phone": "12" }), "BAD_USER_INPUT", Some("phone")),
        (json!({ "displayName": "   " }), "BAD_USER_INPUT", Some("displayName")),
        (json!({ "communeCode": "99999" }), "BAD_USER_INPUT", Some("communeCode")),
        (json!({ "communeCode": "90075" }), "COMMUNE_NOT_PARTICIPATING", None),
    ];
    for (change, code, field) in cases {
        let mut variables = registration("refuse@example.fr", "90052");
        for (key, value) in change.as_object().expect("object") {
            variables["input"][key] = value.clone();
        }
        let response = anonymous.query(REGISTER, variables).await;
        assert_eq!(response.error_code(), code, "{change}");
        assert_eq!(response.error_field(), field, "{change}");
    }
    let users = entity::app_user::Entity::find()
        .filter(entity::app_user::Column::Email.contains("refuse"))
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(users, 0);
}

#[tokio::test]
async fn an_email_registers_once_whatever_its_case() {
    let app = TestApp::spawn().await;
    app.register("deux@example.fr", "90052").await;
    let again = app.anonymous().query(REGISTER, registration("DEUX@example.fr", "90033")).await;
    assert_eq!(again.error_code(), "CONFLICT");
}

#[tokio::test]
async fn a_wrong_password_and_an_unknown_email_answer_alike() {
    let app = TestApp::spawn().await;
    let wrong = app
        .anonymous()
        .query(LOGIN, json!({ "e": "admin@vigie.test", "p": "pas le bon mot de passe" }))
        .await;
    let unknown = app
        .anonymous()
        .query(LOGIN, json!({ "e": "personne@vigie.test", "p": "pas le bon mot de passe" }))
        .await;
    assert_eq!(wrong.error_code(), "UNAUTHENTICATED");
    assert_eq!(wrong.body["errors"][0]["message"], unknown.body["errors"][0]["message"]);
    assert_eq!(unknown.error_code(), "UNAUTHENTICATED");
    let failures = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("login.failure"))
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(failures, 2);
}

#[tokio::test]
async fn login_gives_a_working_session_and_records_it() {
    let app = TestApp::spawn().await;
    let response =
        app.anonymous().query(LOGIN, json!({ "e": " Admin@Vigie.test ", "p": "prefecture-demo-90" })).await;
    let session = &response.data()["login"];
    assert_eq!(session["user"]["role"], "ADMIN");
    assert_eq!(session["expiresIn"], 900);
    let me = app
        .anonymous()
        .with_token(session["accessToken"].as_str().expect("token"))
        .query(ME, json!({}))
        .await;
    assert_eq!(me.data()["me"]["email"], "admin@vigie.test");
    let successes = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("login.success"))
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(successes, 1);
}

#[tokio::test]
async fn repeated_failed_logins_are_rate_limited() {
    let app = TestApp::spawn().await;
    let mut codes = Vec::new();
    for _ in 0..7 {
        let response = app
            .anonymous()
            .query(LOGIN, json!({ "e": "admin@vigie.test", "p": "mauvais mot de passe" }))
            .await;
        codes.push(response.error_code().to_owned());
    }
    assert_eq!(&codes[..5], ["UNAUTHENTICATED"; 5]);
    assert_eq!(&codes[5..], ["RATE_LIMITED"; 2]);
    // Another account is not locked by it.
    app.login("maire.giromagny@vigie.test", "commune-demo-90").await;
}

#[tokio::test]
async fn a_refresh_rotates_and_a_reused_refresh_token_revokes_the_family() {
    let app = TestApp::spawn().await;
    let resident = app.register("rotation@example.fr", "90052").await;
    let first = app.anonymous().query(REFRESH, json!({ "t": resident.refresh_token })).await;
    let second_token = first.data()["refreshSession"]["refreshToken"].as_str().expect("rotated").to_owned();
    assert_ne!(second_token, resident.refresh_token);
    let second = app.anonymous().query(REFRESH, json!({ "t": second_token })).await;
    let third_token = second.data()["refreshSession"]["refreshToken"].as_str().expect("rotated").to_owned();

    // The first token again, after its successor was itself used: a leak.
    let reuse = app.anonymous().query(REFRESH, json!({ "t": resident.refresh_token })).await;
    assert_eq!(reuse.error_code(), "UNAUTHENTICATED");
    let after_reuse = app.anonymous().query(REFRESH, json!({ "t": third_token })).await;
    assert_eq!(after_reuse.error_code(), "UNAUTHENTICATED", "the whole family is revoked");
    let reuses = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("token.reuse"))
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(reuses, 1);
}

#[tokio::test]
async fn logout_ends_the_session() {
    let app = TestApp::spawn().await;
    let resident = app.register("depart@example.fr", "90052").await;
    let logout = app
        .anonymous()
        .query("mutation($t: String!) { logout(refreshToken: $t) }", json!({ "t": resident.refresh_token }))
        .await;
    assert_eq!(logout.data()["logout"], true);
    let refresh = app.anonymous().query(REFRESH, json!({ "t": resident.refresh_token })).await;
    assert_eq!(refresh.error_code(), "UNAUTHENTICATED");
}

#[tokio::test]
async fn the_coordinator_pages_through_requests_and_approves_one() {
    let app = TestApp::spawn().await;
    let mut ids = Vec::new();
    for n in 0..3 {
        ids.push(app.register(&format!("demande{n}@example.fr"), "90052").await);
    }
    let mayor = app.coordinator().await;
    let first = mayor.query(REQUESTS, json!({ "c": "90052", "s": "PENDING", "first": 2 })).await;
    let page = &first.data()["enrolmentRequests"];
    assert_eq!(page["totalCount"], 3);
    assert_eq!(page["edges"].as_array().map(Vec::len), Some(2));
    assert_eq!(page["pageInfo"]["hasNextPage"], true);
    let rest = mayor
        .query(
            REQUESTS,
            json!({ "c": "90052", "s": "PENDING", "first": 2, "after": page["pageInfo"]["endCursor"] }),
        )
        .await;
    let rest = &rest.data()["enrolmentRequests"];
    assert_eq!(rest["edges"].as_array().map(Vec::len), Some(1));
    assert_eq!(rest["pageInfo"]["hasNextPage"], false);
    assert_eq!(rest["edges"][0]["node"]["id"].as_str(), Some(ids[2].id.as_str()));

    let approved = mayor.query(DECIDE, json!({ "id": ids[0].id, "ok": true })).await;
    assert_eq!(approved.data()["decideEnrolment"]["enrolmentStatus"], "APPROVED");
    let me = ids[0].client.query(ME, json!({})).await;
    assert_eq!(me.data()["me"]["enrolmentStatus"], "APPROVED");
    let again = mayor.query(DECIDE, json!({ "id": ids[0].id, "ok": false, "why": "doublon" })).await;
    assert_eq!(again.error_code(), "CONFLICT");

    let rejected = mayor.query(DECIDE, json!({ "id": ids[1].id, "ok": false, "why": "Hors commune" })).await;
    assert_eq!(rejected.data()["decideEnrolment"]["enrolmentStatus"], "REJECTED");
    let decisions = audit_event::Entity::find()
        .filter(audit_event::Column::Action.is_in(["enrolment.approved", "enrolment.rejected"]))
        .count(&app.state.db)
        .await
        .expect("count");
    assert_eq!(decisions, 2);
}

#[tokio::test]
async fn a_suspended_resident_is_locked_out_at_once_and_can_be_reinstated() {
    let app = TestApp::spawn().await;
    let resident = app.register("suspendu@example.fr", "90052").await;
    let mayor = app.coordinator().await;
    mayor.query(DECIDE, json!({ "id": resident.id, "ok": true })).await.data();

    let suspend = mayor
        .query(
            "mutation($id: ID!) { suspendResident(userId: $id, reason: \"Signalements abusifs\") { enrolmentStatus } }",
            json!({ "id": resident.id }),
        )
        .await;
    assert_eq!(suspend.data()["suspendResident"]["enrolmentStatus"], "SUSPENDED");
    assert_eq!(resident.client.query(ME, json!({})).await.error_code(), "UNAUTHENTICATED");
    let refresh = app.anonymous().query(REFRESH, json!({ "t": resident.refresh_token })).await;
    assert_eq!(refresh.error_code(), "UNAUTHENTICATED");
    let login = app
        .anonymous()
        .query(LOGIN, json!({ "e": "suspendu@example.fr", "p": "une phrase de passe solide" }))
        .await;
    assert_eq!(login.error_code(), "FORBIDDEN");

    let reinstate = mayor
        .query(
            "mutation($id: ID!) { reinstateResident(userId: $id) { enrolmentStatus } }",
            json!({ "id": resident.id }),
        )
        .await;
    assert_eq!(reinstate.data()["reinstateResident"]["enrolmentStatus"], "APPROVED");
    let back = app.login("suspendu@example.fr", "une phrase de passe solide").await;
    assert_eq!(back.query(ME, json!({})).await.data()["me"]["enrolmentStatus"], "APPROVED");
    let status = entity::app_user::Entity::find()
        .filter(entity::app_user::Column::Email.eq("suspendu@example.fr"))
        .one(&app.state.db)
        .await
        .expect("query")
        .and_then(|user| user.enrolment_status);
    assert_eq!(status, Some(EnrolmentStatus::Approved));
}

#[tokio::test]
async fn a_coordinator_sees_the_communes_they_act_for() {
    let app = TestApp::spawn().await;
    let me =
        app.coordinator().await.query("{ me { role coordinatedCommunes { code name } } }", json!({})).await;
    assert_eq!(me.data()["me"]["coordinatedCommunes"], json!([{ "code": "90052", "name": "Giromagny" }]));
    let resident = app.resident().await.query("{ me { coordinatedCommunes { code } } }", json!({})).await;
    assert_eq!(resident.data()["me"]["coordinatedCommunes"], json!([]));
}

#[tokio::test]
async fn an_admin_creates_staff_through_graphql() {
    let app = TestApp::spawn().await;
    let admin = app.admin().await;
    let created = admin
        .query(
            "mutation($input: CreateAccountInput!) { createAccount(input: $input) { email role brigade { code } } }",
            json!({ "input": { "email": "adjudant@delle.test", "password": "une phrase de passe solide", "displayName": "Adj. Roy", "role": "BRIGADE_STAFF", "brigadeCode": "BTA-DELLE" } }),
        )
        .await;
    assert_eq!(created.data()["createAccount"]["brigade"]["code"], "BTA-DELLE");
    let staff = app.login("adjudant@delle.test", "une phrase de passe solide").await;
    assert_eq!(staff.query(ME, json!({})).await.data()["me"]["role"], "BRIGADE_STAFF");
    let grants = audit_event::Entity::find()
        .filter(audit_event::Column::Action.eq("account.created"))
        .filter(audit_event::Column::ActorId.is_not_null())
        .all(&app.state.db)
        .await
        .expect("query");
    assert_eq!(grants.len(), 1, "the admin's grant is audited with its actor");
    assert!(grants[0].detail.as_deref().is_some_and(|detail| detail.contains("BRIGADE_STAFF")));
}
