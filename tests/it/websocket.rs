//! The websocket entry point (`graphql-transport-ws`): the viewer comes from the
//! `connection_init` payload, and a bad token closes the connection instead of falling back
//! to anonymous.

use futures_util::{SinkExt, StreamExt};
use serde_json::{Value, json};
use tokio_tungstenite::tungstenite::{Message, client::IntoClientRequest, http::HeaderValue};
use vigie_tests::TestApp;

/// Opens `/graphql/ws`, sends `connection_init` with `payload`, and returns the server's
/// first answer: the message type, or `close <code> <reason>`.
async fn init(app: &TestApp, payload: Value) -> String {
    let mut request =
        app.url("/graphql/ws").replace("http://", "ws://").into_client_request().expect("request");
    request.headers_mut().insert("Sec-WebSocket-Protocol", HeaderValue::from_static("graphql-transport-ws"));
    let (mut socket, _) = tokio_tungstenite::connect_async(request).await.expect("websocket upgrade");
    let init = json!({ "type": "connection_init", "payload": payload }).to_string();
    socket.send(Message::text(init)).await.expect("send");
    let answer = tokio::time::timeout(std::time::Duration::from_secs(5), socket.next())
        .await
        .expect("an answer in time");
    match answer {
        Some(Ok(Message::Text(text))) => {
            let message: Value = serde_json::from_str(text.as_str()).expect("JSON message");
            message["type"].as_str().unwrap_or_default().to_owned()
        }
        Some(Ok(Message::Close(Some(frame)))) => format!("close {} {}", u16::from(frame.code), frame.reason),
        other => format!("unexpected {other:?}"),
    }
}

#[tokio::test]
async fn a_valid_token_in_connection_init_is_acknowledged() {
    let app = TestApp::spawn().await;
    let token = app
        .anonymous()
        .query("mutation { login(email: \"habitant.giromagny@vigie.test\", password: \"habitant-demo-90\") { accessToken } }", json!({}))
        .await
        .data()["login"]["accessToken"]
        .as_str()
        .expect("token")
        .to_owned();
    assert_eq!(init(&app, json!({ "authorization": format!("Bearer {token}") })).await, "connection_ack");
}

#[tokio::test]
async fn no_token_is_an_anonymous_connection() {
    let app = TestApp::spawn().await;
    assert_eq!(init(&app, json!({})).await, "connection_ack");
}

#[tokio::test]
async fn a_bad_token_in_connection_init_closes_the_connection() {
    let app = TestApp::spawn().await;
    for authorization in ["Bearer not.a.token", "Basic abc", "Bearer "] {
        // graphql-ws's "Forbidden" close code, with the reason.
        let answer = init(&app, json!({ "authorization": authorization })).await;
        assert_eq!(answer, "close 4403 Authentification requise ou jeton invalide.", "{authorization}");
    }
}
