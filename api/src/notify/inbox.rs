//! What each account hears: entries of its notification feed and pushes to its devices,
//! written in the transaction of the change that causes them (so a notification exists if
//! and only if its cause committed) and chosen by the account's preferences and quiet hours.
//! Pushes wait in the outbox for the dispatcher; feed entries are announced on the bus.
//!
//! Titles and bodies are generic French sentences: a push crosses Google's and Apple's
//! services, so it never carries a name, a note or a place — only the ids the app needs to
//! open the right screen. A `detail` (a rejection reason) and a `feed_title` (naming the
//! commune, or an author's own title) go to the feed alone.
//!
//! A message marked `coalesced` (what a reporter adds to a report) is not repeated to an
//! account that has not yet read the previous one of its kind for the same report: one
//! unread entry, and no push, however many comments follow.

use std::collections::HashMap;

use chrono::Utc;
use entity::{
    app_user, device,
    enums::{Channel, DeliveryStatus, NotificationKind, Role},
    notification, notification_preference, outbox,
};
use sea_orm::{
    ActiveEnum, ActiveValue::Set, ColumnTrait, Condition, EntityTrait, ExprTrait, JoinType, QueryFilter,
    QuerySelect, QueryTrait, sea_query::Expr,
};
use serde_json::json;
use uuid::Uuid;

use crate::{
    bus::Notice,
    db::Write,
    error::AppResult,
    ids::{BrigadeId, NotificationId, ReportId, UserId},
};

use super::{preferences, quiet};

/// Recipients handled per round of queries (bounded `IN` lists on both backends).
const CHUNK: usize = 500;

/// One notification, as every recipient gets it.
#[derive(Clone, Debug)]
pub struct Message {
    pub kind: NotificationKind,
    /// Pushed and shown in the feed (unless `feed_title` replaces it there): generic.
    pub title: String,
    pub body: String,
    /// Feed only: a title that may name a commune or carry an author's words.
    pub feed_title: Option<String>,
    /// Feed only (never pushed): a reason the recipient alone should read.
    pub detail: Option<String>,
    pub report_id: Option<ReportId>,
    pub commune_code: Option<String>,
    /// The broadcast or intervention alert it carries.
    pub subject_id: Option<Uuid>,
    /// Pushed even during quiet hours.
    pub urgent: bool,
    /// Not repeated while the previous one (same kind, same report) is unread.
    pub coalesced: bool,
}

impl Message {
    pub fn new(kind: NotificationKind, title: impl Into<String>, body: impl Into<String>) -> Self {
        Self {
            kind,
            title: title.into(),
            body: body.into(),
            feed_title: None,
            detail: None,
            report_id: None,
            commune_code: None,
            subject_id: None,
            urgent: false,
            coalesced: false,
        }
    }

    pub fn feed_title(mut self, title: impl Into<String>) -> Self {
        self.feed_title = Some(title.into());
        self
    }

    pub fn coalesced(mut self) -> Self {
        self.coalesced = true;
        self
    }

    pub fn detail(mut self, detail: Option<String>) -> Self {
        self.detail = detail;
        self
    }

    pub fn report(mut self, report: ReportId) -> Self {
        self.report_id = Some(report);
        self
    }

    pub fn commune(mut self, code: impl Into<String>) -> Self {
        self.commune_code = Some(code.into());
        self
    }

    pub fn subject(mut self, id: impl Into<Uuid>) -> Self {
        self.subject_id = Some(id.into());
        self
    }

    pub fn urgent(mut self, urgent: bool) -> Self {
        self.urgent = urgent;
        self
    }

    fn feed_body(&self) -> String {
        match &self.detail {
            Some(detail) => format!("{}\n{detail}", self.body),
            None => self.body.clone(),
        }
    }

    /// The push's data: string values only (FCM's rule), ids only.
    fn push_data(&self, notification: NotificationId) -> String {
        let mut data = json!({
            "kind": preferences::kind_name(self.kind),
            "notificationId": notification.to_string(),
            "urgent": self.urgent.to_string(),
        });
        if let Some(report) = self.report_id {
            data["reportId"] = json!(report.to_string());
        }
        if let Some(commune) = &self.commune_code {
            data["communeCode"] = json!(commune);
        }
        if let Some(subject) = self.subject_id {
            data["subjectId"] = json!(subject.to_string());
        }
        data.to_string()
    }
}

/// Notifies `recipients` in `txn`, each through the channels they chose; returns how many
/// accounts were reached on some channel.
pub async fn deliver(txn: &Write, recipients: &[UserId], message: &Message) -> AppResult<usize> {
    let mut reached = 0;
    for chunk in recipients.chunks(CHUNK) {
        reached += deliver_chunk(txn, chunk, message).await?;
    }
    Ok(reached)
}

/// Notifies the active staff of `brigade`: one query finds them with their preference for
/// this kind of message (a new report's hot path).
pub async fn deliver_to_staff(txn: &Write, brigade: BrigadeId, message: &Message) -> AppResult<usize> {
    let preference = notification_preference::Entity;
    let mut select = app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .column(notification_preference::Column::Feed)
        .column(notification_preference::Column::Push)
        .filter(app_user::Column::BrigadeId.eq(brigade))
        .filter(app_user::Column::Role.eq(Role::BrigadeStaff))
        .filter(app_user::Column::DisabledAt.is_null());
    QueryTrait::query(&mut select).join(
        JoinType::LeftJoin,
        preference,
        Condition::all()
            .add(
                Expr::col((preference, notification_preference::Column::UserId))
                    .equals((app_user::Entity, app_user::Column::Id)),
            )
            .add(Expr::col((preference, notification_preference::Column::Kind)).eq(message.kind.to_value())),
    );
    let rows: Vec<(UserId, Option<bool>, Option<bool>)> = select.into_tuple().all(txn).await?;
    let staff: Vec<UserId> = rows.iter().map(|(user, _, _)| *user).collect();
    let chosen: HashMap<_, _> = rows
        .into_iter()
        .filter_map(|(user_id, feed, push)| {
            Some((
                user_id,
                notification_preference::Model { user_id, kind: message.kind, feed: feed?, push: push? },
            ))
        })
        .collect();
    let mut reached = 0;
    for chunk in staff.chunks(CHUNK) {
        reached += deliver_chosen(txn, chunk, &chosen, message).await?;
    }
    Ok(reached)
}

async fn deliver_chunk(txn: &Write, recipients: &[UserId], message: &Message) -> AppResult<usize> {
    let chosen: HashMap<UserId, notification_preference::Model> = notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.is_in(recipients.iter().copied()))
        .filter(notification_preference::Column::Kind.eq(message.kind))
        .all(txn)
        .await?
        .into_iter()
        .map(|row| (row.user_id, row))
        .collect();
    deliver_chosen(txn, recipients, &chosen, message).await
}

/// Notifies `recipients` (at most [`CHUNK`]) by the preferences `chosen` for this message.
async fn deliver_chosen(
    txn: &Write,
    recipients: &[UserId],
    chosen: &HashMap<UserId, notification_preference::Model>,
    message: &Message,
) -> AppResult<usize> {
    let now = Utc::now();
    let (mut feed, mut pushed, mut notices) = (Vec::new(), Vec::new(), Vec::new());
    let mut ids = HashMap::new();
    let unread = unread_of_same(txn, recipients, message).await?;
    for &user in recipients.iter().filter(|user| !unread.contains(user)) {
        let channels = preferences::channels(message.kind, chosen.get(&user));
        let id = NotificationId::generate();
        ids.insert(user, id);
        if channels.feed {
            feed.push(notification::ActiveModel {
                id: Set(id),
                user_id: Set(user),
                kind: Set(message.kind),
                title: Set(message.feed_title.clone().unwrap_or_else(|| message.title.clone())),
                body: Set(message.feed_body()),
                report_id: Set(message.report_id),
                commune_code: Set(message.commune_code.clone()),
                subject_id: Set(message.subject_id),
                urgent: Set(message.urgent),
                read_at: Set(None),
                created_at: Set(now),
            });
            notices.push(Notice::Notification { id, user });
        }
        if channels.push {
            pushed.push(user);
        }
    }
    let reached_feed: std::collections::HashSet<UserId> = notices
        .iter()
        .filter_map(|notice| match notice {
            Notice::Notification { user, .. } => Some(*user),
            Notice::Report(_) | Notice::SessionsEnded { .. } => None,
        })
        .collect();
    let mut reached = reached_feed.clone();
    if !feed.is_empty() {
        notification::Entity::insert_many(feed).exec_without_returning(txn).await?;
    }
    if !pushed.is_empty() {
        let devices = device::Entity::find()
            .filter(device::Column::UserId.is_in(pushed.iter().copied()))
            .all(txn)
            .await?;
        let quiet = if message.urgent || devices.is_empty() {
            HashMap::new()
        } else {
            quiet::hours_of(txn, &pushed).await?
        };
        let rows: Vec<outbox::ActiveModel> = devices
            .iter()
            .map(|device| {
                let id = ids.get(&device.user_id).copied().unwrap_or_else(NotificationId::generate);
                let due = quiet
                    .get(&device.user_id)
                    .and_then(|&(start, end, zone)| quiet::deferred(now, start, end, zone))
                    .unwrap_or(now);
                reached.insert(device.user_id);
                outbox::ActiveModel {
                    // The feed entry the push announces, when the account keeps a feed of it.
                    notification_id: Set(Some(id).filter(|_| reached_feed.contains(&device.user_id))),
                    title: Set(Some(message.title.clone())),
                    data: Set(Some(message.push_data(id))),
                    ..super::outbox::queued(
                        Channel::Push,
                        device.token.clone(),
                        message.body.clone(),
                        format!("push-{id}-{}", device.id),
                        due,
                    )
                }
            })
            .collect();
        // Bounded statements: fifteen parameters a row stays under PostgreSQL's 65,535.
        for rows in rows.chunks(CHUNK) {
            outbox::Entity::insert_many(rows.to_vec()).exec_without_returning(txn).await?;
        }
    }
    txn.announce(&notices).await?;
    Ok(reached.len())
}

/// Those of `recipients` who have an unread entry like a `coalesced` message (same kind,
/// same report): they are not told again.
async fn unread_of_same(
    txn: &Write,
    recipients: &[UserId],
    message: &Message,
) -> AppResult<std::collections::HashSet<UserId>> {
    let Some(report) = message.report_id.filter(|_| message.coalesced) else {
        return Ok(Default::default());
    };
    let users: Vec<UserId> = notification::Entity::find()
        .select_only()
        .column(notification::Column::UserId)
        .distinct()
        .filter(notification::Column::UserId.is_in(recipients.iter().copied()))
        .filter(notification::Column::Kind.eq(message.kind))
        .filter(notification::Column::ReportId.eq(report))
        .filter(notification::Column::ReadAt.is_null())
        .into_tuple()
        .all(txn)
        .await?;
    Ok(users.into_iter().collect())
}

/// Forgets `user`'s devices and drops the pushes still waiting for them (the account was
/// disabled: a lost or handed-over phone hears nothing more).
pub async fn forget_devices(txn: &Write, user: UserId) -> AppResult<()> {
    let tokens: Vec<String> = device::Entity::find()
        .select_only()
        .column(device::Column::Token)
        .filter(device::Column::UserId.eq(user))
        .into_tuple()
        .all(txn)
        .await?;
    if tokens.is_empty() {
        return Ok(());
    }
    outbox::Entity::update_many()
        .col_expr(outbox::Column::Status, sea_orm::ActiveEnum::to_value(&DeliveryStatus::Failed).into())
        .col_expr(outbox::Column::LastError, Some("account disabled".to_owned()).into())
        .filter(outbox::Column::Channel.eq(Channel::Push))
        .filter(outbox::Column::Status.eq(DeliveryStatus::Pending))
        .filter(outbox::Column::Recipient.is_in(tokens))
        .exec(txn)
        .await?;
    device::Entity::delete_many().filter(device::Column::UserId.eq(user)).exec(txn).await?;
    Ok(())
}
