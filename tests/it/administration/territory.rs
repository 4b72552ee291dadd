//! The territory as admins keep it: brigades by département, communes joining and leaving
//! the scheme, categories and their per-commune overrides.

use serde_json::{Value, json};
use vigie_tests::TestApp;

use super::PASSWORD;
use crate::reports::{FILE, filing, inside};

#[tokio::test]
async fn brigades_are_listed_by_departement_with_their_public_contact() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let list = "query($d: String, $k: BrigadeKind) { brigades(departement: $d, kind: $k) { code kind phone departement } }";

    let own = staff.query(list, json!({})).await;
    let brigades = own.data()["brigades"].as_array().expect("list").clone();
    assert!(brigades.len() >= 3, "{brigades:?}");
    assert!(brigades.iter().all(|brigade| brigade["departement"] == "90"), "{brigades:?}");
    assert!(
        brigades.iter().any(|brigade| brigade["code"] == "PM-BELFORT"),
        "a brigade covering no commune has its département"
    );
    assert!(brigades.iter().all(|brigade| brigade["phone"].is_string()), "{brigades:?}");

    let municipal = staff.query(list, json!({ "d": "90", "k": "POLICE_MUNICIPALE" })).await;
    let codes: Vec<&str> = municipal.data()["brigades"]
        .as_array()
        .expect("list")
        .iter()
        .filter_map(|brigade| brigade["code"].as_str())
        .collect();
    assert_eq!(codes, ["PM-BELFORT"]);
    assert_eq!(staff.query(list, json!({ "d": "25" })).await.data()["brigades"], json!([]));

    let invalid = staff.query(list, json!({ "d": "99" })).await;
    assert_eq!((invalid.error_code(), invalid.error_field()), ("BAD_USER_INPUT", Some("departement")));
    assert_eq!(app.resident().await.query(list, json!({})).await.error_code(), "FORBIDDEN");
}

const PARTICIPATION: &str = "mutation($c: String!, $p: Boolean!, $on: Date!, $ref: String) { setCommuneParticipation(communeCode: $c, participating: $p, effectiveOn: $on, protocolReference: $ref) { code participating participatingSince } }";

#[tokio::test]
async fn a_commune_joins_under_a_protocol_and_stops_taking_reports_when_it_leaves() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let join = json!({ "c": "90041", "p": true, "on": "2026-11-02", "ref": "PC-90-2026-017" });

    let joined = prefecture.query(PARTICIPATION, join.clone()).await;
    assert_eq!(
        joined.data()["setCommuneParticipation"],
        json!({ "code": "90041", "participating": true, "participatingSince": "2026-11-02" })
    );
    assert_eq!(prefecture.query(PARTICIPATION, join).await.error_code(), "CONFLICT");

    // A resident of the new commune registers, is approved by the prefecture and files.
    let resident = app.register("habitant@etueffont.fr", "90041").await;
    let decide = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { id } }";
    prefecture.query(decide, json!({ "id": resident.id })).await.data();
    let filed = resident.client.query(FILE, filing("etueffont-1", "OTHER", inside("90041"))).await;
    assert_eq!(filed.data()["fileReport"]["commune"]["code"], "90041");

    let leave = json!({ "c": "90041", "p": false, "on": "2026-11-20", "ref": "Résiliation 2026-44" });
    let left = prefecture.query(PARTICIPATION, leave).await;
    assert_eq!(left.data()["setCommuneParticipation"]["participatingSince"], Value::Null);
    let refused = resident.client.query(FILE, filing("etueffont-2", "OTHER", inside("90041"))).await;
    assert_eq!(refused.error_code(), "COMMUNE_NOT_PARTICIPATING");
    let registration = app
        .anonymous()
        .query(
            "mutation($input: RegisterInput!) { register(input: $input) { accessToken } }",
            json!({ "input": { "email": "autre@etueffont.fr", "password": PASSWORD, "displayName": "Autre", "communeCode": "90041" } }),
        )
        .await;
    assert_eq!(registration.error_code(), "COMMUNE_NOT_PARTICIPATING");
    // The filed report runs to its end.
    let report = "query($id: ID!) { report(id: $id) { status } }";
    let id = filed.data()["fileReport"]["id"].clone();
    assert_eq!(
        resident.client.query(report, json!({ "id": id })).await.data()["report"]["status"],
        "SUBMITTED"
    );

    // The history keeps the period, protocol and departure; a second protocol opens a new
    // period, listed first.
    let rejoin = json!({ "c": "90041", "p": true, "on": "2026-11-25", "ref": "PC-90-2026-031" });
    prefecture.query(PARTICIPATION, rejoin).await.data();
    let history = "query($c: String!) { participationHistory(communeCode: $c) { joinedOn protocolReference leftOn leavingReference recordedBy { email } } }";
    let periods = prefecture.query(history, json!({ "c": "90041" })).await;
    assert_eq!(
        periods.data()["participationHistory"],
        json!([
            { "joinedOn": "2026-11-25", "protocolReference": "PC-90-2026-031", "leftOn": null, "leavingReference": null, "recordedBy": { "email": "admin@vigie.test" } },
            { "joinedOn": "2026-11-02", "protocolReference": "PC-90-2026-017", "leftOn": "2026-11-20", "leavingReference": "Résiliation 2026-44", "recordedBy": { "email": "admin@vigie.test" } },
        ])
    );
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(doubs.query(history, json!({ "c": "90041" })).await.error_code(), "NOT_FOUND");
}

#[tokio::test]
async fn communes_are_listed_by_departement() {
    let app = TestApp::spawn().await;
    let list = "query($d: String, $p: Boolean) { communes(departement: $d, participating: $p) { code participating } }";
    let anonymous = app.anonymous();
    let belfort = anonymous.query(list, json!({ "d": "90" })).await;
    let all = belfort.data()["communes"].as_array().expect("communes").clone();
    assert!(all.len() > 90, "the Territoire de Belfort has about a hundred communes, got {}", all.len());
    assert!(all.iter().all(|commune| commune["code"].as_str().is_some_and(|code| code.starts_with("90"))));
    let outside = anonymous.query(list, json!({ "d": "90", "p": false })).await;
    let outside = outside.data()["communes"].as_array().expect("communes").clone();
    assert_eq!(outside.len(), all.len() - 9, "nine communes take part");
    assert!(outside.iter().all(|commune| commune["participating"] == false));
    let elsewhere = anonymous.query(list, json!({ "d": "25" })).await;
    assert_eq!(elsewhere.data()["communes"], json!([]));
}

#[tokio::test]
async fn participation_changes_are_checked_and_kept_within_reach() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    let change = |on: &str| json!({ "c": "90041", "p": true, "on": on, "ref": "PC" });

    let future = prefecture.query(PARTICIPATION, change("2999-01-01")).await;
    assert_eq!((future.error_code(), future.error_field()), ("BAD_USER_INPUT", Some("effectiveOn")));
    let malformed = prefecture.query(PARTICIPATION, change("02/11/2026")).await;
    assert_eq!(malformed.error_code(), "BAD_USER_INPUT");
    assert_eq!(doubs.query(PARTICIPATION, change("2026-11-02")).await.error_code(), "NOT_FOUND");
    let unknown = json!({ "c": "99999", "p": true, "on": "2026-11-02" });
    assert_eq!(prefecture.query(PARTICIPATION, unknown).await.error_code(), "NOT_FOUND");
    let early_leave = json!({ "c": "90052", "p": false, "on": "2024-01-01" });
    let refused = prefecture.query(PARTICIPATION, early_leave).await;
    assert_eq!(
        (refused.error_code(), refused.error_field()),
        ("BAD_USER_INPUT", Some("effectiveOn")),
        "before the demo protocol"
    );
}

#[tokio::test]
async fn a_category_override_routes_at_once_and_can_be_removed() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let resident = app.resident().await;
    let brigades = app.staff().await.query("{ brigades(departement: \"90\") { id code } }", json!({})).await;
    let municipal = brigades.data()["brigades"]
        .as_array()
        .expect("list")
        .iter()
        .find(|brigade| brigade["code"] == "PM-BELFORT")
        .expect("PM-BELFORT")["id"]
        .clone();
    let rule = "mutation($c: String!, $k: String!, $b: ID) { setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code } }";

    prefecture.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": municipal })).await.data();
    let routed = resident.query(FILE, filing("tag-1", "VANDALISM", inside("90052"))).await;
    assert_eq!(routed.data()["fileReport"]["brigade"]["code"], "PM-BELFORT");
    assert_eq!(routed.data()["fileReport"]["routingRule"], "CATEGORY_OVERRIDE");

    prefecture.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": null })).await.data();
    let routed = resident.query(FILE, filing("tag-2", "VANDALISM", inside("90052"))).await;
    assert_eq!(routed.data()["fileReport"]["brigade"]["code"], "COB-GIROMAGNY");

    let missing = prefecture.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": null })).await;
    assert_eq!(missing.error_code(), "NOT_FOUND");
    let unknown = prefecture.query(rule, json!({ "c": "90052", "k": "NOPE", "b": municipal })).await;
    assert_eq!((unknown.error_code(), unknown.error_field()), ("BAD_USER_INPUT", Some("categoryCode")));
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(
        doubs.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": municipal })).await.error_code(),
        "NOT_FOUND"
    );
}

const SAVE_CATEGORY: &str = "mutation($input: CategoryInput!) { saveCategory(input: $input) { code label urgency order active diversion urgentAdvice } }";

#[tokio::test]
async fn national_admins_edit_categories_and_a_diversion_refuses_filing_with_its_advice() {
    let app = TestApp::spawn().await;
    let national = app.admin_of("operateur@vigie.test", &[]).await;
    let resident = app.resident().await;

    let diverted = resident.query(FILE, filing("violences", "VIOLENCE_IN_PROGRESS", inside("90052"))).await;
    assert_eq!(diverted.error_code(), "EMERGENCY_DIVERSION");
    assert!(diverted.body["errors"][0]["message"].as_str().is_some_and(|message| message.contains("17")));

    let created = national
        .query(
            SAVE_CATEGORY,
            json!({ "input": { "code": "NOISE", "label": "Nuisances sonores", "urgency": 1 } }),
        )
        .await;
    let created = created.data()["saveCategory"].clone();
    assert_eq!(
        (created["label"].as_str(), created["active"].as_bool()),
        (Some("Nuisances sonores"), Some(true))
    );
    let listed = app.anonymous().query("{ categories { code } }", json!({})).await;
    assert!(
        listed.data()["categories"]
            .as_array()
            .expect("list")
            .iter()
            .any(|category| category["code"] == "NOISE")
    );

    // A diversion set on a category refuses filing; null clears it; omitted fields stay.
    let divert =
        json!({ "input": { "code": "NOISE", "diversion": "Tapage nocturne en cours : composez le 17." } });
    assert_eq!(
        national.query(SAVE_CATEGORY, divert).await.data()["saveCategory"]["label"],
        "Nuisances sonores"
    );
    let refused = resident.query(FILE, filing("bruit-1", "NOISE", inside("90052"))).await;
    assert_eq!(refused.error_code(), "EMERGENCY_DIVERSION");
    national.query(SAVE_CATEGORY, json!({ "input": { "code": "NOISE", "diversion": null } })).await.data();
    resident.query(FILE, filing("bruit-2", "NOISE", inside("90052"))).await.data();

    // Deactivated, it leaves the list and cannot be chosen.
    national.query(SAVE_CATEGORY, json!({ "input": { "code": "NOISE", "active": false } })).await.data();
    let listed = app.anonymous().query("{ categories { code } }", json!({})).await;
    assert!(
        !listed.data()["categories"]
            .as_array()
            .expect("list")
            .iter()
            .any(|category| category["code"] == "NOISE")
    );
    let refused = resident.query(FILE, filing("bruit-3", "NOISE", inside("90052"))).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("categoryCode")));

    let invalid: [(Value, &str); 5] = [
        (json!({ "code": "bruit", "label": "Bruit" }), "code"),
        (json!({ "code": "NEW_ONE" }), "label"),
        (json!({ "code": "NOISE", "urgency": 5 }), "urgency"),
        (json!({ "code": "NOISE", "label": "   " }), "label"),
        (json!({ "code": "NOISE", "label": "Bruit\u{202e}" }), "label"),
    ];
    for (input, field) in invalid {
        let refused = national.query(SAVE_CATEGORY, json!({ "input": input })).await;
        assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some(field)), "{input}");
    }
    let prefecture = app.admin().await;
    let edit = json!({ "input": { "code": "OTHER", "label": "Autre" } });
    assert_eq!(
        prefecture.query(SAVE_CATEGORY, edit).await.error_code(),
        "FORBIDDEN",
        "categories are national"
    );
}

const SAVE_BRIGADE: &str =
    "mutation($input: BrigadeInput!) { saveBrigade(input: $input) { code phone departement } }";

#[tokio::test]
async fn admins_create_and_update_the_brigades_of_their_departements() {
    let app = TestApp::spawn().await;
    let prefecture = app.admin().await;
    let etueffont = json!({ "code": "BTA-ETUEFFONT", "name": "Brigade d'Étueffont", "kind": "GENDARMERIE", "phone": "03 84 54 60 17", "communeCodes": ["90041", "90003"] });

    let created = prefecture.query(SAVE_BRIGADE, json!({ "input": etueffont })).await;
    assert_eq!(
        created.data()["saveBrigade"],
        json!({ "code": "BTA-ETUEFFONT", "phone": "03 84 54 60 17", "departement": "90" })
    );
    let communes = app.anonymous().query("{ communes { code brigade { code } } }", json!({})).await;
    let covered: Vec<&str> = communes.data()["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .filter(|commune| commune["brigade"]["code"] == "BTA-ETUEFFONT")
        .filter_map(|commune| commune["code"].as_str())
        .collect();
    assert_eq!(covered.len(), 2, "{covered:?}");

    let updated = json!({ "code": "BTA-ETUEFFONT", "name": "Brigade d'Étueffont", "kind": "GENDARMERIE", "phone": "17" });
    assert_eq!(
        prefecture.query(SAVE_BRIGADE, json!({ "input": updated })).await.data()["saveBrigade"]["phone"],
        "17"
    );

    let refused: [(Value, &str); 3] = [
        (json!({ "code": "pm delle", "name": "PM", "kind": "POLICE_MUNICIPALE" }), "code"),
        (
            json!({ "code": "PM-DELLE", "name": "Police municipale de Delle", "kind": "POLICE_MUNICIPALE" }),
            "departement",
        ),
        (
            json!({ "code": "PM-DELLE", "name": "PM", "kind": "POLICE_MUNICIPALE", "communeCodes": ["99999"] }),
            "communeCodes",
        ),
    ];
    for (input, field) in refused {
        let answer = prefecture.query(SAVE_BRIGADE, json!({ "input": input })).await;
        assert_eq!((answer.error_code(), answer.error_field()), ("BAD_USER_INPUT", Some(field)), "{input}");
    }
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    let in_90 = json!({ "code": "PM-DELLE", "name": "PM", "kind": "POLICE_MUNICIPALE", "departement": "90" });
    assert_eq!(doubs.query(SAVE_BRIGADE, json!({ "input": in_90 })).await.error_code(), "NOT_FOUND");
    let theirs =
        json!({ "code": "BTA-ETUEFFONT", "name": "Détournée", "kind": "GENDARMERIE", "departement": "25" });
    assert_eq!(
        doubs.query(SAVE_BRIGADE, json!({ "input": theirs })).await.error_code(),
        "NOT_FOUND",
        "another département's brigade"
    );
}

#[tokio::test]
async fn staff_and_admins_in_reach_list_a_communes_category_overrides() {
    let app = TestApp::spawn().await;
    let overrides =
        "query($c: String!) { categoryOverrides(communeCode: $c) { category { code } brigade { code } } }";
    let belfort = app.staff().await.query(overrides, json!({ "c": "90010" })).await;
    assert_eq!(
        belfort.data()["categoryOverrides"],
        json!([{ "category": { "code": "INCIVILITIES" }, "brigade": { "code": "PM-BELFORT" } }])
    );
    assert_eq!(
        app.admin().await.query(overrides, json!({ "c": "90052" })).await.data()["categoryOverrides"],
        json!([])
    );
    let doubs = app.admin_of("prefet@doubs.test", &["25"]).await;
    assert_eq!(doubs.query(overrides, json!({ "c": "90010" })).await.error_code(), "NOT_FOUND");
    assert_eq!(
        app.resident().await.query(overrides, json!({ "c": "90010" })).await.error_code(),
        "FORBIDDEN"
    );
}
