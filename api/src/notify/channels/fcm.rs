//! Push through Firebase Cloud Messaging's HTTP v1 API (Android, and iOS through APNs).
//!
//! OAuth2 service-account flow: a JWT signed (RS256) with the service account's key is
//! exchanged at its `token_uri` for a bearer token, cached until five minutes before it
//! expires (and dropped on a 401); then `POST {endpoint}/v1/projects/{project_id}/messages:send`.
//! A token FCM reports unregistered (404 `UNREGISTERED`), invalid (400 on `message.token`)
//! or of another project (403 `SENDER_ID_MISMATCH`) is [`Failure::Gone`]: the device is
//! forgotten.

use std::{
    path::Path,
    sync::Arc,
    time::{Duration, Instant},
};

use anyhow::Context;
use entity::outbox;
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use tokio::sync::Mutex;

use super::{Carrier, Failure};

const SCOPE: &str = "https://www.googleapis.com/auth/firebase.messaging";
/// A cached bearer is renewed this long before it expires.
const RENEW_BEFORE: Duration = Duration::from_secs(300);

/// The fields of a service-account key file that the flow uses.
#[derive(Deserialize)]
struct ServiceAccount {
    project_id: String,
    client_email: String,
    private_key: String,
    #[serde(default)]
    private_key_id: Option<String>,
    #[serde(default = "default_token_uri")]
    token_uri: String,
}

fn default_token_uri() -> String {
    "https://oauth2.googleapis.com/token".to_owned()
}

#[derive(Serialize)]
struct Assertion<'a> {
    iss: &'a str,
    scope: &'a str,
    aud: &'a str,
    iat: i64,
    exp: i64,
}

#[derive(Deserialize)]
struct TokenAnswer {
    access_token: String,
    #[serde(default = "default_expiry")]
    expires_in: u64,
}

fn default_expiry() -> u64 {
    3600
}

/// The FCM client; clones share the cached bearer.
#[derive(Clone)]
pub struct Fcm {
    inner: Arc<Inner>,
}

struct Inner {
    project_id: String,
    client_email: String,
    key_id: Option<String>,
    key: EncodingKey,
    token_uri: String,
    send_url: String,
    http: reqwest::Client,
    bearer: Mutex<Option<(String, Instant)>>,
}

impl std::fmt::Debug for Fcm {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Fcm").field("project_id", &self.inner.project_id).finish_non_exhaustive()
    }
}

impl Fcm {
    /// Reads the service-account file; `endpoint` is the API's base URL.
    pub fn from_file(path: &Path, endpoint: &str) -> anyhow::Result<Self> {
        let text = std::fs::read_to_string(path)
            .with_context(|| format!("reading the FCM credentials {}", path.display()))?;
        let account: ServiceAccount =
            serde_json::from_str(&text).context("the FCM credentials are not a service-account key")?;
        let key = EncodingKey::from_rsa_pem(account.private_key.as_bytes())
            .context("the FCM credentials' private key is not an RSA PEM key")?;
        let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        let send_url =
            format!("{}/v1/projects/{}/messages:send", endpoint.trim_end_matches('/'), account.project_id);
        Ok(Self {
            inner: Arc::new(Inner {
                project_id: account.project_id,
                client_email: account.client_email,
                key_id: account.private_key_id,
                key,
                token_uri: account.token_uri,
                send_url,
                http,
                bearer: Mutex::new(None),
            }),
        })
    }

    /// A bearer token: the cached one while it has more than five minutes left, else a new
    /// one (one exchange at a time: concurrent sends wait for it).
    async fn bearer(&self) -> Result<String, Failure> {
        let mut cached = self.inner.bearer.lock().await;
        if let Some((token, expires)) = cached.as_ref()
            && Instant::now() + RENEW_BEFORE < *expires
        {
            return Ok(token.clone());
        }
        let now = chrono::Utc::now().timestamp();
        let claims = Assertion {
            iss: &self.inner.client_email,
            scope: SCOPE,
            aud: &self.inner.token_uri,
            iat: now,
            exp: now + 3600,
        };
        let mut header = Header::new(Algorithm::RS256);
        header.kid = self.inner.key_id.clone();
        let assertion = jsonwebtoken::encode(&header, &claims, &self.inner.key)
            .map_err(|error| Failure::Retry(format!("signing the OAuth assertion: {error}")))?;
        let response = self
            .inner
            .http
            .post(&self.inner.token_uri)
            .form(&[("grant_type", "urn:ietf:params:oauth:grant-type:jwt-bearer"), ("assertion", &assertion)])
            .send()
            .await
            .map_err(|error| Failure::Retry(transport(&error)))?;
        if !response.status().is_success() {
            return Err(Failure::Retry(format!("OAuth token endpoint: HTTP {}", response.status().as_u16())));
        }
        let answer: TokenAnswer = response
            .json()
            .await
            .map_err(|_| Failure::Retry("OAuth token endpoint: unreadable answer".into()))?;
        let expires = Instant::now() + Duration::from_secs(answer.expires_in);
        *cached = Some((answer.access_token.clone(), expires));
        Ok(answer.access_token)
    }
}

impl Carrier for Fcm {
    /// Sends one push.
    async fn deliver(&self, message: &outbox::Model) -> Result<(), Failure> {
        let bearer = self.bearer().await?;
        let data: Value =
            message.data.as_deref().and_then(|data| serde_json::from_str(data).ok()).unwrap_or(json!({}));
        let urgent = data["urgent"] == "true";
        let body = json!({
            "message": {
                "token": message.recipient,
                "notification": { "title": message.title, "body": message.body },
                "data": data,
                "android": { "priority": if urgent { "HIGH" } else { "NORMAL" } },
                "apns": { "headers": { "apns-priority": if urgent { "10" } else { "5" } } },
            }
        });
        let response = self
            .inner
            .http
            .post(&self.inner.send_url)
            .bearer_auth(bearer)
            .json(&body)
            .send()
            .await
            .map_err(|error| Failure::Retry(transport(&error)))?;
        let status = response.status().as_u16();
        if response.status().is_success() {
            return Ok(());
        }
        let answer: Value = response.json().await.unwrap_or(Value::Null);
        let code = error_code(&answer);
        match (status, code.as_deref()) {
            (401, _) => {
                *self.inner.bearer.lock().await = None;
                Err(Failure::Retry("FCM: HTTP 401 (token renewed)".into()))
            }
            (404, _) | (_, Some("UNREGISTERED")) => Err(Failure::Gone("FCM: UNREGISTERED".into())),
            (403, Some("SENDER_ID_MISMATCH")) => Err(Failure::Gone("FCM: SENDER_ID_MISMATCH".into())),
            (400, _) if names_the_token(&answer) => {
                Err(Failure::Gone("FCM: invalid registration token".into()))
            }
            (400 | 403, _) => {
                Err(Failure::Refused(format!("FCM: HTTP {status} {}", code.unwrap_or_default())))
            }
            _ => Err(Failure::Retry(format!("FCM: HTTP {status}"))),
        }
    }
}

/// The FCM error code of an error answer (`details[].errorCode`), else its `status`.
fn error_code(answer: &Value) -> Option<String> {
    let details = answer["error"]["details"].as_array();
    details
        .into_iter()
        .flatten()
        .find_map(|detail| detail["errorCode"].as_str())
        .or_else(|| answer["error"]["status"].as_str())
        .map(str::to_owned)
}

/// Whether a 400 answer is about the registration token (and not our payload).
fn names_the_token(answer: &Value) -> bool {
    let field_names_token = answer["error"]["details"].as_array().into_iter().flatten().any(|detail| {
        detail["fieldViolations"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|violation| violation["field"] == "message.token")
    });
    field_names_token
        || answer["error"]["message"].as_str().is_some_and(|message| message.contains("registration token"))
}

fn transport(error: &reqwest::Error) -> String {
    if error.is_timeout() { "timeout".to_owned() } else { "unreachable".to_owned() }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fcm_error_codes_are_read_from_the_details() {
        let answer = json!({ "error": { "code": 404, "status": "NOT_FOUND", "details": [
            { "@type": "type.googleapis.com/google.firebase.fcm.v1.FcmError", "errorCode": "UNREGISTERED" } ] } });
        assert_eq!(error_code(&answer).as_deref(), Some("UNREGISTERED"));
        let answer = json!({ "error": { "code": 400, "status": "INVALID_ARGUMENT", "details": [
            { "fieldViolations": [ { "field": "message.token", "description": "Invalid registration token" } ] } ] } });
        assert!(names_the_token(&answer));
        assert!(!names_the_token(&json!({ "error": { "message": "Invalid JSON payload" } })));
    }
}
