/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** Where a flag stands. */
export type AbuseFlagStatus =
  /** The commune kept the resident. */
  | 'DISMISSED'
  /** Waiting for the commune's decision. */
  | 'OPEN'
  /** The commune suspended the resident. */
  | 'SUSPENDED';

/** Whether an account is usable. */
export type AccountStatus =
  /** Usable. */
  | 'ACTIVE'
  /** Disabled by an administrator: no sign-in, sessions ended. */
  | 'DISABLED';

/** Where an action stands. */
export type ActionStatus =
  /** Given up. */
  | 'ABANDONED'
  /** Carried out. */
  | 'DONE'
  /** Being carried out. */
  | 'IN_PROGRESS'
  /** Decided, not started. */
  | 'PLANNED';

/** The force a brigade belongs to. */
export type BrigadeKind =
  /** Gendarmerie nationale (brigade, communauté de brigades). */
  | 'GENDARMERIE'
  /** A commune's police municipale. */
  | 'POLICE_MUNICIPALE'
  /** Police nationale (commissariat). */
  | 'POLICE_NATIONALE';

/** What a broadcast says, to whom, until when. */
export type BroadcastInput = {
  /** Its text. */
  body: string;
  /** The communes whose residents receive it (within the sender's reach). */
  communeCodes: Array<string>;
  /** When it leaves the residents' feeds. */
  expiresAt: string;
  /** Its title. */
  title: string;
};

/** Where a resident's enrolment stands. */
export type EnrolmentStatus =
  /** Approved by the commune: may file reports. */
  | 'APPROVED'
  /** Registered, waiting for the commune's decision. */
  | 'PENDING'
  /** Refused by the commune. */
  | 'REJECTED'
  /** Approved once, suspended since (may no longer file). */
  | 'SUSPENDED';

/** What a notification is about. */
export type NotificationKind =
  /** The brigade flags a resident of your commune for abusive use (coordinators). */
  | 'ABUSE_FLAG'
  /** Your account was suspended or reinstated. */
  | 'ACCOUNT_STATUS'
  /** Prevention or information for your commune. */
  | 'BROADCAST'
  /** Your enrolment was approved or rejected. */
  | 'ENROLMENT_DECISION'
  /** A resident asks to join your commune (coordinators). */
  | 'ENROLMENT_REQUEST'
  /** An intervention in your commune, or its end (coordinators). */
  | 'INTERVENTION_ALERT'
  /** Added to a problem case, or a meeting recorded (its members). */
  | 'PROBLEM_CASE'
  /** The reporter added information to a report of your queue (staff). */
  | 'QUEUE_COMMENT'
  /** A new report in your brigade's queue (staff). */
  | 'QUEUE_REPORT'
  /** A report of the queue was given to you (staff). */
  | 'REPORT_ASSIGNED'
  /**
   * A report waits past its acknowledgement deadline (the brigade's commander, then the
   * département's admins).
   */
  | 'REPORT_OVERDUE'
  /** Your report: a status change, a message from the brigade, a duplicate link, a transfer. */
  | 'REPORT_UPDATE'
  /** A security request opened or answered (référents, commanders, coordinators). */
  | 'SECURITY_REQUEST';

/** A partner's account to create. */
export type PartnerAccountInput = {
  /** Their name as members of a case see it. */
  displayName: string;
  /** The partner's e-mail address (their sign-in). */
  email: string;
  /** The partner organisation they belong to. */
  organisationId: string | number;
  /** A mobile number (+33…), optional. */
  phone?: string | null | undefined;
};

/** What kind of partner an organisation is. */
export type PartnerKind =
  /** Association (aide aux victimes, médiation…). */
  | 'ASSOCIATION'
  /** Service municipal. */
  | 'MUNICIPAL_SERVICE'
  /** Any other partner. */
  | 'OTHER'
  /** Établissement scolaire. */
  | 'SCHOOL'
  /** Bailleur social. */
  | 'SOCIAL_LANDLORD'
  /** Transporteur. */
  | 'TRANSPORT_OPERATOR';

/** An organisation to create (no id) or rename. */
export type PartnerOrganisationInput = {
  /** The INSEE code of the département it works in (one the caller administers). */
  departement: string;
  /** The organisation to change; none creates one. */
  id?: string | number | null | undefined;
  /** What kind of partner it is. */
  kind: PartnerKind;
  /** Its name, unique in its département. */
  name: string;
};

/** An action to record (no id) or update. */
export type ProblemCaseActionInput = {
  /** When it should be done. */
  dueOn?: string | null | undefined;
  /** The action to change; none adds one. */
  id?: string | number | null | undefined;
  /** The partner organisation carrying it out, if any. */
  organisationId?: string | number | null | undefined;
  /** What came of it. */
  outcome?: string | null | undefined;
  /** Who carries it out. */
  owner: string;
  /** Where it stands. */
  status: ActionStatus;
  /** What is to be done. */
  title: string;
};

/** A case to open. */
export type ProblemCaseInput = {
  /** The report categories it concerns. */
  categoryCodes: Array<string>;
  /** The communes it concerns. */
  communeCodes: Array<string>;
  /** The identified problem. */
  problem: string;
  /** A GeoJSON Polygon or MultiPolygon drawn inside the communes. */
  sector?: string | null | undefined;
  /** The problem it addresses. */
  title: string;
};

/** A meeting to record. */
export type ProblemCaseMeetingInput = {
  /** Who attended. */
  attendees: string;
  /** When it was held. */
  heldOn: string;
  /** What was said and decided. */
  minutes: string;
};

/** Where a problem case stands. */
export type ProblemCaseStatus =
  /** Closed, with its evaluation. */
  | 'CLOSED'
  /** Being worked on by its members. */
  | 'OPEN';

/** Whose reports of the queue to keep. */
export type QueueAssignment =
  /** Those given to the caller. */
  | 'ASSIGNED_TO_ME'
  /** Those nobody holds. */
  | 'UNASSIGNED';

/** Filters of the triage queue. */
export type QueueFilter = {
  /** Only the caller's reports, or only those nobody holds (brigade staff). */
  assignment?: QueueAssignment | null | undefined;
  /** Only this category. */
  categoryCode?: string | null | undefined;
  /** Only this commune. */
  communeCode?: string | null | undefined;
  /** Only reports filed since. */
  createdSince?: string | null | undefined;
  /**
   * true: one row per incident (its earliest report among those listed), beside the
   * reports in none.
   */
  onePerIncident?: boolean | null | undefined;
  /**
   * true: only reports waiting for acknowledgement past their deadline; false: only the
   * others.
   */
  overdue?: boolean | null | undefined;
  /** Default: SUBMITTED, ACKNOWLEDGED and IN_PROGRESS. */
  status?: Array<ReportStatus> | null | undefined;
};

/** What a step of a report's history records. */
export type ReportEventKind =
  /** Given to a member of the brigade, or taken back (brigade only). */
  | 'ASSIGNED'
  /** The reporter added information. */
  | 'COMMENT'
  /** Closed as a duplicate of another report. */
  | 'DUPLICATE_LINKED'
  /** Still waiting past its deadline: the commander, then the admins, were told (brigade only). */
  | 'ESCALATED'
  /** The reporter filed it. */
  | 'FILED'
  /** Joined to an incident, split out of one, or moved by a merge (brigade only). */
  | 'INCIDENT_CHANGED'
  /** A note for the brigade only (never shown to the reporter or coordinators). */
  | 'INTERNAL_NOTE'
  /** The brigade answered the reporter. */
  | 'NOTE'
  /** The reporter added photos. */
  | 'PHOTOS_ADDED'
  /** The brigade changed its priority, with the reason (brigade only). */
  | 'PRIORITY_CHANGED'
  /** Sent to another brigade. */
  | 'REROUTED'
  /** The brigade moved it through its lifecycle. */
  | 'STATUS_CHANGED'
  /** The reporter withdrew it. */
  | 'WITHDRAWN';

/** Where a report stands. */
export type ReportStatus =
  /** The brigade has read it (« Pris en compte »). */
  | 'ACKNOWLEDGED'
  /** The same fact as another report, which carries the work: closed. */
  | 'DUPLICATE'
  /** The brigade is acting on it (« Intervention en cours »). */
  | 'IN_PROGRESS'
  /** Not for the brigade, or not a fact to act on (« Classé »): closed. */
  | 'REJECTED'
  /** Dealt with (« Traité »): closed. */
  | 'RESOLVED'
  /** Filed, waiting for the brigade (« Reçu »). */
  | 'SUBMITTED'
  /** Taken back by its reporter before the brigade acted: closed. */
  | 'WITHDRAWN';

/** A user's role. */
export type Role =
  /** The prefecture (its départements) or the national operator. */
  | 'ADMIN'
  /** Gendarmerie or police staff of one brigade: works its queue. */
  | 'BRIGADE_STAFF'
  /** A mayor, deputy or citoyen référent: approves enrolments, follows the commune's activity. */
  | 'COORDINATOR'
  /** A member of a partner organisation (partnership groups). */
  | 'PARTNER'
  /** A resident enrolled in their commune: files reports through the app. */
  | 'RESIDENT';

/** Why a report went to its brigade. */
export type RoutingRule =
  /** The commune's brigade for that category (e.g. the municipal police for incivilities). */
  | 'CATEGORY_OVERRIDE'
  /** The default brigade of the commune where it happened. */
  | 'COMMUNE_DEFAULT'
  /** Sent on by brigade staff. */
  | 'REROUTED';

/** What a coordinator asks their référent. */
export type SecurityRequestInput = {
  /** The first message. */
  body: string;
  /** The commune asking (one the coordinator coordinates). */
  communeCode: string;
  /** Its subject line. */
  subject: string;
  /** What it is about. */
  topic: SecurityTopic;
};

/** Where a security request stands. */
export type SecurityRequestStatus =
  /** The référent answered; the commune may reply. */
  | 'ANSWERED'
  /** Closed by either side. */
  | 'CLOSED'
  /** Waiting for the référent's answer. */
  | 'OPEN';

/** What an elected official asks their référent about. */
export type SecurityTopic =
  /** Conseil. */
  | 'ADVICE'
  /** Événement. */
  | 'EVENT'
  /** Anything else. */
  | 'OTHER'
  /** Diagnostic de sécurité. */
  | 'SECURITY_DIAGNOSIS'
  /** Prévention situationnelle. */
  | 'SITUATIONAL_PREVENTION';

/** What `users` filters by (all optional). */
export type UserFilter = {
  /** Only this brigade's staff. */
  brigadeId?: string | number | null | undefined;
  /** Residents of the commune and its coordinators. */
  communeCode?: string | null | undefined;
  /** Only residents whose enrolment stands so. */
  enrolmentStatus?: EnrolmentStatus | null | undefined;
  /** Only this role. */
  role?: Role | null | undefined;
  /** Part of the e-mail address or display name (case-insensitive). */
  search?: string | null | undefined;
  /** Only active, or only disabled, accounts. */
  status?: AccountStatus | null | undefined;
};

export type AbuseFlagsQueryVariables = Exact<{
  code: string;
}>;


export type AbuseFlagsQuery = { abuseFlags: { totalCount: number, nodes: Array<{ id: string, reason: string, createdAt: string, resident: { displayName: string, email: string } | null, brigade: { name: string } }> } };

export type DecideAbuseFlagMutationVariables = Exact<{
  id: string | number;
  suspend: boolean;
  note?: string | null | undefined;
}>;


export type DecideAbuseFlagMutation = { decideAbuseFlag: { id: string, status: AbuseFlagStatus } };

export type AdminBrigadesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminBrigadesQuery = { brigades: Array<{ id: string, code: string, name: string, kind: BrigadeKind, phone: string | null, communes: Array<{ code: string }> }> };

export type AdminCategoriesQueryVariables = Exact<{ [key: string]: never; }>;


export type AdminCategoriesQuery = { categories: Array<{ code: string, label: string, urgency: number, order: number, active: boolean, diversion: string | null }> };

export type RoutingSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type RoutingSetupQuery = { communes: Array<{ code: string, name: string, brigade: { name: string } | null }>, categories: Array<{ code: string, label: string }>, brigades: Array<{ id: string, name: string }> };

export type RoutingRulesQueryVariables = Exact<{
  c: string;
}>;


export type RoutingRulesQuery = { categoryOverrides: Array<{ category: { code: string, label: string } | null, brigade: { id: string, name: string } | null }> };

export type SetRoutingRuleMutationVariables = Exact<{
  c: string;
  k: string;
  b?: string | number | null | undefined;
}>;


export type SetRoutingRuleMutation = { setRoutingRule: { code: string } };

export type AccountsQueryVariables = Exact<{
  filter?: UserFilter | null | undefined;
  after?: string | null | undefined;
}>;


export type AccountsQuery = { users: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, email: string, role: Role, disabledAt: string | null, enrolmentStatus: EnrolmentStatus | null, brigade: { name: string } | null, commune: { name: string } | null, coordinatedCommunes: Array<{ name: string }> }> } };

export type EnableAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type EnableAccountMutation = { enableAccount: { id: string } };

export type DisableAccountMutationVariables = Exact<{
  id: string | number;
}>;


export type DisableAccountMutation = { disableAccount: { id: string } };

export type AuditQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type AuditQuery = { auditEvents: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, at: string, kind: string, targetType: string | null, targetId: string | null, actor: { displayName: string } | null }> } };

export type MeFragment = { id: string, displayName: string, email: string, role: Role, rank: string | null, commander: boolean, brigade: { id: string, code: string, name: string, departement: string, timeZone: string } | null, coordinatedCommunes: Array<{ code: string, name: string, timeZone: string }> };

export type ResumeSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type ResumeSessionMutation = { resumeSession: { accessToken: string, expiresIn: number, user: { id: string, displayName: string, email: string, role: Role, rank: string | null, commander: boolean, brigade: { id: string, code: string, name: string, departement: string, timeZone: string } | null, coordinatedCommunes: Array<{ code: string, name: string, timeZone: string }> } } };

export type LoginMutationVariables = Exact<{
  email: string;
  password: string;
  totpCode?: string | null | undefined;
}>;


export type LoginMutation = { login: { accessToken: string, expiresIn: number, user: { id: string, displayName: string, email: string, role: Role, rank: string | null, commander: boolean, brigade: { id: string, code: string, name: string, departement: string, timeZone: string } | null, coordinatedCommunes: Array<{ code: string, name: string, timeZone: string }> } } };

export type LogoutEverywhereMutationVariables = Exact<{ [key: string]: never; }>;


export type LogoutEverywhereMutation = { logoutEverywhere: boolean };

export type EndSessionMutationVariables = Exact<{ [key: string]: never; }>;


export type EndSessionMutation = { endSession: boolean };

export type BrigadeQueueQueryVariables = Exact<{
  filter?: QueueFilter | null | undefined;
  first?: number | null | undefined;
  after?: string | null | undefined;
}>;


export type BrigadeQueueQuery = { brigadeQueue: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, status: ReportStatus, description: string, createdAt: string, priority: number | null, overdue: boolean | null, assignee: { displayName: string } | null, incident: { id: string, reportCount: number } | null, category: { code: string, label: string, urgency: number }, commune: { code: string, name: string }, location: { latitude: number, longitude: number } }> } };

export type BrigadeSetupQueryVariables = Exact<{ [key: string]: never; }>;


export type BrigadeSetupQuery = { categories: Array<{ code: string, label: string }>, me: { brigade: { communes: Array<{ code: string, name: string, referent: { id: string, displayName: string } | null }> } | null }, brigadeTo: Array<{ id: string, code: string, name: string }> };

export type QueueOutlinesQueryVariables = Exact<{
  codes: Array<string> | string;
}>;


export type QueueOutlinesQuery = { communeOutlines: Array<{ code: string, name: string, polygons: Array<Array<Array<Array<number>>>> }> };

export type BrigadeQueueEventsSubscriptionVariables = Exact<{
  brigade: string | number;
  after?: string | number | null | undefined;
}>;


export type BrigadeQueueEventsSubscription = { brigadeQueueEvents: { id: string, reportId: string, kind: ReportEventKind, status: ReportStatus | null } };

export type CommuneBroadcastsQueryVariables = Exact<{
  code: string;
  after?: string | null | undefined;
}>;


export type CommuneBroadcastsQuery = { broadcasts: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, body: string, sender: string, recipients: number, createdAt: string, expiresAt: string }> } };

export type BroadcastToResidentsMutationVariables = Exact<{
  input: BroadcastInput;
}>;


export type BroadcastToResidentsMutation = { broadcastToResidents: { id: string, recipients: number } };

export type OpenProblemCaseMutationVariables = Exact<{
  input: ProblemCaseInput;
}>;


export type OpenProblemCaseMutation = { openProblemCase: { id: string, title: string } };

export type CaseCandidatesQueryVariables = Exact<{
  case: string | number;
}>;


export type CaseCandidatesQuery = { problemCaseCandidates: Array<{ userId: string | null, organisationId: string | null, displayName: string | null, role: Role | null, brigadeName: string | null, organisation: { name: string, kind: PartnerKind } | null }> };

export type AddProblemCaseMemberMutationVariables = Exact<{
  case: string | number;
  user?: string | number | null | undefined;
  organisation?: string | number | null | undefined;
}>;


export type AddProblemCaseMemberMutation = { addProblemCaseMember: { id: string } };

export type RemoveProblemCaseMemberMutationVariables = Exact<{
  case: string | number;
  user?: string | number | null | undefined;
  organisation?: string | number | null | undefined;
}>;


export type RemoveProblemCaseMemberMutation = { removeProblemCaseMember: { id: string } };

export type CaseSuggestionsQueryVariables = Exact<{
  case: string | number;
  from: string;
  to: string;
}>;


export type CaseSuggestionsQuery = { problemCaseSuggestions: Array<{ id: string, status: ReportStatus, createdAt: string, observedAt: string, category: { label: string }, commune: { name: string } }> };

export type LinkReportsToProblemCaseMutationVariables = Exact<{
  case: string | number;
  reports: Array<string | number> | string | number;
}>;


export type LinkReportsToProblemCaseMutation = { linkReportsToProblemCase: { id: string } };

export type ProblemCasesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ProblemCasesQuery = { problemCases: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, title: string, status: ProblemCaseStatus, communeCodes: Array<string>, openedAt: string }> } };

export type ProblemCaseDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ProblemCaseDetailQuery = { problemCase: { id: string, title: string, problem: string, status: ProblemCaseStatus, managedByMe: boolean, openedAt: string, closedAt: string | null, assessment: string | null, evaluation: { windowDays: number, totalBefore: number, totalAfter: number, afterComplete: boolean } | null, members: Array<{ userId: string | null, organisationId: string | null, displayName: string | null, role: Role | null, brigadeName: string | null, organisation: { name: string } | null }>, reports: Array<{ categoryCode: string, status: ReportStatus, communeCode: string, observedOn: string }>, actions: Array<{ id: string, title: string, owner: string, dueOn: string | null, status: ActionStatus, outcome: string | null }>, meetings: Array<{ id: string, heldOn: string, attendees: string, minutes: string }> } | null };

export type SaveProblemCaseActionMutationVariables = Exact<{
  case: string | number;
  input: ProblemCaseActionInput;
}>;


export type SaveProblemCaseActionMutation = { saveProblemCaseAction: { id: string } };

export type CloseProblemCaseMutationVariables = Exact<{
  case: string | number;
  assessment: string;
}>;


export type CloseProblemCaseMutation = { closeProblemCase: { id: string, status: ProblemCaseStatus } };

export type RecordProblemCaseMeetingMutationVariables = Exact<{
  case: string | number;
  input: ProblemCaseMeetingInput;
}>;


export type RecordProblemCaseMeetingMutation = { recordProblemCaseMeeting: { id: string } };

export type CoordinatorFeedSubscriptionVariables = Exact<{ [key: string]: never; }>;


export type CoordinatorFeedSubscription = { myNotifications: { kind: NotificationKind } };

export type CommuneBilanQueryVariables = Exact<{
  code: string;
  year: number;
}>;


export type CommuneBilanQuery = { communeBilan: { total: number | null, threshold: number, csv: string } };

export type EnrolmentRequestsQueryVariables = Exact<{
  code: string;
  status?: EnrolmentStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type EnrolmentRequestsQuery = { enrolmentRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, displayName: string, email: string, phone: string | null, enrolmentStatus: EnrolmentStatus | null }> } };

export type DecideEnrolmentMutationVariables = Exact<{
  id: string | number;
  approve: boolean;
  reason?: string | null | undefined;
}>;


export type DecideEnrolmentMutation = { decideEnrolment: { id: string } };

export type SuspendResidentMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type SuspendResidentMutation = { suspendResident: { id: string } };

export type ReinstateResidentMutationVariables = Exact<{
  id: string | number;
}>;


export type ReinstateResidentMutation = { reinstateResident: { id: string } };

export type CommuneAlertsQueryVariables = Exact<{
  code: string;
}>;


export type CommuneAlertsQuery = { interventionAlerts: { nodes: Array<{ id: string, message: string, recipients: number, createdAt: string, closedAt: string | null, closingMessage: string | null }> } };

export type CommuneActivityQueryVariables = Exact<{
  code: string;
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;


export type CommuneActivityQuery = { communeOutlines: Array<{ code: string, name: string, polygons: Array<Array<Array<Array<number>>>> }>, communeActivity: { total: number, medianSecondsToAcknowledge: number | null, byCategory: Array<{ key: string, count: number }>, byStatus: Array<{ key: string, count: number }>, byWeek: Array<{ key: string, count: number }>, reports: { nodes: Array<{ id: string, status: ReportStatus, category: { label: string }, location: { latitude: number, longitude: number } }> } }, categories: Array<{ code: string, label: string }> };

export type DepartementPageQueryVariables = Exact<{
  departement: string;
  from: string;
  to: string;
}>;


export type DepartementPageQuery = { departementActivity: { total: number, communes: Array<{ code: string, name: string, participating: boolean, total: number, open: number }>, byWeek: Array<{ key: string, count: number }>, brigades: Array<{ total: number, acknowledged: number, medianSecondsToAcknowledge: number | null, overdue: number, overdueShare: number | null, brigade: { code: string, name: string } }>, cells: Array<{ latitude: number, longitude: number, count: number }> } };

export type DepartementOutlinesQueryVariables = Exact<{
  codes: Array<string> | string;
}>;


export type DepartementOutlinesQuery = { communeOutlines: Array<{ code: string, name: string, polygons: Array<Array<Array<Array<number>>>> }> };

export type DepartementChoicesQueryVariables = Exact<{ [key: string]: never; }>;


export type DepartementChoicesQuery = { brigades: Array<{ departement: string }> };

export type ConfirmIncidentMutationVariables = Exact<{
  id: string | number;
}>;


export type ConfirmIncidentMutation = { confirmIncident: { id: string, confirmed: boolean } };

export type SplitReportFromIncidentMutationVariables = Exact<{
  id: string | number;
  reason?: string | null | undefined;
}>;


export type SplitReportFromIncidentMutation = { splitReportFromIncident: { id: string } };

export type TransitionIncidentMutationVariables = Exact<{
  id: string | number;
  to: ReportStatus;
  publicNote?: string | null | undefined;
}>;


export type TransitionIncidentMutation = { transitionIncident: Array<{ id: string, status: ReportStatus }> };

export type AdminCommunesQueryVariables = Exact<{
  departement: string;
  participating?: boolean | null | undefined;
}>;


export type AdminCommunesQuery = { communes: Array<{ code: string, name: string, participating: boolean, participatingSince: string | null, brigade: { name: string } | null, referent: { displayName: string } | null }> };

export type ParticipationHistoryQueryVariables = Exact<{
  code: string;
}>;


export type ParticipationHistoryQuery = { participationHistory: Array<{ joinedOn: string | null, protocolReference: string | null, leftOn: string | null, leavingReference: string | null, updatedAt: string, recordedBy: { displayName: string } | null }> };

export type SetCommuneParticipationMutationVariables = Exact<{
  code: string;
  participating: boolean;
  on: string;
  reference?: string | null | undefined;
}>;


export type SetCommuneParticipationMutation = { setCommuneParticipation: { code: string, participating: boolean, participatingSince: string | null } };

export type PartnerOrganisationsQueryVariables = Exact<{
  departement: string;
}>;


export type PartnerOrganisationsQuery = { partnerOrganisations: Array<{ id: string, name: string, kind: PartnerKind, departement: string }> };

export type PartnerAccountsQueryVariables = Exact<{
  organisation: string | number;
}>;


export type PartnerAccountsQuery = { partnerAccounts: Array<{ id: string, displayName: string, email: string, phone: string | null, disabledAt: string | null }> };

export type SavePartnerOrganisationMutationVariables = Exact<{
  input: PartnerOrganisationInput;
}>;


export type SavePartnerOrganisationMutation = { savePartnerOrganisation: { id: string, name: string, kind: PartnerKind } };

export type CreatePartnerAccountMutationVariables = Exact<{
  input: PartnerAccountInput;
}>;


export type CreatePartnerAccountMutation = { createPartnerAccount: { user: { id: string, displayName: string, email: string }, resetCode: { code: string, expiresAt: string } } };

export type RequestPasswordResetMutationVariables = Exact<{
  email: string;
}>;


export type RequestPasswordResetMutation = { requestPasswordReset: boolean };

export type ResetPasswordMutationVariables = Exact<{
  email: string;
  code: string;
  password: string;
}>;


export type ResetPasswordMutation = { resetPassword: boolean };

export type ReferentCandidatesQueryVariables = Exact<{ [key: string]: never; }>;


export type ReferentCandidatesQuery = { brigadeStaff: Array<{ id: string, displayName: string, rank: string | null }> };

export type ReferentHistoryQueryVariables = Exact<{
  code: string;
}>;


export type ReferentHistoryQuery = { referentHistory: Array<{ startedAt: string, endedAt: string | null, referent: { displayName: string } | null }> };

export type DesignateReferentMutationVariables = Exact<{
  code: string;
  user: string | number;
}>;


export type DesignateReferentMutation = { designateReferent: { code: string, referent: { id: string, displayName: string } | null } };

export type EndReferentMutationVariables = Exact<{
  code: string;
}>;


export type EndReferentMutation = { endReferent: { code: string } };

export type ReportDetailQueryVariables = Exact<{
  id: string | number;
}>;


export type ReportDetailQuery = { report: { id: string, status: ReportStatus, description: string, observedAt: string, createdAt: string, routingRule: RoutingRule, accuracyMeters: number | null, priority: number | null, acknowledgeBy: string | null, overdue: boolean | null, assignee: { id: string, displayName: string } | null, category: { code: string, label: string, urgency: number }, commune: { code: string, name: string }, brigade: { id: string, name: string }, location: { latitude: number, longitude: number }, photos: Array<{ id: string, url: string }>, reporter: { displayName: string, email: string, phone: string | null } | null, duplicateOf: { id: string } | null, events: Array<{ id: string, kind: ReportEventKind, status: ReportStatus | null, publicNote: string | null, internalNote: string | null, actorRole: Role, at: string }>, possibleDuplicates: Array<{ reportId: string | null, categoryCode: string, status: ReportStatus, distanceMeters: number | null, observedAt: string | null }>, incident: { id: string, confirmed: boolean, reportCount: number, reports: Array<{ id: string, status: ReportStatus, observedAt: string, category: { label: string } }> } | null } | null };

export type SecurityRequestsQueryVariables = Exact<{
  status?: SecurityRequestStatus | null | undefined;
  after?: string | null | undefined;
}>;


export type SecurityRequestsQuery = { securityRequests: { totalCount: number, pageInfo: { hasNextPage: boolean, endCursor: string | null }, nodes: Array<{ id: string, communeCode: string, topic: SecurityTopic, subject: string, status: SecurityRequestStatus, updatedAt: string }> } };

export type SecurityRequestThreadQueryVariables = Exact<{
  id: string | number;
}>;


export type SecurityRequestThreadQuery = { securityRequest: { id: string, status: SecurityRequestStatus, messages: Array<{ authorRole: Role, body: string, createdAt: string }> } | null };

export type OpenSecurityRequestMutationVariables = Exact<{
  input: SecurityRequestInput;
}>;


export type OpenSecurityRequestMutation = { openSecurityRequest: { id: string, status: SecurityRequestStatus } };

export type ReplyToSecurityRequestMutationVariables = Exact<{
  id: string | number;
  body: string;
}>;


export type ReplyToSecurityRequestMutation = { replyToSecurityRequest: { id: string, status: SecurityRequestStatus } };

export type CloseSecurityRequestMutationVariables = Exact<{
  id: string | number;
}>;


export type CloseSecurityRequestMutation = { closeSecurityRequest: { id: string, status: SecurityRequestStatus } };

export type SetTotpMutationVariables = Exact<{
  code?: string | null | undefined;
}>;


export type SetTotpMutation = { setTotp: { uri: string | null, qrSvg: string | null, secret: string | null, enabled: boolean, recoveryCodes: Array<string> | null } };

export type MySmsAlertsQueryVariables = Exact<{ [key: string]: never; }>;


export type MySmsAlertsQuery = { me: { id: string, phone: string | null, smsAlerts: boolean | null } };

export type SetSmsAlertsMutationVariables = Exact<{
  enabled: boolean;
}>;


export type SetSmsAlertsMutation = { setSmsAlerts: { id: string, smsAlerts: boolean | null } };

export type TransitionReportMutationVariables = Exact<{
  id: string | number;
  to: ReportStatus;
  publicNote?: string | null | undefined;
  internalNote?: string | null | undefined;
}>;


export type TransitionReportMutation = { transitionReport: { id: string, status: ReportStatus } };

export type AddReportNoteMutationVariables = Exact<{
  id: string | number;
  publicNote?: string | null | undefined;
  internalNote?: string | null | undefined;
}>;


export type AddReportNoteMutation = { addReportNote: { id: string } };

export type MarkDuplicateMutationVariables = Exact<{
  id: string | number;
  of: string | number;
}>;


export type MarkDuplicateMutation = { markDuplicate: { id: string, status: ReportStatus } };

export type RerouteReportMutationVariables = Exact<{
  id: string | number;
  to: string | number;
  reason: string;
}>;


export type RerouteReportMutation = { rerouteReport: { id: string } };

export type ReportAlertsQueryVariables = Exact<{
  commune: string;
}>;


export type ReportAlertsQuery = { interventionAlerts: { nodes: Array<{ id: string, message: string, createdAt: string, closedAt: string | null, reportId: string | null }> } };

export type SendInterventionAlertMutationVariables = Exact<{
  commune: string;
  message: string;
  report?: string | number | null | undefined;
}>;


export type SendInterventionAlertMutation = { sendInterventionAlert: { id: string, recipients: number } };

export type CloseInterventionAlertMutationVariables = Exact<{
  id: string | number;
  message: string;
}>;


export type CloseInterventionAlertMutation = { closeInterventionAlert: { id: string, closedAt: string | null } };

export type BrigadeStaffQueryVariables = Exact<{ [key: string]: never; }>;


export type BrigadeStaffQuery = { brigadeStaff: Array<{ id: string, displayName: string, rank: string | null, commander: boolean }> };

export type AssignReportMutationVariables = Exact<{
  id: string | number;
  user?: string | number | null | undefined;
}>;


export type AssignReportMutation = { assignReport: { id: string, assignee: { id: string, displayName: string } | null } };

export type FlagReporterAbuseMutationVariables = Exact<{
  id: string | number;
  reason: string;
}>;


export type FlagReporterAbuseMutation = { flagReporterAbuse: { id: string, status: AbuseFlagStatus } };

export type SetReportPriorityMutationVariables = Exact<{
  id: string | number;
  priority: number;
  reason?: string | null | undefined;
}>;


export type SetReportPriorityMutation = { setReportPriority: { id: string, priority: number | null } };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const MeFragmentDoc = new TypedDocumentString(`
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}
    `, {"fragmentName":"Me"}) as unknown as TypedDocumentString<MeFragment, unknown>;
export const AbuseFlagsDocument = new TypedDocumentString(`
    query AbuseFlags($code: String!) {
  abuseFlags(communeCode: $code, status: OPEN, first: 50) {
    totalCount
    nodes {
      id
      reason
      createdAt
      resident {
        displayName
        email
      }
      brigade {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AbuseFlagsQuery, AbuseFlagsQueryVariables>;
export const DecideAbuseFlagDocument = new TypedDocumentString(`
    mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {
  decideAbuseFlag(id: $id, suspend: $suspend, note: $note) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<DecideAbuseFlagMutation, DecideAbuseFlagMutationVariables>;
export const AdminBrigadesDocument = new TypedDocumentString(`
    query AdminBrigades {
  brigades {
    id
    code
    name
    kind
    phone
    communes {
      code
    }
  }
}
    `) as unknown as TypedDocumentString<AdminBrigadesQuery, AdminBrigadesQueryVariables>;
export const AdminCategoriesDocument = new TypedDocumentString(`
    query AdminCategories {
  categories {
    code
    label
    urgency
    order
    active
    diversion
  }
}
    `) as unknown as TypedDocumentString<AdminCategoriesQuery, AdminCategoriesQueryVariables>;
export const RoutingSetupDocument = new TypedDocumentString(`
    query RoutingSetup {
  communes(participating: true) {
    code
    name
    brigade {
      name
    }
  }
  categories {
    code
    label
  }
  brigades {
    id
    name
  }
}
    `) as unknown as TypedDocumentString<RoutingSetupQuery, RoutingSetupQueryVariables>;
export const RoutingRulesDocument = new TypedDocumentString(`
    query RoutingRules($c: String!) {
  categoryOverrides(communeCode: $c) {
    category {
      code
      label
    }
    brigade {
      id
      name
    }
  }
}
    `) as unknown as TypedDocumentString<RoutingRulesQuery, RoutingRulesQueryVariables>;
export const SetRoutingRuleDocument = new TypedDocumentString(`
    mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {
  setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) {
    code
  }
}
    `) as unknown as TypedDocumentString<SetRoutingRuleMutation, SetRoutingRuleMutationVariables>;
export const AccountsDocument = new TypedDocumentString(`
    query Accounts($filter: UserFilter, $after: String) {
  users(filter: $filter, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      role
      disabledAt
      enrolmentStatus
      brigade {
        name
      }
      commune {
        name
      }
      coordinatedCommunes {
        name
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AccountsQuery, AccountsQueryVariables>;
export const EnableAccountDocument = new TypedDocumentString(`
    mutation EnableAccount($id: ID!) {
  enableAccount(userId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<EnableAccountMutation, EnableAccountMutationVariables>;
export const DisableAccountDocument = new TypedDocumentString(`
    mutation DisableAccount($id: ID!) {
  disableAccount(userId: $id, reason: "Désactivé depuis la console") {
    id
  }
}
    `) as unknown as TypedDocumentString<DisableAccountMutation, DisableAccountMutationVariables>;
export const AuditDocument = new TypedDocumentString(`
    query Audit($after: String) {
  auditEvents(first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      at
      kind
      targetType
      targetId
      actor {
        displayName
      }
    }
  }
}
    `) as unknown as TypedDocumentString<AuditQuery, AuditQueryVariables>;
export const ResumeSessionDocument = new TypedDocumentString(`
    mutation ResumeSession {
  resumeSession {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`) as unknown as TypedDocumentString<ResumeSessionMutation, ResumeSessionMutationVariables>;
export const LoginDocument = new TypedDocumentString(`
    mutation Login($email: String!, $password: String!, $totpCode: String) {
  login(email: $email, password: $password, cookie: true, totpCode: $totpCode) {
    accessToken
    expiresIn
    user {
      ...Me
    }
  }
}
    fragment Me on User {
  id
  displayName
  email
  role
  rank
  commander
  brigade {
    id
    code
    name
    departement
    timeZone
  }
  coordinatedCommunes {
    code
    name
    timeZone
  }
}`) as unknown as TypedDocumentString<LoginMutation, LoginMutationVariables>;
export const LogoutEverywhereDocument = new TypedDocumentString(`
    mutation LogoutEverywhere {
  logoutEverywhere
}
    `) as unknown as TypedDocumentString<LogoutEverywhereMutation, LogoutEverywhereMutationVariables>;
export const EndSessionDocument = new TypedDocumentString(`
    mutation EndSession {
  endSession
}
    `) as unknown as TypedDocumentString<EndSessionMutation, EndSessionMutationVariables>;
export const BrigadeQueueDocument = new TypedDocumentString(`
    query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {
  brigadeQueue(filter: $filter, first: $first, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      status
      description
      createdAt
      priority
      overdue
      assignee {
        displayName
      }
      incident {
        id
        reportCount
      }
      category {
        code
        label
        urgency
      }
      commune {
        code
        name
      }
      location {
        latitude
        longitude
      }
    }
  }
}
    `) as unknown as TypedDocumentString<BrigadeQueueQuery, BrigadeQueueQueryVariables>;
export const BrigadeSetupDocument = new TypedDocumentString(`
    query BrigadeSetup {
  categories {
    code
    label
  }
  me {
    brigade {
      communes {
        code
        name
        referent {
          id
          displayName
        }
      }
    }
  }
  brigadeTo: brigades {
    id
    code
    name
  }
}
    `) as unknown as TypedDocumentString<BrigadeSetupQuery, BrigadeSetupQueryVariables>;
export const QueueOutlinesDocument = new TypedDocumentString(`
    query QueueOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `) as unknown as TypedDocumentString<QueueOutlinesQuery, QueueOutlinesQueryVariables>;
export const BrigadeQueueEventsDocument = new TypedDocumentString(`
    subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {
  brigadeQueueEvents(brigadeId: $brigade, after: $after) {
    id
    reportId
    kind
    status
  }
}
    `) as unknown as TypedDocumentString<BrigadeQueueEventsSubscription, BrigadeQueueEventsSubscriptionVariables>;
export const CommuneBroadcastsDocument = new TypedDocumentString(`
    query CommuneBroadcasts($code: String!, $after: String) {
  broadcasts(communeCode: $code, first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      body
      sender
      recipients
      createdAt
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneBroadcastsQuery, CommuneBroadcastsQueryVariables>;
export const BroadcastToResidentsDocument = new TypedDocumentString(`
    mutation BroadcastToResidents($input: BroadcastInput!) {
  broadcastToResidents(input: $input) {
    id
    recipients
  }
}
    `) as unknown as TypedDocumentString<BroadcastToResidentsMutation, BroadcastToResidentsMutationVariables>;
export const OpenProblemCaseDocument = new TypedDocumentString(`
    mutation OpenProblemCase($input: ProblemCaseInput!) {
  openProblemCase(input: $input) {
    id
    title
  }
}
    `) as unknown as TypedDocumentString<OpenProblemCaseMutation, OpenProblemCaseMutationVariables>;
export const CaseCandidatesDocument = new TypedDocumentString(`
    query CaseCandidates($case: ID!) {
  problemCaseCandidates(caseId: $case) {
    userId
    organisationId
    displayName
    role
    brigadeName
    organisation {
      name
      kind
    }
  }
}
    `) as unknown as TypedDocumentString<CaseCandidatesQuery, CaseCandidatesQueryVariables>;
export const AddProblemCaseMemberDocument = new TypedDocumentString(`
    mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
  addProblemCaseMember(
    caseId: $case
    userId: $user
    organisationId: $organisation
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddProblemCaseMemberMutation, AddProblemCaseMemberMutationVariables>;
export const RemoveProblemCaseMemberDocument = new TypedDocumentString(`
    mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {
  removeProblemCaseMember(
    caseId: $case
    userId: $user
    organisationId: $organisation
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<RemoveProblemCaseMemberMutation, RemoveProblemCaseMemberMutationVariables>;
export const CaseSuggestionsDocument = new TypedDocumentString(`
    query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {
  problemCaseSuggestions(caseId: $case, from: $from, to: $to) {
    id
    status
    createdAt
    observedAt
    category {
      label
    }
    commune {
      name
    }
  }
}
    `) as unknown as TypedDocumentString<CaseSuggestionsQuery, CaseSuggestionsQueryVariables>;
export const LinkReportsToProblemCaseDocument = new TypedDocumentString(`
    mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {
  linkReportsToProblemCase(caseId: $case, reportIds: $reports) {
    id
  }
}
    `) as unknown as TypedDocumentString<LinkReportsToProblemCaseMutation, LinkReportsToProblemCaseMutationVariables>;
export const ProblemCasesDocument = new TypedDocumentString(`
    query ProblemCases($after: String) {
  problemCases(first: 20, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      title
      status
      communeCodes
      openedAt
    }
  }
}
    `) as unknown as TypedDocumentString<ProblemCasesQuery, ProblemCasesQueryVariables>;
export const ProblemCaseDetailDocument = new TypedDocumentString(`
    query ProblemCaseDetail($id: ID!) {
  problemCase(id: $id) {
    id
    title
    problem
    status
    managedByMe
    openedAt
    closedAt
    assessment
    evaluation {
      windowDays
      totalBefore
      totalAfter
      afterComplete
    }
    members {
      userId
      organisationId
      displayName
      role
      brigadeName
      organisation {
        name
      }
    }
    reports {
      categoryCode
      status
      communeCode
      observedOn
    }
    actions {
      id
      title
      owner
      dueOn
      status
      outcome
    }
    meetings {
      id
      heldOn
      attendees
      minutes
    }
  }
}
    `) as unknown as TypedDocumentString<ProblemCaseDetailQuery, ProblemCaseDetailQueryVariables>;
export const SaveProblemCaseActionDocument = new TypedDocumentString(`
    mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {
  saveProblemCaseAction(caseId: $case, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<SaveProblemCaseActionMutation, SaveProblemCaseActionMutationVariables>;
export const CloseProblemCaseDocument = new TypedDocumentString(`
    mutation CloseProblemCase($case: ID!, $assessment: String!) {
  closeProblemCase(caseId: $case, assessment: $assessment) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseProblemCaseMutation, CloseProblemCaseMutationVariables>;
export const RecordProblemCaseMeetingDocument = new TypedDocumentString(`
    mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {
  recordProblemCaseMeeting(caseId: $case, input: $input) {
    id
  }
}
    `) as unknown as TypedDocumentString<RecordProblemCaseMeetingMutation, RecordProblemCaseMeetingMutationVariables>;
export const CoordinatorFeedDocument = new TypedDocumentString(`
    subscription CoordinatorFeed {
  myNotifications {
    kind
  }
}
    `) as unknown as TypedDocumentString<CoordinatorFeedSubscription, CoordinatorFeedSubscriptionVariables>;
export const CommuneBilanDocument = new TypedDocumentString(`
    query CommuneBilan($code: String!, $year: Int!) {
  communeBilan(communeCode: $code, year: $year) {
    total
    threshold
    csv
  }
}
    `) as unknown as TypedDocumentString<CommuneBilanQuery, CommuneBilanQueryVariables>;
export const EnrolmentRequestsDocument = new TypedDocumentString(`
    query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {
  enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      displayName
      email
      phone
      enrolmentStatus
    }
  }
}
    `) as unknown as TypedDocumentString<EnrolmentRequestsQuery, EnrolmentRequestsQueryVariables>;
export const DecideEnrolmentDocument = new TypedDocumentString(`
    mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {
  decideEnrolment(userId: $id, approve: $approve, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<DecideEnrolmentMutation, DecideEnrolmentMutationVariables>;
export const SuspendResidentDocument = new TypedDocumentString(`
    mutation SuspendResident($id: ID!, $reason: String!) {
  suspendResident(userId: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<SuspendResidentMutation, SuspendResidentMutationVariables>;
export const ReinstateResidentDocument = new TypedDocumentString(`
    mutation ReinstateResident($id: ID!) {
  reinstateResident(userId: $id) {
    id
  }
}
    `) as unknown as TypedDocumentString<ReinstateResidentMutation, ReinstateResidentMutationVariables>;
export const CommuneAlertsDocument = new TypedDocumentString(`
    query CommuneAlerts($code: String!) {
  interventionAlerts(communeCode: $code, first: 20) {
    nodes {
      id
      message
      recipients
      createdAt
      closedAt
      closingMessage
    }
  }
}
    `) as unknown as TypedDocumentString<CommuneAlertsQuery, CommuneAlertsQueryVariables>;
export const CommuneActivityDocument = new TypedDocumentString(`
    query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {
  communeOutlines(codes: [$code]) {
    code
    name
    polygons
  }
  communeActivity(communeCode: $code, from: $from, to: $to) {
    total
    medianSecondsToAcknowledge
    byCategory {
      key
      count
    }
    byStatus {
      key
      count
    }
    byWeek {
      key
      count
    }
    reports(first: 100) {
      nodes {
        id
        status
        category {
          label
        }
        location {
          latitude
          longitude
        }
      }
    }
  }
  categories {
    code
    label
  }
}
    `) as unknown as TypedDocumentString<CommuneActivityQuery, CommuneActivityQueryVariables>;
export const DepartementPageDocument = new TypedDocumentString(`
    query DepartementPage($departement: String!, $from: Date!, $to: Date!) {
  departementActivity(departement: $departement, from: $from, to: $to) {
    total
    communes {
      code
      name
      participating
      total
      open
    }
    byWeek {
      key
      count
    }
    brigades {
      brigade {
        code
        name
      }
      total
      acknowledged
      medianSecondsToAcknowledge
      overdue
      overdueShare
    }
    cells {
      latitude
      longitude
      count
    }
  }
}
    `) as unknown as TypedDocumentString<DepartementPageQuery, DepartementPageQueryVariables>;
export const DepartementOutlinesDocument = new TypedDocumentString(`
    query DepartementOutlines($codes: [String!]!) {
  communeOutlines(codes: $codes) {
    code
    name
    polygons
  }
}
    `) as unknown as TypedDocumentString<DepartementOutlinesQuery, DepartementOutlinesQueryVariables>;
export const DepartementChoicesDocument = new TypedDocumentString(`
    query DepartementChoices {
  brigades {
    departement
  }
}
    `) as unknown as TypedDocumentString<DepartementChoicesQuery, DepartementChoicesQueryVariables>;
export const ConfirmIncidentDocument = new TypedDocumentString(`
    mutation ConfirmIncident($id: ID!) {
  confirmIncident(incidentId: $id) {
    id
    confirmed
  }
}
    `) as unknown as TypedDocumentString<ConfirmIncidentMutation, ConfirmIncidentMutationVariables>;
export const SplitReportFromIncidentDocument = new TypedDocumentString(`
    mutation SplitReportFromIncident($id: ID!, $reason: String) {
  splitReportFromIncident(reportId: $id, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<SplitReportFromIncidentMutation, SplitReportFromIncidentMutationVariables>;
export const TransitionIncidentDocument = new TypedDocumentString(`
    mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {
  transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TransitionIncidentMutation, TransitionIncidentMutationVariables>;
export const AdminCommunesDocument = new TypedDocumentString(`
    query AdminCommunes($departement: String!, $participating: Boolean) {
  communes(departement: $departement, participating: $participating) {
    code
    name
    participating
    participatingSince
    brigade {
      name
    }
    referent {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AdminCommunesQuery, AdminCommunesQueryVariables>;
export const ParticipationHistoryDocument = new TypedDocumentString(`
    query ParticipationHistory($code: String!) {
  participationHistory(communeCode: $code) {
    joinedOn
    protocolReference
    leftOn
    leavingReference
    updatedAt
    recordedBy {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ParticipationHistoryQuery, ParticipationHistoryQueryVariables>;
export const SetCommuneParticipationDocument = new TypedDocumentString(`
    mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {
  setCommuneParticipation(
    communeCode: $code
    participating: $participating
    effectiveOn: $on
    protocolReference: $reference
  ) {
    code
    participating
    participatingSince
  }
}
    `) as unknown as TypedDocumentString<SetCommuneParticipationMutation, SetCommuneParticipationMutationVariables>;
export const PartnerOrganisationsDocument = new TypedDocumentString(`
    query PartnerOrganisations($departement: String!) {
  partnerOrganisations(departement: $departement) {
    id
    name
    kind
    departement
  }
}
    `) as unknown as TypedDocumentString<PartnerOrganisationsQuery, PartnerOrganisationsQueryVariables>;
export const PartnerAccountsDocument = new TypedDocumentString(`
    query PartnerAccounts($organisation: ID!) {
  partnerAccounts(organisationId: $organisation) {
    id
    displayName
    email
    phone
    disabledAt
  }
}
    `) as unknown as TypedDocumentString<PartnerAccountsQuery, PartnerAccountsQueryVariables>;
export const SavePartnerOrganisationDocument = new TypedDocumentString(`
    mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {
  savePartnerOrganisation(input: $input) {
    id
    name
    kind
  }
}
    `) as unknown as TypedDocumentString<SavePartnerOrganisationMutation, SavePartnerOrganisationMutationVariables>;
export const CreatePartnerAccountDocument = new TypedDocumentString(`
    mutation CreatePartnerAccount($input: PartnerAccountInput!) {
  createPartnerAccount(input: $input) {
    user {
      id
      displayName
      email
    }
    resetCode {
      code
      expiresAt
    }
  }
}
    `) as unknown as TypedDocumentString<CreatePartnerAccountMutation, CreatePartnerAccountMutationVariables>;
export const RequestPasswordResetDocument = new TypedDocumentString(`
    mutation RequestPasswordReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `) as unknown as TypedDocumentString<RequestPasswordResetMutation, RequestPasswordResetMutationVariables>;
export const ResetPasswordDocument = new TypedDocumentString(`
    mutation ResetPassword($email: String!, $code: String!, $password: String!) {
  resetPassword(email: $email, code: $code, newPassword: $password)
}
    `) as unknown as TypedDocumentString<ResetPasswordMutation, ResetPasswordMutationVariables>;
export const ReferentCandidatesDocument = new TypedDocumentString(`
    query ReferentCandidates {
  brigadeStaff {
    id
    displayName
    rank
  }
}
    `) as unknown as TypedDocumentString<ReferentCandidatesQuery, ReferentCandidatesQueryVariables>;
export const ReferentHistoryDocument = new TypedDocumentString(`
    query ReferentHistory($code: String!) {
  referentHistory(communeCode: $code) {
    startedAt
    endedAt
    referent {
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<ReferentHistoryQuery, ReferentHistoryQueryVariables>;
export const DesignateReferentDocument = new TypedDocumentString(`
    mutation DesignateReferent($code: String!, $user: ID!) {
  designateReferent(communeCode: $code, userId: $user) {
    code
    referent {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<DesignateReferentMutation, DesignateReferentMutationVariables>;
export const EndReferentDocument = new TypedDocumentString(`
    mutation EndReferent($code: String!) {
  endReferent(communeCode: $code) {
    code
  }
}
    `) as unknown as TypedDocumentString<EndReferentMutation, EndReferentMutationVariables>;
export const ReportDetailDocument = new TypedDocumentString(`
    query ReportDetail($id: ID!) {
  report(id: $id) {
    id
    status
    description
    observedAt
    createdAt
    routingRule
    accuracyMeters
    priority
    acknowledgeBy
    overdue
    assignee {
      id
      displayName
    }
    category {
      code
      label
      urgency
    }
    commune {
      code
      name
    }
    brigade {
      id
      name
    }
    location {
      latitude
      longitude
    }
    photos {
      id
      url
    }
    reporter {
      displayName
      email
      phone
    }
    duplicateOf {
      id
    }
    events {
      id
      kind
      status
      publicNote
      internalNote
      actorRole
      at
    }
    possibleDuplicates {
      reportId
      categoryCode
      status
      distanceMeters
      observedAt
    }
    incident {
      id
      confirmed
      reportCount
      reports {
        id
        status
        observedAt
        category {
          label
        }
      }
    }
  }
}
    `) as unknown as TypedDocumentString<ReportDetailQuery, ReportDetailQueryVariables>;
export const SecurityRequestsDocument = new TypedDocumentString(`
    query SecurityRequests($status: SecurityRequestStatus, $after: String) {
  securityRequests(filter: {status: $status}, first: 50, after: $after) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      id
      communeCode
      topic
      subject
      status
      updatedAt
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityRequestsQuery, SecurityRequestsQueryVariables>;
export const SecurityRequestThreadDocument = new TypedDocumentString(`
    query SecurityRequestThread($id: ID!) {
  securityRequest(id: $id) {
    id
    status
    messages {
      authorRole
      body
      createdAt
    }
  }
}
    `) as unknown as TypedDocumentString<SecurityRequestThreadQuery, SecurityRequestThreadQueryVariables>;
export const OpenSecurityRequestDocument = new TypedDocumentString(`
    mutation OpenSecurityRequest($input: SecurityRequestInput!) {
  openSecurityRequest(input: $input) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<OpenSecurityRequestMutation, OpenSecurityRequestMutationVariables>;
export const ReplyToSecurityRequestDocument = new TypedDocumentString(`
    mutation ReplyToSecurityRequest($id: ID!, $body: String!) {
  replyToSecurityRequest(id: $id, body: $body) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<ReplyToSecurityRequestMutation, ReplyToSecurityRequestMutationVariables>;
export const CloseSecurityRequestDocument = new TypedDocumentString(`
    mutation CloseSecurityRequest($id: ID!) {
  closeSecurityRequest(id: $id) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<CloseSecurityRequestMutation, CloseSecurityRequestMutationVariables>;
export const SetTotpDocument = new TypedDocumentString(`
    mutation SetTotp($code: String) {
  setTotp(code: $code) {
    uri
    qrSvg
    secret
    enabled
    recoveryCodes
  }
}
    `) as unknown as TypedDocumentString<SetTotpMutation, SetTotpMutationVariables>;
export const MySmsAlertsDocument = new TypedDocumentString(`
    query MySmsAlerts {
  me {
    id
    phone
    smsAlerts
  }
}
    `) as unknown as TypedDocumentString<MySmsAlertsQuery, MySmsAlertsQueryVariables>;
export const SetSmsAlertsDocument = new TypedDocumentString(`
    mutation SetSmsAlerts($enabled: Boolean!) {
  setSmsAlerts(enabled: $enabled) {
    id
    smsAlerts
  }
}
    `) as unknown as TypedDocumentString<SetSmsAlertsMutation, SetSmsAlertsMutationVariables>;
export const TransitionReportDocument = new TypedDocumentString(`
    mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {
  transitionReport(
    reportId: $id
    to: $to
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<TransitionReportMutation, TransitionReportMutationVariables>;
export const AddReportNoteDocument = new TypedDocumentString(`
    mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {
  addReportNote(
    reportId: $id
    publicNote: $publicNote
    internalNote: $internalNote
  ) {
    id
  }
}
    `) as unknown as TypedDocumentString<AddReportNoteMutation, AddReportNoteMutationVariables>;
export const MarkDuplicateDocument = new TypedDocumentString(`
    mutation MarkDuplicate($id: ID!, $of: ID!) {
  markDuplicate(reportId: $id, duplicateOf: $of) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<MarkDuplicateMutation, MarkDuplicateMutationVariables>;
export const RerouteReportDocument = new TypedDocumentString(`
    mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {
  rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) {
    id
  }
}
    `) as unknown as TypedDocumentString<RerouteReportMutation, RerouteReportMutationVariables>;
export const ReportAlertsDocument = new TypedDocumentString(`
    query ReportAlerts($commune: String!) {
  interventionAlerts(communeCode: $commune, first: 20) {
    nodes {
      id
      message
      createdAt
      closedAt
      reportId
    }
  }
}
    `) as unknown as TypedDocumentString<ReportAlertsQuery, ReportAlertsQueryVariables>;
export const SendInterventionAlertDocument = new TypedDocumentString(`
    mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {
  sendInterventionAlert(
    communeCode: $commune
    message: $message
    reportId: $report
  ) {
    id
    recipients
  }
}
    `) as unknown as TypedDocumentString<SendInterventionAlertMutation, SendInterventionAlertMutationVariables>;
export const CloseInterventionAlertDocument = new TypedDocumentString(`
    mutation CloseInterventionAlert($id: ID!, $message: String!) {
  closeInterventionAlert(id: $id, message: $message) {
    id
    closedAt
  }
}
    `) as unknown as TypedDocumentString<CloseInterventionAlertMutation, CloseInterventionAlertMutationVariables>;
export const BrigadeStaffDocument = new TypedDocumentString(`
    query BrigadeStaff {
  brigadeStaff {
    id
    displayName
    rank
    commander
  }
}
    `) as unknown as TypedDocumentString<BrigadeStaffQuery, BrigadeStaffQueryVariables>;
export const AssignReportDocument = new TypedDocumentString(`
    mutation AssignReport($id: ID!, $user: ID) {
  assignReport(reportId: $id, userId: $user) {
    id
    assignee {
      id
      displayName
    }
  }
}
    `) as unknown as TypedDocumentString<AssignReportMutation, AssignReportMutationVariables>;
export const FlagReporterAbuseDocument = new TypedDocumentString(`
    mutation FlagReporterAbuse($id: ID!, $reason: String!) {
  flagReporterAbuse(reportId: $id, reason: $reason) {
    id
    status
  }
}
    `) as unknown as TypedDocumentString<FlagReporterAbuseMutation, FlagReporterAbuseMutationVariables>;
export const SetReportPriorityDocument = new TypedDocumentString(`
    mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {
  setReportPriority(reportId: $id, priority: $priority, reason: $reason) {
    id
    priority
  }
}
    `) as unknown as TypedDocumentString<SetReportPriorityMutation, SetReportPriorityMutationVariables>;