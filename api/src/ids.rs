//! Newtype identifiers: a `BrigadeId` cannot be passed where a `UserId` is expected.

use async_graphql::ID;
use uuid::Uuid;

use crate::error::AppError;

macro_rules! uuid_id {
    ($(#[$doc:meta])* $name:ident) => {
        $(#[$doc])*
        #[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub struct $name(pub Uuid);

        impl $name {
            /// A new time-ordered id (UUIDv7: inserts stay local in B-tree indexes).
            pub fn generate() -> Self {
                Self(Uuid::now_v7())
            }

            /// Parses a GraphQL `ID`; a malformed one is a `BAD_USER_INPUT` on `field`.
            pub fn parse(id: &ID, field: &str) -> Result<Self, AppError> {
                Uuid::parse_str(id.as_str())
                    .map(Self)
                    .map_err(|_| AppError::bad_input(field, "Identifiant invalide."))
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                self.0.fmt(f)
            }
        }
    };
}

uuid_id!(
    /// A brigade, police station or municipal police service.
    BrigadeId
);
uuid_id!(
    /// An account.
    UserId
);
uuid_id!(
    /// A report.
    ReportId
);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_round_trips_through_graphql() {
        let id = BrigadeId::generate();
        assert_eq!(BrigadeId::parse(&ID::from(id), "brigadeId").expect("valid"), id);
    }

    #[test]
    fn a_malformed_id_is_a_field_error() {
        let error = UserId::parse(&ID("nope".into()), "userId").expect_err("invalid");
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "userId"));
    }
}
