//! Who hears about enrolments, in the transaction that records them: a commune's
//! coordinators about a new request, the resident about the decision (with the reason, in
//! their feed only), a suspension or a reinstatement.

use entity::{
    app_user, coordinator_commune,
    enums::{EnrolmentStatus, NotificationKind, Role},
};
use sea_orm::{ColumnTrait, EntityTrait, QueryFilter, QuerySelect};

use crate::{
    db::Write,
    error::AppResult,
    ids::UserId,
    notify::{self, Message},
};

/// The active coordinators of `commune`.
pub async fn coordinators_of(txn: &Write, commune: &str) -> AppResult<Vec<app_user::Model>> {
    let linked: Vec<UserId> = coordinator_commune::Entity::find()
        .select_only()
        .column(coordinator_commune::Column::UserId)
        .filter(coordinator_commune::Column::CommuneCode.eq(commune))
        .into_tuple()
        .all(txn)
        .await?;
    if linked.is_empty() {
        return Ok(Vec::new());
    }
    Ok(app_user::Entity::find()
        .filter(app_user::Column::Id.is_in(linked))
        .filter(app_user::Column::Role.eq(Role::Coordinator))
        .filter(app_user::Column::DisabledAt.is_null())
        .all(txn)
        .await?)
}

/// A resident asked to join `commune`: its active coordinators hear of it.
pub async fn enrolment_requested(txn: &Write, commune: &str) -> AppResult<()> {
    let coordinators: Vec<UserId> = coordinators_of(txn, commune).await?.iter().map(|user| user.id).collect();
    let message = Message::new(
        NotificationKind::EnrolmentRequest,
        "Nouvelle demande d'inscription",
        "Un habitant demande à rejoindre le dispositif dans votre commune.",
    )
    .commune(commune);
    notify::deliver(txn, &coordinators, &message).await?;
    Ok(())
}

/// A resident's enrolment moved to `to`: they hear of it.
pub async fn enrolment_changed(
    txn: &Write,
    resident: UserId,
    from: EnrolmentStatus,
    to: EnrolmentStatus,
    reason: Option<String>,
) -> AppResult<()> {
    let reason = reason.map(|reason| format!("Motif : {reason}"));
    let message = match (from, to) {
        (EnrolmentStatus::Suspended, EnrolmentStatus::Approved) => Message::new(
            NotificationKind::AccountStatus,
            "Votre compte est rétabli",
            "Vous pouvez de nouveau signaler des faits à la brigade.",
        ),
        (_, EnrolmentStatus::Approved) => Message::new(
            NotificationKind::EnrolmentDecision,
            "Votre inscription est validée",
            "Votre commune a validé votre inscription : vous pouvez signaler des faits à la brigade.",
        ),
        (_, EnrolmentStatus::Rejected) => Message::new(
            NotificationKind::EnrolmentDecision,
            "Votre inscription n'a pas été retenue",
            "Votre commune n'a pas validé votre inscription.",
        )
        .detail(reason),
        (_, EnrolmentStatus::Suspended) => Message::new(
            NotificationKind::AccountStatus,
            "Votre compte est suspendu",
            "Votre commune a suspendu votre participation ; contactez votre mairie.",
        )
        .detail(reason),
        (_, EnrolmentStatus::Pending) => return Ok(()),
    };
    notify::deliver(txn, &[resident], &message).await?;
    Ok(())
}
