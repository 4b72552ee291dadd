//! A partner organisation of partnership groups: a social landlord, a transport operator, a school, an association, a municipal service.

use sea_orm::entity::prelude::*;

use crate::{
    enums::PartnerKind,
    ids::{OrganisationId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "partner_organisation")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: OrganisationId,
    pub name: String,
    pub kind: PartnerKind,
    /// INSEE département code.
    pub department: String,
    pub created_by: Option<UserId>,
    pub created_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
