//! Category overrides per commune (incivilités in Belfort → its police municipale): each
//! change bumps the routing revision in the same transaction, so every node reroutes.

use chrono::Utc;
use entity::{brigade, category, commune, enums::Role, routing_rule};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::OnConflict,
};
use serde_json::json;
use uuid::Uuid;

use crate::identity::actor::Actor;
use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, audit, policy},
    ids::BrigadeId,
    routing::store::bump_revision,
};

/// Sends reports of `category` made in `commune` to `brigade`, or (`None`) back to the
/// commune's default brigade.
pub async fn set(
    db: &DatabaseConnection,
    actor: &Actor,
    commune: &str,
    category: &str,
    brigade: Option<BrigadeId>,
) -> AppResult<commune::Model> {
    let txn = crate::db::write(db).await?;
    let commune = commune::Entity::find_by_id(commune.trim().to_owned())
        .one(&txn)
        .await?
        .filter(|row| actor.reach.covers(&row.department))
        .ok_or(AppError::NotFound("Commune"))?;
    let category = category::Entity::find_by_id(category.trim().to_owned())
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::bad_input("categoryCode", "Catégorie inconnue."))?;
    match brigade {
        Some(id) => {
            let brigade = brigade::Entity::find_by_id(id)
                .one(&txn)
                .await?
                .filter(|row| row.department.as_deref().is_some_and(|code| actor.reach.covers(code)))
                .ok_or_else(|| AppError::bad_input("brigadeId", "Brigade inconnue."))?;
            let row = routing_rule::ActiveModel {
                id: Set(Uuid::now_v7()),
                commune_code: Set(commune.code.clone()),
                category_code: Set(category.code.clone()),
                brigade_id: Set(brigade.id),
                created_at: Set(Utc::now()),
            };
            routing_rule::Entity::insert(row)
                .on_conflict(
                    OnConflict::columns([
                        routing_rule::Column::CommuneCode,
                        routing_rule::Column::CategoryCode,
                    ])
                    .update_column(routing_rule::Column::BrigadeId)
                    .to_owned(),
                )
                .exec_without_returning(&txn)
                .await?;
            let entry = actor
                .audit("routing_rule.set")
                .target("commune", commune.code.clone())
                .detail(json!({ "category": category.code, "brigade": brigade.code }));
            audit::record(&txn, entry).await?;
        }
        None => {
            let removed = routing_rule::Entity::delete_many()
                .filter(routing_rule::Column::CommuneCode.eq(&commune.code))
                .filter(routing_rule::Column::CategoryCode.eq(&category.code))
                .exec(&txn)
                .await?;
            if removed.rows_affected == 0 {
                return Err(AppError::NotFound("Règle d'acheminement"));
            }
            let entry = actor
                .audit("routing_rule.removed")
                .target("commune", commune.code.clone())
                .detail(json!({ "category": category.code }));
            audit::record(&txn, entry).await?;
        }
    }
    bump_revision(&txn).await?;
    txn.commit().await?;
    Ok(commune)
}

/// The category overrides of `commune` (category code, brigade), by category: for staff
/// (routing is no secret to them) and admins in reach.
pub async fn of_commune(
    db: &impl sea_orm::ConnectionTrait,
    viewer: &Viewer,
    commune: &str,
) -> AppResult<Vec<(String, BrigadeId)>> {
    use sea_orm::{QueryOrder, QuerySelect};
    let principal = policy::list_brigades(viewer)?;
    let commune = commune::Entity::find_by_id(commune.trim().to_owned())
        .one(db)
        .await?
        .filter(|row| principal.role != Role::Admin || principal.reach.covers(&row.department))
        .ok_or(AppError::NotFound("Commune"))?;
    Ok(routing_rule::Entity::find()
        .select_only()
        .columns([routing_rule::Column::CategoryCode, routing_rule::Column::BrigadeId])
        .filter(routing_rule::Column::CommuneCode.eq(&commune.code))
        .order_by_asc(routing_rule::Column::CategoryCode)
        .into_tuple()
        .all(db)
        .await?)
}
