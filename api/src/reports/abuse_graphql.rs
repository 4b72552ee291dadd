//! Flags of abusive use over GraphQL: the brigade flags, the commune decides. Thin resolvers
//! over [`super::abuse`].

use async_graphql::{Context, Enum, ID, Object, Result, connection::Connection};
use chrono::{DateTime, Utc};
use entity::{abuse_flag, enums};

use super::abuse;
use crate::{
    error::AppError,
    identity::{loaders::IdentityLoaders, request},
    ids::{ParseId, ReportId},
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    territory::{Brigade, loaders::TerritoryLoaders, people::User},
    throttle::Throttles,
};

/// Where a flag stands.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum AbuseFlagStatus {
    /// Waiting for the commune's decision.
    Open,
    /// The commune suspended the resident.
    Suspended,
    /// The commune kept the resident.
    Dismissed,
}

crate::enums::mirror_enum!(AbuseFlagStatus, enums::AbuseFlagStatus, [Open, Suspended, Dismissed]);

/// A flag of abusive use.
pub struct AbuseFlag(abuse_flag::Model);

/// The brigade's flag of a resident's abusive use of Vigie, for the commune to decide on:
/// who, why, which brigade — never the report that showed it.
#[Object]
impl AbuseFlag {
    /// The flag's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// The resident flagged.
    async fn resident(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        Ok(IdentityLoaders::user(ctx, self.0.resident_id).await?.map(User))
    }

    /// The resident's commune (whose coordinators decide).
    async fn commune_code(&self) -> &str {
        &self.0.commune_code
    }

    /// The brigade that flagged them.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Brigade> {
        let brigade = TerritoryLoaders::brigade(ctx, self.0.brigade_id).await?;
        Ok(Brigade(brigade.ok_or_else(|| AppError::internal(anyhow::anyhow!("flag of an unknown brigade")))?))
    }

    /// Why, in the brigade's words.
    async fn reason(&self) -> &str {
        &self.0.reason
    }

    /// When the brigade flagged them.
    async fn created_at(&self) -> DateTime<Utc> {
        self.0.created_at
    }

    /// Where it stands.
    async fn status(&self) -> AbuseFlagStatus {
        self.0.status.into()
    }

    /// When the commune decided.
    async fn decided_at(&self) -> Option<DateTime<Utc>> {
        self.0.decided_at
    }

    /// The commune's note on its decision.
    async fn decision_note(&self) -> Option<&str> {
        self.0.decision_note.as_deref()
    }
}

#[derive(Default)]
pub struct AbuseQuery;

#[Object]
impl AbuseQuery {
    /// The flags of abusive use of a commune's residents, newest first (its coordinators
    /// and admins in reach).
    async fn abuse_flags(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "Only flags in this state.")] status: Option<AbuseFlagStatus>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, AbuseFlag, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let viewer = &request(ctx).viewer;
        let page =
            abuse::list(parts::db(ctx), viewer, commune_code.trim(), status.map(Into::into), page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), AbuseFlag))
    }
}

#[derive(Default)]
pub struct AbuseMutation;

#[Object]
impl AbuseMutation {
    /// Flags the reporter of a report for abusive use, with the reason (staff of its
    /// brigade): the coordinators of their commune decide.
    async fn flag_reporter_abuse(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The report that shows the abuse.")] report_id: ID,
        #[graphql(desc = "Why, for the commune (not the report's content).")] reason: String,
    ) -> Result<AbuseFlag> {
        let id = ReportId::parse(&report_id, "reportId")?;
        let throttle = parts::part::<Throttles>(ctx);
        Ok(AbuseFlag(abuse::flag(parts::db(ctx), throttle, &request(ctx).viewer, id, &reason).await?))
    }

    /// Decides an open flag (the commune's coordinators, admins in reach): suspend the
    /// resident, or dismiss the flag.
    async fn decide_abuse_flag(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The flag's id.")] id: ID,
        #[graphql(desc = "true: suspend the resident; false: dismiss the flag.")] suspend: bool,
        #[graphql(desc = "The decision's reason.")] note: Option<String>,
    ) -> Result<AbuseFlag> {
        let id = crate::ids::parse_uuid(&id, "id")?;
        let viewer = &request(ctx).viewer;
        Ok(AbuseFlag(abuse::decide(parts::db(ctx), viewer, id, suspend, note.as_deref()).await?))
    }
}
