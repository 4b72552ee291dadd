//! Public queries of reference data: communes and categories.

use serde_json::json;
use vigie_tests::TestApp;

#[tokio::test]
async fn the_nine_participating_demo_communes_come_with_their_brigades() {
    let app = TestApp::spawn().await;
    let response = app
        .anonymous()
        .query(
            "{ communes(participating: true) { code name participating brigade { id code name kind } } }",
            json!({}),
        )
        .await;
    let communes = response.data()["communes"].as_array().expect("list").clone();
    let mut codes: Vec<&str> = communes.iter().filter_map(|commune| commune["code"].as_str()).collect();
    codes.sort_unstable();
    let mut expected = vigie::demo::PARTICIPATING.to_vec();
    expected.sort_unstable();
    assert_eq!(codes, expected);
    assert!(communes.iter().all(|commune| commune["participating"] == json!(true)));
    let giromagny = communes.iter().find(|commune| commune["code"] == "90052").expect("Giromagny");
    assert_eq!(giromagny["name"], "Giromagny");
    assert_eq!(giromagny["brigade"]["code"], "COB-GIROMAGNY");
    assert_eq!(giromagny["brigade"]["kind"], "GENDARMERIE");
    let belfort = communes.iter().find(|commune| commune["code"] == "90010").expect("Belfort");
    assert_eq!(belfort["brigade"]["kind"], "POLICE_NATIONALE");
}

#[tokio::test]
async fn communes_can_be_listed_whole_or_non_participating() {
    let app = TestApp::spawn().await;
    let all = app.anonymous().query("{ communes { code } }", json!({})).await;
    assert_eq!(all.data()["communes"].as_array().map(Vec::len), Some(102));
    let others =
        app.anonymous().query("{ communes(participating: false) { code participating } }", json!({})).await;
    let others = others.data()["communes"].as_array().expect("list").clone();
    assert_eq!(others.len(), 93);
    assert!(others.iter().all(|commune| commune["participating"] == json!(false)));
}

#[tokio::test]
async fn every_demo_commune_is_covered_by_a_brigade() {
    let app = TestApp::spawn().await;
    let all = app.anonymous().query("{ communes { code brigade { code } } }", json!({})).await;
    let uncovered: Vec<_> = all.data()["communes"]
        .as_array()
        .expect("list")
        .iter()
        .filter(|commune| commune["brigade"].is_null())
        .collect();
    assert!(uncovered.is_empty(), "communes without a brigade: {uncovered:?}");
}

#[tokio::test]
async fn categories_come_in_order_with_french_labels_and_urgent_advice() {
    let app = TestApp::spawn().await;
    let response = app.anonymous().query("{ categories { code label urgentAdvice } }", json!({})).await;
    let categories = response.data()["categories"].as_array().expect("list").clone();
    let codes: Vec<&str> = categories.iter().filter_map(|category| category["code"].as_str()).collect();
    assert_eq!(
        codes,
        [
            "SUSPICIOUS_VEHICLE",
            "SUSPICIOUS_BEHAVIOUR",
            "BURGLARY",
            "VANDALISM",
            "MOTORBIKE_RODEO",
            "DRUG_DEALING",
            "VIOLENCE",
            "VIOLENCE_IN_PROGRESS",
            "TRAFFICKING",
            "INCIVILITIES",
            "OTHER"
        ]
    );
    assert_eq!(categories[2]["label"], "Cambriolage ou tentative");
    assert!(
        categories
            .iter()
            .all(|category| category["urgentAdvice"].as_str().is_some_and(|advice| advice.contains("17")))
    );
}

#[tokio::test]
async fn seeding_the_demo_twice_changes_nothing() {
    let app = TestApp::spawn().await;
    let before = app.anonymous().query("{ communes { code participating brigade { id } } }", json!({})).await;
    let communes = vigie::demo::demo_boundaries(None).expect("embedded boundaries");
    vigie::demo::seed_demo(&app.state.db, &communes).await.expect("second seed");
    let after = app.anonymous().query("{ communes { code participating brigade { id } } }", json!({})).await;
    assert_eq!(before.data(), after.data());
}

#[test]
fn the_embedded_demo_boundaries_are_the_shared_file() {
    let shared = vigie_tests::shared_data_dir().join(vigie::demo::DEMO_BOUNDARIES);
    let shipped = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("../api/data/communes-90-territoire-de-belfort.geojson");
    let read = |path: &std::path::Path| {
        std::fs::read(path).unwrap_or_else(|error| panic!("{}: {error}", path.display()))
    };
    assert!(read(&shared) == read(&shipped), "api/data differs from {}", shared.display());
}
