//! Replays of the second outside review ("Trust, round 3"): each attack that worked, sent
//! as the attacker sent it, and refused now — the anonymous ones while a bystander is
//! answered normally.

use entity::{brigade, device, enums::BrigadeKind, routing_rule};
use sea_orm::{ActiveModelTrait, ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter, Set};
use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, filing, inside};

/// The codes of every commune of the demo territory.
async fn all_codes(app: &TestApp) -> Vec<Value> {
    let communes = app.anonymous().query("{ communes { code } }", json!({})).await;
    communes.data()["communes"].as_array().expect("communes").iter().map(|c| c["code"].clone()).collect()
}

async fn bystander_is_answered(app: &TestApp) {
    let categories = app.anonymous().query("{ categories { code } }", json!({})).await;
    assert!(!categories.data()["categories"].as_array().expect("categories").is_empty());
}

#[tokio::test]
async fn finding_1_outline_aliases_are_priced_by_their_codes_and_refused() {
    let app = TestApp::spawn().await;
    let codes: Vec<Value> = all_codes(&app).await.into_iter().take(100).collect();
    let one = "query($c: [String!]!) { communeOutlines(codes: $c) { code name polygons } }";
    let drawn = app.anonymous().query(one, json!({ "c": codes })).await;
    assert_eq!(drawn.data()["communeOutlines"].as_array().map(Vec::len), Some(codes.len()));
    // The same again comes from the node's cache, identical.
    let again = app.anonymous().query(one, json!({ "c": codes })).await;
    assert_eq!(again.body, drawn.body);

    let aliases: String =
        (0..2400).map(|n| format!("a{n}: communeOutlines(codes: $c) {{ code name polygons }} ")).collect();
    let attack = format!("query($c: [String!]!) {{ {aliases} }}");
    let attacker = app.anonymous();
    let (refused, ()) =
        tokio::join!(attacker.query(&attack, json!({ "c": codes })), bystander_is_answered(&app));
    assert_eq!(refused.error_code(), "QUERY_TOO_COMPLEX", "{}", refused.body);
    assert!(refused.body.get("data").is_none_or(Value::is_null));
    let two = "query($c: [String!]!) { a: communeOutlines(codes: $c) { polygons } b: communeOutlines(codes: $c) { polygons } }";
    assert_eq!(app.anonymous().query(two, json!({ "c": codes })).await.error_code(), "QUERY_TOO_COMPLEX");
}

#[tokio::test]
async fn finding_2_a_cycle_through_lists_is_refused_before_any_work() {
    let app = TestApp::spawn().await;
    let flat =
        app.anonymous().query("{ communes { code name participating brigade { name } } }", json!({})).await;
    assert!(flat.data()["communes"].as_array().is_some_and(|communes| communes.len() > 100));
    for attack in [
        "{ communes { brigade { communes { brigade { communes { code } } } } } }",
        "{ communes { brigade { communes { brigade { communes { brigade { communes { code } } } } } } } }",
        "{ brigades { communes { brigade { communes { brigade { communes { code } } } } } } }",
    ] {
        let staff = app.staff().await;
        let refused = staff.query(attack, json!({})).await;
        assert_eq!(refused.error_code(), "QUERY_TOO_COMPLEX", "{attack}: {}", refused.body);
    }
    let staff = app.staff().await;
    let through_me =
        "{ me { brigade { communes { brigade { communes { brigade { communes { code } } } } } } } }";
    assert_eq!(staff.query(through_me, json!({})).await.error_code(), "QUERY_TOO_COMPLEX");
    let nested_pages = "{ securityRequests(first: 100) { nodes { messages { body } } } }";
    assert_eq!(staff.query(nested_pages, json!({})).await.error_code(), "QUERY_TOO_COMPLEX");
    bystander_is_answered(&app).await;
}

/// `levels` fragments each spreading the next twice (2^levels selections of the last).
fn doubling(levels: usize, last: &str) -> String {
    let mut document = String::from("{ ...f0 }\n");
    for n in 0..levels {
        document.push_str(&format!("fragment f{n} on Query {{ ...f{next} ...f{next} }}\n", next = n + 1));
    }
    document.push_str(&format!("fragment f{levels} on Query {{ {last} }}\n"));
    document
}

#[tokio::test]
async fn fragments_that_spread_each_other_twice_over_are_refused_at_once() {
    let app = TestApp::spawn().await;
    let attacker = app.anonymous();
    // 2^30 selections; a cycle whose every turn doubles; fragments nested past the limit.
    // async-graphql's own recursion check expands spreads without memory: each of these
    // held a worker for seconds to minutes before it was priced first.
    for (attack, code) in [
        (doubling(30, "categories { code }"), "QUERY_TOO_COMPLEX"),
        (doubling(30, "...f0 ...f0"), "BAD_USER_INPUT"),
        (doubling(60, "categories { code }"), "QUERY_TOO_COMPLEX"),
    ] {
        let started = std::time::Instant::now();
        let (refused, ()) = tokio::join!(attacker.query(&attack, json!({})), bystander_is_answered(&app));
        assert_eq!(refused.error_code(), code, "{}", refused.body);
        assert!(started.elapsed() < std::time::Duration::from_secs(2), "priced, not expanded");
    }
}

#[tokio::test]
async fn an_answer_past_the_ceiling_is_one_typed_error_and_the_node_goes_on() {
    let app = TestApp::spawn_with(|config| {
        config.max_query_complexity = 1_000_000;
        config.max_response_bytes = 4_000;
    })
    .await;
    let big = app.anonymous().query("{ communes { code name participating } }", json!({})).await;
    assert_eq!(big.error_code(), "QUERY_TOO_COMPLEX", "{}", big.body);
    assert_eq!(big.body["errors"].as_array().map(Vec::len), Some(1));
    assert!(big.body.get("data").is_none_or(Value::is_null));
    bystander_is_answered(&app).await;
}

#[tokio::test]
async fn a_mispriced_cycle_is_cut_by_the_ceiling_before_it_holds_the_node() {
    // No budget at all: as if every list of the cycle had been priced as one item.
    let app = TestApp::spawn_with(|config| config.max_query_complexity = u64::MAX).await;
    let turns = "communes { brigade { ".repeat(6);
    let attack = format!("{{ brigades {{ {turns} code {} }} }}", "} } ".repeat(6));
    let staff = app.staff().await;
    let started = std::time::Instant::now();
    let (refused, ()) = tokio::join!(staff.query(&attack, json!({})), bystander_is_answered(&app));
    assert_eq!(refused.error_code(), "QUERY_TOO_COMPLEX", "{}", refused.body);
    // Some 10^8 fields were asked for; the fields started are counted before any resolves.
    assert!(started.elapsed() < std::time::Duration::from_secs(20), "{:?}", started.elapsed());
}

#[tokio::test]
async fn finding_3_comments_and_security_requests_are_rate_limited() {
    let app = TestApp::spawn_with(|config| config.messages_per_hour = 3).await;
    let resident = app.resident().await;
    let filed = resident.query(FILE, filing("flood", "MOTORBIKE_RODEO", inside("90052"))).await;
    let id = filed.data()["fileReport"]["id"].clone();
    let comment =
        "mutation($id: ID!) { addReportComment(reportId: $id, body: \"Encore un passage.\") { id } }";
    for _ in 0..3 {
        resident.query(comment, json!({ "id": id })).await.data();
    }
    let refused = resident.query(comment, json!({ "id": id })).await;
    assert_eq!(refused.error_code(), "RATE_LIMITED");
    assert!(refused.body["errors"][0]["extensions"]["retryAfterSeconds"].as_u64().is_some_and(|s| s >= 1));
    // Another account's allowance is its own.
    let mayor = app.coordinator().await;
    let open = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: ADVICE, subject: \"Éclairage\", body: \"Rue sombre.\" }) { id } }";
    for _ in 0..3 {
        mayor.query(open, json!({})).await.data();
    }
    assert_eq!(mayor.query(open, json!({})).await.error_code(), "RATE_LIMITED");
}

/// A raw POST to the node, as a page of another site would send it.
async fn post(app: &TestApp, content_type: &str, origin: Option<&str>, body: &str) -> reqwest::Response {
    let mut request =
        app.http().post(app.url("/graphql")).header("content-type", content_type).body(body.to_owned());
    if let Some(origin) = origin {
        request = request.header("origin", origin);
    }
    request.send().await.expect("sent")
}

#[tokio::test]
async fn finding_4_another_site_can_neither_sign_a_console_in_nor_out() {
    let app = TestApp::spawn().await;
    let login = json!({ "query": "mutation { login(email: \"maire.giromagny@vigie.test\", password: \"commune-demo-90\", cookie: true) { accessToken } }" }).to_string();
    // A cross-site form (`enctype="text/plain"`): not JSON, so not GraphQL at all.
    let form = post(&app, "text/plain", Some("https://attaquant.example"), &login).await;
    assert_eq!(form.status(), 415);
    assert!(form.headers().get("set-cookie").is_none());
    // JSON from a foreign origin (CORS would not let a page send it; a tool might): refused.
    let foreign = post(&app, "application/json", Some("https://attaquant.example"), &login).await;
    assert!(foreign.headers().get("set-cookie").is_none());
    let body: Value = foreign.json().await.expect("JSON");
    assert_eq!(body["errors"][0]["extensions"]["code"], "BAD_USER_INPUT");
    assert_eq!(body["errors"][0]["extensions"]["field"], "cookie");
    // Signing out from another site: refused, and no cookie cleared.
    let end = json!({ "query": "mutation { endSession }" }).to_string();
    let out = post(&app, "application/json", Some("https://attaquant.example"), &end).await;
    assert!(out.headers().get("set-cookie").is_none(), "a cookie is cleared only where it was read");
    let sibling = app
        .http()
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .header("sec-fetch-site", "same-site")
        .body(end.clone())
        .send()
        .await
        .expect("sent");
    assert!(sibling.headers().get("set-cookie").is_none(), "a sibling subdomain is foreign too");
    // The node's own page does both.
    let own = app.url("");
    let signed_in = post(&app, "application/json", Some(&own), &login).await;
    let cookie =
        signed_in.headers().get("set-cookie").expect("cookie set").to_str().expect("text").to_owned();
    let pair = cookie.split(';').next().expect("pair").to_owned();
    let signed_out = app
        .http()
        .post(app.url("/graphql"))
        .header("content-type", "application/json")
        .header("origin", own)
        .header("cookie", pair)
        .body(end)
        .send()
        .await
        .expect("sent");
    assert!(
        signed_out
            .headers()
            .get("set-cookie")
            .is_some_and(|value| value.to_str().is_ok_and(|v| v.contains("Max-Age=0")))
    );
}

/// A brigade of the Doubs, next door.
async fn brigade_of_doubs(app: &TestApp) -> brigade::Model {
    let now = chrono::Utc::now();
    brigade::ActiveModel {
        id: Set(vigie::ids::BrigadeId(uuid::Uuid::now_v7())),
        code: Set("BTA-MONTBELIARD".into()),
        name: Set("Brigade de Montbéliard".into()),
        kind: Set(BrigadeKind::Gendarmerie),
        phone: Set(None),
        email: Set(None),
        address: Set(None),
        department: Set(Some("25".into())),
        created_at: Set(now),
        updated_at: Set(now),
    }
    .insert(&app.state.db)
    .await
    .expect("brigade")
}

#[tokio::test]
async fn finding_5_a_reroute_stays_in_the_departement_unless_a_rule_leads_out() {
    let app = TestApp::spawn().await;
    let doubs = brigade_of_doubs(&app).await;
    let resident = app.resident().await;
    let staff = app.staff().await;
    let filed = resident.query(FILE, filing("reroute", "MOTORBIKE_RODEO", inside("90052"))).await;
    let id = filed.data()["fileReport"]["id"].clone();
    let reroute = "mutation($id: ID!, $b: ID!) { rerouteReport(reportId: $id, brigadeId: $b, reason: \"Hors secteur\") { id } }";
    let refused = staff.query(reroute, json!({ "id": id, "b": doubs.id.0.to_string() })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("brigadeId")));

    // A rule of the territory that sends Giromagny's rodeos to that brigade opens the way.
    routing_rule::ActiveModel {
        id: Set(uuid::Uuid::now_v7()),
        commune_code: Set("90052".into()),
        category_code: Set("MOTORBIKE_RODEO".into()),
        brigade_id: Set(doubs.id),
        created_at: Set(chrono::Utc::now()),
    }
    .insert(&app.state.db)
    .await
    .expect("rule");
    staff.query(reroute, json!({ "id": id, "b": doubs.id.0.to_string() })).await.data();

    // The Doubs' admin oversees that brigade but not the Territoire de Belfort's report.
    let doubs_admin = app.admin_of("prefecture@doubs.test", &["25"]).await;
    let queue = "query($b: ID!) { brigadeQueue(brigadeId: $b) { totalCount nodes { id } } }";
    let seen = doubs_admin.query(queue, json!({ "b": doubs.id.0.to_string() })).await;
    assert_eq!(seen.data()["brigadeQueue"]["totalCount"], 0, "{}", seen.body);
    let direct = doubs_admin.query("query($id: ID!) { report(id: $id) { id } }", json!({ "id": id })).await;
    assert!(direct.data()["report"].is_null(), "the same answer as report(id)");
}

const REGISTER: &str = "mutation($t: String!) { registerDevice(platform: ANDROID, token: $t) { id } }";

async fn devices_of(app: &TestApp, client: &Client) -> u64 {
    let me = client.query("{ me { id } }", json!({})).await;
    let id: uuid::Uuid = me.data()["me"]["id"].as_str().expect("id").parse().expect("uuid");
    device::Entity::find().filter(device::Column::UserId.eq(id)).count(&app.state.db).await.expect("count")
}

#[tokio::test]
async fn finding_6_a_phone_signed_out_everywhere_hears_nothing_more() {
    let app = TestApp::spawn().await;
    let mayor = app.login("maire.giromagny@vigie.test", "commune-demo-90").await;
    mayor.query(REGISTER, json!({ "t": "telephone-perdu-0123456789" })).await.data();
    assert_eq!(devices_of(&app, &mayor).await, 1);
    mayor.query("mutation { logoutEverywhere }", json!({})).await.data();
    let again = app.login("maire.giromagny@vigie.test", "commune-demo-90").await;
    assert_eq!(devices_of(&app, &again).await, 0, "the lost phone was forgotten with the sessions");
}

#[tokio::test]
async fn finding_7_a_push_token_of_another_account_is_not_taken_over() {
    let app = TestApp::spawn().await;
    let mayor = app.coordinator().await;
    let staff = app.staff().await;
    mayor.query(REGISTER, json!({ "t": "jeton-du-maire-0123456789" })).await.data();
    let taken = staff.query(REGISTER, json!({ "t": "jeton-du-maire-0123456789" })).await;
    assert_eq!(taken.error_code(), "CONFLICT");
    assert_eq!(devices_of(&app, &mayor).await, 1, "still the mayor's");
    let unregister = "mutation { unregisterDevice(token: \"jeton-du-maire-0123456789\") }";
    mayor.query(unregister, json!({})).await.data();
    staff.query(REGISTER, json!({ "t": "jeton-du-maire-0123456789" })).await.data();
}

#[tokio::test]
async fn partner_organisations_answer_for_the_callers_own_departement_only() {
    let app = TestApp::spawn().await;
    let list = "query($d: String!) { partnerOrganisations(departement: $d) { name } }";
    let staff = app.staff().await;
    staff.query(list, json!({ "d": "90" })).await.data();
    assert_eq!(staff.query(list, json!({ "d": "25" })).await.error_code(), "FORBIDDEN");
    let admin = app.admin().await;
    admin.query(list, json!({ "d": "90" })).await.data();
    assert_eq!(admin.query(list, json!({ "d": "25" })).await.error_code(), "FORBIDDEN");
}

const QUEUE_FEED: &str = "{ notifications(first: 50) { edges { node { kind reportId } } } }";

/// The entries of `client`'s feed of `kind` about `report`.
async fn entries(client: &Client, kind: &str, report: &Value) -> usize {
    let feed = client.query(QUEUE_FEED, json!({})).await;
    let edges = feed.data()["notifications"]["edges"].as_array().expect("edges").clone();
    edges.iter().filter(|edge| edge["node"]["kind"] == kind && edge["node"]["reportId"] == *report).count()
}

#[tokio::test]
async fn finding_3_a_reporters_additions_are_one_unread_entry_per_report_for_the_staff() {
    let app = TestApp::spawn().await;
    let (resident, staff) = (app.resident().await, app.staff().await);
    let filed = resident.query(FILE, filing("coalesce", "MOTORBIKE_RODEO", inside("90052"))).await;
    let id = filed.data()["fileReport"]["id"].clone();
    let comment = "mutation($id: ID!) { addReportComment(reportId: $id, body: \"Ils repassent.\") { id } }";
    for _ in 0..4 {
        resident.query(comment, json!({ "id": id })).await.data();
    }
    assert_eq!(entries(&staff, "QUEUE_COMMENT", &id).await, 1, "four comments, one unread entry");
    staff.query("mutation { markNotificationsRead(all: true) }", json!({})).await.data();
    resident.query(comment, json!({ "id": id })).await.data();
    assert_eq!(entries(&staff, "QUEUE_COMMENT", &id).await, 2, "read, then told of the next one");
}

#[tokio::test]
async fn pushes_of_alerts_and_broadcasts_carry_no_place_and_no_authors_words() {
    let fcm = vigie_tests::fcm::FakeFcm::start(3600).await;
    let app = crate::push::app_with_push(&fcm).await;
    let (mayor, resident, staff) = (app.coordinator().await, app.resident().await, app.staff().await);
    mayor.query(REGISTER, json!({ "t": "telephone-du-maire-0123456789" })).await.data();
    resident.query(REGISTER, json!({ "t": "telephone-habitant-0123456789" })).await.data();
    let alert = "mutation { sendInterventionAlert(communeCode: \"90052\", message: \"Contrôle rue des Vosges.\") { id } }";
    staff.query(alert, json!({})).await.data();
    let expires = (chrono::Utc::now() + chrono::Duration::days(1)).to_rfc3339();
    let broadcast = "mutation($input: BroadcastInput!) { broadcastToResidents(input: $input) { id } }";
    let input = json!({ "communeCodes": ["90052"], "title": "Démarchage rue Thiers", "body": "Méfiez-vous des faux agents.", "expiresAt": expires });
    staff.query(broadcast, json!({ "input": input })).await.data();
    let sent = fcm.wait_for(2, 10).await;
    assert_eq!(sent.len(), 2);
    for push in &sent {
        let text = push.message.to_string();
        for private in ["Giromagny", "Vosges", "Contrôle", "Démarchage", "Thiers", "faux agents"] {
            assert!(!text.contains(private), "{private} pushed in {text}");
        }
    }
    // The feed, on Vigie's own servers, names them.
    let feed = mayor.query("{ notifications(first: 5) { edges { node { title body } } } }", json!({})).await;
    let node = &feed.data()["notifications"]["edges"][0]["node"];
    assert_eq!(node["title"], "Intervention à Giromagny");
    assert!(node["body"].as_str().is_some_and(|body| body.contains("rue des Vosges")));
}

#[tokio::test]
async fn coordinators_read_the_facts_of_a_report_not_the_reporters_later_words() {
    let app = TestApp::spawn().await;
    let (resident, mayor, staff) = (app.resident().await, app.coordinator().await, app.staff().await);
    let filed = resident.query(FILE, filing("words", "OTHER", inside("90052"))).await;
    let id = filed.data()["fileReport"]["id"].clone();
    let comment =
        "mutation($id: ID!) { addReportComment(reportId: $id, body: \"C'est mon voisin du 12.\") { id } }";
    resident.query(comment, json!({ "id": id })).await.data();
    let withdraw = "mutation($id: ID!) { withdrawReport(reportId: $id, reason: \"Je crains des représailles.\") { id } }";
    resident.query(withdraw, json!({ "id": id })).await.data();
    let events = "query($id: ID!) { report(id: $id) { events { kind publicNote actorRole } } }";
    let notes = |answer: &Value| -> Vec<(String, Value)> {
        answer["report"]["events"]
            .as_array()
            .expect("events")
            .iter()
            .map(|event| (event["kind"].as_str().unwrap_or("").to_owned(), event["publicNote"].clone()))
            .collect()
    };
    let seen_by_mayor = notes(mayor.query(events, json!({ "id": id })).await.data());
    let kinds: Vec<&str> = seen_by_mayor.iter().map(|(kind, _)| kind.as_str()).collect();
    assert_eq!(kinds, ["FILED", "COMMENT", "WITHDRAWN"], "the facts stay");
    assert!(seen_by_mayor.iter().all(|(_, note)| note.is_null()), "{seen_by_mayor:?}");
    for reader in [&resident, &staff] {
        let seen = notes(reader.query(events, json!({ "id": id })).await.data());
        assert_eq!(seen[1].1, "C'est mon voisin du 12.");
        assert_eq!(seen[2].1, "Je crains des représailles.");
    }
}
