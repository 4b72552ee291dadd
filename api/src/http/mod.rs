//! The HTTP surface: GraphQL over HTTP and websocket, GraphiQL, health and readiness.
//! Both GraphQL entry points resolve the viewer before anything executes; a request that
//! panics still gets a coded `INTERNAL` answer.

mod console;
mod graphiql;
mod transport;
mod ws;

use std::{any::Any, net::SocketAddr, time::Duration};

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{ConnectInfo, State},
    http::{
        HeaderMap, HeaderValue, Method, StatusCode, Uri,
        header::{AUTHORIZATION, CONTENT_TYPE},
    },
    response::{IntoResponse, Response},
    routing::get,
};
use tower::ServiceBuilder;
use tower_http::{
    catch_panic::CatchPanicLayer,
    cors::{AllowOrigin, CorsLayer},
    limit::RequestBodyLimitLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use self::transport::MediaType;
use crate::{
    client_ip,
    error::AppError,
    graphql::{self, VigieSchema},
    identity::viewer,
    identity::{self, RequestContext},
    media::{self, PhotoStore},
    state::AppState,
};

#[derive(Clone)]
struct Http {
    state: AppState,
    schema: VigieSchema,
}

/// The router of one node.
pub fn router(state: AppState) -> Router {
    let schema = graphql::build_schema(state.clone());
    let media = match &state.photos {
        PhotoStore::Local(store) => store.clone().routes(media::service::upload_check(state.db.clone())),
        PhotoStore::S3(_) => Router::new(),
    };
    let config = &state.config;
    let limits = ServiceBuilder::new().layer(RequestBodyLimitLayer::new(config.max_request_bytes)).layer(
        TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(config.request_timeout_secs),
        ),
    );
    let graphql_http_routes = Router::new()
        .route("/graphql", get(graphql_http).post(graphql_http))
        .layer(limits)
        .layer(cors(&config.cors_origins));
    let graphiql_route = if config.graphiql { graphiql::routes(!config.console) } else { Router::new() };
    let console_route = if config.console { console::routes(config) } else { Router::new() };
    Router::new()
        .merge(console_route)
        .merge(graphiql_route)
        .merge(graphql_http_routes)
        .route("/graphql/ws", get(ws::graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .with_state(Http { state, schema })
        .merge(media)
        .layer(CatchPanicLayer::custom(panicked))
        .layer(TraceLayer::new_for_http())
}

/// A handler that panicked: logged, and answered as a coded GraphQL `INTERNAL` error rather
/// than a dropped connection.
fn panicked(_panic: Box<dyn Any + Send + 'static>) -> Response {
    tracing::error!("a request handler panicked");
    let body = serde_json::json!({ "errors": [{
        "message": AppError::internal(anyhow::anyhow!("panic")).to_string(),
        "extensions": { "code": "INTERNAL" },
    }] });
    Response::builder()
        .status(StatusCode::INTERNAL_SERVER_ERROR)
        .header(CONTENT_TYPE, "application/json")
        .body(Body::from(body.to_string()))
        .unwrap_or_else(|_| StatusCode::INTERNAL_SERVER_ERROR.into_response())
}

/// Browsers may call from the configured origins only (none: same-origin only).
fn cors(origins: &[String]) -> CorsLayer {
    let origins: Vec<HeaderValue> =
        origins.iter().filter_map(|origin| HeaderValue::from_str(origin.trim()).ok()).collect();
    CorsLayer::new()
        .allow_origin(AllowOrigin::list(origins))
        .allow_methods([Method::GET, Method::POST])
        .allow_headers([AUTHORIZATION, CONTENT_TYPE])
        .max_age(Duration::from_secs(600))
}

async fn graphql_http(
    State(http): State<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let media = MediaType::negotiate(&headers);
    let request = match transport::parse(&method, &uri, &headers, &body) {
        Ok(request) => request,
        Err(refusal) => return refusal.into_response(media),
    };
    let refuse = |error| transport::respond(media, graphql::error_response(error));
    let authorization = match headers.get(AUTHORIZATION).map(|value| value.to_str()) {
        None => None,
        Some(Ok(value)) => Some(value),
        Some(Err(_)) => return refuse(AppError::Unauthenticated),
    };
    let state = &http.state;
    let viewer = match viewer::from_authorization(&state.db, &state.keys, authorization).await {
        Ok(viewer) => viewer,
        Err(error) => return refuse(error),
    };
    let client_ip = client_ip::resolve(&state.config.trusted_proxies, &headers, peer);
    let cookie_writable = identity::cookie::same_origin(&headers, &state.config);
    let refresh_cookie = cookie_writable.then(|| identity::cookie::read(&headers)).flatten();
    let context = RequestContext {
        viewer,
        client_ip: Some(client_ip),
        refresh_cookie,
        cookie_writable,
        over_websocket: false,
    };
    transport::respond(media, graphql::execute(&http.schema, state, context, request).await)
}

async fn ready(State(http): State<Http>) -> impl IntoResponse {
    match http.state.db.ping().await {
        Ok(()) => (StatusCode::OK, "ready"),
        Err(error) => {
            tracing::warn!(%error, "readiness check: database unreachable");
            (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
        }
    }
}
