//! The security audit trail: login outcomes, token reuse, enrolment decisions, grants and
//! suspensions, with actor, time and target.

use chrono::Utc;
use entity::audit_event;
use sea_orm::{ActiveValue::Set, ConnectionTrait, EntityTrait};
use uuid::Uuid;

use crate::{error::AppResult, ids::UserId};

/// One entry to record.
#[derive(Debug, Default)]
pub struct AuditEntry {
    action: &'static str,
    actor: Option<UserId>,
    target: Option<(&'static str, String)>,
    detail: Option<serde_json::Value>,
    client_ip: Option<String>,
}

impl AuditEntry {
    pub fn new(action: &'static str) -> Self {
        Self { action, ..Self::default() }
    }

    pub fn actor(mut self, actor: UserId) -> Self {
        self.actor = Some(actor);
        self
    }

    pub fn target(mut self, kind: &'static str, id: String) -> Self {
        self.target = Some((kind, id));
        self
    }

    pub fn detail(mut self, detail: serde_json::Value) -> Self {
        self.detail = Some(detail);
        self
    }

    pub fn client_ip(mut self, ip: Option<std::net::IpAddr>) -> Self {
        self.client_ip = ip.map(|ip| ip.to_string());
        self
    }
}

/// Writes the entry (inside the caller's transaction when there is one).
pub async fn record(db: &impl ConnectionTrait, entry: AuditEntry) -> AppResult<()> {
    let (target_type, target_id) =
        entry.target.map_or((None, None), |(kind, id)| (Some(kind.to_owned()), Some(id)));
    audit_event::Entity::insert(audit_event::ActiveModel {
        id: Set(Uuid::now_v7()),
        at: Set(Utc::now()),
        actor_id: Set(entry.actor),
        action: Set(entry.action.to_owned()),
        target_type: Set(target_type),
        target_id: Set(target_id),
        detail: Set(entry.detail.map(|detail| detail.to_string())),
        client_ip: Set(entry.client_ip),
    })
    .exec_without_returning(db)
    .await?;
    Ok(())
}
