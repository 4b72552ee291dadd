//! Intervention alerts: brigade staff alert the mayors of a commune they cover; each SMS
//! goes through the outbox to the gateway over real HTTP, retried until accepted, with
//! the same idempotency key every time.

use entity::outbox;
use sea_orm::{EntityTrait, PaginatorTrait};
use serde_json::json;
use vigie_tests::{TestApp, gateway::RecordingGateway};

const ALERT: &str = "mutation($c: String!, $m: String!) { sendInterventionAlert(communeCode: $c, message: $m) { id communeCode message recipients createdAt } }";

async fn app_with(gateway: &RecordingGateway) -> TestApp {
    let url = gateway.url.clone();
    TestApp::spawn_with(move |config| {
        config.sms_gateway_url = Some(url);
        config.sms_gateway_token = "jeton-passerelle".parse().ok();
        config.outbox_retry_base_secs = 1;
        config.outbox_dispatch_interval_ms = 100;
    })
    .await
}

#[tokio::test]
async fn the_mayor_gets_an_sms_when_the_brigade_intervenes_in_the_commune() {
    let gateway = RecordingGateway::start(0).await;
    let app = app_with(&gateway).await;
    let staff = app.staff().await;
    let sent = staff
        .query(
            ALERT,
            json!({ "c": "90052", "m": "Intervention en cours rue de la Gare, évitez le secteur." }),
        )
        .await;
    let alert = &sent.data()["sendInterventionAlert"];
    assert_eq!(alert["communeCode"], "90052");
    assert_eq!(alert["recipients"], 1);

    let received = gateway.wait_for(1, 10).await;
    assert_eq!(received.len(), 1);
    let sms = &received[0];
    assert_eq!(sms.authorization.as_deref(), Some("Bearer jeton-passerelle"));
    assert_eq!(sms.body["to"], "+33600000090");
    let text = sms.body["text"].as_str().expect("text");
    assert!(text.contains("Giromagny") && text.contains("rue de la Gare"), "{text}");
    assert!(sms.body["idempotencyKey"].as_str().is_some_and(|key| !key.is_empty()));
}

#[tokio::test]
async fn a_refused_sms_is_retried_with_the_same_idempotency_key_until_accepted() {
    let gateway = RecordingGateway::start(2).await;
    let app = app_with(&gateway).await;
    app.staff()
        .await
        .query(ALERT, json!({ "c": "90052", "m": "Contrôle routier route de Belfort." }))
        .await
        .data();
    let received = gateway.wait_for(3, 15).await;
    assert_eq!(received.len(), 3, "two refusals, then delivery");
    let keys: std::collections::HashSet<_> =
        received.iter().map(|sms| sms.body["idempotencyKey"].clone()).collect();
    assert_eq!(keys.len(), 1);
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let row = outbox::Entity::find().one(&app.state.db).await.expect("query").expect("a message");
    assert_eq!((row.status, row.attempts), (entity::enums::DeliveryStatus::Sent, 3));
}

#[tokio::test]
async fn a_mayor_who_opted_out_gets_no_sms() {
    let gateway = RecordingGateway::start(0).await;
    let app = app_with(&gateway).await;
    let mayor = app.coordinator().await;
    let choice = "{ me { smsAlerts } }";
    assert_eq!(
        mayor.query(choice, json!({})).await.data()["me"]["smsAlerts"],
        true,
        "a mayor is texted by default"
    );
    let off = mayor.query("mutation { setSmsAlerts(enabled: false) { smsAlerts } }", json!({})).await;
    assert_eq!(off.data()["setSmsAlerts"]["smsAlerts"], false);
    assert_eq!(
        mayor.query(choice, json!({})).await.data()["me"]["smsAlerts"],
        false,
        "the choice is read back"
    );
    assert!(
        app.staff().await.query(choice, json!({})).await.data()["me"]["smsAlerts"].is_null(),
        "staff have none"
    );
    let sent = app.staff().await.query(ALERT, json!({ "c": "90052", "m": "Intervention terminée." })).await;
    assert_eq!(sent.data()["sendInterventionAlert"]["recipients"], 0);
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert!(gateway.received().is_empty());
}

#[tokio::test]
async fn only_the_brigades_covering_a_commune_may_alert_its_mayors() {
    let gateway = RecordingGateway::start(0).await;
    let app = app_with(&gateway).await;
    let admin = app.admin().await;
    let delle = app.staff_of("BTA-DELLE", "delle@gendarmerie.test").await;
    let message = json!({ "c": "90052", "m": "Intervention." });
    assert_eq!(app.anonymous().query(ALERT, message.clone()).await.error_code(), "UNAUTHENTICATED");
    assert_eq!(app.resident().await.query(ALERT, message.clone()).await.error_code(), "FORBIDDEN");
    assert_eq!(app.coordinator().await.query(ALERT, message.clone()).await.error_code(), "FORBIDDEN");
    assert_eq!(delle.query(ALERT, message.clone()).await.error_code(), "FORBIDDEN");
    assert_eq!(admin.query(ALERT, message).await.data()["sendInterventionAlert"]["recipients"], 1);
    let unknown = admin.query(ALERT, json!({ "c": "99999", "m": "Intervention." })).await;
    assert_eq!(unknown.error_field(), Some("communeCode"));
    let empty = admin.query(ALERT, json!({ "c": "90052", "m": "  " })).await;
    assert_eq!(empty.error_field(), Some("message"));
}

/// Informing mayors of interventions is owed to every commune, in the scheme or not: the
/// mayor of a commune that never joined, created by the prefecture, gets the SMS; a citizen
/// référent of the same commune does not until they opt in.
#[tokio::test]
async fn the_mayor_of_a_commune_outside_the_scheme_gets_the_sms_too() {
    let gateway = RecordingGateway::start(0).await;
    let app = app_with(&gateway).await;
    let admin = app.admin().await;
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    let mayor = json!({ "email": "maire@offemont.test", "password": "une phrase de passe solide", "displayName": "Mairie d'Offemont", "phone": "06 11 22 33 44", "role": "COORDINATOR", "title": "MAYOR", "communeCodes": ["90075"] });
    admin.query(create, json!({ "input": mayor })).await.data();
    let referent = json!({ "email": "referent@offemont.test", "password": "une phrase de passe solide", "displayName": "Citoyen référent", "phone": "06 55 66 77 88", "role": "COORDINATOR", "title": "CITIZEN_REFERENT", "communeCodes": ["90075"] });
    admin.query(create, json!({ "input": referent })).await.data();
    let communes = admin.query("{ communes { code participating } }", json!({})).await;
    let offemont = communes.data()["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .find(|c| c["code"] == "90075")
        .cloned();
    assert_eq!(offemont.expect("Offemont")["participating"], false, "Offemont is outside the scheme");

    let sent =
        admin.query(ALERT, json!({ "c": "90075", "m": "Intervention en cours, évitez le secteur." })).await;
    assert_eq!(sent.data()["sendInterventionAlert"]["recipients"], 1);
    let received = gateway.wait_for(1, 10).await;
    assert_eq!(received.len(), 1);
    assert_eq!(received[0].body["to"], "+33611223344");
    assert!(received[0].body["text"].as_str().is_some_and(|text| text.contains("Offemont")));
    tokio::time::sleep(std::time::Duration::from_millis(500)).await;
    assert_eq!(gateway.received().len(), 1, "the référent did not opt in");
}

#[tokio::test]
async fn without_a_gateway_alerts_wait_in_the_outbox() {
    let app = TestApp::spawn().await;
    app.staff().await.query(ALERT, json!({ "c": "90052", "m": "Intervention." })).await.data();
    tokio::time::sleep(std::time::Duration::from_millis(300)).await;
    let pending = outbox::Entity::find().count(&app.state.db).await.expect("count");
    assert_eq!(pending, 1);
    let row = outbox::Entity::find().one(&app.state.db).await.expect("query").expect("row");
    assert_eq!(row.status, entity::enums::DeliveryStatus::Pending);
}
