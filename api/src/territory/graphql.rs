//! GraphQL types and public queries of reference data.

use async_graphql::{Context, Enum, ID, Object, Result};
use entity::{brigade, category, enums};

use super::loaders::TerritoryLoaders;
use super::outline;
use super::service::{self, CommuneSummary};
use crate::{date::Date, parts, routing::RoutingHandle};

#[derive(Default)]
pub struct TerritoryQuery;

#[Object]
impl TerritoryQuery {
    /// Communes known to Vigie (INSEE code, name, whether they take part in the scheme);
    /// `participating` keeps only those that do (or do not), `departement` those of one
    /// département.
    async fn communes(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only communes in (true) or out of (false) the scheme.")] participating: Option<
            bool,
        >,
        #[graphql(desc = "Only the communes of this département (INSEE code, e.g. \"90\").")]
        departement: Option<String>,
    ) -> Result<Vec<Commune>> {
        let communes =
            service::list_communes(parts::db(ctx), participating, departement.as_deref().map(str::trim))
                .await?;
        Ok(communes.into_iter().map(Commune).collect())
    }

    /// Report categories in display order, with their urgent advice.
    async fn categories(&self, ctx: &Context<'_>) -> Result<Vec<Category>> {
        let categories = service::list_categories(parts::db(ctx)).await?;
        Ok(categories.into_iter().map(Category).collect())
    }

    /// The outlines of some communes (at most 100), to draw maps without a tile server:
    /// public boundary data, simplified to about ten metres. Unknown codes are left out.
    async fn commune_outlines(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The communes' INSEE codes.")] codes: Vec<String>,
    ) -> Result<Vec<CommuneOutline>> {
        let revision =
            parts::part::<std::sync::Arc<RoutingHandle>>(ctx).current().geometry().boundary_revision();
        let cache = parts::part::<outline::OutlineCache>(ctx);
        let outlines = outline::outlines(parts::db(ctx), cache, revision, &codes).await?;
        Ok(outlines.into_iter().map(CommuneOutline).collect())
    }
}

/// A commune's outline, simplified for drawing.
pub struct CommuneOutline(std::sync::Arc<outline::Outline>);

/// A commune's boundary, simplified for maps.
#[Object]
impl CommuneOutline {
    /// INSEE code.
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// The commune's name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// GeoJSON MultiPolygon coordinates (WGS84): polygons, their rings (exterior first),
    /// each ring's `[longitude, latitude]` positions.
    async fn polygons(&self) -> &Vec<Vec<Vec<[f64; 2]>>> {
        &self.0.polygons
    }
}

/// A commune.
pub struct Commune(pub CommuneSummary);

/// A French commune (INSEE code), whether it participates in the scheme, and the brigade that covers it.
#[Object]
impl Commune {
    /// INSEE code.
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// The commune's name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The IANA time zone its dates are read in (`Europe/Paris`, or its overseas
    /// département's own, e.g. `America/Guadeloupe`).
    async fn time_zone(&self) -> &'static str {
        crate::zone::of_commune(&self.0.code).name()
    }

    /// Whether the commune takes part in the participation citoyenne scheme.
    async fn participating(&self) -> bool {
        self.0.participating
    }

    /// The brigade that covers the commune by default.
    async fn brigade(&self, ctx: &Context<'_>) -> Result<Option<Brigade>> {
        let Some(id) = self.0.brigade_id else { return Ok(None) };
        Ok(TerritoryLoaders::brigade(ctx, id).await?.map(Brigade))
    }

    /// Since when the commune takes part (the effective date of its protocol; unknown for
    /// a commune that joined before Vigie kept the history).
    async fn participating_since(&self) -> Option<Date> {
        self.0.participating.then_some(self.0.participating_since).flatten().map(Date)
    }

    /// The brigade's référent for the commune — name, rank, professional e-mail and phone
    /// — for its coordinators, brigade staff and admins (null for others, or none).
    async fn referent(&self, ctx: &Context<'_>) -> Result<Option<super::people::User>> {
        if !(parts::referent_gate(ctx).0)(ctx, &self.0.code) {
            return Ok(None);
        }
        Ok(TerritoryLoaders::referent(ctx, &self.0.code).await?.map(super::people::User))
    }
}

/// A gendarmerie brigade, police station or municipal police service.
pub struct Brigade(pub brigade::Model);

/// A gendarmerie brigade, police station or municipal police: receives the reports of the communes it covers.
#[Object]
impl Brigade {
    /// The brigade's id.
    async fn id(&self) -> ID {
        self.0.id.into()
    }

    /// Its short code (e.g. COB-GIROMAGNY).
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// Its full name.
    async fn name(&self) -> &str {
        &self.0.name
    }

    /// The force it belongs to.
    async fn kind(&self) -> BrigadeKind {
        self.0.kind.into()
    }

    /// The public telephone number (the public contact of a gendarmerie is public).
    async fn phone(&self) -> Option<&str> {
        self.0.phone.as_deref()
    }

    /// The public postal address.
    async fn address(&self) -> Option<&str> {
        self.0.address.as_deref()
    }

    /// INSEE code of its département.
    async fn departement(&self) -> &str {
        self.0.department.as_deref().unwrap_or_default()
    }

    /// The IANA time zone of its département: what its staff's dates are read in.
    async fn time_zone(&self) -> &'static str {
        crate::zone::of_departement(self.0.department.as_deref().unwrap_or_default()).name()
    }

    /// The communes it covers by default, by name.
    async fn communes(&self, ctx: &Context<'_>) -> Result<Vec<Commune>> {
        Ok(TerritoryLoaders::covered_by(ctx, self.0.id).await?.into_iter().map(Commune).collect())
    }
}

/// The force a brigade belongs to.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Enum)]
pub enum BrigadeKind {
    /// Gendarmerie nationale (brigade, communauté de brigades).
    Gendarmerie,
    /// Police nationale (commissariat).
    PoliceNationale,
    /// A commune's police municipale.
    PoliceMunicipale,
}

crate::enums::mirror_enum!(BrigadeKind, enums::BrigadeKind, [Gendarmerie, PoliceNationale, PoliceMunicipale]);

/// A report category.
pub struct Category(pub category::Model);

/// A kind of fact residents report, with its urgency and advice.
#[Object]
impl Category {
    /// The category's stable code (e.g. SUSPICIOUS_VEHICLE).
    async fn code(&self) -> &str {
        &self.0.code
    }

    /// French label shown in the app.
    async fn label(&self) -> &str {
        &self.0.label
    }

    /// What to do right away (e.g. call 17 or 112), shown before and after filing.
    async fn urgent_advice(&self) -> Option<&str> {
        self.0.urgent_advice.as_deref()
    }

    /// When set, reports of this category are not filed: the resident is told this (an
    /// emergency number to call) and `fileReport` answers `EMERGENCY_DIVERSION`.
    async fn diversion(&self) -> Option<&str> {
        self.0.diversion.as_deref()
    }

    /// Categories of one group form incidents together (a suspicious vehicle and a
    /// burglary seen in one street, one night); null: the category groups with itself only.
    async fn incident_group(&self) -> Option<&str> {
        self.0.incident_group.as_deref()
    }

    /// Triage order: 3 first (a burglary in progress), 1 last.
    async fn urgency(&self) -> i32 {
        self.0.urgency
    }

    /// Display order in the app.
    async fn order(&self) -> i32 {
        self.0.position
    }

    /// Whether residents may choose it (inactive ones stay on existing reports).
    async fn active(&self) -> bool {
        self.0.active
    }
}
