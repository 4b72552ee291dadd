//! Every migration applies, rolls back and applies again on the backend under test.

use migration::{Migrator, MigratorTrait};
use sea_orm::{ConnectionTrait, Statement};
use vigie_tests::TestDatabase;

async fn table_exists(database: &TestDatabase, table: &str) -> bool {
    let db = &database.db;
    let sql = match db.get_database_backend() {
        sea_orm::DatabaseBackend::Sqlite => {
            format!("SELECT name FROM sqlite_master WHERE type = 'table' AND name = '{table}'")
        }
        _ => format!(
            "SELECT tablename FROM pg_tables WHERE schemaname = current_schema() AND tablename = '{table}'"
        ),
    };
    let rows = db
        .query_all_raw(Statement::from_string(db.get_database_backend(), sql))
        .await
        .expect("catalog query");
    !rows.is_empty()
}

#[tokio::test]
async fn migrations_go_up_down_and_up_again() {
    let database = TestDatabase::blank().await;
    // Every table an entity maps.
    let tables = [
        "admin_department",
        "app_user",
        "audit_event",
        "brigade",
        "broadcast",
        "broadcast_commune",
        "category",
        "commune",
        "commune_participation",
        "coordinator_commune",
        "device",
        "intervention_alert",
        "notification",
        "notification_preference",
        "outbox",
        "partner_organisation",
        "photo",
        "problem_case",
        "problem_case_action",
        "problem_case_category",
        "problem_case_commune",
        "problem_case_meeting",
        "problem_case_member",
        "problem_case_report",
        "referent_assignment",
        "refresh_token",
        "report",
        "report_event",
        "routing_revision",
        "routing_rule",
        "security_request",
        "security_request_message",
    ];

    Migrator::up(&database.db, None).await.expect("first up");
    for table in tables {
        assert!(table_exists(&database, table).await, "{table} missing after up");
    }
    assert!(Migrator::get_pending_migrations(&database.db).await.expect("status").is_empty());

    Migrator::down(&database.db, None).await.expect("down");
    for table in tables {
        assert!(!table_exists(&database, table).await, "{table} left after down");
    }

    Migrator::up(&database.db, None).await.expect("second up");
    for table in tables {
        assert!(table_exists(&database, table).await, "{table} missing after the second up");
    }
    println!("migrations up/down/up on {}", vigie_tests::backend_name());
}
