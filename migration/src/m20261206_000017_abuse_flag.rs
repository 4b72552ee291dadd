//! Flags of abusive use: brigade staff, who alone see who reported, flag a reporter with a
//! reason; the coordinators of the resident's commune see the flag (never the report) and
//! decide — suspend the resident or dismiss the flag.

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
                    .table("abuse_flag")
                    .col(pk_uuid("id"))
                    .col(uuid("resident_id"))
                    .col(string_len("commune_code", 5))
                    .col(uuid("brigade_id"))
                    .col(uuid("report_id"))
                    .col(uuid("flagged_by"))
                    .col(text("reason"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(string_len("status", 16))
                    .col(uuid_null("decided_by"))
                    .col(timestamp_with_time_zone_null("decided_at"))
                    .col(text_null("decision_note"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("abuse_flag", &["commune_code", "id"], false)).await?;
        manager.create_index(index("abuse_flag", &["resident_id", "status"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("abuse_flag").to_owned()).await
    }
}
