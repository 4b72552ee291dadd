//! Parsed credentials: an `Email` is normalised, a `Password` is long enough and only ever
//! leaves this module as an Argon2id hash.

use std::fmt;

use argon2::{
    Argon2, PasswordHash, PasswordHasher, PasswordVerifier,
    password_hash::{SaltString, rand_core::OsRng},
};
use secrecy::{ExposeSecret, SecretString};

use crate::error::{AppError, AppResult};

/// A normalised email address (trimmed, lower-cased).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Email(String);

impl Email {
    pub fn parse(raw: &str, field: &str) -> AppResult<Self> {
        let email = raw.trim().to_lowercase();
        let valid = email.len() <= 254
            && !email.chars().any(char::is_whitespace)
            && email.split_once('@').is_some_and(|(local, domain)| {
                !local.is_empty()
                    && !domain.contains('@')
                    && domain.contains('.')
                    && !domain.starts_with('.')
                    && !domain.ends_with('.')
            });
        if valid {
            Ok(Self(email))
        } else {
            Err(AppError::bad_input(field, "Adresse électronique invalide."))
        }
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }
}

/// A well-formed Argon2id hash of nothing anyone knows (random salt and output, no
/// computation): an account holding it has no password that verifies.
pub fn unusable_hash() -> String {
    use base64::{Engine, engine::general_purpose::STANDARD_NO_PAD};
    use rand::RngCore;
    let mut salt = [0u8; 16];
    let mut output = [0u8; 32];
    rand::rngs::OsRng.fill_bytes(&mut salt);
    rand::rngs::OsRng.fill_bytes(&mut output);
    format!(
        "$argon2id$v=19$m=19456,t=2,p=1${}${}",
        STANDARD_NO_PAD.encode(salt),
        STANDARD_NO_PAD.encode(output)
    )
}

/// A password as typed; never printed.
pub struct Password(SecretString);

impl fmt::Debug for Password {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Password(…)")
    }
}

/// Fewest characters a new password may have (ANSSI recommends 12 or more without MFA).
pub const MIN_PASSWORD_CHARS: usize = 12;
const MAX_PASSWORD_CHARS: usize = 128;

impl Password {
    /// A new password: length checked, common passwords refused.
    pub fn new(raw: String, field: &str) -> AppResult<Self> {
        let length = raw.chars().count();
        if length < MIN_PASSWORD_CHARS {
            return Err(AppError::bad_input(
                field,
                format!("Le mot de passe doit contenir au moins {MIN_PASSWORD_CHARS} caractères."),
            ));
        }
        if length > MAX_PASSWORD_CHARS {
            return Err(AppError::bad_input(field, "Le mot de passe est trop long."));
        }
        if super::common_passwords::is_common(&raw) {
            return Err(AppError::bad_input(
                field,
                "Ce mot de passe est trop courant ; choisissez-en un autre.",
            ));
        }
        Ok(Self(SecretString::from(raw)))
    }

    /// Hashes with Argon2id (default parameters) on a blocking thread.
    pub async fn hash(self) -> AppResult<String> {
        tokio::task::spawn_blocking(move || {
            let salt = SaltString::generate(&mut OsRng);
            Argon2::default()
                .hash_password(self.0.expose_secret().as_bytes(), &salt)
                .map(|hash| hash.to_string())
                .map_err(|error| AppError::internal(anyhow::anyhow!("hashing a password: {error}")))
        })
        .await
        .map_err(AppError::internal)?
    }
}

/// Whether `candidate` matches the stored Argon2 `hash` (on a blocking thread).
pub async fn verify_password(candidate: SecretString, hash: String) -> AppResult<bool> {
    tokio::task::spawn_blocking(move || {
        let parsed = PasswordHash::new(&hash)
            .map_err(|error| AppError::internal(anyhow::anyhow!("stored hash unreadable: {error}")))?;
        Ok(Argon2::default().verify_password(candidate.expose_secret().as_bytes(), &parsed).is_ok())
    })
    .await
    .map_err(AppError::internal)?
}

/// The SHA-256 of `bytes` in lowercase hex: how single-use secrets (refresh tokens, reset
/// and recovery codes) are stored, so a copy of the database spends none of them.
pub fn sha256_hex(bytes: &[u8]) -> String {
    use sha2::{Digest, Sha256};
    Sha256::digest(bytes).iter().map(|byte| format!("{byte:02x}")).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[tokio::test]
    async fn an_unusable_hash_parses_and_verifies_nothing() {
        let hash = unusable_hash();
        assert!(!verify_password(SecretString::from(String::new()), hash.clone()).await.expect("parses"));
        assert!(
            !verify_password(SecretString::from("une phrase de passe solide".to_owned()), hash)
                .await
                .expect("parses")
        );
    }

    #[test]
    fn an_email_is_trimmed_and_lower_cased() {
        assert_eq!(
            Email::parse("  Maire@Giromagny.FR ", "email").expect("valid").as_str(),
            "maire@giromagny.fr"
        );
    }

    #[test]
    fn an_email_without_a_domain_is_refused() {
        for raw in ["maire", "maire@", "@giromagny.fr", "maire@giromagny", "a b@c.fr", "a@b@c.fr"] {
            assert!(Email::parse(raw, "email").is_err(), "{raw} accepted");
        }
    }

    #[test]
    fn a_short_password_is_refused_with_its_field() {
        let error = Password::new("court".into(), "password").expect_err("too short");
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "password"));
    }

    #[test]
    fn a_common_password_is_refused() {
        let error = Password::new("Password1234".into(), "password").expect_err("common");
        assert!(error.to_string().contains("courant"));
    }

    #[tokio::test]
    async fn a_hashed_password_verifies_and_a_wrong_one_does_not() {
        let hash = Password::new("correct horse battery".into(), "password")
            .expect("valid")
            .hash()
            .await
            .expect("hashed");
        assert!(hash.starts_with("$argon2id$"));
        assert!(
            verify_password(SecretString::from("correct horse battery"), hash.clone()).await.expect("ok")
        );
        assert!(!verify_password(SecretString::from("wrong horse battery"), hash).await.expect("ok"));
    }
}
