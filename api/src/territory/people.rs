//! Accounts as every client sees them: the `User` GraphQL type and its closed sets (role,
//! enrolment status, coordinator title). Part of the territory — a user shows their commune
//! or brigade, and a commune shows its référent — while the rules about accounts stay in
//! `identity`.

use async_graphql::{Context, Enum, ID, Object, Result};
use entity::{app_user, coordinator_commune, enums};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use super::{Brigade, Commune, loaders::TerritoryLoaders};
use crate::{error::AppResult, ids::UserId};

/// The INSEE codes of the communes coordinator `id` acts for.
pub async fn coordinated_communes(db: &impl ConnectionTrait, id: UserId) -> AppResult<Vec<String>> {
    Ok(coordinator_commune::Entity::find()
        .select_only()
        .column(coordinator_commune::Column::CommuneCode)
        .filter(coordinator_commune::Column::UserId.eq(id))
        .order_by_asc(coordinator_commune::Column::CommuneCode)
        .into_tuple::<String>()
        .all(db)
        .await?)
}

/// An account.
pub struct User(pub app_user::Model);

/// An account: a resident, a coordinator, brigade staff, a partner or an administrator.
#[Object]
impl User {
    /// The account's id.
    async fn id(&self) -> ID {
        self.0.id.into()
    }

    /// The e-mail address it signs in with.
    async fn email(&self) -> &str {
        &self.0.email
    }

    /// The name others see.
    async fn display_name(&self) -> &str {
        &self.0.display_name
    }

    /// A mobile number (+33…), for SMS alerts.
    async fn phone(&self) -> Option<&str> {
        self.0.phone.as_deref()
    }

    /// What the account may do.
    async fn role(&self) -> Role {
        self.0.role.into()
    }

    /// Staff: grade or function, as shown to elected officials.
    async fn rank(&self) -> Option<&str> {
        self.0.rank.as_deref()
    }

    /// Staff: whether they command their brigade.
    async fn commander(&self) -> bool {
        self.0.commander
    }

    /// Coordinators: maire, adjoint or citoyen référent.
    async fn title(&self) -> Option<CoordinatorTitle> {
        self.0.title.map(Into::into)
    }

    /// Coordinators: whether they receive intervention alerts by SMS (`setSmsAlerts`); null
    /// for other roles.
    async fn sms_alerts(&self) -> Option<bool> {
        (self.0.role == enums::Role::Coordinator).then_some(self.0.sms_alerts)
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
        let codes = TerritoryLoaders::coordinated(ctx, self.0.id).await?;
        Ok(TerritoryLoaders::communes(ctx, &codes).await?.into_iter().map(Commune).collect())
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
    /// A resident enrolled in their commune: files reports through the app.
    Resident,
    /// A mayor, deputy or citoyen référent: approves enrolments, follows the commune's activity.
    Coordinator,
    /// Gendarmerie or police staff of one brigade: works its queue.
    BrigadeStaff,
    /// The prefecture (its départements) or the national operator.
    Admin,
    /// A member of a partner organisation (partnership groups).
    Partner,
}

crate::enums::mirror_enum!(Role, enums::Role, [Resident, Coordinator, BrigadeStaff, Admin, Partner]);

/// Where a resident's enrolment stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum EnrolmentStatus {
    /// Registered, waiting for the commune's decision.
    Pending,
    /// Approved by the commune: may file reports.
    Approved,
    /// Refused by the commune.
    Rejected,
    /// Approved once, suspended since (may no longer file).
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
