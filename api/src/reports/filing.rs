//! Filing a report: validate everything, route it, and store the report with its first
//! event in one transaction. Filing is idempotent per reporter and `clientRequestId`.

use chrono::{DateTime, Duration, Utc};
use entity::{
    enums::{self, ReportEventKind, ReportStatus, Role},
    report,
};
use sea_orm::{ActiveValue::Set, ColumnTrait, DatabaseConnection, EntityTrait, QueryFilter};
use sha2::{Digest, Sha256};

use super::events::{self, NewEvent};
use crate::text;
use crate::{
    config::{AckDeadlines, IncidentRule},
    error::{AppError, AppResult},
    identity::{Principal, Viewer, policy},
    media::{self, service::Photos},
    routing::{GeoPoint, RoutingHandle, RoutingRule},
    throttle::Throttles,
};

/// What the app sends.
#[derive(Clone, Debug)]
pub struct Filing {
    pub client_request_id: String,
    pub category_code: String,
    pub description: String,
    pub latitude: f64,
    pub longitude: f64,
    pub accuracy_meters: Option<f64>,
    pub observed_at: Option<DateTime<Utc>>,
    pub photo_ids: Vec<String>,
}

/// The outcome: the report, and whether this call created it.
#[derive(Debug)]
pub struct Filed {
    pub report: report::Model,
    pub created: bool,
}

/// What filing works with.
#[derive(Clone, Copy, Debug)]
pub struct Desk<'a> {
    pub db: &'a DatabaseConnection,
    pub routing: &'a RoutingHandle,
    pub throttle: &'a Throttles,
    pub photos: Photos<'a>,
    /// Oldest facts a report may describe, in days.
    pub max_age_days: i64,
    /// Acknowledgement delays of départements that chose none.
    pub deadlines: AckDeadlines,
    /// How close reports are grouped into incidents.
    pub incident_rule: IncidentRule,
}

/// Files a report for an approved resident.
pub async fn file(desk: Desk<'_>, viewer: &Viewer, filing: Filing) -> AppResult<Filed> {
    let principal = policy::file_report(viewer)?;
    let client_request_id = client_request_id(&filing.client_request_id)?;
    let description =
        text::clean_required(&filing.description, "description", 4000, "Décrivez ce que vous avez vu.")?;
    let point = GeoPoint::new(filing.latitude, filing.longitude)?;
    if let Some(accuracy) = filing.accuracy_meters
        && (!accuracy.is_finite() || accuracy < 0.0)
    {
        return Err(AppError::bad_input(
            "accuracyMeters",
            "La précision doit être un nombre positif de mètres.",
        ));
    }
    let now = Utc::now();
    let observed_at = observed_at(filing.observed_at, now, desk.max_age_days)?;
    let fingerprint = fingerprint(&filing);
    if let Some(existing) = find_existing(desk.db, principal, &client_request_id).await? {
        return replay(existing, &fingerprint);
    }
    // Replays of an offline retry above cost nothing; each new report costs one.
    desk.throttle.file_report(principal.id)?;

    // Categories come with the jurisdictions, from memory (one snapshot, one revision).
    let jurisdictions = desk.routing.current();
    let category = jurisdictions
        .active_category(&filing.category_code)
        .ok_or_else(|| AppError::bad_input("categoryCode", "Catégorie inconnue."))?;
    if let Some(diversion) = &category.diversion {
        return Err(AppError::EmergencyDiversion(diversion.clone()));
    }
    let route = jurisdictions.route(point, &category.code)?;
    let departement = crate::department::of_commune(&route.commune.code);
    let deadline = super::deadlines::Deadline::of(
        jurisdictions.deadlines_of(departement).unwrap_or(desk.deadlines),
        category.urgency,
        now,
    );
    let photos = match media::service::prepare(desk.photos, principal.id, &filing.photo_ids, 0).await {
        Ok(photos) => photos,
        Err(error) => {
            // A concurrent retry of this filing may have just attached these photos.
            if let Some(existing) = find_existing(desk.db, principal, &client_request_id).await? {
                return replay(existing, &fingerprint);
            }
            return Err(error);
        }
    };
    let report = report::ActiveModel {
        id: Set(crate::ids::ReportId::generate()),
        reporter_id: Set(principal.id),
        client_request_id: Set(client_request_id.clone()),
        fingerprint: Set(fingerprint.clone()),
        category_code: Set(category.code.clone()),
        urgency: Set(category.urgency),
        description: Set(description),
        latitude: Set(point.latitude()),
        longitude: Set(point.longitude()),
        accuracy_meters: Set(filing.accuracy_meters),
        commune_code: Set(route.commune.code.clone()),
        brigade_id: Set(route.brigade),
        routing_rule: Set(stored_rule(route.rule)),
        status: Set(ReportStatus::Submitted),
        duplicate_of: Set(None),
        observed_at: Set(observed_at),
        created_at: Set(now),
        updated_at: Set(now),
        acknowledged_at: Set(None),
        priority: Set(category.urgency),
        assignee_id: Set(None),
        acknowledge_by: Set(Some(deadline.acknowledge_by)),
        escalate_by: Set(Some(deadline.escalate_by)),
        overdue_level: Set(0),
        incident_id: Set(None),
        incident_standalone: Set(false),
    };

    let txn = crate::db::write(desk.db).await?;
    let report = match report::Entity::insert(report).exec_with_returning(&txn).await {
        Ok(report) => report,
        Err(error) if crate::db::is_unique_violation(&error) => {
            // A concurrent retry of the same filing won the race.
            drop(txn);
            let existing = find_existing(desk.db, principal, &client_request_id).await?;
            return replay(existing.ok_or_else(|| AppError::internal(error))?, &fingerprint);
        }
        Err(error) => return Err(error.into()),
    };
    media::service::link(&txn, &photos, report.id).await?;
    let partners = jurisdictions.incident_partners(category);
    let incident = super::incidents::grouping::at_filing(&txn, &report, desk.incident_rule, partners).await?;
    let report = report::Model { incident_id: incident, ..report };
    let event =
        NewEvent::status(ReportEventKind::Filed, ReportStatus::Submitted, principal.id, Role::Resident);
    events::append(&txn, &report, event, None).await?;
    txn.commit().await?;
    tracing::info!(report = %report.id, brigade = %report.brigade_id, "report filed");
    Ok(Filed { report, created: true })
}

async fn find_existing(
    db: &DatabaseConnection,
    principal: &Principal,
    client_request_id: &str,
) -> AppResult<Option<report::Model>> {
    Ok(report::Entity::find()
        .filter(report::Column::ReporterId.eq(principal.id))
        .filter(report::Column::ClientRequestId.eq(client_request_id))
        .one(db)
        .await?)
}

/// The same `clientRequestId` again: the same report if the payload is the same.
fn replay(existing: report::Model, fingerprint: &str) -> AppResult<Filed> {
    if existing.fingerprint != fingerprint {
        return Err(AppError::Conflict(
            "Cet identifiant de requête a déjà servi pour un autre signalement.".into(),
        ));
    }
    Ok(Filed { report: existing, created: false })
}

fn client_request_id(raw: &str) -> AppResult<String> {
    let valid = (1..=64).contains(&raw.len())
        && raw.chars().all(|c| c.is_ascii_alphanumeric() || matches!(c, '-' | '_' | ':' | '.'));
    if valid {
        Ok(raw.to_owned())
    } else {
        Err(AppError::bad_input(
            "clientRequestId",
            "Identifiant de requête invalide (1 à 64 caractères simples).",
        ))
    }
}

/// When it was seen: not in the future (a minute of clock skew allowed), not older than
/// the configured window; now when not given.
fn observed_at(
    given: Option<DateTime<Utc>>,
    now: DateTime<Utc>,
    max_age_days: i64,
) -> AppResult<DateTime<Utc>> {
    let Some(at) = given else { return Ok(now) };
    if at > now + Duration::minutes(1) {
        return Err(AppError::bad_input("observedAt", "La date d'observation est dans le futur."));
    }
    if at < now - Duration::days(max_age_days) {
        return Err(AppError::bad_input(
            "observedAt",
            format!("Les faits de plus de {max_age_days} jours ne peuvent pas être signalés ici."),
        ));
    }
    Ok(at)
}

/// A stable digest of what the app sent (not of what the server derived).
fn fingerprint(filing: &Filing) -> String {
    let canonical = serde_json::json!([
        filing.category_code,
        filing.description,
        filing.latitude,
        filing.longitude,
        filing.accuracy_meters,
        filing.observed_at.map(|at| at.timestamp_micros()),
        filing.photo_ids,
    ]);
    Sha256::digest(canonical.to_string().as_bytes()).iter().map(|byte| format!("{byte:02x}")).collect()
}

/// How a routing decision is stored.
fn stored_rule(rule: RoutingRule) -> enums::RoutingRule {
    match rule {
        RoutingRule::CommuneDefault => enums::RoutingRule::CommuneDefault,
        RoutingRule::CategoryOverride => enums::RoutingRule::CategoryOverride,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_future_observation_is_refused_but_clock_skew_is_tolerated() {
        let now = Utc::now();
        assert!(observed_at(Some(now + Duration::seconds(30)), now, 30).is_ok());
        let error = observed_at(Some(now + Duration::hours(1)), now, 30).expect_err("future");
        assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "observedAt"));
    }

    #[test]
    fn an_observation_older_than_the_window_is_refused() {
        let now = Utc::now();
        assert!(observed_at(Some(now - Duration::days(31)), now, 30).is_err());
        assert!(observed_at(Some(now - Duration::days(29)), now, 30).is_ok());
    }

    #[test]
    fn a_client_request_id_is_short_and_plain() {
        assert!(client_request_id("01J9Z-abc_def:1.2").is_ok());
        assert!(client_request_id("").is_err());
        assert!(client_request_id("avec espace").is_err());
        assert!(client_request_id(&"x".repeat(65)).is_err());
    }
}
