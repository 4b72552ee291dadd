//! Reference data: brigades, communes with their boundaries, categories, per-category
//! routing overrides and the routing revision counter.

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
                    .table("brigade")
                    .col(pk_uuid("id"))
                    .col(string_len_uniq("code", 32))
                    .col(string_len("name", 200))
                    .col(string_len("kind", 32))
                    .col(string_len_null("phone", 32))
                    .col(string_len_null("email", 254))
                    .col(string_len_null("address", 400))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("commune")
                    .col(string_len("code", 5).primary_key())
                    .col(string_len("name", 200))
                    .col(string_len("department", 3))
                    .col(integer_null("population"))
                    .col(boolean("participating").default(false))
                    .col(uuid_null("brigade_id"))
                    .col(text("boundary"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk("commune", "brigade_id", "brigade", "id", ForeignKeyAction::SetNull))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("commune", &["participating"], false)).await?;
        manager.create_index(index("commune", &["brigade_id"], false)).await?;
        manager
            .create_table(
                Table::create()
                    .table("category")
                    .col(string_len("code", 64).primary_key())
                    .col(string_len("label", 200))
                    .col(text_null("urgent_advice"))
                    .col(integer("position"))
                    .col(boolean("active").default(true))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("routing_rule")
                    .col(pk_uuid("id"))
                    .col(string_len("commune_code", 5))
                    .col(string_len("category_code", 64))
                    .col(uuid("brigade_id"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "routing_rule",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "routing_rule",
                        "category_code",
                        "category",
                        "code",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "routing_rule",
                        "brigade_id",
                        "brigade",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("routing_rule", &["commune_code", "category_code"], true)).await?;
        manager.create_index(index("routing_rule", &["brigade_id"], false)).await?;
        manager
            .create_table(
                Table::create()
                    .table("routing_revision")
                    .col(integer("id").primary_key())
                    .col(big_integer("revision"))
                    .col(timestamp_with_time_zone("changed_at"))
                    .to_owned(),
            )
            .await?;
        manager
            .exec_stmt(
                Query::insert()
                    .into_table("routing_revision")
                    .columns(["id", "revision", "changed_at"])
                    .values_panic([1.into(), 0i64.into(), Expr::current_timestamp()])
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in ["routing_revision", "routing_rule", "category", "commune", "brigade"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        Ok(())
    }
}
