//! Brigades: staff list them to pick a reroute target; admins list, create and update those
//! of their départements.

use entity::{brigade, commune, enums::Role};
use sea_orm::{
    ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
};
use serde_json::json;

use crate::{
    department,
    error::{AppError, AppResult},
    identity::{Reach, Viewer, actor::Actor, audit, policy},
    territory::brigade_import::{self, BrigadeRecord},
    text,
};

/// Most brigades one list returns (France has about 3,100 gendarmerie brigades and police
/// stations; a département, a few dozen).
const MAX_BRIGADES: u64 = 500;

/// Brigades by name. Without `department`: a staff member's own brigade's département, an
/// admin's départements (every one for a national admin, capped).
pub async fn list(
    db: &impl ConnectionTrait,
    viewer: &Viewer,
    department: Option<&str>,
    kind: Option<entity::enums::BrigadeKind>,
) -> AppResult<Vec<brigade::Model>> {
    let principal = policy::list_brigades(viewer)?;
    if let Some(code) = department
        && !department::is_valid(code)
    {
        return Err(AppError::bad_input("departement", "Code de département INSEE invalide."));
    }
    let mut query = brigade::Entity::find();
    match (department, principal.role, &principal.reach) {
        (Some(code), _, _) => query = query.filter(brigade::Column::Department.eq(code)),
        (None, Role::Admin, Reach::Departments(codes)) => {
            query = query.filter(brigade::Column::Department.is_in(codes.iter().cloned()));
        }
        (None, Role::Admin, _) => {}
        (None, _, _) => {
            let own = match principal.brigade {
                Some(id) => brigade::Entity::find_by_id(id).one(db).await?.and_then(|row| row.department),
                None => None,
            };
            query = query.filter(brigade::Column::Department.eq(own));
        }
    }
    if let Some(kind) = kind {
        query = query.filter(brigade::Column::Kind.eq(kind));
    }
    Ok(query
        .order_by_asc(brigade::Column::Name)
        .order_by_asc(brigade::Column::Code)
        .limit(MAX_BRIGADES)
        .all(db)
        .await?)
}

/// Creates or updates the brigade `change` describes (its `area` is ignored; within reach:
/// its département and every commune it is given), makes it the default brigade of its
/// `communes`, audited, in one transaction that
/// also bumps the routing revision.
pub async fn save(
    db: &DatabaseConnection,
    actor: &Actor,
    change: BrigadeRecord,
) -> AppResult<brigade::Model> {
    let code = change.code.trim().to_owned();
    let valid_code = (2..=32).contains(&code.len())
        && code.chars().all(|c| c.is_ascii_uppercase() || c.is_ascii_digit() || c == '-' || c == '_');
    if !valid_code {
        return Err(AppError::bad_input("code", "Code en majuscules, chiffres, - et _ (2 à 32 caractères)."));
    }
    let name = text::line_required(&change.name, "name", 120, "Le nom de la brigade est requis.")?;
    let line = |value: Option<&str>, field: &str, max: usize| match value {
        Some(raw) => text::clean_line(raw, field, max),
        None => Ok(None),
    };
    let phone = line(change.phone.as_deref(), "phone", 32)?;
    let email = line(change.email.as_deref(), "email", 254)?;
    let address = line(change.address.as_deref(), "address", 200)?;
    if change.communes.len() > 500 {
        return Err(AppError::bad_input("communeCodes", "500 communes au plus par brigade."));
    }
    let txn = crate::db::write(db).await?;
    let known: Vec<String> = commune::Entity::find()
        .select_only()
        .column(commune::Column::Code)
        .filter(commune::Column::Code.is_in(change.communes.iter().cloned()))
        .into_tuple()
        .all(&txn)
        .await?;
    let outside =
        change.communes.iter().find(|code| !known.contains(code) || !actor.reach.covers_commune(code));
    if let Some(code) = outside {
        return Err(AppError::bad_input("communeCodes", format!("Commune {code} inconnue.")));
    }
    let existing = brigade::Entity::find().filter(brigade::Column::Code.eq(&code)).one(&txn).await?;
    if let Some(row) = &existing
        && !row.department.as_deref().is_some_and(|code| actor.reach.covers(code))
    {
        return Err(AppError::NotFound("Brigade"));
    }
    let department = match change.department.as_deref().map(str::trim) {
        Some(code) if !department::is_valid(code) => {
            return Err(AppError::bad_input("departement", "Code de département INSEE invalide."));
        }
        Some(code) => Some(code.to_owned()),
        None => change
            .communes
            .first()
            .map(|code| department::of_commune(code).to_owned())
            .or_else(|| existing.as_ref().and_then(|row| row.department.clone())),
    };
    let department = department.ok_or_else(|| {
        AppError::bad_input(
            "departement",
            "Précisez le département d'une brigade qui ne couvre aucune commune.",
        )
    })?;
    if !actor.reach.covers(&department) {
        return Err(AppError::NotFound("Département"));
    }
    // The record as given, cleaned and with its département settled.
    let record = BrigadeRecord {
        code: code.clone(),
        name,
        phone,
        email,
        address,
        department: Some(department),
        area: None,
        ..change.clone()
    };
    brigade_import::import_brigades_in(&txn, std::slice::from_ref(&record))
        .await
        .map_err(AppError::internal)?;
    let saved = brigade::Entity::find()
        .filter(brigade::Column::Code.eq(&code))
        .one(&txn)
        .await?
        .ok_or_else(|| AppError::internal(anyhow::anyhow!("brigade {code} vanished while saved")))?;
    let action = if existing.is_some() { "brigade.updated" } else { "brigade.created" };
    let entry = actor.audit(action).target("brigade", saved.code.clone()).detail(json!({
        "name": saved.name,
        "departement": saved.department,
        "communes": change.communes,
    }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    Ok(saved)
}
