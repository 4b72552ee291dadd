//! Each socket's operations, run one by one with a viewer resolved when each starts (the
//! token re-checked, the account re-read); a refusal tells the socket's loop to close.

use std::{
    net::IpAddr,
    sync::{Arc, atomic::Ordering},
    time::Duration,
};

use async_graphql::{
    Data, Executor, Request, Response,
    futures_util::{
        StreamExt,
        future::ready,
        stream::{self, BoxStream},
    },
    parser::types::OperationType,
};
use tokio::sync::watch;

use super::{Auth, Close, FORBIDDEN, Session, UNAUTHORIZED, until};
use crate::{
    error::AppError,
    graphql::{self, VigieSchema},
    identity::RequestContext,
    identity::viewer::{self, Viewer},
    loaders,
    state::AppState,
};

/// Runs each operation of one socket with a viewer resolved for it.
#[derive(Clone)]
pub(super) struct SocketExecutor {
    pub(super) schema: VigieSchema,
    pub(super) state: AppState,
    pub(super) session: Arc<Session>,
    pub(super) close: Arc<watch::Sender<Close>>,
    pub(super) client_ip: IpAddr,
    /// The id of the upgrade request: every error of the socket carries it.
    pub(super) request_id: crate::http::observe::RequestId,
}

/// One of the socket's running operations; gives its place back when dropped.
struct Slot(Arc<Session>);

impl Drop for Slot {
    fn drop(&mut self) {
        self.0.operations.fetch_sub(1, Ordering::AcqRel);
    }
}

impl SocketExecutor {
    /// The viewer for an operation starting now; on refusal, the socket is told to close.
    async fn viewer(&self) -> Result<Viewer, AppError> {
        let Some(Auth::Token { token, access }) = self.session.auth.get() else {
            return Ok(Viewer::Anonymous);
        };
        let expired = || until(access.expires_at).is_zero();
        if expired() {
            self.close.send_replace(Some((UNAUTHORIZED, "Jeton expiré : reconnectez-vous.")));
            return Err(AppError::Unauthenticated);
        }
        match viewer::for_token(&self.state.db, &self.state.keys, token).await {
            Ok((viewer, _)) => Ok(viewer),
            Err(AppError::Unauthenticated) => {
                let close = if expired() {
                    (UNAUTHORIZED, "Jeton expiré : reconnectez-vous.")
                } else {
                    (FORBIDDEN, "Compte suspendu ou désactivé.")
                };
                self.close.send_replace(Some(close));
                Err(AppError::Unauthenticated)
            }
            Err(error) => Err(error),
        }
    }

    async fn start(self, request: Request) -> BoxStream<'static, Response> {
        let config = &self.state.config;
        let running = self.session.operations.fetch_add(1, Ordering::AcqRel);
        let slot = Slot(self.session.clone());
        if running >= config.ws_max_operations {
            // Another may start as soon as one ends.
            return single(graphql::error_response(AppError::RateLimited(1)));
        }
        let viewer = match self.viewer().await {
            Ok(viewer) => viewer,
            Err(error) => return single(graphql::error_response(error)),
        };
        let subscription = is_subscription(&request);
        let context = RequestContext {
            viewer,
            client_ip: Some(self.client_ip),
            refresh_cookie: None,
            cookie_writable: false,
            over_websocket: true,
        };
        let request = loaders::attach(request, &self.state.db, &context).data(context);
        if subscription {
            let open = crate::metrics::Open::new(&self.state.metrics.subscriptions_open);
            return self
                .schema
                .execute_stream(request)
                .map(move |response| {
                    let _running = (&slot, &open);
                    response
                })
                .boxed();
        }
        let limit = Duration::from_secs(config.request_timeout_secs);
        let response = tokio::time::timeout(limit, self.schema.execute(request))
            .await
            .unwrap_or_else(|_| graphql::error_response(AppError::TimedOut));
        drop(slot);
        single(response)
    }
}

fn single(response: Response) -> BoxStream<'static, Response> {
    stream::once(ready(response)).boxed()
}

/// Whether the request runs a subscription (unparseable: no, execution will say why).
fn is_subscription(request: &Request) -> bool {
    async_graphql::parser::parse_query(&request.query).is_ok_and(|document| {
        let operations = &document.operations;
        match &request.operation_name {
            Some(name) => operations.iter().any(|(op, o)| {
                op.is_some_and(|op| op.as_str() == name) && o.node.ty == OperationType::Subscription
            }),
            None => operations.iter().next().is_some_and(|(_, o)| o.node.ty == OperationType::Subscription),
        }
    })
}

impl Executor for SocketExecutor {
    async fn execute(&self, request: Request) -> Response {
        let mut responses = self.clone().start(request).await;
        let mut response = responses.next().await.unwrap_or_default();
        crate::http::observe::stamp(&mut response, &self.request_id);
        response
    }

    fn execute_stream(&self, request: Request, _session: Option<Arc<Data>>) -> BoxStream<'static, Response> {
        let id = self.request_id.clone();
        stream::once(self.clone().start(request))
            .flatten()
            .map(move |mut response| {
                crate::http::observe::stamp(&mut response, &id);
                response
            })
            .boxed()
    }
}
