//! The vaults this machine knows: for each vault id, a fingerprint of its vault key, the
//! highest generation seen, and the paths it was opened at. age authenticates nobody (anyone
//! with a recipient's public key can make a valid age file), so this record is what tells a
//! vault sealbox has written from a forged one, and the current vault from an older copy.
//!
//! The record lives in `$XDG_STATE_HOME/sealbox/known-vaults.json` (0600). A vault is judged
//! against it every time it is opened ([`KnownVaults::check`]):
//! - a vault id it knows with another vault key, or a path it knows under another vault id,
//!   is *substituted*: refused by every command (exit 6), unless the new vault proves it knew
//!   the recorded key (the key is among its `previous_keys`: a `recipients remove` here or on
//!   a teammate's machine), which is accepted with a warning;
//! - a known vault whose generation is lower than the highest seen was *rolled back*: writes
//!   refuse it, reads warn;
//! - anything else is recorded (trust on first use) and accepted.
//!
//! `sealbox trust` replaces the entry with the vault as it is now.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::time::Duration;

use base64::Engine as _;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::error::Error;
use crate::vault::format::Meta;

/// The file's name in the state directory.
pub const FILE_NAME: &str = "known-vaults.json";
/// Retired key fingerprints kept per vault.
const MAX_RETIRED: usize = 64;
/// The record is small; a larger file is not ours.
const MAX_RECORD_BYTES: u64 = crate::fs::MAX_STATE_BYTES;

/// What the record says of one vault id.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct KnownVault {
    /// Fingerprint of the vault key (None: a format-1 vault, which has no key).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub key: Option<String>,
    /// The highest generation seen.
    pub generation: u64,
    /// Fingerprints of this vault's earlier keys (retired by `recipients remove`): a copy
    /// under one of them is an older copy, never a newer one.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub retired: Vec<String>,
    /// Absolute paths this vault was opened at.
    #[serde(default)]
    pub paths: Vec<PathBuf>,
}

#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Record {
    #[serde(default)]
    pub vaults: BTreeMap<String, KnownVault>,
    /// The id of each audit log written here, by absolute path: a log that disappears is
    /// still known to have existed.
    #[serde(default)]
    pub logs: BTreeMap<PathBuf, String>,
}

/// How a vault compares with the record.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Verdict {
    /// Known, same key, generation at or above the record.
    Known,
    /// Not in the record yet (first use): accepted and recorded.
    New,
    /// Same vault id, a newer key that proves it knew the recorded one.
    KeyRotated,
    /// Generation below the highest seen.
    RolledBack { seen: u64 },
}

/// The fingerprint of a vault key: never the key itself.
pub fn fingerprint(key_b64: &str) -> String {
    let mut h = Sha256::new();
    h.update(b"sealbox-vault-key-fingerprint\n");
    h.update(key_b64.as_bytes());
    crate::audit::chain::hex(&h.finalize()[..16])
}

/// A fresh random vault key, base64.
pub fn new_key() -> Result<String, Error> {
    let mut key = zeroize::Zeroizing::new([0u8; 32]);
    getrandom::fill(&mut *key).map_err(|e| Error::other(format!("no randomness: {e}")))?;
    Ok(base64::engine::general_purpose::STANDARD.encode(*key))
}

/// The path as the record keys it: absolute, symlinks resolved where the file exists.
pub fn record_path(path: &Path) -> PathBuf {
    std::fs::canonicalize(path).unwrap_or_else(|_| std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf()))
}

/// Judge `meta` (of the vault at `path`) against `record`. Pure: the caller saves.
pub fn judge(record: &Record, path: &Path, meta: &Meta) -> Result<Verdict, Error> {
    judge_at(record, record_path(path), meta)
}

/// [`judge`] of a path already made a [`record_path`].
fn judge_at(record: &Record, path: PathBuf, meta: &Meta) -> Result<Verdict, Error> {
    let fp = meta.vault_key.as_deref().map(fingerprint);
    match record.vaults.get(&meta.vault_id) {
        Some(known) => {
            match (&known.key, &fp) {
                (Some(k), Some(f)) if k == f => {}
                (Some(_), Some(f)) if known.retired.contains(f) => {
                    // An older copy, from before a `recipients remove`.
                    if meta.generation < known.generation {
                        return Ok(Verdict::RolledBack { seen: known.generation });
                    }
                    return Err(substituted(
                        &path,
                        &meta.vault_id,
                        "it was made with a vault key that was retired (by `recipients remove`) since",
                    ));
                }
                (Some(k), Some(_)) => {
                    if meta.previous_keys.iter().any(|p| &fingerprint(p) == k) {
                        return Ok(Verdict::KeyRotated);
                    }
                    return Err(substituted(&path, &meta.vault_id, "its vault key is not the one recorded"));
                }
                (Some(_), None) => {
                    return Err(substituted(
                        &path,
                        &meta.vault_id,
                        "it has no vault key (an old format) but the vault recorded has one",
                    ));
                }
                // A format-1 vault upgraded since: its first key is taken on trust.
                (None, _) => {}
            }
            if meta.generation < known.generation {
                return Ok(Verdict::RolledBack { seen: known.generation });
            }
            Ok(Verdict::Known)
        }
        None => {
            if let Some((other, _)) = record.vaults.iter().find(|(_, v)| v.paths.contains(&path)) {
                return Err(substituted(
                    &path,
                    &meta.vault_id,
                    &format!("this path held vault {other}, and this file is another vault ({})", meta.vault_id),
                ));
            }
            Ok(Verdict::New)
        }
    }
}

fn substituted(path: &Path, vault_id: &str, why: &str) -> Error {
    Error::decrypt(format!("the vault {} is not the vault you know: {why}", path.display())).with_hint(format!(
        "sealbox refuses a vault it did not write (vault id {vault_id}); if you replaced the file on purpose, run `sealbox trust --vault {}`",
        path.display()
    ))
}

/// The error a write gets for a rolled-back vault.
pub fn rolled_back(path: &Path, generation: u64, seen: u64) -> Error {
    Error::decrypt(format!(
        "the vault {} was rolled back: it is generation {generation}, but this machine has seen generation {seen}",
        path.display()
    ))
    .with_hint(format!(
        "writes to an older copy would lose the newer changes; if you restored a backup on purpose, run `sealbox trust --vault {}`",
        path.display()
    ))
}

/// The path a [`rolled_back`] message names, when `message` is one (a push's outcome keeps
/// only its error's message).
pub fn rolled_back_path(message: &str) -> Option<&str> {
    message.strip_prefix("the vault ")?.split_once(" was rolled back: ").map(|(path, _)| path)
}

/// The warning a read prints for a rolled-back vault.
pub fn rolled_back_warning(path: &Path, generation: u64, seen: u64) -> String {
    format!(
        "the vault {} is older than the one this machine last saw (generation {generation} < {seen}): it may have been rolled back; writes are refused until `sealbox trust`",
        path.display()
    )
}

/// Enter `meta` as the vault now at `path`: its key, at least its generation, and the path
/// (taken away from any other vault id that had it). With `replace`, the generation is set
/// to the vault's own (accepting a rollback).
pub fn enter(record: &mut Record, path: &Path, meta: &Meta, replace: bool) {
    let path = record_path(path);
    for (id, v) in record.vaults.iter_mut() {
        if id != &meta.vault_id {
            v.paths.retain(|p| p != &path);
        }
    }
    let entry = record.vaults.entry(meta.vault_id.clone()).or_default();
    let new_key = meta.vault_key.as_deref().map(fingerprint);
    if let (Some(old), Some(new)) = (&entry.key, &new_key)
        && old != new
    {
        if !entry.retired.contains(old) {
            entry.retired.push(old.clone());
        }
        entry.retired.retain(|k| k != new);
        if entry.retired.len() > MAX_RETIRED {
            let drop = entry.retired.len() - MAX_RETIRED;
            entry.retired.drain(..drop);
        }
    }
    entry.key = new_key.or(entry.key.take());
    entry.generation = if replace { meta.generation } else { entry.generation.max(meta.generation) };
    if !entry.paths.contains(&path) {
        entry.paths.push(path);
    }
}

/// The record file of a state directory.
pub struct KnownVaults {
    pub path: PathBuf,
    pub lock_timeout: Duration,
}

impl KnownVaults {
    pub fn new(path: PathBuf, lock_timeout: Duration) -> KnownVaults {
        KnownVaults { path, lock_timeout }
    }

    /// The record as it is (empty when there is none yet).
    pub fn load(&self) -> Result<Record, Error> {
        match std::fs::symlink_metadata(&self.path) {
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(Record::default()),
            Ok(m) if m.file_type().is_symlink() => Err(crate::fs::symlink_refused(&self.path)),
            _ => {
                parse(&self.path, &crate::fs::read_capped(&self.path, MAX_RECORD_BYTES, "the record of known vaults")?)
            }
        }
    }

    /// Judge the vault at `path`; a new vault, a newer generation or a rotated key is
    /// recorded at once (the second value: why the record could not be updated, for a
    /// warning — the verdict stands either way). A rolled-back vault is reported, not recorded.
    pub fn check(&self, path: &Path, meta: &Meta) -> Result<(Verdict, Option<Error>), Error> {
        let record = self.load()?;
        let at = record_path(path);
        let verdict = judge_at(&record, at.clone(), meta)?;
        let up_to_date = record.vaults.get(&meta.vault_id).is_some_and(|k| {
            k.generation == meta.generation
                && k.paths.contains(&at)
                && k.key == meta.vault_key.as_deref().map(fingerprint)
        });
        let mut not_saved = None;
        if !matches!(verdict, Verdict::RolledBack { .. }) && !up_to_date {
            let updated = self.update(|r| {
                // Judged again under the lock: another process may have recorded since.
                match judge(r, path, meta)? {
                    Verdict::RolledBack { .. } => {}
                    _ => enter(r, path, meta, false),
                }
                Ok(())
            });
            match updated {
                Err(e) if e.kind == crate::error::ExitKind::Decrypt => return Err(e),
                Err(e) => not_saved = Some(e),
                Ok(()) => {}
            }
        }
        Ok((verdict, not_saved))
    }

    /// Record the vault as written (after a save), or as accepted by `sealbox trust`.
    pub fn remember(&self, path: &Path, meta: &Meta, replace: bool) -> Result<(), Error> {
        self.update(|r| {
            enter(r, path, meta, replace);
            Ok(())
        })
    }

    /// The id recorded for the audit log at `log`, if any.
    pub fn log_id(&self, log: &Path) -> Result<Option<String>, Error> {
        Ok(self.load()?.logs.get(&record_path(log)).cloned())
    }

    pub fn remember_log(&self, log: &Path, id: &str) -> Result<(), Error> {
        let key = record_path(log);
        if self.load()?.logs.get(&key).map(String::as_str) == Some(id) {
            return Ok(());
        }
        self.update(|r| {
            r.logs.insert(key.clone(), id.to_string());
            Ok(())
        })
    }

    /// Where the record says vault `id` was opened.
    pub fn paths_of(&self, id: &str) -> Result<Vec<PathBuf>, Error> {
        Ok(self.load()?.vaults.get(id).map(|v| v.paths.clone()).unwrap_or_default())
    }

    fn update(&self, change: impl FnOnce(&mut Record) -> Result<(), Error>) -> Result<(), Error> {
        let file = self.path.clone();
        crate::fs::update_locked(&self.path, self.lock_timeout, |old| {
            let mut record = match old {
                Some(bytes) => parse(&file, bytes)?,
                None => Record::default(),
            };
            let before = record.clone();
            change(&mut record)?;
            if record == before {
                return Ok(None);
            }
            serde_json::to_vec_pretty(&record).map(Some).map_err(|e| Error::other(e.to_string()))
        })
    }
}

fn parse(path: &Path, bytes: &[u8]) -> Result<Record, Error> {
    serde_json::from_slice(bytes).map_err(|e| {
        Error::other(format!("the record of known vaults {} is damaged: {e}", path.display())).with_hint(
            "it lists the vaults this machine trusts; restore it from a backup, or remove it to trust every vault anew",
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn meta(id: &str, key: Option<&str>, generation: u64) -> Meta {
        let mut m: Meta = serde_json::from_value(serde_json::json!({
            "format": 2, "vault_id": id, "created": "2026-01-01T00:00:00Z", "region": "local",
            "recipients": [], "audit": {"key": "a2V5a2V5a2V5a2V5a2V5a2V5"},
        }))
        .unwrap();
        m.vault_key = key.map(str::to_string);
        m.generation = generation;
        m
    }

    #[test]
    fn first_use_is_recorded_then_known() {
        let mut r = Record::default();
        let p = Path::new("/nonexistent/v.age");
        let m = meta("v1", Some("k1"), 3);
        assert_eq!(judge(&r, p, &m).unwrap(), Verdict::New);
        enter(&mut r, p, &m, false);
        assert_eq!(judge(&r, p, &m).unwrap(), Verdict::Known);
        assert_eq!(judge(&r, p, &meta("v1", Some("k1"), 4)).unwrap(), Verdict::Known);
    }

    #[test]
    fn another_key_or_another_vault_at_a_known_path_is_refused() {
        let mut r = Record::default();
        let p = Path::new("/nonexistent/v.age");
        enter(&mut r, p, &meta("v1", Some("k1"), 3), false);
        let e = judge(&r, p, &meta("v1", Some("forged"), 9)).unwrap_err();
        assert_eq!(e.kind, crate::error::ExitKind::Decrypt);
        assert!(judge(&r, p, &meta("v2", Some("k2"), 1)).is_err());
        assert!(judge(&r, p, &meta("v1", None, 9)).is_err());
        // Elsewhere, a new vault is fine.
        assert_eq!(judge(&r, Path::new("/nonexistent/w.age"), &meta("v2", Some("k2"), 1)).unwrap(), Verdict::New);
    }

    #[test]
    fn a_lower_generation_is_a_rollback_and_trust_accepts_it() {
        let mut r = Record::default();
        let p = Path::new("/nonexistent/v.age");
        enter(&mut r, p, &meta("v1", Some("k1"), 7), false);
        assert_eq!(judge(&r, p, &meta("v1", Some("k1"), 5)).unwrap(), Verdict::RolledBack { seen: 7 });
        enter(&mut r, p, &meta("v1", Some("k1"), 5), false);
        assert_eq!(r.vaults["v1"].generation, 7, "entering never lowers the generation");
        enter(&mut r, p, &meta("v1", Some("k1"), 5), true);
        assert_eq!(judge(&r, p, &meta("v1", Some("k1"), 5)).unwrap(), Verdict::Known);
    }

    #[test]
    fn a_rotated_key_is_accepted_only_with_proof_of_the_old_one() {
        let mut r = Record::default();
        let p = Path::new("/nonexistent/v.age");
        enter(&mut r, p, &meta("v1", Some("k1"), 7), false);
        let mut rotated = meta("v1", Some("k2"), 8);
        assert!(judge(&r, p, &rotated).is_err());
        rotated.previous_keys = vec!["k1".into()];
        assert_eq!(judge(&r, p, &rotated).unwrap(), Verdict::KeyRotated);
        // A fingerprint alone proves nothing: it is readable in the record.
        rotated.previous_keys = vec![fingerprint("k1")];
        assert!(judge(&r, p, &rotated).is_err());
        // Once the new key is recorded, the old key only ever makes an older copy.
        rotated.previous_keys = vec!["k1".into()];
        enter(&mut r, p, &rotated, false);
        assert_eq!(judge(&r, p, &meta("v1", Some("k1"), 7)).unwrap(), Verdict::RolledBack { seen: 8 });
        assert!(judge(&r, p, &meta("v1", Some("k1"), 9)).is_err());
    }

    #[test]
    fn a_rollback_message_names_its_path() {
        let e = rolled_back(Path::new("/r/ci.age"), 2, 3);
        assert_eq!(rolled_back_path(&e.message), Some("/r/ci.age"));
        assert_eq!(rolled_back_path("the vault /r/ci.age is not the vault you know"), None);
    }

    #[test]
    fn the_fingerprint_is_not_the_key() {
        assert_ne!(fingerprint("k1"), "k1");
        assert_eq!(fingerprint("k1").len(), 32);
        assert_ne!(fingerprint("k1"), fingerprint("k2"));
    }
}
