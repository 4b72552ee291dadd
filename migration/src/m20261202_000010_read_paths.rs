//! Indexes for the read paths measured with a million reports (BENCHMARKS.md, P3):
//! - the open queue of a brigade in its order (most urgent, then oldest), as a partial index
//!   over the open statuses — a page is a short ordered scan and `totalCount` an index-only
//!   count of the brigade's open reports, whatever the size of its closed history;
//! - a commune's activity over a period answered from the index alone (category, status and
//!   acknowledgement time carried in it).
//!
//! And a revision of commune boundaries beside the routing revision, so that a change of
//! participation, brigade or category override reuses each node's geometry index.

use sea_orm_migration::prelude::*;

use crate::index;

#[derive(DeriveMigrationName)]
pub struct Migration;

/// The open statuses, spelled exactly as the queries spell them (SQLite uses a partial index
/// only for a query repeating its predicate literally).
const OPEN_QUEUE: &str = "CREATE INDEX ix_report_open_queue ON report (brigade_id, urgency DESC, id) \
     WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS')";

const COMMUNE_ACTIVITY: &str = "ix_report_commune_activity";

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager
            .alter_table(
                Table::alter()
                    .table("routing_revision")
                    .add_column(ColumnDef::new("boundary_revision").big_integer().not_null().default(0))
                    .to_owned(),
            )
            .await?;
        manager.get_connection().execute_unprepared(OPEN_QUEUE).await?;
        manager
            .create_index(
                Index::create()
                    .name(COMMUNE_ACTIVITY)
                    .table("report")
                    .col("commune_code")
                    .col("created_at")
                    .col("category_code")
                    .col("status")
                    .col("acknowledged_at")
                    .to_owned(),
            )
            .await?;
        manager
            .drop_index(Index::drop().name("ix_report_commune_code_created_at").table("report").to_owned())
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.create_index(index("report", &["commune_code", "created_at"], false)).await?;
        manager.drop_index(Index::drop().name(COMMUNE_ACTIVITY).table("report").to_owned()).await?;
        manager.drop_index(Index::drop().name("ix_report_open_queue").table("report").to_owned()).await?;
        manager
            .alter_table(Table::alter().table("routing_revision").drop_column("boundary_revision").to_owned())
            .await
    }
}
