//! Becoming a resident and recovering a password, in the API: `register`, the two steps of a
//! registration proven by e-mail, and passwords reset with a code (an admin's or an
//! e-mailed one). Signing in and managing accounts are in `graphql.rs`.

use std::sync::Arc;

use async_graphql::{Context, Object, Result};

use super::{
    auth, password_reset, registration,
    request::request,
    tokens::TokenKeys,
    types::{AuthPayload, RegisterInput},
};
use crate::{error::AppError, parts, throttle::Throttles};

#[derive(Default)]
pub struct RegistrationMutation;

#[Object]
impl RegistrationMutation {
    /// Registers a resident of a participating commune; their enrolment starts PENDING. A
    /// taken address is `CONFLICT`: deployments with e-mail turn this off
    /// (`VIGIE_DIRECT_REGISTRATION`, off by default when `VIGIE_SMTP_URL` is set) and use
    /// `startRegistration`, which tells nobody whether an address has an account.
    async fn register(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: RegisterInput,
    ) -> Result<AuthPayload> {
        if !parts::config(ctx).direct_registration() {
            return Err(AppError::NotOffered(
                "L'inscription se fait avec un code envoyé par e-mail (startRegistration, puis completeRegistration).",
            )
            .into());
        }
        let session = auth::register(
            parts::db(ctx),
            parts::part::<Arc<TokenKeys>>(ctx),
            parts::part::<Throttles>(ctx),
            input.into(),
            request(ctx).client_ip,
        )
        .await?;
        Ok(session.into())
    }

    /// Starts a registration proven by e-mail: checks `input` as `register` does, then
    /// e-mails the address a code for `completeRegistration` (valid one hour; a new start
    /// voids the earlier code) — or, when the address already has an account, a notice
    /// saying so. Always `true`: the answer never tells which.
    async fn start_registration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: RegisterInput,
    ) -> Result<bool> {
        mail_offered(ctx, "L'envoi d'e-mails n'est pas configuré sur ce serveur : utilisez register.")?;
        registration::start(
            parts::db(ctx),
            parts::part::<Throttles>(ctx),
            input.into(),
            request(ctx).client_ip,
        )
        .await?;
        Ok(true)
    }

    /// Creates the account a `startRegistration` code was e-mailed for (enrolment PENDING)
    /// and opens its session. A wrong, used or expired code: `BAD_USER_INPUT` on `code`.
    async fn complete_registration(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's e-mail address.")] email: String,
        #[graphql(desc = "The code the e-mail gave.")] code: String,
    ) -> Result<AuthPayload> {
        let session = registration::complete(
            parts::db(ctx),
            parts::part::<Arc<TokenKeys>>(ctx),
            parts::part::<Throttles>(ctx),
            &email,
            &code,
            request(ctx).client_ip,
        )
        .await?;
        Ok(session.into())
    }

    /// E-mails a single-use code for `resetPassword` (valid one hour) to the account of
    /// `email` — or, when there is none, a notice saying so. Always `true`: the answer never
    /// tells which.
    async fn request_password_reset(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's e-mail address.")] email: String,
    ) -> Result<bool> {
        mail_offered(
            ctx,
            "L'envoi d'e-mails n'est pas configuré sur ce serveur : demandez un code à votre administrateur.",
        )?;
        password_reset::request_by_email(
            parts::db(ctx),
            parts::part::<Throttles>(ctx),
            &email,
            request(ctx).client_ip,
        )
        .await?;
        Ok(true)
    }

    /// Chooses a new password with a code issued by an admin or e-mailed
    /// (`requestPasswordReset`); every session ends.
    async fn reset_password(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's e-mail address.")] email: String,
        #[graphql(desc = "The single-use code (e-mailed, or given by an administrator).")] code: String,
        #[graphql(desc = "The new password (12 characters at least).")] new_password: String,
    ) -> Result<bool> {
        let throttle = parts::part::<Throttles>(ctx);
        let client_ip = request(ctx).client_ip;
        password_reset::complete(parts::db(ctx), throttle, &email, &code, new_password, client_ip).await?;
        Ok(true)
    }
}

/// A refusal (`FORBIDDEN`, `message`) when this node sends no e-mail.
fn mail_offered(ctx: &Context<'_>, message: &'static str) -> Result<(), AppError> {
    if parts::config(ctx).smtp_url.is_none() {
        return Err(AppError::NotOffered(message));
    }
    Ok(())
}
