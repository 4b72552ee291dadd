//! Intervention alerts: brigade staff tell the mayors (coordinators) of a commune they
//! cover about an intervention there; each coordinator with a phone who has not opted out
//! gets an SMS through the outbox.

use chrono::Utc;
use entity::{
    app_user, commune, coordinator_commune, enums::Role, intervention_alert, routing_rule, sms_outbox,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter, QuerySelect,
};
use uuid::Uuid;

use crate::{
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    throttle::Throttles,
};

/// Longest alert text (three SMS).
const MESSAGE_CHARS: usize = 400;

/// Whether `principal` may alert the mayors of `commune`: staff of a brigade covering it
/// (by default or for some category), or an admin.
async fn may_alert(
    db: &DatabaseConnection,
    principal: &Principal,
    commune: &commune::Model,
) -> AppResult<()> {
    match (principal.role, principal.brigade) {
        (Role::Admin, _) if principal.reach.covers_commune(&commune.code) => Ok(()),
        (Role::BrigadeStaff, Some(brigade)) => {
            if commune.brigade_id == Some(brigade) {
                return Ok(());
            }
            let overrides = routing_rule::Entity::find()
                .filter(routing_rule::Column::CommuneCode.eq(&commune.code))
                .filter(routing_rule::Column::BrigadeId.eq(brigade))
                .count(db)
                .await?;
            if overrides > 0 { Ok(()) } else { Err(AppError::Forbidden) }
        }
        _ => Err(AppError::Forbidden),
    }
}

/// Records the alert and queues one SMS per reachable coordinator, in one transaction;
/// rate-limited per sender.
pub async fn send(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    commune_code: &str,
    message: &str,
) -> AppResult<intervention_alert::Model> {
    let principal = policy::send_alert(viewer)?;
    let commune = commune::Entity::find_by_id(commune_code.trim().to_owned())
        .one(db)
        .await?
        .ok_or_else(|| AppError::bad_input("communeCode", "Commune inconnue."))?;
    may_alert(db, principal, &commune).await?;
    if !commune.participating {
        return Err(AppError::CommuneNotParticipating(commune.name.clone()));
    }
    let message = crate::text::clean(message, "message", MESSAGE_CHARS)?
        .ok_or_else(|| AppError::bad_input("message", "Écrivez le message de l'alerte."))?;
    throttle.alert(principal.id)?;

    let coordinators: Vec<Uuid> = coordinator_commune::Entity::find()
        .select_only()
        .column(coordinator_commune::Column::UserId)
        .filter(coordinator_commune::Column::CommuneCode.eq(&commune.code))
        .into_tuple()
        .all(db)
        .await?;
    let recipients = app_user::Entity::find()
        .filter(app_user::Column::Id.is_in(coordinators))
        .filter(app_user::Column::Role.eq(Role::Coordinator))
        .filter(app_user::Column::SmsAlerts.eq(true))
        .filter(app_user::Column::Phone.is_not_null())
        .filter(app_user::Column::DisabledAt.is_null())
        .all(db)
        .await?;

    let now = Utc::now();
    let alert = intervention_alert::ActiveModel {
        id: Set(Uuid::now_v7()),
        commune_code: Set(commune.code.clone()),
        author_id: Set(principal.id),
        message: Set(message.clone()),
        recipients: Set(i32::try_from(recipients.len()).unwrap_or(i32::MAX)),
        created_at: Set(now),
    };
    let text = format!("Vigie – intervention à {} : {message}", commune.name);
    let txn = crate::db::write(db).await?;
    let alert = intervention_alert::Entity::insert(alert).exec_with_returning(&txn).await?;
    let messages = recipients.iter().filter_map(|recipient| {
        Some(sms_outbox::ActiveModel {
            id: Set(Uuid::now_v7()),
            alert_id: Set(Some(alert.id)),
            to_phone: Set(recipient.phone.clone()?),
            body: Set(text.clone()),
            idempotency_key: Set(format!("alert-{}-{}", alert.id, recipient.id)),
            status: Set(entity::enums::SmsStatus::Pending),
            attempts: Set(0),
            next_attempt_at: Set(now),
            last_error: Set(None),
            created_at: Set(now),
            sent_at: Set(None),
        })
    });
    sms_outbox::Entity::insert_many(messages).exec_without_returning(&txn).await?;
    txn.commit().await?;
    tracing::info!(alert = %alert.id, recipients = alert.recipients, "intervention alert queued");
    Ok(alert)
}

/// A coordinator turns SMS intervention alerts on or off for themselves.
pub async fn set_sms_alerts(
    db: &DatabaseConnection,
    viewer: &Viewer,
    enabled: bool,
) -> AppResult<app_user::Model> {
    let principal = policy::set_sms_alerts(viewer)?;
    app_user::Entity::update_many()
        .col_expr(app_user::Column::SmsAlerts, enabled.into())
        .col_expr(app_user::Column::UpdatedAt, Utc::now().into())
        .filter(app_user::Column::Id.eq(principal.id))
        .exec(db)
        .await?;
    crate::identity::viewer::active_user(db, principal.id).await
}
