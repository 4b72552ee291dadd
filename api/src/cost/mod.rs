//! What a GraphQL operation may cost, and what one answer may weigh. Every field that
//! returns a list is priced by the items it can return ([`price`]); an operation whose
//! cost passes the node's budget is refused before any work, and an answer that grows past
//! its ceiling anyway ([`ceiling`]) is replaced by one error: both `QUERY_TOO_COMPLEX`.

mod ceiling;
pub mod price;
mod walk;

use std::sync::Arc;

use async_graphql::{
    Response, ServerError, ServerResult, Value, Variables,
    extensions::{
        Extension, ExtensionContext, ExtensionFactory, NextParseQuery, NextRequest, NextResolve,
        NextSubscribe, ResolveInfo,
    },
    futures_util::stream::{BoxStream, StreamExt},
    parser::types::ExecutableDocument,
};

use self::ceiling::Ceiling;
use crate::{error::ErrorCode, routing::RoutingHandle};

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

/// The error of a refused operation or a cut answer.
fn too_complex(message: String) -> ServerError {
    let mut error = ServerError::new(message, None);
    let mut extensions = async_graphql::ErrorExtensionValues::default();
    extensions.set("code", ErrorCode::QueryTooComplex.as_str());
    error.extensions = Some(extensions);
    error
}

fn too_large() -> Response {
    Response::from_errors(vec![too_complex(
        "La réponse dépasserait la taille permise : demandez moins d'éléments ou de champs.".into(),
    )])
}

#[async_graphql::async_trait::async_trait]
impl Extension for Costing {
    async fn parse_query(
        &self,
        ctx: &ExtensionContext<'_>,
        query: &str,
        variables: &Variables,
        next: NextParseQuery<'_>,
    ) -> ServerResult<ExecutableDocument> {
        let document = next.run(ctx, query, variables).await?;
        let sizes = self.routing.current().sizes();
        let cost = walk::cost(&ctx.schema_env.registry, &document, variables, &sizes);
        if cost > self.budget {
            return Err(too_complex(format!(
                "Requête trop coûteuse ({cost} pour {} au plus) : demandez moins d'éléments ou de champs.",
                self.budget
            )));
        }
        Ok(document)
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
