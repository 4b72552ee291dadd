//! The RFC 6238 algorithm and what an authenticator app reads: codes (HMAC-SHA-1, RFC
//! 4226's dynamic truncation), the accepted drift, the `otpauth://` URI (Key Uri Format) and
//! its QR code; recovery codes and their stored form.

use data_encoding::BASE32_NOPAD;
use hmac::{Hmac, Mac};
use rand::RngCore;
use sha1::Sha1;

use crate::{
    error::{AppError, AppResult},
    identity::credentials::sha256_hex,
};

/// Seconds per time step (RFC 6238's default, what every authenticator app uses).
const STEP: i64 = 30;
/// Digits of a code.
const DIGITS: u32 = 6;
/// Steps of drift accepted before and after the current one.
const DRIFT: i64 = 1;
/// The issuer an authenticator app shows beside the account.
const ISSUER: &str = "Vigie";

/// The RFC 6238 code of `secret` at time step `step` (RFC 4226's dynamic truncation).
pub fn code_at(secret: &[u8], step: i64) -> String {
    // HMAC takes a key of any length, so this cannot fail; were it to, the empty code
    // matches nothing (`matching_step` compares lengths first).
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(secret) else { return String::new() };
    mac.update(&step.to_be_bytes());
    let digest = mac.finalize().into_bytes();
    // A SHA-1 digest is 20 bytes and `offset` at most 15: every index below is in bounds.
    let offset = usize::from(digest[digest.len() - 1] & 0x0f);
    let binary = u32::from_be_bytes([
        digest[offset] & 0x7f,
        digest[offset + 1],
        digest[offset + 2],
        digest[offset + 3],
    ]);
    format!("{:0width$}", binary % 10u32.pow(DIGITS), width = DIGITS as usize)
}

/// The time step of Unix time `seconds`.
pub fn step_of(seconds: i64) -> i64 {
    seconds.div_euclid(STEP)
}

/// The step within the accepted drift whose code `code` is, if any (compared in constant
/// time for each step).
pub fn matching_step(secret: &[u8], code: &str, now: i64) -> Option<i64> {
    let code = code.trim();
    if code.len() != DIGITS as usize || !code.bytes().all(|byte| byte.is_ascii_digit()) {
        return None;
    }
    let current = step_of(now);
    (current - DRIFT..=current + DRIFT).find(|step| {
        let expected = code_at(secret, *step);
        expected.len() == code.len()
            && expected.bytes().zip(code.bytes()).fold(0u8, |diff, (a, b)| diff | (a ^ b)) == 0
    })
}

pub fn otpauth_uri(secret: &str, account: &str) -> String {
    let label = format!("{ISSUER}:{account}");
    format!(
        "otpauth://totp/{}?secret={secret}&issuer={ISSUER}&algorithm=SHA1&digits={DIGITS}&period={STEP}",
        percent_encode(&label)
    )
}

/// `uri` as a QR code the console shows (SVG, drawn here: the page loads no QR library).
pub fn qr_svg(uri: &str) -> AppResult<String> {
    let code = qrcode::QrCode::new(uri.as_bytes())
        .map_err(|error| AppError::internal(anyhow::anyhow!("{error}")))?;
    Ok(code.render::<qrcode::render::svg::Color>().min_dimensions(200, 200).build())
}

/// RFC 3986 percent-encoding of everything but unreserved characters.
fn percent_encode(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

/// A recovery code as stored: the SHA-256 of its letters and digits, lowercased (however
/// it is typed: `ABCD-efgh`, `abcd efgh`).
pub fn recovery_hash(code: &str) -> String {
    let normalised: String =
        code.chars().filter(char::is_ascii_alphanumeric).map(|c| c.to_ascii_lowercase()).collect();
    sha256_hex(normalised.as_bytes())
}

/// A recovery code: 60 random bits as `xxxx-xxxx-xxxx` (lowercase base32).
pub fn recovery_code() -> String {
    let mut bytes = [0u8; 8];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let text = BASE32_NOPAD.encode(&bytes).to_ascii_lowercase();
    // 8 bytes are 13 base32 characters (ASCII): the slices are in bounds and on char edges.
    format!("{}-{}-{}", &text[0..4], &text[4..8], &text[8..12])
}

#[cfg(test)]
mod tests {
    use super::*;

    /// RFC 6238, appendix B: the SHA-1 test vectors (8 digits there; their last 6 here).
    #[test]
    fn the_rfc_6238_test_vectors() {
        let secret = b"12345678901234567890";
        for (time, eight) in [
            (59, "94287082"),
            (1_111_111_109, "07081804"),
            (1_111_111_111, "14050471"),
            (1_234_567_890, "89005924"),
            (2_000_000_000, "69279037"),
            (20_000_000_000, "65353130"),
        ] {
            assert_eq!(code_at(secret, step_of(time)), eight[2..], "T = {time}");
        }
    }

    #[test]
    fn a_code_matches_within_one_step_of_drift_only() {
        let secret = b"12345678901234567890";
        let now = 1_111_111_111;
        let current = step_of(now);
        assert_eq!(matching_step(secret, &code_at(secret, current), now), Some(current));
        assert_eq!(matching_step(secret, &code_at(secret, current - 1), now), Some(current - 1));
        assert_eq!(matching_step(secret, &code_at(secret, current + 1), now), Some(current + 1));
        assert_eq!(matching_step(secret, &code_at(secret, current - 2), now), None);
        for wrong in ["", "12345", "1234567", "abcdef", "١٢٣٤٥٦"] {
            assert_eq!(matching_step(secret, wrong, now), None, "{wrong}");
        }
    }

    #[test]
    fn the_uri_follows_the_key_uri_format() {
        let uri = otpauth_uri("JBSWY3DPEHPK3PXP", "agent.dupont@gendarmerie.interieur.gouv.fr");
        assert_eq!(
            uri,
            "otpauth://totp/Vigie%3Aagent.dupont%40gendarmerie.interieur.gouv.fr?secret=JBSWY3DPEHPK3PXP&issuer=Vigie&algorithm=SHA1&digits=6&period=30"
        );
    }

    #[test]
    fn the_qr_code_is_an_svg_document() {
        let svg =
            qr_svg("otpauth://totp/Vigie%3Aa%40b.fr?secret=JBSWY3DPEHPK3PXP&issuer=Vigie").expect("svg");
        assert!(svg.contains("<svg") && svg.contains("</svg>"), "{svg}");
    }

    #[test]
    fn recovery_codes_are_read_however_they_are_typed() {
        let code = recovery_code();
        assert_eq!(code.len(), 14);
        assert_eq!(recovery_hash(&code), recovery_hash(&code.to_uppercase().replace('-', " ")));
    }
}
