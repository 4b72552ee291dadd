//! Report categories: national reference data, edited by national admins (a prefecture
//! cannot change what residents of other départements see). A category may divert filing
//! to an emergency number ("Violences en cours : composez le 17 ou le 112").

use entity::category;
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait, IntoActiveModel, QueryOrder, QuerySelect};
use serde_json::json;

use crate::identity::actor::Actor;
use crate::routing::store::bump_revision;
use crate::{
    error::{AppError, AppResult},
    identity::audit,
    text,
};

/// A category to create, or the fields of an existing one to change (`None`: keep; for
/// the two optional texts, `Some(None)` clears).
#[derive(Clone, Debug, Default)]
pub struct CategoryChange {
    pub code: String,
    pub label: Option<String>,
    pub urgent_advice: Option<Option<String>>,
    pub urgency: Option<i32>,
    pub order: Option<i32>,
    pub active: Option<bool>,
    pub diversion: Option<Option<String>>,
    pub incident_group: Option<Option<String>>,
}

/// Creates or edits the category `change.code`, audited, in one transaction.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    change: CategoryChange,
) -> AppResult<category::Model> {
    crate::identity::policy::edit_categories(&actor.reach)?;
    let code = upper_code(&change.code, "code", 64)?;
    let code = code.as_str();
    // A label given must say something: an empty one is refused, not ignored.
    let label = match change.label.as_deref() {
        Some(raw) => Some(text::line_required(raw, "label", 100, "Le libellé ne peut pas être vide.")?),
        None => None,
    };
    let advice = optional_text(change.urgent_advice, "urgentAdvice", 500)?;
    let diversion = optional_text(change.diversion, "diversion", 300)?;
    let incident_group = match change.incident_group {
        Some(Some(group)) => Some(Some(upper_code(&group, "incidentGroup", 32)?)),
        other => other,
    };
    if let Some(urgency) = change.urgency
        && !(1..=3).contains(&urgency)
    {
        return Err(AppError::bad_input("urgency", "L'urgence va de 1 (faible) à 3 (immédiate)."));
    }
    if let Some(order) = change.order
        && !(0..=10_000).contains(&order)
    {
        return Err(AppError::bad_input("order", "L'ordre va de 0 à 10 000."));
    }

    let txn = crate::db::write(db).await?;
    let existing = category::Entity::find_by_id(code.to_owned()).one(&txn).await?;
    let created = existing.is_none();
    let mut row = match existing {
        Some(row) => row.into_active_model(),
        None => {
            let label = label
                .clone()
                .ok_or_else(|| AppError::bad_input("label", "Une nouvelle catégorie a un libellé."))?;
            let last: Option<i32> = category::Entity::find()
                .select_only()
                .column(category::Column::Position)
                .order_by_desc(category::Column::Position)
                .into_tuple()
                .one(&txn)
                .await?;
            category::ActiveModel {
                code: Set(code.to_owned()),
                label: Set(label),
                urgent_advice: Set(None),
                position: Set(last.map_or(0, |last| last + 1)),
                active: Set(true),
                urgency: Set(1),
                diversion: Set(None),
                incident_group: Set(None),
            }
        }
    };
    if let Some(label) = label {
        row.label = Set(label);
    }
    if let Some(advice) = advice {
        row.urgent_advice = Set(advice);
    }
    if let Some(diversion) = diversion {
        row.diversion = Set(diversion);
    }
    if let Some(group) = incident_group {
        row.incident_group = Set(group);
    }
    if let Some(urgency) = change.urgency {
        row.urgency = Set(urgency);
    }
    if let Some(order) = change.order {
        row.position = Set(order);
    }
    if let Some(active) = change.active {
        row.active = Set(active);
    }
    let saved = if created {
        category::Entity::insert(row).exec_with_returning(&txn).await?
    } else {
        category::Entity::update(row).exec(&txn).await?
    };
    let entry = actor
        .audit(if created { "category.created" } else { "category.updated" })
        .target("category", saved.code.clone())
        .detail(json!({
            "label": saved.label,
            "urgency": saved.urgency,
            "order": saved.position,
            "active": saved.active,
            "diversion": saved.diversion,
            "incidentGroup": saved.incident_group,
        }));
    audit::record(&txn, entry).await?;
    // Filing reads categories from the routing snapshot: every node reloads it.
    bump_revision(&txn).await?;
    txn.commit().await?;
    Ok(saved)
}

/// A stable code: upper case, digits and `_`, 2 to `max` characters.
fn upper_code(raw: &str, field: &str, max: usize) -> AppResult<String> {
    let code = raw.trim();
    let valid = (2..=max).contains(&code.len())
        && code.starts_with(|c: char| c.is_ascii_uppercase())
        && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '_');
    if !valid {
        return Err(AppError::bad_input(
            field,
            format!("Code en majuscules, chiffres et _ (2 à {max} caractères)."),
        ));
    }
    Ok(code.to_owned())
}

/// A text to set, clear (`Some(None)`) or keep (`None`), cleaned.
fn optional_text(
    value: Option<Option<String>>,
    field: &str,
    max_chars: usize,
) -> AppResult<Option<Option<String>>> {
    match value {
        None => Ok(None),
        Some(None) => Ok(Some(None)),
        Some(Some(raw)) => Ok(Some(text::clean(&raw, field, max_chars)?)),
    }
}
