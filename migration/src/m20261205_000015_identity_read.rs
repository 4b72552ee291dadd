//! The read log of reporters' identities: one row each time a response hands someone a
//! reporter's name, e-mail or phone — who, when, which report, by which operation, from which
//! address — for the data protection officer (admins of the département) and for the
//! reporter themself ("who saw that I reported").

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
                    .table("identity_read")
                    .col(pk_uuid("id"))
                    .col(timestamp_with_time_zone("read_at"))
                    .col(uuid("reader_id"))
                    .col(uuid_null("reader_brigade_id"))
                    .col(uuid("report_id"))
                    .col(uuid("reporter_id"))
                    .col(string_len("department", 3))
                    .col(string_len("operation", 64))
                    .col(string_len_null("client_ip", 45))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("identity_read", &["reporter_id", "id"], false)).await?;
        manager.create_index(index("identity_read", &["department", "id"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("identity_read").to_owned()).await
    }
}
