//! Who is asking, and from where: set once per request (or websocket operation) by the HTTP
//! layer, read by the resolvers.

use std::net::IpAddr;

use async_graphql::Context;

use super::Viewer;

/// The viewer of one request and the client's address.
#[derive(Clone, Debug)]
pub struct RequestContext {
    pub viewer: Viewer,
    pub client_ip: Option<IpAddr>,
    /// The browser session cookie's refresh token (HTTP only; never on the websocket).
    pub refresh_cookie: Option<String>,
    /// Whether the request may set or clear the session cookie: HTTP `application/json`
    /// from the node's own origin or an allowed one (never the websocket).
    pub cookie_writable: bool,
    /// Whether the operation came over the websocket (which carries no cookies).
    pub over_websocket: bool,
}

/// The request context, from a resolver's context (always present: every entry point sets
/// it before executing).
pub fn request<'a>(ctx: &Context<'a>) -> &'a RequestContext {
    ctx.data_unchecked::<RequestContext>()
}
