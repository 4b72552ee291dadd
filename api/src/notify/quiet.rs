//! Quiet hours: a non-urgent push due while the recipient sleeps waits for the end of their
//! quiet hours, in the local time of where they take part (see [`crate::zone`]: Paris, or
//! their overseas département's own); the feed entry appears at once.

use std::collections::HashMap;

use chrono::{DateTime, Duration, Timelike, Utc};
use chrono_tz::Tz;
use entity::app_user;
use sea_orm::{
    ColumnTrait, EntityTrait, ExprTrait, JoinType, QueryFilter, QuerySelect, QueryTrait, sea_query::Expr,
};

use crate::{db::Write, error::AppResult, ids::UserId, zone};

const DAY_MINUTES: i64 = 24 * 60;

/// When a push due at `now` should go, if `now` falls inside the quiet hours
/// `[start, end)` (minutes after midnight, local time in `zone`; may span midnight).
pub fn deferred(now: DateTime<Utc>, start: i16, end: i16, zone: Tz) -> Option<DateTime<Utc>> {
    let (start, end) = (i64::from(start), i64::from(end));
    if start == end {
        return None;
    }
    let local = now.with_timezone(&zone);
    let minute = i64::from(local.hour()) * 60 + i64::from(local.minute());
    let quiet = if start < end { (start..end).contains(&minute) } else { minute >= start || minute < end };
    if !quiet {
        return None;
    }
    // Counted in minutes of local clock time; a clock change inside the night moves the
    // end by its hour, which the next dispatch round absorbs.
    let wait = (end - minute).rem_euclid(DAY_MINUTES);
    Some(now + Duration::minutes(wait) - Duration::seconds(i64::from(local.second())))
}

/// The quiet hours of those of `users` who set some, with the time zone they are read in:
/// where the account takes part — a resident's commune, a staff member's brigade, a
/// coordinator's commune, an admin's département (Paris when none says).
pub async fn hours_of(txn: &Write, users: &[UserId]) -> AppResult<HashMap<UserId, (i16, i16, Tz)>> {
    let brigade = entity::brigade::Entity;
    let mut select = app_user::Entity::find()
        .select_only()
        .columns([app_user::Column::Id, app_user::Column::QuietStart, app_user::Column::QuietEnd])
        .column(app_user::Column::CommuneCode)
        .column_as(Expr::col((brigade, entity::brigade::Column::Department)), "department")
        .filter(app_user::Column::Id.is_in(users.iter().copied()))
        .filter(app_user::Column::QuietStart.is_not_null());
    QueryTrait::query(&mut select).join(
        JoinType::LeftJoin,
        brigade,
        Expr::col((brigade, entity::brigade::Column::Id))
            .equals((app_user::Entity, app_user::Column::BrigadeId)),
    );
    type Row = (UserId, Option<i16>, Option<i16>, Option<String>, Option<String>);
    let rows: Vec<Row> = select.into_tuple().all(txn).await?;
    let mut quiet = HashMap::new();
    let mut unplaced = Vec::new();
    for (id, start, end, commune, department) in rows {
        let (Some(start), Some(end)) = (start, end) else { continue };
        let zone = match (commune, department) {
            (Some(commune), _) => Some(zone::of_commune(&commune)),
            (None, Some(department)) => Some(zone::of_departement(&department)),
            (None, None) => None,
        };
        match zone {
            Some(zone) => {
                quiet.insert(id, (start, end, zone));
            }
            None => unplaced.push((id, start, end)),
        }
    }
    if !unplaced.is_empty() {
        let ids = unplaced.iter().map(|(id, _, _)| *id);
        let communes: HashMap<UserId, String> = entity::coordinator_commune::Entity::find()
            .select_only()
            .columns([
                entity::coordinator_commune::Column::UserId,
                entity::coordinator_commune::Column::CommuneCode,
            ])
            .filter(entity::coordinator_commune::Column::UserId.is_in(ids.clone()))
            .into_tuple::<(UserId, String)>()
            .all(txn)
            .await?
            .into_iter()
            .collect();
        let departments: HashMap<UserId, String> = entity::admin_department::Entity::find()
            .select_only()
            .columns([entity::admin_department::Column::UserId, entity::admin_department::Column::Department])
            .filter(entity::admin_department::Column::UserId.is_in(ids))
            .into_tuple::<(UserId, String)>()
            .all(txn)
            .await?
            .into_iter()
            .collect();
        for (id, start, end) in unplaced {
            let zone = communes
                .get(&id)
                .map(|commune| zone::of_commune(commune))
                .or_else(|| departments.get(&id).map(|department| zone::of_departement(department)))
                .unwrap_or(Tz::Europe__Paris);
            quiet.insert(id, (start, end, zone));
        }
    }
    Ok(quiet)
}

/// `"22:30"` for 1350.
pub fn format(minutes: i16) -> String {
    format!("{:02}:{:02}", minutes / 60, minutes % 60)
}

/// 1350 for `"22:30"`; `None` unless `HH:MM` within a day.
pub fn parse(text: &str) -> Option<i16> {
    let (hours, minutes) = text.trim().split_once(':')?;
    if hours.len() != 2 || minutes.len() != 2 {
        return None;
    }
    let (hours, minutes): (i16, i16) = (hours.parse().ok()?, minutes.parse().ok()?);
    ((0..24).contains(&hours) && (0..60).contains(&minutes)).then_some(hours * 60 + minutes)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn utc(text: &str) -> DateTime<Utc> {
        text.parse().expect("date")
    }

    #[test]
    fn a_push_inside_quiet_hours_waits_for_their_end_across_midnight() {
        let (start, end) = (parse("22:00").expect("start"), parse("07:00").expect("end"));
        let paris = Tz::Europe__Paris;
        // 23:30 in Paris (winter): waits until 07:00 Paris = 06:00 UTC the next day.
        assert_eq!(
            deferred(utc("2026-12-01T22:30:00Z"), start, end, paris),
            Some(utc("2026-12-02T06:00:00Z"))
        );
        // 03:00 in Paris: same morning.
        assert_eq!(
            deferred(utc("2026-12-02T02:00:00Z"), start, end, paris),
            Some(utc("2026-12-02T06:00:00Z"))
        );
        // 12:00 in Paris: now.
        assert_eq!(deferred(utc("2026-12-02T11:00:00Z"), start, end, paris), None);
        // Summer time: 23:30 in Paris is 21:30 UTC; 07:00 Paris is 05:00 UTC.
        assert_eq!(
            deferred(utc("2026-07-01T21:30:00Z"), start, end, paris),
            Some(utc("2026-07-02T05:00:00Z"))
        );
        // Equal bounds: no quiet hours.
        assert_eq!(deferred(utc("2026-12-02T02:00:00Z"), 0, 0, paris), None);
    }

    #[test]
    fn an_overseas_resident_sleeps_on_their_own_clock() {
        let (start, end) = (parse("22:00").expect("start"), parse("07:00").expect("end"));
        // 02:30 UTC is 03:30 in Paris but 22:30 in Guadeloupe (UTC−4): both quiet, each
        // until its own 07:00 (06:00 UTC for Paris, 11:00 UTC for Guadeloupe).
        let now = utc("2026-12-02T02:30:00Z");
        assert_eq!(deferred(now, start, end, Tz::Europe__Paris), Some(utc("2026-12-02T06:00:00Z")));
        assert_eq!(deferred(now, start, end, Tz::America__Guadeloupe), Some(utc("2026-12-02T11:00:00Z")));
        // 14:00 UTC: the afternoon in Paris, 18:00 at La Réunion — neither is quiet.
        assert_eq!(deferred(utc("2026-12-02T14:00:00Z"), start, end, Tz::Indian__Reunion), None);
        // 19:00 UTC is 23:00 at La Réunion: quiet until 07:00 there (03:00 UTC).
        assert_eq!(
            deferred(utc("2026-12-02T19:00:00Z"), start, end, Tz::Indian__Reunion),
            Some(utc("2026-12-03T03:00:00Z"))
        );
    }

    #[test]
    fn quiet_hours_read_and_print_as_hh_mm() {
        assert_eq!(parse("22:30"), Some(1350));
        assert_eq!(format(1350), "22:30");
        for wrong in ["24:00", "7:00", "07:60", "0700", "", "aa:bb"] {
            assert_eq!(parse(wrong), None, "{wrong}");
        }
    }
}
