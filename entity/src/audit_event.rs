//! One security-relevant action: who, when, what, on whom.

use sea_orm::entity::prelude::*;

use crate::ids::UserId;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "audit_event")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    pub at: DateTimeUtc,
    pub actor_id: Option<UserId>,
    /// e.g. `login.success`, `login.failure`, `token.reuse`, `enrolment.approved`.
    pub action: String,
    pub target_type: Option<String>,
    pub target_id: Option<String>,
    /// JSON with action-specific details (never secrets).
    #[sea_orm(column_type = "Text", nullable)]
    pub detail: Option<String>,
    pub client_ip: Option<String>,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
