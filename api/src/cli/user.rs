//! `vigie user create|list|…`: staff, coordinators, partners and admins are created by
//! operators.

use crate::identity::phone::Phone;
use clap::{Subcommand, ValueEnum};
use entity::enums::{CoordinatorTitle, EnrolmentStatus, Role};

use crate::{
    config::Config,
    db,
    identity::{
        Email, Password, Reach, account_state,
        accounts::{self, NewAccount},
        actor::Actor,
        password_reset,
    },
};

#[derive(Debug, Subcommand)]
pub enum UserCommand {
    /// Create an account.
    Create {
        #[arg(long)]
        email: String,
        /// The password (prefer `VIGIE_NEW_USER_PASSWORD` to keep it out of shell history).
        #[arg(long, env = "VIGIE_NEW_USER_PASSWORD", hide_env_values = true)]
        password: String,
        #[arg(long, value_enum)]
        role: RoleArg,
        /// BRIGADE_STAFF: the brigade's code.
        #[arg(long)]
        brigade: Option<String>,
        /// COORDINATOR (repeatable) or RESIDENT: an INSEE commune code.
        #[arg(long = "commune")]
        communes: Vec<String>,
        /// Mobile number in international format, for SMS alerts (+33…).
        #[arg(long)]
        phone: Option<String>,
        /// Display name (defaults to the email's local part).
        #[arg(long)]
        name: Option<String>,
        /// ADMIN (repeatable): an INSEE département code it administers.
        #[arg(long = "departement")]
        departements: Vec<String>,
        /// ADMIN: administers every département.
        #[arg(long, conflicts_with = "departements")]
        national: bool,
        /// COORDINATOR: what they are to their communes.
        #[arg(long, value_enum)]
        title: Option<TitleArg>,
        /// PARTNER: their organisation (its id, or its exact name).
        #[arg(long)]
        organisation: Option<String>,
    },
    /// Disable an account at once (tokens, sessions and sockets end).
    Disable {
        email: String,
        /// Why (kept in the audit trail).
        #[arg(long)]
        reason: String,
    },
    /// Enable a disabled account again.
    Enable { email: String },
    /// List accounts (by role, commune or brigade).
    List {
        #[command(flatten)]
        filter: super::user_list::ListFilter,
    },
    /// Issue a one-time password reset code (valid 24 hours) for an account.
    ResetPassword { email: String },
    /// Move a staff member to another brigade (their sessions end).
    Move {
        email: String,
        /// The new brigade's code.
        #[arg(long)]
        brigade: String,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum TitleArg {
    Mayor,
    DeputyMayor,
    CitizenReferent,
}

impl From<TitleArg> for CoordinatorTitle {
    fn from(title: TitleArg) -> Self {
        match title {
            TitleArg::Mayor => Self::Mayor,
            TitleArg::DeputyMayor => Self::DeputyMayor,
            TitleArg::CitizenReferent => Self::CitizenReferent,
        }
    }
}

#[derive(Clone, Copy, Debug, ValueEnum)]
#[value(rename_all = "SCREAMING_SNAKE_CASE")]
pub enum RoleArg {
    Resident,
    Coordinator,
    BrigadeStaff,
    Admin,
    Partner,
}

impl From<RoleArg> for Role {
    fn from(role: RoleArg) -> Self {
        match role {
            RoleArg::Resident => Self::Resident,
            RoleArg::Coordinator => Self::Coordinator,
            RoleArg::BrigadeStaff => Self::BrigadeStaff,
            RoleArg::Admin => Self::Admin,
            RoleArg::Partner => Self::Partner,
        }
    }
}

pub async fn run(config: Config, command: UserCommand) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    match command {
        UserCommand::Create {
            email,
            password,
            role,
            brigade,
            communes,
            phone,
            name,
            departements,
            national,
            title,
            organisation,
        } => {
            let organisation = match organisation {
                Some(organisation) => Some(organisation_id(&db, &organisation).await?),
                None => None,
            };
            let email = Email::parse(&email, "email")?;
            let display_name =
                name.unwrap_or_else(|| email.as_str().split('@').next().unwrap_or_default().to_owned());
            let account = NewAccount {
                email,
                password: Password::new(password, "password")?.into(),
                display_name,
                phone: Phone::parse_optional(phone.as_deref(), "phone")?,
                role: role.into(),
                brigade_code: brigade,
                commune_codes: communes,
                enrolment: EnrolmentStatus::Approved,
                reach: if national { Reach::National } else { Reach::Departments(departements) },
                title: title.map(Into::into),
                organisation,
            };
            let user = accounts::create_account(&db, account, accounts::Origin::operator()).await?;
            println!("created {:?} account {}", user.role, user.id);
        }
        UserCommand::Disable { email, reason } => {
            let id = account(&db, &email).await?;
            let user = account_state::disable(&db, &Actor::operator(), id, &reason).await?;
            println!("disabled account {}", user.id);
        }
        UserCommand::Move { email, brigade } => {
            use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
            let to = entity::brigade::Entity::find()
                .filter(entity::brigade::Column::Code.eq(&brigade))
                .one(&db)
                .await?
                .ok_or_else(|| anyhow::anyhow!("brigade {brigade} inconnue"))?;
            let user = account_state::move_staff(&db, &Actor::operator(), account(&db, &email).await?, to.id)
                .await?;
            println!("moved account {} to {}", user.id, to.code);
        }
        UserCommand::ResetPassword { email } => {
            let (code, expires_at) =
                password_reset::issue(&db, &Actor::operator(), account(&db, &email).await?).await?;
            println!("reset code {code} (valid until {expires_at})");
        }
        UserCommand::List { filter } => super::user_list::list(&db, filter).await?,
        UserCommand::Enable { email } => {
            let user = account_state::enable(&db, &Actor::operator(), account(&db, &email).await?).await?;
            println!("enabled account {}", user.id);
        }
    }
    Ok(())
}

/// The id of the account with `email` (normalised as stored).
async fn account(db: &sea_orm::DatabaseConnection, email: &str) -> anyhow::Result<crate::ids::UserId> {
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    let email = Email::parse(email, "email")?;
    let user = entity::app_user::Entity::find()
        .filter(entity::app_user::Column::Email.eq(email.as_str()))
        .one(db)
        .await?
        .ok_or_else(|| anyhow::anyhow!("no account for {}", email.as_str()))?;
    Ok(user.id)
}

/// The partner organisation named `text` (its id, or its exact name if only one has it).
async fn organisation_id(
    db: &sea_orm::DatabaseConnection,
    text: &str,
) -> anyhow::Result<crate::ids::OrganisationId> {
    use entity::partner_organisation;
    use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};
    if let Ok(id) = text.parse::<uuid::Uuid>() {
        return Ok(crate::ids::OrganisationId(id));
    }
    let found = partner_organisation::Entity::find()
        .filter(partner_organisation::Column::Name.eq(text))
        .all(db)
        .await?;
    match found.as_slice() {
        [one] => Ok(one.id),
        [] => anyhow::bail!("no partner organisation named {text}"),
        _ => anyhow::bail!("several partner organisations are named {text}: give its id"),
    }
}
