//! `exportMyData`: everything Vigie holds about the caller, as one JSON document (GDPR art.
//! 15 and 20): the account, its enrolment, its reports with their public history and photos
//! (as short-lived signed links), its devices, notification preferences and feed, and who
//! read its identity as a reporter, and the abuse flags raised about it (the reason the
//! commune's coordinators read, and their decision; not who flagged). The brigade's internal notes are not the resident's to
//! read (they are the brigade's work, covered by the police-justice rules), and are left out.

use chrono::Utc;
use entity::{
    abuse_flag, app_user, device, enums::PhotoStatus, identity_read, notification, notification_preference,
    photo, report, report_event,
};
use sea_orm::{ActiveEnum, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter, QueryOrder};
use serde_json::{Value, json};

use crate::{
    error::{AppError, AppResult},
    identity::{Viewer, policy},
    media::service::{self as photos, Photos},
};

/// The document's format, for whoever reads it later.
const FORMAT: &str = "vigie-export/1";

/// The caller's data, as one document.
pub async fn export_my_data(db: &DatabaseConnection, store: Photos<'_>, viewer: &Viewer) -> AppResult<Value> {
    let principal = policy::export_own_data(viewer)?;
    let user = app_user::Entity::find_by_id(principal.id).one(db).await?.ok_or(AppError::Unauthenticated)?;
    let reports = report::Entity::find()
        .filter(report::Column::ReporterId.eq(user.id))
        .order_by_asc(report::Column::Id)
        .all(db)
        .await?;
    let ids: Vec<_> = reports.iter().map(|row| row.id).collect();
    let events = report_event::Entity::find()
        .filter(report_event::Column::ReportId.is_in(ids.clone()))
        .order_by_asc(report_event::Column::Id)
        .all(db)
        .await?;
    let attached = photo::Entity::find()
        .filter(photo::Column::ReportId.is_in(ids))
        .filter(photo::Column::Status.eq(PhotoStatus::Attached))
        .all(db)
        .await?;
    let links = photos::links(store, &attached).await?;
    let mut documents = Vec::with_capacity(reports.len());
    for row in &reports {
        let history: Vec<Value> = events
            .iter()
            .filter(|event| event.report_id == row.id)
            .map(|event| {
                json!({
                    "kind": event.kind.to_value(),
                    "status": event.status.map(|status| status.to_value()),
                    "publicNote": event.public_note,
                    "by": event.actor_role.to_value(),
                    "at": event.at,
                })
            })
            .collect();
        let pictures: Vec<Value> = attached
            .iter()
            .filter(|picture| picture.report_id == Some(row.id))
            .map(|picture| {
                let url = links.iter().find(|(id, _)| *id == picture.id).map(|(_, url)| url.clone());
                json!({ "id": picture.id, "contentType": picture.content_type, "url": url })
            })
            .collect();
        documents.push(json!({
            "id": row.id,
            "category": row.category_code,
            "description": row.description,
            "observedAt": row.observed_at,
            "filedAt": row.created_at,
            "status": row.status.to_value(),
            "commune": row.commune_code,
            "location": { "latitude": row.latitude, "longitude": row.longitude, "accuracyMeters": row.accuracy_meters },
            "history": history,
            "photos": pictures,
        }));
    }
    let devices = device::Entity::find().filter(device::Column::UserId.eq(user.id)).all(db).await?;
    let preferences = notification_preference::Entity::find()
        .filter(notification_preference::Column::UserId.eq(user.id))
        .all(db)
        .await?;
    let feed = notification::Entity::find()
        .filter(notification::Column::UserId.eq(user.id))
        .order_by_asc(notification::Column::Id)
        .all(db)
        .await?;
    let reads = identity_read::Entity::find()
        .filter(identity_read::Column::ReporterId.eq(user.id))
        .order_by_asc(identity_read::Column::Id)
        .all(db)
        .await?;
    let flags = abuse_flag::Entity::find()
        .filter(abuse_flag::Column::ResidentId.eq(user.id))
        .order_by_asc(abuse_flag::Column::Id)
        .all(db)
        .await?;
    let named = reads
        .iter()
        .filter_map(|read| read.reader_brigade_id)
        .chain(flags.iter().map(|flag| flag.brigade_id));
    let brigades =
        entity::brigade::Entity::find().filter(entity::brigade::Column::Id.is_in(named)).all(db).await?;
    Ok(json!({
        "format": FORMAT,
        "exportedAt": Utc::now(),
        "account": {
            "id": user.id,
            "email": user.email,
            "displayName": user.display_name,
            "phone": user.phone,
            "role": user.role.to_value(),
            "createdAt": user.created_at,
            "smsAlerts": user.sms_alerts,
            "quietHours": { "start": user.quiet_start, "end": user.quiet_end },
        },
        "enrolment": { "commune": user.commune_code, "status": user.enrolment_status.map(|status| status.to_value()) },
        "reports": documents,
        "devices": devices.iter().map(|row| json!({
            "id": row.id, "platform": row.platform.to_value(), "registeredAt": row.created_at, "lastSeenAt": row.last_seen_at,
        })).collect::<Vec<_>>(),
        "notificationPreferences": preferences.iter().map(|row| json!({
            "kind": row.kind.to_value(), "feed": row.feed, "push": row.push,
        })).collect::<Vec<_>>(),
        "notifications": feed.iter().map(|row| json!({
            "kind": row.kind.to_value(), "title": row.title, "body": row.body, "at": row.created_at, "readAt": row.read_at,
        })).collect::<Vec<_>>(),
        "identityReads": reads.iter().map(|row| json!({
            "reportId": row.report_id,
            "readAt": row.read_at,
            "brigade": row.reader_brigade_id.and_then(|id| brigades.iter().find(|brigade| brigade.id == id)).map(|brigade| brigade.name.clone()),
        })).collect::<Vec<_>>(),
        "abuseFlags": flags.iter().map(|row| json!({
            "reportId": row.report_id,
            "brigade": brigades.iter().find(|brigade| brigade.id == row.brigade_id).map(|brigade| brigade.name.clone()),
            "reason": row.reason,
            "flaggedAt": row.created_at,
            "status": row.status.to_value(),
            "decidedAt": row.decided_at,
            "decisionNote": row.decision_note,
        })).collect::<Vec<_>>(),
    }))
}
