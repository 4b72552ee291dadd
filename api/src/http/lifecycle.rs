//! Readiness and a graceful stop. `/readyz` answers 503 as soon as the database does not
//! answer within a second, or the node has begun stopping; on SIGTERM the node turns
//! unready, waits for the load balancer to notice (`VIGIE_SHUTDOWN_DRAIN_SECS`), closes its
//! websockets with 1001 (clients reconnect elsewhere), stops accepting and gives in-flight
//! requests `VIGIE_SHUTDOWN_GRACE_SECS` to finish.

use std::{future::Future, time::Duration};

use axum::{extract::State, http::StatusCode, response::IntoResponse};

use super::Http;
use crate::state::AppState;

/// How long readiness waits for the database.
const PING_BUDGET: Duration = Duration::from_secs(1);

pub(super) async fn ready(State(http): State<Http>) -> impl IntoResponse {
    let state = &http.state;
    let answer = if state.lifecycle.is_stopping() {
        (StatusCode::SERVICE_UNAVAILABLE, "stopping")
    } else {
        match tokio::time::timeout(PING_BUDGET, state.db.ping()).await {
            Ok(Ok(())) => (StatusCode::OK, "ready"),
            Ok(Err(error)) => {
                tracing::warn!(%error, "readiness check: database unreachable");
                (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
            }
            Err(_) => {
                tracing::warn!("readiness check: the database did not answer within a second");
                (StatusCode::SERVICE_UNAVAILABLE, "database unreachable")
            }
        }
    };
    state.metrics.ready.set(i64::from(answer.0 == StatusCode::OK));
    answer
}

/// Serves `server` (an `axum::serve` future with graceful shutdown on the returned signal)
/// until `signal`, then stops as the module says. Returns when the server has stopped or
/// the grace period is over.
pub async fn stop_gracefully<S, E>(
    state: &AppState,
    signal: impl Future<Output = ()> + Send + 'static,
    serve: impl FnOnce(std::pin::Pin<Box<dyn Future<Output = ()> + Send>>) -> S,
) -> Result<(), E>
where
    S: Future<Output = Result<(), E>>,
{
    let lifecycle = state.lifecycle.clone();
    let drain = Duration::from_secs(state.config.ops.shutdown_drain_secs);
    let grace = Duration::from_secs(state.config.ops.shutdown_grace_secs);
    let (accepting_ends, mut accepting_ended) = tokio::sync::watch::channel(false);
    let stop = async move {
        tokio::select! {
            () = signal => lifecycle.begin_stop(),
            () = lifecycle.stopping() => {}
        }
        tracing::info!(drain_secs = drain.as_secs(), "stopping: readiness is 503, websockets close");
        tokio::time::sleep(drain).await;
        let _ = accepting_ends.send(true);
    };
    let server = serve(Box::pin(stop));
    tokio::select! {
        result = server => result,
        () = async move {
            let _ = accepting_ended.wait_for(|ended| *ended).await;
            tokio::time::sleep(grace).await;
        } => {
            tracing::warn!(grace_secs = grace.as_secs(), "requests still in flight after the grace period; stopping anyway");
            Ok(())
        }
    }
}
