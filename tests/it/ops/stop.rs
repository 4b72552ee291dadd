//! A real node stopped by SIGTERM, as systemd or an orchestrator stops it: `/readyz` turns
//! 503 first, an open websocket is closed with 1001 (clients reconnect to another node), a
//! request in flight is still answered, the process ends cleanly; and its log holds one
//! access line per request, with nothing a client typed.

use std::{
    io::{Read, Write},
    time::Duration,
};

use serde_json::{Value, json};
use vigie_tests::{live::Socket, node::Node};

const MARKER: &str = "personne.inconnue.7391@exemple.test";

#[tokio::test]
async fn sigterm_turns_unready_closes_sockets_with_1001_and_answers_what_is_in_flight() {
    let dir = tempfile::tempdir().expect("data dir");
    let log = dir.path().join("node.log");
    let env = [
        ("VIGIE_DATA_DIR", dir.path().join("data").display().to_string()),
        ("VIGIE_SHUTDOWN_DRAIN_SECS", "2".to_owned()),
        ("VIGIE_LOG_FORMAT", "json".to_owned()),
        ("RUST_LOG", "info".to_owned()),
    ];
    let mut node = Node::spawn_logged(&["serve", "--demo"], &env, Some(&log));
    node.ready(Duration::from_secs(90)).await;

    let refused = node
        .query(
            "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }",
            json!({ "e": MARKER, "p": "un mot de passe secret" }),
        )
        .await;
    assert_eq!(refused["errors"][0]["extensions"]["code"], "UNAUTHENTICATED", "{refused}");

    let mut socket = Socket::open(&format!("ws://127.0.0.1:{}/graphql/ws", node.port), json!({})).await;

    // A request in flight: headers and half its body sent before the signal.
    let body = json!({ "query": "{ categories { code } }" }).to_string();
    let (first, rest) = body.split_at(body.len() / 2);
    let port = node.port;
    let mut stream = std::net::TcpStream::connect(("127.0.0.1", port)).expect("connect");
    write!(
        stream,
        "POST /graphql HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/json\r\nContent-Length: {}\r\n\r\n{first}",
        body.len()
    )
    .expect("first half");
    stream.flush().expect("flushed");
    tokio::time::sleep(Duration::from_millis(300)).await;

    node.terminate();
    let closed = socket.next(Duration::from_secs(5)).await;
    assert_eq!(closed["type"], "closed", "{closed}");
    assert_eq!(closed["code"], 1001, "the socket is closed with Going Away: {closed}");

    let ready =
        node.http.get(format!("{}/readyz", node.url)).send().await.expect("still accepting while draining");
    assert_eq!(ready.status(), 503, "readiness turns first");

    // After the drain (2 s), the node no longer accepts; the request in flight finishes.
    tokio::time::sleep(Duration::from_millis(2500)).await;
    let rest = rest.to_owned();
    let answer = tokio::task::spawn_blocking(move || {
        stream.write_all(rest.as_bytes()).expect("second half");
        stream.set_read_timeout(Some(Duration::from_secs(10))).expect("timeout");
        let mut answer = String::new();
        let mut buffer = [0u8; 4096];
        while let Ok(read) = stream.read(&mut buffer) {
            if read == 0 {
                break;
            }
            answer.push_str(&String::from_utf8_lossy(&buffer[..read]));
            if answer.contains("\"categories\"") {
                break;
            }
        }
        answer
    })
    .await
    .expect("joined");
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer}");
    assert!(answer.contains("\"categories\""), "{answer}");

    let status = node.exit(Duration::from_secs(30)).await;
    assert!(status.success(), "{status}");

    let log = std::fs::read_to_string(&log).expect("log");
    assert!(!log.contains(MARKER), "a typed e-mail address reached the log");
    assert!(!log.contains("un mot de passe secret"));
    let lines: Vec<Value> = log.lines().filter_map(|line| serde_json::from_str(line).ok()).collect();
    let access: Vec<&Value> = lines.iter().filter(|line| line["target"] == "vigie::access").collect();
    let login = access
        .iter()
        .find(|line| line["fields"]["operation"] == "login")
        .unwrap_or_else(|| panic!("no access line for the login: {log}"));
    assert_eq!(login["fields"]["outcome"], "UNAUTHENTICATED");
    assert_eq!(login["fields"]["route"], "/graphql");
    assert!(login["fields"]["duration_ms"].is_number());
    assert!(login["span"]["id"].as_str().is_some_and(|id| id.len() == 32), "{login}");
    assert!(
        access
            .iter()
            .any(|line| line["fields"]["operation"] == "categories" && line["fields"]["status"] == 200)
    );
}
