//! The `vigie` binary as operators run it: `serve` on the embedded default, answering
//! health checks, then ending cleanly on SIGTERM. (Here rather than in `tests/` because
//! only the binary's own package knows where cargo built it.)

use std::{
    process::{Command, Stdio},
    time::{Duration, Instant},
};

fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|listener| listener.local_addr())
        .map(|address| address.port())
        .unwrap_or(0)
}

#[test]
fn serve_answers_health_checks_and_ends_cleanly_on_sigterm() {
    let data = std::env::temp_dir().join(format!("vigie-binary-{}", std::process::id()));
    let port = free_port();
    let mut server = Command::new(env!("CARGO_BIN_EXE_vigie"))
        .args([
            "--data-dir",
            data.to_str().unwrap_or("data"),
            "--listen",
            &format!("127.0.0.1:{port}"),
            "serve",
        ])
        .env_remove("DATABASE_URL")
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|error| panic!("vigie starts: {error}"));

    let started = Instant::now();
    let healthy = loop {
        if let Ok(mut stream) = std::net::TcpStream::connect(("127.0.0.1", port)) {
            use std::io::{Read, Write};
            let _ = stream.write_all(b"GET /readyz HTTP/1.1\r\nHost: localhost\r\nConnection: close\r\n\r\n");
            let mut answer = String::new();
            let _ = stream.read_to_string(&mut answer);
            if answer.starts_with("HTTP/1.1 200") {
                break true;
            }
        }
        if started.elapsed() > Duration::from_secs(30) {
            break false;
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(healthy, "vigie did not become ready");
    assert!(data.join("vigie.db").exists(), "the embedded SQLite file is created in the data directory");
    assert!(
        data.join("keys").join("jwt-ed25519.pem").exists(),
        "the token key is generated in the data directory"
    );

    let killed = Command::new("kill")
        .args(["-TERM", &server.id().to_string()])
        .status()
        .map(|status| status.success());
    assert_eq!(killed.ok(), Some(true));
    let stopping = Instant::now();
    let status = loop {
        if let Ok(Some(status)) = server.try_wait() {
            break Some(status);
        }
        if stopping.elapsed() > Duration::from_secs(10) {
            let _ = server.kill();
            break None;
        }
        std::thread::sleep(Duration::from_millis(50));
    };
    let _ = std::fs::remove_dir_all(&data);
    assert!(
        status.is_some_and(|status| status.success()),
        "vigie did not exit cleanly on SIGTERM: {status:?}"
    );
}
