//! Reports and their event history; category urgency for the triage order.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter().table("category").add_column(integer("urgency").default(1)).to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("report")
                    .col(pk_uuid("id"))
                    .col(uuid("reporter_id"))
                    .col(string_len("client_request_id", 64))
                    .col(string_len("fingerprint", 64))
                    .col(string_len("category_code", 64))
                    .col(integer("urgency"))
                    .col(text("description"))
                    .col(double("latitude"))
                    .col(double("longitude"))
                    .col(double_null("accuracy_meters"))
                    .col(string_len("commune_code", 5))
                    .col(uuid("brigade_id"))
                    .col(string_len("routing_rule", 32))
                    .col(string_len("status", 32))
                    .col(uuid_null("duplicate_of"))
                    .col(timestamp_with_time_zone("observed_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(timestamp_with_time_zone_null("acknowledged_at"))
                    .foreign_key(&mut fk(
                        "report",
                        "reporter_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "report",
                        "category_code",
                        "category",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "report",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk("report", "brigade_id", "brigade", "id", ForeignKeyAction::Restrict))
                    .foreign_key(&mut fk("report", "duplicate_of", "report", "id", ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        // Idempotent filing: one report per (reporter, client request id).
        manager.create_index(index("report", &["reporter_id", "client_request_id"], true)).await?;
        // myReports, newest first.
        manager.create_index(index("report", &["reporter_id", "id"], false)).await?;
        // brigadeQueue: by brigade and status, most urgent then oldest.
        manager.create_index(index("report", &["brigade_id", "status", "urgency", "id"], false)).await?;
        // communeActivity over a period.
        manager.create_index(index("report", &["commune_code", "created_at"], false)).await?;
        // Possible duplicates: same category, recent.
        manager.create_index(index("report", &["category_code", "created_at"], false)).await?;
        manager.create_index(index("report", &["duplicate_of"], false)).await?;
        manager
            .create_table(
                Table::create()
                    .table("report_event")
                    .col(pk_uuid("id"))
                    .col(uuid("report_id"))
                    .col(string_len("kind", 32))
                    .col(string_len_null("status", 32))
                    .col(text_null("public_note"))
                    .col(text_null("internal_note"))
                    .col(uuid("actor_id"))
                    .col(string_len("actor_role", 32))
                    .col(uuid_null("brigade_id"))
                    .col(timestamp_with_time_zone("at"))
                    .foreign_key(&mut fk(
                        "report_event",
                        "report_id",
                        "report",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "report_event",
                        "actor_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("report_event", &["report_id", "id"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["report_event", "report"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager.alter_table(Table::alter().table("category").drop_column("urgency").to_owned()).await
    }
}
