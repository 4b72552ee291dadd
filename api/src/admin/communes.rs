//! Communes in the scheme: a protocol signed by the prefect, the mayor and the gendarmerie
//! or police makes a commune join; another ends it. Each period is kept (joined on, left on,
//! references). A commune that leaves stops taking new reports and registrations at once
//! (routing refuses it on every node); its existing reports run to their end.

use chrono::{NaiveDate, Utc};
use entity::{commune, commune_participation};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, IntoActiveModel, QueryFilter, QueryOrder,
    QuerySelect,
};
use serde_json::json;
use uuid::Uuid;

use crate::identity::actor::Actor;
use crate::{
    error::{AppError, AppResult},
    identity::audit,
    routing::store::bump_revision,
    text,
};

/// Most periods of one commune's history that are listed.
pub const MAX_PERIODS: u64 = 50;

/// A change of participation as an admin records it.
#[derive(Clone, Debug)]
pub struct ParticipationChange {
    pub commune: String,
    pub participating: bool,
    /// The protocol's effective date (today or earlier).
    pub effective_on: NaiveDate,
    pub reference: Option<String>,
}

/// Records a commune joining or leaving the scheme, with its history and an audit entry, in
/// one transaction; bumps the routing revision so every node routes accordingly.
pub async fn set_participation(
    db: &DatabaseConnection,
    actor: &Actor,
    change: ParticipationChange,
) -> AppResult<commune::Model> {
    let reference = match change.reference.as_deref() {
        Some(raw) => text::clean_line(raw, "protocolReference", 100)?,
        None => None,
    };
    if change.effective_on > Utc::now().date_naive() {
        return Err(AppError::bad_input("effectiveOn", "La date d'effet ne peut pas être dans le futur."));
    }
    let txn = crate::db::write(db).await?;
    let commune = commune::Entity::find_by_id(change.commune.trim().to_owned())
        .one(&txn)
        .await?
        .filter(|row| actor.reach.covers(&row.department))
        .ok_or(AppError::NotFound("Commune"))?;
    if commune.participating == change.participating {
        let state = if commune.participating { "participe déjà" } else { "ne participe pas" };
        return Err(AppError::Conflict(format!("{} {state} au dispositif.", commune.name)));
    }
    let open = commune_participation::Entity::find()
        .filter(commune_participation::Column::CommuneCode.eq(&commune.code))
        .filter(commune_participation::Column::LeftOn.is_null())
        .order_by_desc(commune_participation::Column::UpdatedAt)
        .one(&txn)
        .await?;
    let now = Utc::now();
    if change.participating {
        commune_participation::Entity::insert(commune_participation::ActiveModel {
            id: Set(Uuid::now_v7()),
            commune_code: Set(commune.code.clone()),
            joined_on: Set(Some(change.effective_on)),
            protocol_reference: Set(reference.clone()),
            left_on: Set(None),
            leaving_reference: Set(None),
            recorded_by: Set(actor.id),
            updated_at: Set(now),
        })
        .exec_without_returning(&txn)
        .await?;
    } else {
        if let Some(joined) = open.as_ref().and_then(|period| period.joined_on)
            && change.effective_on < joined
        {
            return Err(AppError::bad_input(
                "effectiveOn",
                "La commune ne peut pas partir avant d'avoir adhéré.",
            ));
        }
        match open {
            Some(period) => {
                let mut period = period.into_active_model();
                period.left_on = Set(Some(change.effective_on));
                period.leaving_reference = Set(reference.clone());
                period.recorded_by = Set(actor.id);
                period.updated_at = Set(now);
                commune_participation::Entity::update(period).exec(&txn).await?;
            }
            // Joined before the history was kept: the period opened on an unknown date.
            None => {
                commune_participation::Entity::insert(commune_participation::ActiveModel {
                    id: Set(Uuid::now_v7()),
                    commune_code: Set(commune.code.clone()),
                    joined_on: Set(commune.participating_since),
                    protocol_reference: Set(None),
                    left_on: Set(Some(change.effective_on)),
                    leaving_reference: Set(reference.clone()),
                    recorded_by: Set(actor.id),
                    updated_at: Set(now),
                })
                .exec_without_returning(&txn)
                .await?;
            }
        }
    }
    let mut row = commune.into_active_model();
    row.participating = Set(change.participating);
    row.participating_since = Set(change.participating.then_some(change.effective_on));
    row.updated_at = Set(now);
    let commune = commune::Entity::update(row).exec(&txn).await?;
    bump_revision(&txn).await?;
    let action = if change.participating { "commune.joined" } else { "commune.left" };
    let entry = actor.audit(action).target("commune", commune.code.clone()).detail(json!({
        "effectiveOn": change.effective_on.to_string(),
        "protocolReference": reference,
    }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(commune)
}

/// The periods of participation of commune `code`, newest first (an admin reaching it).
pub async fn history(
    db: &DatabaseConnection,
    actor: &Actor,
    code: &str,
) -> AppResult<Vec<commune_participation::Model>> {
    let commune = commune::Entity::find_by_id(code.trim().to_owned())
        .one(db)
        .await?
        .filter(|row| actor.reach.covers(&row.department))
        .ok_or(AppError::NotFound("Commune"))?;
    Ok(commune_participation::Entity::find()
        .filter(commune_participation::Column::CommuneCode.eq(&commune.code))
        .order_by_desc(commune_participation::Column::UpdatedAt)
        .order_by_desc(commune_participation::Column::Id)
        .limit(MAX_PERIODS)
        .all(db)
        .await?)
}
