//! Hearing back: the notification feed, devices for push, preferences and quiet hours,
//! broadcasts to residents, the life of intervention alerts, and one outbox for SMS and
//! push (the SMS outbox gains a channel). Report events remember the brigade a reroute
//! left, so a resubscribing brigade replays it too.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let postgres = manager.get_database_backend() == sea_orm::DatabaseBackend::Postgres;
        manager
            .create_table(
                Table::create()
                    .table("device")
                    .col(pk_uuid("id"))
                    .col(uuid("user_id"))
                    .col(string_len("platform", 16))
                    .col(string_len_uniq("token", 1024))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("last_seen_at"))
                    .foreign_key(&mut fk("device", "user_id", "app_user", "id", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("device", &["user_id"], false)).await?;

        manager
            .create_table(
                Table::create()
                    .table("notification")
                    .col(pk_uuid("id"))
                    .col(uuid("user_id"))
                    .col(string_len("kind", 32))
                    .col(string_len("title", 200))
                    .col(text("body"))
                    .col(uuid_null("report_id"))
                    .col(string_len_null("commune_code", 5))
                    .col(uuid_null("subject_id"))
                    .col(boolean("urgent").default(false))
                    .col(timestamp_with_time_zone_null("read_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "notification",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("notification", &["user_id", "id"], false)).await?;
        manager.create_index(index("notification", &["user_id", "read_at"], false)).await?;
        manager.create_index(index("notification", &["created_at"], false)).await?;

        manager
            .create_table(
                Table::create()
                    .table("notification_preference")
                    .col(uuid("user_id"))
                    .col(string_len("kind", 32))
                    .col(boolean("feed"))
                    .col(boolean("push"))
                    .primary_key(Index::create().col("user_id").col("kind"))
                    .foreign_key(&mut fk(
                        "notification_preference",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        // Quiet hours, in minutes after midnight, Paris time (null: none).
        for column in ["quiet_start", "quiet_end"] {
            manager
                .alter_table(
                    Table::alter().table("app_user").add_column(small_integer_null(column)).to_owned(),
                )
                .await?;
        }

        manager
            .create_table(
                Table::create()
                    .table("broadcast")
                    .col(pk_uuid("id"))
                    .col(uuid("author_id"))
                    .col(string_len("author_role", 32))
                    .col(uuid_null("brigade_id"))
                    .col(string_len("title", 200))
                    .col(text("body"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(integer("recipients"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "broadcast",
                        "author_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("broadcast_commune")
                    .col(uuid("broadcast_id"))
                    .col(string_len("commune_code", 5))
                    .primary_key(Index::create().col("broadcast_id").col("commune_code"))
                    .foreign_key(&mut fk(
                        "broadcast_commune",
                        "broadcast_id",
                        "broadcast",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "broadcast_commune",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("broadcast_commune", &["commune_code", "broadcast_id"], false)).await?;

        // An alert may name the report it is about, and is closed with a message.
        let alert_columns = [
            uuid_null("report_id"),
            timestamp_with_time_zone_null("closed_at"),
            uuid_null("closed_by"),
            text_null("closing_message"),
        ];
        for column in alert_columns {
            let mut column = column;
            manager
                .alter_table(Table::alter().table("intervention_alert").add_column(&mut column).to_owned())
                .await?;
        }

        // One outbox for every channel.
        manager.rename_table(Table::rename().table("sms_outbox", "outbox").to_owned()).await?;
        manager
            .alter_table(Table::alter().table("outbox").rename_column("to_phone", "recipient").to_owned())
            .await?;
        if postgres {
            manager
                .get_connection()
                .execute_unprepared("ALTER TABLE outbox ALTER COLUMN recipient TYPE varchar(1024)")
                .await?;
        }
        let outbox_columns = [
            string_len("channel", 16).default("SMS").to_owned(),
            string_len_null("title", 200),
            text_null("data"),
            uuid_null("notification_id"),
        ];
        for column in outbox_columns {
            let mut column = column;
            manager.alter_table(Table::alter().table("outbox").add_column(&mut column).to_owned()).await?;
        }

        manager
            .alter_table(
                Table::alter().table("report_event").add_column(uuid_null("from_brigade_id")).to_owned(),
            )
            .await?;
        manager.create_index(index("report_event", &["brigade_id", "id"], false)).await?;
        manager.create_index(index("report_event", &["from_brigade_id", "id"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        manager
            .drop_index(
                Index::drop().name("ix_report_event_from_brigade_id_id").table("report_event").to_owned(),
            )
            .await?;
        manager
            .drop_index(Index::drop().name("ix_report_event_brigade_id_id").table("report_event").to_owned())
            .await?;
        manager
            .alter_table(Table::alter().table("report_event").drop_column("from_brigade_id").to_owned())
            .await?;
        // Only SMS were in the outbox before: the push messages go with the channel.
        db.execute_unprepared("DELETE FROM outbox WHERE channel <> 'SMS'").await?;
        for column in ["notification_id", "data", "title", "channel"] {
            manager.alter_table(Table::alter().table("outbox").drop_column(column).to_owned()).await?;
        }
        manager
            .alter_table(Table::alter().table("outbox").rename_column("recipient", "to_phone").to_owned())
            .await?;
        manager.rename_table(Table::rename().table("outbox", "sms_outbox").to_owned()).await?;
        for column in ["closing_message", "closed_by", "closed_at", "report_id"] {
            manager
                .alter_table(Table::alter().table("intervention_alert").drop_column(column).to_owned())
                .await?;
        }
        for column in ["quiet_end", "quiet_start"] {
            manager.alter_table(Table::alter().table("app_user").drop_column(column).to_owned()).await?;
        }
        for table in ["broadcast_commune", "broadcast", "notification_preference", "notification", "device"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
