//! The embedded mode's reference: the rows one filing writes — the report, its first
//! event, the brigade staff member's feed entry — inserted straight into a fresh SQLite file
//! (Vigie's schema, its pragmas: WAL, `synchronous=NORMAL`, `BEGIN IMMEDIATE`) by
//! `connections` writers, with no HTTP, GraphQL, authentication or routing.

use std::time::{Duration, Instant};

use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};

use super::stats::{self, Summary};

pub async fn run(file: &std::path::Path, connections: usize, duration: Duration) -> Summary {
    let _ = std::fs::remove_file(file);
    let db =
        vigie::db::connect_sqlite_file(file, u32::try_from(connections).unwrap_or(16)).await.expect("sqlite");
    vigie::db::migrate(&db).await.expect("schema");
    vigie::demo::seed_categories(&db).await.expect("categories");
    let setup = [
        "INSERT INTO brigade (id, code, name, kind, created_at, updated_at) VALUES (X'00000000000070008000000000000009', 'COB-GIROMAGNY', 'Communauté de brigades de Giromagny', 'GENDARMERIE', '2026-01-01', '2026-01-01')",
        "INSERT INTO commune (code, name, department, participating, brigade_id, boundary, updated_at) VALUES ('90052', 'Giromagny', '90', 1, X'00000000000070008000000000000009', '{}', '2026-01-01')",
        "INSERT INTO app_user (id, email, password_hash, display_name, role, sms_alerts, national_admin, commander, created_at, updated_at) VALUES (X'00000000000070008000000000000001', 'r@x', 'h', 'R', 'RESIDENT', 0, 0, 0, '2026-01-01', '2026-01-01')",
        "INSERT INTO app_user (id, email, password_hash, display_name, role, sms_alerts, national_admin, commander, created_at, updated_at) VALUES (X'00000000000070008000000000000002', 's@x', 'h', 'S', 'BRIGADE_STAFF', 0, 0, 0, '2026-01-01', '2026-01-01')",
    ];
    for sql in setup {
        db.execute_unprepared(sql).await.unwrap_or_else(|error| panic!("{sql}: {error}"));
    }
    let warm_until = Instant::now() + Duration::from_secs(1);
    let until = warm_until + duration;
    let workers = (0..connections).map(|worker| {
        let db = db.clone();
        async move {
            let mut histogram = stats::histogram();
            let mut errors = 0;
            let mut n = 0u64;
            while Instant::now() < until {
                n += 1;
                let started = Instant::now();
                let done = insert(&db, &format!("raw-{worker}-{n}")).await;
                let elapsed = started.elapsed();
                if started < warm_until {
                    continue;
                }
                match done {
                    Ok(()) => stats::record(&mut histogram, elapsed),
                    Err(_) => errors += 1,
                }
            }
            (histogram, errors)
        }
    });
    let mut summary = stats::gather(workers).await;
    let wal = std::fs::metadata(file.with_extension("db-wal")).map(|meta| meta.len() / (1024 * 1024)).ok();
    summary.extra.insert("wal_mib".into(), serde_json::json!(wal));
    summary
}

async fn insert(db: &sea_orm::DatabaseConnection, request: &str) -> Result<(), sea_orm::DbErr> {
    let txn = vigie::db::write(db).await?;
    let report = uuid::Uuid::now_v7();
    let now = chrono::Utc::now();
    let statement = |sql: &str, values: Vec<sea_orm::Value>| {
        Statement::from_sql_and_values(DatabaseBackend::Sqlite, sql, values)
    };
    txn.execute_raw(statement(
        "INSERT INTO report (id, reporter_id, client_request_id, fingerprint, category_code, urgency, description, latitude, longitude, accuracy_meters, commune_code, brigade_id, routing_rule, status, observed_at, created_at, updated_at) VALUES (?, X'00000000000070008000000000000001', ?, 'f', 'SUSPICIOUS_VEHICLE', 2, 'Une camionnette blanche tourne lentement dans le lotissement depuis une heure.', 47.74, 6.89, 8.0, '90052', X'00000000000070008000000000000009', 'COMMUNE_DEFAULT', 'SUBMITTED', ?, ?, ?)",
        vec![report.into(), request.into(), now.into(), now.into(), now.into()],
    ))
    .await?;
    txn.execute_raw(statement(
        "INSERT INTO report_event (id, report_id, kind, status, actor_id, actor_role, brigade_id, at) VALUES (?, ?, 'FILED', 'SUBMITTED', X'00000000000070008000000000000001', 'RESIDENT', X'00000000000070008000000000000009', ?)",
        vec![uuid::Uuid::now_v7().into(), report.into(), now.into()],
    ))
    .await?;
    txn.execute_raw(statement(
        "INSERT INTO notification (id, user_id, kind, title, body, report_id, commune_code, urgent, created_at) VALUES (?, X'00000000000070008000000000000002', 'QUEUE_REPORT', 'Nouveau signalement', 'Un signalement de votre file attend votre attention.', ?, '90052', 0, ?)",
        vec![uuid::Uuid::now_v7().into(), report.into(), now.into()],
    ))
    .await?;
    txn.commit().await
}
