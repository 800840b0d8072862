//! Recipients: `age1…` X25519 and plugin recipients, `ssh-ed25519`/`ssh-rsa` public keys.

use std::str::FromStr;

use super::identity::PluginUi;
use crate::error::Error;

/// The one spelling of a recipient, for comparing keys: `age1…` as lowercase bech32 (X25519
/// or plugin), SSH as `TYPE BASE64` without the comment or extra whitespace. Two strings are
/// the same recipient exactly when their canonical forms are equal.
pub fn canonical_recipient(s: &str) -> Result<String, Error> {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.first().is_some_and(|w| w.starts_with("ssh-")) {
        return age::ssh::Recipient::from_str(&words.join(" "))
            .map(|r| r.to_string())
            .map_err(|e| Error::usage(format!("invalid SSH recipient: {e:?}")));
    }
    let lower = s.trim().to_ascii_lowercase();
    if let Ok(r) = age::x25519::Recipient::from_str(&lower) {
        return Ok(r.to_string());
    }
    if age::plugin::Recipient::from_str(&lower).is_ok() {
        return Ok(lower);
    }
    parse_recipient(s).map(|_| lower)
}

/// Check a recipient string: `age1…` X25519 or `ssh-ed25519`/`ssh-rsa` public key.
pub fn validate_recipient(s: &str) -> Result<String, Error> {
    parse_recipient(s).map(|_| s.trim().to_string())
}

pub(super) fn parse_recipient(s: &str) -> Result<Box<dyn age::Recipient + Send>, Error> {
    let s = s.trim();
    if s.starts_with("age1") {
        let x25519 = age::x25519::Recipient::from_str(s);
        if let Ok(r) = x25519 {
            return Ok(Box::new(r));
        }
        // `age1<plugin>1…`: a plugin recipient (age-plugin-yubikey's age1yubikey1…).
        if let Ok(r) = age::plugin::Recipient::from_str(s) {
            let name = r.plugin().to_string();
            return age::plugin::RecipientPluginV1::new(&name, &[r], &[], PluginUi)
                .map(|p| Box::new(p) as Box<dyn age::Recipient + Send>)
                .map_err(|_| {
                    Error::usage(format!("the recipient {s} needs age-plugin-{name}, which is not on PATH"))
                        .with_hint(format!("install age-plugin-{name} somewhere on PATH"))
                });
        }
        return x25519
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
            .map_err(|e| Error::usage(format!("invalid age recipient {s}: {e}")));
    }
    if s.starts_with("ssh-") {
        return age::ssh::Recipient::from_str(s)
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
            .map_err(|e| Error::usage(format!("invalid SSH recipient: {e:?}")));
    }
    Err(Error::usage(format!("invalid recipient {}: expected age1… or ssh-…", crate::vault::names::printable(s))))
}
