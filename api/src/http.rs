//! The HTTP surface: GraphQL over HTTP and websocket, GraphiQL, health and readiness.
//! Both GraphQL entry points resolve the viewer before anything executes.

use std::{
    net::{IpAddr, SocketAddr},
    time::Duration,
};

use async_graphql::{
    Data, Request, Response,
    http::{ALL_WEBSOCKET_PROTOCOLS, GraphiQLSource},
    parser::types::OperationType,
};
use async_graphql_axum::{GraphQLProtocol, GraphQLRequest, GraphQLResponse, GraphQLWebSocket};
use axum::{
    Router,
    extract::{ConnectInfo, State, WebSocketUpgrade},
    http::{
        HeaderMap, HeaderValue, Method, StatusCode,
        header::{AUTHORIZATION, CONTENT_TYPE},
    },
    response::{Html, IntoResponse},
    routing::get,
};
use tower::ServiceBuilder;
use tower_http::{
    cors::{AllowOrigin, CorsLayer},
    limit::RequestBodyLimitLayer,
    timeout::TimeoutLayer,
    trace::TraceLayer,
};

use crate::{
    config::Config,
    error::AppError,
    graphql::{self, RequestContext, VigieSchema},
    identity::viewer,
    loaders::Loaders,
    media::PhotoStore,
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
        PhotoStore::Local(store) => store.clone().routes(),
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
    Router::new()
        .route("/", get(graphiql))
        .merge(graphql_http_routes)
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .with_state(Http { state, schema })
        .merge(media)
        .layer(TraceLayer::new_for_http())
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

async fn graphiql() -> Html<String> {
    Html(
        GraphiQLSource::build()
            .endpoint("/graphql")
            .subscription_endpoint("/graphql/ws")
            .title("Vigie")
            .finish(),
    )
}

async fn graphql_http(
    State(http): State<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    method: Method,
    headers: HeaderMap,
    request: GraphQLRequest,
) -> GraphQLResponse {
    let request = request.into_inner();
    if method == Method::GET && !only_queries(&request) {
        return error_response(AppError::bad_input(
            "query",
            "Les mutations et abonnements ne passent pas par GET : utilisez POST.",
        ));
    }
    let authorization = match headers.get(AUTHORIZATION).map(|value| value.to_str()) {
        None => None,
        Some(Ok(value)) => Some(value),
        Some(Err(_)) => return error_response(AppError::Unauthenticated),
    };
    let state = &http.state;
    let viewer = match viewer::from_authorization(&state.db, &state.keys, authorization).await {
        Ok(viewer) => viewer,
        Err(error) => return error_response(error),
    };
    let context = RequestContext { viewer, client_ip: Some(client_ip(&state.config, &headers, peer)) };
    graphql::execute(&http.schema, state, context, request).await.into()
}

/// A response made of one error, coded like every other.
fn error_response(error: AppError) -> GraphQLResponse {
    let error: async_graphql::Error = error.into();
    let mut error = error.into_server_error(Default::default());
    graphql::assign_code(&mut error);
    Response::from_errors(vec![error]).into()
}

/// Whether every operation of the document is a query (GET must not change anything).
fn only_queries(request: &Request) -> bool {
    match async_graphql::parser::parse_query(&request.query) {
        Ok(document) => {
            document.operations.iter().all(|(_, operation)| operation.node.ty == OperationType::Query)
        }
        // Unparseable: let execution report the syntax error.
        Err(_) => true,
    }
}

/// The client's address: the peer, or the first `X-Forwarded-For` hop behind a trusted proxy.
fn client_ip(config: &Config, headers: &HeaderMap, peer: SocketAddr) -> IpAddr {
    let forwarded = || {
        let value = headers.get("x-forwarded-for")?.to_str().ok()?;
        value.split(',').next()?.trim().parse().ok()
    };
    if config.trust_forwarded_for { forwarded().unwrap_or(peer.ip()) } else { peer.ip() }
}

async fn graphql_ws(
    State(http): State<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    headers: HeaderMap,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> impl IntoResponse {
    let client_ip = client_ip(&http.state.config, &headers, peer);
    upgrade.protocols(ALL_WEBSOCKET_PROTOCOLS).on_upgrade(move |socket| async move {
        let state = http.state.clone();
        GraphQLWebSocket::new(socket, http.schema.clone(), protocol)
            .on_connection_init(move |payload| async move {
                // `{"authorization": "Bearer <jwt>"}`; no payload or no key: anonymous.
                let authorization =
                    ["authorization", "Authorization"].iter().find_map(|key| payload.get(*key)?.as_str());
                let viewer = viewer::from_authorization(&state.db, &state.keys, authorization)
                    .await
                    .map_err(|error| async_graphql::Error::new(error.to_string()))?;
                let mut data = Data::default();
                data.insert(RequestContext { viewer, client_ip: Some(client_ip) });
                data.insert(Loaders::new(&state));
                Ok(data)
            })
            .serve()
            .await;
    })
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
