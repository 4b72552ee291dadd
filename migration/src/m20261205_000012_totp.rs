//! Two-factor sign-in (RFC 6238): one authenticator per account, pending until a first code
//! confirms it, with the last time step accepted (a code is accepted once); single-use
//! recovery codes, stored as their SHA-256; and the départements whose desk accounts must
//! use it.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .create_table(
                Table::create()
                    .table("totp_credential")
                    .col(uuid("user_id").primary_key())
                    .col(string_len("secret", 64))
                    .col(timestamp_with_time_zone_null("confirmed_at"))
                    .col(big_integer("last_step").default(0))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "totp_credential",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("totp_recovery_code")
                    .col(pk_uuid("id"))
                    .col(uuid("user_id"))
                    .col(string_len("code_hash", 64))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(&mut fk(
                        "totp_recovery_code",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("totp_recovery_code", &["user_id", "code_hash"], true)).await?;
        manager
            .create_table(
                Table::create()
                    .table("totp_requirement")
                    .col(string_len("department", 3).primary_key())
                    .col(timestamp_with_time_zone("required_since"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("totp_requirement").to_owned()).await?;
        manager.drop_table(Table::drop().table("totp_recovery_code").to_owned()).await?;
        manager.drop_table(Table::drop().table("totp_credential").to_owned()).await
    }
}
