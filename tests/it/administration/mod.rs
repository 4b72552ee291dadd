//! Administration: admins act within their reach (départements or national), accounts are
//! disabled and enabled at once, passwords changed, brigades listed by département — one
//! file per story: accounts, reach and the audit trail, the territory (brigades, communes
//! in the scheme, categories and their overrides).

mod accounts;
mod reach;
mod territory;

use serde_json::{Value, json};
use vigie_tests::TestApp;

pub(super) const PASSWORD: &str = "une phrase de passe solide";
pub(super) const LOGIN: &str = "mutation($e: String!, $p: String!) { login(email: $e, password: $p) { accessToken refreshToken user { id } } }";
pub(super) const REFRESH: &str = "mutation($t: String!) { refreshSession(refreshToken: $t) { accessToken } }";

/// Logs in over the API; returns the whole payload (tokens and user id).
pub(super) async fn login(app: &TestApp, email: &str, password: &str) -> Value {
    let response = app.anonymous().query(LOGIN, json!({ "e": email, "p": password })).await;
    response.data()["login"].clone()
}

/// The nodes of the connection `field` of an answer.
pub(super) fn nodes(response: &vigie_tests::Gql, field: &str) -> Vec<Value> {
    let edges = response.data()[field]["edges"].as_array().expect("edges").clone();
    edges.into_iter().map(|edge| edge["node"].clone()).collect()
}
