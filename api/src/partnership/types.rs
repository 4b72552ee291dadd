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
    Association,
    /// Service municipal.
    MunicipalService,
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
    Open,
    Answered,
    Closed,
}
crate::enums::mirror_enum!(SecurityRequestStatus, enums::SecurityRequestStatus, [Open, Answered, Closed]);

/// A partner organisation.
#[derive(SimpleObject)]
pub struct PartnerOrganisation {
    pub id: ID,
    pub name: String,
    pub kind: PartnerKind,
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
    pub user: User,
    pub reset_code: crate::identity::PasswordResetCode,
}

/// A designation of a référent.
pub struct ReferentAssignment(pub entity::referent_assignment::Model);

#[Object]
impl ReferentAssignment {
    async fn commune_code(&self) -> &str {
        &self.0.commune_code
    }

    async fn referent(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        Ok(crate::identity::loaders::IdentityLoaders::user(ctx, self.0.user_id).await?.map(User))
    }

    async fn started_at(&self) -> DateTime<Utc> {
        self.0.started_at
    }

    async fn ended_at(&self) -> Option<DateTime<Utc>> {
        self.0.ended_at
    }
}

/// A security request and its thread.
pub struct SecurityRequest(pub entity::security_request::Model);

#[Object]
impl SecurityRequest {
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    async fn commune_code(&self) -> &str {
        &self.0.commune_code
    }

    async fn topic(&self) -> SecurityTopic {
        self.0.topic.into()
    }

    async fn subject(&self) -> &str {
        &self.0.subject
    }

    async fn status(&self) -> SecurityRequestStatus {
        self.0.status.into()
    }

    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

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
    pub body: String,
    pub created_at: DateTime<Utc>,
}

/// What a coordinator asks their référent.
#[derive(InputObject)]
pub struct SecurityRequestInput {
    pub commune_code: String,
    pub topic: SecurityTopic,
    pub subject: String,
    pub body: String,
}

/// What a list of requests may be narrowed to.
#[derive(InputObject, Default)]
pub struct SecurityRequestFilter {
    pub status: Option<SecurityRequestStatus>,
    pub commune_code: Option<String>,
}

/// An organisation to create (no id) or rename.
#[derive(InputObject)]
pub struct PartnerOrganisationInput {
    pub id: Option<ID>,
    pub name: String,
    pub kind: PartnerKind,
    pub departement: String,
}

/// A partner's account to create.
#[derive(InputObject)]
pub struct PartnerAccountInput {
    pub email: String,
    pub display_name: String,
    pub phone: Option<String>,
    pub organisation_id: ID,
}
