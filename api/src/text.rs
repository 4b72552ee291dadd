//! Free text from users (names, descriptions, notes, reasons, messages): trimmed, bounded,
//! and free of control characters (newlines and tabs aside in multi-line text) and of
//! Unicode format characters — bidi overrides and isolates that make a console show text
//! in another order than it was written, zero-width characters that hide content, NUL and
//! ESC. The zero-width joiner and non-joiner stay: emoji sequences and several scripts
//! need them.

use crate::error::{AppError, AppResult};

/// Unicode format characters (general category Cf) that text may not hold.
fn is_format(c: char) -> bool {
    matches!(c,
        '\u{00AD}'
        | '\u{0600}'..='\u{0605}'
        | '\u{061C}'
        | '\u{06DD}'
        | '\u{070F}'
        | '\u{0890}'..='\u{0891}'
        | '\u{08E2}'
        | '\u{180E}'
        | '\u{200B}'
        | '\u{200E}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2064}'
        | '\u{2066}'..='\u{206F}'
        | '\u{FEFF}'
        | '\u{FFF9}'..='\u{FFFB}'
        | '\u{110BD}'
        | '\u{110CD}'
        | '\u{13430}'..='\u{1343F}'
        | '\u{1BCA0}'..='\u{1BCA3}'
        | '\u{1D173}'..='\u{1D17A}'
        | '\u{E0001}'
        | '\u{E0020}'..='\u{E007F}')
}

/// Whether `c` may appear in text (`multi_line`: newlines and tabs allowed).
fn allowed(c: char, multi_line: bool) -> bool {
    let layout = matches!(c, '\n' | '\t' | '\r');
    (!c.is_control() || (multi_line && layout)) && !is_format(c)
}

fn checked(raw: &str, field: &str, max_chars: usize, multi_line: bool) -> AppResult<Option<String>> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > max_chars {
        return Err(AppError::bad_input(field, format!("Texte trop long ({max_chars} caractères au plus).")));
    }
    if !text.chars().all(|c| allowed(c, multi_line)) {
        return Err(AppError::bad_input(
            field,
            "Le texte contient des caractères de contrôle ou invisibles.",
        ));
    }
    Ok(Some(text.to_owned()))
}

/// Multi-line text: trimmed, `None` when empty; an error naming `field` when too long or
/// when it holds control or format characters.
pub fn clean(raw: &str, field: &str, max_chars: usize) -> AppResult<Option<String>> {
    checked(raw, field, max_chars, true)
}

/// Like [`clean`] for an optional argument.
pub fn clean_optional(raw: Option<&str>, field: &str, max_chars: usize) -> AppResult<Option<String>> {
    raw.map_or(Ok(None), |raw| clean(raw, field, max_chars))
}

/// One line (a name, a label): like [`clean`], newlines and tabs refused too.
pub fn clean_line(raw: &str, field: &str, max_chars: usize) -> AppResult<Option<String>> {
    checked(raw, field, max_chars, false)
}

/// Required multi-line text: like [`clean`], and empty is an error naming `field` with
/// `message` (what to write there).
pub fn clean_required(raw: &str, field: &str, max_chars: usize, message: &str) -> AppResult<String> {
    clean(raw, field, max_chars)?.ok_or_else(|| AppError::bad_input(field, message))
}

/// Required line: like [`clean_line`], and empty is an error naming `field` with `message`.
pub fn line_required(raw: &str, field: &str, max_chars: usize, message: &str) -> AppResult<String> {
    clean_line(raw, field, max_chars)?.ok_or_else(|| AppError::bad_input(field, message))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_but_newlines_kept() {
        assert_eq!(clean(" deux\nlignes ", "d", 100).expect("ok").as_deref(), Some("deux\nlignes"));
        assert!(clean("bip\u{7}", "d", 100).is_err());
        assert!(clean("\u{0}", "d", 100).is_err());
        assert!(clean("esc\u{1b}[31m", "d", 100).is_err());
    }

    #[test]
    fn bidi_overrides_and_invisible_characters_are_refused() {
        for text in ["abc\u{202E}gpj.exe", "a\u{2066}b", "zero\u{200B}width", "\u{FEFF}bom", "tag\u{E0041}"] {
            let error = clean(text, "description", 100).expect_err(text);
            assert!(matches!(error, AppError::BadUserInput { ref field, .. } if field == "description"));
        }
        assert!(clean("famille 👨\u{200D}👩\u{200D}👧", "d", 100).is_ok(), "emoji sequences stay");
        assert!(clean("Élodie, café, Ærø, Łódź", "d", 100).is_ok());
    }

    #[test]
    fn a_line_refuses_newlines() {
        assert!(clean_line("Jeanne\nMartin", "displayName", 100).is_err());
        assert_eq!(
            clean_line(" Jeanne Martin ", "displayName", 100).expect("ok").as_deref(),
            Some("Jeanne Martin")
        );
    }

    #[test]
    fn blank_text_is_none_and_long_text_an_error() {
        assert_eq!(clean("   ", "d", 10).expect("ok"), None);
        assert!(clean("onze caract", "d", 10).is_err());
    }
}
