//! A member of a problem case: an account (a coordinator, a staff member) or a partner organisation (its PARTNER accounts).

use sea_orm::entity::prelude::*;

use crate::ids::{CaseId, OrganisationId, UserId};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "problem_case_member")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub case_id: CaseId,
    pub user_id: Option<UserId>,
    pub organisation_id: Option<OrganisationId>,
    pub added_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
