//! Settings that are secrets (access keys, passwords, a database URL that may carry one):
//! held in `SecretString`, never printed.

use std::{fmt, str::FromStr, sync::Arc};

use secrecy::{ExposeSecret, SecretString};

/// A secret setting (an access key, a password): never printed.
#[derive(Clone)]
pub struct Secret(Arc<SecretString>);

impl Secret {
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }
}

impl FromStr for Secret {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        Ok(Self(Arc::new(SecretString::from(value.to_owned()))))
    }
}

impl fmt::Debug for Secret {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("Secret(…)")
    }
}

/// A database URL: it may carry a password, so it is never printed.
#[derive(Clone)]
pub struct DatabaseUrl(Arc<SecretString>);

impl DatabaseUrl {
    pub fn expose(&self) -> &str {
        self.0.expose_secret()
    }

    /// The scheme alone (`postgres`, `sqlite`), safe to log.
    pub fn scheme(&self) -> &str {
        self.expose().split(':').next().unwrap_or_default()
    }
}

impl FromStr for DatabaseUrl {
    type Err = String;

    fn from_str(value: &str) -> Result<Self, Self::Err> {
        let scheme = value.split("://").next().unwrap_or_default();
        match scheme {
            "postgres" | "postgresql" | "sqlite" => Ok(Self(Arc::new(SecretString::from(value.to_owned())))),
            _ => Err("expected a postgres:// or sqlite:// URL".to_owned()),
        }
    }
}

impl fmt::Debug for DatabaseUrl {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "DatabaseUrl({}://…)", self.scheme())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_database_url_never_prints_its_password() {
        let url: DatabaseUrl = "postgres://vigie:s3cret@db/vigie".parse().expect("valid");
        assert!(!format!("{url:?}").contains("s3cret"));
        assert_eq!(url.scheme(), "postgres");
    }

    #[test]
    fn an_unknown_database_scheme_is_refused() {
        assert!("mysql://db/vigie".parse::<DatabaseUrl>().is_err());
    }
}
