//! GraphQL over websocket (`graphql-transport-ws`), under the same rules as HTTP. The
//! token from `connection_init` is kept, not the viewer: every operation is authorised when
//! it starts (token validity and the account re-read), and the socket is closed when the
//! token expires (4401) or the account's sessions end — suspended, disabled, moved, a new
//! password, logout everywhere (4403: at once, on the bus notice the change commits with;
//! also re-checked every few seconds as a safety net). An init that never comes closes the socket (4408); a refused one too (4403).
//! Each socket has a message size limit (the HTTP body limit), a bound on the operations
//! it runs at once, a time limit per query or mutation, and keep-alive pings.

use std::{
    net::{IpAddr, SocketAddr},
    sync::{
        Arc, OnceLock,
        atomic::{AtomicBool, AtomicUsize, Ordering},
    },
    time::Duration,
};

use async_graphql::{
    Data,
    futures_util::{SinkExt, StreamExt, future::ready},
    http::{ALL_WEBSOCKET_PROTOCOLS, WebSocket as GraphQLSocket, WebSocketProtocols, WsMessage},
};
use axum::{
    extract::{
        ConnectInfo, State, WebSocketUpgrade,
        ws::{CloseFrame, Message, WebSocket},
    },
    http::{HeaderMap, StatusCode, header::SEC_WEBSOCKET_PROTOCOL},
    response::{IntoResponse, Response as HttpResponse},
};
use serde_json::Value;
use tokio::sync::{broadcast::error::RecvError, watch};

mod executor;

use self::executor::SocketExecutor;
use super::Http;
use crate::{
    bus::Notice, client_ip, error::AppError, identity::tokens::Access, identity::viewer, state::AppState,
};

/// graphql-ws close codes.
pub(super) const UNAUTHORIZED: u16 = 4401;
pub(super) const FORBIDDEN: u16 = 4403;
/// Read and write buffer of a socket.
const SOCKET_BUFFER: usize = 4 * 1024;
/// Outgoing bytes a socket may have waiting before it is closed.
const MAX_PENDING_WRITE: usize = 4 * 1024 * 1024;
const INIT_TIMEOUT: u16 = 4408;
/// Why a socket whose account can no longer act is closed.
const ENDED: &str = "Compte suspendu ou désactivé, ou session terminée.";
/// RFC 6455 close codes.
const PROTOCOL_ERROR: u16 = 1002;
const GOING_AWAY: u16 = 1001;
const TOO_BIG: u16 = 1009;

/// Who the socket speaks for, fixed at `connection_init`.
#[derive(Debug)]
pub(super) enum Auth {
    Anonymous,
    Token { token: String, access: Access },
}

/// What the socket's loop, its init callback and its executor share.
#[derive(Debug, Default)]
pub(super) struct Session {
    pub(super) auth: OnceLock<Auth>,
    pub(super) init_refused: AtomicBool,
    pub(super) operations: AtomicUsize,
}

impl Session {
    fn access(&self) -> Option<Access> {
        match self.auth.get()? {
            Auth::Token { access, .. } => Some(*access),
            Auth::Anonymous => None,
        }
    }
}

/// A close the loop must send.
pub(super) type Close = Option<(u16, &'static str)>;

/// `GET /graphql/ws`.
pub async fn graphql_ws(
    State(http): State<Http>,
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    axum::Extension(request_id): axum::Extension<crate::http::observe::RequestId>,
    headers: HeaderMap,
    upgrade: WebSocketUpgrade,
) -> HttpResponse {
    let Some(protocol) = protocol(&headers) else {
        return (StatusCode::BAD_REQUEST, "sous-protocole graphql-transport-ws attendu").into_response();
    };
    let client_ip = client_ip::resolve(&http.state.config.trusted_proxies, &headers, peer);
    let max = http.state.config.max_request_bytes;
    upgrade
        .protocols(ALL_WEBSOCKET_PROTOCOLS)
        .max_message_size(max)
        .max_frame_size(max)
        // Sockets mostly sit idle and carry messages of a few hundred bytes: the 128 KiB
        // buffers each side gets by default made an open subscription cost ~150 KiB.
        .read_buffer_size(SOCKET_BUFFER)
        .write_buffer_size(SOCKET_BUFFER)
        // A client that stops reading cannot make the node buffer without end.
        .max_write_buffer_size(MAX_PENDING_WRITE)
        .on_upgrade(move |socket| serve(socket, http, protocol, client_ip, request_id))
}

/// The sub-protocol the upgrade selects: our first preference the client offers.
fn protocol(headers: &HeaderMap) -> Option<WebSocketProtocols> {
    let offered: Vec<&str> = headers
        .get_all(SEC_WEBSOCKET_PROTOCOL)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .map(str::trim)
        .collect();
    ALL_WEBSOCKET_PROTOCOLS
        .iter()
        .find(|ours| offered.iter().any(|theirs| theirs.eq_ignore_ascii_case(ours)))
        .and_then(|protocol| protocol.parse().ok())
}

async fn serve(
    socket: WebSocket,
    http: Http,
    protocol: WebSocketProtocols,
    client_ip: IpAddr,
    request_id: crate::http::observe::RequestId,
) {
    let state = http.state.clone();
    let _open = crate::metrics::Open::new(&state.metrics.websockets_open);
    let stopping = state.lifecycle.stopping();
    tokio::pin!(stopping);
    let config = state.config.clone();
    let session = Arc::new(Session::default());
    let (close_tx, mut close_rx) = watch::channel::<Close>(None);
    let executor = SocketExecutor {
        schema: http.schema,
        state: state.clone(),
        session: session.clone(),
        close: Arc::new(close_tx),
        client_ip,
        request_id,
    };
    let (mut sink, input) = socket.split();
    // A frame the socket refuses to read (larger than the limit, malformed) ends the input;
    // the loop then closes with the matching code.
    let broken = Arc::new(OnceLock::<u16>::new());
    let input_broken = broken.clone();
    let input = input
        .take_while(move |message| {
            if let Err(error) = message {
                let too_big = error.to_string().contains("too long");
                let _ = input_broken.set(if too_big { TOO_BIG } else { PROTOCOL_ERROR });
            }
            ready(message.is_ok())
        })
        .filter_map(|message| {
            ready(match message {
                Ok(Message::Text(text)) => Some(axum::body::Bytes::from(text)),
                Ok(Message::Binary(bytes)) => Some(bytes),
                _ => None,
            })
        });
    let init_session = session.clone();
    let init_state = state.clone();
    let mut graphql = GraphQLSocket::new(executor, input, protocol)
        .on_connection_init(move |payload| init(init_state, init_session, payload));

    let init_deadline = tokio::time::sleep(Duration::from_secs(config.ws_init_timeout_secs));
    tokio::pin!(init_deadline);
    let every = |secs: u64| {
        let period = Duration::from_secs(secs.max(1));
        tokio::time::interval_at(tokio::time::Instant::now() + period, period)
    };
    // Subscribed before any operation starts: a notice that ends this account's sessions is
    // seen here no later than any event a subscription of the socket could deliver after it.
    let mut notices = state.bus.subscribe();
    let mut listening = true;
    let mut recheck = every(config.ws_recheck_secs);
    let mut ping = every(config.ws_ping_secs);
    let far = Duration::from_secs(86_400 * 365);
    let close: Close = loop {
        let access = session.access();
        let expiry = access.map_or(far, |access| until(access.expires_at));
        tokio::select! {
            // First: once the account's sessions end, nothing more goes out on this socket.
            biased;
            notice = notices.recv(), if listening && access.is_some() => match notice {
                // The account's sessions ended: the database says whether this socket's may
                // go on — awaited here, so nothing is delivered meanwhile.
                Ok(Notice::SessionsEnded { user }) if access.is_some_and(|access| access.user == user) => {
                    if let Some(access) = access
                        && matches!(viewer::session_user(&state.db, &access).await, Err(AppError::Unauthenticated))
                    {
                        break Some((FORBIDDEN, ENDED));
                    }
                }
                Ok(_) => {}
                // Notices were missed — by every socket of the node at once: one shared,
                // at most a second old, read per account (`notify::fanout`), not one each.
                Err(RecvError::Lagged(_)) => {
                    if let Some(access) = access {
                        match state.fanout.active_account(&state.db, access.user).await {
                            Ok(Some(user)) if user.session_epoch == access.epoch => {}
                            Ok(_) => break Some((FORBIDDEN, ENDED)),
                            Err(error) => tracing::warn!(%error, "socket account check failed; will retry"),
                        }
                    }
                }
                Err(RecvError::Closed) => listening = false,
            },
            message = graphql.next() => match message {
                Some(WsMessage::Text(text)) => {
                    if sink.send(Message::Text(text.into())).await.is_err() {
                        break None;
                    }
                }
                Some(WsMessage::Close(code, reason)) => {
                    let code = if session.init_refused.load(Ordering::Acquire) { FORBIDDEN } else { code };
                    let _ = sink.send(close_frame(code, &reason)).await;
                    break None;
                }
                None => break broken.get().map(|code| (*code, "Message refusé.")),
            },
            () = &mut init_deadline, if session.auth.get().is_none() => {
                break Some((INIT_TIMEOUT, "Connection initialisation timeout"));
            }
            () = tokio::time::sleep(expiry), if access.is_some() => {
                break Some((UNAUTHORIZED, "Jeton expiré : reconnectez-vous."));
            }
            _ = recheck.tick(), if access.is_some() => {
                if let Some(access) = access {
                    match viewer::session_user(&state.db, &access).await {
                        Ok(_) => {}
                        Err(AppError::Unauthenticated) => break Some((FORBIDDEN, ENDED)),
                        // The database did not answer this time (a saturated pool): an
                        // account is not suspended for that; the next check decides.
                        Err(error) => tracing::warn!(%error, "socket account check failed; will retry"),
                    }
                }
            }
            _ = ping.tick() => {
                if sink.send(Message::Ping(axum::body::Bytes::new())).await.is_err() {
                    break None;
                }
            }
            () = &mut stopping => {
                break Some((GOING_AWAY, "Le serveur redémarre : reconnectez-vous."));
            }
            Ok(()) = close_rx.changed() => {
                if let Some(close) = *close_rx.borrow() {
                    break Some(close);
                }
            }
        }
    };
    if let Some((code, reason)) = close {
        let _ = sink.send(close_frame(code, reason)).await;
    }
}

/// How long until Unix time `at`.
pub(super) fn until(at: i64) -> Duration {
    let left = at - chrono::Utc::now().timestamp();
    Duration::from_secs(u64::try_from(left).unwrap_or(0))
}

fn close_frame(code: u16, reason: &str) -> Message {
    Message::Close(Some(CloseFrame { code, reason: reason.into() }))
}

/// `connection_init`: no `authorization` is an anonymous socket; a string is a bearer
/// token, checked now; anything else is refused.
async fn init(state: AppState, session: Arc<Session>, payload: Value) -> async_graphql::Result<Data> {
    let refuse = |error: AppError| {
        session.init_refused.store(true, Ordering::Release);
        async_graphql::Error::new(error.to_string())
    };
    let authorization = match &payload {
        Value::Object(fields) => fields.get("authorization").or_else(|| fields.get("Authorization")),
        Value::Null => None,
        _ => return Err(refuse(AppError::Unauthenticated)),
    };
    let auth = match authorization {
        None | Some(Value::Null) => Auth::Anonymous,
        Some(Value::String(value)) => {
            let token = viewer::bearer_token(value).map_err(refuse)?;
            let access = state.keys.verify_access(token).map_err(refuse)?;
            viewer::session_user(&state.db, &access).await.map_err(refuse)?;
            Auth::Token { token: token.to_owned(), access }
        }
        Some(_) => return Err(refuse(AppError::Unauthenticated)),
    };
    session.auth.set(auth).map_err(|_| refuse(AppError::Unauthenticated))?;
    Ok(Data::default())
}
