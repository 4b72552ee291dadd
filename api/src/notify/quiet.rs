//! Quiet hours: a non-urgent push due while the recipient sleeps waits for the end of their
//! quiet hours (Paris time; the feed entry appears at once).

use chrono::{DateTime, Datelike, Duration, NaiveDate, TimeZone, Timelike, Utc, Weekday};

const DAY_MINUTES: i64 = 24 * 60;

/// When a push due at `now` should go, if `now` falls inside the quiet hours
/// `[start, end)` (minutes after midnight, Paris time; may span midnight).
pub fn deferred(now: DateTime<Utc>, start: i16, end: i16) -> Option<DateTime<Utc>> {
    let (start, end) = (i64::from(start), i64::from(end));
    if start == end {
        return None;
    }
    let local = now + Duration::hours(paris_offset_hours(now));
    let minute = i64::from(local.hour()) * 60 + i64::from(local.minute());
    let quiet = if start < end { (start..end).contains(&minute) } else { minute >= start || minute < end };
    if !quiet {
        return None;
    }
    let wait = (end - minute).rem_euclid(DAY_MINUTES);
    Some(now + Duration::minutes(wait) - Duration::seconds(i64::from(local.second())))
}

/// Paris's offset from UTC at `at`: +2 h in summer time (from 01:00 UTC on the last Sunday
/// of March to 01:00 UTC on the last Sunday of October, as EU law sets), else +1 h.
pub fn paris_offset_hours(at: DateTime<Utc>) -> i64 {
    let year = at.year();
    let summer_from = switch(year, 3);
    let summer_to = switch(year, 10);
    match (summer_from, summer_to) {
        (Some(from), Some(to)) if at >= from && at < to => 2,
        _ => 1,
    }
}

/// 01:00 UTC on the last Sunday of `month`.
fn switch(year: i32, month: u32) -> Option<DateTime<Utc>> {
    let mut day = NaiveDate::from_ymd_opt(year, month + 1, 1)?.pred_opt()?;
    while day.weekday() != Weekday::Sun {
        day = day.pred_opt()?;
    }
    Some(Utc.from_utc_datetime(&day.and_hms_opt(1, 0, 0)?))
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
    fn paris_is_one_hour_ahead_in_winter_and_two_in_summer() {
        assert_eq!(paris_offset_hours(utc("2026-01-15T12:00:00Z")), 1);
        assert_eq!(paris_offset_hours(utc("2026-07-15T12:00:00Z")), 2);
        // 2026: summer time from Sunday 29 March 01:00 UTC to Sunday 25 October 01:00 UTC.
        assert_eq!(paris_offset_hours(utc("2026-03-29T00:59:00Z")), 1);
        assert_eq!(paris_offset_hours(utc("2026-03-29T01:00:00Z")), 2);
        assert_eq!(paris_offset_hours(utc("2026-10-25T00:59:00Z")), 2);
        assert_eq!(paris_offset_hours(utc("2026-10-25T01:00:00Z")), 1);
    }

    #[test]
    fn a_push_inside_quiet_hours_waits_for_their_end_across_midnight() {
        let (start, end) = (parse("22:00").expect("start"), parse("07:00").expect("end"));
        // 23:30 in Paris (winter): waits until 07:00 Paris = 06:00 UTC the next day.
        assert_eq!(deferred(utc("2026-12-01T22:30:00Z"), start, end), Some(utc("2026-12-02T06:00:00Z")));
        // 03:00 in Paris: same morning.
        assert_eq!(deferred(utc("2026-12-02T02:00:00Z"), start, end), Some(utc("2026-12-02T06:00:00Z")));
        // 12:00 in Paris: now.
        assert_eq!(deferred(utc("2026-12-02T11:00:00Z"), start, end), None);
        // Equal bounds: no quiet hours.
        assert_eq!(deferred(utc("2026-12-02T02:00:00Z"), 0, 0), None);
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
