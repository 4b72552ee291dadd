//! Which channels carry which kind of notification to an account: the defaults, the kinds
//! each role can hear, and what may not be switched off.

use entity::{
    enums::{NotificationKind, Role},
    notification_preference,
};
use sea_orm::ActiveEnum;

/// The channels chosen for one kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Channels {
    pub feed: bool,
    pub push: bool,
}

/// The kinds an account of `role` hears.
pub fn kinds_for(role: Role) -> &'static [NotificationKind] {
    use NotificationKind::*;
    match role {
        Role::Resident => &[ReportUpdate, EnrolmentDecision, AccountStatus, Broadcast],
        Role::Coordinator => &[EnrolmentRequest, InterventionAlert, SecurityRequest, ProblemCase, AbuseFlag],
        Role::BrigadeStaff => {
            &[QueueReport, QueueComment, ReportAssigned, ReportOverdue, SecurityRequest, ProblemCase]
        }
        Role::Partner => &[ProblemCase],
        Role::Admin => &[ReportOverdue],
    }
}

/// Channels without a stored choice: everything, except pushes of the brigade's queue
/// (staff work at a desk, in front of the live queue).
pub fn default_channels(kind: NotificationKind) -> Channels {
    let push = !matches!(kind, NotificationKind::QueueReport | NotificationKind::QueueComment);
    Channels { feed: true, push }
}

/// Whether the feed of `kind` stays on whatever the account chose: a reporter always hears
/// about their own reports, and a resident about their own account.
pub fn feed_required(kind: NotificationKind) -> bool {
    matches!(
        kind,
        NotificationKind::ReportUpdate
            | NotificationKind::EnrolmentDecision
            | NotificationKind::AccountStatus
    )
}

/// The channels in effect for `kind` given the stored choice.
pub fn channels(kind: NotificationKind, chosen: Option<&notification_preference::Model>) -> Channels {
    let channels =
        chosen.map_or_else(|| default_channels(kind), |row| Channels { feed: row.feed, push: row.push });
    Channels { feed: channels.feed || feed_required(kind), ..channels }
}

/// The stored name of a kind (`REPORT_UPDATE`), as the app reads it in a push's data.
pub fn kind_name(kind: NotificationKind) -> String {
    kind.to_value()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reporter_cannot_switch_off_the_feed_of_their_reports_but_may_silence_pushes() {
        let row = notification_preference::Model {
            user_id: entity::ids::UserId::generate(),
            kind: NotificationKind::ReportUpdate,
            feed: false,
            push: false,
        };
        assert_eq!(
            channels(NotificationKind::ReportUpdate, Some(&row)),
            Channels { feed: true, push: false }
        );
        let row = notification_preference::Model { kind: NotificationKind::Broadcast, ..row };
        assert_eq!(channels(NotificationKind::Broadcast, Some(&row)), Channels { feed: false, push: false });
    }

    #[test]
    fn every_kind_is_heard_by_some_role() {
        use sea_orm::Iterable;
        for kind in NotificationKind::iter() {
            let hearing = Role::iter().filter(|role| kinds_for(*role).contains(&kind)).count();
            assert!(hearing >= 1, "{kind:?}");
        }
    }
}
