//! In a real browser: Debian's headless Chromium (installed by `scripts/test`, which names it
//! in `VIGIE_TEST_CHROMIUM`), with every host name but the node's unresolvable — a page that
//! needed the internet would not start.

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
    let dom = rendered(&app, chromium, "/").await;
    assert!(
        dom.contains("graphiql-container") && dom.contains("graphiql-execute-button"),
        "GraphiQL did not start: {dom:.2000}"
    );
    assert!(!dom.contains("Chargement…"), "still loading: {dom:.2000}");
}
