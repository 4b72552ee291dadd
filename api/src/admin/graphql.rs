//! GraphQL of administration.

use std::sync::Arc;

use chrono::{DateTime, Utc};
use entity::audit_event;

use async_graphql::{Context, Enum, ID, InputObject, MaybeUndefined, Object, Result, connection::Connection};

use super::{
    audit_log, brigades,
    categories::{self, CategoryChange},
    communes::{self, ParticipationChange},
    routing_rules, users,
};
use crate::{
    date::Date,
    identity::{EnrolmentStatus, Role, User, actor::Actor, loaders::IdentityLoaders, request},
    ids::{BrigadeId, ParseId, UserId},
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    routing::RoutingHandle,
    territory::{
        Brigade, BrigadeKind, Category, Commune, brigade_import::BrigadeRecord, loaders::TerritoryLoaders,
    },
};

/// A brigade to create or update (by `code`).
#[derive(InputObject)]
pub struct BrigadeInput {
    /// Stable code, upper case (`COB-GIROMAGNY`).
    pub code: String,
    /// Its full name.
    pub name: String,
    /// The force it belongs to.
    pub kind: BrigadeKind,
    /// The public telephone number.
    pub phone: Option<String>,
    /// Its e-mail address, optional.
    pub email: Option<String>,
    /// The public postal address.
    pub address: Option<String>,
    /// INSEE code of its département (else that of its communes).
    pub departement: Option<String>,
    /// Communes it covers by default (INSEE codes).
    pub commune_codes: Option<Vec<String>>,
}

/// A category to create or edit (by `code`).
#[derive(InputObject)]
pub struct CategoryInput {
    /// Stable code, upper case (`VIOLENCE`).
    pub code: String,
    /// French label (required to create).
    pub label: Option<String>,
    /// What the app tells the resident before they file (e.g. call 17 in an emergency).
    pub urgent_advice: MaybeUndefined<String>,
    /// 1 (low) to 3 (immediate).
    pub urgency: Option<i32>,
    /// Display order in the app.
    pub order: Option<i32>,
    /// Whether residents may choose it.
    pub active: Option<bool>,
    /// When set, filing is refused with `EMERGENCY_DIVERSION` and this message.
    pub diversion: MaybeUndefined<String>,
    /// The incident group (upper case, e.g. `INTRUSION`): categories of one group form
    /// incidents together; null: the category groups with itself only.
    pub incident_group: MaybeUndefined<String>,
}

/// Omitted: keep (`None`); null: clear (`Some(None)`); a value: set.
fn maybe(value: MaybeUndefined<String>) -> Option<Option<String>> {
    match value {
        MaybeUndefined::Undefined => None,
        MaybeUndefined::Null => Some(None),
        MaybeUndefined::Value(text) => Some(Some(text)),
    }
}

/// Reloads this node's routing index after a committed change, so the admin's next report
/// routes by it at once (other nodes follow within `VIGIE_ROUTING_REFRESH_SECS`). A failed
/// reload is logged: the change is committed and the periodic refresh retries.
async fn reroute(ctx: &Context<'_>) {
    let routing = parts::part::<Arc<RoutingHandle>>(ctx);
    if let Err(error) = routing.refresh(parts::db(ctx)).await {
        tracing::error!(error = %format!("{error:#}"), "routing index reload after an admin change failed");
    }
}

#[derive(Default)]
pub struct AdminMutation;

#[Object]
impl AdminMutation {
    /// Records a commune joining (or leaving) the scheme under a protocol signed by the
    /// prefect, the mayor and the gendarmerie or police (admins in reach). A commune that
    /// leaves stops taking new reports and registrations; its reports run to their end.
    async fn set_commune_participation(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "Whether the commune takes part in the scheme from that day.")] participating: bool,
        #[graphql(desc = "The day the protocol takes effect.")] effective_on: Date,
        #[graphql(desc = "The signed protocol's reference.")] protocol_reference: Option<String>,
    ) -> Result<Commune> {
        let change = ParticipationChange {
            commune: commune_code,
            participating,
            effective_on: effective_on.0,
            reference: protocol_reference,
        };
        let commune = communes::set_participation(parts::db(ctx), &Actor::of(ctx)?, change).await?;
        reroute(ctx).await;
        Ok(Commune(commune.into()))
    }

    /// Creates or updates a brigade by code (admins in reach), and makes it the default
    /// brigade of `communeCodes`; the département is required for a brigade that covers no
    /// commune (a police municipale receiving category overrides).
    async fn save_brigade(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: BrigadeInput,
    ) -> Result<Brigade> {
        let change = BrigadeRecord {
            code: input.code,
            name: input.name,
            kind: input.kind.into(),
            phone: input.phone,
            email: input.email,
            address: input.address,
            department: input.departement,
            communes: input.commune_codes.unwrap_or_default(),
            area: None,
        };
        let brigade = brigades::save(parts::db(ctx), &Actor::of(ctx)?, change).await?;
        reroute(ctx).await;
        Ok(Brigade(brigade))
    }

    /// Creates or edits a category by code (national admins): label, urgent advice,
    /// urgency, display order, active, and an optional emergency diversion. Omitted fields
    /// keep their value; a null `urgentAdvice` or `diversion` clears it.
    async fn save_category(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: CategoryInput,
    ) -> Result<Category> {
        let change = CategoryChange {
            code: input.code,
            label: input.label,
            urgent_advice: maybe(input.urgent_advice),
            urgency: input.urgency,
            order: input.order,
            active: input.active,
            diversion: maybe(input.diversion),
            incident_group: maybe(input.incident_group),
        };
        let saved = categories::save(parts::db(ctx), &Actor::of(ctx)?, change).await?;
        reroute(ctx).await;
        Ok(Category(saved))
    }

    /// Sends one category of reports made in a commune to another brigade (the police
    /// municipale for incivilités, say); a null `brigadeId` removes the override.
    async fn set_routing_rule(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "The category sent elsewhere.")] category_code: String,
        #[graphql(desc = "The brigade that receives it (none: back to the commune's).")] brigade_id: Option<
            ID,
        >,
    ) -> Result<Commune> {
        let brigade = brigade_id.map(|id| BrigadeId::parse(&id, "brigadeId")).transpose()?;
        let db = parts::db(ctx);
        let commune =
            routing_rules::set(db, &Actor::of(ctx)?, &commune_code, &category_code, brigade).await?;
        reroute(ctx).await;
        Ok(Commune(commune.into()))
    }
}

#[derive(Default)]
pub struct AdminQuery;

/// Whether an account is usable.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum AccountStatus {
    /// Usable.
    Active,
    /// Disabled by an administrator: no sign-in, sessions ended.
    Disabled,
}

/// What `users` filters by (all optional).
#[derive(InputObject, Default)]
#[graphql(name = "UserFilter")]
pub struct UserFilterInput {
    /// Only this role.
    pub role: Option<Role>,
    /// Residents of the commune and its coordinators.
    pub commune_code: Option<String>,
    /// Only this brigade's staff.
    pub brigade_id: Option<ID>,
    /// Only active, or only disabled, accounts.
    pub status: Option<AccountStatus>,
    /// Only residents whose enrolment stands so.
    pub enrolment_status: Option<EnrolmentStatus>,
    /// Part of the e-mail address or display name (case-insensitive).
    pub search: Option<String>,
}

/// What `auditEvents` filters by (all optional).
#[derive(InputObject, Default)]
#[graphql(name = "AuditFilter")]
pub struct AuditFilterInput {
    /// Only what this account did.
    pub actor_id: Option<ID>,
    /// The target's id as recorded (an account id, an INSEE code, a category code).
    pub target_id: Option<String>,
    /// An action (`account.disabled`) or a family of them (`account.`).
    pub kind: Option<String>,
    /// From this moment.
    pub from: Option<DateTime<Utc>>,
    /// Until this moment.
    pub to: Option<DateTime<Utc>>,
}

/// A category of reports that a commune sends to another brigade than its own.
pub struct CategoryOverride {
    /// The category sent elsewhere.
    category: String,
    /// The brigade that receives it in this commune.
    brigade: BrigadeId,
}

/// A category of reports made in a commune sent to another brigade than the commune's.
#[Object]
impl CategoryOverride {
    /// The category sent elsewhere.
    async fn category(&self, ctx: &Context<'_>) -> Result<Option<Category>> {
        Ok(TerritoryLoaders::category(ctx, &self.category).await?.map(Category))
    }

    /// The brigade that receives it in this commune.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Option<Brigade>> {
        Ok(TerritoryLoaders::brigade(ctx, self.brigade).await?.map(Brigade))
    }
}

/// One entry of the audit trail: who did what, when, to what.
pub struct AuditEvent(audit_event::Model);

/// One entry of the audit trail: who did what to which record, when, from where.
#[Object]
impl AuditEvent {
    /// The entry's id.
    async fn id(&self) -> ID {
        ID(self.0.id.to_string())
    }

    /// When it happened.
    async fn at(&self) -> DateTime<Utc> {
        self.0.at
    }

    /// The action, e.g. `account.disabled`, `commune.joined`, `login.failure`.
    async fn kind(&self) -> &str {
        &self.0.action
    }

    /// Who did it (null: the command line, or someone not signed in).
    async fn actor(&self, ctx: &Context<'_>) -> Result<Option<User>> {
        let Some(id) = self.0.actor_id else { return Ok(None) };
        Ok(IdentityLoaders::user(ctx, id).await?.map(User))
    }

    /// What kind of thing was changed.
    async fn target_type(&self) -> Option<&str> {
        self.0.target_type.as_deref()
    }

    /// Which one.
    async fn target_id(&self) -> Option<&str> {
        self.0.target_id.as_deref()
    }

    /// Action-specific details, as JSON text (never secrets).
    async fn detail(&self) -> Option<&str> {
        self.0.detail.as_deref()
    }

    /// The address the request came from.
    async fn client_ip(&self) -> Option<&str> {
        self.0.client_ip.as_deref()
    }
}

#[Object]
impl AdminQuery {
    /// The audit trail, newest first (admins: national, or what concerns their
    /// départements).
    async fn audit_events(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to keep (every criterion optional).")] filter: Option<AuditFilterInput>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, AuditEvent, Totals>> {
        let actor = Actor::of(ctx)?;
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = filter.unwrap_or_default();
        let filter = audit_log::AuditFilter {
            actor: filter.actor_id.map(|id| UserId::parse(&id, "actorId")).transpose()?,
            target: filter.target_id,
            kind: filter.kind,
            from: filter.from,
            to: filter.to,
        };
        let page = audit_log::list(parts::db(ctx), &actor, filter, page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), AuditEvent))
    }

    /// Accounts attached to the admin's départements (every account for a national admin),
    /// oldest first.
    async fn users(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to keep (every criterion optional).")] filter: Option<UserFilterInput>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, User, Totals>> {
        let actor = Actor::of(ctx)?;
        let page = PageRequest::parse(first, after.as_deref())?;
        let filter = filter.unwrap_or_default();
        let filter = users::UserFilter {
            role: filter.role.map(Into::into),
            commune: filter.commune_code,
            brigade: filter.brigade_id.map(|id| BrigadeId::parse(&id, "brigadeId")).transpose()?,
            state: filter.status.map(|status| match status {
                AccountStatus::Active => users::AccountState::Active,
                AccountStatus::Disabled => users::AccountState::Disabled,
            }),
            enrolment: filter.enrolment_status.map(Into::into),
            search: filter.search,
        };
        let page = users::list(parts::db(ctx), &actor, filter, page).await?;
        Ok(connection(page, |user| encode_cursor(user.id), User))
    }

    /// The category overrides of a commune (brigade staff, admins in reach): which
    /// categories of reports go to another brigade than the commune's.
    async fn category_overrides(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
    ) -> Result<Vec<CategoryOverride>> {
        let rows = routing_rules::of_commune(parts::db(ctx), &request(ctx).viewer, &commune_code).await?;
        Ok(rows.into_iter().map(|(category, brigade)| CategoryOverride { category, brigade }).collect())
    }

    /// Brigades of a département by name (staff: reroute targets; admins: their
    /// départements). Without `departement`: the caller's own brigade's, or an admin's.
    async fn brigades(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "A département's INSEE code (e.g. \"90\").")] departement: Option<String>,
        #[graphql(desc = "Only brigades of this force.")] kind: Option<BrigadeKind>,
    ) -> Result<Vec<Brigade>> {
        let department = departement.as_deref().map(str::trim);
        let rows =
            brigades::list(parts::db(ctx), &request(ctx).viewer, department, kind.map(Into::into)).await?;
        Ok(rows.into_iter().map(Brigade).collect())
    }
}
