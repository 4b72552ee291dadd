//! The browser consoles' session cookie: the refresh token kept where their scripts cannot
//! read it (`HttpOnly`), sent back to the GraphQL endpoint only (`Path=/graphql`), never
//! from another site (`SameSite=Strict`), over HTTPS only (`Secure`; browsers count
//! `localhost` as secure). The access token stays in the page's memory.

use async_graphql::Context;
use axum::http::{HeaderMap, header};

use super::sessions::REFRESH_TTL_DAYS;
use crate::config::Config;

/// Whether a request comes from a page the session cookie belongs to: its `Origin` is the
/// node's public origin, its own host, or one of `VIGIE_CORS_ORIGINS`; without `Origin`, a
/// browser's `Sec-Fetch-Site` says same-origin (or a typed address); a client that is no
/// browser sends neither. A page of another site — even a sibling subdomain, "same-site"
/// for `SameSite` — can neither read, set nor clear the cookie: a forged form neither signs
/// the victim in as the attacker nor out.
pub fn same_origin(headers: &HeaderMap, config: &Config) -> bool {
    let header = |name| headers.get(name).and_then(|value: &axum::http::HeaderValue| value.to_str().ok());
    if let Some(origin) = header(header::ORIGIN) {
        let origin = origin.trim().trim_end_matches('/');
        let public = config.public_url.as_deref().map(origin_of);
        let own_host = header(header::HOST).is_some_and(|host| {
            origin.strip_prefix("https://").or_else(|| origin.strip_prefix("http://")) == Some(host)
        });
        return public.is_some_and(|public| public.eq_ignore_ascii_case(origin))
            || (config.public_url.is_none() && own_host)
            || config.cors_origins.iter().any(|allowed| allowed.trim().trim_end_matches('/') == origin);
    }
    match header(axum::http::HeaderName::from_static("sec-fetch-site")) {
        Some(site) => matches!(site, "same-origin" | "none"),
        None => true,
    }
}

/// `scheme://host[:port]` of a URL.
fn origin_of(url: &str) -> &str {
    let after_scheme = url.find("://").map_or(0, |at| at + 3);
    let end = url[after_scheme..].find('/').map_or(url.len(), |at| after_scheme + at);
    &url[..end]
}

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
    fn only_the_nodes_own_origin_and_allowed_ones_may_touch_the_cookie() {
        use clap::Parser;
        #[derive(Parser)]
        struct Args {
            #[command(flatten)]
            config: Config,
        }
        let mut config = Args::parse_from(["vigie"]).config;
        config.public_url = Some("https://vigie.example/".into());
        config.cors_origins = vec!["https://console.example".into()];
        let with = |name: &'static str, value: &'static str| {
            let mut headers = HeaderMap::new();
            headers.insert(name, HeaderValue::from_static(value));
            headers
        };
        assert!(same_origin(&with("origin", "https://vigie.example"), &config));
        assert!(same_origin(&with("origin", "https://console.example"), &config));
        assert!(!same_origin(&with("origin", "https://attaquant.example"), &config));
        assert!(!same_origin(&with("origin", "https://sous.vigie.example"), &config), "a sibling is foreign");
        assert!(same_origin(&with("sec-fetch-site", "same-origin"), &config));
        assert!(!same_origin(&with("sec-fetch-site", "same-site"), &config));
        assert!(!same_origin(&with("sec-fetch-site", "cross-site"), &config));
        assert!(same_origin(&HeaderMap::new(), &config), "no browser, no cookie to forge");
    }

    #[test]
    fn the_cookie_is_http_only_secure_strict_and_scoped_to_the_endpoint() {
        let value = attributes("t", 60);
        for part in ["HttpOnly", "Secure", "SameSite=Strict", "Path=/graphql", "Max-Age=60"] {
            assert!(value.contains(part), "{value} lacks {part}");
        }
    }
}
