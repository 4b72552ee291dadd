//! A stand-in for Firebase Cloud Messaging on loopback: Google's OAuth token endpoint (it
//! checks the service-account assertion's signature, audience and scope) and the HTTP v1
//! `messages:send`, recording what they receive. It can answer 503 to the next sends, and
//! 404 `UNREGISTERED` for chosen device tokens, as FCM does.

use std::{
    collections::{HashMap, HashSet},
    path::{Path, PathBuf},
    sync::{
        Arc, Mutex,
        atomic::{AtomicU64, AtomicUsize, Ordering},
    },
};

use axum::{
    Form, Json, Router,
    extract::{Path as UrlPath, State},
    http::{HeaderMap, StatusCode},
    routing::post,
};
use serde_json::{Value, json};

/// The service account's key pair, made for these tests only.
const PRIVATE_KEY: &str = include_str!("../fixtures/fcm-test-key.pem");
const PUBLIC_KEY: &str = include_str!("../fixtures/fcm-test-key.pub.pem");
pub const PROJECT: &str = "vigie-test";
const CLIENT_EMAIL: &str = "vigie-push@vigie-test.iam.gserviceaccount.com";

/// One `messages:send` as received.
#[derive(Clone, Debug)]
pub struct Sent {
    pub authorization: Option<String>,
    pub project: String,
    pub message: Value,
}

#[derive(Default)]
struct Recorder {
    tokens_issued: AtomicUsize,
    expires_in: AtomicU64,
    sent: Mutex<Vec<Sent>>,
    refuse_next: AtomicUsize,
    unregistered: Mutex<HashSet<String>>,
    /// The audience the assertion must name: the token URI.
    audience: Mutex<String>,
}

/// The running stand-in.
pub struct FakeFcm {
    pub endpoint: String,
    pub token_uri: String,
    recorder: Arc<Recorder>,
    _dir: tempfile::TempDir,
    credentials: PathBuf,
}

async fn token(
    State(recorder): State<Arc<Recorder>>,
    Form(form): Form<HashMap<String, String>>,
) -> (StatusCode, Json<Value>) {
    let grant = form.get("grant_type").map(String::as_str);
    let Some(assertion) =
        form.get("assertion").filter(|_| grant == Some("urn:ietf:params:oauth:grant-type:jwt-bearer"))
    else {
        return (StatusCode::BAD_REQUEST, Json(json!({ "error": "unsupported_grant_type" })));
    };
    let key = jsonwebtoken::DecodingKey::from_rsa_pem(PUBLIC_KEY.as_bytes()).expect("public key");
    let mut validation = jsonwebtoken::Validation::new(jsonwebtoken::Algorithm::RS256);
    validation.set_audience(&[recorder.audience.lock().expect("audience").clone()]);
    validation.set_issuer(&[CLIENT_EMAIL]);
    let Ok(claims) = jsonwebtoken::decode::<Value>(assertion, &key, &validation) else {
        return (StatusCode::BAD_REQUEST, Json(json!({ "error": "invalid_grant" })));
    };
    if claims.claims["scope"] != "https://www.googleapis.com/auth/firebase.messaging" {
        return (StatusCode::BAD_REQUEST, Json(json!({ "error": "invalid_scope" })));
    }
    let issued = recorder.tokens_issued.fetch_add(1, Ordering::SeqCst) + 1;
    let expires_in = recorder.expires_in.load(Ordering::SeqCst);
    (
        StatusCode::OK,
        Json(
            json!({ "access_token": format!("ya29.test-{issued}"), "expires_in": expires_in, "token_type": "Bearer" }),
        ),
    )
}

async fn send(
    State(recorder): State<Arc<Recorder>>,
    UrlPath(project): UrlPath<String>,
    headers: HeaderMap,
    Json(body): Json<Value>,
) -> (StatusCode, Json<Value>) {
    let authorization = headers.get("authorization").and_then(|value| value.to_str().ok()).map(str::to_owned);
    let message = body["message"].clone();
    let device = message["token"].as_str().unwrap_or_default().to_owned();
    recorder.sent.lock().expect("sent").push(Sent { authorization, project, message });
    let refused = recorder
        .refuse_next
        .fetch_update(Ordering::SeqCst, Ordering::SeqCst, |left| left.checked_sub(1))
        .is_ok();
    if refused {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            Json(json!({ "error": { "code": 503, "status": "UNAVAILABLE" } })),
        );
    }
    if recorder.unregistered.lock().expect("tokens").contains(&device) {
        let error = json!({ "error": { "code": 404, "status": "NOT_FOUND", "message": "Requested entity was not found.",
            "details": [ { "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED" } ] } });
        return (StatusCode::NOT_FOUND, Json(error));
    }
    (StatusCode::OK, Json(json!({ "name": format!("projects/{PROJECT}/messages/{}", uuid::Uuid::new_v4()) })))
}

impl FakeFcm {
    /// Starts on a free loopback port; bearer tokens it issues last `expires_in` seconds.
    pub async fn start(expires_in: u64) -> Self {
        let recorder = Arc::new(Recorder::default());
        recorder.expires_in.store(expires_in, Ordering::SeqCst);
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.expect("bind");
        let base = format!("http://{}", listener.local_addr().expect("address"));
        let token_uri = format!("{base}/token");
        *recorder.audience.lock().expect("audience") = token_uri.clone();
        let router = Router::new()
            .route("/token", post(token))
            .route("/v1/projects/{project}/messages:send", post(send))
            .with_state(recorder.clone());
        tokio::spawn(async move { axum::serve(listener, router).await.expect("fake FCM runs") });
        let dir = tempfile::tempdir().expect("temp dir");
        let credentials = dir.path().join("service-account.json");
        let account = json!({
            "type": "service_account",
            "project_id": PROJECT,
            "private_key_id": "test-key-1",
            "private_key": PRIVATE_KEY,
            "client_email": CLIENT_EMAIL,
            "token_uri": token_uri,
        });
        std::fs::write(&credentials, account.to_string()).expect("write credentials");
        Self { endpoint: base, token_uri, recorder, _dir: dir, credentials }
    }

    /// The service-account file to give `VIGIE_FCM_CREDENTIALS_FILE`.
    pub fn credentials(&self) -> &Path {
        &self.credentials
    }

    /// Answers 503 to the next `count` sends.
    pub fn refuse_next(&self, count: usize) {
        self.recorder.refuse_next.store(count, Ordering::SeqCst);
    }

    /// Answers 404 `UNREGISTERED` for `device` from now on.
    pub fn unregister(&self, device: &str) {
        self.recorder.unregistered.lock().expect("tokens").insert(device.to_owned());
    }

    /// How many bearer tokens were issued.
    pub fn tokens_issued(&self) -> usize {
        self.recorder.tokens_issued.load(Ordering::SeqCst)
    }

    pub fn sent(&self) -> Vec<Sent> {
        self.recorder.sent.lock().expect("sent").clone()
    }

    /// Waits until `count` sends arrived (or `seconds` passed) and returns them all.
    pub async fn wait_for(&self, count: usize, seconds: u64) -> Vec<Sent> {
        for _ in 0..seconds * 20 {
            if self.sent().len() >= count {
                break;
            }
            tokio::time::sleep(std::time::Duration::from_millis(50)).await;
        }
        self.sent()
    }
}
