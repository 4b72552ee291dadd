//! Access tokens: short-lived JWTs signed with Ed25519 (`EdDSA`), the algorithm pinned, the
//! key named by `kid` so keys can rotate. The embedded mode generates its key pair in the
//! data directory; production nodes share one key file (see the README).

use std::{collections::HashMap, path::Path};

use anyhow::Context;
use ed25519_dalek::{
    SigningKey, VerifyingKey,
    pkcs8::{DecodePrivateKey, DecodePublicKey, EncodePrivateKey, spki::der::pem::LineEnding},
};
use jsonwebtoken::{Algorithm, DecodingKey, EncodingKey, Header, Validation};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{error::AppError, ids::UserId};

/// Who issues and who accepts Vigie's access tokens.
pub const ISSUER: &str = "vigie";
pub const AUDIENCE: &str = "vigie-api";

/// The claims of an access token.
#[derive(Debug, Serialize, Deserialize)]
pub struct Claims {
    pub iss: String,
    pub aud: String,
    pub sub: String,
    pub iat: i64,
    pub nbf: i64,
    pub exp: i64,
    pub jti: String,
    /// The account's session epoch when issued (absent in tokens from before: 0).
    #[serde(default)]
    pub sep: i32,
}

/// What a valid access token says.
#[derive(Clone, Copy, Debug)]
pub struct Access {
    pub user: UserId,
    /// Unix seconds.
    pub expires_at: i64,
    /// The account's session epoch it was issued under.
    pub epoch: i32,
}

/// The signing key and every key tokens may be verified with.
pub struct TokenKeys {
    kid: String,
    signing: EncodingKey,
    verifying: HashMap<String, DecodingKey>,
    access_ttl_secs: i64,
    /// Derives a refresh token's successor (see [`Self::successor`]); from the signing key,
    /// so every node sharing the key derives the same.
    successor_key: [u8; 32],
}

impl std::fmt::Debug for TokenKeys {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("TokenKeys").field("kid", &self.kid).finish_non_exhaustive()
    }
}

/// The `kid` of a public key: the first 16 hex digits of its SHA-256.
fn kid_of(key: &VerifyingKey) -> String {
    Sha256::digest(key.as_bytes()).iter().take(8).map(|byte| format!("{byte:02x}")).collect()
}

impl TokenKeys {
    /// Builds from a signing key; `previous` public keys still verify (rotation).
    pub fn new(key: &SigningKey, previous: &[VerifyingKey], access_ttl_secs: i64) -> anyhow::Result<Self> {
        let der = key.to_pkcs8_der().context("encoding the signing key")?;
        let mut verifying = HashMap::new();
        for public in std::iter::once(&key.verifying_key()).chain(previous) {
            verifying.insert(kid_of(public), DecodingKey::from_ed_der(public.as_bytes()));
        }
        Ok(Self {
            kid: kid_of(&key.verifying_key()),
            signing: EncodingKey::from_ed_der(der.as_bytes()),
            verifying,
            access_ttl_secs,
            successor_key: Sha256::new()
                .chain_update(b"vigie refresh-token successor\0")
                .chain_update(key.to_bytes())
                .finalize()
                .into(),
        })
    }

    /// The refresh token that replaces `token` when it is rotated: a keyed digest of it, so
    /// concurrent refreshes of one token all receive the same successor, and nobody without
    /// the signing key can compute it.
    pub fn successor(&self, token: &str) -> String {
        use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
        use hmac::{Hmac, Mac};
        let mac = Hmac::<Sha256>::new_from_slice(&self.successor_key)
            .map(|mac| mac.chain_update(token.as_bytes()).finalize().into_bytes());
        // HMAC accepts keys of any length: the error arm cannot happen.
        mac.map_or_else(|_| String::new(), |digest| URL_SAFE_NO_PAD.encode(digest))
    }

    /// Reads the PKCS#8 PEM private key at `path`, generating it (mode 0600) if missing.
    pub fn load_or_create(
        path: &Path,
        previous: &[std::path::PathBuf],
        access_ttl_secs: i64,
    ) -> anyhow::Result<Self> {
        let (pem, created) = crate::config::key_file::read_or_create(path, || {
            let pem = generate_key().to_pkcs8_pem(LineEnding::LF).context("encoding the signing key")?;
            Ok(pem.to_string())
        })?;
        if created {
            tracing::info!(path = %path.display(), "generated a new token signing key");
        }
        let key = SigningKey::from_pkcs8_pem(&pem)
            .with_context(|| format!("{} is not an Ed25519 PKCS#8 key", path.display()))?;
        let previous = previous
            .iter()
            .map(|file| {
                let pem =
                    std::fs::read_to_string(file).with_context(|| format!("reading {}", file.display()))?;
                VerifyingKey::from_public_key_pem(&pem)
                    .with_context(|| format!("{} is not an Ed25519 public key", file.display()))
            })
            .collect::<anyhow::Result<Vec<_>>>()?;
        Self::new(&key, &previous, access_ttl_secs)
    }

    /// How long an access token lives, in seconds.
    pub fn access_ttl_secs(&self) -> i64 {
        self.access_ttl_secs
    }

    /// Signs an access token for `user`, under the account's session epoch.
    pub fn issue(&self, user: UserId, epoch: i32) -> Result<String, AppError> {
        let now = chrono::Utc::now().timestamp();
        let claims = Claims {
            iss: ISSUER.to_owned(),
            aud: AUDIENCE.to_owned(),
            sub: user.to_string(),
            iat: now,
            nbf: now,
            exp: now + self.access_ttl_secs,
            jti: uuid::Uuid::new_v4().to_string(),
            sep: epoch,
        };
        let mut header = Header::new(Algorithm::EdDSA);
        header.kid = Some(self.kid.clone());
        jsonwebtoken::encode(&header, &claims, &self.signing).map_err(AppError::internal)
    }

    /// Verifies an access token: EdDSA only, a known `kid`, our issuer and audience, within
    /// its validity. Anything else is `UNAUTHENTICATED`.
    pub fn verify(&self, token: &str) -> Result<UserId, AppError> {
        self.verify_access(token).map(|access| access.user)
    }

    /// Like [`Self::verify`], with the token's expiry (a websocket closes then) and session
    /// epoch (checked against the account's by the viewer).
    pub fn verify_access(&self, token: &str) -> Result<Access, AppError> {
        let header = jsonwebtoken::decode_header(token).map_err(|_| AppError::Unauthenticated)?;
        if header.alg != Algorithm::EdDSA {
            return Err(AppError::Unauthenticated);
        }
        let key =
            header.kid.as_deref().and_then(|kid| self.verifying.get(kid)).ok_or(AppError::Unauthenticated)?;
        let mut validation = Validation::new(Algorithm::EdDSA);
        validation.algorithms = vec![Algorithm::EdDSA];
        validation.set_issuer(&[ISSUER]);
        validation.set_audience(&[AUDIENCE]);
        validation.set_required_spec_claims(&["exp", "nbf", "iss", "aud", "sub"]);
        validation.validate_nbf = true;
        // Nodes keep NTP time: a few seconds cover their skew, no more (an expired token
        // must stop working, over HTTP and on an open websocket alike).
        validation.leeway = 5;
        let data =
            jsonwebtoken::decode::<Claims>(token, key, &validation).map_err(|_| AppError::Unauthenticated)?;
        let user = uuid::Uuid::parse_str(&data.claims.sub).map_err(|_| AppError::Unauthenticated)?;
        Ok(Access { user: UserId(user), expires_at: data.claims.exp, epoch: data.claims.sep })
    }
}

/// A fresh Ed25519 key from the operating system's randomness.
pub fn generate_key() -> SigningKey {
    use rand::RngCore;
    let mut secret = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut secret);
    SigningKey::from_bytes(&secret)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys() -> TokenKeys {
        TokenKeys::new(&generate_key(), &[], 900).expect("keys")
    }

    #[test]
    fn an_issued_token_verifies_to_its_user() {
        let keys = keys();
        let user = UserId::generate();
        assert_eq!(keys.verify(&keys.issue(user, 0).expect("issued")).expect("valid"), user);
    }

    #[test]
    fn a_token_signed_by_another_key_is_refused() {
        let token = keys().issue(UserId::generate(), 0).expect("issued");
        assert!(matches!(keys().verify(&token), Err(AppError::Unauthenticated)));
    }

    #[test]
    fn a_previous_key_still_verifies_after_rotation() {
        let old = generate_key();
        let token =
            TokenKeys::new(&old, &[], 900).expect("keys").issue(UserId::generate(), 0).expect("issued");
        let new = generate_key();
        let rotated = TokenKeys::new(&new, &[old.verifying_key()], 900).expect("keys");
        assert!(rotated.verify(&token).is_ok());
    }
}
