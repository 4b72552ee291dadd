//! The HTTP surface: GraphQL over HTTP and websocket, GraphiQL, health and readiness.
//! Both GraphQL entry points resolve the viewer before anything executes; a request that
//! panics still gets a coded `INTERNAL` answer.

mod console;
mod graphiql;
mod lifecycle;
mod metrics;
pub mod observe;
mod persisted;
mod transport;
mod ws;

use std::{any::Any, net::SocketAddr, time::Duration};

use axum::{
    Router,
    body::{Body, Bytes},
    extract::{ConnectInfo, Extension, State},
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
    persisted: std::sync::Arc<persisted::PersistedQueries>,
}

pub use self::{lifecycle::stop_gracefully, metrics::metrics_router};

/// The router of one node.
pub fn router(state: AppState) -> Router {
    let schema = graphql::build_schema(state.clone());
    let media = match &state.photos {
        PhotoStore::Local(store) => store.clone().routes(media::service::upload_check(state.db.clone())),
        PhotoStore::S3(_) => Router::new(),
    };
    let config = &state.config;
    // Execution has its own limit (`TIMEOUT`); this one bounds reading a slow body too.
    let limits = ServiceBuilder::new().layer(RequestBodyLimitLayer::new(config.max_request_bytes)).layer(
        TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(config.request_timeout_secs + 5),
        ),
    );
    let graphql_http_routes = Router::new()
        .route("/graphql", get(graphql_http).post(graphql_http))
        .layer(limits)
        .layer(cors(&config.cors_origins));
    let graphiql_route = if config.graphiql { graphiql::routes(!config.console) } else { Router::new() };
    let console_route = if config.console { console::routes(config) } else { Router::new() };
    let metrics_route = if config.ops.metrics && config.ops.metrics_listen.is_none() {
        metrics_router(state.clone())
    } else {
        Router::new()
    };
    let persisted = std::sync::Arc::new(persisted::PersistedQueries::new(config.ops.persisted_queries));
    Router::new()
        .merge(console_route)
        .merge(graphiql_route)
        .merge(graphql_http_routes)
        .route("/graphql/ws", get(ws::graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(lifecycle::ready))
        .with_state(Http { state: state.clone(), schema, persisted })
        .merge(media)
        .merge(metrics_route)
        .layer(CatchPanicLayer::custom(panicked))
        .layer(axum::middleware::from_fn_with_state(state, observe::observe))
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
    Extension(id): Extension<observe::RequestId>,
    method: Method,
    uri: Uri,
    headers: HeaderMap,
    body: Bytes,
) -> Response {
    let media = MediaType::negotiate(&headers);
    let (mut response, status, operation) =
        match transport::parse(&method, &uri, &headers, &body, &http.persisted) {
            Ok(mut request) => {
                let operation = observe::first_root_field(&mut request);
                (run(&http, peer, &headers, request).await, StatusCode::OK, operation)
            }
            Err(refusal) => {
                let (response, status) = refusal.into_parts();
                (response, status, None)
            }
        };
    observe::stamp(&mut response, &id);
    let outcome = observe::outcome(operation, &response);
    let mut answer = transport::respond(media, response);
    transport::with_status(&mut answer, status);
    answer.extensions_mut().insert(outcome);
    answer
}

/// Resolves the viewer and executes, within the request time limit.
async fn run(
    http: &Http,
    peer: SocketAddr,
    headers: &HeaderMap,
    request: async_graphql::Request,
) -> async_graphql::Response {
    let authorization = match headers.get(AUTHORIZATION).map(|value| value.to_str()) {
        None => None,
        Some(Ok(value)) => Some(value),
        Some(Err(_)) => return graphql::error_response(AppError::Unauthenticated),
    };
    let state = &http.state;
    let viewer = match viewer::from_authorization(&state.db, &state.keys, authorization).await {
        Ok(viewer) => viewer,
        Err(error) => return graphql::error_response(error),
    };
    let client_ip = client_ip::resolve(&state.config.trusted_proxies, headers, peer);
    let cookie_writable = identity::cookie::same_origin(headers, &state.config);
    let refresh_cookie = cookie_writable.then(|| identity::cookie::read(headers)).flatten();
    let context = RequestContext {
        viewer,
        client_ip: Some(client_ip),
        refresh_cookie,
        cookie_writable,
        over_websocket: false,
    };
    let limit = Duration::from_secs(state.config.request_timeout_secs);
    tokio::time::timeout(limit, graphql::execute(&http.schema, state, context, request))
        .await
        .unwrap_or_else(|_| graphql::error_response(AppError::TimedOut))
}
