//! What a GraphQL operation may cost, and what one answer may weigh. Every field that
//! returns a list is priced by the items it can return ([`price`]); an operation whose
//! cost passes the node's budget is refused before any work, and an answer that grows past
//! its ceiling anyway ([`ceiling`]) is replaced by one error: both `QUERY_TOO_COMPLEX`.

mod ceiling;
pub mod price;
mod walk;

use std::sync::Arc;

use async_graphql::{
    Response, ServerResult, Value, Variables,
    extensions::{
        Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextRequest, NextResolve,
        NextSubscribe, ResolveInfo,
    },
    futures_util::stream::{BoxStream, StreamExt},
    parser::types::ExecutableDocument,
};

use self::ceiling::Ceiling;
use crate::{error::AppError, graphql, routing::RoutingHandle};

/// The limits of one node: its budget per operation and the ceiling of one answer.
pub struct CostLimits {
    pub budget: u64,
    pub ceiling_bytes: u64,
    pub routing: Arc<RoutingHandle>,
}

impl ExtensionFactory for CostLimits {
    fn create(&self) -> Arc<dyn Extension> {
        Arc::new(Costing {
            budget: self.budget,
            ceiling: Arc::new(Ceiling::new(self.ceiling_bytes)),
            routing: self.routing.clone(),
        })
    }
}

/// One request's (or one subscription's) costing.
struct Costing {
    budget: u64,
    ceiling: Arc<Ceiling>,
    routing: Arc<RoutingHandle>,
}

/// The answer that replaces one past the ceiling.
fn too_large() -> Response {
    graphql::error_response(AppError::TooComplex(
        "La réponse dépasserait la taille permise : demandez moins d'éléments ou de champs.".into(),
    ))
}

#[async_graphql::async_trait::async_trait]
impl Extension for Costing {
    /// Prices the document before async-graphql's own parse runs: that parse checks the
    /// nesting of fragments by expanding every spread without memory, exponential in a
    /// small document whose fragments spread each other. So the document is parsed here
    /// first (linear), priced with each fragment once, and handed on only if it is
    /// acyclic and within budget — the second parse then walks at most the budget's fields.
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        if let Ok(document) = async_graphql::parser::parse_query(query) {
            let sizes = self.routing.current().sizes();
            let refused = match walk::cost(&ctx.schema_env.registry, &document, variables, &sizes) {
                Ok(cost) if cost <= self.budget => None,
                Ok(cost) => Some(AppError::TooComplex(format!(
                    "Requête trop coûteuse ({cost} pour {} au plus) : demandez moins d'éléments ou de champs.",
                    self.budget
                ))),
                Err(walk::Shape::TooDeep) => Some(AppError::TooComplex(format!(
                    "Fragments imbriqués sur plus de {} niveaux.",
                    walk::MAX_SPREAD_DEPTH
                ))),
                Err(walk::Shape::Cycle) => {
                    Some(AppError::bad_input("query", "Un fragment ne peut pas s'inclure lui-même."))
                }
            };
            if let Some(refused) = refused {
                let mut error = async_graphql::Error::from(refused).into_server_error(Default::default());
                graphql::assign_code(&mut error);
                return Err(error);
            }
        }
        // Unparseable: async-graphql's parse reports the syntax error.
        next.run(ctx, query, variables).await
    }

    async fn request(&self, ctx: &ExtensionContext<'_>, next: NextRequest<'_>) -> Response {
        let response = next.run(ctx).await;
        if self.ceiling.exceeded() {
            tracing::warn!("an answer outgrew the ceiling: replaced by an error");
            return too_large();
        }
        response
    }

    fn subscribe<'s>(
        &self,
        ctx: &ExtensionContext<'_>,
        stream: BoxStream<'s, Response>,
        next: NextSubscribe<'_>,
    ) -> BoxStream<'s, Response> {
        let ceiling = self.ceiling.clone();
        next.run(ctx, stream)
            .map(move |response| {
                let response = if ceiling.exceeded() { too_large() } else { response };
                ceiling.reset();
                response
            })
            .boxed()
    }

    async fn resolve(
        &self,
        ctx: &ExtensionContext<'_>,
        info: ResolveInfo<'_>,
        next: NextResolve<'_>,
    ) -> ServerResult<Option<Value>> {
        if self.ceiling.exceeded() {
            // Null at once (a list item may not be `None`): the answer is replaced anyway.
            return Ok(Some(Value::Null));
        }
        let name = info.alias.unwrap_or(info.name);
        let value = next.run(ctx, info).await?;
        self.ceiling.add(name, value.as_ref());
        Ok(value)
    }
}
