//! Partnership's DataLoaders: a page of cases reads its sectors, members, linked reports,
//! actions and meetings, and a page of requests its messages, one batched query each —
//! never one per case or request.

use async_graphql::{Context, dataloader::DataLoader};
use entity::{
    partner_organisation, problem_case_action, problem_case_category, problem_case_commune,
    problem_case_meeting, problem_case_member, problem_case_report, report, security_request_message,
};
use sea_orm::DatabaseConnection;

use crate::{
    batch::{ByKey, Grouped, uncached},
    error::AppResult,
    ids::{CaseId, OrganisationId, SecurityRequestId},
    reports::loaders::ReportLoaders,
};

/// The loaders of one request (or one websocket operation).
pub struct PartnershipLoaders {
    communes: DataLoader<Grouped<problem_case_commune::Entity, CaseId>>,
    categories: DataLoader<Grouped<problem_case_category::Entity, CaseId>>,
    members: DataLoader<Grouped<problem_case_member::Entity, CaseId>>,
    linked: DataLoader<Grouped<problem_case_report::Entity, CaseId>>,
    actions: DataLoader<Grouped<problem_case_action::Entity, CaseId>>,
    meetings: DataLoader<Grouped<problem_case_meeting::Entity, CaseId>>,
    messages: DataLoader<Grouped<security_request_message::Entity, SecurityRequestId>>,
    organisations: DataLoader<ByKey<partner_organisation::Entity, OrganisationId>>,
}

impl PartnershipLoaders {
    pub fn new(db: &DatabaseConnection) -> Self {
        use entity::{
            partner_organisation as organisation, problem_case_action as action,
            problem_case_category as category, problem_case_commune as commune,
            problem_case_meeting as meeting, problem_case_member as member, problem_case_report as linked,
            security_request_message as message,
        };
        Self {
            communes: uncached(Grouped::new(
                db,
                commune::Column::CaseId,
                |row: &commune::Model| Some(row.case_id),
                commune::Column::CommuneCode,
            )),
            categories: uncached(Grouped::new(
                db,
                category::Column::CaseId,
                |row: &category::Model| Some(row.case_id),
                category::Column::CategoryCode,
            )),
            members: uncached(Grouped::new(
                db,
                member::Column::CaseId,
                |row: &member::Model| Some(row.case_id),
                member::Column::AddedAt,
            )),
            linked: uncached(Grouped::new(
                db,
                linked::Column::CaseId,
                |row: &linked::Model| Some(row.case_id),
                linked::Column::ReportId,
            )),
            actions: uncached(Grouped::new(
                db,
                action::Column::CaseId,
                |row: &action::Model| Some(row.case_id),
                action::Column::CreatedAt,
            )),
            meetings: uncached(Grouped::new(
                db,
                meeting::Column::CaseId,
                |row: &meeting::Model| Some(row.case_id),
                meeting::Column::HeldOn,
            )),
            messages: uncached(Grouped::new(
                db,
                message::Column::RequestId,
                |row: &message::Model| Some(row.request_id),
                message::Column::Id,
            )),
            organisations: uncached(ByKey::new(db, organisation::Column::Id, |row: &organisation::Model| {
                row.id
            })),
        }
    }

    fn of<'c>(ctx: &'c Context<'_>) -> &'c Self {
        ctx.data_unchecked::<Self>()
    }

    /// The communes of case `key`'s sector, by code.
    pub async fn communes(ctx: &Context<'_>, key: CaseId) -> AppResult<Vec<String>> {
        let rows = Self::of(ctx).communes.load_one(key).await?.unwrap_or_default();
        Ok(rows.into_iter().map(|row| row.commune_code).collect())
    }

    /// The categories of case `key`, by code.
    pub async fn categories(ctx: &Context<'_>, key: CaseId) -> AppResult<Vec<String>> {
        let rows = Self::of(ctx).categories.load_one(key).await?.unwrap_or_default();
        Ok(rows.into_iter().map(|row| row.category_code).collect())
    }

    /// Case `key`'s members, oldest first.
    pub async fn members(ctx: &Context<'_>, key: CaseId) -> AppResult<Vec<problem_case_member::Model>> {
        Ok(Self::of(ctx).members.load_one(key).await?.unwrap_or_default())
    }

    /// The reports linked to case `key`, newest first.
    pub async fn reports(ctx: &Context<'_>, key: CaseId) -> AppResult<Vec<report::Model>> {
        let mut ids: Vec<_> = Self::of(ctx)
            .linked
            .load_one(key)
            .await?
            .unwrap_or_default()
            .into_iter()
            .map(|row| row.report_id)
            .collect();
        ids.sort_unstable_by(|a, b| b.cmp(a));
        ReportLoaders::reports(ctx, &ids).await
    }

    /// Case `key`'s actions, oldest first.
    pub async fn actions(ctx: &Context<'_>, key: CaseId) -> AppResult<Vec<problem_case_action::Model>> {
        Ok(Self::of(ctx).actions.load_one(key).await?.unwrap_or_default())
    }

    /// Case `key`'s meetings, by date.
    pub async fn meetings(ctx: &Context<'_>, key: CaseId) -> AppResult<Vec<problem_case_meeting::Model>> {
        Ok(Self::of(ctx).meetings.load_one(key).await?.unwrap_or_default())
    }

    /// Request `key`'s messages, oldest first.
    pub async fn messages(
        ctx: &Context<'_>,
        key: SecurityRequestId,
    ) -> AppResult<Vec<security_request_message::Model>> {
        Ok(Self::of(ctx).messages.load_one(key).await?.unwrap_or_default())
    }

    /// The partner organisation `key`.
    pub async fn organisation(
        ctx: &Context<'_>,
        key: OrganisationId,
    ) -> AppResult<Option<partner_organisation::Model>> {
        Ok(Self::of(ctx).organisations.load_one(key).await?)
    }
}
