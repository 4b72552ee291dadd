//! The one error model: every failure a client can see is an [`AppError`] whose variant maps
//! 1:1 onto a contract code, set as `extensions.code` in exactly one place.

pub mod codes;
pub mod outage;

/// The stable error codes of the API contract.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum ErrorCode {
    Unauthenticated,
    TotpRequired,
    Forbidden,
    NotFound,
    BadUserInput,
    Conflict,
    EnrolmentPending,
    OutsideCoverage,
    CommuneNotParticipating,
    InvalidTransition,
    RateLimited,
    EmergencyDiversion,
    QueryTooComplex,
    Timeout,
    Unavailable,
    PersistedQueryNotFound,
    Internal,
}

impl ErrorCode {
    const ALL: [Self; 17] = [
        Self::Unauthenticated,
        Self::TotpRequired,
        Self::Forbidden,
        Self::NotFound,
        Self::BadUserInput,
        Self::Conflict,
        Self::EnrolmentPending,
        Self::OutsideCoverage,
        Self::CommuneNotParticipating,
        Self::InvalidTransition,
        Self::RateLimited,
        Self::EmergencyDiversion,
        Self::QueryTooComplex,
        Self::Timeout,
        Self::Unavailable,
        Self::PersistedQueryNotFound,
        Self::Internal,
    ];

    /// The code of a wire form (a closed set: a metrics label).
    pub fn from_wire(code: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|known| known.as_str() == code)
    }

    /// The wire form, as in `extensions.code`.
    pub fn as_str(self) -> &'static str {
        match self {
            Self::Unauthenticated => "UNAUTHENTICATED",
            Self::TotpRequired => "TOTP_REQUIRED",
            Self::Forbidden => "FORBIDDEN",
            Self::NotFound => "NOT_FOUND",
            Self::BadUserInput => "BAD_USER_INPUT",
            Self::Conflict => "CONFLICT",
            Self::EnrolmentPending => "ENROLLMENT_PENDING",
            Self::OutsideCoverage => "OUTSIDE_COVERAGE",
            Self::CommuneNotParticipating => "COMMUNE_NOT_PARTICIPATING",
            Self::InvalidTransition => "INVALID_TRANSITION",
            Self::RateLimited => "RATE_LIMITED",
            Self::EmergencyDiversion => "EMERGENCY_DIVERSION",
            Self::QueryTooComplex => "QUERY_TOO_COMPLEX",
            Self::Timeout => "TIMEOUT",
            Self::Unavailable => "UNAVAILABLE",
            Self::PersistedQueryNotFound => "PERSISTED_QUERY_NOT_FOUND",
            Self::Internal => "INTERNAL",
        }
    }
}

/// Everything that can go wrong while serving a request. Messages are French: they may be
/// shown to the user as they are.
#[derive(Debug, thiserror::Error)]
pub enum AppError {
    #[error("Authentification requise ou jeton invalide.")]
    Unauthenticated,
    #[error("Adresse électronique ou mot de passe incorrect.")]
    InvalidCredentials,
    /// The password was right; the account's second factor is wanted (`totpCode`).
    #[error("Code de vérification requis : saisissez le code de votre application d'authentification.")]
    TotpRequired,
    /// The account's département requires a second factor it has not enrolled yet.
    #[error(
        "La double authentification est exigée dans votre département : activez-la (setTotp) avant de continuer."
    )]
    TotpEnrolmentRequired,
    #[error("Action non autorisée.")]
    Forbidden,
    /// An operation this deployment does not offer (the message says which, and what to
    /// use instead).
    #[error("{0}")]
    NotOffered(&'static str),
    #[error("Ce compte est suspendu ; contactez votre mairie.")]
    Suspended,
    #[error("{0} introuvable.")]
    NotFound(&'static str),
    #[error("{message}")]
    BadUserInput { field: String, message: String },
    #[error("{0}")]
    Conflict(String),
    #[error("Votre inscription n'a pas encore été validée par votre commune.")]
    EnrolmentPending,
    #[error("Ce lieu n'est couvert par aucune commune connue de Vigie.")]
    OutsideCoverage,
    #[error("La commune {0} ne participe pas au dispositif de participation citoyenne.")]
    CommuneNotParticipating(String),
    #[error("{0}")]
    InvalidTransition(String),
    /// The category sends the resident to an emergency number instead (the message says
    /// which): the app offers the call.
    #[error("{0}")]
    EmergencyDiversion(String),
    #[error("L'opération a pris trop de temps.")]
    TimedOut,
    /// An operation over the node's cost budget: its price and the budget go with the
    /// error (`extensions.cost`, `extensions.budget`), so a client knows how much to cut.
    #[error("Requête trop coûteuse ({cost} pour {budget} au plus) : demandez moins d'éléments ou de champs.")]
    OverBudget { cost: u64, budget: u64 },
    /// An operation refused for its shape, or an answer past its ceiling.
    #[error("{0}")]
    TooComplex(String),
    /// With the seconds to wait before trying again.
    #[error("Trop de tentatives ; réessayez plus tard.")]
    RateLimited(u64),
    /// The database could not be reached (refused, pool exhausted, busy past its budget):
    /// with the seconds after which trying again makes sense. Nothing was written.
    #[error("Service momentanément indisponible ; réessayez dans quelques secondes.")]
    Unavailable(u64),
    /// Apollo's automatic persisted queries: the hash is unknown here, send the query with
    /// it (the message is the protocol's, matched by clients).
    #[error("PersistedQueryNotFound")]
    PersistedQueryNotFound,
    #[error("Une erreur interne est survenue.")]
    Internal(#[source] anyhow::Error),
}

impl AppError {
    /// A `BAD_USER_INPUT` naming the offending field.
    pub fn bad_input(field: impl Into<String>, message: impl Into<String>) -> Self {
        Self::BadUserInput { field: field.into(), message: message.into() }
    }

    /// Wraps any unexpected failure; its chain is logged, never sent. A database that could
    /// not be reached, anywhere in the chain, is [`AppError::Unavailable`] instead.
    pub fn internal(error: impl Into<anyhow::Error>) -> Self {
        let error = error.into();
        if error.chain().any(outage::is_outage) {
            tracing::warn!(error = format!("{error:#}"), "database unavailable");
            return Self::Unavailable(outage::RETRY_AFTER_SECS);
        }
        Self::Internal(error)
    }

    pub fn code(&self) -> ErrorCode {
        match self {
            Self::Unauthenticated | Self::InvalidCredentials => ErrorCode::Unauthenticated,
            Self::TotpRequired | Self::TotpEnrolmentRequired => ErrorCode::TotpRequired,
            Self::Forbidden | Self::Suspended | Self::NotOffered(_) => ErrorCode::Forbidden,
            Self::NotFound(_) => ErrorCode::NotFound,
            Self::BadUserInput { .. } => ErrorCode::BadUserInput,
            Self::Conflict(_) => ErrorCode::Conflict,
            Self::EnrolmentPending => ErrorCode::EnrolmentPending,
            Self::OutsideCoverage => ErrorCode::OutsideCoverage,
            Self::CommuneNotParticipating(_) => ErrorCode::CommuneNotParticipating,
            Self::InvalidTransition(_) => ErrorCode::InvalidTransition,
            Self::RateLimited(_) => ErrorCode::RateLimited,
            Self::EmergencyDiversion(_) => ErrorCode::EmergencyDiversion,
            Self::TimedOut => ErrorCode::Timeout,
            Self::OverBudget { .. } | Self::TooComplex(_) => ErrorCode::QueryTooComplex,
            Self::Unavailable(_) => ErrorCode::Unavailable,
            Self::PersistedQueryNotFound => ErrorCode::PersistedQueryNotFound,
            Self::Internal(_) => ErrorCode::Internal,
        }
    }
}

/// What a DataLoader reports when its batch query failed.
impl From<std::sync::Arc<sea_orm::DbErr>> for AppError {
    fn from(error: std::sync::Arc<sea_orm::DbErr>) -> Self {
        if outage::db_outage(&error) {
            return Self::Unavailable(outage::RETRY_AFTER_SECS);
        }
        Self::internal(anyhow::anyhow!("{error}"))
    }
}

impl From<sea_orm::DbErr> for AppError {
    fn from(error: sea_orm::DbErr) -> Self {
        Self::internal(error)
    }
}

impl AppError {
    /// Writes `code` (and `field`) into a GraphQL error's extensions; internal errors are
    /// logged here with their whole chain. Called once per error, by the schema's
    /// error-code extension.
    pub fn annotate(&self, extensions: &mut async_graphql::ErrorExtensionValues) {
        if let Self::Internal(source) = self {
            tracing::error!(error = format!("{source:#}"), "internal error while serving a request");
        }
        extensions.set("code", self.code().as_str());
        match self {
            Self::BadUserInput { field, .. } => extensions.set("field", field.as_str()),
            Self::RateLimited(seconds) | Self::Unavailable(seconds) => {
                extensions.set("retryAfterSeconds", *seconds);
            }
            Self::OverBudget { cost, budget } => {
                extensions.set("cost", *cost);
                extensions.set("budget", *budget);
            }
            _ => {}
        }
    }
}

/// The result type of service functions.
pub type AppResult<T> = Result<T, AppError>;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bad_input_carries_its_code_and_field_to_graphql() {
        let mut extensions = async_graphql::ErrorExtensionValues::default();
        AppError::bad_input("latitude", "hors limites").annotate(&mut extensions);
        assert_eq!(extensions.get("code"), Some(&async_graphql::Value::from("BAD_USER_INPUT")));
        assert_eq!(extensions.get("field"), Some(&async_graphql::Value::from("latitude")));
    }

    #[test]
    fn internal_errors_never_reach_the_client_with_their_cause() {
        let error = AppError::internal(anyhow::anyhow!("password=hunter2 at db"));
        assert!(!error.to_string().contains("hunter2"));
    }
}
