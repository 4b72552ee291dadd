//! Sessions that end at once: each account counts the times all its sessions were ended
//! (logout everywhere, a new password, a suspension…); access tokens carry the count they
//! were issued under and stop working when it moves on.

use sea_orm_migration::prelude::*;

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("app_user")
                    .add_column(ColumnDef::new("session_epoch").integer().not_null().default(0))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("app_user").drop_column("session_epoch").to_owned()).await
    }
}
