//! Single-use codes handed to a person outside Vigie (by an admin, or by e-mail): 16
//! characters of Crockford's base32 (80 bits: guessing one is hopeless even unthrottled),
//! shown in groups of four, read back whatever the case and separators, stored only as their
//! SHA-256.

use rand::Rng;

/// Crockford's base32: no I, L, O or U to misread.
const ALPHABET: &[u8] = b"0123456789ABCDEFGHJKMNPQRSTVWXYZ";
/// 16 characters: 80 bits.
const CODE_CHARS: usize = 16;

/// A fresh random code, as stored (no separators).
pub fn new_code() -> String {
    let mut rng = rand::thread_rng();
    (0..CODE_CHARS).map(|_| char::from(ALPHABET[rng.gen_range(0..ALPHABET.len())])).collect()
}

/// The code as shown: grouped by four (`ABCD-EFGH-…`).
pub fn grouped(code: &str) -> String {
    let groups: Vec<String> =
        code.as_bytes().chunks(4).map(|chunk| String::from_utf8_lossy(chunk).into_owned()).collect();
    groups.join("-")
}

/// The code as typed, normalised (upper case, without separators); `None` when it cannot be
/// one of ours.
pub fn read(typed: &str) -> Option<String> {
    let code: String =
        typed.chars().filter(|c| c.is_ascii_alphanumeric()).map(|c| c.to_ascii_uppercase()).collect();
    (code.len() == CODE_CHARS).then_some(code)
}

/// What is stored of a code.
pub fn hash(code: &str) -> String {
    super::credentials::sha256_hex(code.as_bytes())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_code_is_read_whatever_its_case_and_separators() {
        assert_eq!(read("ab12-cd34 ef56-gh78").as_deref(), Some("AB12CD34EF56GH78"));
        assert_eq!(read("ab12-cd34"), None);
    }

    #[test]
    fn a_shown_code_reads_back_as_itself() {
        let code = new_code();
        assert_eq!(read(&grouped(&code)), Some(code));
    }
}
