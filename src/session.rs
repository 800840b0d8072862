//! A command's session with its vaults, and the one transaction every write follows:
//!
//! ```text
//! lock → load → trust check (the vault we know, not rolled back) → purge what is due
//!      → the command's change → plan replication → record the audit events
//!      → save (generation + 1) → remember the generation → unlock
//!      → push to regions (each through this same transaction) → record their outcome
//! ```
//!
//! [`Session::write`] is that sequence for the primary vault; [`Session::write_vault`] is
//! its core for any vault (a region). Reads ([`Session::reader`], [`Session::load`]) take
//! no lock but pass the same trust check: a substituted vault is refused, a rolled-back one
//! warns. Commands see none of the locking, audit plumbing or file modes.

use std::cell::{OnceCell, RefCell};
use std::ops::{Deref, DerefMut};
use std::path::{Path, PathBuf};
use std::time::Duration;

use crate::audit::{AuditLog, Event, VaultKey};
use crate::context::Context;
use crate::crypto::{self, Identities};
use crate::error::Error;
use crate::replication;
use crate::store::{self, VaultReader};
use crate::trust::{self, KnownVaults, Verdict};
use crate::vault::Document;
use crate::vault::format::Meta;

pub struct Session {
    pub ctx: Context,
    identities: OnceCell<Identities>,
    pub audit: AuditLog,
    pub known: KnownVaults,
    /// The primary vault's audit key, once it was opened: reads are logged with it.
    primary_key: RefCell<Option<VaultKey>>,
    /// Vaults already warned about in this process (a rollback, a rotated key).
    warned: RefCell<Vec<PathBuf>>,
}

impl Deref for Session {
    type Target = Context;
    fn deref(&self) -> &Context {
        &self.ctx
    }
}

/// One write in progress: the document, and the audit events the change records. The
/// events are written after the change and before the save, by the session.
pub struct Tx<'a> {
    doc: &'a mut Document,
    events: Vec<Event>,
    purged: Vec<String>,
    rotate_key: bool,
}

impl Deref for Tx<'_> {
    type Target = Document;
    fn deref(&self) -> &Document {
        self.doc
    }
}

impl DerefMut for Tx<'_> {
    fn deref_mut(&mut self) -> &mut Document {
        self.doc
    }
}

impl Tx<'_> {
    /// The secrets this write purged (their recovery window had passed).
    pub fn purged(&self) -> &[String] {
        &self.purged
    }

    /// Record an event of this write.
    pub fn audit(&mut self, event: Event) {
        self.events.push(event);
    }

    pub fn audit_all(&mut self, events: impl IntoIterator<Item = Event>) {
        self.events.extend(events);
    }

    /// Give the vault a new vault key and audit key at this save (`recipients remove`): a
    /// removed recipient knows the old ones, not these.
    pub fn rotate_vault_key(&mut self) {
        self.rotate_key = true;
        self.doc.mark_changed();
    }
}

impl Session {
    pub fn new(ctx: Context) -> Session {
        let state = ctx.state_dir.clone();
        let known = KnownVaults::new(state.join(trust::FILE_NAME), ctx.lock_timeout());
        let log_path = crate::audit::log_path(&ctx.config, Some(&state), &ctx.vault_path);
        let log_reads = ctx.config.audit.as_ref().and_then(|a| a.log_reads).unwrap_or(true);
        let ids_known = KnownVaults::new(known.path.clone(), ctx.lock_timeout());
        let log_for_id = log_path.clone();
        let new_log_id = Box::new(move || {
            // A log that existed once keeps its id, so a deleted log is found out.
            if let Ok(Some(id)) = ids_known.log_id(&log_for_id) {
                return id;
            }
            let id = uuid::Uuid::new_v4().simple().to_string();
            let _ = ids_known.remember_log(&log_for_id, &id);
            id
        });
        let audit = AuditLog::new(log_path, log_reads, ctx.lock_timeout(), new_log_id);
        Session {
            ctx,
            identities: OnceCell::new(),
            audit,
            known,
            primary_key: RefCell::new(None),
            warned: RefCell::new(Vec::new()),
        }
    }

    pub fn identities(&self) -> Result<&Identities, Error> {
        if let Some(ids) = self.identities.get() {
            return Ok(ids);
        }
        // In order: the agent (if its socket answers and it holds this identity file), the
        // identity file itself, which prompts for a passphrase if it needs one, or fails
        // with exit 6 and `run: sealbox unlock` when it can't.
        if let Some((client, public_keys)) = crate::agent::loaded(&self.identity_path) {
            let key = crate::agent::identity_key(&self.identity_path);
            let ids = crypto::agent::agent_identities(client, key, public_keys);
            return Ok(self.identities.get_or_init(|| ids));
        }
        if !self.identity_path.exists() {
            return Err(Error::decrypt(format!("no identity at {}", self.identity_path.display()))
                .with_hint("run `sealbox init`, or pass --identity PATH (or set SEALBOX_IDENTITY)"));
        }
        let ids = crypto::load_identities(&self.identity_path, &self.interaction)?;
        Ok(self.identities.get_or_init(|| ids))
    }

    /// True once the identity is loaded (so opening the vault again can't prompt).
    pub fn identities_loaded(&self) -> bool {
        self.identities.get().is_some()
    }

    // ----- reads -------------------------------------------------------------------------

    /// The primary vault, for reading (no lock), trust-checked.
    pub fn reader(&self) -> Result<VaultReader, Error> {
        let reader = self.open(&self.vault_path).map_err(|e| self.missing_primary(e))?;
        self.note_primary(&reader.meta);
        Ok(reader)
    }

    /// Any vault, for reading, trust-checked: refused when substituted, a warning when
    /// rolled back.
    pub fn open(&self, path: &Path) -> Result<VaultReader, Error> {
        let reader = store::open_reader(path, self.identities()?)?;
        self.check_read(path, &reader.meta)?;
        Ok(reader)
    }

    /// Decrypt and parse a whole vault (no lock), trust-checked like [`Session::open`].
    pub fn load(&self, path: &Path) -> Result<Document, Error> {
        let doc = store::load_document(path, self.identities()?)?;
        self.check_read(path, &doc.meta)?;
        if path == self.vault_path {
            self.note_primary(&doc.meta);
        }
        Ok(doc)
    }

    fn note_primary(&self, meta: &Meta) {
        if let Ok(key) = VaultKey::from_meta(meta) {
            *self.primary_key.borrow_mut() = Some(key);
        }
    }

    fn check_read(&self, path: &Path, meta: &Meta) -> Result<(), Error> {
        match self.checked(path, meta)? {
            Verdict::RolledBack { seen } => {
                self.warn_once(path, trust::rolled_back_warning(path, meta.generation, seen));
            }
            Verdict::KeyRotated => self.warn_once(path, key_rotated_warning(path)),
            Verdict::Known | Verdict::New => {}
        }
        Ok(())
    }

    fn check_write(&self, path: &Path, meta: &Meta) -> Result<(), Error> {
        match self.checked(path, meta)? {
            Verdict::RolledBack { seen } => {
                // It is this vault (an older copy): the refusal is logged with its key.
                if trust::record_path(path) == trust::record_path(&self.vault_path) {
                    self.note_primary(meta);
                }
                Err(trust::rolled_back(path, meta.generation, seen))
            }
            Verdict::KeyRotated => {
                self.warn_once(path, key_rotated_warning(path));
                Ok(())
            }
            Verdict::Known | Verdict::New => Ok(()),
        }
    }

    /// The trust verdict; a record that could not be updated is a warning, not a failure.
    fn checked(&self, path: &Path, meta: &Meta) -> Result<Verdict, Error> {
        let (verdict, not_saved) = self.known.check(path, meta)?;
        if let Some(e) = not_saved {
            self.warn(format!("this machine's record of known vaults could not be updated: {}", e.message));
        }
        Ok(verdict)
    }

    fn warn_once(&self, path: &Path, message: String) {
        let mut warned = self.warned.borrow_mut();
        if !warned.iter().any(|p| p == path) {
            warned.push(path.to_path_buf());
            self.warn(message);
        }
    }

    // ----- audit -------------------------------------------------------------------------

    /// Log events of a read (or of anything that writes no vault), MACed with the primary
    /// vault's key. Call it BEFORE acting (before printing a value). Failure events are
    /// logged unkeyed when the vault can't be opened without asking for anything.
    pub fn record(&self, events: &[Event]) -> Result<(), Error> {
        if events.is_empty() {
            return Ok(());
        }
        let only_failures = events.iter().all(|e| e.outcome != "ok");
        let key = self.primary_key.borrow().clone();
        let key = match key {
            Some(k) => Some(k),
            None if only_failures => {
                let decrypt_failed = events.iter().any(|e| e.outcome == crate::error::ExitKind::Decrypt.class());
                if decrypt_failed || !self.identities_loaded() {
                    None
                } else {
                    self.reader().ok().and_then(|r| VaultKey::from_meta(&r.meta).ok())
                }
            }
            None => Some(VaultKey::from_meta(&self.reader()?.meta)?),
        };
        self.audit.append(key.as_ref(), events, crate::terminal::now().unwrap_or(self.now)).map(|_| ())
    }

    /// Log a command's failure, unless the command logged one itself or the log is what
    /// failed. Errors here are reported as a warning: the command's own error comes first.
    pub fn record_failure(&self, operation: &str, name: Option<&str>, err: &anyhow::Error) {
        self.record_failure_event(Event::failed(operation, name, crate::error::exit_kind(err)), err);
    }

    /// [`record_failure`](Self::record_failure) with the event made by the caller (`serve`
    /// names its actor and AWS's error code).
    pub fn record_failure_event(&self, event: Event, err: &anyhow::Error) {
        if self.audit.failure_handled() || crate::error::is_broken_pipe(err) {
            return;
        }
        if let Err(e) = self.record(&[event]) {
            self.warn(format!("the failure could not be logged: {e}"));
        }
    }

    /// A primary named with `--vault` that does not exist: the hint to create it names it
    /// (`sealbox --vault other.age init`), rather than suggesting the --vault just passed.
    fn missing_primary(&self, mut e: Error) -> Error {
        if let Some(vault) = &self.global.vault
            && e.message == format!("there is no vault at {}", self.vault_path.display())
        {
            let init = format!("sealbox --vault {} init", vault.display());
            e = match self.vault_path.parent().filter(|p| !p.as_os_str().is_empty() && !p.is_dir()) {
                Some(dir) => e.with_hint(format!(
                    "the directory {} does not exist (a disk not mounted?); to start a new vault there, run `{init}`",
                    dir.display()
                )),
                None => e.with_hint(format!("run `{init}` to create it")),
            };
        }
        e
    }

    // ----- writes ------------------------------------------------------------------------

    /// A write of the primary vault, the whole sequence: the change, then the pushes of the
    /// changed secrets that have replicas (a failed push warns; it never fails the command).
    pub fn write<T>(&self, change: impl FnOnce(&mut Tx) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let (out, plan) = self
            .write_vault(&self.vault_path, self.lock_timeout(), |tx| {
                let out = change(tx)?;
                let plan = replication::plan(tx)?;
                Ok((out, plan))
            })
            .map_err(|e| match e.downcast::<Error>() {
                Ok(err) => self.missing_primary(err).into(),
                Err(e) => e,
            })?;
        replication::push_planned(self, plan);
        Ok(out)
    }

    /// The transaction on one vault file: lock, load, trust check, purge what is due, the
    /// change, the audit events, save with the next generation, remember it. If anything
    /// fails before the save, the vault is byte-for-byte as it was; if the events can't be
    /// logged, nothing is saved.
    pub fn write_vault<T>(
        &self,
        path: &Path,
        lock_timeout: Duration,
        change: impl FnOnce(&mut Tx) -> anyhow::Result<T>,
    ) -> anyhow::Result<T> {
        let real = store::writable_path(path)?;
        let path = real.as_path();
        // No vault there: fail before the lock, which would create its directory (a missing
        // mount would get a directory of its own at the mount point).
        if std::fs::symlink_metadata(path).is_err_and(|e| e.kind() == std::io::ErrorKind::NotFound) {
            return Err(store::no_vault(path).into());
        }
        let _lock = store::lock_vault(path, lock_timeout)?;
        let mut doc = store::load_document(path, self.identities()?)?;
        self.check_write(path, &doc.meta)?;
        let purged = purge_due(&mut doc, self.now);
        let mut tx = Tx {
            doc: &mut doc,
            events: purged.iter().map(|n| Event::ok("EndSecretDelete", Some(n), None)).collect(),
            purged,
            rotate_key: false,
        };
        // A damaged record found while the change reads it names the vault's path.
        let out = change(&mut tx).map_err(|e| match e.downcast::<Error>() {
            Ok(err) => store::in_file(err, path).into(),
            Err(e) => e,
        })?;
        let (events, rotate_key) = (std::mem::take(&mut tx.events), tx.rotate_key);
        if rotate_key {
            rotate_keys(&mut doc.meta)?;
        }
        upgrade(&mut doc.meta)?;
        let is_primary = real == trust::record_path(&self.vault_path);
        // The events name the vault of this session and are MACed with its key, also when
        // they tell of a write to a region: `audit verify` then never needs a region's key
        // (a backup disk that is not mounted leaves the log checkable).
        let key = if is_primary { VaultKey::from_meta(&doc.meta)? } else { self.primary_audit_key()? };
        let now = crate::terminal::now().unwrap_or(self.now);
        let position = self.audit.append(Some(&key), &events, now)?;
        if !doc.is_changed() {
            return Ok(out);
        }
        let position = match position {
            Some(p) => Some(p),
            None => self.audit.position()?,
        };
        record_position(&mut doc.meta, position);
        doc.meta.generation = doc.meta.generation.saturating_add(1);
        store::save_document(path, &mut doc, true)?;
        if let Err(e) = self.known.remember(path, &doc.meta, false) {
            self.warn(format!("the vault was written, but this machine's record of it was not: {e}"));
        }
        if is_primary {
            self.note_primary(&doc.meta);
        }
        Ok(out)
    }

    fn primary_audit_key(&self) -> Result<VaultKey, Error> {
        if let Some(k) = self.primary_key.borrow().clone() {
            return Ok(k);
        }
        VaultKey::from_meta(&self.reader()?.meta)
    }

    /// `sealbox trust`: accept the vault at `path` as it is now (a restored backup).
    pub fn trust(&self, path: &Path) -> Result<Meta, Error> {
        let reader = store::open_reader(path, self.identities()?)?;
        self.known.remember(path, &reader.meta, true)?;
        Ok(reader.meta.clone())
    }
}

fn key_rotated_warning(path: &Path) -> String {
    format!(
        "the vault key of {} changed since this machine last saw it (a `recipients remove`, here or on another machine); accepted because the vault holds the key known here",
        path.display()
    )
}

/// Keep this log's position in the vault. Never moves back: a log that shrank keeps
/// failing `audit verify`.
fn record_position(meta: &mut Meta, position: Option<crate::audit::Position>) {
    if let Some(p) = position {
        let entry = meta.audit.logs.entry(p.log_id.clone()).or_default();
        if p.seq >= entry.seq {
            entry.seq = p.seq;
            entry.mac = p.mac;
        }
    }
}

/// Remove every secret whose recovery window has passed; returns their names.
pub fn purge_due(doc: &mut Document, now: jiff::Timestamp) -> Vec<String> {
    let due = doc.due_for_purge(now);
    for name in &due {
        doc.remove(name);
    }
    due
}

/// Give a format-1 vault (or one made without) a vault key and format 2.
fn upgrade(meta: &mut Meta) -> Result<(), Error> {
    if meta.vault_key.is_none() {
        meta.vault_key = Some(trust::new_key()?);
    }
    if meta.format < crate::vault::format::FORMAT_VERSION {
        meta.format = crate::vault::format::FORMAT_VERSION;
    }
    Ok(())
}

/// New vault and audit keys; the old ones are kept (bounded) to prove succession to
/// machines that knew them and to check older log lines.
fn rotate_keys(meta: &mut Meta) -> Result<(), Error> {
    if let Some(old) = meta.vault_key.replace(trust::new_key()?) {
        meta.previous_keys.push(old);
    }
    if meta.previous_keys.len() > crate::vault::merge::KEPT_RETIRED_KEYS {
        let drop = meta.previous_keys.len() - crate::vault::merge::KEPT_RETIRED_KEYS;
        meta.previous_keys.drain(..drop);
    }
    // Every retired audit key is kept: each checks the log lines of its time.
    let old_audit = std::mem::replace(&mut meta.audit.key, trust::new_key()?);
    meta.audit.previous_keys.push(old_audit);
    Ok(())
}

/// The keys of the vaults a log names, from the vaults themselves: the session's own, and
/// any other vault the record of known vaults has a path for (opened and trust-checked).
struct Keys<'a> {
    session: &'a Session,
    own: VaultKey,
    opened: Vec<(String, Result<Option<VaultKey>, String>)>,
}

impl crate::audit::Keyring for Keys<'_> {
    fn key(&mut self, vault_id: &str) -> Result<Option<&VaultKey>, String> {
        if vault_id == self.own.vault_id {
            return Ok(Some(&self.own));
        }
        if !self.opened.iter().any(|(id, _)| id == vault_id) {
            let found = self.session.key_of(vault_id);
            self.opened.push((vault_id.to_string(), found));
        }
        match self.opened.iter().find(|(id, _)| id == vault_id).map(|(_, k)| k) {
            Some(Ok(k)) => Ok(k.as_ref()),
            Some(Err(why)) => Err(why.clone()),
            None => Ok(None),
        }
    }
}

impl Session {
    /// The audit key of another known vault, opened at a path the record has for it.
    fn key_of(&self, vault_id: &str) -> Result<Option<VaultKey>, String> {
        let paths = self.known.paths_of(vault_id).map_err(|e| e.message)?;
        if paths.is_empty() {
            return Ok(None);
        }
        let mut why = String::new();
        for path in &paths {
            match self.open(path) {
                Ok(r) if r.meta.vault_id == vault_id => {
                    return VaultKey::from_meta(&r.meta).map(Some).map_err(|e| e.message);
                }
                Ok(_) => why = format!("{} now holds another vault", path.display()),
                Err(e) => why = e.message,
            }
        }
        Err(why)
    }

    /// Verify the audit log at `log` for the vault `own`: every line's MAC with its vault's
    /// key, the chain, and (for the live log) the positions the vault and the tail record
    /// keep for it.
    pub fn verify_log(&self, log: &Path, own: &Meta, live: bool) -> Result<crate::audit::Report, Error> {
        let mut report = self.verify_log_lines(log, own, live)?;
        if !report.is_ok()
            && let Ok(Some(seen)) = self.rolled_back(&self.vault_path, own)
        {
            // An older copy has no key for what newer generations wrote (a `recipients
            // remove` rotated it), nor for the tail record they left: that is the rollback,
            // not evidence of tampering. The lines alone say where checking stops.
            let lines = if live { self.verify_log_lines(log, own, false)? } else { report.clone() };
            let n = lines.broken_line.or(report.broken_line).unwrap_or(1);
            report.older_copy = Some(seen);
            report.broken_line = Some(n);
            report.problem = Some(format!(
                "from line {n} on it can't be checked against this older copy of the vault (generation {}; this machine has seen generation {seen}): a newer generation's lines may be MACed with a key it does not have",
                own.generation
            ));
        }
        Ok(report)
    }

    fn verify_log_lines(&self, log: &Path, own: &Meta, live: bool) -> Result<crate::audit::Report, Error> {
        use crate::audit::log::{self as audit_log, TailRecord};
        use crate::audit::{End, Line, Report, query};
        let own_key = VaultKey::from_meta(own)?;
        let bytes = query::read_log(log)?.unwrap_or_default();
        let file_log_id = bytes
            .split(|&b| b == b'\n')
            .rev()
            .find(|l| !l.is_empty())
            .and_then(|l| Line::parse(&String::from_utf8_lossy(l)).ok())
            .and_then(|l| l.log_id);
        let fail = |why: String| Report { broken_line: Some(1), problem: Some(why), ..Report::default() };
        let mut ends = Vec::new();
        if live {
            let recorded_id = self.known.log_id(log)?;
            if let (Some(rec), Some(file)) = (&recorded_id, &file_log_id)
                && rec != file
            {
                return Ok(fail(format!(
                    "the log {} is not this machine's log: its id is {file}, this machine's is {rec} (replaced)",
                    log.display()
                )));
            }
            let id = file_log_id.clone().or(recorded_id);
            if let Some(p) = id.as_ref().and_then(|id| own.audit.logs.get(id)) {
                ends.push(End { seq: p.seq, mac: p.mac.clone(), whose: "the vault recorded at its last write".into() });
            }
            if own.audit.lines > 0
                && let Some(mac) = &own.audit.last_mac
            {
                ends.push(End {
                    seq: own.audit.lines,
                    mac: mac.clone(),
                    whose: "the vault recorded (format 1)".into(),
                });
            }
            match audit_log::tail_record(log, &own_key) {
                TailRecord::Valid(t) => ends.push(End { seq: t.seq, mac: t.mac, whose: "the tail record".into() }),
                TailRecord::Missing => {}
                TailRecord::Forged => {
                    return Ok(fail(format!(
                        "the tail record {} was not made with this vault's key: lines may have been cut from the end",
                        crate::audit::tail_path(log).display()
                    )));
                }
            }
        }
        let mut keys = Keys { session: self, own: own_key.clone(), opened: Vec::new() };
        let mut report = crate::audit::chain::verify(&bytes, &own.vault_id, &mut keys, &ends);
        if live && report.is_ok() && report.verified > 0 {
            // Lines of this vault, but no tail record of them: it was deleted with lines.
            if matches!(audit_log::tail_record(log, &own_key), TailRecord::Missing) {
                report.broken_line = Some(report.lines + 1);
                report.problem = Some(format!(
                    "the tail record {} is missing: lines may have been cut from the end",
                    crate::audit::tail_path(log).display()
                ));
            }
        }
        Ok(report)
    }

    /// The lines of the live log naming the vault `meta` (a copy being trusted) that its
    /// keys can't check, after its own position in the log: written by the newer generation
    /// it replaces (see [`crate::audit::chain::rolled_back_lines`]).
    pub fn rolled_back_lines(&self, meta: &Meta) -> Result<Option<crate::audit::chain::RolledBack>, Error> {
        use crate::audit::{Line, query};
        let Some(bytes) = query::read_log(&self.audit.path)? else { return Ok(None) };
        let key = VaultKey::from_meta(meta)?;
        let log_id = bytes
            .split(|&b| b == b'\n')
            .find(|l| !l.is_empty())
            .and_then(|l| Line::parse(&String::from_utf8_lossy(l)).ok())
            .and_then(|l| l.log_id);
        let after = log_id.and_then(|id| meta.audit.logs.get(&id)).map_or(0, |p| p.seq);
        Ok(crate::audit::chain::rolled_back_lines(&bytes, &key, after))
    }

    /// The highest generation this machine has seen of the vault, when the vault is older.
    pub fn rolled_back(&self, path: &Path, meta: &Meta) -> Result<Option<u64>, Error> {
        Ok(match trust::judge(&self.known.load()?, path, meta)? {
            Verdict::RolledBack { seen } => Some(seen),
            _ => None,
        })
    }
}

// ----- copies outside the record (a git merge driver's temp files) -----------------------

impl Session {
    /// Decrypt and parse a copy of a vault at a path that is none of this machine's vaults
    /// (git hands its merge driver temp files), entering nothing in the record of known
    /// vaults. With `judge`, the copy is judged by its vault id against the record first: a
    /// vault that is not the one known is refused (exit 6), an older generation warns.
    pub fn load_untracked(&self, path: &Path, judge: bool) -> Result<Document, Error> {
        let doc = store::load_document(path, self.identities()?)?;
        if judge {
            self.judge_untracked(path, &doc)?;
        }
        Ok(doc)
    }

    /// The judgement [`Session::load_untracked`] makes of a copy loaded some other way (a
    /// merge decrypts its three files at once): an older generation warns.
    pub fn judge_untracked(&self, path: &Path, doc: &Document) -> Result<(), Error> {
        if let Verdict::RolledBack { seen } = trust::judge(&self.known.load()?, path, &doc.meta)? {
            self.warn_once(path, trust::rolled_back_warning(path, doc.meta.generation, seen));
        }
        Ok(())
    }

    /// Save `doc` (a merge result) to the untracked `path`, atomically: `events` go to this
    /// machine's audit log first, MACed with the copy's own audit key; the copy records the
    /// log's position and gets the next generation. Nothing is entered in the record: the
    /// vault is judged where it lands (git copies it into the work tree).
    pub fn save_untracked(&self, path: &Path, doc: &mut Document, events: &[Event]) -> anyhow::Result<()> {
        upgrade(&mut doc.meta)?;
        let key = VaultKey::from_meta(&doc.meta)?;
        let now = crate::terminal::now().unwrap_or(self.now);
        let position = match self.audit.append(Some(&key), events, now)? {
            Some(p) => Some(p),
            None => self.audit.position()?,
        };
        record_position(&mut doc.meta, position);
        doc.meta.generation = doc.meta.generation.saturating_add(1);
        doc.mark_changed();
        // git's `%A`: git reads it back and stores it as soon as the driver exits.
        store::save_merge_result(path, doc)?;
        Ok(())
    }
}
