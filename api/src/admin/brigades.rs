//! Listing brigades: staff pick a reroute target, admins run their départements.

use entity::{brigade, enums::Role};
use sea_orm::{ColumnTrait, ConnectionTrait, EntityTrait, QueryFilter, QueryOrder, QuerySelect};

use crate::{
    error::{AppError, AppResult},
    identity::{Reach, Viewer, policy},
    territory::department,
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
