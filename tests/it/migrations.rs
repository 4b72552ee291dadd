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
        "abuse_flag",
        "departement_deadline",
        "identity_read",
        "incident",
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

/// Reports already waiting when brigade work arrives (migration 16) get their deadlines from
/// their filing; one already past both steps is marked so, and is not announced again. The
/// default categories get their incident group when incidents arrive (migration 18).
#[tokio::test]
async fn reports_waiting_at_the_upgrade_get_their_deadlines() {
    use entity::report;
    use sea_orm::EntityTrait;
    let database = TestDatabase::demo().await;
    let db = &database.db;
    Migrator::down(db, Some(3)).await.expect("back to before brigade work");
    let backend = db.get_database_backend();
    let now = chrono::Utc::now();
    let old = (uuid::Uuid::now_v7(), 3, now - chrono::Duration::days(3));
    let fresh = (uuid::Uuid::now_v7(), 1, now);
    for (n, (id, urgency, filed)) in [old, fresh].into_iter().enumerate() {
        let insert = Statement::from_sql_and_values(
            backend,
            match backend {
                sea_orm::DatabaseBackend::Postgres => {
                    "INSERT INTO report (id, reporter_id, client_request_id, fingerprint, category_code, urgency, description, latitude, longitude, accuracy_meters, commune_code, brigade_id, routing_rule, status, duplicate_of, observed_at, created_at, updated_at, acknowledged_at) SELECT $1, u.id, $2, '', 'OTHER', $3, 'Avant la mise à jour.', 47.74, 6.89, NULL, '90052', b.id, 'COMMUNE_DEFAULT', 'SUBMITTED', NULL, $4, $4, $4, NULL FROM app_user u, brigade b WHERE u.email = 'habitant.giromagny@vigie.test' AND b.code = 'COB-GIROMAGNY'"
                }
                _ => {
                    "INSERT INTO report (id, reporter_id, client_request_id, fingerprint, category_code, urgency, description, latitude, longitude, accuracy_meters, commune_code, brigade_id, routing_rule, status, duplicate_of, observed_at, created_at, updated_at, acknowledged_at) SELECT ?, u.id, ?, '', 'OTHER', ?, 'Avant la mise à jour.', 47.74, 6.89, NULL, '90052', b.id, 'COMMUNE_DEFAULT', 'SUBMITTED', NULL, ?, ?, ?, NULL FROM app_user u, brigade b WHERE u.email = 'habitant.giromagny@vigie.test' AND b.code = 'COB-GIROMAGNY'"
                }
            },
            match backend {
                sea_orm::DatabaseBackend::Postgres => {
                    vec![id.into(), format!("upgrade-{n}").into(), urgency.into(), filed.into()]
                }
                _ => vec![
                    id.into(),
                    format!("upgrade-{n}").into(),
                    urgency.into(),
                    filed.into(),
                    filed.into(),
                    filed.into(),
                ],
            },
        );
        db.execute_raw(insert).await.expect("a report filed before the upgrade");
    }
    Migrator::up(db, None).await.expect("up again");
    let read = |id: uuid::Uuid| report::Entity::find_by_id(entity::ids::ReportId(id)).one(db);
    // Minutes after filing, to the second (timestamps lose their nanoseconds when stored).
    let after = |at: Option<chrono::DateTime<chrono::Utc>>, filed: chrono::DateTime<chrono::Utc>| {
        at.map(|at| ((at - filed).num_milliseconds() as f64 / 60_000.0).round() as i64)
    };
    let old_row = read(old.0).await.expect("read").expect("the old report");
    assert_eq!(after(old_row.acknowledge_by, old.2), Some(15));
    assert_eq!(after(old_row.escalate_by, old.2), Some(30));
    assert_eq!((old_row.overdue_level, old_row.priority), (2, 3), "past both steps: not announced again");
    // Migration 18 gives the default categories seen around one intrusion their group.
    let burglary = entity::category::Entity::find_by_id("BURGLARY".to_owned()).one(db).await.expect("read");
    assert_eq!(burglary.and_then(|row| row.incident_group).as_deref(), Some("INTRUSION"));
    let fresh_row = read(fresh.0).await.expect("read").expect("the fresh report");
    assert_eq!(after(fresh_row.acknowledge_by, fresh.2), Some(1440));
    assert_eq!((fresh_row.overdue_level, fresh_row.priority), (0, 1));
}
