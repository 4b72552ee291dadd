//! GraphQL types of identity: accounts as clients see them, roles and statuses, session
//! payloads, the inputs of registration and account creation.

use async_graphql::{InputObject, SimpleObject};

use super::sessions::Session;
pub use crate::territory::people::{CoordinatorTitle, EnrolmentStatus, Role, User};

/// A one-time password reset code and when it stops working.
#[derive(SimpleObject)]
pub struct PasswordResetCode {
    /// The single-use code to give the account's owner.
    pub code: String,
    /// When it stops working.
    pub expires_at: chrono::DateTime<chrono::Utc>,
}

/// What a resident gives to register.
#[derive(InputObject)]
pub struct RegisterInput {
    /// The e-mail address to sign in with.
    pub email: String,
    /// A password of at least 12 characters.
    pub password: String,
    /// The name the commune sees.
    pub display_name: String,
    /// Mobile number (+33… or 06…), optional.
    pub phone: Option<String>,
    /// INSEE code of a participating commune.
    pub commune_code: String,
}

impl From<RegisterInput> for super::auth::Registration {
    fn from(input: RegisterInput) -> Self {
        Self {
            email: input.email,
            password: input.password,
            display_name: input.display_name,
            phone: input.phone,
            commune_code: input.commune_code,
        }
    }
}

/// An account created by an admin.
#[derive(InputObject)]
pub struct CreateAccountInput {
    /// The e-mail address to sign in with.
    pub email: String,
    /// A password of at least 12 characters.
    pub password: String,
    /// The name others see.
    pub display_name: String,
    /// What the account may do.
    pub role: Role,
    /// A mobile number (+33…), optional.
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
/// An enrolment of two-factor sign-in (`setTotp`).
#[derive(SimpleObject)]
pub struct TotpSetup {
    /// While pending: the `otpauth://totp/…` URI (Key Uri Format) to show as a QR code.
    pub uri: Option<String>,
    /// While pending: the same URI as a QR code, an SVG document.
    pub qr_svg: Option<String>,
    /// While pending: the base32 secret, for typing into the app by hand.
    pub secret: Option<String>,
    /// Whether sign-in now asks for a code.
    pub enabled: bool,
    /// At confirmation only: ten single-use recovery codes, never shown again.
    pub recovery_codes: Option<Vec<String>>,
}

/// A signed-in session: its tokens and its account.
#[derive(SimpleObject)]
pub struct AuthPayload {
    /// Bearer token for `Authorization` (and the websocket `connection_init`).
    pub access_token: String,
    /// Opaque; exchange it with `refreshSession` before the access token expires.
    pub refresh_token: String,
    /// Seconds until the access token expires.
    pub expires_in: i32,
    /// The signed-in account.
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
