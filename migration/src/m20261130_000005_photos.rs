//! Photos: an upload ticket first (PENDING), then attached to a report once checked and
//! cleaned of metadata (ATTACHED).

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
                    .table("photo")
                    .col(pk_uuid("id"))
                    .col(uuid("owner_id"))
                    .col(uuid_null("report_id"))
                    .col(string_len("content_type", 32))
                    .col(big_integer("byte_size"))
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("upload_expires_at"))
                    .col(timestamp_with_time_zone_null("attached_at"))
                    .foreign_key(&mut fk("photo", "owner_id", "app_user", "id", ForeignKeyAction::Cascade))
                    .foreign_key(&mut fk("photo", "report_id", "report", "id", ForeignKeyAction::Cascade))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("photo", &["report_id"], false)).await?;
        manager.create_index(index("photo", &["status", "created_at"], false)).await?;
        manager.create_index(index("photo", &["owner_id"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("photo").to_owned()).await
    }
}
