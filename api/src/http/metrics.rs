//! `/metrics`: the node's metrics in Prometheus' text format, optionally behind a bearer
//! token (`VIGIE_METRICS_TOKEN`) or on its own address (`VIGIE_METRICS_LISTEN`). Values that
//! are read rather than counted (pool, outbox, routing) are measured at each scrape; when
//! the database does not answer the outbox's are left as they were.

use std::time::Duration;

use axum::{
    Router,
    extract::State,
    http::{HeaderMap, StatusCode, header},
    response::{IntoResponse, Response},
    routing::get,
};

use crate::{db, state::AppState};

/// The router serving `/metrics` over `state`.
pub fn metrics_router(state: AppState) -> Router {
    Router::new().route("/metrics", get(scrape)).with_state(state)
}

async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if let Some(token) = &state.config.ops.metrics_token {
        let presented = headers.get(header::AUTHORIZATION).and_then(|value| value.to_str().ok());
        let expected = format!("Bearer {}", token.expose());
        let matches = presented.is_some_and(|presented| {
            use subtle_eq::constant_time_eq;
            constant_time_eq(presented.as_bytes(), expected.as_bytes())
        });
        if !matches {
            return (StatusCode::UNAUTHORIZED, [(header::WWW_AUTHENTICATE, "Bearer")], "").into_response();
        }
    }
    measure(&state).await;
    match state.metrics.render() {
        Ok(text) => ([(header::CONTENT_TYPE, crate::metrics::CONTENT_TYPE)], text).into_response(),
        Err(error) => {
            tracing::error!(%error, "metrics could not be rendered");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}

/// Sets the values read at scrape time.
async fn measure(state: &AppState) {
    let metrics = &state.metrics;
    let (in_use, idle, max) = db::pool_stats(&state.db);
    metrics.db_pool.with_label_values(&["in_use"]).set(i64::from(in_use));
    metrics.db_pool.with_label_values(&["idle"]).set(i64::from(idle));
    metrics.db_pool.with_label_values(&["max"]).set(i64::from(max));
    metrics.db_writers_waiting.set(db::writers_waiting());
    let routing = state.routing.current();
    metrics.routing_revision.set(routing.revision());
    metrics.routing_build_seconds.set(state.routing.build_time().as_secs_f64());
    match tokio::time::timeout(Duration::from_secs(2), crate::notify::outbox::depth(&state.db)).await {
        Ok(Ok(depths)) => {
            let now = chrono::Utc::now();
            for channel in ["SMS", "PUSH", "EMAIL"] {
                let found = depths.iter().find(|(c, ..)| sea_orm::ActiveEnum::to_value(c) == channel);
                let (waiting, oldest) = found.map_or((0, None), |(_, waiting, oldest)| (*waiting, *oldest));
                let age =
                    oldest.map_or(0.0, |oldest| (now - oldest).num_milliseconds().max(0) as f64 / 1000.0);
                metrics.outbox_pending.with_label_values(&[channel]).set(waiting);
                metrics.outbox_oldest_seconds.with_label_values(&[channel]).set(age);
            }
        }
        Ok(Err(error)) => tracing::debug!(%error, "outbox depth not measured"),
        Err(_) => tracing::debug!("outbox depth not measured: the database is slow"),
    }
}

/// Comparison whose time does not depend on where the bytes differ.
mod subtle_eq {
    pub fn constant_time_eq(a: &[u8], b: &[u8]) -> bool {
        a.len() == b.len() && a.iter().zip(b).fold(0u8, |acc, (x, y)| acc | (x ^ y)) == 0
    }
}
