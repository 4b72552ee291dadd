//! GraphQL over HTTP as the GraphQL foundation's specification says: a POST carries
//! `application/json` (anything else is 415), a GET carries queries only (a mutation is
//! 405), the answer's media type follows `Accept` (`application/json` unless the client
//! prefers `application/graphql-response+json`), and under the new media type a request
//! that never executed (unparseable, invalid, bad variables) is a 400 without `data`.
//! Malformed requests are 400 in both, with one coded error.

use std::collections::HashMap;

use async_graphql::{Request, Response, parser::types::OperationType};
use axum::{
    body::{Body, Bytes},
    http::{HeaderMap, HeaderValue, Method, StatusCode, Uri, header},
    response::{IntoResponse, Response as HttpResponse},
};
use serde_json::{Map, Value};

use super::persisted::{Miss, PersistedQueries};
use crate::{error::AppError, graphql};

/// The media type of the answer.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MediaType {
    /// `application/graphql-response+json`: status codes tell request errors apart.
    GraphqlResponse,
    /// `application/json`: always 200 once the request was understood.
    Json,
}

impl MediaType {
    const GRAPHQL_RESPONSE: &'static str = "application/graphql-response+json";

    /// The client's preference among the two: the first acceptable entry of `Accept` by
    /// quality (wildcards mean JSON); no `Accept`, or none acceptable, is JSON.
    pub fn negotiate(headers: &HeaderMap) -> Self {
        let accept = headers.get_all(header::ACCEPT).iter().filter_map(|value| value.to_str().ok());
        let mut best: Option<(f32, Self)> = None;
        for entry in accept.flat_map(|value| value.split(',')) {
            let mut parts = entry.split(';').map(str::trim);
            let range = parts.next().unwrap_or_default().to_ascii_lowercase();
            let quality = parts
                .filter_map(|parameter| parameter.strip_prefix("q="))
                .find_map(|q| q.parse::<f32>().ok())
                .unwrap_or(1.0);
            let media = match range.as_str() {
                Self::GRAPHQL_RESPONSE => Self::GraphqlResponse,
                "application/json" | "application/*" | "*/*" => Self::Json,
                _ => continue,
            };
            if quality > 0.0 && best.is_none_or(|(q, _)| quality > q) {
                best = Some((quality, media));
            }
        }
        best.map_or(Self::Json, |(_, media)| media)
    }

    fn content_type(self) -> HeaderValue {
        HeaderValue::from_static(match self {
            Self::GraphqlResponse => "application/graphql-response+json; charset=utf-8",
            Self::Json => "application/json; charset=utf-8",
        })
    }
}

/// Why a request was not understood: its status and its one error.
#[derive(Debug)]
pub struct Refusal {
    status: StatusCode,
    error: AppError,
}

impl Refusal {
    fn new(status: StatusCode, field: &str, message: &str) -> Self {
        Self { status, error: AppError::bad_input(field, message) }
    }

    /// The refusal as a GraphQL response, and the status it goes out with.
    pub fn into_parts(self) -> (async_graphql::Response, StatusCode) {
        (graphql::error_response(self.error), self.status)
    }
}

/// Gives a refusal's answer its status (`respond` may have set a 400 of its own).
pub fn with_status(answer: &mut HttpResponse, status: StatusCode) {
    if status != StatusCode::OK {
        *answer.status_mut() = status;
    }
    if status == StatusCode::METHOD_NOT_ALLOWED {
        answer.headers_mut().insert(header::ALLOW, HeaderValue::from_static("POST"));
    }
}

/// The GraphQL request of a GET (its query string) or a POST (its JSON body).
pub fn parse(
    method: &Method,
    uri: &Uri,
    headers: &HeaderMap,
    body: &Bytes,
    persisted: &PersistedQueries,
) -> Result<Request, Refusal> {
    let object = if method == Method::GET { from_query_string(uri)? } else { from_body(headers, body)? };
    let mut request = from_object(object, persisted)?;
    if method == Method::GET && !only_queries(&mut request) {
        return Err(Refusal::new(
            StatusCode::METHOD_NOT_ALLOWED,
            "query",
            "Les mutations et abonnements ne passent pas par GET : utilisez POST.",
        ));
    }
    Ok(request)
}

fn from_query_string(uri: &Uri) -> Result<Value, Refusal> {
    let pairs: HashMap<String, String> = axum::extract::Query::try_from_uri(uri)
        .map(|axum::extract::Query(pairs)| pairs)
        .map_err(|_| Refusal::new(StatusCode::BAD_REQUEST, "query", "Paramètres de requête illisibles."))?;
    let mut object = Map::new();
    if let Some(query) = pairs.get("query") {
        object.insert("query".into(), Value::String(query.clone()));
    }
    if let Some(name) = pairs.get("operationName") {
        object.insert("operationName".into(), Value::String(name.clone()));
    }
    for key in ["variables", "extensions"] {
        if let Some(text) = pairs.get(key) {
            let value = serde_json::from_str(text).map_err(|_| {
                Refusal::new(StatusCode::BAD_REQUEST, key, "Ce paramètre doit être un objet JSON.")
            })?;
            object.insert(key.into(), value);
        }
    }
    Ok(Value::Object(object))
}

fn from_body(headers: &HeaderMap, body: &Bytes) -> Result<Value, Refusal> {
    let content_type = headers.get(header::CONTENT_TYPE).and_then(|value| value.to_str().ok());
    if !content_type.is_some_and(is_json_utf8) {
        return Err(Refusal::new(
            StatusCode::UNSUPPORTED_MEDIA_TYPE,
            "Content-Type",
            "Les requêtes POST portent un corps application/json (UTF-8).",
        ));
    }
    if body.is_empty() {
        return Err(Refusal::new(StatusCode::BAD_REQUEST, "query", "Le corps de la requête est vide."));
    }
    serde_json::from_slice(body)
        .map_err(|_| Refusal::new(StatusCode::BAD_REQUEST, "query", "Le corps n'est pas du JSON valide."))
}

/// `application/json`, with no charset or UTF-8's.
fn is_json_utf8(content_type: &str) -> bool {
    let mut parts = content_type.split(';').map(str::trim);
    let essence = parts.next().unwrap_or_default();
    essence.eq_ignore_ascii_case("application/json")
        && parts.all(|parameter| match parameter.split_once('=') {
            Some((name, value)) if name.trim().eq_ignore_ascii_case("charset") => {
                value.trim().trim_matches('"').eq_ignore_ascii_case("utf-8")
            }
            _ => true,
        })
}

/// The request of a parameters object, each parameter of the type the spec gives it; a
/// persisted query's text is looked up (or checked and remembered) here.
fn from_object(value: Value, persisted: &PersistedQueries) -> Result<Request, Refusal> {
    let bad = |field: &str, message: &str| Refusal::new(StatusCode::BAD_REQUEST, field, message);
    let Value::Object(object) = value else {
        return Err(bad("query", "La requête est un objet JSON (une seule opération à la fois)."));
    };
    let query = match object.get("query") {
        None | Some(Value::Null) => None,
        Some(Value::String(query)) => Some(query.as_str()),
        Some(_) => return Err(bad("query", "Le paramètre `query` est un texte.")),
    };
    let query = match persisted.resolve(query, object.get("extensions")) {
        Ok(Some(query)) => query,
        Ok(None) => return Err(bad("query", "Le paramètre `query` (texte) est requis.")),
        Err(Miss::NotFound) => {
            return Err(Refusal { status: StatusCode::OK, error: AppError::PersistedQueryNotFound });
        }
        Err(Miss::Bad(message)) => return Err(bad("extensions", message)),
    };
    let mut request = Request::new(query);
    match object.get("operationName") {
        None | Some(Value::Null) => {}
        Some(Value::String(name)) => request = request.operation_name(name.clone()),
        Some(_) => return Err(bad("operationName", "`operationName` est un texte.")),
    }
    match object.get("variables") {
        None | Some(Value::Null) => {}
        Some(variables @ Value::Object(_)) => {
            request = request.variables(async_graphql::Variables::from_json(variables.clone()));
        }
        Some(_) => return Err(bad("variables", "`variables` est un objet.")),
    }
    match object.get("extensions") {
        None | Some(Value::Null) => {}
        Some(Value::Object(extensions)) => {
            for (key, value) in extensions {
                let value = async_graphql::Value::from_json(value.clone())
                    .map_err(|_| bad("extensions", "`extensions` illisible."))?;
                request.extensions.insert(key.clone(), value);
            }
        }
        Some(_) => return Err(bad("extensions", "`extensions` est un objet.")),
    }
    Ok(request)
}

/// Whether every operation of the document is a query (GET must not change anything). The
/// parsed document stays with the request, which is not parsed again.
fn only_queries(request: &mut Request) -> bool {
    match request.parsed_query() {
        Ok(document) => {
            document.operations.iter().all(|(_, operation)| operation.node.ty == OperationType::Query)
        }
        // Unparseable: execution reports the syntax error.
        Err(_) => true,
    }
}

/// The answer to an executed (or refused) operation, in `media`: under
/// `application/graphql-response+json` a request error (no data, no error with a path) is
/// a 400 without a `data` entry.
pub fn respond(media: MediaType, response: Response) -> HttpResponse {
    let request_error = response.data == async_graphql::Value::Null
        && !response.errors.is_empty()
        && response.errors.iter().all(|error| error.path.is_empty());
    let strict = media == MediaType::GraphqlResponse && request_error;
    let body = if strict {
        serde_json::to_vec(&RequestErrors { errors: &response.errors })
    } else {
        serde_json::to_vec(&response)
    };
    let body = match body {
        Ok(body) => body,
        Err(error) => {
            tracing::error!(%error, "a GraphQL answer could not be serialised");
            return StatusCode::INTERNAL_SERVER_ERROR.into_response();
        }
    };
    let mut answer = HttpResponse::new(Body::from(body));
    if strict {
        *answer.status_mut() = StatusCode::BAD_REQUEST;
    }
    // The database was away: whatever the media type, a 503 a load balancer or a client
    // library understands, with when to try again.
    if let Some(seconds) = response.errors.iter().find_map(unavailable) {
        *answer.status_mut() = StatusCode::SERVICE_UNAVAILABLE;
        answer.headers_mut().insert(header::RETRY_AFTER, HeaderValue::from(seconds));
    }
    let headers = answer.headers_mut();
    headers.insert(header::CONTENT_TYPE, media.content_type());
    for (name, value) in response.http_headers.iter() {
        headers.append(name, value.clone());
    }
    answer
}

/// The seconds to wait of an `UNAVAILABLE` error.
fn unavailable(error: &async_graphql::ServerError) -> Option<u64> {
    let extensions = error.extensions.as_ref()?;
    if extensions.get("code")? != &async_graphql::Value::from("UNAVAILABLE") {
        return None;
    }
    match extensions.get("retryAfterSeconds") {
        Some(async_graphql::Value::Number(seconds)) => seconds.as_u64(),
        _ => Some(crate::error::outage::RETRY_AFTER_SECS),
    }
}

/// A request error's body: its errors, and no `data` entry.
#[derive(serde::Serialize)]
struct RequestErrors<'a> {
    errors: &'a [async_graphql::ServerError],
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accept(value: &'static str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT, HeaderValue::from_static(value));
        headers
    }

    #[test]
    fn the_media_type_follows_accept() {
        assert_eq!(MediaType::negotiate(&HeaderMap::new()), MediaType::Json);
        assert_eq!(MediaType::negotiate(&accept("application/json")), MediaType::Json);
        assert_eq!(MediaType::negotiate(&accept("*/*")), MediaType::Json);
        assert_eq!(
            MediaType::negotiate(&accept("application/graphql-response+json, application/json;q=0.9")),
            MediaType::GraphqlResponse
        );
        assert_eq!(
            MediaType::negotiate(&accept("application/graphql-response+json;q=0.5, application/json")),
            MediaType::Json
        );
        assert_eq!(MediaType::negotiate(&accept("text/html")), MediaType::Json);
    }

    #[test]
    fn only_json_in_utf8_is_a_post_body() {
        assert!(is_json_utf8("application/json"));
        assert!(is_json_utf8("Application/JSON; charset=UTF-8"));
        assert!(!is_json_utf8("application/json; charset=latin1"));
        assert!(!is_json_utf8("text/plain"));
        assert!(!is_json_utf8("application/x-www-form-urlencoded"));
    }

    #[test]
    fn parameters_of_the_wrong_type_are_refused() {
        for body in [
            serde_json::json!({ "qeury": "{ a }" }),
            serde_json::json!({ "query": 1 }),
            serde_json::json!({ "query": "{ a }", "variables": "x" }),
            serde_json::json!([{ "query": "{ a }" }]),
        ] {
            let refusal = from_object(body.clone(), &PersistedQueries::new(1)).expect_err("refused");
            assert_eq!(refusal.status, StatusCode::BAD_REQUEST, "{body}");
        }
        let cache = PersistedQueries::new(1);
        assert!(from_object(serde_json::json!({ "query": "{ a }", "variables": null }), &cache).is_ok());
    }
}
