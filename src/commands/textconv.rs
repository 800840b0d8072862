//! `sealbox textconv FILE`: a vault as text for `git diff` and `git log -p`. One line per
//! secret and per version: name, version id, labels, dates and a short fingerprint of the
//! value, keyed from the vault key (HMAC-SHA256), so a diff shows that a value changed and
//! tells nothing about it to anyone who can't open the vault. Never a value.
//!
//! It reads history, not the current vault: a copy is not judged against the record of
//! known vaults (an older generation, or a key retired since, is what history is), nothing is
//! recorded, and it is not an audit event (it reveals no value; `git log -p` runs it once
//! per revision). A revision this identity can't decrypt (from before it was a recipient)
//! prints one line saying so instead of failing the whole `git log -p`.

use std::fmt::Write as _;

use crate::audit::chain::mac_hex;
use crate::cli::TextconvArgs;
use crate::output;
use crate::session::Session;
use crate::vault::format::Meta;

pub fn run(ctx: &Session, args: TextconvArgs) -> anyhow::Result<()> {
    // An identity that can't be loaded (no agent, no terminal for its passphrase) fails;
    // a revision this identity is not a recipient of is one line, so `git log -p` goes on.
    ctx.identities()?;
    let doc = match ctx.load_untracked(&args.file, false) {
        Ok(doc) => doc,
        Err(e) if e.kind == crate::error::ExitKind::Decrypt => {
            return output::write_stdout(format!("vault not readable with this identity: {}\n", e.message).as_bytes());
        }
        Err(e) => return Err(e.into()),
    };
    let key = fingerprint_key(&doc.meta);
    let meta = &doc.meta;
    let mut text = String::new();
    let _ = writeln!(text, "vault {} generation {}", meta.vault_id, meta.generation);
    for r in &meta.recipients {
        let _ = writeln!(text, "recipient {r}");
    }
    for secret in doc.secrets() {
        let s = secret?;
        let _ = write!(text, "secret {} created {} changed {}", s.name, day(s.created), day(s.last_changed));
        if let Some(d) = &s.description {
            let _ = write!(text, " description {}", d.escape_debug());
        }
        for (k, v) in s.tags.iter() {
            let _ = write!(text, " tag {}={}", k.escape_debug(), v.escape_debug());
        }
        if let Some(d) = &s.deletion {
            let _ = write!(text, " deleted {} purge {}", day(d.deleted), day(d.purge_after));
        }
        text.push('\n');
        for v in &s.versions {
            let labels = if v.stages.is_empty() { "-".to_string() } else { v.stages.join(",") };
            let _ = writeln!(
                text,
                "  {} {} {labels} created {} value {}",
                s.name,
                v.id,
                v.created,
                fingerprint(&key, v.value.as_bytes())
            );
        }
    }
    output::write_stdout(text.as_bytes())
}

fn day(t: jiff::Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

/// The fingerprint key: derived from the vault key (a format-1 vault: its audit key), both
/// secret, never printed.
fn fingerprint_key(meta: &Meta) -> zeroize::Zeroizing<String> {
    let secret = meta.vault_key.as_deref().unwrap_or(&meta.audit.key);
    zeroize::Zeroizing::new(mac_hex(Some(secret.as_bytes()), b"sealbox-textconv-fingerprint"))
}

/// 12 hex digits of HMAC-SHA256(key, value).
fn fingerprint(key: &str, value: &[u8]) -> String {
    let mut mac = mac_hex(Some(key.as_bytes()), value);
    mac.truncate(12);
    mac
}
