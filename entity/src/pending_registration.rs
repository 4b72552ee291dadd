//! A registration waiting for its e-mailed code: what the resident gave (the password only
//! as its Argon2id hash), until `completeRegistration` turns it into an account or it
//! expires.

use sea_orm::entity::prelude::*;

#[derive(Clone, Debug, PartialEq, Eq, DeriveEntityModel)]
#[sea_orm(table_name = "pending_registration")]
pub struct Model {
    #[sea_orm(primary_key, auto_increment = false)]
    pub id: Uuid,
    /// Normalised (trimmed, lower-cased).
    pub email: String,
    /// SHA-256 of the e-mailed code: the code itself is never stored.
    #[sea_orm(unique)]
    pub code_hash: String,
    pub password_hash: String,
    pub display_name: String,
    /// E.164.
    pub phone: Option<String>,
    pub commune_code: String,
    pub created_at: DateTimeUtc,
    pub expires_at: DateTimeUtc,
}

#[derive(Copy, Clone, Debug, EnumIter, DeriveRelation)]
pub enum Relation {}

impl ActiveModelBehavior for ActiveModel {}
