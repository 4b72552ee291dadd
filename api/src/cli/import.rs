//! `vigie import communes|brigades <file>`.

use std::path::PathBuf;

use clap::Subcommand;

use crate::{
    config::Config,
    db,
    territory::{brigade_import, import},
};

#[derive(Debug, Subcommand)]
pub enum ImportCommand {
    /// Commune boundaries from a GeoJSON FeatureCollection (properties `code`, `nom`).
    Communes { file: PathBuf },
    /// Brigades and the communes they cover, from CSV or GeoJSON.
    Brigades { file: PathBuf },
}

pub async fn run(config: Config, command: ImportCommand) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    match command {
        ImportCommand::Communes { file } => {
            let summary = import::import_communes(&db, &import::read_feature_collection(&file)?).await?;
            println!("communes: {} inserted, {} updated", summary.inserted, summary.updated);
        }
        ImportCommand::Brigades { file } => {
            let records = brigade_import::read_brigades_file(&file)?;
            let summary = brigade_import::import_brigades(&db, &records).await?;
            println!(
                "brigades: {} inserted, {} updated; {} communes assigned",
                summary.brigades.inserted, summary.brigades.updated, summary.communes_assigned
            );
        }
    }
    Ok(())
}
