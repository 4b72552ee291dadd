//! A département brought into service without the demo seed, as a prefecture would: the
//! `vigie` binary imports its communes and brigades and creates its admin; the admin
//! console (the API) does the rest; a second node follows the routing changes.

use std::time::Duration;

use serde_json::{Value, json};
use vigie_tests::{TestApp, TestDatabase};

use crate::{
    cli::vigie,
    reports::{FILE, filing, inside},
};

const PASSWORD: &str = "une phrase de passe solide";
const BRIGADES_CSV: &str = "code;name;kind;phone;email;address;communes;departement
COB-GIROMAGNY;Communauté de brigades de Giromagny;GENDARMERIE;03 84 29 30 17;;2 rue de la Gendarmerie, 90200 Giromagny;90052 90008 90099;
BTA-DELLE;Brigade territoriale de Delle;GENDARMERIE;03 84 36 05 17;;;90033 90009;
CSP-BELFORT;Commissariat de police de Belfort;POLICE_NATIONALE;03 84 58 50 00;;1 rue du Manège, 90000 Belfort;90010 90032;
PM-BELFORT;Police municipale de Belfort;POLICE_MUNICIPALE;03 84 54 24 24;;;;90
";

/// The id of brigade `code`, as the admin console lists them.
async fn brigade_id(admin: &vigie_tests::Client, code: &str) -> Value {
    let listed = admin.query("{ brigades(departement: \"90\") { id code } }", json!({})).await;
    listed.data()["brigades"]
        .as_array()
        .expect("brigades")
        .iter()
        .find(|brigade| brigade["code"] == code)
        .expect("brigade")["id"]
        .clone()
}

/// Files reports of `category` in Giromagny from `resident` until one is routed to
/// `expected` (a node picks up routing changes within its refresh period).
async fn routed_to(resident: &vigie_tests::Client, tag: &str, category: &str, expected: &str) -> bool {
    for attempt in 0..20 {
        let filed =
            resident.query(FILE, filing(&format!("{tag}-{attempt}"), category, inside("90052"))).await;
        if filed.data()["fileReport"]["brigade"]["code"] == expected {
            return true;
        }
        tokio::time::sleep(Duration::from_millis(300)).await;
    }
    false
}

#[tokio::test]
async fn a_departement_is_brought_into_service_without_the_demo_seed() {
    // The binary: communes, brigades, categories, the prefecture's admin.
    let database = TestDatabase::migrated().await;
    let boundaries = vigie_tests::shared_data_dir().join(vigie::demo::DEMO_BOUNDARIES);
    vigie(&database, &["import", "communes", boundaries.to_str().expect("utf-8")]).await.expect("communes");
    let dir = tempfile::tempdir().expect("temp dir");
    let csv = dir.path().join("brigades-90.csv");
    std::fs::write(&csv, BRIGADES_CSV).expect("write");
    vigie(&database, &["import", "brigades", csv.to_str().expect("utf-8")]).await.expect("brigades");
    vigie(&database, &["seed"]).await.expect("default categories");
    let admin_args =
        ["user", "create", "--email", "prefet@belfort.test", "--password", PASSWORD, "--role", "ADMIN"];
    vigie(&database, &[&admin_args[..], &["--departement", "90"]].concat()).await.expect("admin");

    let mut config = database.config();
    config.routing_refresh_secs = 1;
    let app = TestApp::serve_with(database, config).await;
    let admin = app.login("prefet@belfort.test", PASSWORD).await;
    let participating = "{ communes(participating: true) { code } }";
    assert_eq!(app.anonymous().query(participating, json!({})).await.data()["communes"], json!([]));

    // The console: three protocols, a gendarme, a mayor, an override.
    let join = "mutation($c: String!, $r: String!) { setCommuneParticipation(communeCode: $c, participating: true, effectiveOn: \"2026-11-02\", protocolReference: $r) { participatingSince } }";
    for code in ["90052", "90010", "90033"] {
        let joined = admin.query(join, json!({ "c": code, "r": format!("PC-90-2026-{code}") })).await;
        assert_eq!(joined.data()["setCommuneParticipation"]["participatingSince"], "2026-11-02");
    }
    let create = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    let gendarme = json!({ "email": "gendarme@giromagny.test", "password": PASSWORD, "displayName": "Adjudant Morel", "role": "BRIGADE_STAFF", "brigadeCode": "COB-GIROMAGNY" });
    admin.query(create, json!({ "input": gendarme })).await.data();
    let mayor = json!({ "email": "maire@giromagny.test", "password": PASSWORD, "displayName": "Mairie de Giromagny", "role": "COORDINATOR", "communeCodes": ["90052"], "phone": "06 11 22 33 44" });
    admin.query(create, json!({ "input": mayor })).await.data();
    let municipal = brigade_id(&admin, "PM-BELFORT").await;
    let rule = "mutation($c: String!, $k: String!, $b: ID) { setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code } }";
    admin.query(rule, json!({ "c": "90052", "k": "INCIVILITIES", "b": municipal })).await.data();

    // A resident registers, the mayor approves, and the report follows the new rule.
    let resident = app.register("habitante@giromagny.fr", "90052").await;
    let mayor = app.login("maire@giromagny.test", PASSWORD).await;
    let approve = "mutation($id: ID!) { decideEnrolment(userId: $id, approve: true) { enrolmentStatus } }";
    assert_eq!(
        mayor.query(approve, json!({ "id": resident.id })).await.data()["decideEnrolment"]["enrolmentStatus"],
        "APPROVED"
    );
    let filed = resident.client.query(FILE, filing("premier", "INCIVILITIES", inside("90052"))).await;
    assert_eq!(filed.data()["fileReport"]["brigade"]["code"], "PM-BELFORT");
    assert_eq!(filed.data()["fileReport"]["routingRule"], "CATEGORY_OVERRIDE");
    let filed = resident.client.query(FILE, filing("second", "OTHER", inside("90052"))).await;
    assert_eq!(filed.data()["fileReport"]["brigade"]["code"], "COB-GIROMAGNY");
    let gendarme = app.login("gendarme@giromagny.test", PASSWORD).await;
    let queue = gendarme.query("{ brigadeQueue { totalCount } }", json!({})).await;
    assert_eq!(queue.data()["brigadeQueue"]["totalCount"], 1);

    // A second node behind the balancer picks up the next rule change.
    let node_b = app.second_node().await;
    let resident_on_b = resident.client.on(&node_b);
    assert!(routed_to(&resident_on_b, "avant", "VANDALISM", "COB-GIROMAGNY").await);
    admin.query(rule, json!({ "c": "90052", "k": "VANDALISM", "b": municipal })).await.data();
    assert!(routed_to(&resident_on_b, "apres", "VANDALISM", "PM-BELFORT").await, "node B follows the rule");
}
