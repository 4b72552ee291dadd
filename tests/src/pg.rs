//! A private PostgreSQL cluster for one test: one it may stop and start again (an outage),
//! or restore a dump into. Needs `VIGIE_TEST_PG_BIN` (the server's `bin` folder;
//! `scripts/test` sets it); run as root, the server runs as `postgres`.

use std::{path::PathBuf, process::Stdio};

/// A cluster in a temporary folder, on a free loopback port; stopped when dropped.
pub struct Cluster {
    dir: tempfile::TempDir,
    bin: PathBuf,
    pub port: u16,
}

impl Cluster {
    /// Initialises and starts a new cluster; `None` when `VIGIE_TEST_PG_BIN` is not set.
    pub async fn start_new() -> Option<Self> {
        let bin = PathBuf::from(std::env::var("VIGIE_TEST_PG_BIN").ok()?);
        let dir = tempfile::tempdir().expect("cluster folder");
        let cluster = Self { dir, bin, port: crate::node::free_port() };
        if is_root() {
            run("chown", &["-R", "postgres:postgres", &cluster.dir.path().display().to_string()]).await;
        }
        let data = cluster.data();
        cluster
            .pg("initdb", &["-D", &data, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync"])
            .await;
        cluster.start().await;
        Some(cluster)
    }

    fn data(&self) -> String {
        self.dir.path().join("data").display().to_string()
    }

    /// The URL of database `name` on this cluster.
    pub fn url(&self, name: &str) -> String {
        format!("postgres://postgres@127.0.0.1:{}/{name}", self.port)
    }

    /// Starts the server (again), waiting until it accepts connections.
    pub async fn start(&self) {
        let options = format!(
            "-p {} -k {} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off",
            self.port,
            self.dir.path().display()
        );
        let log = self.dir.path().join("log").display().to_string();
        self.pg("pg_ctl", &["-D", &self.data(), "-l", &log, "-w", "-o", &options, "start"]).await;
    }

    /// Stops the server at once (`-m immediate`: connections cut, as a crash or a network
    /// loss would).
    pub async fn stop(&self) {
        self.pg("pg_ctl", &["-D", &self.data(), "-m", "immediate", "-w", "stop"]).await;
    }

    /// Runs one of the server's programs (`psql`, `pg_dump`, `pg_restore`…) as its owner,
    /// returning its standard output.
    pub async fn pg(&self, program: &str, args: &[&str]) -> String {
        let program = self.bin.join(program).display().to_string();
        if is_root() {
            let mut all = vec!["-u", "postgres", "--", program.as_str()];
            all.extend_from_slice(args);
            run("runuser", &all).await
        } else {
            run(&program, args).await
        }
    }

    /// A folder the server's owner may write (for dumps).
    pub fn scratch(&self) -> PathBuf {
        self.dir.path().to_path_buf()
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let pg_ctl = self.bin.join("pg_ctl").display().to_string();
        let data = self.data();
        let args = ["-D", data.as_str(), "-m", "immediate", "stop"];
        let mut command = if is_root() {
            let mut command = std::process::Command::new("runuser");
            command.args(["-u", "postgres", "--", &pg_ctl]).args(args);
            command
        } else {
            let mut command = std::process::Command::new(&pg_ctl);
            command.args(args);
            command
        };
        let _ = command.stdout(Stdio::null()).stderr(Stdio::null()).status();
    }
}

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .ok()
        .and_then(|status| status.lines().find_map(|line| line.strip_prefix("Uid:").map(str::to_owned)))
        .is_some_and(|uid| uid.split_whitespace().next() == Some("0"))
}

async fn run(program: &str, args: &[&str]) -> String {
    let output = tokio::process::Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .output()
        .await
        .unwrap_or_else(|error| panic!("{program} runs: {error}"));
    assert!(
        output.status.success(),
        "{program} {args:?} failed: {}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8_lossy(&output.stdout).into_owned()
}
