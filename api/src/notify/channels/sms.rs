//! The HTTP SMS gateway: `POST {"to","text","idempotencyKey"}`, accepted on any 2xx.

use std::time::Duration;

use entity::outbox;
use serde_json::json;

use super::{Carrier, Failure};
use crate::config::Secret;

#[derive(Clone, Debug)]
pub struct SmsGateway {
    url: String,
    token: Option<Secret>,
    http: reqwest::Client,
}

impl SmsGateway {
    pub fn new(url: String, token: Option<Secret>) -> anyhow::Result<Self> {
        let http = reqwest::Client::builder().timeout(Duration::from_secs(10)).build()?;
        Ok(Self { url, token, http })
    }
}

impl Carrier for SmsGateway {
    /// POSTs one message; `Ok` only on a 2xx answer.
    async fn deliver(&self, message: &outbox::Model) -> Result<(), Failure> {
        let body = json!({ "to": message.recipient, "text": message.body, "idempotencyKey": message.idempotency_key });
        let mut request = self.http.post(&self.url).json(&body);
        if let Some(token) = &self.token {
            request = request.bearer_auth(token.expose());
        }
        match request.send().await {
            Ok(response) if response.status().is_success() => Ok(()),
            Ok(response) => Err(Failure::Retry(format!("HTTP {}", response.status().as_u16()))),
            Err(error) if error.is_timeout() => Err(Failure::Retry("timeout".to_owned())),
            Err(_) => Err(Failure::Retry("unreachable".to_owned())),
        }
    }
}
