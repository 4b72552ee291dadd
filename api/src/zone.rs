//! Local time by département: metropolitan France and Corsica keep Paris time, each overseas
//! département or collectivité its own (IANA zones, through `chrono-tz`). Quiet hours and
//! the dates people read are in the time of the place they concern.

use chrono_tz::Tz;

/// The time zone of département `code` (`"90"`, `"2A"`, `"971"`); Paris for any other.
pub fn of_departement(code: &str) -> Tz {
    match code {
        "971" => Tz::America__Guadeloupe,
        "972" => Tz::America__Martinique,
        "973" => Tz::America__Cayenne,
        "974" => Tz::Indian__Reunion,
        "975" => Tz::America__Miquelon,
        "976" => Tz::Indian__Mayotte,
        "977" => Tz::America__St_Barthelemy,
        "978" => Tz::America__Marigot,
        "986" => Tz::Pacific__Wallis,
        "987" => Tz::Pacific__Tahiti,
        "988" => Tz::Pacific__Noumea,
        _ => Tz::Europe__Paris,
    }
}

/// The time zone of INSEE commune `code`.
pub fn of_commune(code: &str) -> Tz {
    of_departement(crate::department::of_commune(code))
}

#[cfg(test)]
mod tests {
    use chrono::{TimeZone, Timelike, Utc};

    use super::*;

    #[test]
    fn a_metropolitan_and_an_overseas_commune_read_the_same_instant_differently() {
        let instant = Utc.with_ymd_and_hms(2026, 7, 15, 12, 0, 0).single().expect("instant");
        // Giromagny (Territoire de Belfort): summer time, UTC+2.
        assert_eq!(instant.with_timezone(&of_commune("90052")).hour(), 14);
        // Les Abymes (Guadeloupe): UTC−4 all year.
        assert_eq!(instant.with_timezone(&of_commune("97101")).hour(), 8);
        // Saint-Denis (La Réunion): UTC+4.
        assert_eq!(instant.with_timezone(&of_commune("97411")).hour(), 16);
        // Ajaccio (Corse-du-Sud): Paris time.
        assert_eq!(instant.with_timezone(&of_commune("2A004")).hour(), 14);
    }

    #[test]
    fn zones_are_named_as_browsers_know_them() {
        assert_eq!(of_departement("90").name(), "Europe/Paris");
        assert_eq!(of_departement("971").name(), "America/Guadeloupe");
        assert_eq!(of_departement("974").name(), "Indian/Reunion");
    }
}
