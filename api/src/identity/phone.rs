//! Phone numbers, parsed and validated with Google's numbering metadata (the `phonenumber`
//! crate) and kept in E.164 (`+33612345678`).
//!
//! A national number (`06 12 34 56 78`) is read as French; a number of an overseas
//! département or collectivité typed nationally (`0690 12 34 56`, Guadeloupe) is valid only
//! in its own numbering plan, so it is read there and becomes `+590690123456`, not a
//! `+33` number that cannot ring. Where an SMS will be sent, the number must be a mobile.

use phonenumber::{Mode, PhoneNumber, Type, country::Id, metadata::DATABASE};

use crate::error::{AppError, AppResult};

/// Where a nationally typed French number may belong: metropolitan France first, then the
/// overseas numbering plans (`+590`, `+596`, `+594`, `+262`, `+508`, `+687`, `+689`, `+681`),
/// the départements before the collectivités whose plans overlap theirs.
const FRENCH_PLANS: [Id; 12] =
    [Id::FR, Id::GP, Id::MQ, Id::GF, Id::RE, Id::YT, Id::BL, Id::MF, Id::PM, Id::NC, Id::PF, Id::WF];

/// A valid phone number in E.164 form.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phone {
    e164: String,
    mobile: bool,
}

impl Phone {
    /// Accepts an international number (`+41 79 123 45 67`) or a French national one, with
    /// spaces, dots, dashes or brackets; refuses anything no numbering plan knows.
    pub fn parse(raw: &str, field: &str) -> AppResult<Self> {
        let invalid = || AppError::bad_input(field, "Numéro de téléphone invalide.");
        let raw = raw.trim();
        // Bounded before the parser sees it: no numbering plan has more than 15 digits.
        if raw.is_empty() || raw.len() > 32 {
            return Err(invalid());
        }
        let number = if raw.starts_with('+') {
            phonenumber::parse(None, raw).ok().filter(phonenumber::is_valid)
        } else if raw.starts_with('0') {
            // Typed nationally: with its trunk 0 (`06…`), or an international prefix (`0033…`).
            FRENCH_PLANS
                .iter()
                .find_map(|plan| phonenumber::parse(Some(*plan), raw).ok().filter(phonenumber::is_valid))
        } else {
            None
        }
        .ok_or_else(invalid)?;
        Ok(Self::from_valid(&number))
    }

    /// A number that can receive an SMS (a mobile), for the people alerts are sent to.
    pub fn parse_mobile(raw: &str, field: &str) -> AppResult<Self> {
        let phone = Self::parse(raw, field)?;
        if !phone.mobile {
            return Err(AppError::bad_input(
                field,
                "Ce numéro ne peut pas recevoir de SMS : indiquez un numéro de téléphone mobile.",
            ));
        }
        Ok(phone)
    }

    fn from_valid(number: &PhoneNumber) -> Self {
        let mobile = matches!(number.number_type(&DATABASE), Type::Mobile | Type::FixedLineOrMobile);
        Self { e164: number.format().mode(Mode::E164).to_string(), mobile }
    }

    /// An optional number as typed: blank means none.
    pub fn parse_optional(raw: Option<&str>, field: &str) -> AppResult<Option<Self>> {
        raw.filter(|raw| !raw.trim().is_empty()).map(|raw| Self::parse(raw, field)).transpose()
    }

    /// Whether an SMS can reach it.
    pub fn is_mobile(&self) -> bool {
        self.mobile
    }

    pub fn into_string(self) -> String {
        self.e164
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn e164(raw: &str) -> String {
        Phone::parse(raw, "phone").expect("valid").into_string()
    }

    #[test]
    fn a_french_national_number_becomes_international() {
        assert_eq!(e164("06 12 34 56 78"), "+33612345678");
        assert_eq!(e164("03.84.54.60.17"), "+33384546017");
    }

    #[test]
    fn an_international_number_is_kept() {
        assert_eq!(e164("+41 79 123 45 67"), "+41791234567");
        assert_eq!(e164("0041 79 123 45 67"), "+41791234567");
    }

    #[test]
    fn a_trunk_zero_written_after_the_country_code_is_dropped() {
        // « +33 (0)6 … »: stored as the number that rings, never as typed.
        assert_eq!(e164("+33 (0)6 12 34 56 78"), "+33612345678");
        assert_eq!(e164("+330612345678"), "+33612345678");
    }

    #[test]
    fn overseas_numbers_keep_their_own_country_code() {
        assert_eq!(e164("0690 12 34 56"), "+590690123456"); // Guadeloupe
        assert_eq!(e164("0696 12 34 56"), "+596696123456"); // Martinique
        assert_eq!(e164("0694 12 34 56"), "+594694123456"); // Guyane
        assert_eq!(e164("0692 12 34 56"), "+262692123456"); // La Réunion
        assert_eq!(e164("0639 69 12 34"), "+262639691234"); // Mayotte
        assert!(Phone::parse("0690 12 34 56", "phone").expect("valid").is_mobile());
    }

    #[test]
    fn numbers_no_plan_knows_are_refused() {
        for raw in ["06 12", "+33abc", "612345678", "+0612345678", "+33123456", "+33690123456", "", "+33 6"] {
            assert!(Phone::parse(raw, "phone").is_err(), "{raw} accepted");
        }
        assert!(Phone::parse(&"6".repeat(40), "phone").is_err());
    }

    #[test]
    fn only_mobiles_receive_sms() {
        assert!(Phone::parse_mobile("06 12 34 56 78", "phone").is_ok());
        assert!(Phone::parse_mobile("07 81 23 45 67", "phone").is_ok());
        let landline = Phone::parse_mobile("03 84 54 60 17", "phone").expect_err("a landline");
        assert!(landline.to_string().contains("mobile"), "{landline}");
    }
}
