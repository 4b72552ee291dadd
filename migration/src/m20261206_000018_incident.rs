//! Incidents: reports of one fact grouped within a brigade. `report.incident_id` names the
//! incident a report belongs to, `report.incident_standalone` marks a report the brigade
//! split out (never grouped automatically again), and `category.incident_group` says which
//! categories group together. Grouping at filing looks for the brigade's open reports
//! observed close in time (`ix_report_brigade_id_observed_at`).
//!
//! Installations whose categories carry the default codes get the default group: a
//! suspicious vehicle, suspicious behaviour and a burglary seen together are one fact.

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
                    .table("incident")
                    .col(pk_uuid("id"))
                    .col(uuid("brigade_id"))
                    .col(boolean("confirmed").default(false))
                    .col(uuid_null("confirmed_by"))
                    .col(timestamp_with_time_zone_null("confirmed_at"))
                    .col(timestamp_with_time_zone("created_at"))
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("incident", &["brigade_id", "id"], false)).await?;
        // SQLite adds one column per statement.
        let columns = [
            ColumnDef::new("incident_id").uuid().null().to_owned(),
            ColumnDef::new("incident_standalone").boolean().not_null().default(false).to_owned(),
        ];
        for mut column in columns {
            manager.alter_table(Table::alter().table("report").add_column(&mut column).to_owned()).await?;
        }
        manager
            .alter_table(
                Table::alter()
                    .table("category")
                    .add_column(ColumnDef::new("incident_group").string_len(32).null())
                    .to_owned(),
            )
            .await?;
        manager.create_index(index("report", &["incident_id"], false)).await?;
        manager.create_index(index("report", &["brigade_id", "observed_at"], false)).await?;
        manager
            .get_connection()
            .execute_unprepared(
                "UPDATE category SET incident_group = 'INTRUSION' \
                 WHERE code IN ('SUSPICIOUS_VEHICLE', 'SUSPICIOUS_BEHAVIOUR', 'BURGLARY')",
            )
            .await?;
        Ok(())
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        for name in ["ix_report_brigade_id_observed_at", "ix_report_incident_id"] {
            manager.drop_index(Index::drop().name(name).table("report").to_owned()).await?;
        }
        manager
            .alter_table(Table::alter().table("category").drop_column("incident_group").to_owned())
            .await?;
        for column in ["incident_standalone", "incident_id"] {
            manager.alter_table(Table::alter().table("report").drop_column(column).to_owned()).await?;
        }
        manager.drop_table(Table::drop().table("incident").to_owned()).await
    }
}
