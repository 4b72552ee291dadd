//! Brigade work on a report: who holds it (`assignee_id`), the brigade's own order
//! (`priority`, on the categories' urgency scale, copied from the urgency at filing), the
//! acknowledgement deadline set at filing from the category's urgency and the département's
//! delays (`acknowledge_by`), the moment the département's admins hear of it if it is still
//! waiting (`escalate_by`), and how far its escalation went (`overdue_level`: 0 none,
//! 1 commander told, 2 admins told) — a conditional update of that column is what makes one
//! node, once, tell them.
//!
//! The open queue's index now orders by priority; a partial index over the reports still
//! waiting for acknowledgement serves the escalation sweep. Per-département delays live in
//! `departement_deadline` (absent: the node's `VIGIE_ACK_DEADLINE_MINUTES`).
//!
//! Reports still waiting when this migration runs get their deadlines from the default
//! delays (15 min, 2 h, 24 h, 72 h by urgency 3 to 0), counted from their filing; those
//! already past both steps of their escalation at the upgrade are marked as escalated, so
//! that the first sweep after an upgrade does not send the commanders and admins one notice
//! per old report (they are overdue in the queue all the same).

use sea_orm_migration::{
    prelude::*,
    schema::*,
    sea_orm::{ConnectionTrait, Statement},
};

#[derive(DeriveMigrationName)]
pub struct Migration;

const OPEN_QUEUE: &str = "CREATE INDEX ix_report_open_queue_priority ON report (brigade_id, priority DESC, id) \
     WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS')";
const OLD_OPEN_QUEUE: &str = "CREATE INDEX ix_report_open_queue ON report (brigade_id, urgency DESC, id) \
     WHERE status IN ('SUBMITTED', 'ACKNOWLEDGED', 'IN_PROGRESS')";
const WAITING: &str = "CREATE INDEX ix_report_waiting ON report (acknowledge_by) WHERE status = 'SUBMITTED'";

/// Default acknowledgement delays in minutes, by urgency 0 (low) to 3 (immediate).
const DEFAULT_MINUTES: [i64; 4] = [4320, 1440, 120, 15];

#[async_trait::async_trait]
impl MigrationTrait for Migration {
    async fn up(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        // SQLite adds one column per statement.
        let columns = [
            ColumnDef::new("priority").integer().not_null().default(1).to_owned(),
            ColumnDef::new("assignee_id").uuid().null().to_owned(),
            ColumnDef::new("acknowledge_by").timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new("escalate_by").timestamp_with_time_zone().null().to_owned(),
            ColumnDef::new("overdue_level").small_integer().not_null().default(0).to_owned(),
        ];
        for mut column in columns {
            manager.alter_table(Table::alter().table("report").add_column(&mut column).to_owned()).await?;
        }
        let db = manager.get_connection();
        db.execute_unprepared("UPDATE report SET priority = urgency").await?;
        backfill_deadlines(db).await?;
        manager.drop_index(Index::drop().name("ix_report_open_queue").table("report").to_owned()).await?;
        db.execute_unprepared(OPEN_QUEUE).await?;
        db.execute_unprepared(WAITING).await?;
        manager
            .create_index(
                Index::create().name("ix_report_assignee_id").table("report").col("assignee_id").to_owned(),
            )
            .await?;
        manager
            .create_table(
                Table::create()
                    .table("departement_deadline")
                    .col(string_len("departement", 3).primary_key())
                    .col(integer("urgent_minutes"))
                    .col(integer("high_minutes"))
                    .col(integer("normal_minutes"))
                    .col(integer("low_minutes"))
                    .col(timestamp_with_time_zone("updated_at"))
                    .col(uuid("updated_by"))
                    .to_owned(),
            )
            .await
    }

    async fn down(&self, manager: &SchemaManager) -> Result<(), DbErr> {
        manager.drop_table(Table::drop().table("departement_deadline").to_owned()).await?;
        for index in ["ix_report_assignee_id", "ix_report_waiting", "ix_report_open_queue_priority"] {
            manager.drop_index(Index::drop().name(index).table("report").to_owned()).await?;
        }
        manager.get_connection().execute_unprepared(OLD_OPEN_QUEUE).await?;
        for column in ["overdue_level", "escalate_by", "acknowledge_by", "assignee_id", "priority"] {
            manager.alter_table(Table::alter().table("report").drop_column(column).to_owned()).await?;
        }
        Ok(())
    }
}

/// Sets the deadlines of the reports still waiting for acknowledgement, in Rust so that both
/// backends store the timestamps as the application writes them.
async fn backfill_deadlines(db: &SchemaManagerConnection<'_>) -> Result<(), DbErr> {
    let backend = db.get_database_backend();
    let select = Statement::from_string(
        backend,
        "SELECT id, urgency, created_at FROM report WHERE status = 'SUBMITTED'",
    );
    let now = chrono::Utc::now();
    for row in db.query_all_raw(select).await? {
        let id: uuid::Uuid = row.try_get("", "id")?;
        let urgency: i32 = row.try_get("", "urgency")?;
        let created_at: chrono::DateTime<chrono::Utc> = row.try_get("", "created_at")?;
        let minutes = DEFAULT_MINUTES[usize::try_from(urgency.clamp(0, 3)).unwrap_or(0)];
        let delay = chrono::Duration::minutes(minutes);
        let (acknowledge_by, escalate_by) = (created_at + delay, created_at + delay + delay);
        // Long past both steps: not announced. A recent one still goes to its commander,
        // then its admins, as if the upgrade had always been there.
        let level: i16 = if escalate_by < now { 2 } else { 0 };
        let update = Query::update()
            .table("report")
            .value("acknowledge_by", acknowledge_by)
            .value("escalate_by", escalate_by)
            .value("overdue_level", level)
            .and_where(Expr::col("id").eq(id))
            .to_owned();
        db.execute(&update).await?;
    }
    Ok(())
}
