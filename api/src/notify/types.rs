//! GraphQL shapes of notifications, devices, preferences, alerts and broadcasts.

use async_graphql::{ComplexObject, Context, Enum, ID, InputObject, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{enums, intervention_alert, notification};

use super::{broadcasts, feed};
use crate::{identity::request, notify::quiet};

/// A phone's operating system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum DevicePlatform {
    /// Reached through Firebase Cloud Messaging.
    Android,
    /// Reached through APNs.
    Ios,
}

crate::enums::mirror_enum!(DevicePlatform, enums::DevicePlatform, [Android, Ios]);

/// What a notification is about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum NotificationKind {
    /// Your report: a status change, a message from the brigade, a duplicate link, a transfer.
    ReportUpdate,
    /// Your enrolment was approved or rejected.
    EnrolmentDecision,
    /// Your account was suspended or reinstated.
    AccountStatus,
    /// A resident asks to join your commune (coordinators).
    EnrolmentRequest,
    /// An intervention in your commune, or its end (coordinators).
    InterventionAlert,
    /// A new report in your brigade's queue (staff).
    QueueReport,
    /// The reporter added information to a report of your queue (staff).
    QueueComment,
    /// Prevention or information for your commune.
    Broadcast,
    /// A security request opened or answered (référents, commanders, coordinators).
    SecurityRequest,
    /// Added to a problem case, or a meeting recorded (its members).
    ProblemCase,
    /// A report of the queue was given to you (staff).
    ReportAssigned,
    /// A report waits past its acknowledgement deadline (the brigade's commander, then the
    /// département's admins).
    ReportOverdue,
    /// The brigade flags a resident of your commune for abusive use (coordinators).
    AbuseFlag,
}

crate::enums::mirror_enum!(
    NotificationKind,
    enums::NotificationKind,
    [
        ReportUpdate,
        EnrolmentDecision,
        AccountStatus,
        EnrolmentRequest,
        InterventionAlert,
        QueueReport,
        QueueComment,
        Broadcast,
        SecurityRequest,
        ProblemCase,
        ReportAssigned,
        ReportOverdue,
        AbuseFlag
    ]
);

/// One entry of the caller's notification feed.
#[derive(SimpleObject)]
pub struct Notification {
    /// The notification's id.
    pub id: ID,
    /// What it is about.
    pub kind: NotificationKind,
    /// Its title, in French.
    pub title: String,
    /// Its text, in French.
    pub body: String,
    /// The report to open, if any.
    pub report_id: Option<ID>,
    /// The commune it concerns, if any.
    pub commune_code: Option<String>,
    /// The broadcast or intervention alert it carries, if any.
    pub subject_id: Option<ID>,
    /// Whether it is urgent (shown first, sent even in quiet hours).
    pub urgent: bool,
    /// Whether its recipient has read it.
    pub read: bool,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
}

impl From<notification::Model> for Notification {
    fn from(row: notification::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            kind: row.kind.into(),
            title: row.title,
            body: row.body,
            report_id: row.report_id.map(|id| ID(id.to_string())),
            commune_code: row.commune_code,
            subject_id: row.subject_id.map(|id| ID(id.to_string())),
            urgent: row.urgent,
            read: row.read_at.is_some(),
            created_at: row.created_at,
        }
    }
}

/// A phone registered for push.
#[derive(SimpleObject)]
pub struct Device {
    /// The device's id.
    pub id: ID,
    /// Its operating system.
    pub platform: DevicePlatform,
    /// When it was registered.
    pub created_at: DateTime<Utc>,
    /// When the app last registered it.
    pub last_seen_at: DateTime<Utc>,
}

impl From<entity::device::Model> for Device {
    fn from(row: entity::device::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            platform: row.platform.into(),
            created_at: row.created_at,
            last_seen_at: row.last_seen_at,
        }
    }
}

/// The channels of one kind of notification.
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "NotificationChannelsInput")]
pub struct NotificationChannels {
    /// The kind of notification.
    pub kind: NotificationKind,
    /// In the notification feed (always on for your own reports and account).
    pub feed: bool,
    /// Pushed to your phones.
    pub push: bool,
}

/// Hours without non-urgent pushes, Paris time (`"22:00"` to `"07:00"`).
#[derive(SimpleObject, InputObject)]
#[graphql(input_name = "QuietHoursInput")]
pub struct QuietHours {
    /// When quiet hours begin (HH:MM, local time).
    pub start: String,
    /// When they end (HH:MM).
    pub end: String,
}

/// The caller's notification preferences.
#[derive(SimpleObject)]
pub struct NotificationPreferences {
    /// The channels of each kind of notification.
    pub channels: Vec<NotificationChannels>,
    /// When non-urgent pushes wait.
    pub quiet_hours: Option<QuietHours>,
}

impl From<feed::Preferences> for NotificationPreferences {
    fn from(preferences: feed::Preferences) -> Self {
        Self {
            channels: preferences
                .channels
                .into_iter()
                .map(|(kind, channels)| NotificationChannels {
                    kind: kind.into(),
                    feed: channels.feed,
                    push: channels.push,
                })
                .collect(),
            quiet_hours: preferences
                .quiet
                .map(|(start, end)| QuietHours { start: quiet::format(start), end: quiet::format(end) }),
        }
    }
}

/// A change of notification preferences.
#[derive(InputObject)]
pub struct NotificationPreferencesInput {
    /// The kinds to change (others keep their channels).
    pub channels: Option<Vec<NotificationChannels>>,
    /// New quiet hours.
    pub quiet_hours: Option<QuietHours>,
    /// Removes the quiet hours.
    pub clear_quiet_hours: Option<bool>,
}

/// An intervention alert.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct InterventionAlert {
    /// The alert's id.
    pub id: ID,
    /// The commune whose mayor is alerted.
    pub commune_code: String,
    /// What the brigade says of its intervention.
    pub message: String,
    /// How many coordinators it was texted to.
    pub recipients: i32,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
    /// When the intervention was declared over, if it is.
    pub closed_at: Option<DateTime<Utc>>,
    /// "Intervention terminée" and what the brigade added.
    pub closing_message: Option<String>,
    #[graphql(skip)]
    pub report: Option<entity::ids::ReportId>,
}

#[ComplexObject]
impl InterventionAlert {
    /// The report it answers: brigade staff and admins only.
    async fn report_id(&self, ctx: &Context<'_>) -> Option<ID> {
        let staff = request(ctx)
            .viewer
            .principal()
            .is_ok_and(|principal| matches!(principal.role, enums::Role::BrigadeStaff | enums::Role::Admin));
        self.report.filter(|_| staff).map(|id| ID(id.to_string()))
    }
}

impl From<intervention_alert::Model> for InterventionAlert {
    fn from(alert: intervention_alert::Model) -> Self {
        Self {
            id: ID(alert.id.to_string()),
            commune_code: alert.commune_code,
            message: alert.message,
            recipients: alert.recipients,
            created_at: alert.created_at,
            closed_at: alert.closed_at,
            closing_message: alert.closing_message,
            report: alert.report_id,
        }
    }
}

/// Prevention or information sent to the residents of some communes.
#[derive(SimpleObject)]
pub struct Broadcast {
    /// The broadcast's id.
    pub id: ID,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
    /// The communes whose residents receive it.
    pub commune_codes: Vec<String>,
    /// Who sent it: "Brigade" or "Mairie" (never a name).
    pub sender: String,
    /// When it leaves the residents' feeds.
    pub expires_at: DateTime<Utc>,
    /// How many residents it reached.
    pub recipients: i32,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
}

impl Broadcast {
    pub fn new(sent: broadcasts::Sent) -> Self {
        let row = sent.row;
        let sender = if row.author_role == enums::Role::Coordinator { "Mairie" } else { "Brigade" };
        Self {
            id: ID(row.id.to_string()),
            title: row.title,
            body: row.body,
            commune_codes: sent.communes,
            sender: sender.to_owned(),
            expires_at: row.expires_at,
            recipients: row.recipients,
            created_at: row.created_at,
        }
    }
}

/// What a broadcast says, to whom, until when.
#[derive(InputObject)]
pub struct BroadcastInput {
    /// The communes whose residents receive it (within the sender's reach).
    pub commune_codes: Vec<String>,
    /// Its title.
    pub title: String,
    /// Its text.
    pub body: String,
    /// When it leaves the residents' feeds.
    pub expires_at: DateTime<Utc>,
}
