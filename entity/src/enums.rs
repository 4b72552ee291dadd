//! Closed sets of values stored as text columns (readable in SQL on both backends).

use sea_orm::entity::prelude::*;

/// What kind of force a brigade belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum BrigadeKind {
    #[sea_orm(string_value = "GENDARMERIE")]
    Gendarmerie,
    #[sea_orm(string_value = "POLICE_NATIONALE")]
    PoliceNationale,
    #[sea_orm(string_value = "POLICE_MUNICIPALE")]
    PoliceMunicipale,
}

/// What a coordinator is to their communes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum CoordinatorTitle {
    /// Maire.
    #[sea_orm(string_value = "MAYOR")]
    Mayor,
    /// Adjoint au maire.
    #[sea_orm(string_value = "DEPUTY_MAYOR")]
    DeputyMayor,
    /// Citoyen référent.
    #[sea_orm(string_value = "CITIZEN_REFERENT")]
    CitizenReferent,
}

/// A user's role; scopes (commune, brigade) are columns of the user.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum Role {
    #[sea_orm(string_value = "RESIDENT")]
    Resident,
    #[sea_orm(string_value = "COORDINATOR")]
    Coordinator,
    #[sea_orm(string_value = "BRIGADE_STAFF")]
    BrigadeStaff,
    #[sea_orm(string_value = "ADMIN")]
    Admin,
    /// A member of a partner organisation (partnership groups).
    #[sea_orm(string_value = "PARTNER")]
    Partner,
}

/// Where a resident's enrolment in their commune stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum EnrolmentStatus {
    #[sea_orm(string_value = "PENDING")]
    Pending,
    #[sea_orm(string_value = "APPROVED")]
    Approved,
    #[sea_orm(string_value = "REJECTED")]
    Rejected,
    #[sea_orm(string_value = "SUSPENDED")]
    Suspended,
}

/// Where a report stands in its lifecycle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum ReportStatus {
    #[sea_orm(string_value = "SUBMITTED")]
    Submitted,
    #[sea_orm(string_value = "ACKNOWLEDGED")]
    Acknowledged,
    #[sea_orm(string_value = "IN_PROGRESS")]
    InProgress,
    #[sea_orm(string_value = "RESOLVED")]
    Resolved,
    #[sea_orm(string_value = "REJECTED")]
    Rejected,
    #[sea_orm(string_value = "DUPLICATE")]
    Duplicate,
    #[sea_orm(string_value = "WITHDRAWN")]
    Withdrawn,
}

/// What a step of a report's history records.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum ReportEventKind {
    #[sea_orm(string_value = "FILED")]
    Filed,
    #[sea_orm(string_value = "STATUS_CHANGED")]
    StatusChanged,
    #[sea_orm(string_value = "NOTE")]
    Note,
    #[sea_orm(string_value = "INTERNAL_NOTE")]
    InternalNote,
    #[sea_orm(string_value = "COMMENT")]
    Comment,
    #[sea_orm(string_value = "PHOTOS_ADDED")]
    PhotosAdded,
    #[sea_orm(string_value = "REROUTED")]
    Rerouted,
    #[sea_orm(string_value = "DUPLICATE_LINKED")]
    DuplicateLinked,
    #[sea_orm(string_value = "WITHDRAWN")]
    Withdrawn,
    /// Given to a member of the brigade, or taken back (brigade only).
    #[sea_orm(string_value = "ASSIGNED")]
    Assigned,
    /// The brigade changed its priority, with the reason (brigade only).
    #[sea_orm(string_value = "PRIORITY_CHANGED")]
    PriorityChanged,
    /// Still waiting past its deadline: the commander, then the admins, were told (brigade only).
    #[sea_orm(string_value = "ESCALATED")]
    Escalated,
    /// Joined to an incident, split out of one, or moved by a merge (brigade only).
    #[sea_orm(string_value = "INCIDENT_CHANGED")]
    IncidentChanged,
}

/// Why a report went to its brigade.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum RoutingRule {
    /// The default brigade of the commune where it happened.
    #[sea_orm(string_value = "COMMUNE_DEFAULT")]
    CommuneDefault,
    /// The commune's brigade for that category.
    #[sea_orm(string_value = "CATEGORY_OVERRIDE")]
    CategoryOverride,
    /// Sent on by brigade staff.
    #[sea_orm(string_value = "REROUTED")]
    Rerouted,
}

/// Where a photo stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum PhotoStatus {
    /// An upload ticket was issued; the photo is not part of a report yet.
    #[sea_orm(string_value = "PENDING")]
    Pending,
    /// Checked, cleaned and part of a report.
    #[sea_orm(string_value = "ATTACHED")]
    Attached,
}

/// Where an outgoing message stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum DeliveryStatus {
    /// Waiting for its (next) attempt.
    #[sea_orm(string_value = "PENDING")]
    Pending,
    /// The provider accepted it.
    #[sea_orm(string_value = "SENT")]
    Sent,
    /// Given up after the last attempt.
    #[sea_orm(string_value = "FAILED")]
    Failed,
}

/// How an outgoing message travels.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum Channel {
    #[sea_orm(string_value = "SMS")]
    Sms,
    /// Firebase Cloud Messaging (Android, and iOS through APNs).
    #[sea_orm(string_value = "PUSH")]
    Push,
    /// SMTP: registration codes, password resets, account notices.
    #[sea_orm(string_value = "EMAIL")]
    Email,
}

/// A phone's operating system.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum DevicePlatform {
    #[sea_orm(string_value = "ANDROID")]
    Android,
    #[sea_orm(string_value = "IOS")]
    Ios,
}

/// What a notification is about; preferences are chosen per kind.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum NotificationKind {
    /// To a reporter: a public status change, a public note, a duplicate link or a reroute.
    #[sea_orm(string_value = "REPORT_UPDATE")]
    ReportUpdate,
    /// To a resident: enrolment approved or rejected.
    #[sea_orm(string_value = "ENROLMENT_DECISION")]
    EnrolmentDecision,
    /// To a resident: suspended or reinstated.
    #[sea_orm(string_value = "ACCOUNT_STATUS")]
    AccountStatus,
    /// To a coordinator: a resident asks to join their commune.
    #[sea_orm(string_value = "ENROLMENT_REQUEST")]
    EnrolmentRequest,
    /// To a coordinator: an intervention in their commune, or its end.
    #[sea_orm(string_value = "INTERVENTION_ALERT")]
    InterventionAlert,
    /// To brigade staff: a new report in their queue.
    #[sea_orm(string_value = "QUEUE_REPORT")]
    QueueReport,
    /// To brigade staff: the reporter added information.
    #[sea_orm(string_value = "QUEUE_COMMENT")]
    QueueComment,
    /// To a resident: prevention or information for their commune.
    #[sea_orm(string_value = "BROADCAST")]
    Broadcast,
    /// To a référent, a commander or a coordinator: a security request opened or answered.
    #[sea_orm(string_value = "SECURITY_REQUEST")]
    SecurityRequest,
    /// To a member: added to a problem case, or a meeting recorded.
    #[sea_orm(string_value = "PROBLEM_CASE")]
    ProblemCase,
    /// To brigade staff: a report was given to them.
    #[sea_orm(string_value = "REPORT_ASSIGNED")]
    ReportAssigned,
    /// To a commander, then the département's admins: a report waits past its deadline.
    #[sea_orm(string_value = "REPORT_OVERDUE")]
    ReportOverdue,
    /// To a coordinator: the brigade flags a resident of their commune for abusive use.
    #[sea_orm(string_value = "ABUSE_FLAG")]
    AbuseFlag,
}

/// Where a flag of abusive use stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum AbuseFlagStatus {
    /// Waiting for the commune's decision.
    #[sea_orm(string_value = "OPEN")]
    Open,
    /// The commune suspended the resident.
    #[sea_orm(string_value = "SUSPENDED")]
    Suspended,
    /// The commune kept the resident.
    #[sea_orm(string_value = "DISMISSED")]
    Dismissed,
}

/// What kind of partner an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum PartnerKind {
    #[sea_orm(string_value = "SOCIAL_LANDLORD")]
    SocialLandlord,
    #[sea_orm(string_value = "TRANSPORT_OPERATOR")]
    TransportOperator,
    #[sea_orm(string_value = "SCHOOL")]
    School,
    #[sea_orm(string_value = "ASSOCIATION")]
    Association,
    #[sea_orm(string_value = "MUNICIPAL_SERVICE")]
    MunicipalService,
    #[sea_orm(string_value = "OTHER")]
    Other,
}

/// What an elected official asks their référent about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(32))")]
pub enum SecurityTopic {
    /// Conseil.
    #[sea_orm(string_value = "ADVICE")]
    Advice,
    /// Diagnostic de sécurité.
    #[sea_orm(string_value = "SECURITY_DIAGNOSIS")]
    SecurityDiagnosis,
    /// Prévention situationnelle.
    #[sea_orm(string_value = "SITUATIONAL_PREVENTION")]
    SituationalPrevention,
    /// Événement (a fête, a market, a race).
    #[sea_orm(string_value = "EVENT")]
    Event,
    #[sea_orm(string_value = "OTHER")]
    Other,
}

/// Where a security request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum SecurityRequestStatus {
    /// Waiting for the brigade.
    #[sea_orm(string_value = "OPEN")]
    Open,
    /// The brigade answered; the elected official may reply.
    #[sea_orm(string_value = "ANSWERED")]
    Answered,
    #[sea_orm(string_value = "CLOSED")]
    Closed,
}

/// Where a problem case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ProblemCaseStatus {
    #[sea_orm(string_value = "OPEN")]
    Open,
    #[sea_orm(string_value = "CLOSED")]
    Closed,
}

/// Where an action of a problem case stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, EnumIter, DeriveActiveEnum)]
#[sea_orm(rs_type = "String", db_type = "String(StringLen::N(16))")]
pub enum ActionStatus {
    #[sea_orm(string_value = "PLANNED")]
    Planned,
    #[sea_orm(string_value = "IN_PROGRESS")]
    InProgress,
    #[sea_orm(string_value = "DONE")]
    Done,
    #[sea_orm(string_value = "ABANDONED")]
    Abandoned,
}
