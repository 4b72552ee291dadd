//! Free text from users: trimmed, bounded, no control characters (newlines and tabs aside).

use crate::error::{AppError, AppResult};

/// The trimmed text, `None` when empty; an error naming `field` when too long or when it
/// holds control characters.
pub fn clean(raw: &str, field: &str, max_chars: usize) -> AppResult<Option<String>> {
    let text = raw.trim();
    if text.is_empty() {
        return Ok(None);
    }
    if text.chars().count() > max_chars {
        return Err(AppError::bad_input(field, format!("Texte trop long ({max_chars} caractères au plus).")));
    }
    if text.chars().any(|c| c.is_control() && c != '\n' && c != '\t' && c != '\r') {
        return Err(AppError::bad_input(field, "Le texte contient des caractères de contrôle."));
    }
    Ok(Some(text.to_owned()))
}

/// Like [`clean`] for an optional argument.
pub fn clean_optional(raw: Option<&str>, field: &str, max_chars: usize) -> AppResult<Option<String>> {
    raw.map_or(Ok(None), |raw| clean(raw, field, max_chars))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_refused_but_newlines_kept() {
        assert_eq!(clean(" deux\nlignes ", "d", 100).expect("ok").as_deref(), Some("deux\nlignes"));
        assert!(clean("bip\u{7}", "d", 100).is_err());
        assert!(clean("\u{0}", "d", 100).is_err());
    }

    #[test]
    fn blank_text_is_none_and_long_text_an_error() {
        assert_eq!(clean("   ", "d", 10).expect("ok"), None);
        assert!(clean("onze caract", "d", 10).is_err());
    }
}
