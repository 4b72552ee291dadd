//! Administration without SQL: admins scoped to départements (or national), coordinators'
//! titles, a brigade's
//! département, the participation history of communes (joined on, left on, protocol
//! reference), a category's emergency diversion, and one-time password reset codes issued
//! by admins.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let db = manager.get_connection();
        // A brigade belongs to a département; existing rows take it from the communes they
        // cover, else from the communes whose overrides send reports to them.
        manager
            .alter_table(
                Table::alter().table("brigade").add_column(string_len_null("department", 3)).to_owned(),
            )
            .await?;
        db.execute_unprepared(
            "UPDATE brigade SET department = COALESCE(
                (SELECT MIN(c.department) FROM commune c WHERE c.brigade_id = brigade.id),
                (SELECT MIN(c.department) FROM routing_rule r JOIN commune c ON c.code = r.commune_code
                  WHERE r.brigade_id = brigade.id))",
        )
        .await?;
        manager.create_index(index("brigade", &["department"], false)).await?;

        // Admins act within their départements, or everywhere when national. Admins created
        // before scopes existed keep the reach they had.
        manager
            .alter_table(
                Table::alter()
                    .table("app_user")
                    .add_column(boolean("national_admin").default(false))
                    .to_owned(),
            )
            .await?;
        db.execute_unprepared("UPDATE app_user SET national_admin = TRUE WHERE role = 'ADMIN'").await?;
        // What a coordinator is to their communes (maire, adjoint, citoyen référent).
        manager
            .alter_table(Table::alter().table("app_user").add_column(string_len_null("title", 32)).to_owned())
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("admin_department")
                    .col(uuid("user_id"))
                    .col(string_len("department", 3))
                    .primary_key(Index::create().col("user_id").col("department"))
                    .foreign_key(&mut fk(
                        "admin_department",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;

        // Each period of participation, from the protocol that opened it to the one that
        // closed it.
        manager
            .alter_table(
                Table::alter().table("commune").add_column(date_null("participating_since")).to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("commune_participation")
                    .col(pk_uuid("id"))
                    .col(string_len("commune_code", 5))
                    .col(date_null("joined_on"))
                    .col(string_len_null("protocol_reference", 100))
                    .col(date_null("left_on"))
                    .col(string_len_null("leaving_reference", 100))
                    .col(uuid_null("recorded_by"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "commune_participation",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "commune_participation",
                        "recorded_by",
                        "app_user",
                        "id",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("commune_participation", &["commune_code", "joined_on"], false)).await?;

        // A category may divert the resident to an emergency number instead of filing.
        manager
            .alter_table(Table::alter().table("category").add_column(text_null("diversion")).to_owned())
            .await?;

        // A reset code an admin hands to a user who lost their password: stored hashed,
        // valid once, until it expires.
        manager
            .create_table(
                Table::create()
                    .table("password_reset")
                    .col(pk_uuid("id"))
                    .col(uuid("user_id"))
                    .col(string_len_uniq("code_hash", 64))
                    .col(uuid_null("issued_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("expires_at"))
                    .col(timestamp_with_time_zone_null("used_at"))
                    .foreign_key(&mut fk(
                        "password_reset",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "password_reset",
                        "issued_by",
                        "app_user",
                        "id",
                        ForeignKeyAction::SetNull,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("password_reset", &["user_id"], false)).await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.alter_table(Table::alter().table("category").drop_column("diversion").to_owned()).await?;
        for table in ["password_reset", "commune_participation", "admin_department"] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        manager
            .alter_table(Table::alter().table("commune").drop_column("participating_since").to_owned())
            .await?;
        for column in ["title", "national_admin"] {
            manager.alter_table(Table::alter().table("app_user").drop_column(column).to_owned()).await?;
        }
        manager.drop_index(Index::drop().name("ix_brigade_department").table("brigade").to_owned()).await?;
        manager.alter_table(Table::alter().table("brigade").drop_column("department").to_owned()).await
    }
}
