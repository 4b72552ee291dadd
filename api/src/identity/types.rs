//! GraphQL types of identity: accounts as clients see them, roles and statuses, session
//! payloads, the inputs of registration and account creation, and the connection shape
//! every paged list shares.

use async_graphql::{
    Context, Enum, ID, InputObject, Object, Result, SimpleObject,
    connection::{Connection, Edge},
};
use entity::{app_user, enums};

use super::sessions::Session;
use crate::{
    pagination::Page,
    parts,
    territory::{Brigade, Commune, loaders::TerritoryLoaders},
};

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

/// An account.
pub struct User(pub app_user::Model);

#[Object]
impl User {
    async fn id(&self) -> ID {
        self.0.id.into()
    }

    async fn email(&self) -> &str {
        &self.0.email
    }

    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    async fn phone(&self) -> Option<&str> {
        self.0.phone.as_deref()
    }

    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// Coordinators: maire, adjoint or citoyen référent.
    async fn title(&self) -> Option<CoordinatorTitle> {
        self.0.title.map(Into::into)
    }

    /// When an admin disabled the account (null while it is usable).
    async fn disabled_at(&self) -> Option<chrono::DateTime<chrono::Utc>> {
        self.0.disabled_at
    }

    /// Residents only.
    async fn enrolment_status(&self) -> Option<EnrolmentStatus> {
        self.0.enrolment_status.map(Into::into)
    }

    /// A resident's commune.
    async fn commune(&self, ctx: &Context<'_>) -> Result<Option<Commune>> {
        let Some(code) = &self.0.commune_code else { return Ok(None) };
        Ok(TerritoryLoaders::commune(ctx, code).await?.map(Commune))
    }

    /// The communes a coordinator acts for (empty for other roles).
    async fn coordinated_communes(&self, ctx: &Context<'_>) -> Result<Vec<Commune>> {
        if self.0.role != enums::Role::Coordinator {
            return Ok(Vec::new());
        }
        let codes = super::viewer::coordinated_communes(parts::db(ctx), self.0.id).await?;
        let mut communes = Vec::with_capacity(codes.len());
        for code in codes {
            if let Some(commune) = TerritoryLoaders::commune(ctx, &code).await? {
                communes.push(Commune(commune));
            }
        }
        Ok(communes)
    }

    /// A staff member's brigade.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Option<Brigade>> {
        let Some(id) = self.0.brigade_id else { return Ok(None) };
        Ok(TerritoryLoaders::brigade(ctx, id).await?.map(Brigade))
    }
}

/// A user's role.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum Role {
    Resident,
    Coordinator,
    BrigadeStaff,
    Admin,
}

crate::enums::mirror_enum!(Role, enums::Role, [Resident, Coordinator, BrigadeStaff, Admin]);

/// Where a resident's enrolment stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum EnrolmentStatus {
    Pending,
    Approved,
    Rejected,
    Suspended,
}

crate::enums::mirror_enum!(EnrolmentStatus, enums::EnrolmentStatus, [Pending, Approved, Rejected, Suspended]);

/// What a coordinator is to their communes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum CoordinatorTitle {
    /// Maire.
    Mayor,
    /// Adjoint au maire.
    DeputyMayor,
    /// Citoyen référent.
    CitizenReferent,
}

crate::enums::mirror_enum!(CoordinatorTitle, enums::CoordinatorTitle, [Mayor, DeputyMayor, CitizenReferent]);
