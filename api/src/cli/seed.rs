//! `vigie migrate` and `vigie seed`.

use std::path::PathBuf;

use migration::{Migrator, MigratorTrait};

use crate::{config::Config, db, demo};

pub async fn migrate(config: Config, down: Option<u32>) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    match down {
        Some(steps) => Migrator::down(&db, Some(steps)).await?,
        None => db::migrate(&db).await?,
    }
    println!("migrations: done");
    Ok(())
}

pub async fn run(config: Config, with_demo: bool, boundaries: Option<PathBuf>) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    if with_demo {
        demo::seed_demo(&db, &demo::demo_boundaries(boundaries.as_deref())?).await?;
        match boundaries {
            Some(file) => println!("demo territory loaded from {}", file.display()),
            None => println!("demo territory loaded (Territoire de Belfort, embedded boundaries)"),
        }
    } else {
        demo::seed_categories(&db).await?;
        println!("default categories loaded");
    }
    Ok(())
}
