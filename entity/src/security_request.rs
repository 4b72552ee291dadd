//! A request from a commune's elected officials to its référent (« recueillir les demandes de sécurité »).

use sea_orm::entity::prelude::*;

use crate::{
    enums::{SecurityRequestStatus, SecurityTopic},
    ids::{BrigadeId, SecurityRequestId, UserId},
};

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "security_request")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: SecurityRequestId,
    pub commune_code: String,
    /// The brigade that answers (the référent's, else the commune's).
    pub brigade_id: BrigadeId,
    pub author_id: UserId,
    /// The référent when it was opened.
    pub referent_id: Option<UserId>,
    pub topic: SecurityTopic,
    pub subject: String,
    pub status: SecurityRequestStatus,
    pub created_at: DateTimeUtc,
    pub updated_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
