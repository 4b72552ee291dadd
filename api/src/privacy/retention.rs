//! Storage limitation (GDPR art. 5-1-e): one job, on one node at a time, deletes or
//! anonymises what has been kept long enough. Durations are settings
//! ([`Durations`], `VIGIE_RETAIN_*`), their defaults set against the CNIL's guidance for
//! neighbourhood schemes and for access logs:
//!
//! | what | after | how |
//! | --- | --- | --- |
//! | closed reports (resolved, rejected, duplicate, withdrawn) | 365 days closed | anonymised as an erasure does: reporter unlinked, description, the reporter's notes and photos gone, place on the ~200 m grid; category, commune, dates and status kept |
//! | photos | 180 days after upload | deleted, row and object |
//! | registrations never approved (pending or rejected residents) | 30 days | account deleted |
//! | SMS, push and e-mail outbox rows | 30 days after delivery or giving up | deleted |
//! | audit trail | 3 years | deleted |
//! | abuse flags, once decided (their reason and note are free text about a resident) | 3 years decided | deleted |
//! | read log of reporters' identities | 3 years | deleted |
//! | closed partnership cases (actions' leads, meetings' attendees and minutes: free text that names people) | 5 years closed | deleted, with their members, links and sector |
//! | sessions (refresh tokens), password-reset codes, e-mailed registration codes | at expiry | deleted |
//!
//! Each run is one transaction (so a dry run counts exactly what a run would do) under a
//! PostgreSQL advisory lock taken for that transaction (embedded mode has one node, whose
//! writer turn serialises it), at most [`BATCH`] reports a run; it writes one audit entry
//! with its counts. Photo objects are deleted once the run commits (a crash in between
//! leaves objects no row accounts for: the orphan sweep deletes them).

use chrono::{Duration, Utc};
use entity::{
    abuse_flag, app_user, audit_event,
    enums::{DeliveryStatus, EnrolmentStatus, ReportStatus, Role},
    identity_read, outbox, password_reset, pending_registration, photo, refresh_token, report,
};
use sea_orm::{
    ColumnTrait, Condition, ConnectionTrait, DatabaseBackend, DatabaseConnection, EntityTrait,
    PaginatorTrait, QueryFilter, QuerySelect, Statement,
};
use serde::Serialize;
use serde_json::json;

use super::erasure;
use crate::{
    error::AppResult,
    identity::audit::{self, AuditEntry},
    ids::{ANONYMOUS_REPORTER, PhotoId, ReportId, UserId},
    media::service::{self as photos, Photos},
    partnership::cases::retention as cases_retention,
};

/// Reports anonymised at most in one run (the next run takes the rest).
pub const BATCH: u64 = 500;
/// The advisory lock's key: "vigie-retention".
pub const LOCK: i64 = 0x7669_6769_6572_6574;
/// Statuses after which a report is closed.
const CLOSED: [ReportStatus; 4] =
    [ReportStatus::Resolved, ReportStatus::Rejected, ReportStatus::Duplicate, ReportStatus::Withdrawn];

/// How long each kind of data is kept, in days.
#[derive(Clone, Copy, Debug)]
pub struct Durations {
    pub closed_reports: i64,
    pub photos: i64,
    pub unapproved_registrations: i64,
    pub outbox: i64,
    pub audit: i64,
    pub read_log: i64,
    pub decided_abuse_flags: i64,
    pub closed_cases: i64,
}

impl Durations {
    pub fn from_config(config: &crate::config::Config) -> Self {
        Self {
            closed_reports: config.retain_closed_reports_days,
            photos: config.retain_photos_days,
            unapproved_registrations: config.retain_unapproved_days,
            outbox: config.retain_outbox_days,
            audit: config.retain_audit_days,
            read_log: config.retain_read_log_days,
            decided_abuse_flags: config.retain_decided_abuse_flags_days,
            closed_cases: config.retain_closed_cases_days,
        }
    }
}

/// What a run did (or, dry, would do).
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize)]
pub struct Counts {
    pub reports_anonymised: u64,
    pub photos_deleted: u64,
    pub registrations_deleted: u64,
    pub outbox_deleted: u64,
    pub audit_deleted: u64,
    pub read_log_deleted: u64,
    pub abuse_flags_deleted: u64,
    pub closed_cases_deleted: u64,
    pub expired_credentials_deleted: u64,
}

/// How a run ended.
#[derive(Debug, PartialEq, Eq)]
pub enum Run {
    Done(Counts),
    /// Another node holds the lock: it is running now.
    Busy,
}

/// Runs retention once; with `dry`, counts and changes nothing.
pub async fn run(
    db: &DatabaseConnection,
    store: Photos<'_>,
    durations: Durations,
    dry: bool,
) -> AppResult<Run> {
    let now = Utc::now();
    let txn = crate::db::write(db).await?;
    if txn.get_database_backend() == DatabaseBackend::Postgres {
        let locked = txn
            .query_one_raw(Statement::from_sql_and_values(
                DatabaseBackend::Postgres,
                "SELECT pg_try_advisory_xact_lock($1) AS locked",
                [LOCK.into()],
            ))
            .await?
            .map(|row| row.try_get::<bool>("", "locked"))
            .transpose()?
            .unwrap_or(false);
        if !locked {
            return Ok(Run::Busy);
        }
    }
    let days = |count: i64| now - Duration::days(count.max(0));
    let mut counts = Counts::default();

    // Closed reports, oldest first, a batch at a time.
    let closed: Vec<ReportId> = report::Entity::find()
        .select_only()
        .column(report::Column::Id)
        .filter(report::Column::Status.is_in(CLOSED))
        .filter(report::Column::UpdatedAt.lt(days(durations.closed_reports)))
        .filter(report::Column::ReporterId.ne(ANONYMOUS_REPORTER))
        .limit(BATCH)
        .into_tuple()
        .all(&txn)
        .await?;
    counts.reports_anonymised = closed.len() as u64;
    let old_photos = photo::Entity::find().filter(photo::Column::CreatedAt.lt(days(durations.photos)));
    let unapproved: Vec<UserId> = app_user::Entity::find()
        .select_only()
        .column(app_user::Column::Id)
        .filter(app_user::Column::Role.eq(Role::Resident))
        .filter(
            app_user::Column::EnrolmentStatus.is_in([EnrolmentStatus::Pending, EnrolmentStatus::Rejected]),
        )
        .filter(app_user::Column::CreatedAt.lt(days(durations.unapproved_registrations)))
        .filter(app_user::Column::Id.ne(ANONYMOUS_REPORTER))
        .limit(BATCH)
        .into_tuple()
        .all(&txn)
        .await?;
    counts.registrations_deleted = unapproved.len() as u64;
    let outbox_done = Condition::all()
        .add(outbox::Column::Status.is_in([DeliveryStatus::Sent, DeliveryStatus::Failed]))
        .add(outbox::Column::CreatedAt.lt(days(durations.outbox)));
    let audit_old = audit_event::Column::At.lt(days(durations.audit));
    let reads_old = identity_read::Column::ReadAt.lt(days(durations.read_log));
    // Decided only: an open flag waits for its decision, however old.
    let flags_old = abuse_flag::Column::DecidedAt.lt(days(durations.decided_abuse_flags));

    if dry {
        counts.photos_deleted = old_photos.count(&txn).await?
            + photo::Entity::find()
                .filter(photo::Column::ReportId.is_in(closed.clone()))
                .filter(photo::Column::CreatedAt.gte(days(durations.photos)))
                .count(&txn)
                .await?;
        counts.outbox_deleted = outbox::Entity::find().filter(outbox_done).count(&txn).await?;
        counts.audit_deleted = audit_event::Entity::find().filter(audit_old).count(&txn).await?;
        counts.read_log_deleted = identity_read::Entity::find().filter(reads_old).count(&txn).await?;
        counts.abuse_flags_deleted = abuse_flag::Entity::find().filter(flags_old).count(&txn).await?;
        counts.closed_cases_deleted =
            cases_retention::purge_closed(&txn, days(durations.closed_cases), true).await?;
        counts.expired_credentials_deleted = refresh_token::Entity::find()
            .filter(refresh_token::Column::ExpiresAt.lt(now))
            .count(&txn)
            .await?
            + password_reset::Entity::find()
                .filter(password_reset::Column::ExpiresAt.lt(now))
                .count(&txn)
                .await?
            + pending_registration::Entity::find()
                .filter(pending_registration::Column::ExpiresAt.lt(now))
                .count(&txn)
                .await?;
        // Ended now, not when dropped: a run right after a dry run finds the lock free.
        txn.rollback().await?;
        return Ok(Run::Done(counts));
    }

    let mut forgotten: Vec<PhotoId> = erasure::anonymise(&txn, &closed, None).await?;
    let aged: Vec<PhotoId> =
        old_photos.select_only().column(photo::Column::Id).into_tuple().all(&txn).await?;
    photo::Entity::delete_many().filter(photo::Column::Id.is_in(aged.clone())).exec(&txn).await?;
    forgotten.extend(aged);
    for user in &unapproved {
        forgotten.extend(erasure::anonymise(&txn, &[], Some(*user)).await?);
        app_user::Entity::delete_by_id(*user).exec(&txn).await?;
    }
    counts.photos_deleted = forgotten.len() as u64;
    counts.outbox_deleted = outbox::Entity::delete_many().filter(outbox_done).exec(&txn).await?.rows_affected;
    counts.audit_deleted =
        audit_event::Entity::delete_many().filter(audit_old).exec(&txn).await?.rows_affected;
    counts.read_log_deleted =
        identity_read::Entity::delete_many().filter(reads_old).exec(&txn).await?.rows_affected;
    counts.abuse_flags_deleted =
        abuse_flag::Entity::delete_many().filter(flags_old).exec(&txn).await?.rows_affected;
    counts.closed_cases_deleted =
        cases_retention::purge_closed(&txn, days(durations.closed_cases), false).await?;
    counts.expired_credentials_deleted = refresh_token::Entity::delete_many()
        .filter(refresh_token::Column::ExpiresAt.lt(now))
        .exec(&txn)
        .await?
        .rows_affected
        + password_reset::Entity::delete_many()
            .filter(password_reset::Column::ExpiresAt.lt(now))
            .exec(&txn)
            .await?
            .rows_affected
        + pending_registration::Entity::delete_many()
            .filter(pending_registration::Column::ExpiresAt.lt(now))
            .exec(&txn)
            .await?
            .rows_affected;
    audit::record(&txn, AuditEntry::new("retention.run").detail(json!(counts))).await?;
    txn.commit().await?;
    photos::delete_objects(store, &forgotten).await;
    Ok(Run::Done(counts))
}
