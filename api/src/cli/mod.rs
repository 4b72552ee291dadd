//! The `vigie` command line: one binary to serve, migrate, seed, import and manage users.

mod backup;
mod bilan;
mod commune;
mod import;
mod probe;
mod retention;
mod seed;
mod serve;
mod user;
mod user_list;

use std::path::PathBuf;

use clap::{Parser, Subcommand};

use crate::config::Config;

/// Vigie — the backend of participation citoyenne.
#[derive(Debug, Parser)]
#[command(name = "vigie", version, about)]
pub struct Cli {
    #[command(flatten)]
    pub config: Config,

    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Serve the API (the default); migrations are applied at start.
    Serve {
        /// Load the demo territory (Territoire de Belfort) before serving; safe every time.
        #[arg(long)]
        demo: bool,
        /// Do not migrate (deployments that run `vigie migrate` as a separate step); the
        /// node refuses to start while a migration is pending.
        #[arg(long)]
        no_migrate: bool,
    },
    /// Apply pending migrations, or roll back with `--down N`.
    Migrate {
        /// Roll back this many migrations instead.
        #[arg(long)]
        down: Option<u32>,
    },
    /// Load reference data: the default categories, and with `--demo` the demo territory.
    Seed {
        #[arg(long)]
        demo: bool,
        /// The demo boundary file (default: the Territoire de Belfort, embedded).
        #[arg(long)]
        boundaries: Option<PathBuf>,
    },
    /// Manage accounts.
    User {
        #[command(subcommand)]
        command: user::UserCommand,
    },
    /// Communes in the scheme and their category overrides.
    Commune {
        #[command(subcommand)]
        command: commune::CommuneCommand,
    },
    /// Import jurisdictions.
    Import {
        #[command(subcommand)]
        command: import::ImportCommand,
    },
    /// A commune's annual bilan as CSV (counts under 5 suppressed).
    Bilan {
        /// The commune's INSEE code.
        #[arg(long)]
        commune: String,
        #[arg(long)]
        year: i32,
    },
    /// Retention: anonymise and delete what has been kept long enough.
    Retention {
        #[command(subcommand)]
        command: retention::RetentionCommand,
    },
    /// Copy the embedded database (consistent, while serving), keys and media into a new
    /// folder.
    Backup {
        #[arg(long)]
        to: PathBuf,
    },
    /// Restore a backup into an empty data folder (the node stopped).
    Restore {
        #[arg(long)]
        from: PathBuf,
    },
    /// Exit 0 when this node (`VIGIE_LISTEN`) is ready: the container's health check.
    Probe,
    /// Print the GraphQL schema (SDL), as checked in at schema.graphql.
    Schema,
}

/// Runs the parsed command line.
pub async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = cli.config;
    match cli.command.unwrap_or(Command::Serve { demo: false, no_migrate: false }) {
        Command::Serve { demo, no_migrate } => serve::run(config, demo, !no_migrate).await,
        Command::Migrate { down } => seed::migrate(config, down).await,
        Command::Seed { demo, boundaries } => seed::run(config, demo, boundaries).await,
        Command::User { command } => user::run(config, command).await,
        Command::Import { command } => import::run(config, command).await,
        Command::Commune { command } => commune::run(config, command).await,
        Command::Retention { command } => retention::run(config, command).await,
        Command::Bilan { commune, year } => bilan::run(config, &commune, year).await,
        Command::Backup { to } => backup::backup(config, &to).await,
        Command::Restore { from } => backup::restore(config, &from).await,
        Command::Probe => probe::run(config).await,
        Command::Schema => {
            print!("{}", crate::graphql::sdl());
            Ok(())
        }
    }
}
