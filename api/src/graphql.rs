//! The GraphQL schema: the domains' roots merged, limits set, and every error given its
//! contract code on the way out (`error::codes`).

use async_graphql::{MergedObject, MergedSubscription, Request, Response, Schema};

use crate::{
    admin::{AdminMutation, AdminQuery, CommuneAdminQuery},
    error::codes::ErrorCodes,
    identity::{AccountAdminMutation, IdentityMutation, IdentityQuery, RegistrationMutation, RequestContext},
    media::MediaMutation,
    notify::{NotifyMutation, NotifyQuery, NotifySubscription},
    partnership::{PartnerMutation, PartnerQuery, PartnershipMutation, PartnershipQuery},
    privacy::{PrivacyMutation, PrivacyQuery},
    reports::{
        AbuseMutation, AbuseQuery, BrigadeWorkMutation, BrigadeWorkQuery, IncidentMutation, IncidentQuery,
        ReportMutation, ReportQuery, ReportSubscription,
    },
    state::AppState,
    territory::TerritoryQuery,
};

/// Every query root, merged.
#[derive(MergedObject, Default)]
pub struct Query(
    TerritoryQuery,
    IdentityQuery,
    ReportQuery,
    BrigadeWorkQuery,
    IncidentQuery,
    AbuseQuery,
    NotifyQuery,
    AdminQuery,
    CommuneAdminQuery,
    PartnershipQuery,
    PartnerQuery,
    PrivacyQuery,
);

/// Every mutation root, merged.
#[derive(MergedObject, Default)]
pub struct Mutation(
    IdentityMutation,
    AccountAdminMutation,
    RegistrationMutation,
    ReportMutation,
    BrigadeWorkMutation,
    IncidentMutation,
    AbuseMutation,
    MediaMutation,
    NotifyMutation,
    AdminMutation,
    PartnershipMutation,
    PartnerMutation,
    PrivacyMutation,
);

/// Every subscription root, merged.
#[derive(MergedSubscription, Default)]
pub struct Subscription(ReportSubscription, NotifySubscription);

/// The schema type served by every node.
pub type VigieSchema = Schema<Query, Mutation, Subscription>;

/// Builds the schema over `state`, with the configured depth limit, cost budget and answer
/// ceiling.
pub fn build_schema(state: AppState) -> VigieSchema {
    let costs = crate::cost::CostLimits {
        budget: state.config.max_query_complexity,
        ceiling_bytes: state.config.max_response_bytes,
        routing: state.routing.clone(),
    };
    let depth = state.config.max_query_depth;
    let introspection = state.config.introspection;
    let builder = Schema::build(Query::default(), Mutation::default(), Subscription::default())
        .data(state.db)
        .data(state.config)
        .data(state.keys)
        .data(state.secrets)
        .data(state.throttle)
        .data(state.photos)
        .data(state.bus)
        .data(state.routing)
        .data(crate::territory::outline::OutlineCache::default())
        .data(state.fanout)
        .data(crate::parts::ReferentGate(std::sync::Arc::new(|ctx, commune| {
            crate::identity::policy::see_referent(&crate::identity::request(ctx).viewer, commune)
        })))
        .limit_depth(depth)
        .extension(ErrorCodes)
        .extension(costs);
    if introspection { builder.finish() } else { builder.disable_introspection().finish() }
}

/// The SDL of the schema, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    bare().sdl()
}

/// The schema without a node behind it: enough for its SDL and introspection.
pub fn bare() -> VigieSchema {
    Schema::build(Query::default(), Mutation::default(), Subscription::default()).finish()
}

/// Attaches what one request needs (its context, per-request DataLoaders) and executes it.
pub async fn execute(
    schema: &VigieSchema,
    state: &AppState,
    context: RequestContext,
    request: Request,
) -> Response {
    let request = crate::loaders::attach(request, &state.db, &context);
    schema.execute(request.data(context)).await
}

pub use crate::error::codes::error_response;
