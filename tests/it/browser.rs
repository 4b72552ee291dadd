//! In a real browser: Debian's headless Chromium (installed by `scripts/test`, which names it
//! in `VIGIE_TEST_CHROMIUM`), with every host name but the node's unresolvable — a page that
//! needed the internet would not start.

use sea_orm::{EntityTrait, PaginatorTrait};
use vigie_tests::TestApp;

/// The page at `path` once its scripts ran (Chromium's `--dump-dom`).
async fn rendered(app: &TestApp, chromium: String, path: &str) -> String {
    let url = app.url(path);
    let profile = tempfile::tempdir().expect("profile folder");
    let profile_flag = format!("--user-data-dir={}", profile.path().display());
    let output = tokio::task::spawn_blocking(move || {
        std::process::Command::new("timeout")
            .arg("90")
            .arg(&chromium)
            .args([
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-extensions",
                "--disable-background-networking",
                "--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE 127.0.0.1",
                "--virtual-time-budget=15000",
                &profile_flag,
                "--dump-dom",
                &url,
            ])
            .output()
    })
    .await
    .expect("joined")
    .expect("chromium runs");
    assert!(output.status.success(), "chromium: {}", String::from_utf8_lossy(&output.stderr));
    String::from_utf8(output.stdout).expect("UTF-8 DOM")
}

#[tokio::test]
async fn graphiql_starts_in_chromium_with_no_host_but_the_node() {
    let Ok(chromium) = std::env::var("VIGIE_TEST_CHROMIUM") else {
        eprintln!("VIGIE_TEST_CHROMIUM is not set (scripts/test sets it): no browser, skipped");
        return;
    };
    let app = TestApp::spawn().await;
    let dom = rendered(&app, chromium, "/graphiql").await;
    assert!(
        dom.contains("graphiql-container") && dom.contains("graphiql-execute-button"),
        "GraphiQL did not start: {dom:.2000}"
    );
    assert!(!dom.contains("Chargement…"), "still loading: {dom:.2000}");
}

/// The consoles' stories (`tests/browser/consoles.mjs`, playwright-core driving the same
/// Chromium): staff see a report filed through the API arrive live in the queue and on the
/// map, acknowledge it with a public note and reroute another; a coordinator approves an
/// enrolment and sees the activity chart; an admin browses the administration pages; a
/// resident is refused. No request may leave the node's origin, and axe-core must find no
/// serious violation. Screenshots at 1280×800 land in the target folder.
#[tokio::test]
async fn the_consoles_work_in_chromium_for_each_role() {
    let Ok(chromium) = std::env::var("VIGIE_TEST_CHROMIUM") else {
        eprintln!("VIGIE_TEST_CHROMIUM is not set (scripts/test sets it): no browser, skipped");
        return;
    };
    let stories = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("browser");
    assert!(
        stories.join("node_modules/playwright-core").is_dir(),
        "tests/browser/node_modules is missing: run `npm ci` there (scripts/test does)"
    );
    // Photos from the S3-compatible server when the run has one (a second origin, which the
    // page's policy names), else from the node.
    let mut photo_origin = None;
    let app = TestApp::spawn_with(|config| {
        if TestApp::s3(config) {
            photo_origin = config.photo_origins().into_iter().next();
        }
    })
    .await;
    let incident = overdue_incident(&app).await;
    let photo = tempfile::NamedTempFile::new().expect("temp file");
    std::fs::write(photo.path(), vigie_tests::images::fixture("photo.jpg")).expect("write the photo");
    let point = |code: &str| {
        let commune = vigie_tests::territory::belfort_communes()
            .into_iter()
            .find(|commune| commune.code == code)
            .expect("demo commune");
        format!("{},{}", commune.inside.y(), commune.inside.x())
    };
    let artefacts = std::path::Path::new(env!("CARGO_TARGET_TMPDIR"))
        .join("console-screenshots")
        .join(vigie_tests::backend_name());
    let url = app.url("");
    let giromagny = point("90052");
    // The stories write as they go: on a timeout, the last step they reached is in the report.
    std::fs::create_dir_all(&artefacts).expect("artefacts folder");
    let (out_path, err_path) = (artefacts.join("stories.out"), artefacts.join("stories.err"));
    let out = std::fs::File::create(&out_path).expect("stories' output");
    let err = std::fs::File::create(&err_path).expect("stories' errors");
    let child = tokio::process::Command::new("node")
        .arg(stories.join("consoles.mjs"))
        .env("VIGIE_URL", &url)
        .env("VIGIE_TEST_CHROMIUM", &chromium)
        .env("VIGIE_ARTEFACTS", &artefacts)
        .env("VIGIE_POINT", giromagny)
        .env("VIGIE_INCIDENT", incident.join(","))
        .env("VIGIE_PHOTO", photo.path())
        .env("VIGIE_PHOTO_ORIGIN", photo_origin.unwrap_or_default())
        .stdout(out)
        .stderr(err)
        .kill_on_drop(true)
        .status();
    let read = |path: &std::path::Path| std::fs::read_to_string(path).unwrap_or_default();
    let Ok(status) = tokio::time::timeout(std::time::Duration::from_secs(360), child).await else {
        panic!(
            "the stories did not finish within six minutes; so far:\n{}\n{}",
            read(&out_path),
            read(&err_path)
        );
    };
    let status = status.expect("node runs");
    let output = (read(&out_path), read(&err_path));
    let stdout = output.0;
    println!("{stdout}");
    assert!(status.success(), "the consoles' stories failed:\n{stdout}\n{}", output.1);
    // Each reporter the API handed out (counted in the answers the browser and the stories
    // received) left exactly one entry in the read log, and no entry stands for nothing.
    let rendered: u64 = stdout
        .lines()
        .find_map(|line| line.strip_prefix("reporter renderings: "))
        .and_then(|count| count.trim().parse().ok())
        .expect("the stories count the reporters they were shown");
    assert!(rendered > 0, "the stories show a reporter's contact");
    let logged = entity::identity_read::Entity::find().count(&app.state.db).await.expect("read log");
    assert_eq!(logged, rendered, "one read-log entry per rendering of a reporter");
}

/// The commander's incident: two reports of one burglary, 450 m from the other stories'
/// point, filed as if twenty minutes ago (their acknowledgement deadline moved back, as the
/// clock would have).
async fn overdue_incident(app: &TestApp) -> Vec<String> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, sea_query::Expr};

    let resident = app.resident().await;
    let (lat, lon) = crate::reports::inside("90052");
    let mut ids = Vec::new();
    for n in 0..2 {
        let at = (lat - (450.0 + 10.0 * f64::from(n)) / 111_320.0, lon);
        let filed = resident
            .query(crate::reports::FILE, crate::reports::filing(&format!("cambriolage-{n}"), "BURGLARY", at))
            .await;
        ids.push(filed.data()["fileReport"]["id"].as_str().expect("filed").to_owned());
    }
    let uuids: Vec<uuid::Uuid> = ids.iter().map(|id| id.parse().expect("uuid")).collect();
    entity::report::Entity::update_many()
        .col_expr(
            entity::report::Column::AcknowledgeBy,
            Expr::value(chrono::Utc::now() - chrono::Duration::minutes(5)),
        )
        .filter(entity::report::Column::Id.is_in(uuids))
        .exec(&app.state.db)
        .await
        .expect("deadline moved back");
    ids
}
