//! The authorization matrix of partnership work, with the callers it adds: a référent, a
//! staff member who is not one, the brigade's commander, the mayor (a member of the case),
//! a partner of the case's organisation and a partner of another organisation — beside
//! anonymous, a resident, a foreign coordinator and the admin. Run over HTTP and over the
//! websocket.

use serde_json::{Value, json};
use vigie_tests::{Client, TestApp};

use crate::partnership::{neighbour, organisation, partner};

const OK: &str = "OK";
const UNAUTH: &str = "UNAUTHENTICATED";
const FORBIDDEN: &str = "FORBIDDEN";
const MISSING: &str = "NOT_FOUND";
const CALLERS: usize = 10;

struct Setup {
    callers: Vec<(&'static str, Client)>,
    case: Value,
    cases: Vec<Value>,
    request: Value,
    requests: Vec<Value>,
    landlord: Value,
    report: Value,
    referent_id: Value,
}

async fn setup(app: &TestApp) -> Setup {
    let commander = app.staff().await;
    let referent = app.staff_of("COB-GIROMAGNY", "referent@gendarmerie.test").await;
    let referent_id = referent.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
    let designate = "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }";
    commander.query(designate, json!({ "id": referent_id })).await.data();
    let plain = app.staff_of("COB-GIROMAGNY", "agent@gendarmerie.test").await;
    let mayor = app.coordinator().await;
    let admin = app.admin().await;
    admin
        .query(
            "mutation($input: CreateAccountInput!) { createAccount(input: $input) { id } }",
            json!({ "input": { "email": "maire@delle.test", "password": "une phrase de passe solide", "displayName": "Mairie de Delle", "role": "COORDINATOR", "communeCodes": ["90033"] } }),
        )
        .await
        .data();
    let foreign_mayor = app.login("maire@delle.test", "une phrase de passe solide").await;
    let landlord = organisation(&referent, "Territoire Habitat Nord").await;
    let other = organisation(&referent, "Autre bailleur").await;
    let member_partner = partner(app, &referent, &landlord, "membre@bailleur.test").await;
    let other_partner = partner(app, &referent, &other, "autre@bailleur.test").await;

    let resident = app.resident().await;
    let filed = resident
        .query(
            crate::reports::FILE,
            crate::reports::filing("matrix-rodeo", "MOTORBIKE_RODEO", crate::reports::inside("90052")),
        )
        .await;
    let report = filed.data()["fileReport"]["id"].clone();
    let second = neighbour(&referent).await;
    let open = "mutation($c: [String!]!, $t: String!) { openProblemCase(input: { title: $t, problem: \"Rodéos\", communeCodes: $c, categoryCodes: [\"MOTORBIKE_RODEO\"] }) { id } }";
    let mut cases = Vec::new();
    for n in 0..=CALLERS {
        let opened =
            referent.query(open, json!({ "c": ["90052", second], "t": format!("Dossier {n}") })).await;
        let id = opened.data()["openProblemCase"]["id"].clone();
        let add = "mutation($c: ID!, $u: ID, $o: ID) { addProblemCaseMember(caseId: $c, userId: $u, organisationId: $o) { id } }";
        let mayor_id = mayor.query("{ me { id } }", json!({})).await.data()["me"]["id"].clone();
        referent.query(add, json!({ "c": id, "u": mayor_id })).await.data();
        referent.query(add, json!({ "c": id, "o": landlord })).await.data();
        cases.push(id);
    }
    let case = cases.pop().expect("the shared case");
    let open_request = "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: ADVICE, subject: \"Conseil\", body: \"Une question.\" }) { id } }";
    let mut requests = Vec::new();
    for _ in 0..=CALLERS {
        requests.push(mayor.query(open_request, json!({})).await.data()["openSecurityRequest"]["id"].clone());
    }
    let request = requests.pop().expect("the shared request");
    Setup {
        callers: vec![
            ("anonymous", app.anonymous()),
            ("resident", resident),
            ("référent", referent),
            ("staff, not référent", plain),
            ("commander", commander),
            ("mayor (member)", mayor),
            ("foreign coordinator", foreign_mayor),
            ("admin", admin),
            ("partner (member)", member_partner),
            ("partner of another case", other_partner),
        ],
        case,
        cases,
        request,
        requests,
        landlord,
        report,
        referent_id,
    }
}

fn outcome(response: &vigie_tests::Gql, field: &str) -> String {
    match response.body.get("errors") {
        Some(_) => response.error_code().to_owned(),
        None if response.body["data"][field].is_null() => "NULL".to_owned(),
        None => OK.to_owned(),
    }
}

/// Runs `query` for every caller (with `variables(at)`) and lists the surprises.
async fn row(
    setup: &Setup,
    name: &str,
    field: &str,
    expected: [&str; CALLERS],
    query: &str,
    variables: impl Fn(usize) -> Value,
) -> Vec<String> {
    let calls = setup.callers.iter().enumerate().map(|(at, (_, client))| {
        let variables = variables(at);
        async move { client.query(query, variables).await }
    });
    let responses = futures_util::future::join_all(calls).await;
    let mut failures = Vec::new();
    for (((role, _), expected), response) in setup.callers.iter().zip(expected).zip(responses) {
        let got = outcome(&response, field);
        if got != expected {
            failures.push(format!("{name} as {role}: expected {expected}, got {got}"));
        }
    }
    failures
}

async fn matrix(setup: &Setup) -> Vec<String> {
    let (u, f, m, n) = (UNAUTH, FORBIDDEN, MISSING, "NULL");
    let managers = [u, m, OK, m, OK, f, m, m, f, m];
    let mut failures = Vec::new();
    let case = setup.case.clone();
    let same = |value: Value| move |_: usize| value.clone();

    failures.extend(
        row(
            setup,
            "designateReferent",
            "designateReferent",
            [u, f, f, f, OK, f, f, OK, f, f],
            "mutation($id: ID!) { designateReferent(communeCode: \"90052\", userId: $id) { code } }",
            same(json!({ "id": setup.referent_id })),
        )
        .await,
    );
    failures.extend(
        row(
            setup,
            "referentHistory",
            "referentHistory",
            [u, f, f, f, OK, OK, f, OK, f, f],
            "{ referentHistory(communeCode: \"90052\") { startedAt } }",
            same(json!({})),
        )
        .await,
    );
    failures.extend(row(setup, "setStaffProfile", "setStaffProfile", [u, f, f, f, f, f, f, OK, f, f],
        "mutation($id: ID!) { setStaffProfile(userId: $id, commander: false, rank: \"Gendarme\") { id } }", same(json!({ "id": setup.referent_id }))).await);
    failures.extend(
        row(
            setup,
            "securityRequests",
            "securityRequests",
            [u, f, OK, f, OK, OK, OK, f, f, f],
            "{ securityRequests { totalCount } }",
            same(json!({})),
        )
        .await,
    );
    failures.extend(row(setup, "openSecurityRequest", "openSecurityRequest", [u, f, OK, f, OK, OK, f, f, f, f],
        "mutation { openSecurityRequest(input: { communeCode: \"90052\", topic: EVENT, subject: \"Fête\", body: \"Fête du village.\" }) { id } }", same(json!({}))).await);
    let parties = [u, m, OK, m, OK, OK, m, m, m, m];
    failures.extend(
        row(
            setup,
            "securityRequest(id)",
            "securityRequest",
            [u, n, OK, n, OK, OK, n, n, n, n],
            "query($id: ID!) { securityRequest(id: $id) { id messages { body } } }",
            same(json!({ "id": setup.request })),
        )
        .await,
    );
    failures.extend(
        row(
            setup,
            "replyToSecurityRequest",
            "replyToSecurityRequest",
            parties,
            "mutation($id: ID!) { replyToSecurityRequest(id: $id, body: \"Réponse.\") { id } }",
            same(json!({ "id": setup.request })),
        )
        .await,
    );
    let requests = setup.requests.clone();
    failures.extend(
        row(
            setup,
            "closeSecurityRequest",
            "closeSecurityRequest",
            parties,
            "mutation($id: ID!) { closeSecurityRequest(id: $id) { id } }",
            move |at| json!({ "id": requests[at] }),
        )
        .await,
    );
    let stewards = [u, f, OK, f, OK, f, f, OK, f, f];
    failures.extend(
        row(
            setup,
            "partnerOrganisations",
            "partnerOrganisations",
            [u, f, OK, OK, OK, f, f, OK, f, f],
            "{ partnerOrganisations(departement: \"90\") { id } }",
            same(json!({})),
        )
        .await,
    );
    failures.extend(row(setup, "savePartnerOrganisation", "savePartnerOrganisation", stewards,
        "mutation($n: String!) { savePartnerOrganisation(input: { name: $n, kind: ASSOCIATION, departement: \"90\" }) { id } }",
        |at| json!({ "n": format!("Association {at}") })).await);
    let landlord = setup.landlord.clone();
    failures.extend(row(setup, "createPartnerAccount", "createPartnerAccount", stewards,
        "mutation($e: String!, $o: ID!) { createPartnerAccount(input: { email: $e, displayName: \"Partenaire\", organisationId: $o }) { user { id } } }",
        move |at| json!({ "e": format!("partenaire{at}@bailleur.test"), "o": landlord })).await);
    let landlord = setup.landlord.clone();
    failures.extend(
        row(
            setup,
            "partnerAccounts",
            "partnerAccounts",
            stewards,
            "query($o: ID!) { partnerAccounts(organisationId: $o) { id email } }",
            move |_| json!({ "o": landlord }),
        )
        .await,
    );
    failures.extend(row(setup, "openProblemCase", "openProblemCase", [u, f, OK, f, f, f, f, f, f, f],
        "mutation { openProblemCase(input: { title: \"t\", problem: \"p\", communeCodes: [\"90052\"], categoryCodes: [\"VANDALISM\"] }) { id } }", same(json!({}))).await);
    failures.extend(
        row(
            setup,
            "problemCases",
            "problemCases",
            [u, f, OK, OK, OK, OK, OK, f, OK, OK],
            "{ problemCases { totalCount } }",
            same(json!({})),
        )
        .await,
    );
    failures.extend(
        row(
            setup,
            "problemCase(id)",
            "problemCase",
            [u, n, OK, n, OK, OK, n, n, OK, n],
            "query($c: ID!) { problemCase(id: $c) { id reports { categoryCode } } }",
            same(json!({ "c": case })),
        )
        .await,
    );
    failures.extend(row(setup, "problemCaseSuggestions", "problemCaseSuggestions", managers,
        "query($c: ID!) { problemCaseSuggestions(caseId: $c, from: \"2026-01-01T00:00:00Z\", to: \"2030-01-01T00:00:00Z\") { id } }", same(json!({ "c": case }))).await);
    failures.extend(
        row(
            setup,
            "problemCaseCandidates",
            "problemCaseCandidates",
            managers,
            "query($c: ID!) { problemCaseCandidates(caseId: $c) { userId organisationId displayName } }",
            same(json!({ "c": case })),
        )
        .await,
    );
    failures.extend(
        row(
            setup,
            "linkReportsToProblemCase",
            "linkReportsToProblemCase",
            managers,
            "mutation($c: ID!, $r: ID!) { linkReportsToProblemCase(caseId: $c, reportIds: [$r]) { id } }",
            same(json!({ "c": case, "r": setup.report })),
        )
        .await,
    );
    failures.extend(
        row(
            setup,
            "addProblemCaseMember",
            "addProblemCaseMember",
            managers,
            "mutation($c: ID!, $o: ID!) { addProblemCaseMember(caseId: $c, organisationId: $o) { id } }",
            same(json!({ "c": case, "o": setup.landlord })),
        )
        .await,
    );
    failures.extend(
        row(
            setup,
            "removeProblemCaseMember",
            "removeProblemCaseMember",
            managers,
            "mutation($c: ID!, $u: ID!) { removeProblemCaseMember(caseId: $c, userId: $u) { id } }",
            same(json!({ "c": case, "u": setup.referent_id })),
        )
        .await,
    );
    failures.extend(row(setup, "saveProblemCaseAction", "saveProblemCaseAction", managers,
        "mutation($c: ID!) { saveProblemCaseAction(caseId: $c, input: { title: \"Action\", owner: \"Mairie\", status: PLANNED }) { id } }", same(json!({ "c": case }))).await);
    failures.extend(row(setup, "recordProblemCaseMeeting", "recordProblemCaseMeeting", managers,
        "mutation($c: ID!) { recordProblemCaseMeeting(caseId: $c, input: { heldOn: \"2026-11-30\", attendees: \"Tous\", minutes: \"RAS\" }) { id } }", same(json!({ "c": case }))).await);
    let cases = setup.cases.clone();
    failures.extend(
        row(
            setup,
            "closeProblemCase",
            "closeProblemCase",
            managers,
            "mutation($c: ID!) { closeProblemCase(caseId: $c, assessment: \"Bilan.\") { id } }",
            move |at| json!({ "c": cases[at] }),
        )
        .await,
    );
    // Last: it ends designations. The commander ends Giromagny's, the admin the neighbour's.
    let second = neighbour(&setup.callers[2].1).await;
    let designate =
        "mutation($c: String!, $id: ID!) { designateReferent(communeCode: $c, userId: $id) { code } }";
    setup.callers[4].1.query(designate, json!({ "c": second, "id": setup.referent_id })).await.data();
    failures.extend(
        row(
            setup,
            "endReferent",
            "endReferent",
            [u, f, f, f, OK, f, f, OK, f, f],
            "mutation($c: String!) { endReferent(communeCode: $c) { code } }",
            move |at| json!({ "c": if at == 7 { second.clone() } else { "90052".to_owned() } }),
        )
        .await,
    );
    failures
}

#[tokio::test]
async fn partnership_operations_allow_exactly_the_callers_they_should() {
    let app = TestApp::spawn().await;
    let setup = setup(&app).await;
    let failures = matrix(&setup).await;
    assert!(failures.is_empty(), "partnership authorization violations:\n{}", failures.join("\n"));
}

#[tokio::test]
async fn partnership_operations_allow_exactly_the_callers_they_should_over_the_websocket() {
    let app = TestApp::spawn().await;
    let mut setup = setup(&app).await;
    for (_, client) in &mut setup.callers {
        *client = client.over_websocket(&app.ws_url());
    }
    let failures = matrix(&setup).await;
    assert!(
        failures.is_empty(),
        "partnership authorization violations over the websocket:\n{}",
        failures.join("\n")
    );
}
