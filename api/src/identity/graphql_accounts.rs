//! GraphQL of account administration (admins in reach): creating desk accounts, disabling
//! and enabling them, moving staff, their profile and communes, password-reset codes, and
//! two-factor sign-in made compulsory or reset.

use async_graphql::{Context, ID, Object, Result};
use entity::enums;

use super::{
    Email, Password, Reach, account_state,
    accounts::{self, NewAccount},
    actor::Actor,
    password_reset,
    phone::Phone,
    policy,
    request::request,
    totp,
    types::{CoordinatorTitle, CreateAccountInput, PasswordResetCode, Role, User},
};
use crate::{
    error::AppError,
    ids::{BrigadeId, ParseId, UserId},
    parts,
};

#[derive(Default)]
pub struct AccountAdminMutation;

#[Object]
impl AccountAdminMutation {
    /// Disables a staff, coordinator or admin account (admins in reach): its access tokens,
    /// refresh tokens and open sockets stop working at once; its name stays on its work.
    async fn disable_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
        #[graphql(desc = "Why, in a sentence (kept in the audit trail).")] reason: String,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let actor = Actor::of(ctx)?;
        Ok(User(account_state::disable(parts::db(ctx), &actor, id, &reason).await?))
    }

    /// Makes two-factor sign-in compulsory (or optional again) in a département, for its
    /// staff, coordinators, admins and partners (admins of that département). An account
    /// not enrolled yet may then only read itself (`me`), enrol (`setTotp`) and sign out;
    /// anything else answers `TOTP_REQUIRED`.
    async fn require_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A département's INSEE code (e.g. \"90\").")] departement: String,
        #[graphql(desc = "Whether desk accounts of the département must sign in with a second factor.")]
        required: bool,
    ) -> Result<bool> {
        let request = request(ctx);
        Ok(totp::require(parts::db(ctx), &request.viewer, departement.trim(), required, request.client_ip)
            .await?)
    }

    /// Removes an account's two-factor sign-in (a lost phone; admins in reach): its
    /// authenticator and recovery codes are forgotten and its sessions end; it enrols again.
    async fn reset_totp(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let actor = Actor::of(ctx)?;
        Ok(User(totp::reset(parts::db(ctx), &actor, id).await?))
    }

    /// Moves a staff member to another brigade (admins in reach); their sessions end and
    /// the old brigade's reports are out of their reach at once.
    async fn move_staff(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
        #[graphql(desc = "The brigade's id.")] brigade_id: ID,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let brigade = BrigadeId::parse(&brigade_id, "brigadeId")?;
        let actor = Actor::of(ctx)?;
        Ok(User(account_state::move_staff(parts::db(ctx), &actor, id, brigade).await?))
    }

    /// Sets whether a staff member commands their brigade (designates its référents, sees
    /// its security requests) and their rank (admins in reach).
    async fn set_staff_profile(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
        #[graphql(desc = "Whether they command their brigade.")] commander: bool,
        #[graphql(desc = "Their rank and post, as shown to colleagues.")] rank: Option<String>,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let actor = Actor::of(ctx)?;
        Ok(User(
            account_state::set_staff_profile(parts::db(ctx), &actor, id, commander, rank.as_deref()).await?,
        ))
    }

    /// Issues a one-time code (valid 24 hours) with which the user chooses a new password
    /// (admins in reach); hand it over by a channel the user trusts.
    async fn issue_password_reset(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
    ) -> Result<PasswordResetCode> {
        let id = UserId::parse(&user_id, "userId")?;
        let actor = Actor::of(ctx)?;
        let (code, expires_at) = password_reset::issue(parts::db(ctx), &actor, id).await?;
        Ok(PasswordResetCode { code, expires_at })
    }

    /// Sets the communes a coordinator acts for, and their title (admins in reach of the
    /// coordinator and of every commune given).
    async fn set_coordinator_communes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
        #[graphql(desc = "The communes they coordinate (INSEE codes).")] commune_codes: Vec<String>,
        #[graphql(desc = "What they are to those communes.")] title: Option<CoordinatorTitle>,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let actor = Actor::of(ctx)?;
        let title = title.map(Into::into);
        Ok(User(account_state::set_communes(parts::db(ctx), &actor, id, &commune_codes, title).await?))
    }

    /// Enables a disabled account again (admins in reach).
    async fn enable_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's id.")] user_id: ID,
    ) -> Result<User> {
        let id = UserId::parse(&user_id, "userId")?;
        let actor = Actor::of(ctx)?;
        Ok(User(account_state::enable(parts::db(ctx), &actor, id).await?))
    }

    /// Creates a staff, coordinator or admin account (admins only).
    async fn create_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: CreateAccountInput,
    ) -> Result<User> {
        let admin = policy::create_account(&request(ctx).viewer)?;
        if input.role == Role::Resident {
            return Err(AppError::bad_input("role", "Les habitants s'inscrivent eux-mêmes.").into());
        }
        if input.commune_codes.as_ref().is_some_and(|codes| codes.len() > 100) {
            return Err(AppError::bad_input(
                "communeCodes",
                "Un coordinateur agit pour 100 communes au plus.",
            )
            .into());
        }
        let departements = input.departements.unwrap_or_default();
        if departements.len() > 120 {
            return Err(AppError::bad_input("departements", "Trop de départements.").into());
        }
        let reach =
            if input.national == Some(true) { Reach::National } else { Reach::Departments(departements) };
        let account = NewAccount {
            email: Email::parse(&input.email, "email")?,
            password: Password::new(input.password, "password")?.into(),
            display_name: input.display_name,
            phone: Phone::parse_optional(input.phone.as_deref(), "phone")?,
            role: input.role.into(),
            brigade_code: input.brigade_code,
            commune_codes: input.commune_codes.unwrap_or_default(),
            enrolment: enums::EnrolmentStatus::Approved,
            reach,
            title: input.title.map(Into::into),
            organisation: input
                .organisation_id
                .map(|id| crate::ids::OrganisationId::parse(&id, "organisationId"))
                .transpose()?,
        };
        let origin = accounts::Origin {
            actor: Some(admin.id),
            client_ip: request(ctx).client_ip,
            reach: admin.reach.clone(),
        };
        Ok(User(accounts::create_account(parts::db(ctx), account, origin).await?))
    }
}
