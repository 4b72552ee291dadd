//! Passwords that appear at the top of leaked-password lists and are long enough to pass the
//! length rule; refused whatever their case. The length rule (12+) already removes the short
//! ones that make up most of such lists.

/// Lower-cased.
pub const COMMON: &[&str] = &[
    "123456789012",
    "1234567890123",
    "12345678901234",
    "123456123456",
    "111111111111",
    "000000000000",
    "123123123123",
    "qwertyuiop123",
    "azertyuiop12",
    "azertyuiop123",
    "azertyuiopqsd",
    "qwertyuiopasdf",
    "password1234",
    "password12345",
    "password123456",
    "passwordpassword",
    "motdepasse123",
    "motdepasse1234",
    "motdepassemotdepasse",
    "iloveyou1234",
    "jetaime123456",
    "jetaimejetaime",
    "soleil123456",
    "bonjour12345",
    "bonjour123456",
    "doudou123456",
    "chouchou1234",
    "marseille1313",
    "marseille13013",
    "allezlom1234",
    "footballfootball",
    "football1234",
    "loulou123456",
    "nicolas12345",
    "vigie1234567",
    "vigievigie12",
    "belfort90000",
    "belfort123456",
    "territoire90",
    "gendarmerie17",
    "gendarmerie123",
    "police17police",
    "administrator",
    "administrateur",
    "adminadmin123",
    "welcome12345",
    "letmein12345",
    "changeme1234",
    "changemoi1234",
    "aaaaaaaaaaaa",
    "abcdefghijkl",
    "abcdef123456",
    "abc123abc123",
    "1q2w3e4r5t6y",
    "1qaz2wsx3edc",
    "zaq12wsxcde3",
    "qazwsxedcrfv",
    "passw0rd1234",
    "p@ssw0rd1234",
    "p@ssword1234",
    "superman1234",
    "batman123456",
    "dragon123456",
    "princesse123",
    "monkey123456",
    "sunshine1234",
];

/// Whether `password` is on the list, or is one character repeated.
pub fn is_common(password: &str) -> bool {
    let lower = password.to_lowercase();
    let mut chars = lower.chars();
    let first = chars.next();
    chars.all(|c| Some(c) == first) || COMMON.contains(&lower.as_str())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_listed_password_is_common_whatever_its_case() {
        assert!(is_common("MotDePasse123"));
        assert!(is_common("zzzzzzzzzzzzzz"));
        assert!(!is_common("cheval agrafe batterie"));
    }
}
