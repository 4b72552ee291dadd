//! `vigie-bench`: the load generator behind `scripts/bench`. It drives a running Vigie node
//! over its public API as the app and the consoles do (GraphQL over HTTP, subscriptions over
//! `graphql-transport-ws`), records each latency in an HDR histogram, and prints a table
//! line and a JSON line per run. `raw-sqlite` is the embedded mode's reference: the same rows
//! inserted straight into SQLite with the same durability settings.

// A benchmark driver reports failures by panicking, like a test.
#![allow(clippy::expect_used, clippy::unwrap_used)]

mod load;
mod raw_sqlite;
mod setup;
mod stats;
mod subscribers;

use std::time::Duration;

use clap::{Parser, Subcommand};

#[derive(Parser)]
#[command(name = "vigie-bench", about = "Load generator for Vigie")]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Runs a scenario against a node.
    Run {
        /// `file-report`, `my-reports`, `brigade-queue`, `commune-activity`, `mixed` or
        /// `subscribers`.
        scenario: String,
        /// The node's base URL.
        #[arg(long, default_value = "http://127.0.0.1:8080")]
        url: String,
        /// Concurrent connections (requests in flight).
        #[arg(long, default_value_t = 16)]
        connections: usize,
        /// Enrolled residents the load is spread over.
        #[arg(long, default_value_t = 32)]
        residents: usize,
        /// Seconds of load (after one second of warm-up).
        #[arg(long, default_value_t = 15)]
        seconds: u64,
        /// `subscribers`: open subscriptions.
        #[arg(long, default_value_t = 10_000)]
        subscriptions: usize,
        /// `subscribers`: the node's process id, to read its memory.
        #[arg(long)]
        server_pid: Option<u32>,
        /// On a database filled by `fill.sql`: its busiest commune (sign in its residents and
        /// mayor instead of registering).
        #[arg(long, requires = "filled_staff")]
        filled_commune: Option<String>,
        /// On a database filled by `fill.sql`: the e-mail of its busiest brigade's staff member.
        #[arg(long, requires = "filled_commune")]
        filled_staff: Option<String>,
        /// A label for the output (e.g. `sqlite`, `postgres`).
        #[arg(long, default_value = "")]
        label: String,
    },
    /// Inserts the rows of a filing straight into a fresh SQLite file (the reference).
    RawSqlite {
        #[arg(long)]
        file: std::path::PathBuf,
        #[arg(long, default_value_t = 16)]
        connections: usize,
        #[arg(long, default_value_t = 15)]
        seconds: u64,
    },
}

#[tokio::main]
async fn main() {
    match Cli::parse().command {
        Command::Run {
            scenario,
            url,
            connections,
            residents,
            seconds,
            subscriptions,
            server_pid,
            filled_commune,
            filled_staff,
            label,
        } => {
            let duration = Duration::from_secs(seconds);
            let filled =
                filled_commune.zip(filled_staff).map(|(commune, staff)| setup::Filled { commune, staff });
            let world = setup::World::prepare(&url, residents, filled.as_ref()).await;
            let summary = match scenario.as_str() {
                "subscribers" => subscribers::run(&world, subscriptions, server_pid).await,
                other => {
                    let kind = load::Kind::parse(other).unwrap_or_else(|| panic!("unknown scenario {other}"));
                    load::run(&world, kind, connections, duration).await
                }
            };
            summary.print(&scenario, &label, connections);
        }
        Command::RawSqlite { file, connections, seconds } => {
            let summary = raw_sqlite::run(&file, connections, Duration::from_secs(seconds)).await;
            summary.print("raw-sqlite", "sqlite", connections);
        }
    }
}
