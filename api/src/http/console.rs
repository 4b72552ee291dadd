//! The consoles (brigade, commune, administration): one page and its bundle, built from
//! `api/console/` by `npm run build` and embedded here; the test command rebuilds the
//! bundle and fails if the committed one drifted from its sources. Everything is served by
//! the node — nothing from the internet — under a Content-Security-Policy that allows this
//! origin's scripts and styles only. The page talks to the public GraphQL API like any
//! client; its session lives in memory and in the `HttpOnly` refresh cookie.

use std::sync::{Arc, LazyLock};

use axum::{
    Router,
    extract::Path,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};

use super::graphiql::accepts_gzip;
use crate::config::Config;

const PAGE: &str = include_str!("../../assets/console/index.html");

/// A file of the bundle: its name under `/console/assets/`, type and bytes.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    bytes: &'static [u8],
}

static ASSETS: [Asset; 3] = [
    Asset {
        name: "console.js",
        content_type: "text/javascript; charset=utf-8",
        bytes: include_bytes!("../../assets/console/console.js"),
    },
    Asset {
        name: "console.css",
        content_type: "text/css; charset=utf-8",
        bytes: include_bytes!("../../assets/console/console.css"),
    },
    Asset {
        name: "vigie.svg",
        content_type: "image/svg+xml",
        bytes: include_bytes!("../../assets/console/vigie.svg"),
    },
];

/// Each asset gzipped once, on first request.
static GZIPPED: LazyLock<Vec<Vec<u8>>> =
    LazyLock::new(|| ASSETS.iter().map(|asset| gzip(asset.bytes)).collect());

fn gzip(bytes: &[u8]) -> Vec<u8> {
    use std::io::Write;
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::best());
    // Writing to a Vec cannot fail; an error would leave the plain bytes served instead.
    if encoder.write_all(bytes).is_err() {
        return Vec::new();
    }
    encoder.finish().unwrap_or_default()
}

/// The page's policy: scripts, styles, fonts and data from this origin; photos also from
/// the S3 origin and map tiles from the configured tile server.
fn content_security_policy(config: &Config) -> String {
    let mut images = vec!["'self'".to_owned(), "data:".to_owned(), "blob:".to_owned()];
    images.extend(config.photo_origins());
    if let Some(origin) = config.map_tile_url.as_deref().and_then(origin_of) {
        images.push(origin);
    }
    format!(
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src {}; font-src 'self'; \
         connect-src 'self'; manifest-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
        images.join(" ")
    )
}

/// `scheme://host[:port]` of a URL (or URL template).
fn origin_of(url: &str) -> Option<String> {
    let (scheme, rest) = url.split_once("://")?;
    let host = rest.split('/').next().filter(|host| !host.is_empty() && !host.contains('{'))?;
    Some(format!("{scheme}://{host}"))
}

/// The page, with the tile layer (if any) named in a `<meta>` the script reads.
fn page(config: &Config) -> String {
    let tiles = config.map_tile_url.as_deref().unwrap_or_default();
    let escaped = tiles.replace('&', "&amp;").replace('"', "&quot;").replace('<', "&lt;");
    PAGE.replace("{{TILE_URL}}", &escaped)
}

/// `/console/`, its assets, and `/` leading there.
pub fn routes<S: Clone + Send + Sync + 'static>(config: &Config) -> Router<S> {
    let policy: Arc<str> = content_security_policy(config).into();
    let page: Arc<str> = page(config).into();
    let serve_page = move || {
        let (policy, page) = (policy.clone(), page.clone());
        async move {
            let headers = [
                (header::CONTENT_TYPE, HeaderValue::from_static("text/html; charset=utf-8")),
                (
                    header::CONTENT_SECURITY_POLICY,
                    HeaderValue::from_str(&policy)
                        .unwrap_or_else(|_| HeaderValue::from_static("default-src 'none'")),
                ),
                (header::CACHE_CONTROL, HeaderValue::from_static("no-cache")),
                (header::X_CONTENT_TYPE_OPTIONS, HeaderValue::from_static("nosniff")),
                (header::REFERRER_POLICY, HeaderValue::from_static("no-referrer")),
                (header::X_FRAME_OPTIONS, HeaderValue::from_static("DENY")),
            ];
            (headers, page.to_string()).into_response()
        }
    };
    Router::new()
        .route("/", get(|| async { Redirect::to("/console/") }))
        .route("/console", get(|| async { Redirect::to("/console/") }))
        .route("/console/", get(serve_page))
        .route("/console/assets/{name}", get(asset))
}

/// An asset; the page names it with its content hash (`?v=`), so it may be cached for good.
async fn asset(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let gzipped: &'static Vec<Vec<u8>> = LazyLock::force(&GZIPPED);
    let Some((asset, gzipped)) = ASSETS.iter().zip(gzipped).find(|(asset, _)| asset.name == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    let common = [
        (header::CONTENT_TYPE, asset.content_type),
        (header::CACHE_CONTROL, "public, max-age=31536000, immutable"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (header::VARY, "accept-encoding"),
    ];
    if accepts_gzip(&headers) && !gzipped.is_empty() {
        return (common, [(header::CONTENT_ENCODING, "gzip")], gzipped.as_slice()).into_response();
    }
    (common, asset.bytes).into_response()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn origins_are_cut_from_urls_and_templates() {
        assert_eq!(
            origin_of("https://tiles.example:8443/{z}/{x}/{y}.png").as_deref(),
            Some("https://tiles.example:8443")
        );
        assert_eq!(origin_of("https://{s}.tiles.example/{z}/{x}/{y}.png"), None);
        assert_eq!(origin_of("not a url"), None);
    }

    #[test]
    fn every_asset_compresses_and_the_page_names_each_one() {
        for (asset, gzipped) in ASSETS.iter().zip(GZIPPED.iter()) {
            assert!(!gzipped.is_empty() && gzipped.len() < asset.bytes.len(), "{}", asset.name);
        }
        for name in ["console.js", "console.css"] {
            assert!(PAGE.contains(&format!("/console/assets/{name}?v=")), "{name}");
        }
    }
}
