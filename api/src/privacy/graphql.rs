//! The read log in the API: `identityReads`.

use async_graphql::{Context, ID, InputObject, Object, Result, connection::Connection};
use chrono::{DateTime, Utc};
use entity::{enums::Role, identity_read};

use super::{
    erasure, export,
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

#[Object]
impl IdentityRead {
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

#[derive(Default)]
pub struct PrivacyQuery;

#[Object]
impl PrivacyQuery {
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
        filter: Option<IdentityReadFilter>,
        first: Option<i32>,
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
    async fn delete_my_account(&self, ctx: &Context<'_>, password: String) -> Result<bool> {
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
