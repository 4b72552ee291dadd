//! GraphQL of hearing back: the feed and its live subscription, devices, preferences,
//! intervention alerts and broadcasts — thin resolvers over the services.

use std::collections::HashMap;

use async_graphql::{
    Context, ID, Object, Result, Subscription,
    connection::Connection,
    futures_util::{Stream, StreamExt},
};
use tokio_stream::wrappers::BroadcastStream;

use super::{
    alerts, broadcasts, feed,
    types::{
        Broadcast, BroadcastInput, Device, DevicePlatform, InterventionAlert, Notification,
        NotificationPreferences, NotificationPreferencesInput,
    },
};
use crate::{
    bus::{EventBus, Notice},
    identity::request,
    ids::{AlertId, BroadcastId, NotificationId, ParseId, ReportId},
    notify::preferences::Channels,
    pagination::{PageRequest, Totals, connection, encode_cursor},
    parts,
    throttle::Throttles,
};

fn count(value: u64) -> i32 {
    i32::try_from(value).unwrap_or(i32::MAX)
}

#[derive(Default)]
pub struct NotifyQuery;

#[Object]
impl NotifyQuery {
    /// The caller's notifications, newest first.
    async fn notifications(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Only unread notifications.")] unread_only: Option<bool>,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Notification, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let page =
            feed::list(parts::db(ctx), &request(ctx).viewer, unread_only.unwrap_or(false), page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), Notification::from))
    }

    /// How many of the caller's notifications are unread.
    async fn unread_notification_count(&self, ctx: &Context<'_>) -> Result<i32> {
        Ok(count(feed::unread_count(parts::db(ctx), &request(ctx).viewer).await?))
    }

    /// The caller's channels per kind of notification, and quiet hours.
    async fn notification_preferences(&self, ctx: &Context<'_>) -> Result<NotificationPreferences> {
        let principal = request(ctx).viewer.principal()?;
        Ok(feed::preferences_of(parts::db(ctx), principal).await?.into())
    }

    /// The intervention alerts of a commune, newest first (its coordinators, the staff of
    /// brigades covering it, admins).
    async fn intervention_alerts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, InterventionAlert, Totals>> {
        let page = PageRequest::parse(first, after.as_deref())?;
        let page = alerts::list(parts::db(ctx), &request(ctx).viewer, &commune_code, page).await?;
        Ok(connection(page, |row| encode_cursor(row.id), InterventionAlert::from))
    }

    /// The broadcasts sent to a commune, newest first (its approved residents see those
    /// still running).
    async fn broadcasts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "How many items at most (the list's default when omitted).")] first: Option<i32>,
        #[graphql(desc = "The cursor the page starts after (`pageInfo.endCursor` of the page before).")]
        after: Option<String>,
    ) -> Result<Connection<String, Broadcast, Totals>> {
        let db = parts::db(ctx);
        let page = PageRequest::parse(first, after.as_deref())?;
        let page = broadcasts::list(db, &request(ctx).viewer, &commune_code, page).await?;
        let ids: Vec<BroadcastId> = page.items.iter().map(|row| row.id).collect();
        let mut communes: HashMap<BroadcastId, Vec<String>> = HashMap::new();
        for link in broadcasts::communes_of(db, &ids).await? {
            communes.entry(link.broadcast_id).or_default().push(link.commune_code);
        }
        Ok(connection(
            page,
            |row| encode_cursor(row.id),
            |row| {
                let communes = communes.get(&row.id).cloned().unwrap_or_default();
                Broadcast::new(broadcasts::Sent { row, communes })
            },
        ))
    }
}

#[derive(Default)]
pub struct NotifyMutation;

#[Object]
impl NotifyMutation {
    /// Alerts the mayors of a commune the caller's brigade covers about an intervention
    /// there (feed and push to each coordinator, SMS to those with a phone who did not opt
    /// out); `reportId` links a report of the caller's brigade in that commune.
    async fn send_intervention_alert(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The commune's INSEE code.")] commune_code: String,
        #[graphql(desc = "The text the mayor receives.")] message: String,
        #[graphql(desc = "The report that led to the intervention, if any.")] report_id: Option<ID>,
    ) -> Result<InterventionAlert> {
        let report = report_id.map(|id| ReportId::parse(&id, "reportId")).transpose()?;
        let alert = alerts::send(
            parts::db(ctx),
            parts::part::<Throttles>(ctx),
            &request(ctx).viewer,
            &commune_code,
            &message,
            report,
        )
        .await?;
        Ok(alert.into())
    }

    /// Ends an intervention: "Intervention terminée" and `message` reach the same people
    /// the same ways.
    async fn close_intervention_alert(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The alert's id.")] id: ID,
        #[graphql(desc = "What the mayor is told as it ends.")] message: String,
    ) -> Result<InterventionAlert> {
        let id = AlertId::parse(&id, "id")?;
        Ok(alerts::close(parts::db(ctx), &request(ctx).viewer, id, &message).await?.into())
    }

    /// A coordinator turns SMS intervention alerts on or off for themselves.
    async fn set_sms_alerts(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "Whether the coordinator receives intervention alerts by SMS.")] enabled: bool,
    ) -> Result<crate::identity::User> {
        Ok(crate::identity::User(
            alerts::set_sms_alerts(parts::db(ctx), &request(ctx).viewer, enabled).await?,
        ))
    }

    /// Sends prevention or information to the approved residents of some communes (brigade
    /// staff for communes they cover, coordinators for theirs).
    async fn broadcast_to_residents(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: BroadcastInput,
    ) -> Result<Broadcast> {
        let new = broadcasts::NewBroadcast {
            commune_codes: input.commune_codes,
            title: input.title,
            body: input.body,
            expires_at: input.expires_at,
        };
        let sent = broadcasts::send(parts::db(ctx), parts::part::<Throttles>(ctx), &request(ctx).viewer, new)
            .await?;
        Ok(Broadcast::new(sent))
    }

    /// Registers the caller's phone for push (again: refreshes it); `CONFLICT` if another
    /// account holds that token.
    async fn register_device(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The phone's operating system.")] platform: DevicePlatform,
        #[graphql(desc = "The push token the provider gave the app.")] token: String,
    ) -> Result<Device> {
        Ok(feed::register_device(parts::db(ctx), &request(ctx).viewer, platform.into(), &token).await?.into())
    }

    /// Forgets one of the caller's phones; `false` if the token was not theirs.
    async fn unregister_device(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "The push token the provider gave the app.")] token: String,
    ) -> Result<bool> {
        Ok(feed::unregister_device(parts::db(ctx), &request(ctx).viewer, &token).await?)
    }

    /// Marks notifications read (`ids`, at most 100, or `all`); returns how many changed.
    async fn mark_notifications_read(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "These notifications.")] ids: Option<Vec<ID>>,
        #[graphql(desc = "Every unread notification instead.")] all: Option<bool>,
    ) -> Result<i32> {
        if ids.as_ref().is_some_and(|ids| ids.len() > feed::MAX_MARKED) {
            return Err(
                crate::error::AppError::bad_input("ids", "Au plus 100 notifications à la fois.").into()
            );
        }
        let ids = ids
            .map(|ids| ids.iter().map(|id| NotificationId::parse(id, "ids")).collect::<Result<Vec<_>, _>>())
            .transpose()?;
        let marked = feed::mark_read(parts::db(ctx), &request(ctx).viewer, ids, all.unwrap_or(false)).await?;
        Ok(count(marked))
    }

    /// Changes the caller's channels and quiet hours.
    async fn update_notification_preferences(
        &self,
        ctx: &Context<'_>,
        #[graphql(desc = "What to create or change.")] input: NotificationPreferencesInput,
    ) -> Result<NotificationPreferences> {
        let channels = input.channels.unwrap_or_default();
        if channels.len() > 20 {
            return Err(crate::error::AppError::bad_input("channels", "Trop de réglages à la fois.").into());
        }
        let change = feed::PreferenceChange {
            channels: channels
                .into_iter()
                .map(|row| (row.kind.into(), Channels { feed: row.feed, push: row.push }))
                .collect(),
            quiet: match (input.clear_quiet_hours.unwrap_or(false), input.quiet_hours) {
                (true, _) => Some(None),
                (false, Some(hours)) => Some(Some((hours.start, hours.end))),
                (false, None) => None,
            },
        };
        Ok(feed::update_preferences(parts::db(ctx), &request(ctx).viewer, change).await?.into())
    }
}

#[derive(Default)]
pub struct NotifySubscription;

#[Subscription]
impl NotifySubscription {
    /// Each new entry of the caller's notification feed, as it is written.
    async fn my_notifications(
        &self,
        ctx: &Context<'_>,
    ) -> Result<impl Stream<Item = Result<Notification>> + use<>> {
        let principal = request(ctx).viewer.principal()?.clone();
        let db = parts::db(ctx).clone();
        let fanout = parts::part::<std::sync::Arc<crate::notify::fanout::Fanout>>(ctx).clone();
        let receiver = parts::part::<EventBus>(ctx).subscribe();
        let live = BroadcastStream::new(receiver).filter_map(move |notice| {
            let db = db.clone();
            let fanout = fanout.clone();
            let user = principal.id;
            let wanted = match notice {
                Ok(Notice::Notification { id, user: to }) if to == user => Some(id),
                _ => None,
            };
            async move {
                let entry = feed::live_entry(&db, &fanout, user, wanted?).await;
                entry.map(|row| row.map(Notification::from)).transpose()
            }
        });
        Ok(crate::bus::until_error(live, "myNotifications"))
    }
}
