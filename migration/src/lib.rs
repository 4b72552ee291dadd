//! Vigie's schema, one migration per file, each with its `down`. Every migration runs on
//! SQLite (embedded mode) and PostgreSQL (production); a test applies them all up, down and
//! up again on both.

pub use sea_orm_migration::prelude::*;

mod m20261129_000001_territory;
mod m20261129_000002_accounts;
mod m20261129_000003_sessions_audit;
mod m20261130_000004_reports;
mod m20261130_000005_photos;
mod m20261130_000006_alerts;
mod m20261130_000007_administration;
mod m20261201_000008_notifications;
mod m20261201_000009_partnership;
mod m20261202_000010_read_paths;
mod m20261203_000011_session_epoch;
mod m20261205_000012_totp;
mod m20261205_000013_pending_registration;
mod m20261205_000014_sealed_totp;
mod m20261205_000015_identity_read;
mod m20261206_000016_brigade_work;
mod m20261206_000017_abuse_flag;
mod m20261206_000018_incident;

/// The ordered list of migrations.
#[derive(Debug)]
pub struct Migrator;

#[async_trait::async_trait]
impl MigratorTrait for Migrator {
    fn migrations() -> Vec<Box<dyn MigrationTrait>> {
        vec![
            Box::new(m20261129_000001_territory::Migration),
            Box::new(m20261129_000002_accounts::Migration),
            Box::new(m20261129_000003_sessions_audit::Migration),
            Box::new(m20261130_000004_reports::Migration),
            Box::new(m20261130_000005_photos::Migration),
            Box::new(m20261130_000006_alerts::Migration),
            Box::new(m20261130_000007_administration::Migration),
            Box::new(m20261201_000008_notifications::Migration),
            Box::new(m20261201_000009_partnership::Migration),
            Box::new(m20261202_000010_read_paths::Migration),
            Box::new(m20261203_000011_session_epoch::Migration),
            Box::new(m20261205_000012_totp::Migration),
            Box::new(m20261205_000013_pending_registration::Migration),
            Box::new(m20261205_000014_sealed_totp::Migration),
            Box::new(m20261205_000015_identity_read::Migration),
            Box::new(m20261206_000016_brigade_work::Migration),
            Box::new(m20261206_000017_abuse_flag::Migration),
            Box::new(m20261206_000018_incident::Migration),
        ]
    }
}

/// A foreign key from `table.column` to `target.id`-like column, named after its columns.
pub(crate) fn fk(
    table: &'static str,
    column: &'static str,
    target: &'static str,
    target_column: &'static str,
    on_delete: ForeignKeyAction,
) -> ForeignKeyCreateStatement {
    ForeignKey::create()
        .name(format!("fk_{table}_{column}"))
        .from(table, column)
        .to(target, target_column)
        .on_delete(on_delete)
        .on_update(ForeignKeyAction::Cascade)
        .to_owned()
}

/// A plain (or unique) index on `table(columns…)`, named after them.
pub(crate) fn index(table: &'static str, columns: &[&'static str], unique: bool) -> IndexCreateStatement {
    let mut index = Index::create();
    index.name(format!("ix_{table}_{}", columns.join("_"))).table(table);
    for column in columns {
        index.col(*column);
    }
    if unique {
        index.unique();
    }
    index.to_owned()
}
