//! GraphQL of administration.

use async_graphql::{Context, Object, Result};

use super::brigades;
use crate::{
    identity::request,
    parts,
    territory::{Brigade, BrigadeKind},
};

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
