//! Settings of the brigades' work: acknowledgement deadlines and how often they are checked.

use std::str::FromStr;

/// Acknowledgement delays in minutes, by urgency: immediate, high, normal, low.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct AckDeadlines {
    pub urgent: u32,
    pub high: u32,
    pub normal: u32,
    pub low: u32,
}

impl AckDeadlines {
    /// The gendarmerie works around the clock: delays run on the wall clock, nights and
    /// Sundays included.
    pub const DEFAULT: Self = Self { urgent: 15, high: 120, normal: 1440, low: 4320 };

    /// Stored delays (urgent, high, normal, low; validated when saved — a value out of range
    /// reads as the nearest valid one).
    pub fn from_stored(minutes: [i32; 4]) -> Self {
        let valid = |value: i32| u32::try_from(value).unwrap_or(1).clamp(1, MAX_DEADLINE_MINUTES);
        let [urgent, high, normal, low] = minutes.map(valid);
        Self { urgent, high, normal, low }
    }

    /// The delay of a report of category urgency `urgency` (3 immediate … 0 low).
    pub fn minutes_for(self, urgency: i32) -> u32 {
        match urgency {
            3.. => self.urgent,
            2 => self.high,
            1 => self.normal,
            _ => self.low,
        }
    }
}

impl Default for AckDeadlines {
    fn default() -> Self {
        Self::DEFAULT
    }
}

/// The longest delay accepted: thirty days.
pub const MAX_DEADLINE_MINUTES: u32 = 30 * 24 * 60;

impl FromStr for AckDeadlines {
    type Err = String;

    /// `urgent,high,normal,low` minutes, e.g. `15,120,1440,4320`; each from 1 to thirty days.
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let values = text
            .split(',')
            .map(|part| {
                part.trim()
                    .parse::<u32>()
                    .map_err(|_| format!("« {} » is not a number of minutes", part.trim()))
            })
            .collect::<Result<Vec<_>, _>>()?;
        let [urgent, high, normal, low] = values[..] else {
            return Err("four delays are expected: urgent,high,normal,low (minutes)".into());
        };
        if values.iter().any(|minutes| !(1..=MAX_DEADLINE_MINUTES).contains(minutes)) {
            return Err(format!("each delay goes from 1 to {MAX_DEADLINE_MINUTES} minutes"));
        }
        Ok(Self { urgent, high, normal, low })
    }
}

/// Brigade work settings (flattened into [`super::Config`]).
#[derive(Clone, Debug, clap::Args)]
pub struct BrigadeWork {
    /// Minutes to acknowledge a report, by urgency: `urgent,high,normal,low` (a département's
    /// admins may set their own). When the delay passes, the brigade's commander is told;
    /// when it passes a second time, the département's admins.
    #[arg(long, env = "VIGIE_ACK_DEADLINE_MINUTES", default_value = "15,120,1440,4320", global = true)]
    pub ack_deadline_minutes: AckDeadlines,

    /// Seconds between two looks for reports past their deadline (every node looks; each
    /// report is escalated once, by one of them).
    #[arg(long, env = "VIGIE_ESCALATION_INTERVAL_SECS", default_value_t = 30, global = true)]
    pub escalation_interval_secs: u64,

    /// Metres within which reports of compatible categories are grouped into an incident at
    /// filing (0 turns grouping off).
    #[arg(long, env = "VIGIE_INCIDENT_RADIUS_METRES", default_value_t = 300, global = true)]
    pub incident_radius_metres: u32,

    /// Minutes between the observations of reports grouped into an incident.
    #[arg(long, env = "VIGIE_INCIDENT_WINDOW_MINUTES", default_value_t = 120, global = true)]
    pub incident_window_minutes: u32,
}

impl BrigadeWork {
    /// How close reports must be to be grouped (radius and window bounded to a town's
    /// street and a day: past that, grouping would join unrelated facts).
    pub fn incident_rule(&self) -> IncidentRule {
        IncidentRule {
            radius_metres: f64::from(self.incident_radius_metres.min(5_000)),
            window_minutes: i64::from(self.incident_window_minutes.min(24 * 60)),
        }
    }
}

/// How close in place and time two reports of compatible categories must be to be grouped.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct IncidentRule {
    pub radius_metres: f64,
    pub window_minutes: i64,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delays_parse_in_order_and_nonsense_is_refused() {
        let parsed: AckDeadlines = "15, 120,1440,4320".parse().expect("valid");
        assert_eq!(parsed, AckDeadlines::DEFAULT);
        assert_eq!(parsed.minutes_for(3), 15);
        assert_eq!(parsed.minutes_for(0), 4320);
        for bad in ["15,120,1440", "15,120,1440,4320,1", "0,1,2,3", "a,b,c,d", "15,120,1440,99999999"] {
            assert!(bad.parse::<AckDeadlines>().is_err(), "{bad}");
        }
    }
}
