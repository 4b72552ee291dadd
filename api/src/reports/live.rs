//! Live report events for reporters and brigades, with replay: a subscriber that passes the
//! last event it saw (`after`) first gets the events committed since — at most
//! [`REPLAY_LIMIT`], oldest first — then live ones, with no gap and no duplicate across the
//! switch: the bus receiver is opened *before* the database is read, and live events already
//! replayed are skipped.
//!
//! Event ids are UUIDv7 (time-ordered); "after" means a larger id. Nodes keep their clocks
//! in sync (NTP): an event committed through a node whose clock lags by more than the time
//! between two events could sort before the cursor and be skipped by a replay.

use std::collections::HashSet;

use async_graphql::futures_util::{Stream, StreamExt, stream};
use entity::{report, report_event};
use sea_orm::{
    ColumnTrait, Condition, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder, QuerySelect,
    sea_query::Query,
};
use tokio_stream::wrappers::BroadcastStream;
use uuid::Uuid;

use super::{access::View, event_types::ReportEvent, events};
use crate::{
    bus::{EventBus, Notice, ReportNotice},
    error::{AppError, AppResult},
    identity::Principal,
    ids::{BrigadeId, UserId},
};

/// The most events a resubscription replays; beyond, the client reloads its lists and
/// subscribes again without `after`.
pub const REPLAY_LIMIT: u64 = 500;

/// Whose events a subscription follows.
#[derive(Clone, Copy, Debug)]
pub enum Audience {
    /// A reporter's own reports (internal notes never included).
    Reporter(UserId),
    /// The reports routed to a brigade, or rerouted away from it.
    Brigade(BrigadeId),
}

impl Audience {
    fn concerns(self, notice: &ReportNotice) -> bool {
        match self {
            Self::Reporter(user) => notice.reporter_id == user,
            Self::Brigade(brigade) => {
                notice.brigade_id == brigade || notice.previous_brigade_id == Some(brigade)
            }
        }
    }

    fn view(self) -> View {
        match self {
            Self::Reporter(_) => View::Reporter,
            Self::Brigade(_) => View::Brigade,
        }
    }

    /// The subscription that follows this audience (for the logs).
    fn subscription(self) -> &'static str {
        match self {
            Self::Reporter(_) => "myReportEvents",
            Self::Brigade(_) => "brigadeQueueEvents",
        }
    }
}

/// The events of `audience` committed after `after`, oldest first.
async fn missed(
    db: &DatabaseConnection,
    audience: Audience,
    after: Uuid,
) -> AppResult<Vec<report_event::Model>> {
    let scope = match audience {
        Audience::Reporter(user) => Condition::all().add(
            report_event::Column::ReportId.in_subquery(
                Query::select()
                    .column(report::Column::Id)
                    .from(report::Entity)
                    .and_where(report::Column::ReporterId.eq(user))
                    .to_owned(),
            ),
        ),
        Audience::Brigade(brigade) => Condition::any()
            .add(report_event::Column::BrigadeId.eq(brigade))
            .add(report_event::Column::FromBrigadeId.eq(brigade)),
    };
    let rows = report_event::Entity::find()
        .filter(scope)
        .filter(report_event::Column::Id.gt(after))
        .order_by_asc(report_event::Column::Id)
        .limit(REPLAY_LIMIT + 1)
        .all(db)
        .await?;
    if rows.len() as u64 > REPLAY_LIMIT {
        return Err(AppError::bad_input(
            "after",
            format!(
                "Plus de {REPLAY_LIMIT} événements depuis celui-ci : rechargez la liste, puis abonnez-vous sans « after »."
            ),
        ));
    }
    Ok(rows)
}

/// The stream of a subscription: the replay (when `after` is given), then live events,
/// each re-authorised — the subscriber's account must still be active, in the same role
/// and brigade — and residents never see internal notes.
pub async fn events(
    bus: &EventBus,
    fanout: std::sync::Arc<crate::notify::fanout::Fanout>,
    db: DatabaseConnection,
    principal: Principal,
    audience: Audience,
    after: Option<Uuid>,
) -> AppResult<impl Stream<Item = async_graphql::Result<ReportEvent>> + use<>> {
    let receiver = bus.subscribe();
    let view = audience.view();
    let replayed = match after {
        Some(after) => missed(&db, audience, after).await?,
        None => Vec::new(),
    };
    let seen: HashSet<Uuid> = replayed.iter().map(|row| row.id).collect();
    let replay = stream::iter(
        replayed
            .into_iter()
            .filter(move |row| view.internal_notes() || events::is_public(row))
            .map(move |row| Ok(ReportEvent { row, view })),
    );
    let live = BroadcastStream::new(receiver).filter_map(move |notice| {
        let db = db.clone();
        let fanout = fanout.clone();
        let principal = principal.clone();
        let wanted = match notice {
            Ok(Notice::Report(notice)) if audience.concerns(&notice) && !seen.contains(&notice.event_id) => {
                Some(notice)
            }
            _ => None,
        };
        async move { deliverable(&db, &fanout, &principal, view, wanted?.event_id).await.transpose() }
    });
    Ok(crate::bus::until_error(replay.chain(live), audience.subscription()))
}

/// Event `id` as `principal` may receive it, re-authorised: `None` when their account is no
/// longer active in the same role and brigade, or the event is not for their view.
async fn deliverable(
    db: &DatabaseConnection,
    fanout: &crate::notify::fanout::Fanout,
    principal: &Principal,
    view: View,
    id: Uuid,
) -> AppResult<Option<ReportEvent>> {
    let Some(user) = fanout.active_account(db, principal.id).await? else { return Ok(None) };
    if user.role != principal.role || user.brigade_id != principal.brigade {
        return Ok(None);
    }
    let Some(row) = fanout.event(db, id).await? else { return Ok(None) };
    let row = row.as_ref().clone();
    Ok((view.internal_notes() || events::is_public(&row)).then_some(ReportEvent { row, view }))
}
