//! What a GraphQL operation may cost, and what one answer may weigh. Every field that
//! returns a list is priced by the items it can return ([`price`]); an operation whose
//! cost passes the node's budget is refused before any work, and an answer that grows past
//! its ceiling anyway ([`ceiling`]) is replaced by one error: both `QUERY_TOO_COMPLEX`.

mod ceiling;
pub mod price;
pub mod walk;

use std::sync::Arc;

use async_graphql::{
    Request, Response, ServerResult, Value,
    extensions::{
        Extension, ExtensionContext, ExtensionFactory, NextPrepareRequest, NextRequest, NextResolve,
        NextSubscribe, ResolveInfo,
    },
    futures_util::stream::{BoxStream, StreamExt},
};

use self::ceiling::Ceiling;
use crate::{
    error::{AppError, codes},
    routing::RoutingHandle,
};

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

impl Costing {
    /// Why a priced document is refused, if it is.
    fn refusal(&self, priced: Result<u64, walk::Shape>) -> Option<AppError> {
        match priced {
            Ok(cost) if cost <= self.budget => None,
            Ok(cost) => Some(AppError::OverBudget { cost, budget: self.budget }),
            Err(walk::Shape::TooDeep) => Some(AppError::TooComplex(format!(
                "Fragments imbriqués sur plus de {} niveaux.",
                walk::MAX_SPREAD_DEPTH
            ))),
            Err(walk::Shape::Cycle) => {
                Some(AppError::bad_input("query", "Un fragment ne peut pas s'inclure lui-même."))
            }
        }
    }
}

/// The answer that replaces one past the ceiling.
fn too_large() -> Response {
    codes::error_response(AppError::TooComplex(
        "La réponse dépasserait la taille permise : demandez moins d'éléments ou de champs.".into(),
    ))
}

#[async_graphql::async_trait::async_trait]
impl Extension for Costing {
    /// Parses and prices the document before async-graphql's own parse step runs (which
    /// then takes the parsed document as it is): that step checks the nesting of fragments
    /// by expanding every spread without memory, exponential in a small document whose
    /// fragments spread each other. Here each fragment is priced once, and only an acyclic
    /// document within budget goes on — whose expansion is then at most the budget's fields.
    async fn prepare_request(
        &self,
        ctx: &ExtensionContext<'_>,
        mut request: Request,
        next: NextPrepareRequest<'_>,
    ) -> ServerResult<Request> {
        // Unparseable: async-graphql's parse step reports the syntax error.
        let variables = std::mem::take(&mut request.variables);
        let priced = request.parsed_query().ok().map(|document| {
            walk::cost(&ctx.schema_env.registry, document, &variables, &self.routing.current().sizes())
        });
        request.variables = variables;
        if let Some(refused) = priced.and_then(|priced| self.refusal(priced)) {
            let mut error = async_graphql::Error::from(refused).into_server_error(Default::default());
            codes::assign_code(&mut error);
            return Err(error);
        }
        next.run(ctx, request).await
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
        self.ceiling.enter(info.alias.unwrap_or(info.name));
        let value = next.run(ctx, info).await?;
        self.ceiling.add(value.as_ref());
        Ok(value)
    }
}
