//! Intervention alerts: brigade staff tell the mayors of a commune they cover about an
//! intervention there, and later that it ended — every commune of their territory,
//! participating in the scheme or not (informing mayors of interventions is owed to all of
//! them). The alert goes to the coordinators the commune designates for it (their "receives
//! intervention alerts" choice: on for mayors and deputies, off for citizen référents until
//! they opt in): in their feed (and by push), and by SMS when they have a phone — all
//! written with the alert, in one transaction. The SMS never carries a location or a name;
//! a linked report is named by id to the brigade only.

use chrono::Utc;
use entity::{
    app_user,
    enums::{Channel, NotificationKind, Role},
    intervention_alert, outbox, report,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};

use super::coverage;
use crate::{
    db::Write,
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    ids::{AlertId, ReportId, UserId},
    notify::{self, Message},
    pagination::{self, Order, Page, PageRequest},
    throttle::Throttles,
};

/// Longest alert or closing text (three SMS).
const MESSAGE_CHARS: usize = 400;

/// Records the alert and notifies the commune's coordinators, in one transaction;
/// rate-limited per sender. `report` must be one of the caller's brigade, in that commune.
pub async fn send(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    commune_code: &str,
    message: &str,
    report: Option<ReportId>,
) -> AppResult<intervention_alert::Model> {
    let principal = policy::send_alert(viewer)?;
    let commune = coverage::commune(db, commune_code, "communeCode").await?;
    coverage::staff_or_admin(db, principal, &commune).await?;
    let message =
        crate::text::clean_required(message, "message", MESSAGE_CHARS, "Écrivez le message de l'alerte.")?;
    if let Some(id) = report {
        let linked = report::Entity::find_by_id(id).one(db).await?;
        let fits = linked.is_some_and(|linked| {
            linked.commune_code == commune.code
                && (principal.role == Role::Admin || principal.brigade == Some(linked.brigade_id))
        });
        if !fits {
            return Err(AppError::bad_input(
                "reportId",
                "Signalement introuvable dans cette commune pour votre brigade.",
            ));
        }
    }
    throttle.alert(principal.id)?;

    let now = Utc::now();
    let txn = crate::db::write(db).await?;
    let coordinators = coordinators(&txn, &commune.code).await?;
    let texting: Vec<&app_user::Model> = coordinators.iter().filter(|user| user.phone.is_some()).collect();
    let alert = intervention_alert::ActiveModel {
        id: Set(AlertId::generate()),
        commune_code: Set(commune.code.clone()),
        author_id: Set(principal.id),
        message: Set(message.clone()),
        recipients: Set(i32::try_from(texting.len()).unwrap_or(i32::MAX)),
        created_at: Set(now),
        report_id: Set(report),
        closed_at: Set(None),
        closed_by: Set(None),
        closing_message: Set(None),
    };
    let alert = intervention_alert::Entity::insert(alert).exec_with_returning(&txn).await?;
    let text = format!("Vigie – intervention à {} : {message}", commune.name);
    queue_sms(&txn, &alert, &texting, &text, "alert").await?;
    let heard = Message::new(
        NotificationKind::InterventionAlert,
        "Intervention en cours",
        "La brigade signale une intervention dans votre commune.",
    )
    .feed_title(format!("Intervention à {}", commune.name))
    .detail(Some(message))
    .commune(commune.code.clone())
    .subject(alert.id)
    .urgent(true);
    notify::deliver(&txn, &ids(&coordinators), &heard).await?;
    txn.commit().await?;
    tracing::info!(alert = %alert.id, recipients = alert.recipients, "intervention alert queued");
    Ok(alert)
}

/// Ends an intervention: the closing message goes to the same people, the same ways.
pub async fn close(
    db: &DatabaseConnection,
    viewer: &Viewer,
    id: AlertId,
    message: &str,
) -> AppResult<intervention_alert::Model> {
    let principal = policy::send_alert(viewer)?;
    let alert =
        intervention_alert::Entity::find_by_id(id).one(db).await?.ok_or(AppError::NotFound("Alerte"))?;
    let commune = coverage::commune(db, &alert.commune_code, "id").await?;
    coverage::staff_or_admin(db, principal, &commune).await.map_err(|_| AppError::NotFound("Alerte"))?;
    let message = crate::text::clean_required(
        message,
        "message",
        MESSAGE_CHARS,
        "Écrivez le message de fin d'intervention.",
    )?;
    let now = Utc::now();
    let txn = crate::db::write(db).await?;
    let closed = intervention_alert::Entity::update_many()
        .col_expr(intervention_alert::Column::ClosedAt, Some(now).into())
        .col_expr(intervention_alert::Column::ClosedBy, Some(principal.id).into())
        .col_expr(intervention_alert::Column::ClosingMessage, Some(message.clone()).into())
        .filter(intervention_alert::Column::Id.eq(alert.id))
        .filter(intervention_alert::Column::ClosedAt.is_null())
        .exec(&txn)
        .await?;
    if closed.rows_affected != 1 {
        return Err(AppError::Conflict("Cette intervention est déjà close.".into()));
    }
    let coordinators = coordinators(&txn, &commune.code).await?;
    let texting: Vec<&app_user::Model> = coordinators.iter().filter(|user| user.phone.is_some()).collect();
    let text = format!("Vigie – intervention terminée à {} : {message}", commune.name);
    queue_sms(&txn, &alert, &texting, &text, "close").await?;
    let heard = Message::new(
        NotificationKind::InterventionAlert,
        "Intervention terminée",
        "La brigade signale la fin de l'intervention.",
    )
    .feed_title(format!("Intervention terminée à {}", commune.name))
    .detail(Some(message))
    .commune(commune.code.clone())
    .subject(alert.id);
    notify::deliver(&txn, &ids(&coordinators), &heard).await?;
    let closed = intervention_alert::Entity::find_by_id(alert.id)
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound("Alerte"))?;
    txn.commit().await?;
    Ok(closed)
}

/// The alerts of `commune`, newest first: for its coordinators, the staff of brigades
/// covering it and admins within reach.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune_code: &str,
    page: PageRequest,
) -> AppResult<Page<intervention_alert::Model>> {
    let principal = viewer.principal()?;
    let commune = coverage::commune(db, commune_code, "communeCode").await?;
    coverage::speaks_for(db, principal, &commune).await?;
    let query =
        intervention_alert::Entity::find().filter(intervention_alert::Column::CommuneCode.eq(&commune.code));
    pagination::by_id(db, query, intervention_alert::Column::Id, Order::NewestFirst, page).await
}

/// The coordinators of `commune` who receive its intervention alerts.
async fn coordinators(txn: &Write, commune: &str) -> AppResult<Vec<app_user::Model>> {
    let all = crate::notify::hearing::enrolment::coordinators_of(txn, commune).await?;
    Ok(all.into_iter().filter(|user| user.sms_alerts).collect())
}

fn ids(users: &[app_user::Model]) -> Vec<UserId> {
    users.iter().map(|user| user.id).collect()
}

/// One SMS per recipient, each with its idempotency key (`step` tells the alert's SMS
/// from its closing one).
async fn queue_sms(
    txn: &Write,
    alert: &intervention_alert::Model,
    recipients: &[&app_user::Model],
    text: &str,
    step: &str,
) -> AppResult<()> {
    let now = Utc::now();
    let messages: Vec<outbox::ActiveModel> = recipients
        .iter()
        .filter_map(|recipient| {
            Some(outbox::ActiveModel {
                alert_id: Set(Some(alert.id)),
                ..super::outbox::queued(
                    Channel::Sms,
                    recipient.phone.clone()?,
                    text.to_owned(),
                    format!("{step}-{}-{}", alert.id, recipient.id),
                    now,
                )
            })
        })
        .collect();
    if !messages.is_empty() {
        outbox::Entity::insert_many(messages).exec_without_returning(txn).await?;
    }
    Ok(())
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
