//! Broadcasts (*sensibilisation*): prevention and information from a brigade to the
//! communes it covers, or from a mayor to their communes, reaching the approved residents
//! of those communes through their feed and push (unless they opted out). Audited and
//! rate-limited per author.

use std::collections::BTreeSet;

use chrono::{DateTime, Duration, Utc};
use entity::{
    app_user, broadcast, broadcast_commune,
    enums::{EnrolmentStatus, NotificationKind, Role},
};
use sea_orm::{
    ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QuerySelect,
    sea_query::Query,
};
use serde_json::json;

use super::coverage;
use crate::{
    error::{AppError, AppResult},
    identity::{
        Viewer,
        audit::{self, AuditEntry},
    },
    ids::{BroadcastId, UserId},
    notify::{self, Message},
    pagination::{self, Order, Page, PageRequest},
    throttle::Throttles,
};

/// Most communes one broadcast may address.
pub const MAX_COMMUNES: usize = 50;
const TITLE_CHARS: usize = 120;
const BODY_CHARS: usize = 2000;
/// Longest a broadcast stays visible.
const MAX_LIFETIME_DAYS: i64 = 90;

/// What an author sends.
#[derive(Debug)]
pub struct NewBroadcast {
    pub commune_codes: Vec<String>,
    pub title: String,
    pub body: String,
    pub expires_at: DateTime<Utc>,
}

/// A broadcast and the communes it went to.
#[derive(Clone, Debug)]
pub struct Sent {
    pub row: broadcast::Model,
    pub communes: Vec<String>,
}

/// Sends a broadcast: staff for communes their brigade covers, coordinators for their
/// communes; each commune must be in the scheme.
pub async fn send(
    db: &DatabaseConnection,
    throttle: &Throttles,
    viewer: &Viewer,
    input: NewBroadcast,
) -> AppResult<Sent> {
    let principal = crate::identity::policy::send_broadcast(viewer)?;
    if input.commune_codes.is_empty() || input.commune_codes.len() > MAX_COMMUNES {
        return Err(AppError::bad_input(
            "communeCodes",
            format!("Choisissez de 1 à {MAX_COMMUNES} communes."),
        ));
    }
    let codes: BTreeSet<String> = input.commune_codes.iter().map(|code| code.trim().to_owned()).collect();
    let title =
        crate::text::clean_required(&input.title, "title", TITLE_CHARS, "Donnez un titre au message.")?;
    let body = crate::text::clean_required(&input.body, "body", BODY_CHARS, "Écrivez le message.")?;
    let now = Utc::now();
    if input.expires_at <= now || input.expires_at > now + Duration::days(MAX_LIFETIME_DAYS) {
        return Err(AppError::bad_input(
            "expiresAt",
            format!("La fin de diffusion doit être dans les {MAX_LIFETIME_DAYS} prochains jours."),
        ));
    }
    for code in &codes {
        let commune = coverage::commune(db, code, "communeCodes").await?;
        coverage::speaks_for(db, principal, &commune).await?;
        if !commune.participating {
            return Err(AppError::CommuneNotParticipating(commune.name));
        }
    }
    throttle.broadcast(principal.id)?;

    let txn = crate::db::write(db).await?;
    let residents: Vec<UserId> = app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .filter(app_user::Column::Role.eq(Role::Resident))
        .filter(app_user::Column::EnrolmentStatus.eq(EnrolmentStatus::Approved))
        .filter(app_user::Column::CommuneCode.is_in(codes.iter().cloned()))
        .filter(app_user::Column::DisabledAt.is_null())
        .into_tuple()
        .all(&txn)
        .await?;
    let id = BroadcastId::generate();
    let row = broadcast::ActiveModel {
        id: Set(id),
        author_id: Set(principal.id),
        author_role: Set(principal.role),
        brigade_id: Set(principal.brigade),
        title: Set(title.clone()),
        body: Set(body.clone()),
        expires_at: Set(input.expires_at),
        recipients: Set(0),
        created_at: Set(now),
    };
    broadcast::Entity::insert(row).exec_without_returning(&txn).await?;
    let links = codes.iter().map(|code| broadcast_commune::ActiveModel {
        broadcast_id: Set(id),
        commune_code: Set(code.clone()),
    });
    broadcast_commune::Entity::insert_many(links).exec_without_returning(&txn).await?;
    let heard = Message::new(
        NotificationKind::Broadcast,
        "Message de prévention",
        "Un message de prévention vous est adressé.",
    )
    .feed_title(title)
    .detail(Some(body))
    .subject(id);
    let reached = notify::deliver(&txn, &residents, &heard).await?;
    broadcast::Entity::update_many()
        .col_expr(broadcast::Column::Recipients, i32::try_from(reached).unwrap_or(i32::MAX).into())
        .filter(broadcast::Column::Id.eq(id))
        .exec(&txn)
        .await?;
    let entry = AuditEntry::new("broadcast.sent")
        .actor(principal.id)
        .target("broadcast", id.to_string())
        .detail(json!({ "communes": codes, "recipients": reached }));
    audit::record(&txn, entry).await?;
    let row = broadcast::Entity::find_by_id(id).one(&txn).await?.ok_or(AppError::NotFound("Message"))?;
    txn.commit().await?;
    Ok(Sent { row, communes: codes.into_iter().collect() })
}

/// The broadcasts sent to `commune`, newest first: its approved residents see those still
/// running; its coordinators, the staff of brigades covering it and admins within reach
/// see them all.
pub async fn list(
    db: &DatabaseConnection,
    viewer: &Viewer,
    commune_code: &str,
    page: PageRequest,
) -> AppResult<Page<broadcast::Model>> {
    let principal = viewer.principal()?;
    let commune = coverage::commune(db, commune_code, "communeCode").await?;
    coverage::hears_broadcasts(db, principal, &commune).await?;
    let residents_view = principal.role == Role::Resident;
    let mut query = broadcast::Entity::find().filter(
        broadcast::Column::Id.in_subquery(
            Query::select()
                .column(broadcast_commune::Column::BroadcastId)
                .from(broadcast_commune::Entity)
                .and_where(broadcast_commune::Column::CommuneCode.eq(&commune.code))
                .to_owned(),
        ),
    );
    if residents_view {
        query = query.filter(broadcast::Column::ExpiresAt.gt(Utc::now()));
    }
    pagination::by_id(db, query, broadcast::Column::Id, Order::NewestFirst, page).await
}

/// The communes of each broadcast in `ids`.
pub async fn communes_of(
    db: &DatabaseConnection,
    ids: &[BroadcastId],
) -> AppResult<Vec<broadcast_commune::Model>> {
    Ok(broadcast_commune::Entity::find()
        .filter(broadcast_commune::Column::BroadcastId.is_in(ids.iter().copied()))
        .all(db)
        .await?)
}
