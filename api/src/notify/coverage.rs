//! Who speaks for a commune: the staff of a brigade that covers it (its default brigade, or
//! one a category override sends reports to), its coordinators, and admins within reach.

use entity::{commune, enums::Role, routing_rule};
use sea_orm::{ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter};

use crate::{
    error::{AppError, AppResult},
    identity::{Principal, policy},
    ids::BrigadeId,
};

/// Whether `brigade` covers `commune`.
pub async fn brigade_covers(
    db: &DatabaseConnection,
    brigade: BrigadeId,
    commune: &commune::Model,
) -> AppResult<bool> {
    if commune.brigade_id == Some(brigade) {
        return Ok(true);
    }
    let overrides = routing_rule::Entity::find()
        .filter(routing_rule::Column::CommuneCode.eq(&commune.code))
        .filter(routing_rule::Column::BrigadeId.eq(brigade))
        .count(db)
        .await?;
    Ok(overrides > 0)
}

/// Staff of a brigade covering `commune`, or an admin within reach (`FORBIDDEN` otherwise).
pub async fn staff_or_admin(
    db: &DatabaseConnection,
    principal: &Principal,
    commune: &commune::Model,
) -> AppResult<()> {
    match (principal.role, principal.brigade) {
        (Role::Admin, _) if principal.reach.covers_commune(&commune.code) => Ok(()),
        (Role::BrigadeStaff, Some(brigade)) if brigade_covers(db, brigade, commune).await? => Ok(()),
        _ => Err(AppError::Forbidden),
    }
}

/// Staff covering `commune`, its coordinators, or an admin within reach.
pub async fn speaks_for(
    db: &DatabaseConnection,
    principal: &Principal,
    commune: &commune::Model,
) -> AppResult<()> {
    if principal.role == Role::Coordinator {
        return if policy::manages_commune(principal, &commune.code) {
            Ok(())
        } else {
            Err(AppError::Forbidden)
        };
    }
    staff_or_admin(db, principal, commune).await
}

/// Who reads `commune`'s broadcasts: its approved residents, and whoever speaks for it.
pub async fn hears_broadcasts(
    db: &DatabaseConnection,
    principal: &Principal,
    commune: &commune::Model,
) -> AppResult<()> {
    if principal.role != Role::Resident {
        return speaks_for(db, principal, commune).await;
    }
    let approved = principal.enrolment == Some(entity::enums::EnrolmentStatus::Approved);
    if approved && principal.commune.as_deref() == Some(commune.code.as_str()) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// The commune `code`, or `BAD_USER_INPUT` on `field`.
pub async fn commune(db: &DatabaseConnection, code: &str, field: &str) -> AppResult<commune::Model> {
    commune::Entity::find_by_id(code.trim().to_owned())
        .one(db)
        .await?
        .ok_or_else(|| AppError::bad_input(field, "Commune inconnue."))
}
