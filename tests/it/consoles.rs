//! What the consoles need from the node, tested without a browser: the page and its bundle
//! under a strict policy, the session cookie (`login(cookie: true)`, `resumeSession`,
//! `endSession`: set, rotated, cleared, never read on the websocket), logging out everywhere, commune outlines for the maps, a brigade's communes
//! and the weekly trend of a commune's activity.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp, live::Socket};

use crate::reports::{FILE, filing, inside};

/// A raw GraphQL POST, with an optional `Cookie` header: the response's `Set-Cookie` values
/// and body.
async fn post(app: &TestApp, cookie: Option<&str>, query: &str, variables: Value) -> (Vec<String>, Value) {
    let mut request =
        app.http().post(app.url("/graphql")).json(&json!({ "query": query, "variables": variables }));
    if let Some(cookie) = cookie {
        request = request.header("cookie", cookie);
    }
    let response = request.send().await.expect("POST /graphql");
    let cookies = response
        .headers()
        .get_all("set-cookie")
        .iter()
        .map(|value| value.to_str().expect("ascii").to_owned())
        .collect();
    (cookies, response.json().await.expect("JSON"))
}

/// `vigie_refresh=<value>` of a `Set-Cookie`.
fn cookie_pair(set_cookie: &str) -> String {
    set_cookie.split(';').next().expect("pair").trim().to_owned()
}

const LOGIN: &str = "mutation { login(email: \"gendarme.giromagny@vigie.test\", password: \"brigade-demo-90\", cookie: true) { accessToken refreshToken } }";
const RESUME: &str = "mutation { resumeSession { accessToken refreshToken user { email } } }";

fn code(body: &Value) -> &str {
    body["errors"][0]["extensions"]["code"].as_str().unwrap_or("OK")
}

#[tokio::test]
async fn the_refresh_token_lives_in_an_http_only_cookie_rotated_and_cleared_by_the_node() {
    let app = TestApp::spawn().await;
    let (set, body) = post(&app, None, LOGIN, json!({})).await;
    assert_eq!(body["data"]["login"]["refreshToken"], "", "the token is not in the body: {body}");
    assert!(body["data"]["login"]["accessToken"].as_str().is_some_and(|token| !token.is_empty()));
    assert_eq!(set.len(), 1, "{set:?}");
    for attribute in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/graphql"] {
        assert!(set[0].contains(attribute), "{} lacks {attribute}", set[0]);
    }
    let first = cookie_pair(&set[0]);

    // Resuming with the cookie rotates it; without a cookie there is nothing to resume.
    let (set, body) = post(&app, Some(&first), RESUME, json!({})).await;
    assert_eq!(body["data"]["resumeSession"]["user"]["email"], "gendarme.giromagny@vigie.test", "{body}");
    assert_eq!(body["data"]["resumeSession"]["refreshToken"], "");
    let second = cookie_pair(&set[0]);
    assert_ne!(first, second, "rotated");
    let (_, body) = post(&app, None, RESUME, json!({})).await;
    assert_eq!(code(&body), "UNAUTHENTICATED");
    let (set, body) = post(&app, Some("vigie_refresh=forged"), RESUME, json!({})).await;
    assert_eq!(code(&body), "UNAUTHENTICATED");
    assert!(set.iter().any(|value| value.contains("Max-Age=0")), "a refused cookie is cleared: {set:?}");

    // A form of another site (text/plain needs no CORS consent) cannot spend the cookie.
    let forged = app
        .http()
        .post(app.url("/graphql"))
        .header("content-type", "text/plain")
        .header("cookie", &second)
        .body(json!({ "query": RESUME }).to_string())
        .send()
        .await
        .expect("POST");
    assert!(forged.headers().get("set-cookie").is_none());
    let forged: Value = serde_json::from_str(&forged.text().await.expect("body")).unwrap_or(Value::Null);
    assert!(forged["data"]["resumeSession"].is_null(), "a forged form refreshed the session: {forged}");

    // A client that passes the token as an argument still gets it in the body, no cookie.
    let (set, body) = post(
        &app,
        None,
        "mutation { login(email: \"gendarme.giromagny@vigie.test\", password: \"brigade-demo-90\") { refreshToken } }",
        json!({}),
    )
    .await;
    assert!(set.is_empty() && body["data"]["login"]["refreshToken"].as_str().is_some_and(|t| t.len() > 20));

    // The websocket never reads the cookie.
    let access = app.login("gendarme.giromagny@vigie.test", "brigade-demo-90").await;
    let mut socket = Socket::signed_in(&app.ws_url(), access.token().expect("token")).await;
    let answer = socket.run("1", RESUME, json!({})).await;
    assert_eq!(answer["errors"][0]["extensions"]["code"], "UNAUTHENTICATED", "{answer}");
    let answer = socket.run("2", LOGIN, json!({})).await;
    assert_eq!(answer["errors"][0]["extensions"]["field"], "cookie", "no cookie to set there: {answer}");

    // Logging out with the cookie clears it and ends that session.
    let (set, body) = post(&app, Some(&second), "mutation { endSession }", json!({})).await;
    assert_eq!(body["data"]["endSession"], true, "{body}");
    assert!(set[0].starts_with("vigie_refresh=;") && set[0].contains("Max-Age=0"), "{set:?}");
    let (_, body) = post(&app, Some(&second), RESUME, json!({})).await;
    assert_eq!(code(&body), "UNAUTHENTICATED");
}

#[tokio::test]
async fn logging_out_everywhere_ends_every_session_of_the_account_and_only_its() {
    let app = TestApp::spawn_with(|config| config.ws_recheck_secs = 1).await;
    let (set, _) = post(&app, None, LOGIN, json!({})).await;
    let browser = cookie_pair(&set[0]);
    let phone = app
        .anonymous()
        .query(
            "mutation { login(email: \"gendarme.giromagny@vigie.test\", password: \"brigade-demo-90\") { accessToken refreshToken } }",
            json!({}),
        )
        .await;
    let phone_refresh = phone.data()["login"]["refreshToken"].as_str().expect("token").to_owned();
    let phone = app.anonymous().with_token(phone.data()["login"]["accessToken"].as_str().expect("access"));
    let browser_access = app.login("gendarme.giromagny@vigie.test", "brigade-demo-90").await;
    let mut socket = Socket::signed_in(&app.ws_url(), browser_access.token().expect("token")).await;
    let mayor = app
        .anonymous()
        .query(
            "mutation { login(email: \"maire.giromagny@vigie.test\", password: \"commune-demo-90\") { refreshToken } }",
            json!({}),
        )
        .await;
    let mayor_refresh = mayor.data()["login"]["refreshToken"].as_str().expect("token").to_owned();

    assert_eq!(
        app.anonymous().query("mutation { logoutEverywhere }", json!({})).await.error_code(),
        "UNAUTHENTICATED"
    );
    let ended = phone.query("mutation { logoutEverywhere }", json!({})).await;
    assert_eq!(ended.data()["logoutEverywhere"], true);

    // At once: the access tokens already out, and the sockets they opened.
    for client in [&phone, &browser_access] {
        assert_eq!(client.query("{ me { id } }", json!({})).await.error_code(), "UNAUTHENTICATED");
    }
    assert_eq!(socket.close_code(std::time::Duration::from_secs(5)).await, Some(4403));
    let fresh = app.login("gendarme.giromagny@vigie.test", "brigade-demo-90").await;
    fresh.query("{ me { id } }", json!({})).await.data();

    let (_, body) = post(&app, Some(&browser), RESUME, json!({})).await;
    assert_eq!(code(&body), "UNAUTHENTICATED", "the browser's session ended");
    let refresh = "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }";
    let again = app.anonymous().query(refresh, json!({ "t": phone_refresh })).await;
    assert_eq!(again.error_code(), "UNAUTHENTICATED", "the phone's session ended");
    let other = app.anonymous().query(refresh, json!({ "t": mayor_refresh })).await;
    other.data();
    let audit = app
        .admin()
        .await
        .query(
            "{ auditEvents(filter: { kind: \"session.\" }) { nodes { kind actor { email } } } }",
            json!({}),
        )
        .await;
    assert_eq!(audit.data()["auditEvents"]["nodes"][0]["actor"]["email"], "gendarme.giromagny@vigie.test");
}

#[tokio::test]
async fn the_console_is_served_whole_by_the_node_under_a_strict_policy() {
    let app = TestApp::spawn_with(|config| {
        config.map_tile_url = Some("https://tuiles.interieur.example:8443/{z}/{x}/{y}.png".into());
    })
    .await;
    let page = app.http().get(app.url("/")).send().await.expect("console");
    assert_eq!((page.status().as_u16(), page.url().path()), (200, "/console/"));
    let policy = page.headers()["content-security-policy"].to_str().expect("ascii").to_owned();
    let directive = |name: &str| {
        policy.split(';').map(str::trim).find(|part| part.starts_with(name)).unwrap_or_default().to_owned()
    };
    assert_eq!(directive("script-src"), "script-src 'self'", "{policy}");
    assert_eq!(directive("style-src"), "style-src 'self'", "{policy}");
    assert_eq!(directive("connect-src"), "connect-src 'self'", "{policy}");
    assert_eq!(directive("frame-ancestors"), "frame-ancestors 'none'", "{policy}");
    assert!(directive("img-src").contains("https://tuiles.interieur.example:8443"), "{policy}");
    let html = page.text().await.expect("body");
    assert!(!html.contains("<script>") && !html.contains(" style="), "inline code: {html}");
    assert!(html.contains("content=\"https://tuiles.interieur.example:8443/{z}/{x}/{y}.png\""), "{html}");
    assert!(!html.contains("http://"), "{html}");

    let named: Vec<&str> = html.split('"').filter(|part| part.starts_with("/console/assets/")).collect();
    assert_eq!(named.len(), 3, "{named:?}");
    let mut compressed = 0;
    for path in named {
        let asset =
            app.http().get(app.url(path)).header("accept-encoding", "gzip").send().await.expect("asset");
        assert_eq!(asset.status(), 200, "{path}");
        assert!(asset.headers()["cache-control"].to_str().expect("ascii").contains("immutable"));
        let body = asset.bytes().await.expect("bytes");
        compressed += body.len();
        let plain = app.http().get(app.url(path)).send().await.expect("asset");
        assert!(plain.headers().get("content-encoding").is_none(), "{path}");
        let plain = plain.bytes().await.expect("bytes");
        assert!(plain.len() > body.len() || plain.len() < 400, "{path}: gzip does not shrink it");
        // The script talks to the public endpoints only.
        if path.contains("console.js") {
            let source = String::from_utf8_lossy(&plain);
            assert!(source.contains("/graphql/ws") && source.contains("graphql-transport-ws"));
            // Its only absolute URLs are the SVG/XML namespace names (identifiers, never
            // fetched) and the websocket's, built from the page's own host (empty here).
            let hosts: Vec<&str> = source
                .split("://")
                .skip(1)
                .map(|rest| {
                    rest.split(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '-'))
                        .next()
                        .unwrap_or("")
                })
                .collect();
            assert!(
                !hosts.is_empty() && hosts.iter().all(|host| host.is_empty() || *host == "www.w3.org"),
                "reaches out: {hosts:?}"
            );
        }
    }
    assert!(compressed < 300 * 1024, "first load {compressed} B compressed");
    let missing = app.http().get(app.url("/console/assets/nope.js")).send().await.expect("asset");
    assert_eq!(missing.status(), 404);

    let off = TestApp::spawn_with(|config| {
        config.console = false;
        config.graphiql = false;
    })
    .await;
    let gone = off.http().get(off.url("/console/")).send().await.expect("console");
    assert_eq!(gone.status(), 404);
}

const OUTLINES: &str = "query($codes: [String!]!) { communeOutlines(codes: $codes) { code name polygons } }";

#[tokio::test]
async fn commune_outlines_are_simplified_public_bounded_and_in_the_order_asked() {
    let app = TestApp::spawn().await;
    let anonymous = app.anonymous();
    let answer = anonymous.query(OUTLINES, json!({ "codes": ["90052", "00000", "90033"] })).await;
    let outlines = answer.data()["communeOutlines"].as_array().expect("list").clone();
    let codes: Vec<&str> = outlines.iter().map(|outline| outline["code"].as_str().expect("code")).collect();
    assert_eq!(codes, ["90052", "90033"], "unknown codes left out, order kept");
    assert_eq!(outlines[0]["name"], "Giromagny");
    let ring = outlines[0]["polygons"][0][0].as_array().expect("exterior ring");
    assert!(ring.len() >= 4 && ring.first() == ring.last(), "a closed ring");
    let (latitude, longitude) = inside("90052");
    let (xs, ys): (Vec<f64>, Vec<f64>) = ring
        .iter()
        .map(|position| (position[0].as_f64().expect("lon"), position[1].as_f64().expect("lat")))
        .unzip();
    let within = |v: f64, all: &[f64]| {
        all.iter().cloned().fold(f64::MAX, f64::min) < v && v < all.iter().cloned().fold(f64::MIN, f64::max)
    };
    assert!(within(longitude, &xs) && within(latitude, &ys), "the outline surrounds the commune");
    for position in ring {
        let lon = position[0].as_f64().expect("lon");
        assert!((lon * 1e5 - (lon * 1e5).round()).abs() < 1e-6, "rounded to 1e-5: {lon}");
    }
    // Never more positions than the source boundary (the unit test of `outline` shows the
    // simplification itself; the demo file is already light).
    let source =
        vigie_tests::territory::belfort_communes().into_iter().find(|c| c.code == "90052").expect("source");
    let source_points: usize = source.shape.0.iter().map(|polygon| polygon.exterior().0.len()).sum();
    assert!(ring.len() <= source_points, "{} positions of {source_points}", ring.len());

    let too_many: Vec<String> = (0..101).map(|n| format!("90{n:03}")).collect();
    let refused = anonymous.query(OUTLINES, json!({ "codes": too_many })).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("codes")));
}

#[tokio::test]
async fn a_brigade_lists_its_communes_and_a_commune_its_weekly_trend() {
    let app = TestApp::spawn().await;
    let staff = app.staff().await;
    let mine = staff.query("{ me { brigade { communes { code name } } } }", json!({})).await;
    let communes = mine.data()["me"]["brigade"]["communes"].as_array().expect("communes").clone();
    assert!(communes.iter().any(|commune| commune["code"] == "90052"), "{communes:?}");
    let names: Vec<&str> = communes.iter().map(|commune| commune["name"].as_str().expect("name")).collect();
    assert!(names.windows(2).all(|pair| pair[0] <= pair[1]), "by name: {names:?}");

    let resident: Client = app.resident().await;
    for n in 0..3 {
        resident.query(FILE, filing(&format!("semaine-{n}"), "OTHER", inside("90052"))).await.data();
    }
    let mayor = app.coordinator().await;
    let activity = mayor
        .query("{ communeActivity(communeCode: \"90052\") { total byWeek { key count } } }", json!({}))
        .await;
    let activity = &activity.data()["communeActivity"];
    let today = chrono::Utc::now().date_naive();
    let monday =
        today - chrono::Duration::days(i64::from(chrono::Datelike::weekday(&today).num_days_from_monday()));
    assert_eq!(activity["byWeek"], json!([{ "key": monday.to_string(), "count": 3 }]), "{activity}");
    assert_eq!(activity["total"], 3);
    let outside = mayor
        .query(
            "query($from: DateTime) { communeActivity(communeCode: \"90052\", from: $from) { byWeek { key } } }",
            json!({ "from": (chrono::Utc::now() + chrono::Duration::hours(1)).to_rfc3339() }),
        )
        .await;
    assert_eq!(outside.data()["communeActivity"]["byWeek"], json!([]));
}
