//! Accounts of every role and the communes coordinators act for.

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
                    .table("app_user")
                    .col(pk_uuid("id"))
                    .col(string_len_uniq("email", 254))
                    .col(string_len("password_hash", 200))
                    .col(string_len("display_name", 100))
                    .col(string_len_null("phone", 32))
                    .col(string_len("role", 32))
                    .col(string_len_null("commune_code", 5))
                    .col(uuid_null("brigade_id"))
                    .col(string_len_null("enrolment_status", 32))
                    .col(boolean("sms_alerts").default(true))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "app_user",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "app_user",
                        "brigade_id",
                        "brigade",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("app_user", &["commune_code", "enrolment_status"], false)).await?;
        manager.create_index(index("app_user", &["brigade_id"], false)).await?;
        manager
            .create_table(
                Table::create()
                    .table("coordinator_commune")
                    .col(uuid("user_id"))
                    .col(string_len("commune_code", 5))
                    .primary_key(Index::create().col("user_id").col("commune_code"))
                    .foreign_key(&mut fk(
                        "coordinator_commune",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "coordinator_commune",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("coordinator_commune", &["commune_code"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["coordinator_commune", "app_user"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
