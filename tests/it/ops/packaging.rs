//! The deployment files, checked by the tools that read them: the systemd unit by
//! `systemd-analyze verify` (and its exposure score by `systemd-analyze security`), the
//! compose file by a YAML parser (PyYAML, Debian's), the image's health check (`vigie
//! probe`) against a node that is ready and one that is not.

use std::{path::PathBuf, time::Duration};

use serde_json::Value;
use vigie_tests::node::{Node, binary, free_port};

fn repository() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).parent().expect("workspace").to_path_buf()
}

#[tokio::test]
async fn the_systemd_unit_verifies_and_is_hardened() {
    if !std::path::Path::new("/usr/bin/systemd-analyze").exists() {
        return eprintln!("systemd-analyze is missing (scripts/test installs systemd): skipped");
    }
    let unit = std::fs::read_to_string(repository().join("deploy/vigie.service")).expect("unit");
    // verify checks that ExecStart's program exists: point it at the binary this run built.
    let built = format!("ExecStart={} serve", binary().display());
    assert!(unit.contains("ExecStart=/usr/local/bin/vigie serve"));
    let dir = tempfile::tempdir().expect("dir");
    let path = dir.path().join("vigie.service");
    std::fs::write(&path, unit.replace("ExecStart=/usr/local/bin/vigie serve", &built)).expect("written");
    let verify = tokio::process::Command::new("systemd-analyze")
        .arg("verify")
        .arg(&path)
        .output()
        .await
        .expect("runs");
    let complaints = String::from_utf8_lossy(&verify.stderr);
    assert!(verify.status.success() && complaints.trim().is_empty(), "{complaints}");

    let security = tokio::process::Command::new("systemd-analyze")
        .args(["security", "--offline=true"])
        .arg(&path)
        .output()
        .await
        .expect("runs");
    let report = String::from_utf8_lossy(&security.stdout);
    let score: f64 = report
        .lines()
        .find_map(|line| line.split("vigie.service: ").nth(1))
        .and_then(|rest| rest.split_whitespace().next())
        .and_then(|score| score.parse().ok())
        .unwrap_or_else(|| panic!("no exposure score: {report}"));
    assert!(score <= 2.0, "exposure {score} (0 best, 10 worst): {report}");
}

#[tokio::test]
async fn the_compose_file_parses_and_names_what_a_deployment_needs() {
    let python = std::env::var("VIGIE_TEST_PYTHON").unwrap_or_else(|_| "/usr/bin/python3".into());
    let compose = repository().join("deploy/compose.yaml");
    let output = tokio::process::Command::new(python)
        .args(["-c", "import json, sys, yaml; print(json.dumps(yaml.safe_load(open(sys.argv[1]))))"])
        .arg(&compose)
        .output()
        .await
        .expect("python3 runs");
    assert!(output.status.success(), "{}", String::from_utf8_lossy(&output.stderr));
    let parsed: Value = serde_json::from_slice(&output.stdout).expect("JSON");
    let services = parsed["services"].as_object().expect("services");
    for name in ["postgres", "minio", "minio-bucket", "migrate", "vigie-1", "vigie-2"] {
        assert!(services.contains_key(name), "service {name}");
    }
    for node in ["vigie-1", "vigie-2"] {
        let node = &services[node];
        assert_eq!(node["command"], serde_json::json!(["serve", "--no-migrate"]));
        assert_eq!(node["depends_on"]["migrate"]["condition"], "service_completed_successfully");
        let environment = node["environment"].as_object().expect("environment");
        for variable in ["DATABASE_URL", "VIGIE_S3_ENDPOINT", "VIGIE_S3_BUCKET", "VIGIE_METRICS_TOKEN"] {
            assert!(environment.contains_key(variable), "{variable}");
        }
    }
    assert_eq!(services["migrate"]["command"], serde_json::json!(["migrate"]));
    // Every secret the file requires is in the example environment.
    let text = std::fs::read_to_string(&compose).expect("compose");
    let example = std::fs::read_to_string(repository().join("deploy/.env.example")).expect(".env.example");
    for required in text.split("${").skip(1).filter_map(|rest| rest.split_once(":?")).map(|(name, _)| name) {
        assert!(example.lines().any(|line| line.starts_with(&format!("{required}="))), "{required}");
    }
}

#[tokio::test]
async fn the_image_s_health_check_tells_ready_from_not() {
    let dockerfile = std::fs::read_to_string(repository().join("Dockerfile")).expect("Dockerfile");
    let last_stage = dockerfile.rsplit("\nFROM ").next().expect("a final stage");
    assert!(
        last_stage.starts_with("gcr.io/distroless/") || last_stage.starts_with("debian:"),
        "{last_stage}"
    );
    let user = last_stage.lines().find_map(|line| line.strip_prefix("USER ")).expect("USER");
    assert!(!user.starts_with('0') && !user.starts_with("root"), "runs as {user}");
    assert!(
        last_stage.contains(r#"HEALTHCHECK"#) && last_stage.contains(r#""vigie", "probe""#)
            || last_stage.contains(r#"/usr/local/bin/vigie", "probe""#)
    );

    let dir = tempfile::tempdir().expect("data");
    let node = Node::demo(dir.path(), &[]).await;
    let probe = |port: u16| {
        tokio::process::Command::new(binary())
            .arg("probe")
            .env_clear()
            .env("VIGIE_LISTEN", format!("127.0.0.1:{port}"))
            .output()
    };
    let ready = probe(node.port).await.expect("runs");
    assert!(ready.status.success(), "{}", String::from_utf8_lossy(&ready.stderr));
    let nobody = tokio::time::timeout(Duration::from_secs(10), probe(free_port()))
        .await
        .expect("in time")
        .expect("runs");
    assert!(!nobody.status.success(), "nothing listens there");
}
