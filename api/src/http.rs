//! The HTTP surface: GraphQL over HTTP and websocket, GraphiQL, health and readiness.

use async_graphql::{
    Request, Response,
    http::{ALL_WEBSOCKET_PROTOCOLS, GraphiQLSource},
    parser::types::OperationType,
};
use async_graphql_axum::{GraphQLProtocol, GraphQLRequest, GraphQLResponse, GraphQLWebSocket};
use axum::{
    Router,
    extract::{State, WebSocketUpgrade},
    http::{Method, StatusCode},
    response::{Html, IntoResponse},
    routing::get,
};
use tower_http::trace::TraceLayer;

use crate::{
    error::AppError,
    graphql::{self, VigieSchema},
    loaders::Loaders,
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
    Router::new()
        .route("/", get(graphiql))
        .route("/graphql", get(graphql_http).post(graphql_http))
        .route("/graphql/ws", get(graphql_ws))
        .route("/healthz", get(|| async { "ok" }))
        .route("/readyz", get(ready))
        .layer(TraceLayer::new_for_http())
        .with_state(Http { state, schema })
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

async fn graphql_http(State(http): State<Http>, method: Method, request: GraphQLRequest) -> GraphQLResponse {
    let request = request.into_inner();
    if method == Method::GET && !only_queries(&request) {
        let error: async_graphql::Error = AppError::bad_input(
            "query",
            "Les mutations et abonnements ne passent pas par GET : utilisez POST.",
        )
        .into();
        let mut error = error.into_server_error(Default::default());
        graphql::assign_code(&mut error);
        return Response::from_errors(vec![error]).into();
    }
    graphql::execute(&http.schema, &http.state, request).await.into()
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

async fn graphql_ws(
    State(http): State<Http>,
    protocol: GraphQLProtocol,
    upgrade: WebSocketUpgrade,
) -> impl IntoResponse {
    upgrade.protocols(ALL_WEBSOCKET_PROTOCOLS).on_upgrade(move |socket| async move {
        let loaders = Loaders::new(&http.state);
        let mut data = async_graphql::Data::default();
        data.insert(loaders);
        GraphQLWebSocket::new(socket, http.schema.clone(), protocol).with_data(data).serve().await;
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
