//! Référents and partnership groups (GPO): a brigade's commander, staff designated référent
//! of communes (one at a time per commune, history kept), security requests from elected
//! officials and their messages, partner organisations and their members (role PARTNER),
//! and problem cases with their sector, categories, members, linked reports, actions,
//! meetings and evaluation.

use sea_orm_migration::{prelude::*, schema::*};

use crate::{fk, index};

#[derive(DeriveMigrationName)]
pub struct Migration;

fn table(name: &'static str) -> TableCreateStatement {
    Table::create().table(name).to_owned()
}

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        let user_columns = [
            boolean("commander").default(false).to_owned(),
            string_len_null("rank", 100),
            uuid_null("organisation_id"),
        ];
        for column in user_columns {
            let mut column = column;
            manager.alter_table(Table::alter().table("app_user").add_column(&mut column).to_owned()).await?;
        }

        manager
            .create_table(
                table("partner_organisation")
                    .col(pk_uuid("id"))
                    .col(string_len("name", 200))
                    .col(string_len("kind", 32))
                    .col(string_len("department", 3))
                    .col(uuid_null("created_by"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("partner_organisation", &["department", "name"], true)).await?;

        manager
            .create_table(
                table("referent_assignment")
                    .col(pk_uuid("id"))
                    .col(string_len("commune_code", 5))
                    .col(uuid("user_id"))
                    .col(uuid_null("assigned_by"))
                    .col(timestamp_with_time_zone("started_at"))
                    .col(timestamp_with_time_zone_null("ended_at"))
                    .foreign_key(&mut fk(
                        "referent_assignment",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "referent_assignment",
                        "user_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        // One current référent per commune (both backends support partial indexes).
        manager
            .get_connection()
            .execute_unprepared(
                "CREATE UNIQUE INDEX ix_referent_assignment_current ON referent_assignment (commune_code) WHERE ended_at IS NULL",
            )
            .await?;
        manager.create_index(index("referent_assignment", &["user_id"], false)).await?;

        manager
            .create_table(
                table("security_request")
                    .col(pk_uuid("id"))
                    .col(string_len("commune_code", 5))
                    .col(uuid("brigade_id"))
                    .col(uuid("author_id"))
                    .col(uuid_null("referent_id"))
                    .col(string_len("topic", 32))
                    .col(string_len("subject", 200))
                    .col(string_len("status", 16))
                    .col(timestamp_with_time_zone("created_at"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .foreign_key(&mut fk(
                        "security_request",
                        "commune_code",
                        "commune",
                        "code",
                        ForeignKeyAction::Restrict,
                    ))
                    .foreign_key(&mut fk(
                        "security_request",
                        "author_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("security_request", &["brigade_id", "id"], false)).await?;
        manager.create_index(index("security_request", &["commune_code", "id"], false)).await?;
        manager
            .create_table(
                table("security_request_message")
                    .col(pk_uuid("id"))
                    .col(uuid("request_id"))
                    .col(uuid("author_id"))
                    .col(string_len("author_role", 32))
                    .col(text("body"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "security_request_message",
                        "request_id",
                        "security_request",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("security_request_message", &["request_id", "id"], false)).await?;

        manager
            .create_table(
                table("problem_case")
                    .col(pk_uuid("id"))
                    .col(uuid("brigade_id"))
                    .col(uuid("lead_id"))
                    .col(string_len("title", 200))
                    .col(text("problem"))
                    .col(string_len("status", 16))
                    .col(text_null("sector_polygon"))
                    .col(timestamp_with_time_zone("opened_at"))
                    .col(timestamp_with_time_zone_null("closed_at"))
                    .col(text_null("assessment"))
                    .col(text_null("evaluation"))
                    .foreign_key(&mut fk(
                        "problem_case",
                        "lead_id",
                        "app_user",
                        "id",
                        ForeignKeyAction::Restrict,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("problem_case", &["brigade_id", "id"], false)).await?;
        for (name, column, target, target_column) in [
            ("problem_case_commune", "commune_code", "commune", "code"),
            ("problem_case_category", "category_code", "category", "code"),
        ] {
            manager
                .create_table(
                    table(name)
                        .col(uuid("case_id"))
                        .col(string_len(column, 32))
                        .primary_key(Index::create().col("case_id").col(column))
                        .foreign_key(&mut fk(
                            name,
                            "case_id",
                            "problem_case",
                            "id",
                            ForeignKeyAction::Cascade,
                        ))
                        .foreign_key(&mut fk(name, column, target, target_column, ForeignKeyAction::Restrict))
                        .to_owned(),
                )
                .await?;
        }
        manager
            .create_table(
                table("problem_case_member")
                    .col(pk_uuid("id"))
                    .col(uuid("case_id"))
                    .col(uuid_null("user_id"))
                    .col(uuid_null("organisation_id"))
                    .col(timestamp_with_time_zone("added_at"))
                    .foreign_key(&mut fk(
                        "problem_case_member",
                        "case_id",
                        "problem_case",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("problem_case_member", &["case_id"], false)).await?;
        manager.create_index(index("problem_case_member", &["user_id"], false)).await?;
        manager.create_index(index("problem_case_member", &["organisation_id"], false)).await?;
        manager
            .create_table(
                table("problem_case_report")
                    .col(uuid("case_id"))
                    .col(uuid("report_id"))
                    .col(uuid("linked_by"))
                    .col(timestamp_with_time_zone("linked_at"))
                    .primary_key(Index::create().col("case_id").col("report_id"))
                    .foreign_key(&mut fk(
                        "problem_case_report",
                        "case_id",
                        "problem_case",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .foreign_key(&mut fk(
                        "problem_case_report",
                        "report_id",
                        "report",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager
            .create_table(
                table("problem_case_action")
                    .col(pk_uuid("id"))
                    .col(uuid("case_id"))
                    .col(string_len("title", 200))
                    .col(string_len("owner", 200))
                    .col(uuid_null("organisation_id"))
                    .col(date_null("due_on"))
                    .col(string_len("status", 16))
                    .col(text_null("outcome"))
                    .col(timestamp_with_time_zone_null("done_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "problem_case_action",
                        "case_id",
                        "problem_case",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("problem_case_action", &["case_id"], false)).await?;
        manager
            .create_table(
                table("problem_case_meeting")
                    .col(pk_uuid("id"))
                    .col(uuid("case_id"))
                    .col(date("held_on"))
                    .col(text("attendees"))
                    .col(text("minutes"))
                    .col(timestamp_with_time_zone("created_at"))
                    .foreign_key(&mut fk(
                        "problem_case_meeting",
                        "case_id",
                        "problem_case",
                        "id",
                        ForeignKeyAction::Cascade,
                    ))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("problem_case_meeting", &["case_id"], false)).await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for table in [
            "problem_case_meeting",
            "problem_case_action",
            "problem_case_report",
            "problem_case_member",
            "problem_case_category",
            "problem_case_commune",
            "problem_case",
            "security_request_message",
            "security_request",
            "referent_assignment",
            "partner_organisation",
        ] {
            manager.drop_table(Table::drop().table(table).to_owned()).await?;
        }
        for column in ["organisation_id", "rank", "commander"] {
            manager.alter_table(Table::alter().table("app_user").drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}
