//! # Vigie
//!
//! The backend of *participation citoyenne*: residents of participating communes report
//! suspicious facts, each report is routed to the brigade that covers the place, brigade
//! staff triage their queue, and commune coordinators follow their commune's activity.
//!
//! One binary serves every mode: embedded (SQLite file + local media folder) or production
//! (PostgreSQL + S3-compatible storage); nodes are stateless.

// No `unwrap`/`expect` outside tests: a panic on a request is a lost request. Code that
// cannot fail says why in a `match` or `unwrap_or`, not in an `expect` message.
#![deny(clippy::unwrap_used, clippy::expect_used)]

pub mod admin;
pub mod batch;
pub mod bus;
pub mod cli;
pub mod client_ip;
pub mod config;
pub mod cost;
pub mod date;
pub mod db;
pub mod demo;
pub mod department;
pub mod enums;
pub mod error;
pub mod graphql;
mod http;
pub mod identity;
pub mod ids;
pub mod loaders;
pub mod media;
pub mod metrics;
pub mod notify;
pub mod pagination;
pub mod partnership;
pub mod parts;
pub mod privacy;
pub mod reports;
pub mod routing;
pub mod state;
pub mod territory;
pub mod text;
pub mod throttle;
pub mod zone;

use std::{future::Future, time::Duration};

use state::AppState;

/// Serves the API on `listener` until `shutdown` completes, then stops gracefully (see
/// `http::stop_gracefully`: readiness first, websockets closed with 1001, in-flight requests
/// given a grace period). `/metrics` goes to `VIGIE_METRICS_LISTEN` when set.
pub async fn serve(
    listener: tokio::net::TcpListener,
    state: AppState,
    shutdown: impl Future<Output = ()> + Send + 'static,
) -> anyhow::Result<()> {
    let (stop_tx, stop_rx) = tokio::sync::watch::channel(false);
    let refresher = tokio::spawn(refresh_routing(state.clone(), stop_rx.clone()));
    let sweeper = tokio::spawn(sweep_photos(state.clone(), stop_rx.clone()));
    let retainer = tokio::spawn(retain(state.clone(), stop_rx.clone()));
    let escalator = tokio::spawn(escalate_overdue(state.clone(), stop_rx.clone()));
    let dispatcher = tokio::spawn(dispatch_outbox(state.clone(), stop_rx));
    let metrics = state
        .config
        .ops
        .metrics
        .then_some(state.config.ops.metrics_listen)
        .flatten()
        .map(|address| tokio::spawn(serve_metrics(address, state.clone())));
    state.metrics.ready.set(1);
    let router = http::router(state.clone());
    let service = router.into_make_service_with_connect_info::<std::net::SocketAddr>();
    // Without TCP_NODELAY, a response written in two segments waits for the client's
    // delayed ACK: ~40 ms added to every request on Linux.
    let listener = axum::serve::ListenerExt::tap_io(listener, |stream| {
        if let Err(error) = stream.set_nodelay(true) {
            tracing::debug!(%error, "could not set TCP_NODELAY on a connection");
        }
    });
    let result = http::stop_gracefully(&state, shutdown, move |stop| async move {
        axum::serve(listener, service).with_graceful_shutdown(stop).await
    })
    .await;
    state.metrics.ready.set(0);
    let _ = stop_tx.send(true);
    let _ = refresher.await;
    let _ = sweeper.await;
    let _ = dispatcher.await;
    let _ = retainer.await;
    let _ = escalator.await;
    if let Some(metrics) = metrics {
        metrics.abort();
    }
    tracing::info!("Vigie stopped");
    Ok(result?)
}

/// Serves `/metrics` alone on `address` (a private interface) while the node runs.
async fn serve_metrics(address: std::net::SocketAddr, state: AppState) {
    let listener = match tokio::net::TcpListener::bind(address).await {
        Ok(listener) => listener,
        Err(error) => {
            tracing::error!(%error, %address, "cannot bind the metrics address; /metrics is not served");
            return;
        }
    };
    tracing::info!(%address, "metrics served");
    if let Err(error) = axum::serve(listener, http::metrics_router(state)).await {
        tracing::warn!(%error, "metrics listener stopped");
    }
}

/// Polls the jurisdictions revision and rebuilds the routing index when it moved; also
/// forgets idle throttle buckets and, in embedded mode, truncates the write-ahead log every
/// half minute.
async fn refresh_routing(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let period = Duration::from_secs(state.config.routing_refresh_secs.max(1));
    let mut last_checkpoint = tokio::time::Instant::now();
    loop {
        tokio::select! {
            _ = tokio::time::sleep(period) => {}
            _ = stop.changed() => return,
        }
        state.throttle.shrink();
        if last_checkpoint.elapsed() >= Duration::from_secs(30) {
            last_checkpoint = tokio::time::Instant::now();
            if let Err(error) = db::checkpoint(&state.db).await {
                tracing::warn!(%error, "write-ahead log checkpoint failed; will retry");
            }
        }
        if let Err(error) = state.routing.refresh(&state.db).await {
            tracing::warn!(
                error = format!("{error:#}"),
                "routing index refresh failed; keeping the current one"
            );
        }
    }
}

/// Deletes photo uploads never attached to a report, and stored objects no photo row
/// accounts for, every ten minutes.
async fn sweep_photos(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let delay = chrono::Duration::hours(state.config.photo_unattached_hours);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(Duration::from_secs(600)) => {}
            _ = stop.changed() => return,
        }
        match media::service::sweep(state.photo_service(), delay).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "unattached photo uploads deleted"),
            Err(error) => tracing::warn!(error = %error, "photo sweep failed"),
        }
        // An hour's grace: an object that young may belong to an attach in progress.
        match media::service::sweep_orphans(state.photo_service(), chrono::Duration::hours(1)).await {
            Ok(0) => {}
            Ok(count) => tracing::info!(count, "stored objects without a photo row deleted"),
            Err(error) => tracing::warn!(error = %error, "orphan object sweep failed"),
        }
    }
}

/// Runs retention every `VIGIE_RETENTION_INTERVAL_SECS` (one node at a time: the others find
/// the lock taken and skip their turn).
async fn retain(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let period = Duration::from_secs(state.config.retention_interval_secs.max(60));
    let durations = privacy::retention::Durations::from_config(&state.config);
    loop {
        tokio::select! {
            _ = tokio::time::sleep(period) => {}
            _ = stop.changed() => return,
        }
        match privacy::retention::run(&state.db, state.photo_service(), durations, false).await {
            Ok(privacy::retention::Run::Done(counts)) => {
                state.metrics.retention_runs.with_label_values(&["done"]).inc();
                tracing::info!(?counts, "retention ran");
            }
            Ok(privacy::retention::Run::Busy) => {
                state.metrics.retention_runs.with_label_values(&["skipped"]).inc();
                tracing::debug!("retention runs on another node");
            }
            Err(error) => {
                state.metrics.retention_runs.with_label_values(&["failed"]).inc();
                tracing::warn!(%error, "retention failed; will retry");
            }
        }
    }
}

/// Looks for reports past their acknowledgement deadline every
/// `VIGIE_ESCALATION_INTERVAL_SECS` and tells their commander, then the admins (every node
/// looks; one tells, once: see `reports::escalation`).
async fn escalate_overdue(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let period = Duration::from_secs(state.config.brigade_work.escalation_interval_secs.max(1));
    loop {
        tokio::select! {
            _ = tokio::time::sleep(period) => {}
            _ = stop.changed() => return,
        }
        match reports::escalation::sweep(&state.db, chrono::Utc::now()).await {
            Ok(swept) if swept == reports::escalation::Swept::default() => {}
            Ok(swept) => tracing::info!(
                commanders = swept.commanders,
                admins = swept.admins,
                "overdue reports escalated"
            ),
            Err(error) => tracing::warn!(%error, "escalation sweep failed; will retry"),
        }
    }
}

/// Delivers queued SMS and pushes while the node runs (a channel without a configured
/// provider keeps its messages in the outbox); also forgets notifications past retention.
async fn dispatch_outbox(state: AppState, mut stop: tokio::sync::watch::Receiver<bool>) {
    let providers = state.providers.clone();
    if providers.sms.is_none() {
        tracing::info!("no SMS gateway configured: SMS wait in the outbox");
    }
    if providers.push.is_none() {
        tracing::info!("no FCM credentials configured: pushes wait in the outbox");
    }
    if providers.email.is_none() {
        tracing::info!(
            "no SMTP server configured: no e-mail is sent (startRegistration and requestPasswordReset are off)"
        );
    }
    let retry = notify::outbox::Retry {
        base_secs: state.config.outbox_retry_base_secs,
        max_attempts: state.config.outbox_max_attempts,
    };
    let period = notify::outbox::idle_period(&state.config);
    let mut last_purge = tokio::time::Instant::now();
    loop {
        let claimed = match notify::outbox::dispatch_due(&state.db, &providers, retry).await {
            Ok(claimed) => claimed,
            Err(error) => {
                tracing::warn!(%error, "outbox dispatch failed; will retry");
                0
            }
        };
        if last_purge.elapsed() > Duration::from_secs(3600) {
            last_purge = tokio::time::Instant::now();
            let days = state.config.notification_retention_days;
            if let Err(error) = notify::feed::purge(&state.db, days).await {
                tracing::warn!(%error, "notification purge failed");
            }
            if let Err(error) = identity::registration::purge_expired(&state.db).await {
                tracing::warn!(%error, "expired registrations purge failed");
            }
        }
        // A full batch: more may be due at once.
        if claimed as u64 >= notify::outbox::BATCH {
            continue;
        }
        tokio::select! {
            _ = tokio::time::sleep(period) => {}
            _ = stop.changed() => return,
        }
    }
}

/// Completes on SIGTERM or Ctrl-C.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(error) = tokio::signal::ctrl_c().await {
            tracing::warn!(%error, "cannot listen for Ctrl-C");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let terminate = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut signal) => {
                signal.recv().await;
            }
            Err(error) => {
                tracing::warn!(%error, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! {
        () = ctrl_c => {}
        () = terminate => {}
    }
    tracing::info!("shutdown requested");
}
