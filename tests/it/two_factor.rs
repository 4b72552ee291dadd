//! Two-factor sign-in (RFC 6238) as an authenticator app and a desk agent would use it, with
//! every code computed by OATH Toolkit's `oathtool` (an implementation independent of
//! ours; `scripts/test` installs it): enrolment from the `otpauth://` URI, sign-in with and
//! without a code, a replayed code refused (also when sent to two nodes at once), recovery
//! codes spent once, and an admin's reset.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

const SET: &str = "mutation($code: String) { setTotp(code: $code) { uri secret enabled recoveryCodes } }";
const LOGIN: &str = "mutation($email: String!, $code: String) { login(email: $email, password: \"une phrase de passe solide\", totpCode: $code) { accessToken } }";
const STAFF: &str = "agent.totp@gendarmerie.test";

/// The code an authenticator app shows for `secret` at Unix time `at` (`oathtool`).
fn code(secret: &str, at: i64) -> Option<String> {
    let tool = std::env::var("VIGIE_TEST_OATHTOOL").ok()?;
    let output = std::process::Command::new(tool)
        .args(["--totp", "--base32", "--now", &format!("@{at}"), secret])
        .output()
        .expect("oathtool runs");
    assert!(output.status.success(), "oathtool: {}", String::from_utf8_lossy(&output.stderr));
    Some(String::from_utf8(output.stdout).expect("digits").trim().to_owned())
}

fn now() -> i64 {
    chrono::Utc::now().timestamp()
}

/// The secret an app reads from the URI, parsed by an independent URL parser (the `url`
/// crate, through reqwest) as the Key Uri Format lays it out: `otpauth://totp/<label>?…`.
fn secret_of(uri: &str) -> String {
    let parsed = reqwest::Url::parse(uri).expect("a URI");
    assert_eq!(parsed.scheme(), "otpauth", "{uri}");
    assert_eq!(parsed.host_str(), Some("totp"), "{uri}");
    let parameter =
        |name: &str| parsed.query_pairs().find(|(key, _)| key == name).map(|(_, value)| value.into_owned());
    assert_eq!(parameter("issuer").as_deref(), Some("Vigie"), "{uri}");
    assert_eq!(parameter("algorithm").as_deref(), Some("SHA1"), "{uri}");
    assert_eq!(parameter("digits").as_deref(), Some("6"), "{uri}");
    assert_eq!(parameter("period").as_deref(), Some("30"), "{uri}");
    parameter("secret").expect("secret=")
}

/// A staff member of Giromagny with two-factor sign-in turned on: their client, the
/// secret, their recovery codes.
async fn enrolled(app: &TestApp) -> Option<(Client, String, Vec<String>)> {
    let staff = app.staff_of("COB-GIROMAGNY", STAFF).await;
    let started = staff.query(SET, json!({})).await;
    let uri = started.data()["setTotp"]["uri"].as_str().expect("uri").to_owned();
    assert!(uri.starts_with("otpauth://totp/Vigie%3Aagent.totp%40gendarmerie.test?"), "{uri}");
    for parameter in ["issuer=Vigie", "algorithm=SHA1", "digits=6", "period=30"] {
        assert!(uri.contains(parameter), "{uri} lacks {parameter}");
    }
    let secret = secret_of(&uri);
    assert_eq!(started.data()["setTotp"]["secret"], secret.as_str());
    assert_eq!(started.data()["setTotp"]["enabled"], false);

    let wrong = staff.query(SET, json!({ "code": "000000" })).await;
    if wrong.body["errors"].is_array() {
        assert_eq!(wrong.body["errors"][0]["extensions"]["field"], "code", "{}", wrong.body);
    }
    let first = code(&secret, now())?;
    let confirmed = staff.query(SET, json!({ "code": first })).await;
    assert_eq!(confirmed.data()["setTotp"]["enabled"], true, "{}", confirmed.body);
    let recovery: Vec<String> = confirmed.data()["setTotp"]["recoveryCodes"]
        .as_array()
        .expect("recovery codes")
        .iter()
        .map(|code| code.as_str().expect("a code").to_owned())
        .collect();
    assert_eq!(recovery.len(), 10);
    Some((staff, secret, recovery))
}

fn outcome(response: &vigie_tests::Gql) -> String {
    match response.body["errors"].as_array() {
        Some(errors) => errors[0]["extensions"]["code"].as_str().unwrap_or_default().to_owned(),
        None => "OK".to_owned(),
    }
}

#[tokio::test]
async fn staff_sign_in_with_a_second_factor_and_a_code_is_accepted_once() {
    let app = TestApp::spawn_with(|config| config.login_burst = 30).await;
    let Some((staff, secret, recovery)) = enrolled(&app).await else {
        eprintln!("VIGIE_TEST_OATHTOOL is not set (scripts/test installs oathtool): two-factor test skipped");
        return;
    };
    let anonymous = app.anonymous();

    // The password alone no longer opens a session.
    let bare = anonymous.query(LOGIN, json!({ "email": STAFF })).await;
    assert_eq!(outcome(&bare), "TOTP_REQUIRED", "{}", bare.body);
    let wrong = anonymous.query(LOGIN, json!({ "email": STAFF, "code": "123456" })).await;
    assert_eq!(outcome(&wrong), "BAD_USER_INPUT", "{}", wrong.body);
    assert_eq!(wrong.body["errors"][0]["extensions"]["field"], "totpCode");

    // The next step's code (the current one confirmed the enrolment): accepted once.
    let next = code(&secret, now() + 30).expect("code");
    let signed_in = anonymous.query(LOGIN, json!({ "email": STAFF, "code": next })).await;
    assert!(signed_in.data()["login"]["accessToken"].is_string(), "{}", signed_in.body);
    let replayed = anonymous.query(LOGIN, json!({ "email": STAFF, "code": next })).await;
    assert_eq!(outcome(&replayed), "BAD_USER_INPUT", "a replayed code opened a session: {}", replayed.body);
    // An older code than the last accepted one is refused too.
    let older = code(&secret, now()).expect("code");
    let earlier = anonymous.query(LOGIN, json!({ "email": STAFF, "code": older })).await;
    assert_eq!(outcome(&earlier), "BAD_USER_INPUT", "{}", earlier.body);

    // A recovery code, however it is typed, once.
    let typed = recovery[0].to_uppercase();
    let recovered = anonymous.query(LOGIN, json!({ "email": STAFF, "code": typed })).await;
    assert!(recovered.data()["login"]["accessToken"].is_string(), "{}", recovered.body);
    let again = anonymous.query(LOGIN, json!({ "email": STAFF, "code": recovery[0] })).await;
    assert_eq!(outcome(&again), "BAD_USER_INPUT", "{}", again.body);

    // Enrolled: a new authenticator takes an admin's reset.
    let replace = staff.query(SET, json!({})).await;
    assert_eq!(outcome(&replace), "CONFLICT", "{}", replace.body);
    let id = signed_in_id(&app).await;
    let reset = app
        .admin()
        .await
        .query("mutation($id: ID!) { resetTotp(userId: $id) { id } }", json!({ "id": id }))
        .await;
    reset.data();
    // Its sessions ended; the password alone signs in again.
    assert_eq!(outcome(&staff.query("{ me { id } }", json!({})).await), "UNAUTHENTICATED");
    let plain = anonymous.query(LOGIN, json!({ "email": STAFF })).await;
    assert!(plain.data()["login"]["accessToken"].is_string(), "{}", plain.body);
}

async fn signed_in_id(app: &TestApp) -> Value {
    let admin = app.admin().await;
    let users = admin
        .query(
            "query($s: String!) { users(filter: { search: $s }, first: 1) { nodes { id } } }",
            json!({ "s": STAFF }),
        )
        .await;
    users.data()["users"]["nodes"][0]["id"].clone()
}

#[tokio::test]
async fn one_code_sent_to_two_nodes_at_once_opens_one_session() {
    let app = TestApp::spawn_with(|config| config.login_burst = 30).await;
    let Some((_, secret, _)) = enrolled(&app).await else {
        eprintln!("VIGIE_TEST_OATHTOOL is not set: two-factor test skipped");
        return;
    };
    let other = app.second_node_with(|config| config.login_burst = 30).await;
    let next = code(&secret, now() + 30).expect("code");
    let variables = json!({ "email": STAFF, "code": next });
    let (here, there) = (app.anonymous(), other.anonymous());
    let (first, second) =
        tokio::join!(here.query(LOGIN, variables.clone()), there.query(LOGIN, variables.clone()));
    let mut outcomes = [outcome(&first), outcome(&second)];
    outcomes.sort();
    assert_eq!(outcomes, ["BAD_USER_INPUT", "OK"], "{} / {}", first.body, second.body);
}

#[tokio::test]
async fn residents_have_no_second_factor_and_a_pending_enrolment_changes_nothing() {
    let app = TestApp::spawn().await;
    let resident = app.resident().await;
    assert_eq!(outcome(&resident.query(SET, json!({})).await), "FORBIDDEN");
    let staff = app.staff_of("COB-GIROMAGNY", STAFF).await;
    let pending = staff.query(SET, json!({})).await;
    assert_eq!(pending.data()["setTotp"]["enabled"], false);
    // Not confirmed: the password alone still signs in, and a code given is ignored.
    for code in [Value::Null, json!("123456")] {
        let login = app.anonymous().query(LOGIN, json!({ "email": STAFF, "code": code })).await;
        assert!(login.data()["login"]["accessToken"].is_string(), "{}", login.body);
    }
}

#[tokio::test]
async fn a_departement_that_requires_a_second_factor_lets_the_unenrolled_only_enrol() {
    let app = TestApp::spawn_with(|config| config.login_burst = 30).await;
    if std::env::var("VIGIE_TEST_OATHTOOL").is_err() {
        eprintln!("VIGIE_TEST_OATHTOOL is not set: two-factor test skipped");
        return;
    }
    let staff = app.staff_of("COB-GIROMAGNY", STAFF).await;
    let admin = app.admin().await;
    let foreign = app.admin_of("prefet@doubs.test", &["25"]).await;
    let require = "mutation($r: Boolean!) { requireTotp(departement: \"90\", required: $r) }";
    assert_eq!(outcome(&foreign.query(require, json!({ "r": true })).await), "FORBIDDEN");
    let unknown =
        admin.query("mutation { requireTotp(departement: \"9999\", required: true) }", json!({})).await;
    assert_eq!(outcome(&unknown), "BAD_USER_INPUT", "{}", unknown.body);
    assert_eq!(unknown.body["errors"][0]["extensions"]["field"], "departement");
    admin.query(require, json!({ "r": true })).await.data();

    // Signed in, not enrolled: itself and the enrolment only.
    let queue = "{ brigadeQueue(first: 5) { totalCount } }";
    let refused = staff.query(queue, json!({})).await;
    assert_eq!(outcome(&refused), "TOTP_REQUIRED", "{}", refused.body);
    assert!(staff.query("{ me { email } }", json!({})).await.data()["me"]["email"].is_string());
    let started = staff.query(SET, json!({})).await;
    let secret = secret_of(started.data()["setTotp"]["uri"].as_str().expect("uri"));
    let first = code(&secret, now()).expect("code");
    staff.query(SET, json!({ "code": first })).await.data();
    // Enrolled: the same session works at once.
    assert_eq!(outcome(&staff.query(queue, json!({})).await), "OK");
    // And sign-in now asks for the code.
    let bare = app.anonymous().query(LOGIN, json!({ "email": STAFF })).await;
    assert_eq!(outcome(&bare), "TOTP_REQUIRED");
    // Residents are not concerned.
    assert_eq!(
        outcome(&app.resident().await.query("{ myReports(first: 1) { totalCount } }", json!({})).await),
        "OK"
    );
}

/// Secrets are sealed at rest: the stored row holds neither the secret nor anything that
/// opens without the node's key file. A secret stored in plain (as before sealing existed)
/// is sealed by the next node that starts, and the app's codes still sign in.
#[tokio::test]
async fn authenticator_secrets_are_sealed_at_rest() {
    use entity::totp_credential;
    use sea_orm::{ActiveModelTrait, ActiveValue::Set, EntityTrait};

    let app = TestApp::spawn().await;
    let Some((staff, secret, _)) = enrolled(&app).await else { return };
    let me =
        staff.query("{ me { id } }", json!({})).await.data()["me"]["id"].as_str().expect("id").to_owned();
    let stored = |db: sea_orm::DatabaseConnection| async move {
        totp_credential::Entity::find()
            .all(&db)
            .await
            .expect("read")
            .into_iter()
            .next()
            .expect("one credential")
    };
    let row = stored(app.state.db.clone()).await;
    assert_eq!(row.user_id.to_string(), me);
    assert!(row.secret.starts_with("v1:"), "{}", row.secret);
    assert!(!row.secret.contains(&secret), "the secret in clear");
    assert!(!row.secret[3..].contains(&secret[..8]), "a part of the secret in clear");

    // As a version without sealing stored it.
    let mut plain: totp_credential::ActiveModel = row.into();
    plain.secret = Set(secret.clone());
    plain.update(&app.state.db).await.expect("store it in plain");
    let node = app.second_node().await;
    let row = stored(node.state.db.clone()).await;
    assert!(row.secret.starts_with("v1:"), "sealed at start-up: {}", row.secret);
    // The next step's code (the first one was spent at enrolment) still signs in.
    let next = code(&secret, now() + 30).expect("a code");
    let login = node.anonymous().query(LOGIN, json!({ "email": STAFF, "code": next })).await;
    assert!(login.data()["login"]["accessToken"].is_string(), "{}", login.body);
}
