//! `vigie commune join|leave|route …`: a prefecture's scripts bring communes into the
//! scheme and set category overrides, through the same services (and audit) as the admin
//! console.

use chrono::NaiveDate;
use clap::Subcommand;
use entity::brigade;
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter};

use crate::{
    admin::{
        communes::{self, ParticipationChange},
        routing_rules,
    },
    config::Config,
    db,
    identity::actor::Actor,
};

#[derive(Debug, Subcommand)]
pub enum CommuneCommand {
    /// Record a commune joining the scheme (protocol signed by prefect, mayor and force).
    Join {
        /// INSEE code of the commune.
        code: String,
        /// Effective date of the protocol (YYYY-MM-DD, today or earlier).
        #[arg(long)]
        on: NaiveDate,
        /// The protocol's reference.
        #[arg(long)]
        reference: Option<String>,
    },
    /// Record a commune leaving the scheme (its reports run to their end).
    Leave {
        code: String,
        #[arg(long)]
        on: NaiveDate,
        #[arg(long)]
        reference: Option<String>,
    },
    /// Send one category of reports made in a commune to another brigade; without
    /// `--brigade`, remove that override.
    Route {
        code: String,
        /// The category's code (e.g. INCIVILITIES).
        #[arg(long)]
        category: String,
        /// The brigade's code (e.g. PM-BELFORT).
        #[arg(long)]
        brigade: Option<String>,
    },
}

pub async fn run(config: Config, command: CommuneCommand) -> anyhow::Result<()> {
    let db = db::connect(&config).await?;
    db::migrate(&db).await?;
    let operator = Actor::operator();
    match command {
        CommuneCommand::Join { code, on, reference } => {
            let change =
                ParticipationChange { commune: code, participating: true, effective_on: on, reference };
            let commune = communes::set_participation(&db, &operator, change).await?;
            println!("commune {} ({}) joins the scheme on {on}", commune.code, commune.name);
        }
        CommuneCommand::Leave { code, on, reference } => {
            let change =
                ParticipationChange { commune: code, participating: false, effective_on: on, reference };
            let commune = communes::set_participation(&db, &operator, change).await?;
            println!("commune {} ({}) leaves the scheme on {on}", commune.code, commune.name);
        }
        CommuneCommand::Route { code, category, brigade } => {
            let brigade = match brigade {
                Some(code) => Some(
                    brigade::Entity::find()
                        .filter(brigade::Column::Code.eq(&code))
                        .one(&db)
                        .await?
                        .ok_or_else(|| anyhow::anyhow!("brigade {code} inconnue"))?
                        .id,
                ),
                None => None,
            };
            routing_rules::set(&db, &operator, &code, &category, brigade).await?;
            println!(
                "commune {code}: {category} → {}",
                if brigade.is_some() { "override set" } else { "override removed" }
            );
        }
    }
    Ok(())
}
