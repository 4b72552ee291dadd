//! The read log in the API: `identityReads`.

use async_graphql::{Context, ID, InputObject, Object, Result, SimpleObject, connection::Connection};
use chrono::{DateTime, Utc};
use entity::{enums::Role, identity_read};

use super::{
    bilan, erasure, export,
    read_log::{self, Filter},
};
use crate::{
    identity::{User, loaders::IdentityLoaders, request},
    ids::{ParseId, ReportId},
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    territory::{Brigade, loaders::TerritoryLoaders},
    throttle::Throttles,
};

/// What to read of the log.
#[derive(InputObject, Default)]
pub struct IdentityReadFilter {
    /// One report's readings.
    pub report_id: Option<ID>,
    /// One département (INSEE code) among the caller's.
    pub departement: Option<String>,
    /// Readings at or after this instant.
    pub from: Option<DateTime<Utc>>,
    /// Readings before this instant.
    pub to: Option<DateTime<Utc>>,
}

/// One reading of a reporter's identity (name, e-mail, phone).
pub struct IdentityRead {
    row: identity_read::Model,
    /// Whether the caller audits the log (an admin) rather than reads about themself.
    auditor: bool,
}

/// One reading of a reporter's identity: who saw it (or which brigade, for the resident), when, through which operation.
#[Object]
impl IdentityRead {
    /// The entry's id.
    async fn id(&self) -> ID {
        self.row.id.into()
    }

    /// When it was read.
    async fn read_at(&self) -> DateTime<Utc> {
        self.row.read_at
    }

    /// The report whose reporter was read.
    async fn report_id(&self) -> ID {
        self.row.report_id.into()
    }

    /// The API operation that showed it (`reports`, `report`, `acknowledgeReport`…).
    async fn operation(&self) -> &str {
        &self.row.operation
    }

    /// The brigade of the reader (null when the reader was not brigade staff, e.g. an admin).
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Option<Brigade>> {
        let Some(id) = self.row.reader_brigade_id else { return Ok(None) };
        Ok(TerritoryLoaders::brigade(ctx, id).await?.map(Brigade))
    }

    /// Who read it: admins only (a resident is told the brigade, not the officer).
    async fn reader(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        if !self.auditor {
            return Ok(None);
        }
        Ok(IdentityLoaders::user(ctx, self.row.reader_id).await?.map(User))
    }

    /// The address the reading came from: admins only.
    async fn client_ip(&self) -> Option<&str> {
        self.row.client_ip.as_deref().filter(|_| self.auditor)
    }
}

/// One figure of a bilan.
#[derive(SimpleObject)]
pub struct BilanCell {
    /// A category code, a month (`01`–`12`) or a status.
    pub key: String,
    /// Null when suppressed (under the threshold, or hiding one that is).
    pub count: Option<i32>,
    /// Whether the count is hidden (under 5, or one that would reveal one).
    pub suppressed: bool,
}

impl From<bilan::Cell> for BilanCell {
    fn from(cell: bilan::Cell) -> Self {
        Self {
            key: cell.key,
            suppressed: cell.count.is_none(),
            count: cell.count.map(|count| i32::try_from(count).unwrap_or(i32::MAX)),
        }
    }
}

/// A commune's reports of one calendar year, with every count under the threshold
/// suppressed so that no figure points at a neighbour (complementary cells and, when needed,
/// the total are suppressed too: nothing hidden can be recovered by subtraction).
pub struct CommuneBilan(bilan::Bilan);

/// A commune's annual bilan: reports by category, month and outcome, small counts suppressed.
#[Object]
impl CommuneBilan {
    /// The commune.
    async fn commune_code(&self) -> &str {
        &self.0.commune
    }

    /// The year counted.
    async fn year(&self) -> i32 {
        self.0.year
    }

    /// Counts under this are suppressed.
    async fn threshold(&self) -> i32 {
        bilan::THRESHOLD as i32
    }

    /// Reports filed that year; null when suppressed.
    async fn total(&self) -> Option<i32> {
        self.0.total.map(|count| i32::try_from(count).unwrap_or(i32::MAX))
    }

    /// By category (codes of the categories filed that year).
    async fn by_category(&self) -> Vec<BilanCell> {
        self.0.by_category.iter().cloned().map(Into::into).collect()
    }

    /// By month of filing, `01` to `12`, in the commune's time zone.
    async fn by_month(&self) -> Vec<BilanCell> {
        self.0.by_month.iter().cloned().map(Into::into).collect()
    }

    /// By outcome: the reports' status today.
    async fn outcomes(&self) -> Vec<BilanCell> {
        self.0.outcomes.iter().cloned().map(Into::into).collect()
    }

    /// Median minutes from filing to acknowledgement; null over fewer than the threshold.
    async fn median_minutes_to_acknowledge(&self) -> Option<i32> {
        self.0.median_minutes_to_acknowledge.map(|minutes| i32::try_from(minutes).unwrap_or(i32::MAX))
    }

    /// The same as CSV (French headers, `< 5` where suppressed), for a spreadsheet.
    async fn csv(&self) -> String {
        bilan::csv(&self.0)
    }
}

#[derive(Default)]
pub struct PrivacyQuery;

#[Object]
impl PrivacyQuery {
    /// A commune's annual bilan, for its coordinators, the staff of a brigade that covers it
    /// and admins in reach.
    async fn commune_bilan(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "The year to count.")] year: i32,
    ) -> Result<CommuneBilan> {
        let bilan = bilan::commune_bilan(parts::db(ctx), &request(ctx).viewer, &commune_code, year).await?;
        Ok(CommuneBilan(bilan))
    }

    /// Everything Vigie holds about the caller, as one JSON document (`format`
    /// `vigie-export/1`): the account, its enrolment, its reports with their public history
    /// and photos (short-lived signed links), its devices, notification preferences and feed,
    /// and who read its identity as a reporter (the brigade).
    async fn export_my_data(&self, ctx: &Context<'_>) -> Result<async_graphql::Json<serde_json::Value>> {
        let document =
            export::export_my_data(parts::db(ctx), crate::media::photo_service(ctx), &request(ctx).viewer)
                .await?;
        Ok(async_graphql::Json(document))
    }

    /// The read log of reporters' identities, newest first: an admin reads every entry of
    /// their départements (who, when, which report, which operation, from where); a resident
    /// reads who saw that they reported — the brigade, not the officer.
    async fn identity_reads(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to keep (every criterion optional).")] filter: Option<IdentityReadFilter>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, IdentityRead, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = filter.unwrap_or_default();
        let filter = Filter {
            report: filter.report_id.map(|id| ReportId::parse(&id, "filter.reportId")).transpose()?,
            departement: filter.departement,
            from: filter.from,
            to: filter.to,
        };
        let viewer = &request(ctx).viewer;
        let auditor = viewer.principal().is_ok_and(|principal| principal.role == Role::Admin);
        let page = read_log::list(parts::db(ctx), viewer, filter, page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), |row| IdentityRead { row, auditor }))
    }
}

#[derive(Default)]
pub struct PrivacyMutation;

#[Object]
impl PrivacyMutation {
    /// Erases the caller's account, for good, after checking its password: a resident's
    /// account, sessions, devices, feed and uploads are deleted and their reports stay
    /// anonymised (no reporter, no description, no photo, the place on the ~200 m grid); a
    /// staff, coordinator, admin or partner account is disabled instead (its actions stay
    /// attributable). A wrong password: `BAD_USER_INPUT` on `password`.
    async fn delete_my_account(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The account's password, to confirm.")] password: String,
    ) -> Result<bool> {
        erasure::delete_my_account(
            parts::db(ctx),
            crate::media::photo_service(ctx),
            parts::part::<Throttles>(ctx),
            &request(ctx).viewer,
            password,
            request(ctx).client_ip,
        )
        .await?;
        Ok(true)
    }
}
