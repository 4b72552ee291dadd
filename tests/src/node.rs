//! A real `vigie` process (the binary this workspace builds) on a free port, as operators
//! run it: for what only a process shows — signals, memory, several nodes started at once.

use std::{path::PathBuf, process::Stdio, time::Duration};

use serde_json::{Value, json};

/// The `vigie` binary next to the test's own executable (`target/<profile>/vigie`), or
/// `VIGIE_TEST_BINARY`.
pub fn binary() -> PathBuf {
    if let Ok(path) = std::env::var("VIGIE_TEST_BINARY") {
        return path.into();
    }
    let test = std::env::current_exe().expect("test executable");
    let profile = test.parent().and_then(|deps| deps.parent()).expect("target/<profile>");
    let binary = profile.join("vigie");
    assert!(binary.exists(), "{} missing: build it with `cargo build -p vigie-api`", binary.display());
    binary
}

/// A free loopback port.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0").expect("port").local_addr().expect("addr").port()
}

/// A running `vigie` process, killed when dropped.
pub struct Node {
    pub child: tokio::process::Child,
    pub url: String,
    pub port: u16,
    pub http: reqwest::Client,
}

impl Node {
    /// `vigie <args>` with only `env` (and `PATH`) in its environment, listening on a free
    /// port; not waited for (see [`Node::ready`]).
    pub fn spawn(args: &[&str], env: &[(&str, String)]) -> Self {
        Self::spawn_logged(args, env, None)
    }

    /// [`Node::spawn`], its standard error (the log) written to `log`.
    pub fn spawn_logged(args: &[&str], env: &[(&str, String)], log: Option<&std::path::Path>) -> Self {
        let port = free_port();
        let mut command = tokio::process::Command::new(binary());
        command
            .args(args)
            .env_clear()
            .env("PATH", std::env::var("PATH").unwrap_or_default())
            .env("VIGIE_LISTEN", format!("127.0.0.1:{port}"))
            .env("RUST_LOG", std::env::var("VIGIE_TEST_NODE_LOG").unwrap_or_else(|_| "warn".into()))
            .stdout(Stdio::null())
            .stderr(match log {
                Some(log) => Stdio::from(std::fs::File::create(log).expect("log file")),
                None if std::env::var("VIGIE_TEST_NODE_LOG").is_ok() => Stdio::inherit(),
                None => Stdio::null(),
            })
            .kill_on_drop(true);
        for (key, value) in env {
            command.env(key, value);
        }
        let child = command.spawn().expect("vigie starts");
        Self { child, url: format!("http://127.0.0.1:{port}"), port, http: reqwest::Client::new() }
    }

    /// `vigie serve --demo` over a fresh data folder `dir`, ready.
    pub async fn demo(dir: &std::path::Path, env: &[(&str, String)]) -> Self {
        let mut env = env.to_vec();
        env.push(("VIGIE_DATA_DIR", dir.display().to_string()));
        let mut node = Self::spawn(&["serve", "--demo"], &env);
        node.ready(Duration::from_secs(60)).await;
        node
    }

    /// Waits until `/readyz` answers 200 (panics after `within`, or if the process ended).
    pub async fn ready(&mut self, within: Duration) {
        let started = std::time::Instant::now();
        while started.elapsed() < within {
            if let Ok(Some(status)) = self.child.try_wait() {
                panic!("the node exited before it was ready: {status}");
            }
            let ready = self.http.get(format!("{}/readyz", self.url)).send().await;
            if ready.is_ok_and(|answer| answer.status().is_success()) {
                return;
            }
            tokio::time::sleep(Duration::from_millis(100)).await;
        }
        panic!("the node did not become ready within {within:?}");
    }

    /// A GraphQL query's JSON answer.
    pub async fn query(&self, query: &str, variables: Value) -> Value {
        let answer = self
            .http
            .post(format!("{}/graphql", self.url))
            .json(&json!({ "query": query, "variables": variables }))
            .timeout(Duration::from_secs(120))
            .send()
            .await
            .expect("answered");
        answer.json().await.expect("JSON")
    }

    /// The process id.
    pub fn pid(&self) -> u32 {
        self.child.id().expect("running")
    }

    /// Sends SIGTERM, as a service manager or an orchestrator stops a node.
    pub fn terminate(&self) {
        let status = std::process::Command::new("kill")
            .args(["-TERM", &self.pid().to_string()])
            .status()
            .expect("kill runs");
        assert!(status.success(), "SIGTERM sent");
    }

    /// Waits for the process to end (panics after `within`).
    pub async fn exit(&mut self, within: Duration) -> std::process::ExitStatus {
        tokio::time::timeout(within, self.child.wait())
            .await
            .expect("the node ended in time")
            .expect("exit status")
    }
}
