//! `deleteMyAccount(password)`: a resident's right to erasure (GDPR art. 17). The account,
//! its sessions, devices, feed, preferences and uploads are deleted; its reports stay — the
//! brigade's work and the statistics keep them — but anonymised: they point to one
//! placeholder account ("Compte supprimé") instead of the person, their description and the
//! reporter's own notes are gone, their photos deleted from the store, their place coarsened
//! to the ~200 m grid; category, commune, dates and status stay true. All in one
//! transaction (the photo objects go right after it commits). It cannot be undone.
//!
//! Staff, coordinators, admins and partners are disabled instead: what they did stays
//! attributable in the audit trail.

use std::net::IpAddr;

use chrono::Utc;
use entity::{app_user, enums::Role, report, report_event};
use sea_orm::{ColumnTrait, ConnectionTrait, DatabaseConnection, EntityTrait, QueryFilter, sea_query::Expr};
use secrecy::SecretString;
use serde_json::json;

use crate::{
    error::{AppError, AppResult},
    identity::{
        Viewer,
        audit::{self, AuditEntry},
        credentials::verify_password,
        policy, sessions,
    },
    ids::{ReportId, UserId},
    media::service::{self as photos, Photos},
    reports::access::coarsen,
    throttle::Throttles,
};

use crate::ids::ANONYMOUS_REPORTER as ANONYMOUS;

/// What an erasure did.
#[derive(Debug, PartialEq, Eq)]
pub enum Erased {
    /// A resident's account deleted, with how many reports were anonymised.
    Deleted { reports: usize },
    /// A desk account disabled.
    Disabled,
}

/// Erases the caller's account after checking `password` (attempts count like logins).
pub async fn delete_my_account(
    db: &DatabaseConnection,
    store: Photos<'_>,
    throttle: &Throttles,
    viewer: &Viewer,
    password: String,
    client_ip: Option<IpAddr>,
) -> AppResult<Erased> {
    let principal = policy::close_own_account(viewer)?;
    let user = app_user::Entity::find_by_id(principal.id).one(db).await?.ok_or(AppError::Unauthenticated)?;
    throttle.login(&user.email, client_ip)?;
    if !verify_password(SecretString::from(password), user.password_hash.clone()).await? {
        return Err(AppError::bad_input("password", "Mot de passe incorrect."));
    }
    let txn = crate::db::write(db).await?;
    sessions::revoke_all(&txn, user.id).await?;
    if user.role != Role::Resident {
        let now = Utc::now();
        app_user::Entity::update_many()
            .col_expr(app_user::Column::DisabledAt, Expr::value(now))
            .col_expr(app_user::Column::UpdatedAt, Expr::value(now))
            .filter(app_user::Column::Id.eq(user.id))
            .exec(&txn)
            .await?;
        crate::notify::forget_devices(&txn, user.id).await?;
        let entry = AuditEntry::new("account.closed_by_owner").actor(user.id).client_ip(client_ip);
        audit::record(&txn, entry.target("user", user.id.to_string())).await?;
        txn.commit().await?;
        return Ok(Erased::Disabled);
    }
    let reports: Vec<ReportId> = report::Entity::find()
        .filter(report::Column::ReporterId.eq(user.id))
        .all(&txn)
        .await?
        .into_iter()
        .map(|row| row.id)
        .collect();
    let forgotten = anonymise(&txn, &reports, Some(user.id)).await?;
    // Flags of abusive use name the person: they go with the account (the audit trail keeps
    // that they existed).
    entity::abuse_flag::Entity::delete_many()
        .filter(entity::abuse_flag::Column::ResidentId.eq(user.id))
        .exec(&txn)
        .await?;
    app_user::Entity::delete_by_id(user.id).exec(&txn).await?;
    let entry = AuditEntry::new("account.erased")
        .target("user", user.id.to_string())
        .client_ip(client_ip)
        .detail(json!({ "reports_anonymised": reports.len(), "photos_deleted": forgotten.len() }));
    audit::record(&txn, entry).await?;
    txn.commit().await?;
    photos::delete_objects(store, &forgotten).await;
    Ok(Erased::Deleted { reports: reports.len() })
}

/// Anonymises `reports` in `txn` (and, with `person`, detaches everything that person did
/// on any report); returns the photos to delete from the store once it commits.
pub async fn anonymise(
    txn: &impl ConnectionTrait,
    reports: &[ReportId],
    person: Option<UserId>,
) -> AppResult<Vec<crate::ids::PhotoId>> {
    crate::identity::placeholders::ensure(txn, crate::identity::placeholders::ANONYMOUS).await?;
    for id in reports {
        let Some(row) = report::Entity::find_by_id(*id).one(txn).await? else { continue };
        let (latitude, longitude) = coarsen(row.latitude, row.longitude);
        report::Entity::update_many()
            .col_expr(report::Column::ReporterId, Expr::value(ANONYMOUS))
            // Unique per reporter: the report's own id keeps it so under the placeholder.
            .col_expr(report::Column::ClientRequestId, Expr::value(format!("anonymise-{}", row.id)))
            .col_expr(report::Column::Fingerprint, Expr::value(String::new()))
            .col_expr(report::Column::Description, Expr::value(String::new()))
            .col_expr(report::Column::Latitude, Expr::value(latitude))
            .col_expr(report::Column::Longitude, Expr::value(longitude))
            .col_expr(report::Column::AccuracyMeters, Expr::value(Option::<f64>::None))
            .filter(report::Column::Id.eq(row.id))
            .exec(txn)
            .await?;
        // The reporter's own words on it.
        report_event::Entity::update_many()
            .col_expr(report_event::Column::PublicNote, Expr::value(Option::<String>::None))
            .col_expr(report_event::Column::ActorId, Expr::value(ANONYMOUS))
            .filter(report_event::Column::ReportId.eq(row.id))
            .filter(report_event::Column::ActorId.eq(row.reporter_id))
            .exec(txn)
            .await?;
    }
    if let Some(person) = person {
        report_event::Entity::update_many()
            .col_expr(report_event::Column::PublicNote, Expr::value(Option::<String>::None))
            .col_expr(report_event::Column::ActorId, Expr::value(ANONYMOUS))
            .filter(report_event::Column::ActorId.eq(person))
            .exec(txn)
            .await?;
    }
    photos::forget(txn, reports, person).await
}
