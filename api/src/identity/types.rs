//! GraphQL types of identity: accounts as clients see them, roles and statuses, session
//! payloads, the inputs of registration and account creation, and the connection shape
//! every paged list shares.

use async_graphql::{
    InputObject, SimpleObject,
    connection::{Connection, Edge},
};

use super::sessions::Session;
use crate::pagination::Page;
pub use crate::people::{CoordinatorTitle, EnrolmentStatus, Role, User};

/// Fields every connection carries beside edges and page info.
#[derive(SimpleObject)]
pub struct Totals {
    /// How many items match, across all pages.
    pub total_count: i64,
}

/// A Relay connection over a page of rows, each shown as `node(row)` under `cursor(&row)`.
pub fn connection<T, N: async_graphql::OutputType>(
    page: Page<T>,
    cursor: impl Fn(&T) -> String,
    node: impl Fn(T) -> N,
) -> Connection<String, N, Totals> {
    let total_count = i64::try_from(page.total).unwrap_or(i64::MAX);
    let mut connection = Connection::with_additional_fields(false, page.has_next, Totals { total_count });
    connection.edges.extend(page.items.into_iter().map(|row| Edge::new(cursor(&row), node(row))));
    connection
}

/// A one-time password reset code and when it stops working.
#[derive(SimpleObject)]
pub struct PasswordResetCode {
    pub code: String,
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// What a resident gives to register.
#[derive(InputObject)]
pub struct RegisterInput {
    pub email: String,
    pub password: String,
    pub display_name: String,
    /// Mobile number (+33… or 06…), optional.
    pub phone: Option<String>,
    /// INSEE code of a participating commune.
    pub commune_code: String,
}

/// An account created by an admin.
#[derive(InputObject)]
pub struct CreateAccountInput {
    pub email: String,
    pub password: String,
    pub display_name: String,
    pub role: Role,
    pub phone: Option<String>,
    /// BRIGADE_STAFF: the brigade's code.
    pub brigade_code: Option<String>,
    /// COORDINATOR: the communes they act for.
    pub commune_codes: Option<Vec<String>>,
    /// COORDINATOR: maire, adjoint or citoyen référent.
    pub title: Option<CoordinatorTitle>,
    /// ADMIN: the départements they administer (INSEE codes)…
    pub departements: Option<Vec<String>>,
    /// …or every département (only a national admin may create one).
    pub national: Option<bool>,
    /// PARTNER: their partner organisation.
    pub organisation_id: Option<async_graphql::ID>,
}

/// A session handed to a client.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Bearer token for `Authorization` (and the websocket `connection_init`).
    pub access_token: String,
    /// Opaque; exchange it with `refreshSession` before the access token expires.
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i32,
    pub user: User,
}

impl From<Session> for AuthPayload {
    fn from(session: Session) -> Self {
        Self {
            access_token: session.access_token,
            refresh_token: session.refresh_token,
            expires_in: i32::try_from(session.expires_in).unwrap_or(i32::MAX),
            user: User(session.user),
        }
    }
}
