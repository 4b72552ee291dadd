//! GraphQL shapes of référents, security requests and partner organisations (problem
//! cases: `case_types.rs`).

use async_graphql::{Context, Enum, ID, InputObject, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entity::{enums, partner_organisation};

use crate::identity::User;

/// What kind of partner an organisation is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum PartnerKind {
    /// Bailleur social.
    SocialLandlord,
    /// Transporteur.
    TransportOperator,
    /// Établissement scolaire.
    School,
    /// Association (aide aux victimes, médiation…).
    Association,
    /// Service municipal.
    MunicipalService,
    /// Any other partner.
    Other,
}
crate::enums::mirror_enum!(
    PartnerKind,
    enums::PartnerKind,
    [SocialLandlord, TransportOperator, School, Association, MunicipalService, Other]
);

/// What an elected official asks their référent about.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum SecurityTopic {
    /// Conseil.
    Advice,
    /// Diagnostic de sécurité.
    SecurityDiagnosis,
    /// Prévention situationnelle.
    SituationalPrevention,
    /// Événement.
    Event,
    /// Anything else.
    Other,
}
crate::enums::mirror_enum!(
    SecurityTopic,
    enums::SecurityTopic,
    [Advice, SecurityDiagnosis, SituationalPrevention, Event, Other]
);

/// Where a security request stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum SecurityRequestStatus {
    /// Waiting for the référent's answer.
    Open,
    /// The référent answered; the commune may reply.
    Answered,
    /// Closed by either side.
    Closed,
}
crate::enums::mirror_enum!(SecurityRequestStatus, enums::SecurityRequestStatus, [Open, Answered, Closed]);

/// A partner organisation.
#[derive(SimpleObject)]
pub struct PartnerOrganisation {
    /// The organisation's id.
    pub id: ID,
    /// Its name, unique in its département.
    pub name: String,
    /// What kind of partner it is.
    pub kind: PartnerKind,
    /// The INSEE code of the département it works in.
    pub departement: String,
}

impl From<partner_organisation::Model> for PartnerOrganisation {
    fn from(row: partner_organisation::Model) -> Self {
        Self {
            id: ID(row.id.to_string()),
            name: row.name,
            kind: row.kind.into(),
            departement: row.department,
        }
    }
}

/// A partner's new account and the one-time code they choose their password with.
#[derive(SimpleObject)]
pub struct PartnerAccount {
    /// The partner's account.
    pub user: User,
    /// The single-use code with which they choose their password.
    pub reset_code: crate::identity::PasswordResetCode,
}

/// A designation of a référent.
pub struct ReferentAssignment(pub entity::referent_assignment::Model);

/// A period during which a staff member is a commune's référent.
#[Object]
impl ReferentAssignment {
    /// The commune.
    async fn commune_code(&self) -> &str {
        &self.0.commune_code
    }

    /// The staff member who is its référent.
    async fn referent(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        Ok(crate::identity::loaders::IdentityLoaders::user(ctx, self.0.user_id).await?.map(User))
    }

    /// When they became référent.
    async fn started_at(&self) -> DateTime<Utc> {
        self.0.started_at
    }

    /// When they stopped, if they did.
    async fn ended_at(&self) -> Option<DateTime<Utc>> {
        self.0.ended_at
    }
}

/// A security request and its thread.
pub struct SecurityRequest(pub entity::security_request::Model);

/// A commune's request to its référent (advice, security diagnosis…) and the exchange that follows.
#[Object]
impl SecurityRequest {
    /// The request's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The commune asking.
    async fn commune_code(&self) -> &str {
        &self.0.commune_code
    }

    /// What it is about.
    async fn topic(&self) -> SecurityTopic {
        self.0.topic.into()
    }

    /// Its subject line.
    async fn subject(&self) -> &str {
        &self.0.subject
    }

    /// Where it stands.
    async fn status(&self) -> SecurityRequestStatus {
        self.0.status.into()
    }

    /// When it was opened.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// When it last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }

    /// The thread, oldest first.
    async fn messages(&self, ctx: &Context<'_>) -> Result<Vec<SecurityRequestMessage>> {
        let rows = super::loaders::PartnershipLoaders::messages(ctx, self.0.id).await?;
        Ok(rows
            .into_iter()
            .map(|row| SecurityRequestMessage {
                author_role: row.author_role.into(),
                body: row.body,
                created_at: row.created_at,
            })
            .collect())
    }
}

/// One message of a security request.
#[derive(SimpleObject)]
pub struct SecurityRequestMessage {
    /// COORDINATOR (the commune) or BRIGADE_STAFF (the brigade).
    pub author_role: crate::identity::Role,
    /// The message's text.
    pub body: String,
    /// When it was sent.
    pub created_at: DateTime<Utc>,
}

/// What a coordinator asks their référent.
#[derive(InputObject)]
pub struct SecurityRequestInput {
    /// The commune asking (one the coordinator coordinates).
    pub commune_code: String,
    /// What it is about.
    pub topic: SecurityTopic,
    /// Its subject line.
    pub subject: String,
    /// The first message.
    pub body: String,
}

/// What a list of requests may be narrowed to.
#[derive(InputObject, Default)]
pub struct SecurityRequestFilter {
    /// Only requests in this state.
    pub status: Option<SecurityRequestStatus>,
    /// Only this commune's requests.
    pub commune_code: Option<String>,
}

/// An organisation to create (no id) or rename.
#[derive(InputObject)]
pub struct PartnerOrganisationInput {
    /// The organisation to change; none creates one.
    pub id: Option<ID>,
    /// Its name, unique in its département.
    pub name: String,
    /// What kind of partner it is.
    pub kind: PartnerKind,
    /// The INSEE code of the département it works in (one the caller administers).
    pub departement: String,
}

/// A partner's account to create.
#[derive(InputObject)]
pub struct PartnerAccountInput {
    /// The partner's e-mail address (their sign-in).
    pub email: String,
    /// Their name as members of a case see it.
    pub display_name: String,
    /// A mobile number (+33…), optional.
    pub phone: Option<String>,
    /// The partner organisation they belong to.
    pub organisation_id: ID,
}
