//! Who is asking: one place turns an `Authorization: Bearer` header (HTTP) or the
//! `connection_init` payload (websocket) into a [`Viewer`]. A present but bad token is an
//! error, never a silent fall-back to anonymous; a suspended or disabled account's tokens
//! stop working at once because the account is read on every request.

use entity::{
    admin_department, app_user,
    enums::{EnrolmentStatus, Role},
};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::tokens::{Access, TokenKeys};
use crate::{
    department,
    error::{AppError, AppResult},
    ids::{BrigadeId, UserId},
};

/// A signed-in user with their role and scopes.
#[derive(Clone, Debug)]
pub struct Principal {
    pub id: UserId,
    pub role: Role,
    /// A resident's commune.
    pub commune: Option<String>,
    /// A staff member's brigade.
    pub brigade: Option<BrigadeId>,
    /// A coordinator's communes.
    pub coordinated: Vec<String>,
    pub enrolment: Option<EnrolmentStatus>,
    /// An admin's départements.
    pub reach: Reach,
    /// Staff: commands their brigade.
    pub commander: bool,
    /// Partners: their organisation.
    pub organisation: Option<crate::ids::OrganisationId>,
    /// Two-factor sign-in is required where the account works and it has not enrolled
    /// yet: until it does, it may only read itself, enrol, and sign out.
    pub must_enrol_totp: bool,
}

/// What an admin administers: every département, or some (nothing for other roles).
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub enum Reach {
    #[default]
    Nothing,
    National,
    Departments(Vec<String>),
}

impl Reach {
    /// Whether département `code` is within reach.
    pub fn covers(&self, code: &str) -> bool {
        match self {
            Self::Nothing => false,
            Self::National => true,
            Self::Departments(codes) => codes.iter().any(|own| own == code),
        }
    }

    /// Whether the département of commune `code` is within reach.
    pub fn covers_commune(&self, code: &str) -> bool {
        self.covers(department::of_commune(code))
    }

    /// Whether everything `other` reaches is within this reach (who may grant it).
    pub fn includes(&self, other: &Reach) -> bool {
        match other {
            Self::Nothing => true,
            Self::National => *self == Self::National,
            Self::Departments(codes) => codes.iter().all(|code| self.covers(code)),
        }
    }
}

/// The caller of one request or websocket connection.
#[derive(Clone, Debug)]
pub enum Viewer {
    Anonymous,
    User(Principal),
}

impl Viewer {
    /// The signed-in principal, or `UNAUTHENTICATED`; `TOTP_REQUIRED` while the account
    /// must enrol its second factor first.
    pub fn principal(&self) -> AppResult<&Principal> {
        let principal = self.signed_in()?;
        if principal.must_enrol_totp {
            return Err(AppError::TotpEnrolmentRequired);
        }
        Ok(principal)
    }

    /// The signed-in principal, enrolled or not (reading itself, enrolling, signing out).
    pub fn signed_in(&self) -> AppResult<&Principal> {
        match self {
            Self::User(principal) => Ok(principal),
            Self::Anonymous => Err(AppError::Unauthenticated),
        }
    }
}

/// The account of `id` if it may act: not disabled, not a suspended resident.
pub async fn active_user(db: &impl ConnectionTrait, id: UserId) -> AppResult<app_user::Model> {
    let user = app_user::Entity::find_by_id(id).one(db).await?.ok_or(AppError::Unauthenticated)?;
    if !user.is_active() {
        return Err(AppError::Unauthenticated);
    }
    Ok(user)
}

pub use crate::territory::people::coordinated_communes;

/// The départements admin `user` administers.
pub async fn reach_of(db: &impl ConnectionTrait, user: &app_user::Model) -> AppResult<Reach> {
    if user.national_admin {
        return Ok(Reach::National);
    }
    let codes = admin_department::Entity::find()
        .select_only()
        .column(admin_department::Column::Department)
        .filter(admin_department::Column::UserId.eq(user.id))
        .order_by_asc(admin_department::Column::Department)
        .into_tuple::<String>()
        .all(db)
        .await?;
    Ok(Reach::Departments(codes))
}

/// The token of an `Authorization` value (`Bearer <token>`).
pub fn bearer_token(value: &str) -> AppResult<&str> {
    value
        .strip_prefix("Bearer ")
        .or_else(|| value.strip_prefix("bearer "))
        .map(str::trim)
        .filter(|token| !token.is_empty())
        .ok_or(AppError::Unauthenticated)
}

/// The viewer for an `Authorization` value (`None`: anonymous).
pub async fn from_authorization(
    db: &impl ConnectionTrait,
    keys: &TokenKeys,
    authorization: Option<&str>,
) -> AppResult<Viewer> {
    let Some(value) = authorization else { return Ok(Viewer::Anonymous) };
    Ok(for_token(db, keys, bearer_token(value)?).await?.0)
}

/// The viewer an access token stands for, read now (account state and scopes), with the
/// token's expiry (Unix seconds).
pub async fn for_token(db: &impl ConnectionTrait, keys: &TokenKeys, token: &str) -> AppResult<(Viewer, i64)> {
    let access = keys.verify_access(token)?;
    let user = session_user(db, &access).await?;
    Ok((of_user(db, user).await?, access.expires_at))
}

/// The account a valid access token speaks for, if it may still act: active, and none of
/// its sessions ended since the token was issued (logout everywhere, a new password, a
/// suspension, a move…).
pub async fn session_user(db: &impl ConnectionTrait, access: &Access) -> AppResult<app_user::Model> {
    let user = active_user(db, access.user).await?;
    if user.session_epoch != access.epoch {
        return Err(AppError::Unauthenticated);
    }
    Ok(user)
}

/// The viewer an active account stands for (its scopes read now).
pub async fn of_user(db: &impl ConnectionTrait, user: app_user::Model) -> AppResult<Viewer> {
    let coordinated =
        if user.role == Role::Coordinator { coordinated_communes(db, user.id).await? } else { Vec::new() };
    let reach = if user.role == Role::Admin { reach_of(db, &user).await? } else { Reach::Nothing };
    let principal = Principal {
        id: user.id,
        role: user.role,
        commune: user.commune_code,
        brigade: user.brigade_id,
        coordinated,
        enrolment: user.enrolment_status,
        reach,
        commander: user.commander && user.role == Role::BrigadeStaff,
        organisation: user.organisation_id.filter(|_| user.role == Role::Partner),
        must_enrol_totp: false,
    };
    let principal =
        Principal { must_enrol_totp: super::totp::must_enrol(db, &principal).await?, ..principal };
    Ok(Viewer::User(principal))
}
