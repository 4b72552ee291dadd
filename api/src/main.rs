//! The `vigie` binary: parse the command line, set up logging, run the subcommand.

#![deny(clippy::unwrap_used, clippy::expect_used)]

use clap::Parser;
use tracing_subscriber::{EnvFilter, fmt};
use vigie::{cli::Cli, config::LogFormat};

#[tokio::main]
async fn main() -> std::process::ExitCode {
    let cli = Cli::parse();
    let filter = EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn"));
    let builder = fmt().with_env_filter(filter).with_writer(std::io::stderr);
    match cli.config.log_format {
        LogFormat::Json => builder.json().init(),
        LogFormat::Text => builder.init(),
    }
    match vigie::cli::run(cli).await {
        Ok(()) => std::process::ExitCode::SUCCESS,
        Err(error) => {
            eprintln!("vigie: {error:#}");
            std::process::ExitCode::FAILURE
        }
    }
}
