//! Acknowledgement deadlines: set at filing from the category's urgency and the département's
//! delays (its admins' choice, or the node's `VIGIE_ACK_DEADLINE_MINUTES`), on the wall
//! clock — brigades work around the clock. A report is overdue while it waits for
//! acknowledgement past its deadline; the same delay again and the département's admins
//! hear of it (see [`super::escalation`]).

use chrono::{DateTime, Duration, Utc};
use entity::{departement_deadline, enums::ReportStatus, report};
use sea_orm::{ActiveValue::Set, DatabaseConnection, EntityTrait, sea_query::OnConflict};
use serde_json::json;

use crate::{
    config::{AckDeadlines, MAX_DEADLINE_MINUTES},
    error::{AppError, AppResult},
    identity::{
        Viewer,
        audit::{self, AuditEntry},
        policy,
    },
};

/// The two moments of a report's deadline.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Deadline {
    /// When the brigade should have acknowledged it (its commander hears otherwise).
    pub acknowledge_by: DateTime<Utc>,
    /// When the département's admins hear of it if it still waits.
    pub escalate_by: DateTime<Utc>,
}

impl Deadline {
    /// The deadline of a report of urgency `urgency` filed at `filed_at`.
    pub fn of(delays: AckDeadlines, urgency: i32, filed_at: DateTime<Utc>) -> Self {
        let delay = Duration::minutes(i64::from(delays.minutes_for(urgency)));
        Self { acknowledge_by: filed_at + delay, escalate_by: filed_at + delay + delay }
    }
}

/// Whether `report` waits for acknowledgement past its deadline at `now`.
pub fn is_overdue(report: &report::Model, now: DateTime<Utc>) -> bool {
    report.status == ReportStatus::Submitted && report.acknowledge_by.is_some_and(|by| by < now)
}

/// A département's acknowledgement delays and whether they are its own choice.
#[derive(Clone, Copy, Debug)]
pub struct DepartementDelays {
    pub delays: AckDeadlines,
    pub chosen: bool,
}

/// The delays in force in `departement` (admins in scope).
pub async fn of_departement(
    db: &DatabaseConnection,
    viewer: &Viewer,
    departement: &str,
    default: AckDeadlines,
) -> AppResult<DepartementDelays> {
    policy::administer_departement(viewer, departement)?;
    let row = departement_deadline::Entity::find_by_id(departement.to_owned()).one(db).await?;
    Ok(match row {
        Some(row) => {
            let minutes = [row.urgent_minutes, row.high_minutes, row.normal_minutes, row.low_minutes];
            DepartementDelays { delays: AckDeadlines::from_stored(minutes), chosen: true }
        }
        None => DepartementDelays { delays: default, chosen: false },
    })
}

/// Sets `departement`'s delays (admins in scope): reports filed from then on get them; those
/// already filed keep theirs. Audited; every node's snapshot picks them up with the
/// jurisdictions' revision.
pub async fn set_for_departement(
    db: &DatabaseConnection,
    viewer: &Viewer,
    departement: &str,
    delays: [i32; 4],
) -> AppResult<AckDeadlines> {
    let principal = policy::administer_departement(viewer, departement)?;
    for (field, minutes) in
        ["urgentMinutes", "highMinutes", "normalMinutes", "lowMinutes"].into_iter().zip(delays)
    {
        if !(1..=i64::from(MAX_DEADLINE_MINUTES)).contains(&i64::from(minutes)) {
            return Err(AppError::bad_input(
                field,
                format!("Un délai va de 1 minute à {MAX_DEADLINE_MINUTES} minutes (trente jours)."),
            ));
        }
    }
    let [urgent, high, normal, low] = delays;
    if !(urgent <= high && high <= normal && normal <= low) {
        return Err(AppError::bad_input(
            "urgentMinutes",
            "Un fait plus urgent doit être pris en compte plus vite : urgent ≤ élevé ≤ normal ≤ faible.",
        ));
    }
    let row = departement_deadline::ActiveModel {
        departement: Set(departement.to_owned()),
        urgent_minutes: Set(urgent),
        high_minutes: Set(high),
        normal_minutes: Set(normal),
        low_minutes: Set(low),
        updated_at: Set(chrono::Utc::now()),
        updated_by: Set(principal.id),
    };
    let txn = crate::db::write(db).await?;
    departement_deadline::Entity::insert(row)
        .on_conflict(
            OnConflict::column(departement_deadline::Column::Departement)
                .update_columns([
                    departement_deadline::Column::UrgentMinutes,
                    departement_deadline::Column::HighMinutes,
                    departement_deadline::Column::NormalMinutes,
                    departement_deadline::Column::LowMinutes,
                    departement_deadline::Column::UpdatedAt,
                    departement_deadline::Column::UpdatedBy,
                ])
                .to_owned(),
        )
        .exec_without_returning(&txn)
        .await?;
    crate::routing::store::bump_revision(&txn).await?;
    audit::record(
        &txn,
        AuditEntry::new("acknowledgement_deadlines.set")
            .actor(principal.id)
            .target("departement", departement.to_owned())
            .detail(json!({ "urgent": urgent, "high": high, "normal": normal, "low": low })),
    )
    .await?;
    txn.commit().await?;
    Ok(AckDeadlines {
        urgent: urgent.unsigned_abs(),
        high: high.unsigned_abs(),
        normal: normal.unsigned_abs(),
        low: low.unsigned_abs(),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_admins_hear_after_the_same_delay_again() {
        let filed = DateTime::parse_from_rfc3339("2026-12-06T23:50:00Z").expect("date").to_utc();
        let deadline = Deadline::of(AckDeadlines::DEFAULT, 3, filed);
        assert_eq!(deadline.acknowledge_by, filed + Duration::minutes(15));
        assert_eq!(deadline.escalate_by, filed + Duration::minutes(30));
        // Nights count: a low-urgency report filed on Saturday night is due on Tuesday night.
        let low = Deadline::of(AckDeadlines::DEFAULT, 0, filed);
        assert_eq!(low.acknowledge_by, filed + Duration::days(3));
    }
}
