//! Rows of reports: filing, reading, triage, live events, each over own and foreign scope.

use serde_json::{Value, json};

use super::{FORBIDDEN, MISSING, OK, ROLES, Roles, UNAUTH, brigade_of, each, same};

/// `SEEN` when the report comes back, `NULL` when it is hidden, else the error code.
fn read_outcome(response: &vigie_tests::Gql) -> String {
    match response.body.get("errors") {
        Some(_) => response.error_code().to_owned(),
        None if response.body["data"]["report"].is_null() => "NULL".to_owned(),
        None => "SEEN".to_owned(),
    }
}

/// Files `count` reports in Giromagny as the demo resident; returns their ids.
pub(super) async fn reports(roles: &Roles, tag: &str, count: usize) -> Vec<String> {
    let resident = &roles.clients[1].1;
    let filings = (0..count).map(|n| async move {
        let input = crate::reports::filing(&format!("{tag}-{n}"), "OTHER", crate::reports::inside("90052"));
        let filed = resident.query(crate::reports::FILE, input).await;
        filed.data()["fileReport"]["id"]
            .as_str()
            .unwrap_or_else(|| panic!("a filing: {}", filed.body))
            .to_owned()
    });
    futures_util::future::join_all(filings).await
}

pub(super) async fn report_rows(roles: &Roles) -> Vec<String> {
    let (unauth, forbidden, missing) = (UNAUTH, FORBIDDEN, MISSING);
    let staff_only = [unauth, forbidden, OK, forbidden, forbidden, forbidden, missing, forbidden];
    let reporter_only = [unauth, OK, forbidden, forbidden, forbidden, forbidden, forbidden, forbidden];
    let own_brigade = [unauth, forbidden, OK, forbidden, forbidden, OK, forbidden, forbidden];
    let own_commune = [unauth, forbidden, forbidden, OK, forbidden, OK, forbidden, forbidden];
    let mut failures = Vec::new();

    let seen = reports(roles, "read", 1).await.remove(0);
    let read = "query($id: ID!) { report(id: $id) { id } }";
    for ((role, client), expected) in
        roles.clients.iter().zip(["NULL", "SEEN", "SEEN", "SEEN", "NULL", "SEEN", "NULL", "NULL"])
    {
        let got = read_outcome(&client.query(read, json!({ "id": seen })).await);
        if got != expected {
            failures.push(format!("report(id) as {role}: expected {expected}, got {got}"));
        }
    }
    failures.extend(same(roles, "myReports", reporter_only, "{ myReports { totalCount } }", json!({})).await);
    let queue = "query($b: ID) { brigadeQueue(brigadeId: $b) { totalCount } }";
    let brigade = brigade_of(roles, 2).await;
    failures
        .extend(same(roles, "brigadeQueue(own brigade)", own_brigade, queue, json!({ "b": brigade })).await);
    let activity = "{ communeActivity(communeCode: \"90052\") { total } }";
    failures.extend(same(roles, "communeActivity(own commune)", own_commune, activity, json!({})).await);
    failures.extend(
        each(roles, "fileReport", reporter_only, crate::reports::FILE, |at| {
            crate::reports::filing(&format!("matrix-{at}"), "OTHER", crate::reports::inside("90052"))
        })
        .await,
    );

    let delle = brigade_of(roles, 6).await;
    let operations: Vec<(&str, &str, [&str; 8], Value)> = vec![
        (
            "transitionReport",
            "mutation($id: ID!) { transitionReport(reportId: $id, to: ACKNOWLEDGED) { id } }",
            staff_only,
            json!({}),
        ),
        (
            "addReportNote",
            "mutation($id: ID!) { addReportNote(reportId: $id, internalNote: \"vu\") { id } }",
            staff_only,
            json!({}),
        ),
        (
            "rerouteReport",
            "mutation($id: ID!, $b: ID!) { rerouteReport(reportId: $id, brigadeId: $b, reason: \"compétence\") { id } }",
            staff_only,
            json!({ "b": delle }),
        ),
        (
            "addReportComment",
            "mutation($id: ID!) { addReportComment(reportId: $id, body: \"précision\") { id } }",
            reporter_only,
            json!({}),
        ),
        (
            "withdrawReport",
            "mutation($id: ID!) { withdrawReport(reportId: $id) { id } }",
            reporter_only,
            json!({}),
        ),
    ];
    for (name, mutation, expected, extra) in operations {
        let ids = reports(roles, name, ROLES).await;
        failures.extend(
            each(roles, name, expected, mutation, |at| {
                let mut variables = extra.clone();
                variables["id"] = json!(ids[at]);
                variables
            })
            .await,
        );
    }
    failures.extend(brigade_work_rows(roles, staff_only, own_brigade).await);
    failures.extend(abuse_rows(roles, staff_only).await);
    let alert = "mutation { sendInterventionAlert(communeCode: \"90052\", message: \"Intervention en cours.\") { id } }";
    failures.extend(same(roles, "sendInterventionAlert(own commune)", own_brigade, alert, json!({})).await);
    let upload = "mutation { requestPhotoUpload(contentType: \"image/jpeg\", byteSize: 20000) { photoId } }";
    failures.extend(same(roles, "requestPhotoUpload", reporter_only, upload, json!({})).await);
    // Photos nobody uploaded: the reporter learns they are unknown, no one else learns anything.
    let reporter_learns =
        [unauth, "BAD_USER_INPUT", forbidden, forbidden, forbidden, forbidden, forbidden, forbidden];
    let photos = "mutation($id: ID!) { addReportPhotos(reportId: $id, photoIds: [\"0190f0a0-0000-7000-8000-000000000000\"]) { id } }";
    failures.extend(
        same(roles, "addReportPhotos(unknown photo)", reporter_learns, photos, json!({ "id": seen })).await,
    );
    let pairs = reports(roles, "dup", ROLES + 1).await;
    let duplicate = "mutation($id: ID!, $of: ID!) { markDuplicate(reportId: $id, duplicateOf: $of) { id } }";
    failures.extend(
        each(
            roles,
            "markDuplicate",
            staff_only,
            duplicate,
            |at| json!({ "id": pairs[at], "of": pairs[ROLES] }),
        )
        .await,
    );
    failures
}

/// Rows of the brigade's work: assignment, priority, the staff to assign to, a département's
/// acknowledgement delays.
async fn brigade_work_rows(
    roles: &Roles,
    staff_only: [&'static str; 8],
    own_brigade: [&'static str; 8],
) -> Vec<String> {
    let (unauth, forbidden) = (UNAUTH, FORBIDDEN);
    let departement_admin = [unauth, forbidden, forbidden, forbidden, forbidden, OK, forbidden, forbidden];
    let mut failures = Vec::new();
    let staff = roles.clients[2].1.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let assigned = reports(roles, "assign", ROLES).await;
    let assign = "mutation($id: ID!, $u: ID) { assignReport(reportId: $id, userId: $u) { id } }";
    failures.extend(
        each(roles, "assignReport", staff_only, assign, |at| json!({ "id": assigned[at], "u": staff })).await,
    );
    let prioritised = reports(roles, "priority", ROLES).await;
    let priority =
        "mutation($id: ID!) { setReportPriority(reportId: $id, priority: 3, reason: \"récidive\") { id } }";
    failures.extend(
        each(roles, "setReportPriority", staff_only, priority, |at| json!({ "id": prioritised[at] })).await,
    );
    let brigade = brigade_of(roles, 2).await;
    let list = "query($b: ID) { brigadeStaff(brigadeId: $b) { id } }";
    failures
        .extend(same(roles, "brigadeStaff(own brigade)", own_brigade, list, json!({ "b": brigade })).await);
    let glance =
        "{ departementActivity(departement: \"90\", from: \"2026-01-01\", to: \"2026-12-31\") { total } }";
    failures.extend(
        same(roles, "departementActivity(own département)", departement_admin, glance, json!({})).await,
    );
    let read = "{ acknowledgementDeadlines(departement: \"90\") { urgentMinutes } }";
    failures.extend(
        same(roles, "acknowledgementDeadlines(own département)", departement_admin, read, json!({})).await,
    );
    let set = "mutation { setAcknowledgementDeadlines(departement: \"90\", input: { urgentMinutes: 15, highMinutes: 120, normalMinutes: 1440, lowMinutes: 4320 }) { chosen } }";
    failures.extend(
        same(roles, "setAcknowledgementDeadlines(own département)", departement_admin, set, json!({})).await,
    );
    failures
}

/// Rows of abusive use: the brigade flags (its reports' reporters), the commune reads and
/// decides (two open flags, on two residents: one per role that may decide).
async fn abuse_rows(roles: &Roles, staff_only: [&'static str; 8]) -> Vec<String> {
    let (unauth, forbidden, missing) = (UNAUTH, FORBIDDEN, MISSING);
    let mut failures = Vec::new();
    let flag = "mutation($r: ID!) { flagReporterAbuse(reportId: $r, reason: \"Signalements infondés répétés.\") { id } }";
    let flagged = reports(roles, "abuse", ROLES).await;
    failures
        .extend(each(roles, "flagReporterAbuse", staff_only, flag, |at| json!({ "r": flagged[at] })).await);
    let list = "{ abuseFlags(communeCode: \"90052\") { totalCount nodes { id } } }";
    let own_commune = [unauth, forbidden, forbidden, OK, forbidden, OK, forbidden, forbidden];
    failures.extend(same(roles, "abuseFlags(own commune)", own_commune, list, json!({})).await);

    // A second resident of Giromagny, approved, files a report the brigade flags.
    let (anonymous, staff, admin) = (&roles.clients[0].1, &roles.clients[2].1, &roles.clients[5].1);
    let email = "second.abus@giromagny.test";
    let register = "mutation($i: RegisterInput!) { register(input: $i) { user { id } } }";
    let input = json!({ "i": { "email": email, "password": "une phrase de passe solide", "displayName": "Second habitant", "communeCode": "90052" } });
    let user = anonymous.query(register, input).await.data()["register"]["user"]["id"].clone();
    admin
        .query(
            "mutation($u: ID!) { decideEnrolment(userId: $u, approve: true) { id } }",
            json!({ "u": user }),
        )
        .await
        .data();
    let login = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken } }";
    let signed = anonymous.query(login, json!({ "e": email, "p": "une phrase de passe solide" })).await;
    let second = anonymous.with_token(signed.data()["login"]["accessToken"].as_str().expect("token"));
    let input = crate::reports::filing("abuse-second", "OTHER", crate::reports::inside("90052"));
    let report = second.query(crate::reports::FILE, input).await.data()["fileReport"]["id"].clone();
    let other = staff.query(flag, json!({ "r": report })).await.data()["flagReporterAbuse"]["id"].clone();
    let first = admin.query(list, json!({})).await.data()["abuseFlags"]["nodes"]
        .as_array()
        .expect("flags")
        .iter()
        .map(|node| node["id"].clone())
        .find(|id| *id != other)
        .expect("the first flag");
    let decide = "mutation($id: ID!) { decideAbuseFlag(id: $id, suspend: false, note: \"Rien d'abusif.\") { status } }";
    let deciders = [unauth, missing, missing, OK, missing, OK, missing, missing];
    failures.extend(
        each(
            roles,
            "decideAbuseFlag",
            deciders,
            decide,
            |at| json!({ "id": if at == 5 { &other } else { &first } }),
        )
        .await,
    );
    failures
}
