//! Every error's contract code, on the way out: [`ErrorCodes`] (the schema's extension)
//! codes each error of a response or a subscription's event, and [`error_response`] answers
//! a refusal made before execution the same way.

use std::sync::Arc;

use async_graphql::{
    Response, ServerError,
    extensions::{Extension, ExtensionContext, ExtensionFactory, NextRequest, NextSubscribe},
    futures_util::stream::{BoxStream, StreamExt},
};

use super::{AppError, ErrorCode};

/// A response made of one error, coded like every other (for refusals before execution).
pub fn error_response(error: AppError) -> Response {
    let error: async_graphql::Error = error.into();
    let mut error = error.into_server_error(Default::default());
    assign_code(&mut error);
    Response::from_errors(vec![error])
}

/// Gives every error that lacks one a contract code: validation and parse failures are the
/// client's (`BAD_USER_INPUT`, naming the argument when the message does), limit breaches
/// are `QUERY_TOO_COMPLEX`, and anything else raised while resolving is `INTERNAL` (logged,
/// its text replaced).
pub struct ErrorCodes;

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
