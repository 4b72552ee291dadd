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
}

impl Live {
    /// Connects to `url` (`ws://…/graphql/ws`), authenticates with `token`, subscribes to
    /// `query`, and waits until the server has registered the subscription.
    pub async fn subscribe(url: &str, token: Option<&str>, query: &str, variables: Value) -> Self {
        let mut request = url.into_client_request().expect("websocket request");
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("graphql-transport-ws"));
        let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("websocket upgrade");
        let payload = token.map_or(json!({}), |token| json!({ "authorization": format!("Bearer {token}") }));
        socket
            .send(Message::text(json!({ "type": "connection_init", "payload": payload }).to_string()))
            .await
            .expect("init");
        let mut live = Self { socket };
        let ack = live.next_message(Duration::from_secs(5)).await.expect("connection_ack");
        assert_eq!(ack["type"], "connection_ack", "{ack}");
        let subscribe =
            json!({ "id": "1", "type": "subscribe", "payload": { "query": query, "variables": variables } });
        live.socket.send(Message::text(subscribe.to_string())).await.expect("subscribe");
        // A ping round trip: once the pong is back, the subscription is in place.
        live.socket.send(Message::text(json!({ "type": "ping" }).to_string())).await.expect("ping");
        loop {
            let message = live.next_message(Duration::from_secs(5)).await.expect("pong");
            match message["type"].as_str() {
                Some("pong") => break,
                Some("error") => panic!("subscription refused: {message}"),
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
            let message = self.next_message(wait).await?;
            match message["type"].as_str() {
                Some("next") => return Some(message["payload"]["data"].clone()),
                Some("error") | Some("closed") => panic!("subscription ended: {message}"),
                _ => {}
            }
        }
    }

    /// The errors a refused subscription answers with.
    pub async fn error(url: &str, token: Option<&str>, query: &str, variables: Value) -> Value {
        let mut request = url.into_client_request().expect("websocket request");
        request
            .headers_mut()
            .insert("Sec-WebSocket-Protocol", HeaderValue::from_static("graphql-transport-ws"));
        let (socket, _) = tokio_tungstenite::connect_async(request).await.expect("websocket upgrade");
        let mut live = Self { socket };
        let payload = token.map_or(json!({}), |token| json!({ "authorization": format!("Bearer {token}") }));
        live.socket
            .send(Message::text(json!({ "type": "connection_init", "payload": payload }).to_string()))
            .await
            .expect("init");
        live.next_message(Duration::from_secs(5)).await.expect("connection_ack");
        let subscribe =
            json!({ "id": "1", "type": "subscribe", "payload": { "query": query, "variables": variables } });
        live.socket.send(Message::text(subscribe.to_string())).await.expect("subscribe");
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
