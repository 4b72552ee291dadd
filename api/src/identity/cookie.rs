//! The browser consoles' session cookie: the refresh token kept where their scripts cannot
//! read it (`HttpOnly`), sent back to the GraphQL endpoint only (`Path=/graphql`), never
//! from another site (`SameSite=Strict`), over HTTPS only (`Secure`; browsers count
//! `localhost` as secure). The access token stays in the page's memory.

use async_graphql::Context;
use axum::http::{HeaderMap, header};

use super::sessions::REFRESH_TTL_DAYS;

/// The cookie's name.
pub const NAME: &str = "vigie_refresh";

/// The refresh token of the request's cookie, if it carries one — on JSON requests only:
/// a page of another site (a sibling subdomain is "same-site" for `SameSite`) can post a
/// form or `text/plain` without asking, but not `application/json`, which needs CORS's
/// consent first. So a forged form never spends or ends the session.
pub fn read(headers: &HeaderMap) -> Option<String> {
    let json = headers
        .get(header::CONTENT_TYPE)
        .and_then(|value| value.to_str().ok())
        .is_some_and(|value| value.trim_start().to_ascii_lowercase().starts_with("application/json"));
    if !json {
        return None;
    }
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
        let json = |cookie: &'static str| {
            let mut headers = HeaderMap::new();
            headers.append(header::CONTENT_TYPE, HeaderValue::from_static("application/json; charset=utf-8"));
            headers.append(header::COOKIE, HeaderValue::from_static(cookie));
            headers
        };
        assert_eq!(read(&json("theme=dark; vigie_refresh=abc-123 ; x=y")).as_deref(), Some("abc-123"));
        assert_eq!(read(&json("vigie_refresh=; other=1")), None);
        assert_eq!(read(&HeaderMap::new()), None);
        // What a form of another site can send without CORS's consent: the cookie is ignored.
        for simple in ["text/plain", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded"] {
            let mut headers = json("vigie_refresh=abc-123");
            headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(simple));
            assert_eq!(read(&headers), None, "{simple}");
        }
    }

    #[test]
    fn the_cookie_is_http_only_secure_strict_and_scoped_to_the_endpoint() {
        let value = attributes("t", 60);
        for part in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/graphql", "Max-Age=60"] {
            assert!(value.contains(part), "{value} lacks {part}");
        }
    }
}
