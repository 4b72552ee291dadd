//! The GraphQL schema: the domains' roots merged, limits set, and every error given its
//! contract code on the way out.

use std::sync::Arc;

use async_graphql::{
    MergedObject, MergedSubscription, Request, Response, Schema, ServerError,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextRequest, NextSubscribe},
    futures_util::stream::{BoxStream, StreamExt},
};

use crate::{
    admin::{AdminMutation, AdminQuery},
    error::{AppError, ErrorCode},
    identity::{IdentityMutation, IdentityQuery, RequestContext},
    media::MediaMutation,
    notify::{NotifyMutation, NotifyQuery, NotifySubscription},
    partnership::{PartnershipMutation, PartnershipQuery},
    reports::{ReportMutation, ReportQuery, ReportSubscription},
    state::AppState,
    territory::TerritoryQuery,
};

/// Every query root, merged.
#[derive(MergedObject, Default)]
pub struct Query(TerritoryQuery, IdentityQuery, ReportQuery, NotifyQuery, AdminQuery, PartnershipQuery);

/// Every mutation root, merged.
#[derive(MergedObject, Default)]
pub struct Mutation(
    IdentityMutation,
    ReportMutation,
    MediaMutation,
    NotifyMutation,
    AdminMutation,
    PartnershipMutation,
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

/// A response made of one error, coded like every other (for refusals before execution).
pub fn error_response(error: AppError) -> Response {
    let error: async_graphql::Error = error.into();
    let mut error = error.into_server_error(Default::default());
    assign_code(&mut error);
    Response::from_errors(vec![error])
}

/// The SDL of the schema, as checked in at `schema.graphql`.
pub fn sdl() -> String {
    Schema::build(Query::default(), Mutation::default(), Subscription::default()).finish().sdl()
}

/// Attaches what one request needs (its context, per-request DataLoaders) and executes it.
pub async fn execute(
    schema: &VigieSchema,
    state: &AppState,
    context: RequestContext,
    request: Request,
) -> Response {
    schema.execute(crate::loaders::attach(request.data(context), &state.db)).await
}

/// Gives every error that lacks one a contract code: validation and parse failures are the
/// client's (`BAD_USER_INPUT`, naming the argument when the message does), limit breaches
/// are `QUERY_TOO_COMPLEX`, and anything else raised while resolving is `INTERNAL` (logged,
/// its text replaced).
struct ErrorCodes;

impl ExtensionFactory for ErrorCodes {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(ErrorCodes)
    }
}

#[async_graphql::async_trait::async_trait]
impl Extension for ErrorCodes {
    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let mut response = next.run(ctx).await;
        response.errors.iter_mut().for_each(assign_code);
        response
    }

    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        next.run(ctx, stream)
            .map(|mut response| {
                response.errors.iter_mut().for_each(assign_code);
                response
            })
            .boxed()
    }
}

/// Gives `error` its contract code: from the [`AppError`] it carries, else by what
/// async-graphql said (limits, parse and validation failures).
pub(crate) fn assign_code(error: &mut ServerError) {
    let mut extensions = error.extensions.take().unwrap_or_default();
    if let Some(app_error) = error.source::<AppError>() {
        app_error.annotate(&mut extensions);
    } else if extensions.get("code").is_none() {
        let message = error.message.clone();
        let message = message.as_str();
        // Coercion of a client's value fails during execution too (a bad `DateTime`).
        let client_value = message.starts_with("Failed to parse") || message.contains("argument \"");
        let code = if message.starts_with("Query is too complex")
            || message.starts_with("Query is nested too deep")
        {
            ErrorCode::QueryTooComplex
        } else if error.path.is_empty() || client_value {
            if let Some(field) = quoted_after(message, "argument \"") {
                extensions.set("field", field);
            }
            ErrorCode::BadUserInput
        } else {
            tracing::error!(error = %message, "unexpected error while resolving a field");
            error.message = AppError::internal(anyhow::anyhow!("unexpected")).to_string();
            ErrorCode::Internal
        };
        extensions.set("code", code.as_str());
    }
    error.extensions = Some(extensions);
}

/// The text between `marker` and the next double quote.
fn quoted_after<'m>(message: &'m str, marker: &str) -> Option<&'m str> {
    let start = message.find(marker)? + marker.len();
    let length = message[start..].find('"')?;
    Some(&message[start..start + length])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_app_error_gives_its_own_code_and_field() {
        let error: async_graphql::Error = AppError::bad_input("latitude", "hors limites").into();
        let mut error = error.into_server_error(Default::default());
        assign_code(&mut error);
        let extensions = error.extensions.expect("set");
        assert_eq!(extensions.get("code"), Some(&"BAD_USER_INPUT".into()));
        assert_eq!(extensions.get("field"), Some(&"latitude".into()));
    }

    #[test]
    fn a_limit_breach_is_query_too_complex() {
        let mut error = ServerError::new("Query is nested too deep.", None);
        assign_code(&mut error);
        let extensions = error.extensions.expect("set");
        assert_eq!(extensions.get("code"), Some(&"QUERY_TOO_COMPLEX".into()));
    }

    #[test]
    fn an_unknown_error_raised_while_resolving_is_internal_and_its_text_hidden() {
        let mut error = ServerError::new("connection refused at 10.0.0.3", None);
        error.path = vec![async_graphql::PathSegment::Field("report".into())];
        assign_code(&mut error);
        assert_eq!(error.extensions.expect("set").get("code"), Some(&"INTERNAL".into()));
        assert!(!error.message.contains("10.0.0.3"));
    }

    #[test]
    fn a_bad_argument_names_its_field() {
        let mut error =
            ServerError::new("Invalid value for argument \"participating\", expected type \"Boolean\"", None);
        assign_code(&mut error);
        let extensions = error.extensions.expect("set");
        assert_eq!(extensions.get("code"), Some(&"BAD_USER_INPUT".into()));
        assert_eq!(extensions.get("field"), Some(&"participating".into()));
    }
}
