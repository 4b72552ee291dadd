//! `vigie bilan --commune CODE --year YEAR`: a commune's annual bilan as CSV on standard
//! output (small counts suppressed, as in the API).

use crate::{config::Config, db, privacy::bilan};

pub async fn run(config: Config, commune: &str, year: i32) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    let bilan = bilan::compute(&db, commune, year).await?;
    print!("{}", bilan::csv(&bilan));
    Ok(())
}
