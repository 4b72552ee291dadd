//! One period of a commune's participation in the scheme: the protocol signed by the
//! prefect, the mayor and the gendarmerie or police that opened it, and how it ended.

use sea_orm::entity::prelude::*;

use crate::ids::UserId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "commune_participation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub commune_code: String,
    /// Unknown for a commune that joined before the history was kept.
    pub joined_on: Option<Date>,
    pub protocol_reference: Option<String>,
    /// Open while the commune takes part.
    pub left_on: Option<Date>,
    pub leaving_reference: Option<String>,
    /// The admin who recorded the last change (kept even if their account goes).
    pub recorded_by: Option<UserId>,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
