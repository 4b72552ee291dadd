/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n": typeof types.AbuseFlagsDocument,
    "\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n": typeof types.DecideAbuseFlagDocument,
    "\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n": typeof types.AdminBrigadesDocument,
    "\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n": typeof types.AdminCategoriesDocument,
    "\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n": typeof types.RoutingSetupDocument,
    "\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n": typeof types.RoutingRulesDocument,
    "\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n": typeof types.SetRoutingRuleDocument,
    "\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n": typeof types.AccountsDocument,
    "\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n": typeof types.EnableAccountDocument,
    "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: \"Désactivé depuis la console\") { id }\n  }\n": typeof types.DisableAccountDocument,
    "\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n": typeof types.AuditDocument,
    "\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n": typeof types.MeFragmentDoc,
    "\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n": typeof types.ResumeSessionDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n": typeof types.LoginDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": typeof types.LogoutEverywhereDocument,
    "\n  mutation EndSession {\n    endSession\n  }\n": typeof types.EndSessionDocument,
    "\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n": typeof types.BrigadeQueueDocument,
    "\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id displayName } } } }\n    brigadeTo: brigades { id code name }\n  }\n": typeof types.BrigadeSetupDocument,
    "\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n": typeof types.QueueOutlinesDocument,
    "\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n": typeof types.BrigadeQueueEventsDocument,
    "\n  query CommuneBroadcasts($code: String!, $after: String) {\n    broadcasts(communeCode: $code, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title body sender recipients createdAt expiresAt }\n    }\n  }\n": typeof types.CommuneBroadcastsDocument,
    "\n  mutation BroadcastToResidents($input: BroadcastInput!) {\n    broadcastToResidents(input: $input) { id recipients }\n  }\n": typeof types.BroadcastToResidentsDocument,
    "\n  mutation OpenProblemCase($input: ProblemCaseInput!) {\n    openProblemCase(input: $input) { id title }\n  }\n": typeof types.OpenProblemCaseDocument,
    "\n  query CaseCandidates($case: ID!) {\n    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }\n  }\n": typeof types.CaseCandidatesDocument,
    "\n  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n": typeof types.AddProblemCaseMemberDocument,
    "\n  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n": typeof types.RemoveProblemCaseMemberDocument,
    "\n  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {\n    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }\n  }\n": typeof types.CaseSuggestionsDocument,
    "\n  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {\n    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }\n  }\n": typeof types.LinkReportsToProblemCaseDocument,
    "\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n": typeof types.ProblemCasesDocument,
    "\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { userId organisationId displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n": typeof types.ProblemCaseDetailDocument,
    "\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n": typeof types.SaveProblemCaseActionDocument,
    "\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n": typeof types.CloseProblemCaseDocument,
    "\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n": typeof types.RecordProblemCaseMeetingDocument,
    "\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n": typeof types.CoordinatorFeedDocument,
    "\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n": typeof types.CommuneBilanDocument,
    "\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n": typeof types.EnrolmentRequestsDocument,
    "\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n": typeof types.DecideEnrolmentDocument,
    "\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n": typeof types.SuspendResidentDocument,
    "\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n": typeof types.ReinstateResidentDocument,
    "\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n": typeof types.CommuneAlertsDocument,
    "\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n": typeof types.CommuneActivityDocument,
    "\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n": typeof types.DepartementPageDocument,
    "\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n": typeof types.DepartementOutlinesDocument,
    "\n  query DepartementChoices {\n    brigades { departement }\n  }\n": typeof types.DepartementChoicesDocument,
    "\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n": typeof types.ConfirmIncidentDocument,
    "\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n": typeof types.SplitReportFromIncidentDocument,
    "\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n": typeof types.TransitionIncidentDocument,
    "\n  query AdminCommunes($departement: String!, $participating: Boolean) {\n    communes(departement: $departement, participating: $participating) {\n      code name participating participatingSince brigade { name } referent { displayName }\n    }\n  }\n": typeof types.AdminCommunesDocument,
    "\n  query ParticipationHistory($code: String!) {\n    participationHistory(communeCode: $code) {\n      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }\n    }\n  }\n": typeof types.ParticipationHistoryDocument,
    "\n  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {\n    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {\n      code participating participatingSince\n    }\n  }\n": typeof types.SetCommuneParticipationDocument,
    "\n  query PartnerOrganisations($departement: String!) {\n    partnerOrganisations(departement: $departement) { id name kind departement }\n  }\n": typeof types.PartnerOrganisationsDocument,
    "\n  query PartnerAccounts($organisation: ID!) {\n    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }\n  }\n": typeof types.PartnerAccountsDocument,
    "\n  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {\n    savePartnerOrganisation(input: $input) { id name kind }\n  }\n": typeof types.SavePartnerOrganisationDocument,
    "\n  mutation CreatePartnerAccount($input: PartnerAccountInput!) {\n    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }\n  }\n": typeof types.CreatePartnerAccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": typeof types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($email: String!, $code: String!, $password: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $password)\n  }\n": typeof types.ResetPasswordDocument,
    "\n  query ReferentCandidates {\n    brigadeStaff { id displayName rank }\n  }\n": typeof types.ReferentCandidatesDocument,
    "\n  query ReferentHistory($code: String!) {\n    referentHistory(communeCode: $code) { startedAt endedAt referent { displayName } }\n  }\n": typeof types.ReferentHistoryDocument,
    "\n  mutation DesignateReferent($code: String!, $user: ID!) {\n    designateReferent(communeCode: $code, userId: $user) { code referent { id displayName } }\n  }\n": typeof types.DesignateReferentDocument,
    "\n  mutation EndReferent($code: String!) {\n    endReferent(communeCode: $code) { code }\n  }\n": typeof types.EndReferentDocument,
    "\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n": typeof types.ReportDetailDocument,
    "\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n": typeof types.SecurityRequestsDocument,
    "\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n": typeof types.SecurityRequestThreadDocument,
    "\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n": typeof types.OpenSecurityRequestDocument,
    "\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n": typeof types.ReplyToSecurityRequestDocument,
    "\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n": typeof types.CloseSecurityRequestDocument,
    "\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n": typeof types.SetTotpDocument,
    "\n  query MySmsAlerts {\n    me { id phone smsAlerts }\n  }\n": typeof types.MySmsAlertsDocument,
    "\n  mutation SetSmsAlerts($enabled: Boolean!) {\n    setSmsAlerts(enabled: $enabled) { id smsAlerts }\n  }\n": typeof types.SetSmsAlertsDocument,
    "\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n": typeof types.TransitionReportDocument,
    "\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n": typeof types.AddReportNoteDocument,
    "\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n": typeof types.MarkDuplicateDocument,
    "\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n": typeof types.RerouteReportDocument,
    "\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n": typeof types.ReportAlertsDocument,
    "\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n": typeof types.SendInterventionAlertDocument,
    "\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n": typeof types.CloseInterventionAlertDocument,
    "\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n": typeof types.BrigadeStaffDocument,
    "\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n": typeof types.AssignReportDocument,
    "\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n": typeof types.FlagReporterAbuseDocument,
    "\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n": typeof types.SetReportPriorityDocument,
};
const documents: Documents = {
    "\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n": types.AbuseFlagsDocument,
    "\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n": types.DecideAbuseFlagDocument,
    "\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n": types.AdminBrigadesDocument,
    "\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n": types.AdminCategoriesDocument,
    "\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n": types.RoutingSetupDocument,
    "\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n": types.RoutingRulesDocument,
    "\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n": types.SetRoutingRuleDocument,
    "\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n": types.AccountsDocument,
    "\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n": types.EnableAccountDocument,
    "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: \"Désactivé depuis la console\") { id }\n  }\n": types.DisableAccountDocument,
    "\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n": types.AuditDocument,
    "\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n": types.MeFragmentDoc,
    "\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n": types.ResumeSessionDocument,
    "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n": types.LoginDocument,
    "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n": types.LogoutEverywhereDocument,
    "\n  mutation EndSession {\n    endSession\n  }\n": types.EndSessionDocument,
    "\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n": types.BrigadeQueueDocument,
    "\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id displayName } } } }\n    brigadeTo: brigades { id code name }\n  }\n": types.BrigadeSetupDocument,
    "\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n": types.QueueOutlinesDocument,
    "\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n": types.BrigadeQueueEventsDocument,
    "\n  query CommuneBroadcasts($code: String!, $after: String) {\n    broadcasts(communeCode: $code, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title body sender recipients createdAt expiresAt }\n    }\n  }\n": types.CommuneBroadcastsDocument,
    "\n  mutation BroadcastToResidents($input: BroadcastInput!) {\n    broadcastToResidents(input: $input) { id recipients }\n  }\n": types.BroadcastToResidentsDocument,
    "\n  mutation OpenProblemCase($input: ProblemCaseInput!) {\n    openProblemCase(input: $input) { id title }\n  }\n": types.OpenProblemCaseDocument,
    "\n  query CaseCandidates($case: ID!) {\n    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }\n  }\n": types.CaseCandidatesDocument,
    "\n  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n": types.AddProblemCaseMemberDocument,
    "\n  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n": types.RemoveProblemCaseMemberDocument,
    "\n  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {\n    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }\n  }\n": types.CaseSuggestionsDocument,
    "\n  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {\n    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }\n  }\n": types.LinkReportsToProblemCaseDocument,
    "\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n": types.ProblemCasesDocument,
    "\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { userId organisationId displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n": types.ProblemCaseDetailDocument,
    "\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n": types.SaveProblemCaseActionDocument,
    "\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n": types.CloseProblemCaseDocument,
    "\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n": types.RecordProblemCaseMeetingDocument,
    "\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n": types.CoordinatorFeedDocument,
    "\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n": types.CommuneBilanDocument,
    "\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n": types.EnrolmentRequestsDocument,
    "\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n": types.DecideEnrolmentDocument,
    "\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n": types.SuspendResidentDocument,
    "\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n": types.ReinstateResidentDocument,
    "\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n": types.CommuneAlertsDocument,
    "\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n": types.CommuneActivityDocument,
    "\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n": types.DepartementPageDocument,
    "\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n": types.DepartementOutlinesDocument,
    "\n  query DepartementChoices {\n    brigades { departement }\n  }\n": types.DepartementChoicesDocument,
    "\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n": types.ConfirmIncidentDocument,
    "\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n": types.SplitReportFromIncidentDocument,
    "\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n": types.TransitionIncidentDocument,
    "\n  query AdminCommunes($departement: String!, $participating: Boolean) {\n    communes(departement: $departement, participating: $participating) {\n      code name participating participatingSince brigade { name } referent { displayName }\n    }\n  }\n": types.AdminCommunesDocument,
    "\n  query ParticipationHistory($code: String!) {\n    participationHistory(communeCode: $code) {\n      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }\n    }\n  }\n": types.ParticipationHistoryDocument,
    "\n  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {\n    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {\n      code participating participatingSince\n    }\n  }\n": types.SetCommuneParticipationDocument,
    "\n  query PartnerOrganisations($departement: String!) {\n    partnerOrganisations(departement: $departement) { id name kind departement }\n  }\n": types.PartnerOrganisationsDocument,
    "\n  query PartnerAccounts($organisation: ID!) {\n    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }\n  }\n": types.PartnerAccountsDocument,
    "\n  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {\n    savePartnerOrganisation(input: $input) { id name kind }\n  }\n": types.SavePartnerOrganisationDocument,
    "\n  mutation CreatePartnerAccount($input: PartnerAccountInput!) {\n    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }\n  }\n": types.CreatePartnerAccountDocument,
    "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n": types.RequestPasswordResetDocument,
    "\n  mutation ResetPassword($email: String!, $code: String!, $password: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $password)\n  }\n": types.ResetPasswordDocument,
    "\n  query ReferentCandidates {\n    brigadeStaff { id displayName rank }\n  }\n": types.ReferentCandidatesDocument,
    "\n  query ReferentHistory($code: String!) {\n    referentHistory(communeCode: $code) { startedAt endedAt referent { displayName } }\n  }\n": types.ReferentHistoryDocument,
    "\n  mutation DesignateReferent($code: String!, $user: ID!) {\n    designateReferent(communeCode: $code, userId: $user) { code referent { id displayName } }\n  }\n": types.DesignateReferentDocument,
    "\n  mutation EndReferent($code: String!) {\n    endReferent(communeCode: $code) { code }\n  }\n": types.EndReferentDocument,
    "\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n": types.ReportDetailDocument,
    "\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n": types.SecurityRequestsDocument,
    "\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n": types.SecurityRequestThreadDocument,
    "\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n": types.OpenSecurityRequestDocument,
    "\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n": types.ReplyToSecurityRequestDocument,
    "\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n": types.CloseSecurityRequestDocument,
    "\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n": types.SetTotpDocument,
    "\n  query MySmsAlerts {\n    me { id phone smsAlerts }\n  }\n": types.MySmsAlertsDocument,
    "\n  mutation SetSmsAlerts($enabled: Boolean!) {\n    setSmsAlerts(enabled: $enabled) { id smsAlerts }\n  }\n": types.SetSmsAlertsDocument,
    "\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n": types.TransitionReportDocument,
    "\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n": types.AddReportNoteDocument,
    "\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n": types.MarkDuplicateDocument,
    "\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n": types.RerouteReportDocument,
    "\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n": types.ReportAlertsDocument,
    "\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n": types.SendInterventionAlertDocument,
    "\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n": types.CloseInterventionAlertDocument,
    "\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n": types.BrigadeStaffDocument,
    "\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n": types.AssignReportDocument,
    "\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n": types.FlagReporterAbuseDocument,
    "\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n": types.SetReportPriorityDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AbuseFlags($code: String!) {\n    abuseFlags(communeCode: $code, status: OPEN, first: 50) {\n      totalCount\n      nodes { id reason createdAt resident { displayName email } brigade { name } }\n    }\n  }\n"): typeof import('./graphql').AbuseFlagsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideAbuseFlag($id: ID!, $suspend: Boolean!, $note: String) {\n    decideAbuseFlag(id: $id, suspend: $suspend, note: $note) { id status }\n  }\n"): typeof import('./graphql').DecideAbuseFlagDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminBrigades {\n    brigades { id code name kind phone communes { code } }\n  }\n"): typeof import('./graphql').AdminBrigadesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCategories {\n    categories { code label urgency order active diversion }\n  }\n"): typeof import('./graphql').AdminCategoriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingSetup {\n    communes(participating: true) { code name brigade { name } }\n    categories { code label }\n    brigades { id name }\n  }\n"): typeof import('./graphql').RoutingSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoutingRules($c: String!) {\n    categoryOverrides(communeCode: $c) { category { code label } brigade { id name } }\n  }\n"): typeof import('./graphql').RoutingRulesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetRoutingRule($c: String!, $k: String!, $b: ID) {\n    setRoutingRule(communeCode: $c, categoryCode: $k, brigadeId: $b) { code }\n  }\n"): typeof import('./graphql').SetRoutingRuleDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Accounts($filter: UserFilter, $after: String) {\n    users(filter: $filter, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email role disabledAt enrolmentStatus brigade { name } commune { name } coordinatedCommunes { name } }\n    }\n  }\n"): typeof import('./graphql').AccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EnableAccount($id: ID!) {\n    enableAccount(userId: $id) { id }\n  }\n"): typeof import('./graphql').EnableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DisableAccount($id: ID!) {\n    disableAccount(userId: $id, reason: \"Désactivé depuis la console\") { id }\n  }\n"): typeof import('./graphql').DisableAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Audit($after: String) {\n    auditEvents(first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id at kind targetType targetId actor { displayName } }\n    }\n  }\n"): typeof import('./graphql').AuditDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment Me on User {\n    id\n    displayName\n    email\n    role\n    rank\n    commander\n    brigade { id code name departement timeZone }\n    coordinatedCommunes { code name timeZone }\n  }\n"): typeof import('./graphql').MeFragmentDoc;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResumeSession {\n    resumeSession { accessToken expiresIn user { ...Me } }\n  }\n"): typeof import('./graphql').ResumeSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($email: String!, $password: String!, $totpCode: String) {\n    login(email: $email, password: $password, cookie: true, totpCode: $totpCode) { accessToken expiresIn user { ...Me } }\n  }\n"): typeof import('./graphql').LoginDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LogoutEverywhere {\n    logoutEverywhere\n  }\n"): typeof import('./graphql').LogoutEverywhereDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndSession {\n    endSession\n  }\n"): typeof import('./graphql').EndSessionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrigadeQueue($filter: QueueFilter, $first: Int, $after: String) {\n    brigadeQueue(filter: $filter, first: $first, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id status description createdAt priority overdue assignee { displayName } incident { id reportCount } category { code label urgency } commune { code name } location { latitude longitude } }\n    }\n  }\n"): typeof import('./graphql').BrigadeQueueDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrigadeSetup {\n    categories { code label }\n    me { brigade { communes { code name referent { id displayName } } } }\n    brigadeTo: brigades { id code name }\n  }\n"): typeof import('./graphql').BrigadeSetupDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query QueueOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n"): typeof import('./graphql').QueueOutlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription BrigadeQueueEvents($brigade: ID!, $after: ID) {\n    brigadeQueueEvents(brigadeId: $brigade, after: $after) { id reportId kind status }\n  }\n"): typeof import('./graphql').BrigadeQueueEventsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneBroadcasts($code: String!, $after: String) {\n    broadcasts(communeCode: $code, first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title body sender recipients createdAt expiresAt }\n    }\n  }\n"): typeof import('./graphql').CommuneBroadcastsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation BroadcastToResidents($input: BroadcastInput!) {\n    broadcastToResidents(input: $input) { id recipients }\n  }\n"): typeof import('./graphql').BroadcastToResidentsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenProblemCase($input: ProblemCaseInput!) {\n    openProblemCase(input: $input) { id title }\n  }\n"): typeof import('./graphql').OpenProblemCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseCandidates($case: ID!) {\n    problemCaseCandidates(caseId: $case) { userId organisationId displayName role brigadeName organisation { name kind } }\n  }\n"): typeof import('./graphql').CaseCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    addProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n"): typeof import('./graphql').AddProblemCaseMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveProblemCaseMember($case: ID!, $user: ID, $organisation: ID) {\n    removeProblemCaseMember(caseId: $case, userId: $user, organisationId: $organisation) { id }\n  }\n"): typeof import('./graphql').RemoveProblemCaseMemberDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CaseSuggestions($case: ID!, $from: DateTime!, $to: DateTime!) {\n    problemCaseSuggestions(caseId: $case, from: $from, to: $to) { id status createdAt observedAt category { label } commune { name } }\n  }\n"): typeof import('./graphql').CaseSuggestionsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkReportsToProblemCase($case: ID!, $reports: [ID!]!) {\n    linkReportsToProblemCase(caseId: $case, reportIds: $reports) { id }\n  }\n"): typeof import('./graphql').LinkReportsToProblemCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProblemCases($after: String) {\n    problemCases(first: 20, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id title status communeCodes openedAt }\n    }\n  }\n"): typeof import('./graphql').ProblemCasesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ProblemCaseDetail($id: ID!) {\n    problemCase(id: $id) {\n      id title problem status managedByMe openedAt closedAt assessment\n      evaluation { windowDays totalBefore totalAfter afterComplete }\n      members { userId organisationId displayName role brigadeName organisation { name } }\n      reports { categoryCode status communeCode observedOn }\n      actions { id title owner dueOn status outcome }\n      meetings { id heldOn attendees minutes }\n    }\n  }\n"): typeof import('./graphql').ProblemCaseDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProblemCaseAction($case: ID!, $input: ProblemCaseActionInput!) {\n    saveProblemCaseAction(caseId: $case, input: $input) { id }\n  }\n"): typeof import('./graphql').SaveProblemCaseActionDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseProblemCase($case: ID!, $assessment: String!) {\n    closeProblemCase(caseId: $case, assessment: $assessment) { id status }\n  }\n"): typeof import('./graphql').CloseProblemCaseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordProblemCaseMeeting($case: ID!, $input: ProblemCaseMeetingInput!) {\n    recordProblemCaseMeeting(caseId: $case, input: $input) { id }\n  }\n"): typeof import('./graphql').RecordProblemCaseMeetingDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CoordinatorFeed {\n    myNotifications { kind }\n  }\n"): typeof import('./graphql').CoordinatorFeedDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneBilan($code: String!, $year: Int!) {\n    communeBilan(communeCode: $code, year: $year) { total threshold csv }\n  }\n"): typeof import('./graphql').CommuneBilanDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query EnrolmentRequests($code: String!, $status: EnrolmentStatus, $after: String) {\n    enrolmentRequests(communeCode: $code, status: $status, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id displayName email phone enrolmentStatus }\n    }\n  }\n"): typeof import('./graphql').EnrolmentRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DecideEnrolment($id: ID!, $approve: Boolean!, $reason: String) {\n    decideEnrolment(userId: $id, approve: $approve, reason: $reason) { id }\n  }\n"): typeof import('./graphql').DecideEnrolmentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SuspendResident($id: ID!, $reason: String!) {\n    suspendResident(userId: $id, reason: $reason) { id }\n  }\n"): typeof import('./graphql').SuspendResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReinstateResident($id: ID!) {\n    reinstateResident(userId: $id) { id }\n  }\n"): typeof import('./graphql').ReinstateResidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneAlerts($code: String!) {\n    interventionAlerts(communeCode: $code, first: 20) { nodes { id message recipients createdAt closedAt closingMessage } }\n  }\n"): typeof import('./graphql').CommuneAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommuneActivity($code: String!, $from: DateTime, $to: DateTime) {\n    communeOutlines(codes: [$code]) { code name polygons }\n    communeActivity(communeCode: $code, from: $from, to: $to) {\n      total\n      medianSecondsToAcknowledge\n      byCategory { key count }\n      byStatus { key count }\n      byWeek { key count }\n      reports(first: 100) { nodes { id status category { label } location { latitude longitude } } }\n    }\n    categories { code label }\n  }\n"): typeof import('./graphql').CommuneActivityDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartementPage($departement: String!, $from: Date!, $to: Date!) {\n    departementActivity(departement: $departement, from: $from, to: $to) {\n      total\n      communes { code name participating total open }\n      byWeek { key count }\n      brigades { brigade { code name } total acknowledged medianSecondsToAcknowledge overdue overdueShare }\n      cells { latitude longitude count }\n    }\n  }\n"): typeof import('./graphql').DepartementPageDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartementOutlines($codes: [String!]!) {\n    communeOutlines(codes: $codes) { code name polygons }\n  }\n"): typeof import('./graphql').DepartementOutlinesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query DepartementChoices {\n    brigades { departement }\n  }\n"): typeof import('./graphql').DepartementChoicesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ConfirmIncident($id: ID!) {\n    confirmIncident(incidentId: $id) { id confirmed }\n  }\n"): typeof import('./graphql').ConfirmIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SplitReportFromIncident($id: ID!, $reason: String) {\n    splitReportFromIncident(reportId: $id, reason: $reason) { id }\n  }\n"): typeof import('./graphql').SplitReportFromIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionIncident($id: ID!, $to: ReportStatus!, $publicNote: String) {\n    transitionIncident(incidentId: $id, to: $to, publicNote: $publicNote) { id status }\n  }\n"): typeof import('./graphql').TransitionIncidentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AdminCommunes($departement: String!, $participating: Boolean) {\n    communes(departement: $departement, participating: $participating) {\n      code name participating participatingSince brigade { name } referent { displayName }\n    }\n  }\n"): typeof import('./graphql').AdminCommunesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationHistory($code: String!) {\n    participationHistory(communeCode: $code) {\n      joinedOn protocolReference leftOn leavingReference updatedAt recordedBy { displayName }\n    }\n  }\n"): typeof import('./graphql').ParticipationHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetCommuneParticipation($code: String!, $participating: Boolean!, $on: Date!, $reference: String) {\n    setCommuneParticipation(communeCode: $code, participating: $participating, effectiveOn: $on, protocolReference: $reference) {\n      code participating participatingSince\n    }\n  }\n"): typeof import('./graphql').SetCommuneParticipationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerOrganisations($departement: String!) {\n    partnerOrganisations(departement: $departement) { id name kind departement }\n  }\n"): typeof import('./graphql').PartnerOrganisationsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PartnerAccounts($organisation: ID!) {\n    partnerAccounts(organisationId: $organisation) { id displayName email phone disabledAt }\n  }\n"): typeof import('./graphql').PartnerAccountsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SavePartnerOrganisation($input: PartnerOrganisationInput!) {\n    savePartnerOrganisation(input: $input) { id name kind }\n  }\n"): typeof import('./graphql').SavePartnerOrganisationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePartnerAccount($input: PartnerAccountInput!) {\n    createPartnerAccount(input: $input) { user { id displayName email } resetCode { code expiresAt } }\n  }\n"): typeof import('./graphql').CreatePartnerAccountDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RequestPasswordReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n"): typeof import('./graphql').RequestPasswordResetDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ResetPassword($email: String!, $code: String!, $password: String!) {\n    resetPassword(email: $email, code: $code, newPassword: $password)\n  }\n"): typeof import('./graphql').ResetPasswordDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentCandidates {\n    brigadeStaff { id displayName rank }\n  }\n"): typeof import('./graphql').ReferentCandidatesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReferentHistory($code: String!) {\n    referentHistory(communeCode: $code) { startedAt endedAt referent { displayName } }\n  }\n"): typeof import('./graphql').ReferentHistoryDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DesignateReferent($code: String!, $user: ID!) {\n    designateReferent(communeCode: $code, userId: $user) { code referent { id displayName } }\n  }\n"): typeof import('./graphql').DesignateReferentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndReferent($code: String!) {\n    endReferent(communeCode: $code) { code }\n  }\n"): typeof import('./graphql').EndReferentDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportDetail($id: ID!) {\n    report(id: $id) {\n      id status description observedAt createdAt routingRule accuracyMeters priority acknowledgeBy overdue\n      assignee { id displayName }\n      category { code label urgency }\n      commune { code name }\n      brigade { id name }\n      location { latitude longitude }\n      photos { id url }\n      reporter { displayName email phone }\n      duplicateOf { id }\n      events { id kind status publicNote internalNote actorRole at }\n      possibleDuplicates { reportId categoryCode status distanceMeters observedAt }\n      incident { id confirmed reportCount reports { id status observedAt category { label } } }\n    }\n  }\n"): typeof import('./graphql').ReportDetailDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityRequests($status: SecurityRequestStatus, $after: String) {\n    securityRequests(filter: { status: $status }, first: 50, after: $after) {\n      totalCount\n      pageInfo { hasNextPage endCursor }\n      nodes { id communeCode topic subject status updatedAt }\n    }\n  }\n"): typeof import('./graphql').SecurityRequestsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query SecurityRequestThread($id: ID!) {\n    securityRequest(id: $id) { id status messages { authorRole body createdAt } }\n  }\n"): typeof import('./graphql').SecurityRequestThreadDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenSecurityRequest($input: SecurityRequestInput!) {\n    openSecurityRequest(input: $input) { id status }\n  }\n"): typeof import('./graphql').OpenSecurityRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToSecurityRequest($id: ID!, $body: String!) {\n    replyToSecurityRequest(id: $id, body: $body) { id status }\n  }\n"): typeof import('./graphql').ReplyToSecurityRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseSecurityRequest($id: ID!) {\n    closeSecurityRequest(id: $id) { id status }\n  }\n"): typeof import('./graphql').CloseSecurityRequestDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetTotp($code: String) {\n    setTotp(code: $code) { uri qrSvg secret enabled recoveryCodes }\n  }\n"): typeof import('./graphql').SetTotpDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MySmsAlerts {\n    me { id phone smsAlerts }\n  }\n"): typeof import('./graphql').MySmsAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetSmsAlerts($enabled: Boolean!) {\n    setSmsAlerts(enabled: $enabled) { id smsAlerts }\n  }\n"): typeof import('./graphql').SetSmsAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation TransitionReport($id: ID!, $to: ReportStatus!, $publicNote: String, $internalNote: String) {\n    transitionReport(reportId: $id, to: $to, publicNote: $publicNote, internalNote: $internalNote) { id status }\n  }\n"): typeof import('./graphql').TransitionReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddReportNote($id: ID!, $publicNote: String, $internalNote: String) {\n    addReportNote(reportId: $id, publicNote: $publicNote, internalNote: $internalNote) { id }\n  }\n"): typeof import('./graphql').AddReportNoteDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkDuplicate($id: ID!, $of: ID!) {\n    markDuplicate(reportId: $id, duplicateOf: $of) { id status }\n  }\n"): typeof import('./graphql').MarkDuplicateDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RerouteReport($id: ID!, $to: ID!, $reason: String!) {\n    rerouteReport(reportId: $id, brigadeId: $to, reason: $reason) { id }\n  }\n"): typeof import('./graphql').RerouteReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReportAlerts($commune: String!) {\n    interventionAlerts(communeCode: $commune, first: 20) { nodes { id message createdAt closedAt reportId } }\n  }\n"): typeof import('./graphql').ReportAlertsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SendInterventionAlert($commune: String!, $message: String!, $report: ID) {\n    sendInterventionAlert(communeCode: $commune, message: $message, reportId: $report) { id recipients }\n  }\n"): typeof import('./graphql').SendInterventionAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseInterventionAlert($id: ID!, $message: String!) {\n    closeInterventionAlert(id: $id, message: $message) { id closedAt }\n  }\n"): typeof import('./graphql').CloseInterventionAlertDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query BrigadeStaff {\n    brigadeStaff { id displayName rank commander }\n  }\n"): typeof import('./graphql').BrigadeStaffDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AssignReport($id: ID!, $user: ID) {\n    assignReport(reportId: $id, userId: $user) { id assignee { id displayName } }\n  }\n"): typeof import('./graphql').AssignReportDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation FlagReporterAbuse($id: ID!, $reason: String!) {\n    flagReporterAbuse(reportId: $id, reason: $reason) { id status }\n  }\n"): typeof import('./graphql').FlagReporterAbuseDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetReportPriority($id: ID!, $priority: Int!, $reason: String) {\n    setReportPriority(reportId: $id, priority: $priority, reason: $reason) { id priority }\n  }\n"): typeof import('./graphql').SetReportPriorityDocument;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
