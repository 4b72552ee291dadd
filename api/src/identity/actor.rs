//! Who changes the scheme: an admin through the API (their id and reach), or an operator
//! at the command line (national reach, no account). Every administrative change is
//! checked against the actor's reach and audited under its id.

use std::net::IpAddr;

use super::{Reach, Viewer, audit::AuditEntry, policy};
use crate::{error::AppResult, ids::UserId};

/// The author of an administrative change.
#[derive(Clone, Debug)]
pub struct Actor {
    pub id: Option<UserId>,
    pub reach: Reach,
    pub client_ip: Option<IpAddr>,
}

impl Actor {
    /// The caller, if an admin (else `UNAUTHENTICATED`/`FORBIDDEN`).
    pub fn admin(viewer: &Viewer, client_ip: Option<IpAddr>) -> AppResult<Self> {
        let principal = policy::administer(viewer)?;
        Ok(Self { id: Some(principal.id), reach: principal.reach.clone(), client_ip })
    }

    /// The caller of a resolver, if an admin.
    pub fn of(ctx: &async_graphql::Context<'_>) -> AppResult<Self> {
        let request = super::request(ctx);
        Self::admin(&request.viewer, request.client_ip)
    }

    /// An operator at the command line.
    pub fn operator() -> Self {
        Self { id: None, reach: Reach::National, client_ip: None }
    }

    /// An audit entry of `action` by this actor.
    pub fn audit(&self, action: &'static str) -> AuditEntry {
        let entry = AuditEntry::new(action).client_ip(self.client_ip);
        match self.id {
            Some(id) => entry.actor(id),
            None => entry,
        }
    }
}
