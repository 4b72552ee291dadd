//! Mobile numbers for SMS alerts, normalised to E.164 (`+33612345678`).

use crate::error::{AppError, AppResult};

/// A phone number in E.164 form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone(String);

impl Phone {
    /// Accepts `+<8–15 digits>` or a French national number (`06 12 34 56 78`), ignoring
    /// spaces, dots and dashes.
    pub fn parse(raw: &str, field: &str) -> AppResult<Self> {
        let compact: String = raw.chars().filter(|c| !matches!(c, ' ' | '.' | '-' | '(' | ')')).collect();
        let digits = |text: &str| text.chars().all(|c| c.is_ascii_digit());
        let normalised = match compact.strip_prefix('+') {
            Some(rest) if digits(rest) && (8..=15).contains(&rest.len()) && !rest.starts_with('0') => compact,
            None if compact.len() == 10 && compact.starts_with('0') && digits(&compact) => {
                format!("+33{}", &compact[1..])
            }
            _ => {
                return Err(AppError::bad_input(
                    field,
                    "Numéro de téléphone invalide (format +33… attendu).",
                ));
            }
        };
        Ok(Self(normalised))
    }

    /// An optional number as typed: blank means none.
    pub fn parse_optional(raw: Option<&str>, field: &str) -> AppResult<Option<Self>> {
        raw.filter(|raw| !raw.trim().is_empty()).map(|raw| Self::parse(raw, field)).transpose()
    }

    pub fn into_string(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_french_national_number_becomes_international() {
        assert_eq!(Phone::parse("06 12 34 56 78", "phone").expect("valid").into_string(), "+33612345678");
    }

    #[test]
    fn an_international_number_is_kept() {
        assert_eq!(Phone::parse("+41 79 123 45 67", "phone").expect("valid").into_string(), "+41791234567");
    }

    #[test]
    fn letters_and_short_numbers_are_refused() {
        for raw in ["06 12", "+33abc", "612345678", "+0612345678"] {
            assert!(Phone::parse(raw, "phone").is_err(), "{raw} accepted");
        }
    }
}
