//! The demo database is built once per test run — migrations, 102 communes with their
//! boundaries, brigades, the demo accounts and their Argon2 hashes — and copied for each
//! test: a file copy on SQLite, `CREATE DATABASE … TEMPLATE` on PostgreSQL.

use std::{path::PathBuf, sync::OnceLock};

use sea_orm::ConnectionTrait;

/// The prepared demo database.
pub enum Template {
    /// A closed SQLite file.
    Sqlite(PathBuf),
    /// A PostgreSQL database nobody connects to.
    Postgres(String),
}

static TEMPLATE: OnceLock<Template> = OnceLock::new();

/// The template, prepared by the first test that asks (the others wait for it).
pub fn get() -> &'static Template {
    TEMPLATE.get_or_init(|| {
        // Each test has its own runtime: prepare on a runtime of our own, on its own thread.
        std::thread::spawn(|| {
            let runtime =
                tokio::runtime::Builder::new_current_thread().enable_all().build().expect("template runtime");
            runtime.block_on(prepare())
        })
        .join()
        .expect("the demo template is prepared")
    })
}

async fn seed(db: &sea_orm::DatabaseConnection) {
    vigie::db::migrate(db).await.expect("migrations apply");
    let communes = vigie::demo::demo_boundaries(None).expect("embedded demo boundaries");
    vigie::demo::seed_demo(db, &communes).await.expect("demo seed");
}

async fn prepare() -> Template {
    match std::env::var("TEST_DATABASE_URL") {
        Ok(admin_url) => {
            let name = format!("vigie_template_{}", uuid::Uuid::new_v4().simple());
            let admin = vigie::db::connect_url(&admin_url, 1).await.expect("connect to TEST_DATABASE_URL");
            admin.execute_unprepared(&format!("CREATE DATABASE \"{name}\"")).await.expect("create template");
            admin.close().await.expect("close admin connection");
            let db =
                vigie::db::connect_url(&crate::database_url(&admin_url, &name), 2).await.expect("connect");
            seed(&db).await;
            db.close().await.expect("close the template");
            Template::Postgres(name)
        }
        Err(_) => {
            let dir = std::env::temp_dir().join(format!("vigie-template-{}", std::process::id()));
            std::fs::create_dir_all(&dir).expect("template dir");
            let path = dir.join("vigie.db");
            let _ = std::fs::remove_file(&path);
            let db = vigie::db::connect_sqlite_file(&path, 1).await.expect("open SQLite");
            seed(&db).await;
            // Closing the last connection checkpoints the WAL into the file.
            db.close().await.expect("close the template");
            Template::Sqlite(path)
        }
    }
}
