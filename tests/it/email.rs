//! E-mail that proves an address (issue "Trust, round 2"): registration in two steps that
//! never tells whether an address has an account, passwords reset by e-mail, through a real
//! SMTP server (aiosmtpd) read back with an independent parser.

use std::time::Duration;

use entity::{enums::Channel, outbox};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
use serde_json::{Value, json};
use vigie_tests::{TestApp, smtp::SmtpServer};

const START: &str = "mutation($input: RegisterInput!) { startRegistration(input: $input) }";
const COMPLETE: &str = "mutation($email: String!, $code: String!) { completeRegistration(email: $email, code: $code) { accessToken user { email displayName enrolmentStatus commune { code } } } }";
const REGISTER: &str = "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }";
const REQUEST_RESET: &str = "mutation($email: String!) { requestPasswordReset(email: $email) }";
const RESET: &str = "mutation($email: String!, $code: String!, $password: String!) { resetPassword(email: $email, code: $code, newPassword: $password) }";
const LOGIN: &str = "mutation($email: String!, $password: String!) { login(email: $email, password: $password) { accessToken } }";
/// The demo resident's address: an address with an account.
const TAKEN: &str = "habitant.giromagny@vigie.test";

fn input(email: &str) -> Value {
    json!({ "input": {
        "email": email,
        "password": "une phrase de passe solide",
        "displayName": "Nouvelle Voisine",
        "phone": "06 12 34 56 78",
        "communeCode": "90052",
    } })
}

async fn mailing_app(smtp: &SmtpServer) -> TestApp {
    TestApp::spawn_with(|config| smtp.configure(config)).await
}

#[tokio::test]
async fn a_taken_address_and_a_new_one_get_the_same_answer_and_only_the_new_one_registers() {
    let smtp = SmtpServer::start().await;
    let app = mailing_app(&smtp).await;
    let anonymous = app.anonymous();
    let new = "nouvelle.voisine@example.fr";

    let for_taken = anonymous.query(START, input(TAKEN)).await;
    let for_new = anonymous.query(START, input(new)).await;
    assert_eq!((for_taken.status, &for_taken.body), (for_new.status, &for_new.body));
    assert_eq!(for_new.body, json!({ "data": { "startRegistration": true } }));

    // The owner of the taken address is told an account exists; no code, no account.
    let notice = &smtp.wait_for(TAKEN, 1).await[0];
    assert_eq!(notice.subject, "Inscription à Vigie : vous avez déjà un compte");
    assert!(notice.code().is_none(), "a notice carries no code: {}", notice.body);
    assert!(notice.body.contains("Mot de passe oublié"), "{}", notice.body);
    // The new address gets the code, in plain French text from the configured sender, and
    // nothing the requester typed.
    let mail = &smtp.wait_for(new, 1).await[0];
    assert_eq!(mail.subject, "Votre code d'inscription à Vigie");
    assert_eq!(mail.content_type, "text/plain");
    assert!(mail.from.contains("ne-pas-repondre@vigie.test"), "{}", mail.from);
    assert!(mail.body.contains("Giromagny"), "{}", mail.body);
    assert!(!mail.body.contains("Nouvelle Voisine"), "{}", mail.body);
    let code = mail.code().expect("a code in the mail");

    // The code is for its address only.
    let elsewhere = anonymous.query(COMPLETE, json!({ "email": TAKEN, "code": code })).await;
    assert_eq!((elsewhere.error_code(), elsewhere.error_field()), ("BAD_USER_INPUT", Some("code")));

    let completed = anonymous.query(COMPLETE, json!({ "email": new, "code": code.to_lowercase() })).await;
    let payload = &completed.data()["completeRegistration"];
    assert_eq!(
        payload["user"],
        json!({ "email": new, "displayName": "Nouvelle Voisine", "enrolmentStatus": "PENDING", "commune": { "code": "90052" } })
    );
    let session = anonymous.with_token(payload["accessToken"].as_str().expect("token"));
    assert_eq!(session.query("{ me { email } }", json!({})).await.data()["me"]["email"], new);
    // The password given at the start is the account's.
    let login =
        anonymous.query(LOGIN, json!({ "email": new, "password": "une phrase de passe solide" })).await;
    assert!(login.data()["login"]["accessToken"].is_string());

    // A code is used once.
    let again = anonymous.query(COMPLETE, json!({ "email": new, "code": code })).await;
    assert_eq!((again.error_code(), again.error_field()), ("BAD_USER_INPUT", Some("code")));
    // Starting again for an address that now has an account: the same answer, a notice.
    let after = anonymous.query(START, input(new)).await;
    assert_eq!(after.body, for_new.body);
    let mails = smtp.wait_for(new, 2).await;
    assert!(mails[1].code().is_none(), "{}", mails[1].body);
}

#[tokio::test]
async fn with_email_the_direct_registration_is_off_and_conflict_never_answers() {
    let smtp = SmtpServer::start().await;
    let app = mailing_app(&smtp).await;
    let anonymous = app.anonymous();
    for email in [TAKEN, "encore.nouveau@example.fr"] {
        let direct = anonymous.query(REGISTER, input(email)).await;
        assert_eq!(direct.error_code(), "FORBIDDEN", "{}", direct.body);
        assert!(direct.body["errors"][0]["message"].as_str().is_some_and(|text| text.contains("e-mail")));
    }
    // Bad input is refused the same way for both kinds of address, before any e-mail.
    for email in [TAKEN, "encore.nouveau@example.fr"] {
        let mut weak = input(email);
        weak["input"]["password"] = json!("court");
        let refused = anonymous.query(START, weak).await;
        assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("password")));
        let mut outside = input(email);
        outside["input"]["communeCode"] = json!("90075");
        let refused = anonymous.query(START, outside).await;
        assert_eq!(refused.error_code(), "COMMUNE_NOT_PARTICIPATING", "{}", refused.body);
    }
    tokio::time::sleep(Duration::from_millis(300)).await;
    assert!(smtp.messages().is_empty(), "no e-mail for a refused start");
}

#[tokio::test]
async fn a_new_start_voids_the_earlier_code() {
    let smtp = SmtpServer::start().await;
    let app = mailing_app(&smtp).await;
    let anonymous = app.anonymous();
    let email = "deux.fois@example.fr";
    assert_eq!(anonymous.query(START, input(email)).await.data()["startRegistration"], true);
    let first = smtp.wait_for(email, 1).await[0].code().expect("code");
    let mut second_input = input(email);
    second_input["input"]["displayName"] = json!("Deuxième Essai");
    assert_eq!(anonymous.query(START, second_input).await.data()["startRegistration"], true);
    let second = smtp.wait_for(email, 2).await[1].code().expect("code");
    let void = anonymous.query(COMPLETE, json!({ "email": email, "code": first })).await;
    assert_eq!(void.error_code(), "BAD_USER_INPUT");
    let done = anonymous.query(COMPLETE, json!({ "email": email, "code": second })).await;
    assert_eq!(done.data()["completeRegistration"]["user"]["displayName"], "Deuxième Essai");
}

#[tokio::test]
async fn a_forgotten_password_is_reset_by_email_and_asking_tells_nothing() {
    let smtp = SmtpServer::start().await;
    let app = mailing_app(&smtp).await;
    let anonymous = app.anonymous();
    let unknown = "personne@example.fr";
    let for_account = anonymous.query(REQUEST_RESET, json!({ "email": TAKEN })).await;
    let for_nobody = anonymous.query(REQUEST_RESET, json!({ "email": unknown })).await;
    assert_eq!((for_account.status, &for_account.body), (for_nobody.status, &for_nobody.body));
    assert_eq!(for_account.body, json!({ "data": { "requestPasswordReset": true } }));

    let nobody = &smtp.wait_for(unknown, 1).await[0];
    assert!(nobody.code().is_none(), "{}", nobody.body);
    assert!(nobody.body.contains("aucun compte"), "{}", nobody.body);
    let mail = &smtp.wait_for(TAKEN, 1).await[0];
    let code = mail.code().expect("a code");

    // Signed in somewhere: the reset ends that session.
    let signed_in = app.resident().await;
    let new_password = "une toute nouvelle phrase";
    let reset =
        anonymous.query(RESET, json!({ "email": TAKEN, "code": code, "password": new_password })).await;
    assert_eq!(reset.data()["resetPassword"], true);
    assert_eq!(signed_in.query("{ me { id } }", json!({})).await.error_code(), "UNAUTHENTICATED");
    let login = anonymous.query(LOGIN, json!({ "email": TAKEN, "password": new_password })).await;
    assert!(login.data()["login"]["accessToken"].is_string());
    let old = anonymous.query(LOGIN, json!({ "email": TAKEN, "password": "habitant-demo-90" })).await;
    assert_eq!(old.error_code(), "UNAUTHENTICATED");
    // Used once.
    let again = anonymous
        .query(RESET, json!({ "email": TAKEN, "code": code, "password": "encore une autre phrase" }))
        .await;
    assert_eq!((again.error_code(), again.error_field()), ("BAD_USER_INPUT", Some("code")));
}

#[tokio::test]
async fn mails_to_one_address_are_throttled_whether_or_not_it_has_an_account() {
    let smtp = SmtpServer::start().await;
    let app = TestApp::spawn_with(|config| {
        smtp.configure(config);
        config.mails_per_hour_per_address = 2;
    })
    .await;
    let anonymous = app.anonymous();
    for email in [TAKEN, "flot@example.fr"] {
        for _ in 0..2 {
            assert_eq!(
                anonymous.query(REQUEST_RESET, json!({ "email": email })).await.data()["requestPasswordReset"],
                true
            );
        }
        let third = anonymous.query(START, input(email)).await;
        assert_eq!(third.error_code(), "RATE_LIMITED", "{}", third.body);
        assert!(
            third.body["errors"][0]["extensions"]["retryAfterSeconds"].as_u64().is_some_and(|secs| secs > 0)
        );
    }
}

#[tokio::test]
async fn an_email_waits_for_a_server_that_is_down_and_keeps_no_code_once_sent() {
    let port = SmtpServer::unused_port();
    let app = TestApp::spawn_with(|config| {
        vigie_tests::smtp::configure_port(config, port);
        config.outbox_retry_base_secs = 1;
    })
    .await;
    let email = "patiente@example.fr";
    assert_eq!(app.anonymous().query(START, input(email)).await.data()["startRegistration"], true);
    // Nobody listens: the message stays pending, with an attempt counted.
    let pending = loop {
        let row = outbox::Entity::find()
            .filter(outbox::Column::Channel.eq(Channel::Email))
            .filter(outbox::Column::Recipient.eq(email))
            .one(&app.state.db)
            .await
            .expect("read the outbox")
            .expect("the e-mail is in the outbox");
        if row.attempts > 0 {
            break row;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(pending.status, entity::enums::DeliveryStatus::Pending);
    assert!(!pending.body.is_empty(), "the body waits with the message");

    let smtp = SmtpServer::start_on(port).await;
    let mail = &smtp.wait_for(email, 1).await[0];
    assert!(
        mail.message_id.contains(&pending.idempotency_key),
        "{} / {}",
        mail.message_id,
        pending.idempotency_key
    );
    let code = mail.code().expect("code");
    // Once sent, the outbox keeps the subject and recipient, not the body with its code.
    let sent = loop {
        let row =
            outbox::Entity::find_by_id(pending.id).one(&app.state.db).await.expect("read").expect("row");
        if row.status == entity::enums::DeliveryStatus::Sent {
            break row;
        }
        tokio::time::sleep(Duration::from_millis(50)).await;
    };
    assert_eq!(sent.body, "");
    assert_eq!(sent.title.as_deref(), Some("Votre code d'inscription à Vigie"));
    assert!(!format!("{sent:?}").contains(&code));
    assert_eq!(smtp.wait_for(email, 1).await.len(), 1, "delivered once");
}

#[tokio::test]
async fn without_email_the_two_step_operations_are_not_offered() {
    let app = TestApp::spawn().await;
    let anonymous = app.anonymous();
    let start = anonymous.query(START, input("sans.mail@example.fr")).await;
    assert_eq!(start.error_code(), "FORBIDDEN");
    let reset = anonymous.query(REQUEST_RESET, json!({ "email": TAKEN })).await;
    assert_eq!(reset.error_code(), "FORBIDDEN");
    // The direct registration stays, as before.
    let direct = anonymous.query(REGISTER, input("sans.mail@example.fr")).await;
    assert!(direct.data()["register"]["accessToken"].is_string());
}
