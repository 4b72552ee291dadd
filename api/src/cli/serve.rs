//! `vigie serve`: migrate (unless `--no-migrate`: then the schema must be current), optionally seed the demo, load the routing index, serve until
//! SIGTERM or Ctrl-C.

use anyhow::Context;

use crate::{config::Config, db, demo, state::AppState};

pub async fn run(config: Config, seed_demo: bool, migrate: bool) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    if migrate {
        db::migrate(&db).await?;
    } else {
        let pending = db::pending_migrations(&db).await?;
        anyhow::ensure!(
            pending.is_empty(),
            "{} migration(s) not applied ({}): run `vigie migrate` first",
            pending.len(),
            pending.join(", ")
        );
    }
    if seed_demo {
        let communes = demo::demo_boundaries(None)?;
        demo::seed_demo(&db, &communes).await.context("seeding the demo territory")?;
    } else {
        demo::seed_categories(&db).await?;
    }
    if config.database_url.is_none() {
        std::fs::create_dir_all(config.media_dir()).context("creating the media directory")?;
    }
    let listener = tokio::net::TcpListener::bind(config.listen)
        .await
        .with_context(|| format!("binding {}", config.listen))?;
    let state = AppState::new(db, config).await?;
    if seed_demo && let Err(error) = demo::activity::play(&state).await {
        tracing::warn!(error = format!("{error:#}"), "the demo's activity could not be played in full");
    }
    tracing::info!(address = %listener.local_addr()?, "Vigie is serving; consoles at /console/, GraphiQL at /graphiql");
    crate::serve(listener, state, crate::shutdown_signal()).await
}
