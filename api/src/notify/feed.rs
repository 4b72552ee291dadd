//! An account's own notifications: its feed (read, counted, marked read, kept for the
//! configured time), its devices for push, and its choice of channels and quiet hours.
//! Every call acts on the caller's own rows only.

use std::collections::HashMap;

use chrono::{Duration, Utc};
use entity::{
    app_user, device,
    enums::{DevicePlatform, NotificationKind},
    notification, notification_preference, outbox,
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, PaginatorTrait, QueryFilter,
    sea_query::OnConflict,
};

use crate::{
    error::{AppError, AppResult},
    identity::{Principal, Viewer},
    ids::{DeviceId, NotificationId, UserId},
    notify::{preferences, quiet},
    pagination::{self, Order, Page, PageRequest},
};

/// Most ids one `markNotificationsRead` takes.
pub const MAX_MARKED: usize = 100;
/// Longest device token accepted (FCM's are about 160 characters).
const MAX_TOKEN_CHARS: usize = 1024;
/// Most devices one account keeps; registering another forgets the least recently seen.
const MAX_DEVICES: u64 = 10;

/// The caller's notifications, newest first.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    unread_only: bool,
    page: PageRequest,
) -> AppResult<Page<notification::Model>> {
    let principal = viewer.principal()?;
    let mut query = notification::Entity::find().filter(notification::Column::UserId.eq(principal.id));
    if unread_only {
        query = query.filter(notification::Column::ReadAt.is_null());
    }
    pagination::by_id(db, query, notification::Column::Id, Order::NewestFirst, page).await
}

/// How many of the caller's notifications are unread.
/// Feed entry `id` for `user`'s live subscription: `None` when their account is no longer
/// active or the entry is not theirs.
pub async fn live_entry(
    db: &DatabaseConnection,
    fanout: &crate::notify::fanout::Fanout,
    user: UserId,
    id: NotificationId,
) -> AppResult<Option<notification::Model>> {
    if fanout.active_account(db, user).await?.is_none() {
        return Ok(None);
    }
    let row = notification::Entity::find_by_id(id).one(db).await?;
    Ok(row.filter(|row| row.user_id == user))
}

pub async fn unread_count(db: &DatabaseConnection, viewer: &Viewer) -> AppResult<u64> {
    let principal = viewer.principal()?;
    Ok(notification::Entity::find()
        .filter(notification::Column::UserId.eq(principal.id))
        .filter(notification::Column::ReadAt.is_null())
        .count(db)
        .await?)
}

/// Marks some (`ids`) or all of the caller's notifications read; returns how many changed.
pub async fn mark_read(
    db: &DatabaseConnection,
    viewer: &Viewer,
    ids: Option<Vec<NotificationId>>,
    all: bool,
) -> AppResult<u64> {
    let principal = viewer.principal()?;
    let mut update = notification::Entity::update_many()
        .col_expr(notification::Column::ReadAt, Some(Utc::now()).into())
        .filter(notification::Column::UserId.eq(principal.id))
        .filter(notification::Column::ReadAt.is_null());
    match (ids, all) {
        (_, true) => {}
        (Some(ids), false) if !ids.is_empty() => {
            if ids.len() > MAX_MARKED {
                return Err(AppError::bad_input(
                    "ids",
                    format!("Au plus {MAX_MARKED} notifications à la fois."),
                ));
            }
            update = update.filter(notification::Column::Id.is_in(ids));
        }
        _ => return Err(AppError::bad_input("ids", "Indiquez des notifications, ou all: true.")),
    }
    Ok(update.exec(db).await?.rows_affected)
}

/// Registers (or refreshes) a device of the caller for push. A token registered to another
/// account is `CONFLICT`: that account unregisters it (or signs out everywhere) first.
pub async fn register_device(
    db: &DatabaseConnection,
    viewer: &Viewer,
    platform: DevicePlatform,
    token: &str,
) -> AppResult<device::Model> {
    let principal = viewer.principal()?;
    let token = clean_token(token)?;
    let now = Utc::now();
    let row = device::ActiveModel {
        id: Set(DeviceId::generate()),
        user_id: Set(principal.id),
        platform: Set(platform),
        token: Set(token.clone()),
        created_at: Set(now),
        last_seen_at: Set(now),
    };
    let txn = crate::db::write(db).await?;
    // A push token names one phone: it is refreshed for its own account only, never moved
    // from another one (which would take that account's alerts over) — the condition sits in
    // the upsert itself, so two accounts racing for one token cannot both win.
    device::Entity::insert(row)
        .on_conflict(
            OnConflict::column(device::Column::Token)
                .update_columns([device::Column::Platform, device::Column::LastSeenAt])
                .action_and_where(device::Column::UserId.eq(principal.id))
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    let saved = device::Entity::find()
        .filter(device::Column::Token.eq(&token))
        .one(&txn)
        .await?
        .ok_or(AppError::NotFound("Appareil"))?;
    if saved.user_id != principal.id {
        return Err(AppError::Conflict("Cet appareil est déjà enregistré pour un autre compte.".into()));
    }
    let devices = device::Entity::find().filter(device::Column::UserId.eq(principal.id)).count(&txn).await?;
    if devices > MAX_DEVICES {
        let mut all =
            device::Entity::find().filter(device::Column::UserId.eq(principal.id)).all(&txn).await?;
        all.sort_by_key(|device| std::cmp::Reverse(device.last_seen_at));
        let stale: Vec<DeviceId> = all.iter().skip(MAX_DEVICES as usize).map(|device| device.id).collect();
        device::Entity::delete_many().filter(device::Column::Id.is_in(stale)).exec(&txn).await?;
    }
    txn.commit().await?;
    Ok(saved)
}

/// Forgets one of the caller's devices (sign-out on the phone); `false` if it was not theirs.
pub async fn unregister_device(db: &DatabaseConnection, viewer: &Viewer, token: &str) -> AppResult<bool> {
    let principal = viewer.principal()?;
    let token = clean_token(token)?;
    let deleted = device::Entity::delete_many()
        .filter(device::Column::Token.eq(&token))
        .filter(device::Column::UserId.eq(principal.id))
        .exec(db)
        .await?;
    Ok(deleted.rows_affected > 0)
}

fn clean_token(token: &str) -> AppResult<String> {
    let token = token.trim();
    let plain = token.chars().all(|c| c.is_ascii_graphic());
    if token.is_empty() || token.len() > MAX_TOKEN_CHARS || !plain {
        return Err(AppError::bad_input("token", "Jeton d'appareil invalide."));
    }
    Ok(token.to_owned())
}

/// The channels in effect for each kind the caller hears, and their quiet hours.
#[derive(Clone, Debug)]
pub struct Preferences {
    pub channels: Vec<(NotificationKind, preferences::Channels)>,
    pub quiet: Option<(i16, i16)>,
}

pub async fn preferences_of(db: &DatabaseConnection, principal: &Principal) -> AppResult<Preferences> {
    let chosen: HashMap<NotificationKind, notification_preference::Model> =
        notification_preference::Entity::find()
            .filter(notification_preference::Column::UserId.eq(principal.id))
            .all(db)
            .await?
            .into_iter()
            .map(|row| (row.kind, row))
            .collect();
    let channels = preferences::kinds_for(principal.role)
        .iter()
        .map(|kind| (*kind, preferences::channels(*kind, chosen.get(kind))))
        .collect();
    let user = crate::identity::viewer::active_user(db, principal.id).await?;
    let quiet = user.quiet_start.zip(user.quiet_end);
    Ok(Preferences { channels, quiet })
}

/// A change of preferences: some kinds' channels, and quiet hours (`Some(None)` clears).
#[derive(Debug, Default)]
pub struct PreferenceChange {
    pub channels: Vec<(NotificationKind, preferences::Channels)>,
    pub quiet: Option<Option<(String, String)>>,
}

pub async fn update_preferences(
    db: &DatabaseConnection,
    viewer: &Viewer,
    change: PreferenceChange,
) -> AppResult<Preferences> {
    let principal = viewer.principal()?;
    let heard = preferences::kinds_for(principal.role);
    for (kind, channels) in &change.channels {
        if !heard.contains(kind) {
            return Err(AppError::bad_input("channels", "Ce type de notification ne vous concerne pas."));
        }
        if preferences::feed_required(*kind) && !channels.feed {
            return Err(AppError::bad_input(
                "channels",
                "Les nouvelles de vos propres signalements et de votre compte restent dans votre fil.",
            ));
        }
    }
    let quiet = match &change.quiet {
        None => None,
        Some(None) => Some((None, None)),
        Some(Some((start, end))) => {
            let start = quiet::parse(start)
                .ok_or_else(|| AppError::bad_input("quietHours.start", "Heure invalide (HH:MM)."))?;
            let end = quiet::parse(end)
                .ok_or_else(|| AppError::bad_input("quietHours.end", "Heure invalide (HH:MM)."))?;
            Some((Some(start), Some(end)))
        }
    };
    let txn = crate::db::write(db).await?;
    for (kind, channels) in &change.channels {
        let row = notification_preference::ActiveModel {
            user_id: Set(principal.id),
            kind: Set(*kind),
            feed: Set(channels.feed),
            push: Set(channels.push),
        };
        notification_preference::Entity::insert(row)
            .on_conflict(
                OnConflict::columns([
                    notification_preference::Column::UserId,
                    notification_preference::Column::Kind,
                ])
                .update_columns([
                    notification_preference::Column::Feed,
                    notification_preference::Column::Push,
                ])
                .to_owned(),
            )
            .exec_without_returning(&txn)
            .await?;
    }
    if let Some((start, end)) = quiet {
        app_user::Entity::update_many()
            .col_expr(app_user::Column::QuietStart, start.into())
            .col_expr(app_user::Column::QuietEnd, end.into())
            .filter(app_user::Column::Id.eq(principal.id))
            .exec(&txn)
            .await?;
    }
    txn.commit().await?;
    preferences_of(db, principal).await
}

/// Deletes notifications older than `days`, and delivered or abandoned outbox messages as
/// old; returns how many notifications went.
pub async fn purge(db: &DatabaseConnection, days: i64) -> AppResult<u64> {
    let before = Utc::now() - Duration::days(days.max(1));
    let gone = notification::Entity::delete_many()
        .filter(notification::Column::CreatedAt.lt(before))
        .exec(db)
        .await?;
    outbox::Entity::delete_many()
        .filter(outbox::Column::CreatedAt.lt(before))
        .filter(outbox::Column::Status.ne(entity::enums::DeliveryStatus::Pending))
        .filter(outbox::Column::AlertId.is_null())
        .exec(db)
        .await?;
    Ok(gone.rows_affected)
}
