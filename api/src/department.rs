//! Départements: the unit a prefecture administers. INSEE codes are two characters (`01`
//! to `95`, `2A`, `2B`) or three overseas (`971` to `976`); a commune's code starts with
//! its département's (three characters for every overseas code, `97…` and `98…`).

/// The département of an INSEE commune code (`90052` → `90`, `97411` → `974`, `98818` →
/// `988`).
pub fn of_commune(code: &str) -> &str {
    let length = if code.starts_with("97") || code.starts_with("98") { 3 } else { 2 };
    code.get(..length).unwrap_or(code)
}

/// Whether `code` is an INSEE département code.
pub fn is_valid(code: &str) -> bool {
    match code.as_bytes() {
        [b'2', b'A' | b'B'] => true,
        [a, b] => {
            a.is_ascii_digit()
                && b.is_ascii_digit()
                && !matches!(code, "00" | "20" | "96" | "97" | "98" | "99")
        }
        [b'9', b'7', c] => (b'1'..=b'6').contains(c),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_commune_belongs_to_the_departement_its_code_starts_with() {
        assert_eq!(of_commune("90052"), "90");
        assert_eq!(of_commune("2A004"), "2A");
        assert_eq!(of_commune("97411"), "974");
        assert_eq!(of_commune("98818"), "988");
    }

    #[test]
    fn only_insee_departement_codes_are_valid() {
        for valid in ["01", "25", "90", "2A", "2B", "95", "971", "976"] {
            assert!(is_valid(valid), "{valid}");
        }
        for invalid in ["", "0", "00", "20", "2C", "99", "977", "9", "900", "a1"] {
            assert!(!is_valid(invalid), "{invalid}");
        }
    }
}
