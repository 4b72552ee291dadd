//! Opening the database (embedded SQLite file or PostgreSQL) and applying migrations.

use std::{path::Path, time::Duration};

use anyhow::Context;
use migration::{Migrator, MigratorTrait};
use sea_orm::{
    ConnectOptions, ConnectionTrait, Database, DatabaseBackend, DatabaseConnection, DatabaseTransaction,
    DbBackend, DbErr, ExecResult, QueryResult, SqliteTransactionMode, Statement, TransactionOptions,
    TransactionTrait,
};

use crate::{bus::Notice, config::Config};

/// Connects to `DATABASE_URL`, or to the embedded SQLite file (created with its folder).
pub async fn connect(config: &Config) -> anyhow::Result<DatabaseConnection> {
    match &config.database_url {
        Some(url) => {
            tracing::info!(backend = url.scheme(), "connecting to the database");
            let acquire = Duration::from_secs(config.ops.db_acquire_timeout_secs.max(1));
            connect_url_with(url.expose(), config.db_max_connections, acquire).await
        }
        None => {
            std::fs::create_dir_all(&config.data_dir)
                .with_context(|| format!("creating the data directory {}", config.data_dir.display()))?;
            connect_sqlite_file(&config.sqlite_path(), config.db_max_connections).await
        }
    }
}

/// Connects to a URL (`postgres://…` or `sqlite://…`).
pub async fn connect_url(url: &str, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    connect_url_with(url, max_connections, DEFAULT_ACQUIRE).await
}

/// How long a request waits for a pooled connection before the database counts as away.
const DEFAULT_ACQUIRE: Duration = Duration::from_secs(5);

/// [`connect_url`], waiting at most `acquire` for a pooled connection.
pub async fn connect_url_with(
    url: &str,
    max_connections: u32,
    acquire: Duration,
) -> anyhow::Result<DatabaseConnection> {
    let mut options = ConnectOptions::new(url);
    tune(&mut options, max_connections, acquire);
    Database::connect(options).await.context("connecting to the database")
}

/// Opens (creating if needed) a SQLite file in WAL mode with foreign keys enforced.
pub async fn connect_sqlite_file(path: &Path, max_connections: u32) -> anyhow::Result<DatabaseConnection> {
    tracing::info!(path = %path.display(), "opening the embedded SQLite database");
    let path = path.to_owned();
    let mut options = ConnectOptions::new("sqlite://vigie.db");
    tune(&mut options, max_connections, WRITER_WAIT);
    options.map_sqlx_sqlite_opts(move |sqlite| {
        use sea_orm::sqlx::sqlite::{SqliteJournalMode, SqliteSynchronous};
        sqlite
            .filename(&path)
            .create_if_missing(true)
            .journal_mode(SqliteJournalMode::Wal)
            .synchronous(SqliteSynchronous::Normal)
            .foreign_keys(true)
            .busy_timeout(Duration::from_secs(10))
            // After a checkpoint, the log is cut back to 64 MiB at most.
            .pragma("journal_size_limit", "67108864")
    });
    Database::connect(options).await.context("opening the SQLite database")
}

fn tune(options: &mut ConnectOptions, max_connections: u32, acquire: Duration) {
    options
        .max_connections(max_connections)
        .min_connections(1)
        .connect_timeout(Duration::from_secs(10))
        .acquire_timeout(acquire)
        .sqlx_logging(false);
}

/// Applies every pending migration. On PostgreSQL, in one transaction under an advisory
/// lock: nodes started together on an empty database wait for the first, which migrates;
/// the others then find nothing left to do (and a failed migration leaves no half schema).
pub async fn migrate(db: &DatabaseConnection) -> anyhow::Result<()> {
    if db.get_database_backend() != DatabaseBackend::Postgres {
        return Migrator::up(db, None).await.context("applying migrations");
    }
    let txn = db.begin().await.context("beginning the migration")?;
    txn.execute_unprepared(&format!("SELECT pg_advisory_xact_lock({MIGRATION_LOCK})"))
        .await
        .context("waiting for another node's migration")?;
    Migrator::up(&txn, None).await.context("applying migrations")?;
    txn.commit().await.context("committing the migration")
}

/// The advisory lock key migrations run under ("vigie-mi" in ASCII).
const MIGRATION_LOCK: i64 = 0x7669_6769_652d_6d69;

/// The migrations not applied yet, by name (`serve --no-migrate` refuses to start on them).
pub async fn pending_migrations(db: &DatabaseConnection) -> anyhow::Result<Vec<String>> {
    let pending = Migrator::get_pending_migrations(db).await.context("reading the applied migrations")?;
    Ok(pending.iter().map(|migration| migration.name().to_owned()).collect())
}

/// Begins a transaction that will write. On SQLite, writers queue in the process first
/// (one at a time, in arrival order) and then take the write lock at once
/// (`BEGIN IMMEDIATE`): SQLite's own busy handler makes a waiting writer sleep in steps of up
/// to 100 ms, which under a steady load turned into a p99 of a third of a second; and a
/// deferred transaction that read first would fail with "database is locked" when it came to
/// write after a concurrent commit. PostgreSQL is unaffected.
pub async fn write(db: &DatabaseConnection) -> Result<Write, DbErr> {
    let file = (db.get_database_backend() == DatabaseBackend::Sqlite).then(|| sqlite_file(db));
    let turn = if let Some(file) = &file {
        let queued = sqlite_writers(file).lock_owned();
        let _waiting = Waiting::start();
        Some(
            tokio::time::timeout(WRITER_WAIT, queued)
                .await
                .map_err(|_| DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout))?,
        )
    } else {
        None
    };
    let options = TransactionOptions {
        sqlite_transaction_mode: Some(SqliteTransactionMode::Immediate),
        ..TransactionOptions::default()
    };
    let txn = db.begin_with_options(options).await?;
    Ok(Write { txn, held: std::sync::Mutex::new(Vec::new()), _turn: turn, file })
}

/// Writers of this process waiting for their turn (for `/metrics`).
static WAITING: std::sync::atomic::AtomicI64 = std::sync::atomic::AtomicI64::new(0);

/// How many writers wait for their turn on the embedded database now.
pub fn writers_waiting() -> i64 {
    WAITING.load(std::sync::atomic::Ordering::Relaxed)
}

/// Counts a writer in [`WAITING`] while it lives.
struct Waiting;

impl Waiting {
    fn start() -> Self {
        WAITING.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
        Self
    }
}

impl Drop for Waiting {
    fn drop(&mut self) {
        WAITING.fetch_sub(1, std::sync::atomic::Ordering::Relaxed);
    }
}

/// The pool's connections: in use, idle, and the most it opens.
pub fn pool_stats(db: &DatabaseConnection) -> (u32, u32, u32) {
    let (size, idle, max) = match db.get_database_backend() {
        DatabaseBackend::Postgres => {
            let pool = db.get_postgres_connection_pool();
            (pool.size(), pool.num_idle(), pool.options().get_max_connections())
        }
        _ => {
            let pool = db.get_sqlite_connection_pool();
            (pool.size(), pool.num_idle(), pool.options().get_max_connections())
        }
    };
    let idle = u32::try_from(idle).unwrap_or(u32::MAX);
    (size.saturating_sub(idle), idle, max)
}

/// How long a writer waits for its turn before giving up (SQLite's busy timeout, as before).
const WRITER_WAIT: Duration = Duration::from_secs(10);

/// The writer queue of an embedded database, one per SQLite file: a node has one, and
/// processes that open several (the tests) never make one file's writers wait for
/// another's.
fn sqlite_writers(file: &std::path::Path) -> std::sync::Arc<tokio::sync::Mutex<()>> {
    type Queues = std::sync::Mutex<
        std::collections::HashMap<std::path::PathBuf, std::sync::Arc<tokio::sync::Mutex<()>>>,
    >;
    static WRITERS: std::sync::OnceLock<Queues> = std::sync::OnceLock::new();
    let mut queues =
        WRITERS.get_or_init(Default::default).lock().unwrap_or_else(std::sync::PoisonError::into_inner);
    queues.entry(file.to_path_buf()).or_default().clone()
}

/// The file of an embedded (SQLite) database: what its writer queue and its event channel
/// are keyed by.
pub(crate) fn sqlite_file(db: &DatabaseConnection) -> std::path::PathBuf {
    db.get_sqlite_connection_pool().connect_options().get_filename().to_path_buf()
}

/// Truncates the embedded database's write-ahead log, between two writers: under a steady
/// load SQLite's automatic checkpoints never find a moment without readers and the log
/// grows without bound.
pub async fn checkpoint(db: &DatabaseConnection) -> Result<(), DbErr> {
    if db.get_database_backend() != DatabaseBackend::Sqlite {
        return Ok(());
    }
    let _turn = tokio::time::timeout(WRITER_WAIT, sqlite_writers(&sqlite_file(db)).lock_owned())
        .await
        .map_err(|_| DbErr::ConnectionAcquire(sea_orm::ConnAcquireErr::Timeout))?;
    db.execute_unprepared("PRAGMA wal_checkpoint(TRUNCATE)").await?;
    Ok(())
}

/// A write transaction that also announces what it changes (see [`crate::bus`]): the
/// notices go out if, and only if, it commits — on PostgreSQL with one `pg_notify` batch just
/// before `COMMIT`, in embedded mode to the process's subscribers just after.
pub struct Write {
    txn: DatabaseTransaction,
    /// Notices announced so far, sent at commit.
    held: std::sync::Mutex<Vec<Notice>>,
    /// Embedded mode: this writer's turn, released when the transaction ends.
    _turn: Option<tokio::sync::OwnedMutexGuard<()>>,
    /// Embedded mode: the database's file, whose subscribers hear the notices.
    file: Option<std::path::PathBuf>,
}

impl std::fmt::Debug for Write {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Write").finish_non_exhaustive()
    }
}

impl Write {
    /// Announces `notices` with this transaction's commit.
    pub async fn announce(&self, notices: &[Notice]) -> Result<(), DbErr> {
        self.held
            .lock()
            .map_err(|_| DbErr::Custom("notice list poisoned".into()))?
            .extend_from_slice(notices);
        Ok(())
    }

    /// Ends the transaction without keeping anything, and waits for it: its locks (a
    /// PostgreSQL advisory lock of the transaction, the embedded writer's turn) are free when
    /// this returns, as they may not yet be after a mere drop.
    pub async fn rollback(self) -> Result<(), DbErr> {
        let Self { txn, .. } = self;
        txn.rollback().await
    }

    /// Commits with the notices: inside the transaction on PostgreSQL (listeners on every
    /// node get them once it commits), to this process's subscribers after it in embedded mode.
    pub async fn commit(self) -> Result<(), DbErr> {
        let Self { txn, held, _turn, file } = self;
        let notices = held.into_inner().map_err(|_| DbErr::Custom("notice list poisoned".into()))?;
        let postgres = txn.get_database_backend() == DatabaseBackend::Postgres;
        if postgres && !notices.is_empty() {
            crate::bus::notify_in(&txn, &notices).await?;
        }
        txn.commit().await?;
        drop(_turn);
        if let Some(file) = file.filter(|_| !notices.is_empty()) {
            crate::bus::committed(&file, notices);
        }
        Ok(())
    }
}

#[async_trait::async_trait]
impl ConnectionTrait for Write {
    fn get_database_backend(&self) -> DbBackend {
        self.txn.get_database_backend()
    }

    async fn execute_raw(&self, stmt: Statement) -> Result<ExecResult, DbErr> {
        self.txn.execute_raw(stmt).await
    }

    async fn execute_unprepared(&self, sql: &str) -> Result<ExecResult, DbErr> {
        self.txn.execute_unprepared(sql).await
    }

    async fn query_one_raw(&self, stmt: Statement) -> Result<Option<QueryResult>, DbErr> {
        self.txn.query_one_raw(stmt).await
    }

    async fn query_all_raw(&self, stmt: Statement) -> Result<Vec<QueryResult>, DbErr> {
        self.txn.query_all_raw(stmt).await
    }
}

/// Whether `error` is a unique-constraint violation (a duplicate key): the caller turns it
/// into `CONFLICT` or a replay.
pub fn is_unique_violation(error: &DbErr) -> bool {
    matches!(error.sql_err(), Some(sea_orm::SqlErr::UniqueConstraintViolation(_)))
}
