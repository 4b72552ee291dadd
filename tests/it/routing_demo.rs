//! Routing over the demo territory as loaded in the database: real boundaries, demo
//! brigades, participation and the municipal-police override.

use std::{sync::Arc, time::Duration};

use entity::commune;
use sea_orm::{ActiveValue::Set, ColumnTrait, EntityTrait, QueryFilter};
use vigie::{
    error::ErrorCode,
    routing::{GeoPoint, RoutingHandle, RoutingRule, store},
};
use vigie_tests::{TestApp, territory::belfort_communes};

async fn brigade_code(app: &TestApp, id: vigie::ids::BrigadeId) -> String {
    entity::brigade::Entity::find_by_id(id).one(&app.state.db).await.expect("query").expect("brigade").code
}

#[tokio::test]
async fn every_demo_commune_is_located_from_a_point_inside_it() {
    let app = TestApp::spawn().await;
    let routing = app.state.routing.current();
    for commune in belfort_communes() {
        let found = routing.locate(commune.inside()).map(|entry| entry.code.clone());
        assert_eq!(found.as_deref(), Some(commune.code.as_str()), "{} ({})", commune.name, commune.code);
    }
}

#[tokio::test]
async fn a_report_in_giromagny_goes_to_its_gendarmerie() {
    let app = TestApp::spawn().await;
    let giromagny =
        belfort_communes().into_iter().find(|commune| commune.code == "90052").expect("Giromagny");
    let routing = app.state.routing.current();
    let route = routing.route(giromagny.inside(), "SUSPICIOUS_VEHICLE").expect("routed");
    assert_eq!(route.commune.code, "90052");
    assert_eq!(route.rule, RoutingRule::CommuneDefault);
    assert_eq!(brigade_code(&app, route.brigade).await, "COB-GIROMAGNY");
}

#[tokio::test]
async fn incivilities_in_belfort_go_to_the_municipal_police_and_burglaries_to_the_police_station() {
    let app = TestApp::spawn().await;
    let belfort = belfort_communes().into_iter().find(|commune| commune.code == "90010").expect("Belfort");
    let routing = app.state.routing.current();
    let incivility = routing.route(belfort.inside(), "INCIVILITIES").expect("routed");
    assert_eq!(incivility.rule, RoutingRule::CategoryOverride);
    assert_eq!(brigade_code(&app, incivility.brigade).await, "PM-BELFORT");
    let burglary = routing.route(belfort.inside(), "BURGLARY").expect("routed");
    assert_eq!(burglary.rule, RoutingRule::CommuneDefault);
    assert_eq!(brigade_code(&app, burglary.brigade).await, "CSP-BELFORT");
}

#[tokio::test]
async fn a_report_in_a_non_participating_commune_is_refused() {
    let app = TestApp::spawn().await;
    let offemont = belfort_communes().into_iter().find(|commune| commune.code == "90075").expect("Offemont");
    let error = app.state.routing.current().route(offemont.inside(), "OTHER").expect_err("refused");
    assert_eq!(error.code(), ErrorCode::CommuneNotParticipating);
    assert!(error.to_string().contains("Offemont"));
}

#[tokio::test]
async fn a_report_outside_the_territory_is_outside_coverage() {
    let app = TestApp::spawn().await;
    for (latitude, longitude) in [(47.5596, 7.5886), (48.8566, 2.3522), (0.0, 0.0)] {
        let point = GeoPoint::new(latitude, longitude).expect("valid");
        let error = app.state.routing.current().route(point, "OTHER").expect_err("outside");
        assert_eq!(error.code(), ErrorCode::OutsideCoverage, "({latitude}, {longitude})");
    }
}

#[tokio::test]
async fn points_on_shared_borders_resolve_to_exactly_one_commune() {
    let app = TestApp::spawn().await;
    let routing = app.state.routing.current();
    let communes = belfort_communes();
    let mut edges = std::collections::HashMap::new();
    for commune in &communes {
        for polygon in &commune.shape {
            for line in polygon.exterior().lines() {
                let key = |c: geo::Coord<f64>| (c.x.to_bits(), c.y.to_bits());
                let (a, b) = (key(line.start), key(line.end));
                edges
                    .entry(if a < b { (a, b) } else { (b, a) })
                    .or_insert_with(Vec::new)
                    .push(commune.code.clone());
            }
        }
    }
    let shared: Vec<_> = edges.iter().filter(|(_, owners)| owners.len() == 2).collect();
    assert!(shared.len() > 1000, "the source has shared borders: found {}", shared.len());
    for (((ax, ay), (bx, by)), owners) in shared {
        let (ax, ay, bx, by) =
            (f64::from_bits(*ax), f64::from_bits(*ay), f64::from_bits(*bx), f64::from_bits(*by));
        for t in [0.25, 0.5] {
            let point = GeoPoint::new(ay + (by - ay) * t, ax + (bx - ax) * t).expect("valid");
            let found = routing.locate_all(point);
            assert_eq!(found.len(), 1, "border point of {owners:?} found in {found:?}");
            assert!(owners.contains(&found[0].code), "border point of {owners:?} went to {}", found[0].code);
            assert_eq!(routing.locate(point).map(|entry| &entry.code), Some(&found[0].code));
        }
    }
}

#[tokio::test]
async fn a_change_of_jurisdiction_reaches_the_routing_index_without_restart() {
    let app = TestApp::spawn().await;
    let offemont = belfort_communes().into_iter().find(|commune| commune.code == "90075").expect("Offemont");
    assert!(app.state.routing.current().route(offemont.inside(), "OTHER").is_err());

    commune::Entity::update_many()
        .col_expr(commune::Column::Participating, true.into())
        .filter(commune::Column::Code.eq("90075"))
        .exec(&app.state.db)
        .await
        .expect("update");
    vigie::routing::store::bump_revision(&app.state.db).await.expect("bump");

    // The node's refresher polls every second in tests.
    for _ in 0..50 {
        if app.state.routing.current().route(offemont.inside(), "OTHER").is_ok() {
            return;
        }
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    panic!("the routing index did not pick up the change");
}

#[tokio::test]
async fn an_override_or_a_participation_change_reuses_the_geometry_and_an_import_of_boundaries_rebuilds_it() {
    let database = vigie_tests::TestDatabase::demo().await;
    let db = &database.db;
    let handle = RoutingHandle::load(db).await.expect("loaded");
    let built = Arc::clone(handle.current().geometry());
    let belfort = belfort_communes().into_iter().find(|commune| commune.code == "90010").expect("Belfort");
    let offemont = belfort_communes().into_iter().find(|commune| commune.code == "90075").expect("Offemont");
    let giromagny = entity::brigade::Entity::find()
        .filter(entity::brigade::Column::Code.eq("COB-GIROMAGNY"))
        .one(db)
        .await
        .expect("query")
        .expect("COB-GIROMAGNY");

    // A category override and a commune joining: new attributes, same geometry.
    entity::routing_rule::Entity::delete_many().exec(db).await.expect("rules cleared");
    entity::routing_rule::Entity::insert(entity::routing_rule::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        commune_code: Set("90010".into()),
        category_code: Set("BURGLARY".into()),
        brigade_id: Set(giromagny.id),
        created_at: Set(chrono::Utc::now()),
    })
    .exec(db)
    .await
    .expect("rule");
    commune::Entity::update_many()
        .col_expr(commune::Column::Participating, true.into())
        .filter(commune::Column::Code.eq("90075"))
        .exec(db)
        .await
        .expect("update");
    store::bump_revision(db).await.expect("bump");
    assert!(handle.refresh(db).await.expect("refreshed"));
    let current = handle.current();
    assert!(Arc::ptr_eq(&built, current.geometry()), "the geometry index was rebuilt for an override");
    let route = current.route(belfort.inside(), "BURGLARY").expect("routed");
    assert_eq!((route.brigade, route.rule), (giromagny.id, RoutingRule::CategoryOverride));
    assert!(current.route(offemont.inside(), "OTHER").is_ok(), "Offemont participates now");

    // New boundaries: the geometry is built again, and still routes.
    let boundaries = vigie::demo::demo_boundaries(None).expect("demo boundaries");
    vigie::territory::import::import_communes(db, &boundaries).await.expect("imported");
    assert!(handle.refresh(db).await.expect("refreshed"));
    let current = handle.current();
    assert!(!Arc::ptr_eq(&built, current.geometry()), "new boundaries, same geometry");
    assert_eq!(current.route(belfort.inside(), "BURGLARY").expect("routed").brigade, giromagny.id);
}

#[tokio::test]
async fn the_fast_path_agrees_with_the_full_polygon_test_everywhere() {
    let app = TestApp::spawn().await;
    let routing = app.state.routing.current();
    let (mut compared, mut inside) = (0, 0);
    // A 300 × 300 grid over the département and its surroundings.
    for i in 0..300 {
        for j in 0..300 {
            let point =
                GeoPoint::new(47.40 + f64::from(i) * 0.0013, 6.72 + f64::from(j) * 0.0013).expect("valid");
            let fast = routing.locate(point).map(|entry| entry.code.clone());
            let full = routing.locate_all(point).first().map(|entry| entry.code.clone());
            assert_eq!(fast, full, "at {point:?}");
            compared += 1;
            inside += usize::from(fast.is_some());
        }
    }
    assert!(inside > compared / 3, "the grid covers the territory ({inside} of {compared} inside)");
}
