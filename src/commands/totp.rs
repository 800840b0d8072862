//! `get --totp`: the current RFC 6238 code of an `otpauth://totp/…` URI or a base32 secret.

use jiff::Timestamp;
use totp_rs::{Algorithm, Builder, Secret, Totp};

use crate::error::Error;

/// The code at `now` for the value of secret `name`.
pub fn code(name: &str, value: &[u8], now: Timestamp) -> Result<String, Error> {
    let text = std::str::from_utf8(value).map_err(|_| not_totp(name))?.trim();
    let totp = if text.starts_with("otpauth://") { from_uri(name, text)? } else { from_base32(name, text)? };
    let at = u64::try_from(now.as_second()).map_err(|_| Error::usage("the clock is before 1970"))?;
    Ok(totp.generate(at).to_string())
}

fn not_totp(name: &str) -> Error {
    Error::usage(format!("secret {name} is not an otpauth://totp/ URI or a base32 TOTP secret"))
        .with_hint("store the URI from the QR code, e.g. otpauth://totp/Example:me?secret=JBSWY3DPEHPK3PXP")
}

/// An otpauth URI. The digits and period are checked here first: totp-rs's unchecked
/// parse accepts any number (and would panic on 10 digits); the secret may be shorter
/// than RFC 4226's 128 bits, as many sites' 80-bit secrets are.
fn from_uri(name: &str, uri: &str) -> Result<Totp, Error> {
    if !uri.starts_with("otpauth://totp/") {
        return Err(Error::usage(format!("secret {name} is an otpauth URI but not a TOTP one (otpauth://totp/…)")));
    }
    let query = uri.split_once('?').map(|(_, q)| q).unwrap_or_default();
    for pair in query.split('&') {
        let (key, value) = pair.split_once('=').unwrap_or((pair, ""));
        let ok = match key {
            "digits" => value.parse::<u8>().is_ok_and(|d| (6..=8).contains(&d)),
            "period" => value.parse::<u64>().is_ok_and(|p| (1..=86_400).contains(&p)),
            _ => true,
        };
        if !ok {
            return Err(Error::usage(format!("secret {name}: the otpauth URI has an invalid {key}={value}"))
                .with_hint("digits must be 6 to 8, period 1 to 86400 seconds"));
        }
    }
    Totp::from_url_unchecked(uri).map_err(|e| {
        Error::usage(format!("secret {name} is not a valid otpauth URI: {e}"))
            .with_hint("store the URI from the QR code, e.g. otpauth://totp/Example:me?secret=JBSWY3DPEHPK3PXP")
    })
}

/// A bare base32 secret (spaces and lowercase allowed, as sites print them): SHA-1, 6
/// digits, 30 seconds.
fn from_base32(name: &str, text: &str) -> Result<Totp, Error> {
    let cleaned: String = text.chars().filter(|c| !c.is_whitespace()).collect::<String>().to_ascii_uppercase();
    let secret = Secret::try_from_base32(cleaned.trim_end_matches('=')).map_err(|_| not_totp(name))?;
    if secret.as_ref().is_empty() {
        return Err(not_totp(name));
    }
    Ok(Builder::new().with_algorithm(Algorithm::SHA1).with_digits(6).with_secret(secret).build_noncompliant())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(second: i64) -> Timestamp {
        Timestamp::from_second(second).unwrap()
    }

    /// RFC 6238, appendix B: the test vectors for SHA-1, SHA-256 and SHA-512 (8 digits).
    #[test]
    fn rfc_6238_test_vectors() {
        let seeds = [
            ("SHA1", b"12345678901234567890".to_vec()),
            ("SHA256", b"12345678901234567890123456789012".to_vec()),
            ("SHA512", b"1234567890123456789012345678901234567890123456789012345678901234".to_vec()),
        ];
        let table: [(i64, [&str; 3]); 6] = [
            (59, ["94287082", "46119246", "90693936"]),
            (1111111109, ["07081804", "68084774", "25091201"]),
            (1111111111, ["14050471", "67062674", "99943326"]),
            (1234567890, ["89005924", "91819424", "93441116"]),
            (2000000000, ["69279037", "90698825", "38618901"]),
            (20000000000, ["65353130", "77737706", "47863826"]),
        ];
        for (i, (algorithm, seed)) in seeds.iter().enumerate() {
            let secret = Secret::from(seed.clone()).to_base32();
            let uri = format!("otpauth://totp/RFC:test?secret={secret}&algorithm={algorithm}&digits=8&period=30");
            for (time, codes) in &table {
                assert_eq!(code("t", uri.as_bytes(), at(*time)).unwrap(), codes[i], "{algorithm} at {time}");
            }
        }
    }

    #[test]
    fn a_bare_base32_secret_is_sha1_six_digits() {
        let secret = Secret::from(b"12345678901234567890".to_vec()).to_base32();
        assert_eq!(code("t", secret.as_bytes(), at(59)).unwrap(), "287082");
        let spaced = secret
            .to_lowercase()
            .chars()
            .collect::<Vec<_>>()
            .chunks(4)
            .map(|c| c.iter().collect::<String>())
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(code("t", spaced.as_bytes(), at(59)).unwrap(), "287082");
    }

    #[test]
    fn bad_values_are_usage_errors() {
        for bad in [
            "not base32!",
            "",
            "otpauth://hotp/x?secret=JBSWY3DPEHPK3PXP",
            "otpauth://totp/x?secret=JBSWY3DPEHPK3PXP&digits=10",
        ] {
            let err = code("t", bad.as_bytes(), at(59)).unwrap_err();
            assert_eq!(err.kind, crate::error::ExitKind::Usage, "{bad}");
        }
    }
}
