//! Rows of what anyone may call (registering, signing in and out) and of accounts.

use serde_json::json;
use vigie_tests::TestApp;

use super::{FORBIDDEN, MISSING, OK, ROLES, Roles, UNAUTH, brigade_of, each, same};

/// What anyone may call, signed in or not: registering (directly, or in two steps by
/// e-mail), signing in and out, refreshing a session, asking for and redeeming a reset code. Each answers the same whoever asks.
pub(super) async fn public_rows(roles: &Roles) -> Vec<String> {
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
    let start = "mutation($e: String!) { startRegistration(input: { email: $e, password: \"une phrase de passe solide\", displayName: \"Voisin\", communeCode: \"90052\" }) }";
    failures.extend(
        each(
            roles,
            "startRegistration",
            [OK; ROLES],
            start,
            |at| json!({ "e": format!("deux-temps{at}@example.fr") }),
        )
        .await,
    );
    let complete = "mutation($e: String!) { completeRegistration(email: $e, code: \"ABCD-EFGH-JKMN-PQRS\") { accessToken } }";
    failures.extend(
        each(
            roles,
            "completeRegistration(wrong code)",
            [bad; ROLES],
            complete,
            |at| json!({ "e": format!("deux-temps{at}@example.fr") }),
        )
        .await,
    );
    let request_reset = "mutation($e: String!) { requestPasswordReset(email: $e) }";
    failures.extend(
        each(
            roles,
            "requestPasswordReset",
            [OK; ROLES],
            request_reset,
            |at| json!({ "e": format!("public{at}@example.fr") }),
        )
        .await,
    );
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
pub(super) async fn account_rows(app: &TestApp, roles: &Roles) -> Vec<String> {
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
    let reset_totp = "mutation($id: ID!) { resetTotp(userId: $id) { id } }";
    failures.extend(
        each(roles, "resetTotp", admins_in_reach, reset_totp, |at| json!({ "id": targets[at] })).await,
    );
    // Admins of the département (`false`: the other rows keep running without a second factor).
    let require = "mutation { requireTotp(departement: \"90\", required: false) }";
    let admins_of_90 = [unauth, forbidden, forbidden, forbidden, forbidden, OK, forbidden, forbidden];
    failures.extend(same(roles, "requireTotp", admins_of_90, require, json!({})).await);
    // Every desk role enrols its own authenticator; residents sign in with a password.
    let desk = [unauth, forbidden, OK, OK, OK, OK, OK, OK];
    let set_totp = "mutation { setTotp { uri enabled } }";
    failures.extend(same(roles, "setTotp", desk, set_totp, json!({})).await);
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
    let rows: [(&str, [&str; 8], &str); 7] = [
        (
            "participationHistory",
            admins_in_reach,
            "{ participationHistory(communeCode: \"90052\") { joinedOn protocolReference recordedBy { id } } }",
        ),
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
