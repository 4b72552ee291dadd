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
    let off = mayor.query("mutation { setSmsAlerts(enabled: false) { id } }", json!({})).await;
    off.data();
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
    let offemont = admin.query(ALERT, json!({ "c": "90075", "m": "Intervention." })).await;
    assert_eq!(offemont.error_code(), "COMMUNE_NOT_PARTICIPATING");
    let unknown = admin.query(ALERT, json!({ "c": "99999", "m": "Intervention." })).await;
    assert_eq!(unknown.error_field(), Some("communeCode"));
    let empty = admin.query(ALERT, json!({ "c": "90052", "m": "  " })).await;
    assert_eq!(empty.error_field(), Some("message"));
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
