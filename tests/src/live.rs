//! A `graphql-transport-ws` client, as the app and the console use for live updates.

use std::time::Duration;

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::{
    MaybeTlsStream, WebSocketStream,
    tungstenite::{Message, client::IntoClientRequest, http::HeaderValue},
};

/// One subscription on its own connection.
pub struct Live {
    socket: WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>,
    /// Messages that arrived while waiting for the pong (a replay starts at once).
    early: std::collections::VecDeque<Value>,
}

impl Live {
    /// Connects to `url` (`ws://…/graphql/ws`), authenticates with `token`, subscribes to
    /// `query`, and waits until the server has registered the subscription.
    pub async fn subscribe(url: &str, token: Option<&str>, query: &str, variables: Value) -> Self {
        let mut live = Self::started(url, token, query, variables).await;
        // A ping round trip: once the pong is back, the subscription is in place.
        live.socket.send(Message::text(json!({ "type": "ping" }).to_string())).await.expect("ping");
        loop {
            let message = live.next_message(Duration::from_secs(5)).await.expect("pong");
            match message["type"].as_str() {
                Some("pong") => break,
                Some("error") => panic!("subscription refused: {message}"),
                Some("next") => live.early.push_back(message),
                _ => {}
            }
        }
        live
    }

    async fn next_message(&mut self, wait: Duration) -> Option<Value> {
        loop {
            let frame = tokio::time::timeout(wait, self.socket.next()).await.ok()??.ok()?;
            match frame {
                Message::Text(text) => return serde_json::from_str(text.as_str()).ok(),
                Message::Close(frame) => {
                    return Some(json!({ "type": "closed", "frame": format!("{frame:?}") }));
                }
                _ => {}
            }
        }
    }

    /// The next `next` payload's data within `wait`, or `None`.
    pub async fn next_data(&mut self, wait: Duration) -> Option<Value> {
        loop {
            let message = match self.early.pop_front() {
                Some(message) => message,
                None => self.next_message(wait).await?,
            };
            match message["type"].as_str() {
                Some("next") => return Some(message["payload"]["data"].clone()),
                Some("error") | Some("closed") => panic!("subscription ended: {message}"),
                _ => {}
            }
        }
    }

    /// Connects, initialises with `token`, and starts `query` as operation `1`.
    async fn started(url: &str, token: Option<&str>, query: &str, variables: Value) -> Self {
        let mut request = url.into_client_request().expect("websocket request");
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("graphql-transport-ws"));
        let (socket, _) = tokio_tungstenite::connect_async(request).await.expect("websocket upgrade");
        let mut live = Self { socket, early: Default::default() };
        let payload = token.map_or(json!({}), |token| json!({ "authorization": format!("Bearer {token}") }));
        live.socket
            .send(Message::text(json!({ "type": "connection_init", "payload": payload }).to_string()))
            .await
            .expect("init");
        let ack = live.next_message(Duration::from_secs(5)).await.expect("connection_ack");
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        let subscribe =
            json!({ "id": "1", "type": "subscribe", "payload": { "query": query, "variables": variables } });
        live.socket.send(Message::text(subscribe.to_string())).await.expect("subscribe");
        live
    }

    /// `OK` when `query` is accepted as a subscription (no error within a second of its
    /// start: the server answers a ping before it has authorised the operation, so a pong
    /// proves nothing), else the code of its first error.
    pub async fn outcome(url: &str, token: Option<&str>, query: &str, variables: Value) -> String {
        let mut live = Self::started(url, token, query, variables).await;
        let code = |errors: &Value| errors[0]["extensions"]["code"].as_str().unwrap_or("?").to_owned();
        loop {
            let Some(message) = live.next_message(Duration::from_secs(1)).await else {
                return "OK".to_owned();
            };
            match message["type"].as_str() {
                Some("error") => return code(&message["payload"]),
                Some("next") if message["payload"]["errors"].is_array() => {
                    return code(&message["payload"]["errors"]);
                }
                Some("closed") => return format!("closed {}", message["frame"]),
                _ => {}
            }
        }
    }

    /// The errors a refused subscription answers with.
    pub async fn error(url: &str, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut live = Self::started(url, token, query, variables).await;
        loop {
            let message = live.next_message(Duration::from_secs(5)).await.expect("an answer");
            match message["type"].as_str() {
                Some("error") => return message["payload"].clone(),
                Some("next") if message["payload"]["errors"].is_array() => {
                    return message["payload"]["errors"].clone();
                }
                Some("next") => panic!("the subscription was accepted: {message}"),
                _ => {}
            }
        }
    }
}

/// A `graphql-transport-ws` connection driven message by message, to watch what the
/// server does with it (answers, close codes).
pub struct Socket {
    socket: WebSocketStream<MaybeTlsStream<tokio::net::TcpStream>>,
}

impl Socket {
    /// Connects without sending anything.
    pub async fn connect(url: &str) -> Self {
        let mut request = url.into_client_request().expect("websocket request");
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("graphql-transport-ws"));
        let (socket, _) = tokio_tungstenite::connect_async(request).await.expect("websocket upgrade");
        Self { socket }
    }

    /// Connects and initialises with `payload`, asserting the server acknowledges.
    pub async fn open(url: &str, payload: Value) -> Self {
        let mut socket = Self::connect(url).await;
        socket.send(json!({ "type": "connection_init", "payload": payload })).await;
        let ack = socket.next(Duration::from_secs(5)).await;
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        socket
    }

    /// Connects and initialises with a bearer token.
    pub async fn signed_in(url: &str, token: &str) -> Self {
        Self::open(url, json!({ "authorization": format!("Bearer {token}") })).await
    }

    pub async fn send(&mut self, message: Value) {
        self.socket.send(Message::text(message.to_string())).await.expect("send");
    }

    /// Sends a raw text frame.
    pub async fn send_text(&mut self, text: String) -> bool {
        self.socket.send(Message::text(text)).await.is_ok()
    }

    /// Starts operation `id`.
    pub async fn subscribe(&mut self, id: &str, query: &str, variables: Value) {
        let message =
            json!({ "id": id, "type": "subscribe", "payload": { "query": query, "variables": variables } });
        self.send(message).await;
    }

    /// Starts subscription `id` and waits until the server has it in place (a ping round
    /// trip after it), so that an event caused right after is not sent before it listens.
    pub async fn subscribe_ready(&mut self, id: &str, query: &str, variables: Value) {
        self.subscribe(id, query, variables).await;
        self.send(json!({ "type": "ping" })).await;
        loop {
            let message = self.next(Duration::from_secs(5)).await;
            match message["type"].as_str() {
                Some("pong") => return,
                Some("closed" | "timeout" | "error") => panic!("subscription {id} not in place: {message}"),
                _ => {}
            }
        }
    }

    /// Runs one query or mutation and returns its `payload` (data and errors).
    pub async fn run(&mut self, id: &str, query: &str, variables: Value) -> Value {
        self.subscribe(id, query, variables).await;
        loop {
            let message = self.next(Duration::from_secs(10)).await;
            match message["type"].as_str() {
                Some("next") if message["id"] == id => return message["payload"].clone(),
                Some("error") if message["id"] == id => return json!({ "errors": message["payload"] }),
                Some("closed" | "timeout") => return message,
                _ => {}
            }
        }
    }

    /// The next message (pings answered and skipped); `{"type": "closed", "code": …}` when
    /// the server closes; `{"type": "timeout"}` when nothing comes within `wait`.
    pub async fn next(&mut self, wait: Duration) -> Value {
        loop {
            let frame = match tokio::time::timeout(wait, self.socket.next()).await {
                Err(_) => return json!({ "type": "timeout" }),
                Ok(None) => return json!({ "type": "closed", "code": null }),
                Ok(Some(Err(error))) => {
                    return json!({ "type": "closed", "code": null, "error": error.to_string() });
                }
                Ok(Some(Ok(frame))) => frame,
            };
            match frame {
                Message::Text(text) => return serde_json::from_str(text.as_str()).expect("JSON message"),
                Message::Close(frame) => {
                    let code = frame.as_ref().map(|frame| u16::from(frame.code));
                    let reason = frame.map(|frame| frame.reason.to_string());
                    return json!({ "type": "closed", "code": code, "reason": reason });
                }
                _ => {}
            }
        }
    }

    /// Whether the server sends a keep-alive ping within `wait`.
    pub async fn pinged(&mut self, wait: Duration) -> bool {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            match tokio::time::timeout(left, self.socket.next()).await {
                Ok(Some(Ok(Message::Ping(_)))) => return true,
                Ok(Some(Ok(_))) => {}
                _ => return false,
            }
        }
    }

    /// Waits for the server to close the socket within `wait`; returns the close code.
    pub async fn close_code(&mut self, wait: Duration) -> Option<u16> {
        let deadline = tokio::time::Instant::now() + wait;
        loop {
            let left = deadline.saturating_duration_since(tokio::time::Instant::now());
            let message = self.next(left).await;
            match message["type"].as_str() {
                Some("closed") => return message["code"].as_u64().and_then(|code| u16::try_from(code).ok()),
                Some("timeout") => return None,
                _ => {}
            }
        }
    }
}
