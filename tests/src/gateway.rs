//! A stand-in for the SMS provider: a real HTTP server on loopback that records what it
//! receives and refuses the first requests when asked to.

use std::sync::{
    Arc, Mutex,
    atomic::{AtomicUsize, Ordering},
};

use axum::{Json, Router, extract::State, http::HeaderMap, http::StatusCode, routing::post};
use serde_json::Value;

/// One request as the gateway received it.
#[derive(Clone, Debug)]
pub struct Received {
    pub authorization: Option<String>,
    pub body: Value,
}

#[derive(Clone, Default)]
struct Recorder {
    received: Arc<Mutex<Vec<Received>>>,
    refuse: Arc<AtomicUsize>,
}

/// The recording gateway.
pub struct RecordingGateway {
    pub url: String,
    recorder: Recorder,
}

async fn record(State(recorder): State<Recorder>, headers: HeaderMap, Json(body): Json<Value>) -> StatusCode {
    let authorization = headers.get("authorization").and_then(|value| value.to_str().ok()).map(str::to_owned);
    recorder.received.lock().expect("recorder lock").push(Received { authorization, body });
    let refused =
        recorder.refuse.fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| left.checked_sub(1)).is_ok();
    if refused { StatusCode::SERVICE_UNAVAILABLE } else { StatusCode::ACCEPTED }
}

impl RecordingGateway {
    /// Starts on a free loopback port; answers 503 to the first `refuse_first` requests.
    pub async fn start(refuse_first: usize) -> Self {
        let recorder = Recorder::default();
        recorder.refuse.store(refuse_first, Ordering::SeqCst);
        let router = Router::new().route("/sms", post(record)).with_state(recorder.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let url = format!("http://{}/sms", listener.local_addr().expect("address"));
        tokio::spawn(async move { axum::serve(listener, router).await.expect("gateway runs") });
        Self { url, recorder }
    }

    /// Everything received so far.
    pub fn received(&self) -> Vec<Received> {
        self.recorder.received.lock().expect("recorder lock").clone()
    }

    /// Waits until `count` requests arrived (or `seconds` passed) and returns them all.
    pub async fn wait_for(&self, count: usize, seconds: u64) -> Vec<Received> {
        for _ in 0..seconds * 20 {
            if self.received().len() >= count {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.received()
    }
}
