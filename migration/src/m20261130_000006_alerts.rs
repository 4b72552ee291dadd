//! Intervention alerts to mayors and the SMS outbox that delivers them (retried with
//! backoff until the gateway accepts, never lost).

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
                    .table("intervention_alert")
                    .col(pk_uuid("id"))
                    .col(string_len("commune_code", 5))
                    .col(uuid("author_id"))
                    .col(text("message"))
                    .col(integer("recipients"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "intervention_alert",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "intervention_alert",
                        "author_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("intervention_alert", &["commune_code", "created_at"], false)).await?;
        manager
            .create_table(
                Table::create()
                    .table("sms_outbox")
                    .col(pk_uuid("id"))
                    .col(uuid_null("alert_id"))
                    .col(string_len("to_phone", 32))
                    .col(text("body"))
                    .col(string_len_uniq("idempotency_key", 100))
                    .col(string_len("status", 16))
                    .col(integer("attempts").default(0))
                    .col(timestamp_with_time_zone("next_attempt_at"))
                    .col(text_null("last_error"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone_null("sent_at"))
                    .foreign_key(&mut fk(
                        "sms_outbox",
                        "alert_id",
                        "intervention_alert",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("sms_outbox", &["status", "next_attempt_at"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["sms_outbox", "intervention_alert"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
