//! The browser consoles' session cookie: the refresh token kept where their scripts cannot
//! read it (`HttpOnly`), sent back to the GraphQL endpoint only (`Path=/graphql`), never
//! from another site (`SameSite=Strict`), over HTTPS only (`Secure`; browsers count
//! `localhost` as secure). The access token stays in the page's memory.

use async_graphql::Context;
use axum::http::{HeaderMap, header};

use super::sessions::REFRESH_TTL_DAYS;

/// The cookie's name.
pub const NAME: &str = "vigie_refresh";

/// The refresh token of the request's cookie, if it carries one.
pub fn read(headers: &HeaderMap) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(name, _)| *name == NAME)
        .map(|(_, value)| value.trim().to_owned())
        .filter(|value| !value.is_empty())
}

/// Hands `refresh_token` to the browser in the cookie.
pub fn set(ctx: &Context<'_>, refresh_token: &str) {
    let max_age = REFRESH_TTL_DAYS * 24 * 3600;
    ctx.append_http_header(header::SET_COOKIE, attributes(refresh_token, max_age));
}

/// Tells the browser to forget the cookie.
pub fn clear(ctx: &Context<'_>) {
    ctx.append_http_header(header::SET_COOKIE, attributes("", 0));
}

fn attributes(value: &str, max_age: i64) -> String {
    format!("{NAME}={value}; Path=/graphql; Max-Age={max_age}; HttpOnly; Secure; SameSite=Strict")
}

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    #[test]
    fn the_token_is_read_from_among_other_cookies() {
        let mut headers = HeaderMap::new();
        headers.append(header::COOKIE, HeaderValue::from_static("theme=dark; vigie_refresh=abc-123 ; x=y"));
        assert_eq!(read(&headers).as_deref(), Some("abc-123"));
        let mut empty = HeaderMap::new();
        empty.append(header::COOKIE, HeaderValue::from_static("vigie_refresh=; other=1"));
        assert_eq!(read(&empty), None);
        assert_eq!(read(&HeaderMap::new()), None);
    }

    #[test]
    fn the_cookie_is_http_only_secure_strict_and_scoped_to_the_endpoint() {
        let value = attributes("t", 60);
        for part in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/graphql", "Max-Age=60"] {
            assert!(value.contains(part), "{value} lacks {part}");
        }
    }
}
