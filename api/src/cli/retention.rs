//! `vigie retention run [--dry-run]`: the retention job by hand (the nodes also run it on
//! their own, every `VIGIE_RETENTION_INTERVAL_SECS`).

use clap::Subcommand;

use crate::{
    config::Config,
    db,
    media::PhotoStore,
    privacy::retention::{self, Durations, Run},
};

#[derive(Debug, Subcommand)]
pub enum RetentionCommand {
    /// Anonymises and deletes what has been kept long enough, and prints what it did.
    Run {
        /// Prints what would be done, and changes nothing.
        #[arg(long)]
        dry_run: bool,
    },
}

pub async fn run(config: Config, command: RetentionCommand) -> anyhow::Result<()> {
    let RetentionCommand::Run { dry_run } = command;
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    let store = PhotoStore::from_config(&config)?;
    let photos = crate::media::service::Photos {
        db: &db,
        store: &store,
        limits: crate::media::service::Limits::from_config(&config),
    };
    match retention::run(&db, photos, Durations::from_config(&config), dry_run).await? {
        Run::Busy => println!("retention is running on another node; nothing done"),
        Run::Done(counts) => {
            let verb = if dry_run { "would be" } else { "were" };
            println!("{} reports {verb} anonymised", counts.reports_anonymised);
            println!("{} photos {verb} deleted", counts.photos_deleted);
            println!("{} registrations never approved {verb} deleted", counts.registrations_deleted);
            println!("{} delivered outbox messages {verb} deleted", counts.outbox_deleted);
            println!("{} audit entries {verb} deleted", counts.audit_deleted);
            println!("{} read-log entries {verb} deleted", counts.read_log_deleted);
            println!("{} decided abuse flags {verb} deleted", counts.abuse_flags_deleted);
            println!("{} closed partnership cases {verb} deleted", counts.closed_cases_deleted);
            println!("{} expired sessions and codes {verb} deleted", counts.expired_credentials_deleted);
        }
    }
    Ok(())
}
