//! GraphQL of notifications: intervention alerts and SMS preferences.

use async_graphql::{Context, ID, Object, Result, SimpleObject};
use chrono::{DateTime, Utc};
use entity::intervention_alert;

use super::alerts;
use crate::{
    identity::{User, request},
    parts,
    throttle::Throttles,
};

#[derive(Default)]
pub struct NotifyMutation;

#[Object]
impl NotifyMutation {
    /// Alerts the mayors of a commune the caller's brigade covers about an intervention
    /// there (SMS to each coordinator with a phone who has not opted out).
    async fn send_intervention_alert(
        &self,
        ctx: &Context<'_>,
        commune_code: String,
        message: String,
    ) -> Result<InterventionAlert> {
        let alert = alerts::send(
            parts::db(ctx),
            parts::part::<Throttles>(ctx),
            &request(ctx).viewer,
            &commune_code,
            &message,
        )
        .await?;
        Ok(alert.into())
    }

    /// A coordinator turns SMS intervention alerts on or off for themselves.
    async fn set_sms_alerts(&self, ctx: &Context<'_>, enabled: bool) -> Result<User> {
        Ok(User(alerts::set_sms_alerts(parts::db(ctx), &request(ctx).viewer, enabled).await?))
    }
}

/// An intervention alert.
#[derive(SimpleObject)]
pub struct InterventionAlert {
    pub id: ID,
    pub commune_code: String,
    pub message: String,
    /// How many coordinators it was sent to.
    pub recipients: i32,
    pub created_at: DateTime<Utc>,
}

impl From<intervention_alert::Model> for InterventionAlert {
    fn from(alert: intervention_alert::Model) -> Self {
        Self {
            id: ID(alert.id.to_string()),
            commune_code: alert.commune_code,
            message: alert.message,
            recipients: alert.recipients,
            created_at: alert.created_at,
        }
    }
}
