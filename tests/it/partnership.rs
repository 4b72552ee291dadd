//! Référents and partnership groups, as a story on the demo territory: a référent is
//! designated, a mayor asks for a security diagnosis and is answered, a problem case about
//! motorbike rodeos gathers the mayor and a social landlord, links reports, records actions
//! and a meeting, shows partners only coarse locations and no reporter, and closes with
//! before/after counts.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::reports::{FILE, filing, inside};

const PASSWORD: &str = "une phrase de passe solide";

/// A partner account of `organisation`, created by `steward`, signed in with the password
/// its owner chose with the one-time code.
pub async fn partner(app: &TestApp, steward: &Client, organisation: &Value, email: &str) -> Client {
    let create = "mutation($input: PartnerAccountInput!) { createPartnerAccount(input: $input) { user { id role } resetCode { code } } }";
    let input = json!({ "input": { "email": email, "displayName": "Chargée de site", "organisationId": organisation } });
    let created = steward.query(create, input).await;
    let account = created.data()["createPartnerAccount"].clone();
    assert_eq!(account["user"]["role"], "PARTNER");
    let reset = "mutation($e: String!, $c: String!, $p: String!) { resetPassword(email: $e, code: $c, newPassword: $p) }";
    let code = account["resetCode"]["code"].clone();
    app.anonymous().query(reset, json!({ "e": email, "c": code, "p": PASSWORD })).await.data();
    app.login(email, PASSWORD).await
}

/// A new partner organisation of the Territoire de Belfort, saved by `steward`.
pub async fn organisation(steward: &Client, name: &str) -> Value {
    let save = "mutation($n: String!) { savePartnerOrganisation(input: { name: $n, kind: SOCIAL_LANDLORD, departement: \"90\" }) { id } }";
    steward.query(save, json!({ "n": name })).await.data()["savePartnerOrganisation"]["id"].clone()
}

/// Another commune of the Giromagny brigade.
pub async fn neighbour(client: &Client) -> String {
    let communes = client.query("{ communes { code brigade { code } } }", json!({})).await;
    communes.data()["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .find(|commune| commune["brigade"]["code"] == "COB-GIROMAGNY" && commune["code"] != "90052")
        .expect("a second commune")["code"]
        .as_str()
        .expect("code")
        .to_owned()
}

async fn id_of(client: &Client) -> Value {
    client.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone()
}

#[tokio::test]
async fn a_referent_answers_the_mayor_and_leads_a_partnership_case_to_its_evaluation() {
    let app = TestApp::spawn().await;
    let commander = app.staff().await;
    let admin = app.admin().await;
    let mayor = app.coordinator().await;
    let resident = app.resident().await;

    // The commander designates a référent for Giromagny; the mayor sees who it is.
    let referent = app.staff_of("COB-GIROMAGNY", "referent.giromagny@gendarmerie.test").await;
    let referent_id = id_of(&referent).await;
    let profile = "mutation($id: ID!) { setStaffProfile(userId: $id, commander: false, rank: \"Maréchal des logis-chef\") { rank } }";
    admin.query(profile, json!({ "id": referent_id })).await.data();
    let designate = "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }";
    commander.query(designate, json!({ "id": referent_id })).await.data();
    let refused = referent.query(designate, json!({ "id": referent_id })).await;
    assert_eq!(refused.error_code(), "FORBIDDEN", "only the commander designates");
    let seen = mayor
        .query("{ communes(participating: true) { code referent { displayName rank email } } }", json!({}))
        .await;
    let giromagny = seen.data()["communes"]
        .as_array()
        .expect("communes")
        .iter()
        .find(|c| c["code"] == "90052")
        .cloned()
        .expect("90052");
    assert_eq!(giromagny["referent"]["rank"], "Maréchal des logis-chef");
    assert_eq!(giromagny["referent"]["email"], "referent.giromagny@gendarmerie.test");
    let hidden = resident
        .query("{ communes(participating: true) { code referent { displayName } } }", json!({}))
        .await;
    assert!(hidden.data()["communes"].as_array().expect("communes").iter().all(|c| c["referent"].is_null()));
    let history = commander
        .query("{ referentHistory(communeCode: \"90052\") { endedAt referent { email } } }", json!({}))
        .await;
    assert_eq!(
        history.data()["referentHistory"].as_array().expect("history").len(),
        2,
        "the seed's designation, then this one"
    );

    // The mayor asks for a security diagnosis and gets an answer.
    let open = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: SECURITY_DIAGNOSIS, subject: \"Diagnostic de la salle des fêtes\", body: \"Pouvez-vous évaluer l'éclairage et les accès ?\" }) { id status } }";
    let request = mayor.query(open, json!({})).await.data()["openSecurityRequest"].clone();
    assert_eq!(request["status"], "OPEN");
    let inbox = referent.query("{ securityRequests(first: 5) { totalCount edges { node { subject topic } } } notifications(first: 5) { edges { node { kind } } } }", json!({})).await;
    assert_eq!(inbox.data()["securityRequests"]["totalCount"], 1);
    assert_eq!(inbox.data()["notifications"]["edges"][0]["node"]["kind"], "SECURITY_REQUEST");
    let reply = "mutation($id: ID!) { replyToSecurityRequest(id: $id, body: \"Nous passons jeudi à 14 h.\") { status messages { authorRole body } } }";
    let answered =
        referent.query(reply, json!({ "id": request["id"] })).await.data()["replyToSecurityRequest"].clone();
    assert_eq!(answered["status"], "ANSWERED");
    assert_eq!(answered["messages"].as_array().expect("messages").len(), 2);
    let heard = mayor.query("{ notifications(first: 5) { edges { node { kind } } } }", json!({})).await;
    assert_eq!(heard.data()["notifications"]["edges"][0]["node"]["kind"], "SECURITY_REQUEST");
    let plain_staff = app.staff_of("COB-GIROMAGNY", "agent@gendarmerie.test").await;
    let not_referent = plain_staff.query("{ securityRequests { totalCount } }", json!({})).await;
    assert_eq!(not_referent.error_code(), "FORBIDDEN");

    // Reports of rodeos, before the case: six observed ten days ago.
    let ten_days_ago = (chrono::Utc::now() - chrono::Duration::days(10)).to_rfc3339();
    let mut before = Vec::new();
    for n in 0..6 {
        let mut input = filing(&format!("rodeo-{n}"), "MOTORBIKE_RODEO", inside("90052"));
        input["input"]["observedAt"] = json!(ten_days_ago);
        let filed = resident.query(FILE, input).await;
        before.push(filed.data()["fileReport"]["id"].as_str().expect("id").to_owned());
    }

    // The référent opens the case for two communes, with the mayor and a social landlord.
    let second = neighbour(&referent).await;
    let open_case = "mutation($c: [String!]!) { openProblemCase(input: { title: \"Rodéos motorisés\", problem: \"Deux-roues motorisés le soir près du stade.\", communeCodes: $c, categoryCodes: [\"MOTORBIKE_RODEO\"] }) { id status managedByMe } }";
    let case =
        referent.query(open_case, json!({ "c": ["90052", second] })).await.data()["openProblemCase"].clone();
    assert_eq!((case["status"].as_str(), case["managedByMe"].as_bool()), (Some("OPEN"), Some(true)));
    let case_id = case["id"].clone();
    let landlord = organisation(&referent, "Néolia").await;
    let partner_client = partner(&app, &referent, &landlord, "site@neolia.test").await;
    let add = "mutation($c: ID!, $u: ID, $o: ID) { addProblemCaseMember(caseId: $c, userId: $u, organisationId: $o) { members { displayName organisation { name } } } }";
    referent.query(add, json!({ "c": case_id, "u": id_of(&mayor).await })).await.data();
    let members = referent.query(add, json!({ "c": case_id, "o": landlord })).await;
    assert_eq!(members.data()["addProblemCaseMember"]["members"].as_array().expect("members").len(), 2);
    // Each member names what it stands for, so that it can be removed: an account or an
    // organisation. A third one, added then removed by the id the list gives.
    let plain = app.staff_of("COB-GIROMAGNY", "agent.dossier@gendarmerie.test").await;
    let ids = "mutation($c: ID!, $u: ID, $o: ID) { addProblemCaseMember(caseId: $c, userId: $u, organisationId: $o) { members { userId organisationId displayName } } }";
    let plain_id = id_of(&plain).await;
    let listed = referent.query(ids, json!({ "c": case_id, "u": plain_id })).await;
    let listed = listed.data()["addProblemCaseMember"]["members"].as_array().expect("members").clone();
    assert!(listed.iter().any(|m| m["organisationId"] == landlord && m["userId"].is_null()), "{listed:?}");
    let third = listed.iter().find(|m| m["userId"] == plain_id).expect("the third member, by its id");
    let remove = "mutation($c: ID!, $u: ID) { removeProblemCaseMember(caseId: $c, userId: $u) { members { userId } } }";
    let left = referent.query(remove, json!({ "c": case_id, "u": third["userId"] })).await;
    assert_eq!(left.data()["removeProblemCaseMember"]["members"].as_array().expect("members").len(), 2);

    // Five reports linked, chosen among the suggestions.
    let suggest = "query($c: ID!, $f: DateTime!, $t: DateTime!) { problemCaseSuggestions(caseId: $c, from: $f, to: $t) { id } }";
    let window = json!({ "c": case_id, "f": (chrono::Utc::now() - chrono::Duration::days(30)).to_rfc3339(), "t": chrono::Utc::now().to_rfc3339() });
    let suggested: Vec<String> = referent.query(suggest, window).await.data()["problemCaseSuggestions"]
        .as_array()
        .expect("suggestions")
        .iter()
        .map(|report| report["id"].as_str().expect("id").to_owned())
        .collect();
    assert_eq!(suggested.len(), 6);
    let link = "mutation($c: ID!, $r: [ID!]!) { linkReportsToProblemCase(caseId: $c, reportIds: $r) { reports { reportId } } }";
    let linked = referent.query(link, json!({ "c": case_id, "r": suggested[..5] })).await;
    assert_eq!(linked.data()["linkReportsToProblemCase"]["reports"].as_array().expect("reports").len(), 5);

    // Two actions (one done) and a meeting.
    let action = "mutation($c: ID!, $t: String!, $s: ActionStatus!) { saveProblemCaseAction(caseId: $c, input: { title: $t, owner: \"Mairie de Giromagny\", status: $s, dueOn: \"2027-01-15\" }) { id status doneAt } }";
    let done = referent
        .query(action, json!({ "c": case_id, "t": "Pose de chicanes rue des Vosges", "s": "DONE" }))
        .await;
    assert!(done.data()["saveProblemCaseAction"]["doneAt"].is_string());
    referent
        .query(
            action,
            json!({ "c": case_id, "t": "Patrouilles ciblées le vendredi soir", "s": "IN_PROGRESS" }),
        )
        .await
        .data();
    let meeting = "mutation($c: ID!) { recordProblemCaseMeeting(caseId: $c, input: { heldOn: \"2026-11-20\", attendees: \"Mairie, Néolia, COB Giromagny\", minutes: \"Chicanes décidées ; patrouilles le vendredi.\" }) { id } }";
    referent.query(meeting, json!({ "c": case_id })).await.data();
    let partner_heard =
        partner_client.query("{ notifications(first: 5) { edges { node { kind } } } }", json!({})).await;
    assert_eq!(partner_heard.data()["notifications"]["edges"][0]["node"]["kind"], "PROBLEM_CASE");

    // The partner sees the case with coarse locations and no report id; no reporter exists in the shape.
    let read = "query($c: ID!) { problemCase(id: $c) { title actions { title } meetings { minutes } reports { reportId categoryCode location { latitude longitude } } } }";
    let as_partner = partner_client.query(read, json!({ "c": case_id })).await;
    let seen = &as_partner.data()["problemCase"];
    assert_eq!(seen["actions"].as_array().expect("actions").len(), 2);
    let (latitude, longitude) = inside("90052");
    for report in seen["reports"].as_array().expect("reports") {
        assert!(report["reportId"].is_null());
        let (lat, lon) = (
            report["location"]["latitude"].as_f64().expect("lat"),
            report["location"]["longitude"].as_f64().expect("lon"),
        );
        assert!((lat - latitude).abs() < 0.003 && (lon - longitude).abs() < 0.004, "near");
        assert!(lat != latitude || lon != longitude, "never exact");
    }
    let as_referent = referent.query(read, json!({ "c": case_id })).await;
    assert!(as_referent.data()["problemCase"]["reports"][0]["reportId"].is_string());
    // Round 3, finding 8: the partner sees the lead as a member (name, role, brigade), never
    // their professional contact; the référent's own side still does.
    let lead = "query($c: ID!) { problemCase(id: $c) { lead { email phone } leadMember { displayName role brigadeName } } }";
    let partner_view = partner_client.query(lead, json!({ "c": case_id })).await;
    let partner_view = &partner_view.data()["problemCase"];
    assert!(partner_view["lead"].is_null(), "{partner_view}");
    assert_eq!(partner_view["leadMember"]["role"], "BRIGADE_STAFF");
    assert!(partner_view["leadMember"]["brigadeName"].as_str().is_some_and(|name| !name.is_empty()));
    let referent_view = referent.query(lead, json!({ "c": case_id })).await;
    assert_eq!(referent_view.data()["problemCase"]["lead"]["email"], "referent.giromagny@gendarmerie.test");

    // A partner of another case, a resident and a staff member who is not a member see nothing of it.
    let other_landlord = organisation(&referent, "Habitat Nord").await;
    let other_partner = partner(&app, &referent, &other_landlord, "site@habitat-nord.test").await;
    for outsider in [&other_partner, &resident, &plain_staff] {
        let response = outsider.query(read, json!({ "c": case_id })).await;
        assert!(
            response.body.get("errors").is_some() || response.data()["problemCase"].is_null(),
            "{:?}",
            response.body
        );
    }
    assert_eq!(
        other_partner.query("{ problemCases { totalCount } }", json!({})).await.data()["problemCases"]["totalCount"],
        0
    );
    assert_eq!(
        partner_client.query("{ problemCases { totalCount } }", json!({})).await.data()["problemCases"]["totalCount"],
        1
    );
    assert_eq!(resident.query("{ problemCases { totalCount } }", json!({})).await.error_code(), "FORBIDDEN");
    let partner_edits = partner_client.query(meeting, json!({ "c": case_id })).await;
    assert_eq!(partner_edits.error_code(), "FORBIDDEN");

    // After the actions: two more rodeos. Closing computes the counts.
    for n in 0..2 {
        resident
            .query(FILE, filing(&format!("rodeo-after-{n}"), "MOTORBIKE_RODEO", inside("90052")))
            .await
            .data();
    }
    let close = "mutation($c: ID!) { closeProblemCase(caseId: $c, assessment: \"Baisse nette après les chicanes.\", windowDays: 30) { status evaluation { windowDays totalBefore totalAfter afterComplete rows { categoryCode month before after } } } }";
    let without = referent
        .query(
            "mutation($c: ID!) { closeProblemCase(caseId: $c, assessment: \" \") { status } }",
            json!({ "c": case_id }),
        )
        .await;
    assert_eq!((without.error_code(), without.error_field()), ("BAD_USER_INPUT", Some("assessment")));
    let closed = referent.query(close, json!({ "c": case_id })).await.data()["closeProblemCase"].clone();
    assert_eq!(closed["status"], "CLOSED");
    let evaluation = &closed["evaluation"];
    assert_eq!(
        (evaluation["totalBefore"].as_i64(), evaluation["totalAfter"].as_i64()),
        (Some(6), Some(2)),
        "{evaluation}"
    );
    assert_eq!(evaluation["afterComplete"], false);
    assert!(
        evaluation["rows"]
            .as_array()
            .expect("rows")
            .iter()
            .all(|row| row["categoryCode"] == "MOTORBIKE_RODEO")
    );
    let after_close = referent.query(action, json!({ "c": case_id, "t": "Trop tard", "s": "PLANNED" })).await;
    assert_eq!(after_close.error_code(), "CONFLICT");
    let _ = before;
}

#[tokio::test]
async fn a_case_sector_is_validated_before_any_work() {
    let app = TestApp::spawn().await;
    let referent = app.staff().await;
    let open_case = "mutation($s: String) { openProblemCase(input: { title: \"t\", problem: \"p\", communeCodes: [\"90052\"], sector: $s, categoryCodes: [\"MOTORBIKE_RODEO\"] }) { id sector } }";
    let garbage =
        referent.query(open_case, json!({ "s": "{\"type\":\"Point\",\"coordinates\":[6.8,47.7]}" })).await;
    assert_eq!((garbage.error_code(), garbage.error_field()), ("BAD_USER_INPUT", Some("sector")));
    let huge =
        format!("{{\"type\":\"Polygon\",\"coordinates\":[[{}]]}}", vec!["[6.8,47.7]"; 20_000].join(","));
    let too_big = referent.query(open_case, json!({ "s": huge })).await;
    assert_eq!(too_big.error_field(), Some("sector"));
    let square = "{\"type\":\"Polygon\",\"coordinates\":[[[6.80,47.70],[6.90,47.70],[6.90,47.80],[6.80,47.80],[6.80,47.70]]]}";
    let opened = referent.query(open_case, json!({ "s": square })).await;
    assert_eq!(opened.data()["openProblemCase"]["sector"], square);
    let elsewhere = "mutation { openProblemCase(input: { title: \"t\", problem: \"p\", communeCodes: [\"90033\"], categoryCodes: [\"MOTORBIKE_RODEO\"] }) { id } }";
    let refused = referent.query(elsewhere, json!({})).await;
    assert_eq!((refused.error_code(), refused.error_field()), ("BAD_USER_INPUT", Some("communeCodes")));
}

/// The brigade speaks first too: the référent writes to the commune's officials, who hear of
/// it and answer; a member of the brigade who is neither référent nor commander may not.
#[tokio::test]
async fn a_referent_opens_a_thread_with_the_commune_and_the_mayor_answers() {
    let app = TestApp::spawn().await;
    let commander = app.staff().await;
    let mayor = app.coordinator().await;
    let referent = app.staff_of("COB-GIROMAGNY", "referent.ouvre@gendarmerie.test").await;
    let referent_id = id_of(&referent).await;
    let designate = "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }";
    commander.query(designate, json!({ "id": referent_id })).await.data();
    let open = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: ADVICE, subject: \"Vols dans les véhicules\", body: \"Plusieurs vols la semaine passée : un message aux habitants ?\" }) { id status messages { authorRole } } }";
    let opened = referent.query(open, json!({})).await.data()["openSecurityRequest"].clone();
    assert_eq!(opened["status"], "ANSWERED", "the brigade spoke last: the officials owe the answer");
    assert_eq!(opened["messages"][0]["authorRole"], "BRIGADE_STAFF");
    let heard = mayor
        .query(
            "{ notifications(first: 5) { nodes { kind } } securityRequests(first: 5) { totalCount } }",
            json!({}),
        )
        .await;
    assert_eq!(heard.data()["notifications"]["nodes"][0]["kind"], "SECURITY_REQUEST");
    assert_eq!(heard.data()["securityRequests"]["totalCount"], 1);
    let reply =
        "mutation($id: ID!) { replyToSecurityRequest(id: $id, body: \"Oui, nous relayons.\") { status } }";
    let answered = mayor.query(reply, json!({ "id": opened["id"] })).await;
    assert_eq!(answered.data()["replyToSecurityRequest"]["status"], "OPEN");

    let plain = app.staff_of("COB-GIROMAGNY", "agent.ouvre@gendarmerie.test").await;
    assert_eq!(plain.query(open, json!({})).await.error_code(), "FORBIDDEN");
    let elsewhere = "mutation { openSecurityRequest(input: { communeCode: \"90033\", topic: ADVICE, subject: \"Conseil\", body: \"Une question.\" }) { id } }";
    assert_eq!(referent.query(elsewhere, json!({})).await.error_code(), "FORBIDDEN", "not their commune");
}

#[tokio::test]
async fn a_security_request_thread_is_bounded() {
    let app = TestApp::spawn().await;
    let mayor = app.coordinator().await;
    let open = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: ADVICE, subject: \"Conseil\", body: \"Première question.\" }) { id } }";
    let id = mayor.query(open, json!({})).await.data()["openSecurityRequest"]["id"].clone();
    let reply = "mutation($id: ID!) { replyToSecurityRequest(id: $id, body: \"Précision.\") { status } }";
    for _ in 1..200 {
        mayor.query(reply, json!({ "id": id })).await.data();
    }
    let refused = mayor.query(reply, json!({ "id": id })).await;
    assert_eq!(refused.error_code(), "CONFLICT", "the 201st message is refused");
}

#[tokio::test]
async fn the_case_manager_is_offered_who_may_join_and_the_steward_sees_partner_accounts() {
    let app = TestApp::spawn().await;
    let commander = app.staff().await;
    let mayor = app.coordinator().await;
    let admin = app.admin().await;
    let referent = app.staff_of("COB-GIROMAGNY", "referent.offre@gendarmerie.test").await;
    let designate = "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }";
    commander.query(designate, json!({ "id": id_of(&referent).await })).await.data();
    // A mayor of a commune outside the sector, and a disabled colleague: neither is offered.
    let delle = "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }";
    admin
        .query(delle, json!({ "input": { "email": "maire@delle.test", "password": PASSWORD, "displayName": "Mairie de Delle", "role": "COORDINATOR", "communeCodes": ["90033"] } }))
        .await
        .data();
    let gone = app.staff_of("COB-GIROMAGNY", "parti@gendarmerie.test").await;
    let gone_id = id_of(&gone).await;
    let disable = "mutation($id: ID!) { disableAccount(userId: $id, reason: \"Mutation\") { id } }";
    admin.query(disable, json!({ "id": gone_id })).await.data();

    let open = "mutation { openProblemCase(input: { title: \"Dépôts sauvages\", problem: \"Dépôts derrière la salle des fêtes.\", communeCodes: [\"90052\"], categoryCodes: [\"OTHER\"] }) { id } }";
    let case = referent.query(open, json!({})).await.data()["openProblemCase"]["id"].clone();
    let landlord = organisation(&referent, "Habitat du Nord").await;
    let partner_client = partner(&app, &referent, &landlord, "gardien@th.test").await;
    partner(&app, &referent, &landlord, "agence@th.test").await;

    let offered = "query($c: ID!) { problemCaseCandidates(caseId: $c) { userId organisationId displayName role brigadeName organisation { name departement } } }";
    let candidates =
        referent.query(offered, json!({ "c": case })).await.data()["problemCaseCandidates"].clone();
    let candidates = candidates.as_array().expect("candidates").clone();
    let users: Vec<_> = candidates.iter().filter_map(|c| c["userId"].as_str().map(str::to_owned)).collect();
    let mayor_id = id_of(&mayor).await;
    let commander_id = id_of(&commander).await;
    assert!(users.contains(&mayor_id.as_str().expect("id").to_owned()), "the sector's mayor: {candidates:?}");
    assert!(users.contains(&commander_id.as_str().expect("id").to_owned()), "the brigade's staff");
    assert!(!users.contains(&id_of(&referent).await.as_str().expect("id").to_owned()), "not the lead");
    assert!(!users.contains(&gone_id.as_str().expect("id").to_owned()), "not a disabled account");
    assert!(
        !users.contains(&id_of(&partner_client).await.as_str().expect("id").to_owned()),
        "partners join by organisation"
    );
    assert!(
        candidates.iter().all(|c| c["displayName"] != "Mairie de Delle"),
        "not a mayor outside the sector"
    );
    let staff = candidates.iter().find(|c| c["userId"] == commander_id).expect("the commander");
    assert_eq!((staff["role"].as_str(), staff["brigadeName"].is_string()), (Some("BRIGADE_STAFF"), true));
    let organisations: Vec<_> = candidates.iter().filter(|c| c["organisationId"].is_string()).collect();
    let offered_landlord =
        organisations.iter().find(|c| c["organisationId"] == landlord).expect("the landlord");
    assert_eq!(offered_landlord["organisation"]["name"], "Habitat du Nord");
    assert!(organisations.iter().all(|c| c["userId"].is_null() && c["organisation"]["departement"] == "90"));

    // Once added, a member is no longer offered.
    let add = "mutation($c: ID!, $u: ID, $o: ID) { addProblemCaseMember(caseId: $c, userId: $u, organisationId: $o) { id } }";
    referent.query(add, json!({ "c": case, "o": landlord })).await.data();
    referent.query(add, json!({ "c": case, "u": mayor_id })).await.data();
    let after = referent.query(offered, json!({ "c": case })).await.data()["problemCaseCandidates"].clone();
    let after = after.as_array().expect("candidates");
    assert_eq!(after.len(), candidates.len() - 2);
    assert!(after.iter().all(|c| c["organisationId"] != landlord && c["userId"] != mayor_id));
    // Members who do not run the case are not offered anything.
    assert_eq!(mayor.query(offered, json!({ "c": case })).await.error_code(), "FORBIDDEN");

    // The steward lists the organisation's accounts, by name, with their e-mail.
    let accounts = "query($o: ID!) { partnerAccounts(organisationId: $o) { email role disabledAt } }";
    let listed = referent.query(accounts, json!({ "o": landlord })).await.data()["partnerAccounts"].clone();
    let emails: Vec<_> = listed.as_array().expect("accounts").iter().map(|a| a["email"].clone()).collect();
    assert_eq!(emails.len(), 2);
    assert!(emails.contains(&json!("gardien@th.test")) && emails.contains(&json!("agence@th.test")));
    assert!(listed.as_array().expect("accounts").iter().all(|a| a["role"] == "PARTNER"));
    let unknown = referent.query(accounts, json!({ "o": "00000000-0000-7000-8000-000000000000" })).await;
    assert_eq!(unknown.error_code(), "NOT_FOUND");
    assert_eq!(partner_client.query(accounts, json!({ "o": landlord })).await.error_code(), "FORBIDDEN");
}

/// Closed cases name people in free text (who leads an action, who attended a meeting):
/// retention deletes them once closed long enough, with everything they hold; open ones
/// stay whatever their age.
#[tokio::test]
async fn closed_cases_are_not_kept_for_ever() {
    use vigie::privacy::retention::{self, Durations, Run};

    let app = TestApp::spawn_with(|config| config.retain_closed_cases_days = 0).await;
    let commander = app.staff().await;
    let referent = app.staff_of("COB-GIROMAGNY", "referent.retention@gendarmerie.test").await;
    let designate = "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }";
    commander.query(designate, json!({ "id": id_of(&referent).await })).await.data();
    let open = "mutation($t: String!) { openProblemCase(input: { title: $t, problem: \"Tags\", communeCodes: [\"90052\"], categoryCodes: [\"VANDALISM\"] }) { id } }";
    let mut cases = Vec::new();
    for title in ["Tags du lavoir", "Tags de l'école"] {
        cases.push(referent.query(open, json!({ "t": title })).await.data()["openProblemCase"]["id"].clone());
    }
    let action = "mutation($c: ID!) { saveProblemCaseAction(caseId: $c, input: { title: \"Nettoyage\", owner: \"M. Martin, services techniques\", status: DONE }) { id } }";
    let meeting = "mutation($c: ID!) { recordProblemCaseMeeting(caseId: $c, input: { heldOn: \"2026-11-30\", attendees: \"Mme Durand, M. Martin\", minutes: \"Nettoyage fait.\" }) { id } }";
    for case in &cases {
        referent.query(action, json!({ "c": case })).await.data();
        referent.query(meeting, json!({ "c": case })).await.data();
    }
    let landlord = organisation(&referent, "Bailleur des tags").await;
    let member = "mutation($c: ID!, $o: ID!) { addProblemCaseMember(caseId: $c, organisationId: $o) { id } }";
    referent.query(member, json!({ "c": cases[0], "o": landlord })).await.data();
    let close =
        "mutation($c: ID!) { closeProblemCase(caseId: $c, assessment: \"Plus de tags.\") { status } }";
    referent.query(close, json!({ "c": cases[0] })).await.data();

    let durations = Durations::from_config(&app.state.config);
    let Run::Done(dry) =
        retention::run(&app.state.db, app.state.photo_service(), durations, true).await.expect("dry run")
    else {
        panic!("one node")
    };
    assert_eq!(dry.closed_cases_deleted, 1);
    let Run::Done(counts) =
        retention::run(&app.state.db, app.state.photo_service(), durations, false).await.expect("run")
    else {
        panic!("one node")
    };
    assert_eq!(counts.closed_cases_deleted, 1, "the closed case goes, the open one stays");
    let read = "query($c: ID!) { problemCase(id: $c) { id actions { owner } meetings { attendees } } }";
    assert_eq!(referent.query(read, json!({ "c": cases[0] })).await.data()["problemCase"], Value::Null);
    let kept = referent.query(read, json!({ "c": cases[1] })).await.data()["problemCase"].clone();
    assert_eq!(kept["meetings"][0]["attendees"], "Mme Durand, M. Martin");
    use entity::{
        problem_case_action as action, problem_case_commune as commune, problem_case_meeting as meeting,
    };
    use sea_orm::{ColumnTrait, EntityTrait, PaginatorTrait, QueryFilter};
    let db = &app.state.db;
    for (at, case) in cases.iter().enumerate() {
        let case = uuid::Uuid::parse_str(case.as_str().expect("id")).expect("uuid");
        let rows = [
            action::Entity::find().filter(action::Column::CaseId.eq(case)).count(db).await.expect("count"),
            meeting::Entity::find().filter(meeting::Column::CaseId.eq(case)).count(db).await.expect("count"),
            commune::Entity::find().filter(commune::Column::CaseId.eq(case)).count(db).await.expect("count"),
        ];
        let expected = if at == 0 { [0, 0, 0] } else { [1, 1, 1] };
        assert_eq!(rows, expected, "actions, meetings and communes of case {at}");
    }
    let members = entity::problem_case_member::Entity::find()
        .filter(
            entity::problem_case_member::Column::OrganisationId
                .eq(uuid::Uuid::parse_str(landlord.as_str().expect("id")).expect("uuid")),
        )
        .count(db)
        .await
        .expect("count");
    assert_eq!(members, 0, "the deleted case's members are gone");
}
