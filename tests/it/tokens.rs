//! Attacks on access tokens: every forged, altered or stale token is `UNAUTHENTICATED`,
//! even on a public query: a bad token never falls back to anonymous.

use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use ed25519_dalek::{SigningKey, pkcs8::DecodePrivateKey, pkcs8::EncodePrivateKey};
use jsonwebtoken::{Algorithm, EncodingKey, Header};
use serde_json::{Value, json};
use vigie_tests::TestApp;

const PUBLIC_QUERY: &str = "{ categories { code } }";

struct Forge {
    key: EncodingKey,
    kid: String,
    public: Vec<u8>,
    sub: String,
}

async fn forge(app: &TestApp) -> (Forge, String) {
    let pem = std::fs::read_to_string(app.state.config.jwt_key_path()).expect("key file");
    let signing = SigningKey::from_pkcs8_pem(&pem).expect("Ed25519 key");
    let der = signing.to_pkcs8_der().expect("der");
    let valid = app.resident().await;
    let me = valid.query("{ me { id } }", json!({})).await;
    let sub = me.data()["me"]["id"].as_str().expect("id").to_owned();
    let token = app
        .anonymous()
        .query(
            "mutation { login(email: \"habitant.giromagny@vigie.test\", password: \"habitant-demo-90\") { accessToken } }",
            json!({}),
        )
        .await
        .data()["login"]["accessToken"]
        .as_str()
        .expect("token")
        .to_owned();
    let kid = jsonwebtoken::decode_header(&token).expect("header").kid.expect("kid");
    let forge = Forge {
        key: EncodingKey::from_ed_der(der.as_bytes()),
        kid,
        public: signing.verifying_key().as_bytes().to_vec(),
        sub,
    };
    (forge, token)
}

fn claims(forge: &Forge, change: Value) -> Value {
    let now = chrono::Utc::now().timestamp();
    let mut claims = json!({ "iss": "vigie", "aud": "vigie-api", "sub": forge.sub, "iat": now, "nbf": now, "exp": now + 600, "jti": "t" });
    for (key, value) in change.as_object().expect("object") {
        claims[key] = value.clone();
    }
    claims
}

fn signed(forge: &Forge, change: Value) -> String {
    let mut header = Header::new(Algorithm::EdDSA);
    header.kid = Some(forge.kid.clone());
    jsonwebtoken::encode(&header, &claims(forge, change), &forge.key).expect("signed")
}

async fn assert_refused(app: &TestApp, token: &str, what: &str) {
    let response = app.anonymous().with_token(token).query(PUBLIC_QUERY, json!({})).await;
    assert_eq!(response.error_code(), "UNAUTHENTICATED", "{what} was accepted: {}", response.body);
    assert!(response.body["data"].is_null() || response.body.get("data").is_none(), "{what} leaked data");
}

#[tokio::test]
async fn a_correctly_forged_token_is_accepted_so_the_attacks_below_mean_something() {
    let app = TestApp::spawn().await;
    let (forge, _) = forge(&app).await;
    let response =
        app.anonymous().with_token(&signed(&forge, json!({}))).query("{ me { role } }", json!({})).await;
    assert_eq!(response.data()["me"]["role"], "RESIDENT");
}

#[tokio::test]
async fn alg_none_is_refused() {
    let app = TestApp::spawn().await;
    let (forge, _) = forge(&app).await;
    let header = URL_SAFE_NO_PAD.encode(json!({ "alg": "none", "typ": "JWT", "kid": forge.kid }).to_string());
    let payload = URL_SAFE_NO_PAD.encode(claims(&forge, json!({})).to_string());
    assert_refused(&app, &format!("{header}.{payload}."), "alg=none").await;
}

#[tokio::test]
async fn an_hmac_token_keyed_with_the_public_key_is_refused() {
    let app = TestApp::spawn().await;
    let (forge, _) = forge(&app).await;
    let mut header = Header::new(Algorithm::HS256);
    header.kid = Some(forge.kid.clone());
    let token = jsonwebtoken::encode(
        &header,
        &claims(&forge, json!({})),
        &EncodingKey::from_secret(&forge.public).expect("hmac key"),
    )
    .expect("signed");
    assert_refused(&app, &token, "HS256 with the public key").await;
}

#[tokio::test]
async fn a_tampered_payload_is_refused() {
    let app = TestApp::spawn().await;
    let (forge, token) = forge(&app).await;
    let parts: Vec<&str> = token.split('.').collect();
    let mut payload: Value =
        serde_json::from_slice(&URL_SAFE_NO_PAD.decode(parts[1]).expect("base64")).expect("json");
    payload["exp"] = json!(payload["exp"].as_i64().expect("exp") + 86_400);
    let forged = format!("{}.{}.{}", parts[0], URL_SAFE_NO_PAD.encode(payload.to_string()), parts[2]);
    assert_refused(&app, &forged, "tampered payload").await;
    let _ = forge;
}

#[tokio::test]
async fn stale_foreign_and_premature_tokens_are_refused() {
    let app = TestApp::spawn().await;
    let (forge, _) = forge(&app).await;
    let now = chrono::Utc::now().timestamp();
    let cases = [
        (json!({ "exp": now - 120, "iat": now - 1000, "nbf": now - 1000 }), "expired"),
        (json!({ "iss": "un-autre-service" }), "wrong issuer"),
        (json!({ "aud": "un-autre-public" }), "wrong audience"),
        (json!({ "nbf": now + 3600 }), "not yet valid"),
        (json!({ "sub": "00000000-0000-7000-8000-000000000000" }), "unknown user"),
    ];
    for (change, what) in cases {
        assert_refused(&app, &signed(&forge, change), what).await;
    }
}

#[tokio::test]
async fn an_unknown_key_or_malformed_header_is_refused() {
    let app = TestApp::spawn().await;
    let (forge, _) = forge(&app).await;
    let other = vigie::identity::tokens::generate_key();
    let stranger = Forge {
        key: EncodingKey::from_ed_der(other.to_pkcs8_der().expect("der").as_bytes()),
        kid: forge.kid.clone(),
        public: Vec::new(),
        sub: forge.sub.clone(),
    };
    assert_refused(&app, &signed(&stranger, json!({})), "a key we never issued").await;
    for value in ["Basic YWRtaW46YWRtaW4=", "Bearer ", "Bearer abc.def.ghi", "Bearer", "Token x"] {
        let response = app.anonymous().with_authorization(value).query(PUBLIC_QUERY, json!({})).await;
        assert_eq!(response.error_code(), "UNAUTHENTICATED", "{value:?} was accepted");
    }
}
