//! GraphiQL, served whole by the node: its page, start script and style, and GraphiQL and
//! React as published on npm (`scripts/vendor-graphiql`, stored gzipped and checked against
//! `api/assets/graphiql/MANIFEST`). Nothing is fetched from the internet — prefecture and
//! gendarmerie networks are closed — and the page runs under a Content-Security-Policy
//! that allows this origin's scripts only.

use axum::{
    Router,
    extract::Path,
    http::{HeaderMap, HeaderValue, StatusCode, header},
    response::{IntoResponse, Redirect, Response},
    routing::get,
};

const PAGE: &str = include_str!("../../assets/graphiql/index.html");

/// Scripts from this origin only (none inline); GraphiQL sets inline styles on its panes.
pub const CONTENT_SECURITY_POLICY: &str = "default-src 'none'; script-src 'self'; \
     style-src 'self' 'unsafe-inline'; img-src 'self' data:; font-src 'self' data:; connect-src 'self'; \
     base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

/// An asset: its name under `/graphiql/assets/`, content type, whether it is stored
/// gzipped (then named by version, so cached for good), and its bytes.
struct Asset {
    name: &'static str,
    content_type: &'static str,
    gzipped: bool,
    bytes: &'static [u8],
}

const JS: &str = "text/javascript; charset=utf-8";
const CSS: &str = "text/css; charset=utf-8";

/// A file of `api/assets/graphiql/`: vendored ones are stored gzipped.
macro_rules! asset {
    (vendored $name:literal, $kind:expr) => {
        Asset {
            name: $name,
            content_type: $kind,
            gzipped: true,
            bytes: include_bytes!(concat!("../../assets/graphiql/", $name, ".gz")),
        }
    };
    (own $name:literal, $kind:expr) => {
        Asset {
            name: $name,
            content_type: $kind,
            gzipped: false,
            bytes: include_bytes!(concat!("../../assets/graphiql/", $name)),
        }
    };
}

const ASSETS: [Asset; 6] = [
    asset!(vendored "graphiql-3.8.3.min.js", JS),
    asset!(vendored "graphiql-3.8.3.min.css", CSS),
    asset!(vendored "react-18.3.1.min.js", JS),
    asset!(vendored "react-dom-18.3.1.min.js", JS),
    asset!(own "start.js", JS),
    asset!(own "page.css", CSS),
];

/// `/graphiql` and its assets (and `/` leading there when the consoles are off).
pub fn routes<S: Clone + Send + Sync + 'static>(home: bool) -> Router<S> {
    let router = Router::new();
    let router = if home { router.route("/", get(|| async { Redirect::to("/graphiql") })) } else { router };
    router.route("/graphiql", get(page)).route("/graphiql/assets/{name}", get(asset))
}

async fn page() -> Response {
    (
        [
            (header::CONTENT_TYPE, "text/html; charset=utf-8"),
            (header::CONTENT_SECURITY_POLICY, CONTENT_SECURITY_POLICY),
            (header::CACHE_CONTROL, "no-cache"),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
            (header::REFERRER_POLICY, "no-referrer"),
        ],
        PAGE,
    )
        .into_response()
}

async fn asset(Path(name): Path<String>, headers: HeaderMap) -> Response {
    let Some(asset) = ASSETS.iter().find(|asset| asset.name == name) else {
        return StatusCode::NOT_FOUND.into_response();
    };
    if asset.gzipped && !accepts_gzip(&headers) {
        return (StatusCode::NOT_ACCEPTABLE, "Ce fichier n'est servi que compressé (gzip).").into_response();
    }
    let cache = if asset.gzipped { "public, max-age=31536000, immutable" } else { "no-cache" };
    let mut response = (
        [
            (header::CONTENT_TYPE, asset.content_type),
            (header::CACHE_CONTROL, cache),
            (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        ],
        asset.bytes,
    )
        .into_response();
    if asset.gzipped {
        response.headers_mut().insert(header::CONTENT_ENCODING, HeaderValue::from_static("gzip"));
        response.headers_mut().insert(header::VARY, HeaderValue::from_static("accept-encoding"));
    }
    response
}

/// Whether `Accept-Encoding` takes gzip (named or `*`, with a non-zero weight).
pub(super) fn accepts_gzip(headers: &HeaderMap) -> bool {
    headers
        .get_all(header::ACCEPT_ENCODING)
        .iter()
        .filter_map(|value| value.to_str().ok())
        .flat_map(|value| value.split(','))
        .any(|coding| {
            let mut parts = coding.split(';').map(str::trim);
            let name = parts.next().unwrap_or_default();
            let refused = parts.any(|param| {
                param.strip_prefix("q=").and_then(|q| q.parse::<f32>().ok()).is_some_and(|q| q <= 0.0)
            });
            (name.eq_ignore_ascii_case("gzip") || name == "*") && !refused
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn accepting(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::ACCEPT_ENCODING, HeaderValue::from_str(value).expect("header"));
        headers
    }

    #[test]
    fn gzip_is_accepted_by_name_or_star_unless_weighted_zero() {
        assert!(accepts_gzip(&accepting("gzip, deflate, br")));
        assert!(accepts_gzip(&accepting("br;q=1.0, GZIP;q=0.5")));
        assert!(accepts_gzip(&accepting("*")));
        assert!(!accepts_gzip(&accepting("gzip;q=0")));
        assert!(!accepts_gzip(&accepting("identity")));
        assert!(!accepts_gzip(&HeaderMap::new()));
    }
}
