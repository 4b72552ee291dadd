//! Rows of incidents: the brigade's alone — its staff list and work them; other brigades'
//! staff find nothing to act on, and nobody else may.

use serde_json::{Value, json};

use super::{FORBIDDEN, MISSING, OK, ROLES, Roles, UNAUTH, brigade_of, each, same};

/// Files `count` reports of `category` at Giromagny's inside point as the demo resident
/// (the matrix files its other reports as OTHER: these group apart from them).
async fn filed(roles: &Roles, tag: &str, category: &str, count: usize) -> Vec<String> {
    let resident = &roles.clients[1].1;
    let mut ids = Vec::new();
    for n in 0..count {
        let input = crate::reports::filing(&format!("{tag}-{n}"), category, crate::reports::inside("90052"));
        let answer = resident.query(crate::reports::FILE, input).await;
        ids.push(answer.data()["fileReport"]["id"].as_str().expect("filed").to_owned());
    }
    ids
}

/// The incident the demo brigade's staff see `report` in.
async fn incident_of(roles: &Roles, report: &str) -> Value {
    let staff = &roles.clients[2].1;
    let seen =
        staff.query("query($id: ID!) { report(id: $id) { incident { id } } }", json!({ "id": report })).await;
    let id = seen.data()["report"]["incident"]["id"].clone();
    assert!(id.is_string(), "{report} is in an incident: {}", seen.body);
    id
}

pub(super) async fn incident_rows(roles: &Roles) -> Vec<String> {
    let (unauth, forbidden, missing) = (UNAUTH, FORBIDDEN, MISSING);
    let staff_only = [unauth, forbidden, OK, forbidden, forbidden, forbidden, missing, forbidden];
    let brigade_only = [unauth, forbidden, OK, forbidden, forbidden, forbidden, forbidden, forbidden];
    let mut failures = Vec::new();
    // Reports filed at one place in one category group into one incident.
    let grouped = filed(roles, "incident", "DRUG_DEALING", ROLES).await;
    let incident = incident_of(roles, &grouped[0]).await;
    let brigade = brigade_of(roles, 2).await;
    let list = "query($b: ID) { incidents(brigadeId: $b) { totalCount } }";
    failures.extend(same(roles, "incidents(own brigade)", brigade_only, list, json!({ "b": brigade })).await);
    let confirm = "mutation($i: ID!) { confirmIncident(incidentId: $i) { id } }";
    failures.extend(same(roles, "confirmIncident", staff_only, confirm, json!({ "i": incident })).await);
    let split = "mutation($r: ID!) { splitReportFromIncident(reportId: $r) { id } }";
    failures.extend(
        each(roles, "splitReportFromIncident", staff_only, split, |at| json!({ "r": grouped[at] })).await,
    );
    let add = "mutation($i: ID!, $r: ID!) { addReportToIncident(incidentId: $i, reportId: $r) { id } }";
    failures.extend(
        same(roles, "addReportToIncident", staff_only, add, json!({ "i": incident, "r": grouped[2] })).await,
    );
    let moved = "mutation($i: ID!) { transitionIncident(incidentId: $i, to: ACKNOWLEDGED) { id } }";
    failures.extend(same(roles, "transitionIncident", staff_only, moved, json!({ "i": incident })).await);
    // A second incident, of another category at the same place, to merge into the first.
    let others = filed(roles, "merge", "VANDALISM", 2).await;
    let other = incident_of(roles, &others[0]).await;
    let merge = "mutation($i: ID!, $o: ID!) { mergeIncidents(incidentId: $i, otherIncidentId: $o) { id } }";
    failures
        .extend(same(roles, "mergeIncidents", staff_only, merge, json!({ "i": incident, "o": other })).await);
    failures
}
