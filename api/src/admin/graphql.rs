//! GraphQL of administration.

use std::sync::Arc;

use async_graphql::{Context, ID, Object, Result};

use super::{
    actor::Actor,
    brigades,
    communes::{self, ParticipationChange},
    routing_rules,
};
use crate::{
    date::Date,
    identity::request,
    ids::{BrigadeId, ParseId},
    parts,
    routing::RoutingHandle,
    territory::{Brigade, BrigadeKind, Commune},
};

/// The calling admin, from a resolver's context.
fn actor(ctx: &Context<'_>) -> Result<Actor> {
    let request = request(ctx);
    Ok(Actor::admin(&request.viewer, request.client_ip)?)
}

/// Reloads this node's routing index after a committed change, so the admin's next report
/// routes by it at once (other nodes follow within `VIGIE_ROUTING_REFRESH_SECS`). A failed
/// reload is logged: the change is committed and the periodic refresh retries.
async fn reroute(ctx: &Context<'_>) {
    let routing = parts::part::<Arc<RoutingHandle>>(ctx);
    if let Err(error) = routing.refresh(parts::db(ctx)).await {
        tracing::error!(error = %format!("{error:#}"), "routing index reload after an admin change failed");
    }
}

#[derive(Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// Records a commune joining (or leaving) the scheme under a protocol signed by the
    /// prefect, the mayor and the gendarmerie or police (admins in reach). A commune that
    /// leaves stops taking new reports and registrations; its reports run to their end.
    async fn set_commune_participation(
        &self,
        ctx: &Context<'_>,
        commune_code: String,
        participating: bool,
        effective_on: Date,
        protocol_reference: Option<String>,
    ) -> Result<Commune> {
        let change = ParticipationChange {
            commune: commune_code,
            participating,
            effective_on: effective_on.0,
            reference: protocol_reference,
        };
        let commune = communes::set_participation(parts::db(ctx), &actor(ctx)?, change).await?;
        reroute(ctx).await;
        Ok(Commune(commune.into()))
    }

    /// Sends one category of reports made in a commune to another brigade (the police
    /// municipale for incivilités, say); a null `brigadeId` removes the override.
    async fn set_routing_rule(
        &self,
        ctx: &Context<'_>,
        commune_code: String,
        category_code: String,
        brigade_id: Option<ID>,
    ) -> Result<Commune> {
        let brigade = brigade_id.map(|id| BrigadeId::parse(&id, "brigadeId")).transpose()?;
        let db = parts::db(ctx);
        let commune = routing_rules::set(db, &actor(ctx)?, &commune_code, &category_code, brigade).await?;
        reroute(ctx).await;
        Ok(Commune(commune.into()))
    }
}

#[derive(Default)]
pub struct AdminQuery;

#[Object]
impl AdminQuery {
    /// Brigades of a département by name (staff: reroute targets; admins: their
    /// départements). Without `departement`: the caller's own brigade's, or an admin's.
    async fn brigades(
        &self,
        ctx: &Context<'_>,
        departement: Option<String>,
        kind: Option<BrigadeKind>,
    ) -> Result<Vec<Brigade>> {
        let department = departement.as_deref().map(str::trim);
        let rows =
            brigades::list(parts::db(ctx), &request(ctx).viewer, department, kind.map(Into::into)).await?;
        Ok(rows.into_iter().map(Brigade).collect())
    }
}
