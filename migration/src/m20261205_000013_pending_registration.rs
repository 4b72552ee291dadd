//! Registrations proven by e-mail: what a resident gave to `startRegistration` waits here,
//! with the SHA-256 of the code e-mailed to them, until `completeRegistration` creates the
//! account or the code expires. (E-mails themselves go through the outbox, channel EMAIL.)

use sea_orm_migration::{prelude::*, schema::*};

use crate::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("pending_registration")
                    .col(pk_uuid("id"))
                    .col(string_len("email", 254))
                    .col(string_len("code_hash", 64).unique_key())
                    .col(string("password_hash"))
                    .col(string_len("display_name", 100))
                    .col(string_len_null("phone", 32))
                    .col(string_len("commune_code", 5))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("pending_registration", &["email"], false)).await?;
        manager.create_index(index("pending_registration", &["expires_at"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("pending_registration").to_owned()).await
    }
}
