//! GraphQL of identity: `me`, signing in, sessions, enrolment decisions, the caller's own
//! two-factor sign-in and password (account administration: `graphql_accounts.rs`;
//! registering and password resets: `graphql_registration.rs`).

use std::sync::Arc;

use async_graphql::{Context, ID, Object, Result, connection::Connection};

use super::{
    account_state, auth, cookie, enrolment, policy,
    request::request,
    sessions,
    tokens::TokenKeys,
    totp,
    types::{AuthPayload, EnrolmentStatus, TotpSetup, User},
};
use crate::{
    error::AppError,
    ids::{ParseId, UserId},
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    throttle::Throttles,
};

#[derive(Default)]
pub struct IdentityQuery;

#[Object]
impl IdentityQuery {
    /// The signed-in user.
    async fn me(&self, ctx: &Context<'_>) -> Result<User> {
        let principal = policy::me(&request(ctx).viewer)?;
        let user = super::viewer::active_user(parts::db(ctx), principal.id).await?;
        Ok(User(user))
    }

    /// Residents of a commune and their enrolment, oldest first (the commune's
    /// coordinators and admins).
    async fn enrolment_requests(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "Only enrolments in this state (default: waiting).")] status: Option<
            EnrolmentStatus,
        >,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, User, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let viewer = &request(ctx).viewer;
        let page =
            enrolment::requests(parts::db(ctx), viewer, &commune_code, status.map(Into::into), page).await?;
        Ok(connection(page, |user| encode_cursor(user.id), User))
    }
}

#[derive(Default)]
pub struct IdentityMutation;

#[Object]
impl IdentityMutation {
    /// Opens a session. Wrong email and wrong password answer alike. With `cookie` (the
    /// browser consoles; over HTTP only), the refresh token is set in an `HttpOnly` cookie
    /// scoped to `/graphql` instead, and `refreshToken` comes back empty. An account with
    /// two-factor sign-in (`setTotp`) also gives `totpCode`: its authenticator app's current
    /// code, accepted once, or one of its recovery codes; without it, `TOTP_REQUIRED`.
    async fn login(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's e-mail address.")] email: String,
        #[graphql(desc = "The account's password.")] password: String,
        #[graphql(desc = "Also set the session cookie (the consoles in a browser).")] cookie: Option<bool>,
        #[graphql(desc = "The authenticator's current code, for accounts with two-factor sign-in.")]
        totp_code: Option<String>,
    ) -> Result<AuthPayload> {
        let in_cookie = cookie.unwrap_or(false);
        if in_cookie && request(ctx).over_websocket {
            return Err(AppError::bad_input(
                "cookie",
                "Le cookie de session ne s'obtient qu'en HTTP (POST /graphql).",
            )
            .into());
        }
        if in_cookie && !request(ctx).cookie_writable {
            return Err(AppError::bad_input("cookie", FOREIGN_ORIGIN).into());
        }
        let client_ip = request(ctx).client_ip;
        let keys = auth::SignInKeys {
            tokens: parts::part::<Arc<TokenKeys>>(ctx),
            secrets: parts::part::<Arc<totp::SecretBox>>(ctx),
        };
        let attempt = auth::Attempt { email: &email, password, totp_code: totp_code.as_deref(), client_ip };
        let session = auth::login(parts::db(ctx), keys, parts::part::<Throttles>(ctx), attempt).await?;
        Ok(hand_out(ctx, session, in_cookie))
    }

    /// Exchanges a refresh token for a new pair; the old one stops working.
    async fn refresh_session(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The refresh token (none: the session cookie's).")] refresh_token: String,
    ) -> Result<AuthPayload> {
        Ok(sessions::refresh(parts::db(ctx), parts::part::<Arc<TokenKeys>>(ctx), &refresh_token)
            .await?
            .into())
    }

    /// Ends the session the refresh token belongs to.
    async fn logout(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The refresh token (none: the session cookie's).")] refresh_token: String,
    ) -> Result<bool> {
        sessions::logout(parts::db(ctx), &refresh_token).await?;
        Ok(true)
    }

    /// The browser consoles' `refreshSession`: exchanges the session cookie (from
    /// `login(…, cookie: true)`) for a new access token and rotates the cookie; no cookie, or
    /// a refused one (then cleared), is `UNAUTHENTICATED`. Over HTTP `application/json` only.
    async fn resume_session(&self, ctx: &Context<'_>) -> Result<AuthPayload> {
        let presented = request(ctx).refresh_cookie.clone().ok_or(AppError::Unauthenticated)?;
        match sessions::refresh(parts::db(ctx), parts::part::<Arc<TokenKeys>>(ctx), &presented).await {
            Ok(session) => Ok(hand_out(ctx, session, true)),
            Err(error) => {
                cookie::clear(ctx);
                Err(error.into())
            }
        }
    }

    /// The browser consoles' `logout`: ends the session cookie's session and clears the
    /// cookie (`true` also when there was none). A cookie is cleared only where it was read:
    /// from another site's page, nothing happens.
    async fn end_session(&self, ctx: &Context<'_>) -> Result<bool> {
        if let Some(presented) = request(ctx).refresh_cookie.clone() {
            sessions::logout(parts::db(ctx), &presented).await?;
            cookie::clear(ctx);
        }
        Ok(true)
    }

    /// Ends every session of the caller, on every device, at once: their refresh tokens,
    /// access tokens and open sockets stop working. Clears the session cookie it was sent.
    async fn logout_everywhere(&self, ctx: &Context<'_>) -> Result<bool> {
        let request = request(ctx);
        sessions::logout_everywhere(parts::db(ctx), &request.viewer, request.client_ip).await?;
        if request.refresh_cookie.is_some() {
            cookie::clear(ctx);
        }
        Ok(true)
    }

    /// Approves or rejects a resident's enrolment (the commune's coordinators and admins).
    async fn decide_enrolment(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
        #[graphql(desc = "Approve (true) or refuse (false).")] approve: bool,
        #[graphql(desc = "Why, in a sentence (kept in the audit trail).")] reason: Option<String>,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let user = enrolment::decide(parts::db(ctx), &request(ctx).viewer, id, approve, reason).await?;
        Ok(User(user))
    }

    /// Suspends a resident: their sessions end at once.
    async fn suspend_resident(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
        #[graphql(desc = "Why, in a sentence (kept in the audit trail).")] reason: String,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        Ok(User(enrolment::suspend(parts::db(ctx), &request(ctx).viewer, id, reason).await?))
    }

    /// Reinstates a suspended resident.
    async fn reinstate_resident(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        Ok(User(enrolment::reinstate(parts::db(ctx), &request(ctx).viewer, id).await?))
    }

    /// Two-factor sign-in for the caller (staff, coordinators, admins, partners; RFC 6238).
    /// Without `code`: a new secret, answered as the `otpauth://` URI an authenticator app
    /// reads from a QR code (and the secret itself, to type in). With the app's first `code`:
    /// turned on, with ten single-use recovery codes shown this once. Replacing an enrolled
    /// app takes an admin's `resetTotp` (`CONFLICT` here).
    async fn set_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "None: start an enrolment (a new secret); a code: confirm it.")] code: Option<
            String,
        >,
    ) -> Result<TotpSetup> {
        let secrets = parts::part::<Arc<totp::SecretBox>>(ctx);
        let setup = totp::set(parts::db(ctx), secrets, &request(ctx).viewer, code.as_deref()).await?;
        Ok(TotpSetup {
            uri: setup.uri,
            qr_svg: setup.qr_svg,
            secret: setup.secret,
            enabled: setup.enabled,
            recovery_codes: setup.recovery_codes,
        })
    }

    /// Changes the caller's password; every session of the account ends (sign in again).
    async fn change_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The password used now.")] current_password: String,
        #[graphql(desc = "The new password (12 characters at least).")] new_password: String,
    ) -> Result<bool> {
        let request = request(ctx);
        let throttle = parts::part::<Throttles>(ctx);
        account_state::change_password(
            parts::db(ctx),
            throttle,
            &request.viewer,
            current_password,
            new_password,
            request.client_ip,
        )
        .await?;
        Ok(true)
    }
}

/// The session as the client asked for it: the refresh token in the payload, or in the
/// session cookie (then the payload's is empty).
fn hand_out(ctx: &Context<'_>, session: sessions::Session, in_cookie: bool) -> AuthPayload {
    let mut payload = AuthPayload::from(session);
    if in_cookie {
        cookie::set(ctx, &payload.refresh_token);
        payload.refresh_token = String::new();
    }
    payload
}

/// Why a page of another site may not touch the session cookie.
const FOREIGN_ORIGIN: &str =
    "Le cookie de session ne se pose ni ne s'efface depuis une autre origine que celle du service.";
