//! What every request leaves behind: an id (the client's `x-request-id` if well formed, a
//! new one otherwise) in the response header, in every error's `extensions.requestId` and on
//! every log line written while serving it; one access log line at info; and its metrics.
//!
//! The access line holds the method, the route (never the path: media paths carry signed
//! tokens), the status, the duration, the client address and, for GraphQL, the root field
//! and outcome code — never a token, a coordinate, a name or free text.

use std::{net::SocketAddr, sync::Arc, time::Instant};

use axum::{
    extract::{ConnectInfo, Request, State},
    http::{HeaderName, HeaderValue},
    middleware::Next,
    response::Response,
};
use tracing::Instrument;

use crate::{client_ip, state::AppState};

pub static REQUEST_ID: HeaderName = HeaderName::from_static("x-request-id");

/// The id of the request being served.
#[derive(Clone, Debug)]
pub struct RequestId(pub Arc<str>);

impl RequestId {
    /// The client's id when it is 1 to 128 characters of `[A-Za-z0-9._:-]` (anything else
    /// could forge log lines), else a new UUID.
    fn of(request: &Request) -> Self {
        let incoming = request.headers().get(&REQUEST_ID).and_then(|value| value.to_str().ok());
        let id = match incoming {
            Some(id) if well_formed(id) => id.to_owned(),
            _ => uuid::Uuid::new_v4().simple().to_string(),
        };
        Self(id.into())
    }
}

fn well_formed(id: &str) -> bool {
    (1..=128).contains(&id.len())
        && id.bytes().all(|byte| byte.is_ascii_alphanumeric() || matches!(byte, b'.' | b'_' | b':' | b'-'))
}

/// What a GraphQL handler tells the access log about the operation it ran.
#[derive(Clone, Debug)]
pub struct Outcome {
    /// The first root field (a name of the schema), or `-` when the request never ran.
    pub operation: String,
    /// The first error's code, or `OK`.
    pub code: &'static str,
}

/// The coarse route of a path: what logs and metrics may name.
fn route(path: &str) -> &'static str {
    match path {
        "/graphql" => "/graphql",
        "/graphql/ws" => "/graphql/ws",
        "/metrics" => "/metrics",
        "/readyz" => "/readyz",
        "/healthz" => "/healthz",
        _ if path.starts_with("/media/") => "/media",
        _ if path.starts_with("/console") => "/console",
        _ if path.starts_with("/graphiql") => "/graphiql",
        _ => "other",
    }
}

/// The middleware: id, span, access line, metrics.
pub async fn observe(
    State(state): State<AppState>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    mut request: Request,
    next: Next,
) -> Response {
    let started = Instant::now();
    let id = RequestId::of(&request);
    request.extensions_mut().insert(id.clone());
    let route = route(request.uri().path());
    let method = request.method().clone();
    let client = client_ip::resolve(&state.config.trusted_proxies, request.headers(), peer);
    let span = tracing::info_span!("request", id = %id.0);
    let mut response = next.run(request).instrument(span.clone()).await;
    if let Ok(value) = HeaderValue::from_str(&id.0) {
        response.headers_mut().insert(REQUEST_ID.clone(), value);
    }
    let seconds = started.elapsed().as_secs_f64();
    let status = response.status().as_u16();
    let outcome = response.extensions().get::<Outcome>();
    if state.config.ops.metrics {
        state.metrics.http(route, status, seconds);
        if let Some(outcome) = outcome {
            state.metrics.operation(&outcome.operation, outcome.code, seconds);
        }
    }
    if state.config.ops.access_log && route != "/metrics" && route != "/readyz" && route != "/healthz" {
        let _entered = span.enter();
        tracing::info!(
            target: "vigie::access",
            method = %method,
            route,
            status,
            duration_ms = (seconds * 1000.0 * 10.0).round() / 10.0,
            client = %client,
            operation = outcome.map_or("-", |outcome| outcome.operation.as_str()),
            outcome = outcome.map_or("-", |outcome| outcome.code),
        );
    }
    response
}

/// Writes the request id into every error of a GraphQL response.
pub fn stamp(response: &mut async_graphql::Response, id: &RequestId) {
    for error in &mut response.errors {
        error.extensions.get_or_insert_with(Default::default).set("requestId", id.0.as_ref());
    }
}

/// The outcome of a GraphQL response: its first root field and first error code.
pub fn outcome(request_fields: Option<String>, response: &async_graphql::Response) -> Outcome {
    let code = response
        .errors
        .iter()
        .find_map(|error| match error.extensions.as_ref()?.get("code")? {
            async_graphql::Value::String(code) => crate::error::ErrorCode::from_wire(code),
            _ => None,
        })
        .map_or("OK", crate::error::ErrorCode::as_str);
    // A request that did not validate ran nothing: its field names are the client's, not
    // the schema's, and must not become a label.
    let ran =
        response.data != async_graphql::Value::Null || response.errors.iter().any(|e| !e.path.is_empty());
    let operation = request_fields.filter(|_| ran).unwrap_or_else(|| "-".to_owned());
    Outcome { operation, code }
}

/// The first root field of the operation a request selects (before it runs).
pub fn first_root_field(request: &mut async_graphql::Request) -> Option<String> {
    let name = request.operation_name.clone();
    let document = request.parsed_query().ok()?;
    let operation = match &name {
        Some(name) => document.operations.iter().find(|(n, _)| n.is_some_and(|n| n.as_str() == name))?.1,
        None => document.operations.iter().next()?.1,
    };
    operation.node.selection_set.node.items.iter().find_map(|selection| match &selection.node {
        async_graphql::parser::types::Selection::Field(field) => Some(field.node.name.node.to_string()),
        _ => None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_plain_ids_are_kept() {
        assert!(well_formed("9f1c2d3e-0000-4000-8000-1234567890ab"));
        assert!(well_formed("lb.node-2:17"));
        assert!(!well_formed(""));
        assert!(!well_formed("abc def"));
        assert!(!well_formed("abc\ninjected=1"));
        assert!(!well_formed(&"a".repeat(129)));
    }

    #[test]
    fn media_paths_are_never_named() {
        assert_eq!(route("/media/eyJ0b2tlbiI6InNlY3JldCJ9"), "/media");
        assert_eq!(route("/graphql"), "/graphql");
        assert_eq!(route("/nope/../etc"), "other");
    }
}
