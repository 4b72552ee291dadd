//! A commune (INSEE code), its boundary and the brigade that covers it by default.

use sea_orm::entity::prelude::*;

use crate::ids::BrigadeId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commune")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub code: String,
    pub name: String,
    pub department: String,
    pub population: Option<i32>,
    pub participating: bool,
    pub brigade_id: Option<BrigadeId>,
    /// Start of the current participation period (unknown for communes that joined before
    /// the history was kept).
    pub participating_since: Option<Date>,
    /// GeoJSON geometry (Polygon or MultiPolygon, WGS84), kept as text so both backends
    /// store it alike; the routing index parses it once at load.
    #[sea_orm(column_type = "Text")]
    pub boundary: String,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
