//! GraphQL types of a commune's activity, for its coordinators.

use async_graphql::{ComplexObject, Context, Result, SimpleObject, connection::Connection};

use super::{
    access::View,
    types::{Report, connection},
};
use crate::{
    identity::request,
    pagination::{PageRequest, Totals, encode_cursor},
    parts,
};

/// A count under a key (a category code, a status).
#[derive(SimpleObject)]
pub struct CountByKey {
    /// The category code or status counted.
    pub key: String,
    /// How many reports have it.
    pub count: i32,
}

/// A commune's activity over a period, for its coordinators.
#[derive(SimpleObject)]
#[graphql(complex)]
pub struct CommuneActivity {
    /// The commune's INSEE code.
    pub commune_code: String,
    /// Reports filed in the period.
    pub total: i32,
    /// Those reports by category.
    pub by_category: Vec<CountByKey>,
    /// Those reports by status.
    pub by_status: Vec<CountByKey>,
    /// Median seconds from filing to acknowledgement (acknowledged reports only).
    pub median_seconds_to_acknowledge: Option<i32>,
    #[graphql(skip)]
    pub period: super::activity::Period,
    /// `total`, unclamped: the count of `reports`.
    #[graphql(skip)]
    pub counted: u64,
}

#[ComplexObject]
impl CommuneActivity {
    /// Reports filed per week of the period, oldest first: `key` is the week's Monday
    /// (`YYYY-MM-DD`, weeks in UTC); weeks without a report are left out.
    async fn by_week(&self, ctx: &Context<'_>) -> Result<Vec<CountByKey>> {
        let weeks = super::activity::by_week(parts::db(ctx), &self.commune_code, self.period).await?;
        Ok(weeks
            .into_iter()
            .map(|(key, count)| CountByKey { key, count: i32::try_from(count).unwrap_or(i32::MAX) })
            .collect())
    }

    /// The reports, newest first: location on a ~200 m grid, no reporter.
    async fn reports(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Report, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let viewer = &request(ctx).viewer;
        let page = super::activity::reports(
            parts::db(ctx),
            viewer,
            &self.commune_code,
            self.period,
            page,
            self.counted,
        )
        .await?;
        Ok(connection(page, |row| encode_cursor(row.id), View::Overseer))
    }
}
