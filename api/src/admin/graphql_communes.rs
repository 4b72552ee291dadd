//! GraphQL of the communes' participation history, for the admins who record it.

use async_graphql::{Context, Object, Result};
use chrono::{DateTime, Utc};
use entity::commune_participation;

use super::communes;
use crate::{
    date::Date,
    identity::{User, actor::Actor, loaders::IdentityLoaders},
    parts,
};

pub struct ParticipationPeriod(commune_participation::Model);

/// One period of a commune's participation: the protocol that opened it, and the act that
/// ended it.
#[Object]
impl ParticipationPeriod {
    /// The day the commune joined (unknown for a commune that joined before Vigie kept
    /// the history).
    async fn joined_on(&self) -> Option<Date> {
        self.0.joined_on.map(Date)
    }

    /// The reference of the protocol it joined under.
    async fn protocol_reference(&self) -> Option<&str> {
        self.0.protocol_reference.as_deref()
    }

    /// The day it left (null while it takes part).
    async fn left_on(&self) -> Option<Date> {
        self.0.left_on.map(Date)
    }

    /// The reference of the act that ended its participation.
    async fn leaving_reference(&self) -> Option<&str> {
        self.0.leaving_reference.as_deref()
    }

    /// The admin who recorded the last change (null for the command line, or an account
    /// since deleted).
    async fn recorded_by(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let Some(id) = self.0.recorded_by else { return Ok(None) };
        Ok(IdentityLoaders::user(ctx, id).await?.map(User))
    }

    /// When it was last changed.
    async fn updated_at(&self) -> DateTime<Utc> {
        self.0.updated_at
    }
}

#[derive(Default)]
pub struct CommuneAdminQuery;

#[Object]
impl CommuneAdminQuery {
    /// A commune's periods of participation in the scheme, newest first (admins in reach).
    async fn participation_history(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
    ) -> Result<Vec<ParticipationPeriod>> {
        let rows = communes::history(parts::db(ctx), &Actor::of(ctx)?, &commune_code).await?;
        Ok(rows.into_iter().map(ParticipationPeriod).collect())
    }
}
