//! `vigie backup --to DIR` and `vigie restore --from DIR`, for the embedded mode: a
//! consistent copy of the SQLite file taken while the node serves (`VACUUM INTO`: one read
//! transaction, writers go on), then the keys (token signing, authenticator sealing, media
//! signing: without them a restored node signs everyone out and cannot open the second
//! factors) and the media folder, with a manifest that checks the copy on restore.
//! PostgreSQL deployments back up with `pg_dump` and their bucket's own tools (README).

use std::path::{Path, PathBuf};

use anyhow::{Context, bail, ensure};
use sea_orm::{ConnectionTrait, DatabaseBackend, Statement};
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::{config::Config, db};

const FORMAT: &str = "vigie-backup/1";
const DATABASE: &str = "vigie.db";

/// What a backup holds, written last as `manifest.json`.
#[derive(Debug, Serialize, Deserialize)]
struct Manifest {
    format: String,
    created_at: chrono::DateTime<chrono::Utc>,
    vigie_version: String,
    /// The last migration the copy has.
    schema: String,
    database_sha256: String,
    database_bytes: u64,
    reports: i64,
    accounts: i64,
    media_files: u64,
    media_bytes: u64,
    /// Key files, by their name in `keys/`.
    keys: Vec<String>,
}

/// The key files of a node: the configured ones and the media key.
fn key_files(config: &Config) -> Vec<PathBuf> {
    vec![config.jwt_key_path(), config.totp_key_path(), config.data_dir.join("keys").join("media-hmac.key")]
}

pub async fn backup(config: Config, to: &Path) -> anyhow::Result<()> {
    let started = std::time::Instant::now();
    let db = db::connect(&config).await?;
    if db.get_database_backend() != DatabaseBackend::Sqlite {
        bail!(
            "`vigie backup` copies the embedded database; on PostgreSQL use pg_dump (see README, « Sauvegardes »)"
        );
    }
    if to.exists()
        && std::fs::read_dir(to).with_context(|| format!("reading {}", to.display()))?.next().is_some()
    {
        bail!("{} is not empty: a backup goes into a new folder", to.display());
    }
    std::fs::create_dir_all(to.join("keys")).with_context(|| format!("creating {}", to.display()))?;
    let copy = to.join(DATABASE);
    let target = copy.to_str().context("the backup folder's path is not UTF-8")?.replace('\'', "''");
    db.execute_unprepared(&format!("VACUUM INTO '{target}'")).await.context("copying the database")?;
    let (reports, accounts, schema) = summary(&db).await?;
    let mut keys = Vec::new();
    for file in key_files(&config).into_iter().filter(|file| file.exists()) {
        let name = file.file_name().and_then(|name| name.to_str()).context("key file name")?.to_owned();
        copy_private(&file, &to.join("keys").join(&name))?;
        keys.push(name);
    }
    // After the database: every photo the copy names was stored before it was taken.
    let (media_files, media_bytes) = copy_tree(&config.media_dir(), &to.join("media"))?;
    let manifest = Manifest {
        format: FORMAT.to_owned(),
        created_at: chrono::Utc::now(),
        vigie_version: env!("CARGO_PKG_VERSION").to_owned(),
        schema,
        database_sha256: sha256_of(&copy)?,
        database_bytes: std::fs::metadata(&copy)?.len(),
        reports,
        accounts,
        media_files,
        media_bytes,
        keys,
    };
    std::fs::write(to.join("manifest.json"), serde_json::to_vec_pretty(&manifest)?)?;
    println!(
        "backup: {} ({} reports, {} accounts, database {} bytes, {} media files, {} bytes) in {:.1} s",
        to.display(),
        manifest.reports,
        manifest.accounts,
        manifest.database_bytes,
        manifest.media_files,
        manifest.media_bytes,
        started.elapsed().as_secs_f64()
    );
    Ok(())
}

pub async fn restore(config: Config, from: &Path) -> anyhow::Result<()> {
    ensure!(
        config.database_url.is_none(),
        "`vigie restore` restores the embedded mode; on PostgreSQL use pg_restore"
    );
    let manifest: Manifest = serde_json::from_slice(
        &std::fs::read(from.join("manifest.json"))
            .with_context(|| format!("reading {}/manifest.json", from.display()))?,
    )
    .context("manifest.json is not a Vigie backup's")?;
    ensure!(manifest.format == FORMAT, "unknown backup format {}", manifest.format);
    let copy = from.join(DATABASE);
    ensure!(
        sha256_of(&copy)? == manifest.database_sha256,
        "{} does not match its manifest: damaged copy",
        copy.display()
    );
    let target = config.sqlite_path();
    ensure!(
        !target.exists(),
        "{} exists: restore into a new data folder (or move the current one aside first, with the node stopped)",
        target.display()
    );
    std::fs::create_dir_all(&config.data_dir)?;
    let staging = config.data_dir.join(".vigie.db.restoring");
    std::fs::copy(&copy, &staging).with_context(|| format!("copying {}", copy.display()))?;
    for (name, file) in manifest.keys.iter().map(|name| (name, from.join("keys").join(name))) {
        let destination = key_files(&config)
            .into_iter()
            .find(|path| path.file_name().and_then(|n| n.to_str()) == Some(name.as_str()))
            .with_context(|| format!("no place for key {name}"))?;
        ensure!(!destination.exists(), "{} exists: restore into a new data folder", destination.display());
        copy_private(&file, &destination)?;
    }
    let (files, _) = copy_tree(&from.join("media"), &config.media_dir())?;
    std::fs::rename(&staging, &target).context("putting the database in place")?;
    println!(
        "restored: {} reports, {} accounts, {} media files (backup of {}, schema {}) into {}",
        manifest.reports,
        manifest.accounts,
        files,
        manifest.created_at.to_rfc3339(),
        manifest.schema,
        config.data_dir.display()
    );
    Ok(())
}

/// Reports, accounts and the last applied migration of the copy's source.
async fn summary(db: &sea_orm::DatabaseConnection) -> anyhow::Result<(i64, i64, String)> {
    let sql = "SELECT (SELECT COUNT(*) FROM report) AS reports, (SELECT COUNT(*) FROM app_user) AS accounts, \
               (SELECT MAX(version) FROM seaql_migrations) AS schema";
    let row = db
        .query_one_raw(Statement::from_string(DatabaseBackend::Sqlite, sql))
        .await?
        .context("no summary row")?;
    Ok((row.try_get("", "reports")?, row.try_get("", "accounts")?, row.try_get("", "schema")?))
}

/// Copies a key file, readable by its owner only.
fn copy_private(from: &Path, to: &Path) -> anyhow::Result<()> {
    if let Some(parent) = to.parent() {
        std::fs::create_dir_all(parent)?;
    }
    let bytes = std::fs::read(from).with_context(|| format!("reading {}", from.display()))?;
    let mut options = std::fs::OpenOptions::new();
    options.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
    let mut file = options.open(to).with_context(|| format!("creating {}", to.display()))?;
    std::io::Write::write_all(&mut file, &bytes)?;
    Ok(())
}

/// Copies a folder tree (missing: nothing); returns the files and bytes copied.
fn copy_tree(from: &Path, to: &Path) -> anyhow::Result<(u64, u64)> {
    if !from.exists() {
        return Ok((0, 0));
    }
    std::fs::create_dir_all(to)?;
    let (mut files, mut bytes) = (0, 0);
    for entry in std::fs::read_dir(from).with_context(|| format!("reading {}", from.display()))? {
        let entry = entry?;
        let kind = entry.file_type()?;
        let target = to.join(entry.file_name());
        if kind.is_dir() {
            let (f, b) = copy_tree(&entry.path(), &target)?;
            files += f;
            bytes += b;
        } else if kind.is_file() {
            bytes += std::fs::copy(entry.path(), &target)
                .with_context(|| format!("copying {}", entry.path().display()))?;
            files += 1;
        }
    }
    Ok((files, bytes))
}

fn sha256_of(path: &Path) -> anyhow::Result<String> {
    let mut file = std::fs::File::open(path).with_context(|| format!("opening {}", path.display()))?;
    let mut hasher = Sha256::new();
    std::io::copy(&mut file, &mut hasher)?;
    Ok(hasher.finalize().iter().map(|byte| format!("{byte:02x}")).collect())
}
