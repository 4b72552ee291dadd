//! Rows of hearing back: the caller's feed, devices and preferences; alerts and broadcasts.

use serde_json::{Value, json};
use vigie_tests::TestApp;

use super::{FORBIDDEN, MISSING, OK, ROLES, Roles, UNAUTH, each, same};

/// Hearing back: the caller's own feed, devices and preferences; alerts and broadcasts of
/// a commune.
pub(super) async fn notify_rows(app: &TestApp, roles: &Roles) -> Vec<String> {
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
