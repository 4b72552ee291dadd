//! Many open subscriptions on one node: `subscriptions` websockets, each with
//! `myReportEvents`, spread over the residents; then every resident files one report and
//! each subscriber's delay from the filing's request to its event is recorded. The node's
//! memory is read before and after the sockets open.

use std::{
    collections::HashMap,
    sync::Arc,
    time::{Duration, Instant},
};

use futures_util::StreamExt;
use serde_json::json;
use tokio::sync::{Mutex, mpsc};
use vigie_tests::live::Live;

use super::{
    setup::World,
    stats::{self, Summary},
};

const EVENTS: &str = "subscription { myReportEvents { reportId kind } }";
/// Handshakes in flight at once.
const OPENING: usize = 200;

fn rss_kib(pid: Option<u32>) -> Option<u64> {
    let status = std::fs::read_to_string(format!("/proc/{}/status", pid?)).ok()?;
    status
        .lines()
        .find_map(|line| line.strip_prefix("VmRSS:"))
        .and_then(|rest| rest.trim().trim_end_matches("kB").trim().parse().ok())
}

pub async fn run(world: &World, subscriptions: usize, server_pid: Option<u32>) -> Summary {
    let before = rss_kib(server_pid);
    let ws = format!("{}/graphql/ws", world.url.replacen("http", "ws", 1));
    let opened = Instant::now();
    let sockets: Vec<Live> = futures_util::stream::iter(0..subscriptions)
        .map(|n| {
            let token = world.residents[n % world.residents.len()].clone();
            let ws = ws.clone();
            async move { Live::subscribe(&ws, Some(&token), EVENTS, json!({})).await }
        })
        .buffer_unordered(OPENING)
        .collect()
        .await;
    let open_seconds = opened.elapsed().as_secs_f64();
    tokio::time::sleep(Duration::from_secs(2)).await;
    let after = rss_kib(server_pid);

    let filed_at: Arc<Mutex<HashMap<String, Instant>>> = Arc::default();
    let (heard, mut receipts) = mpsc::unbounded_channel::<(String, Instant)>();
    let expected = sockets.len();
    for mut socket in sockets {
        let heard = heard.clone();
        tokio::spawn(async move {
            if let Some(data) = socket.next_data(Duration::from_secs(60)).await {
                let report = data["myReportEvents"]["reportId"].as_str().unwrap_or_default().to_owned();
                let _ = heard.send((report, Instant::now()));
            }
            drop(socket);
        });
    }
    drop(heard);
    let file = "mutation($input: FileReportInput!) { fileReport(input: $input) { id } }";
    let run = uuid::Uuid::new_v4().simple().to_string();
    let filings = world.residents.iter().enumerate().map(|(n, token)| {
        let filed_at = filed_at.clone();
        let run = run.clone();
        async move {
            let input = json!({ "input": { "clientRequestId": format!("sub-{run}-{n}"), "categoryCode": "SUSPICIOUS_VEHICLE",
                "description": "Véhicule suspect près de l'école.", "location": { "latitude": world.point.0, "longitude": world.point.1 } } });
            let started = Instant::now();
            let answer = world.graphql(Some(token), file, input).await;
            match answer["data"]["fileReport"]["id"].as_str() {
                Some(id) => {
                    filed_at.lock().await.insert(id.to_owned(), started);
                    true
                }
                None => {
                    eprintln!("filing refused under the subscribers' load: {}", answer["errors"]);
                    false
                }
            }
        }
    });
    let refused = futures_util::future::join_all(filings).await.into_iter().filter(|filed| !filed).count();
    // Subscribers of a refused filing hear nothing: expect the others only.
    let expected = expected - refused * expected / world.residents.len().max(1);
    let mut latencies = stats::histogram();
    let mut received = 0;
    let deadline = Instant::now() + Duration::from_secs(60);
    while received < expected {
        let Ok(Some((report, at))) = tokio::time::timeout_at(deadline.into(), receipts.recv()).await else {
            break;
        };
        received += 1;
        if let Some(started) = filed_at.lock().await.get(&report) {
            stats::record(&mut latencies, at.saturating_duration_since(*started));
        }
    }
    let mut extra = serde_json::Map::new();
    extra.insert("subscriptions".into(), json!(subscriptions));
    extra.insert("filings_refused".into(), json!(refused));
    extra.insert("delivered".into(), json!(received));
    extra.insert("open_seconds".into(), json!(open_seconds));
    extra.insert("rss_before_mib".into(), json!(before.map(|kib| kib / 1024)));
    extra.insert("rss_after_mib".into(), json!(after.map(|kib| kib / 1024)));
    if let (Some(before), Some(after)) = (before, after) {
        extra.insert(
            "kib_per_socket".into(),
            json!(after.saturating_sub(before) / subscriptions.max(1) as u64),
        );
    }
    Summary {
        latencies,
        errors: (expected - received + refused) as u64,
        elapsed: Duration::from_secs(1),
        extra,
    }
}
