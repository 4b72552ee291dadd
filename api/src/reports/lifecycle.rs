//! The report state machine of the contract, in one place.
//!
//! SUBMITTED → ACKNOWLEDGED → IN_PROGRESS → RESOLVED; SUBMITTED/ACKNOWLEDGED/IN_PROGRESS →
//! REJECTED (public note required) or DUPLICATE (through `markDuplicate` only); SUBMITTED →
//! WITHDRAWN (the reporter only); RESOLVED/REJECTED → ACKNOWLEDGED (reopen, staff).

use entity::enums::ReportStatus::{self, *};

use crate::error::{AppError, AppResult};

/// Who asks for a move.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Mover {
    /// Brigade staff through `transitionReport`.
    Staff,
    /// Brigade staff through `markDuplicate`.
    StaffLinkingDuplicate,
    /// The reporter through `withdrawReport`.
    Reporter,
}

/// Whether a report in this status is still being worked.
pub fn is_open(status: ReportStatus) -> bool {
    matches!(status, Submitted | Acknowledged | InProgress)
}

/// Whether a move reopens a closed report: the one move that lets a report cycle, so the
/// one whose notifications to its reporter are rate-limited per staff member.
pub fn reopens(from: ReportStatus, to: ReportStatus) -> bool {
    matches!((from, to), (Resolved | Rejected, Acknowledged))
}

/// Checks a move; anything not listed is `INVALID_TRANSITION`.
pub fn check(from: ReportStatus, to: ReportStatus, mover: Mover, public_note: Option<&str>) -> AppResult<()> {
    let allowed = match (mover, from, to) {
        (Mover::Staff, Submitted, Acknowledged)
        | (Mover::Staff, Acknowledged, InProgress)
        | (Mover::Staff, InProgress, Resolved)
        | (Mover::Staff, Resolved | Rejected, Acknowledged) => true,
        (Mover::Staff, from, Rejected) => is_open(from),
        (Mover::StaffLinkingDuplicate, from, Duplicate) => is_open(from),
        (Mover::Reporter, Submitted, Withdrawn) => true,
        _ => false,
    };
    if !allowed {
        return Err(AppError::InvalidTransition(format!(
            "Passage de « {} » à « {} » impossible.",
            french(from),
            french(to)
        )));
    }
    if to == Rejected && public_note.is_none_or(|note| note.trim().is_empty()) {
        return Err(AppError::bad_input(
            "publicNote",
            "Un rejet doit être expliqué au déclarant (note publique).",
        ));
    }
    Ok(())
}

/// The French name of a status, for messages.
pub fn french(status: ReportStatus) -> &'static str {
    match status {
        Submitted => "transmis",
        Acknowledged => "pris en compte",
        InProgress => "en cours d'intervention",
        Resolved => "traité",
        Rejected => "rejeté",
        Duplicate => "doublon",
        Withdrawn => "retiré",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::error::ErrorCode;

    #[test]
    fn the_happy_path_is_allowed_step_by_step() {
        for (from, to) in [(Submitted, Acknowledged), (Acknowledged, InProgress), (InProgress, Resolved)] {
            assert!(check(from, to, Mover::Staff, None).is_ok(), "{from:?} → {to:?}");
        }
    }

    #[test]
    fn skipping_a_step_is_an_invalid_transition() {
        let error = check(Submitted, Resolved, Mover::Staff, None).expect_err("skip");
        assert_eq!(error.code(), ErrorCode::InvalidTransition);
    }

    #[test]
    fn a_rejection_needs_a_public_note() {
        let error = check(Acknowledged, Rejected, Mover::Staff, Some("  ")).expect_err("no note");
        assert_eq!(error.code(), ErrorCode::BadUserInput);
        assert!(check(Acknowledged, Rejected, Mover::Staff, Some("Hors compétence")).is_ok());
    }

    #[test]
    fn only_the_reporter_withdraws_and_only_while_submitted() {
        assert!(check(Submitted, Withdrawn, Mover::Reporter, None).is_ok());
        assert!(check(Acknowledged, Withdrawn, Mover::Reporter, None).is_err());
        assert!(check(Submitted, Withdrawn, Mover::Staff, None).is_err());
    }

    #[test]
    fn duplicates_go_through_mark_duplicate_only() {
        assert!(check(InProgress, Duplicate, Mover::Staff, None).is_err());
        assert!(check(InProgress, Duplicate, Mover::StaffLinkingDuplicate, None).is_ok());
        assert!(check(Resolved, Duplicate, Mover::StaffLinkingDuplicate, None).is_err());
    }

    #[test]
    fn closed_reports_reopen_to_acknowledged_only() {
        assert!(check(Resolved, Acknowledged, Mover::Staff, None).is_ok());
        assert!(check(Rejected, Acknowledged, Mover::Staff, None).is_ok());
        assert!(check(Withdrawn, Acknowledged, Mover::Staff, None).is_err());
        assert!(check(Resolved, InProgress, Mover::Staff, None).is_err());
    }
}
