//! Newtype identifiers (defined with the entities, so rows carry them too) and their
//! parsing from GraphQL `ID`s.

use async_graphql::ID;
pub use entity::ids::{
    AlertId, BrigadeId, BroadcastId, CaseId, DeviceId, IncidentId, NotificationId, OrganisationId, PhotoId,
    ReportId, SecurityRequestId, UserId,
};
use uuid::Uuid;

use crate::error::AppError;

/// An id read from a client's GraphQL `ID`.
pub trait ParseId: Sized {
    /// Parses `id`; a malformed one is a `BAD_USER_INPUT` on `field`.
    fn parse(id: &ID, field: &str) -> Result<Self, AppError>;
}

macro_rules! parse_id {
    ($($name:ident),*) => {$(
        impl ParseId for $name {
            fn parse(id: &ID, field: &str) -> Result<Self, AppError> {
                Uuid::parse_str(id.as_str())
                    .map(Self)
                    .map_err(|_| AppError::bad_input(field, "Identifiant invalide."))
            }
        }
    )*};
}

parse_id!(
    BrigadeId,
    UserId,
    ReportId,
    PhotoId,
    CaseId,
    SecurityRequestId,
    AlertId,
    BroadcastId,
    NotificationId,
    OrganisationId,
    DeviceId,
    IncidentId
);

/// A plain UUID (a report event, a cursor's position) from a client's `ID`.
pub fn parse_uuid(id: &ID, field: &str) -> Result<Uuid, AppError> {
    Uuid::parse_str(id.as_str()).map_err(|_| AppError::bad_input(field, "Identifiant invalide."))
}

/// The placeholder account anonymised reports point to instead of their reporter (created
/// by the first anonymisation; disabled, and no password verifies against it).
pub const ANONYMOUS_REPORTER: UserId = UserId(Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_0001));

/// The placeholder account Vigie's automatic steps (an escalation) are recorded as.
pub const SYSTEM_ACTOR: UserId = UserId(Uuid::from_u128(0x0000_0000_0000_7000_8000_0000_0000_0002));

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_id_round_trips_through_graphql() {
        let id = BrigadeId::generate();
        assert_eq!(BrigadeId::parse(&ID::from(id.to_string()), "brigadeId").expect("valid"), id);
    }

    #[test]
    fn a_malformed_id_is_a_field_error() {
        let error = UserId::parse(&ID("nope".into()), "userId").expect_err("invalid");
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "userId"));
    }
}
