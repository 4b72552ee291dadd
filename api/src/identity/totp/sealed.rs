//! Authenticator secrets sealed at rest, so that a database dump or backup alone yields
//! nobody's second factor: ChaCha20-Poly1305 (RFC 8439) under a 256-bit key kept in a file
//! beside the token signing key (`VIGIE_TOTP_KEY_FILE`, default
//! `<data dir>/keys/totp-secrets.key`, generated if missing; production nodes share one, and
//! a backup keeps it apart from the database's), with the account's id as associated data: a
//! sealed secret copied onto another account does not open. Stored as
//! `v1:` + base64url(nonce ‖ ciphertext ‖ tag). Secrets written before sealing existed
//! (plain base32) are still read, and sealed at the node's next start ([`seal_plain`]).

use std::path::Path;

use anyhow::Context as _;
use base64::{Engine, engine::general_purpose::URL_SAFE_NO_PAD};
use chacha20poly1305::{
    ChaCha20Poly1305, KeyInit, Nonce,
    aead::{Aead, Payload},
};
use data_encoding::BASE32_NOPAD;
use entity::totp_credential;
use rand::RngCore;
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};

use crate::{
    error::{AppError, AppResult},
    ids::UserId,
};

/// The prefix of a sealed secret (and its format's version).
const SEALED: &str = "v1:";
const NONCE_BYTES: usize = 12;

/// The key secrets are sealed with.
#[derive(Clone)]
pub struct SecretBox {
    cipher: ChaCha20Poly1305,
}

impl std::fmt::Debug for SecretBox {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SecretBox(…)")
    }
}

impl SecretBox {
    /// A box over `key`.
    pub fn new(key: &[u8; 32]) -> Self {
        Self { cipher: ChaCha20Poly1305::new(key.into()) }
    }

    /// The key of `path` (32 bytes, base64 on one line), created with a random key (mode
    /// 0600) when the file does not exist.
    pub fn load_or_create(path: &Path) -> anyhow::Result<Self> {
        let (text, created) = crate::config::key_file::read_or_create(path, || {
            let mut key = [0u8; 32];
            rand::rngs::OsRng.fill_bytes(&mut key);
            Ok(format!("{}\n", base64::engine::general_purpose::STANDARD.encode(key)))
        })?;
        if created {
            tracing::info!(path = %path.display(), "generated a new key for authenticator secrets");
        }
        let bytes = base64::engine::general_purpose::STANDARD
            .decode(text.trim())
            .ok()
            .and_then(|bytes| <[u8; 32]>::try_from(bytes).ok())
            .with_context(|| format!("{} is not a base64 256-bit key", path.display()))?;
        Ok(Self::new(&bytes))
    }

    /// `secret` sealed for `user`'s row.
    pub fn seal(&self, user: UserId, secret: &[u8]) -> AppResult<String> {
        let mut nonce = [0u8; NONCE_BYTES];
        rand::rngs::OsRng.fill_bytes(&mut nonce);
        let sealed = self
            .cipher
            .encrypt(Nonce::from_slice(&nonce), Payload { msg: secret, aad: user.0.as_bytes() })
            .map_err(|_| AppError::internal(anyhow::anyhow!("sealing an authenticator secret failed")))?;
        let mut bytes = nonce.to_vec();
        bytes.extend(sealed);
        Ok(format!("{SEALED}{}", URL_SAFE_NO_PAD.encode(bytes)))
    }

    /// The secret stored in `user`'s row: sealed, or plain base32 from before sealing.
    pub fn open(&self, user: UserId, stored: &str) -> AppResult<Vec<u8>> {
        let Some(sealed) = stored.strip_prefix(SEALED) else {
            return BASE32_NOPAD.decode(stored.as_bytes()).map_err(AppError::internal);
        };
        let unreadable =
            || AppError::internal(anyhow::anyhow!("an authenticator secret does not open with this key"));
        let bytes = URL_SAFE_NO_PAD.decode(sealed).map_err(|_| unreadable())?;
        if bytes.len() < NONCE_BYTES {
            return Err(unreadable());
        }
        let (nonce, ciphertext) = bytes.split_at(NONCE_BYTES);
        self.cipher
            .decrypt(Nonce::from_slice(nonce), Payload { msg: ciphertext, aad: user.0.as_bytes() })
            .map_err(|_| unreadable())
    }
}

/// Seals the secrets still stored in plain base32; returns how many. Each row is rewritten
/// only if it still holds what was read, so nodes starting together do not fight.
pub async fn seal_plain(db: &DatabaseConnection, secrets: &SecretBox) -> AppResult<u64> {
    let plain = totp_credential::Entity::find()
        .filter(totp_credential::Column::Secret.not_like(format!("{SEALED}%")))
        .all(db)
        .await?;
    let mut sealed = 0;
    for row in plain {
        let secret = secrets.open(row.user_id, &row.secret)?;
        let updated = totp_credential::Entity::update_many()
            .col_expr(totp_credential::Column::Secret, Expr::value(secrets.seal(row.user_id, &secret)?))
            .filter(totp_credential::Column::UserId.eq(row.user_id))
            .filter(totp_credential::Column::Secret.eq(row.secret))
            .exec(db)
            .await?;
        sealed += updated.rows_affected;
    }
    Ok(sealed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn secret_box() -> SecretBox {
        SecretBox::new(&[7u8; 32])
    }

    #[test]
    fn a_sealed_secret_opens_for_its_account_only() {
        let (alice, bob) = (UserId::generate(), UserId::generate());
        let sealed = secret_box().seal(alice, b"twenty bytes secret!").expect("sealed");
        assert!(sealed.starts_with("v1:"));
        assert!(!sealed.contains("twenty"));
        assert_eq!(secret_box().open(alice, &sealed).expect("opens"), b"twenty bytes secret!");
        assert!(secret_box().open(bob, &sealed).is_err(), "copied onto another account");
        assert!(SecretBox::new(&[8u8; 32]).open(alice, &sealed).is_err(), "another key");
    }

    #[test]
    fn a_tampered_or_truncated_secret_is_refused() {
        let user = UserId::generate();
        let sealed = secret_box().seal(user, b"secret").expect("sealed");
        let mut tampered = sealed.clone().into_bytes();
        let last = tampered.len() - 1;
        tampered[last] = if tampered[last] == b'A' { b'B' } else { b'A' };
        assert!(secret_box().open(user, std::str::from_utf8(&tampered).expect("utf-8")).is_err());
        assert!(secret_box().open(user, "v1:AAAA").is_err());
        assert!(secret_box().open(user, "v1:").is_err());
    }

    #[test]
    fn a_secret_stored_before_sealing_still_reads() {
        let plain = BASE32_NOPAD.encode(b"old secret");
        assert_eq!(secret_box().open(UserId::generate(), &plain).expect("reads"), b"old secret");
    }
}
