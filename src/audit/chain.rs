//! The audit chain, pure: how a line is built and MACed, how a line parses, and how a whole
//! log is verified against the keys of the vaults its lines name. No I/O.
//!
//! A line is a JSON object with fields in a fixed order, ending in `mac`:
//! `time, seq, operation, name, version_id, outcome, [detail], uid, user, pid, parent,
//! vault_id, log, prev, mac`. `mac` = HMAC-SHA256 (hex) over the line's canonical bytes (the
//! line as written, with `,"mac":"…"` removed), keyed by the audit key of the vault the line
//! names; `prev` is the previous line's `mac`; `seq` counts lines since the log began; `log`
//! is the log's own id (one per log file and its rotated archives). A line written when the
//! vault could not be opened (a failed decrypt) has no `vault_id` and its `mac` is a plain
//! SHA-256: it is chained like the others, but anyone could have made it, so it is counted
//! as unverified and never shown as fact; and as sealbox writes one only for a failure, one
//! whose outcome is `ok` is forged.

use std::collections::BTreeMap;

use base64::Engine as _;
use hmac::{Hmac, Mac};
use jiff::Timestamp;
use serde_json::{Map, Value};
use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use super::Event;
use crate::error::Error;
use crate::vault::format::Meta;

/// The operation written as the first line of a new file by `audit rotate`.
pub const LOG_ROTATED: &str = "LogRotated";

/// Lines that follow `LogRotated` in a new file, one per version read in the archived
/// file: the last successful read's time (`detail`), so last-accessed dates survive rotation.
pub const LAST_ACCESSED: &str = "LastAccessed";

/// A vault's id and its audit keys, oldest first: the last is the one new lines use, the
/// others were retired by `recipients remove` and only check older lines.
#[derive(Clone)]
pub struct VaultKey {
    pub vault_id: String,
    keys: Vec<Zeroizing<Vec<u8>>>,
}

impl VaultKey {
    pub fn from_meta(meta: &Meta) -> Result<VaultKey, Error> {
        let decode = |text: &str| -> Result<Zeroizing<Vec<u8>>, Error> {
            let key = Zeroizing::new(
                base64::engine::general_purpose::STANDARD
                    .decode(text.as_bytes())
                    .map_err(|_| Error::decrypt("the vault's audit key is not valid base64"))?,
            );
            if key.len() < 16 {
                return Err(Error::decrypt("the vault's audit key is too short"));
            }
            Ok(key)
        };
        let mut keys = Vec::with_capacity(meta.audit.previous_keys.len() + 1);
        for k in &meta.audit.previous_keys {
            keys.push(decode(k)?);
        }
        keys.push(decode(&meta.audit.key)?);
        Ok(VaultKey { vault_id: meta.vault_id.clone(), keys })
    }

    #[cfg(test)]
    pub fn for_test(vault_id: &str, keys: &[&[u8]]) -> VaultKey {
        VaultKey { vault_id: vault_id.into(), keys: keys.iter().map(|k| Zeroizing::new(k.to_vec())).collect() }
    }

    pub fn current(&self) -> &[u8] {
        self.keys.last().map(|k| k.as_slice()).unwrap_or_default()
    }

    /// Which key (index, oldest first) made `mac` over `canonical`, if any.
    fn which(&self, canonical: &[u8], mac: &str) -> Option<usize> {
        self.keys.iter().rposition(|k| mac_hex(Some(k), canonical) == mac)
    }
}

pub fn mac_hex(key: Option<&[u8]>, bytes: &[u8]) -> String {
    let digest: Vec<u8> = match key.and_then(|k| Hmac::<Sha256>::new_from_slice(k).ok()) {
        Some(mut m) => {
            m.update(bytes);
            m.finalize().into_bytes().to_vec()
        }
        None => Sha256::digest(bytes).to_vec(),
    };
    hex(&digest)
}

pub fn hex(bytes: &[u8]) -> String {
    const DIGITS: &[u8; 16] = b"0123456789abcdef";
    let mut s = String::with_capacity(bytes.len() * 2);
    for b in bytes {
        s.push(char::from(DIGITS[usize::from(b >> 4)]));
        s.push(char::from(DIGITS[usize::from(b & 15)]));
    }
    s
}

/// [`mac_hex`] with the key set up once, for the many lines of one append.
pub struct LineMac(Option<Hmac<Sha256>>);

impl LineMac {
    pub fn new(key: Option<&[u8]>) -> LineMac {
        LineMac(key.and_then(|k| Hmac::<Sha256>::new_from_slice(k).ok()))
    }

    pub fn mac_hex(&self, bytes: &[u8]) -> String {
        match &self.0 {
            Some(m) => {
                let mut m = m.clone();
                m.update(bytes);
                hex(&m.finalize().into_bytes())
            }
            None => hex(&Sha256::digest(bytes)),
        }
    }
}

/// Who is acting, as a line records it.
pub struct Actor {
    pub uid: Option<u32>,
    pub user: Option<String>,
    pub pid: u32,
    pub parent: Option<String>,
}

/// Where a line goes in the chain.
pub struct Link<'a> {
    pub seq: u64,
    pub log_id: &'a str,
    pub prev: Option<&'a str>,
}

/// One line (without its newline) and its MAC. Written by hand in the fixed field order
/// (the bytes `serde_json` gives the same fields as a map, which [`build_line_by_map`]
/// checks in the tests): a `list` of 100,000 secrets writes 100,000 lines.
pub fn build_line(
    now: Timestamp,
    link: &Link<'_>,
    e: &Event,
    actor: &Actor,
    key: Option<&VaultKey>,
) -> Result<(String, String), Error> {
    let mac = LineMac::new(key.map(|k| k.current()));
    build_line_with(now, link, e, actor, key.map(|k| k.vault_id.as_str()), &mac)
}

/// [`build_line`] for a line of the vault `vault_id` whose key is in `mac`.
pub fn build_line_with(
    now: Timestamp,
    link: &Link<'_>,
    e: &Event,
    actor: &Actor,
    vault_id: Option<&str>,
    mac: &LineMac,
) -> Result<(String, String), Error> {
    use std::fmt::Write as _;
    let mut line = String::with_capacity(400);
    let json = |out: &mut String, s: Option<&str>| -> Result<(), Error> {
        match s {
            // What serde_json escapes: `"`, `\\` and control characters.
            Some(s) if !s.bytes().any(|b| b == b'"' || b == b'\\' || b < 0x20) => {
                out.push('"');
                out.push_str(s);
                out.push('"');
            }
            Some(s) => {
                let quoted = serde_json::to_string(s).map_err(|e| Error::other(e.to_string()))?;
                out.push_str(&quoted);
            }
            None => out.push_str("null"),
        }
        Ok(())
    };
    let num = |out: &mut String, n: Option<u64>| match n {
        Some(n) => {
            let _ = write!(out, "{n}");
        }
        None => out.push_str("null"),
    };
    line.push_str("{\"time\":");
    json(&mut line, Some(&now.to_string()))?;
    line.push_str(",\"seq\":");
    num(&mut line, Some(link.seq));
    line.push_str(",\"operation\":");
    json(&mut line, Some(&e.operation))?;
    line.push_str(",\"name\":");
    json(&mut line, e.name.as_deref())?;
    line.push_str(",\"version_id\":");
    json(&mut line, e.version_id.as_deref())?;
    line.push_str(",\"outcome\":");
    json(&mut line, Some(&e.outcome))?;
    if let Some(d) = &e.detail {
        line.push_str(",\"detail\":");
        json(&mut line, Some(d))?;
    }
    line.push_str(",\"uid\":");
    num(&mut line, actor.uid.map(u64::from));
    line.push_str(",\"user\":");
    json(&mut line, actor.user.as_deref())?;
    line.push_str(",\"pid\":");
    num(&mut line, Some(u64::from(actor.pid)));
    line.push_str(",\"parent\":");
    json(&mut line, actor.parent.as_deref())?;
    line.push_str(",\"vault_id\":");
    json(&mut line, vault_id)?;
    line.push_str(",\"log\":");
    json(&mut line, Some(link.log_id))?;
    line.push_str(",\"prev\":");
    json(&mut line, link.prev)?;
    line.push('}');
    let mac = mac.mac_hex(line.as_bytes());
    line.pop();
    let _ = write!(line, ",\"mac\":\"{mac}\"}}");
    Ok((line, mac))
}

/// [`build_line`] through a `serde_json` map: the definition the hand-written one must match.
#[cfg(test)]
pub fn build_line_by_map(
    now: Timestamp,
    link: &Link<'_>,
    e: &Event,
    actor: &Actor,
    key: Option<&VaultKey>,
) -> Result<(String, String), Error> {
    let mut m = Map::new();
    m.insert("time".into(), now.to_string().into());
    m.insert("seq".into(), link.seq.into());
    m.insert("operation".into(), e.operation.clone().into());
    m.insert("name".into(), e.name.clone().into());
    m.insert("version_id".into(), e.version_id.clone().into());
    m.insert("outcome".into(), e.outcome.clone().into());
    if let Some(d) = &e.detail {
        m.insert("detail".into(), d.clone().into());
    }
    m.insert("uid".into(), actor.uid.into());
    m.insert("user".into(), actor.user.clone().into());
    m.insert("pid".into(), actor.pid.into());
    m.insert("parent".into(), actor.parent.clone().into());
    m.insert("vault_id".into(), key.map(|k| k.vault_id.clone()).into());
    m.insert("log".into(), link.log_id.into());
    m.insert("prev".into(), link.prev.map(str::to_string).into());
    let canonical = serde_json::to_string(&Value::Object(m)).map_err(|e| Error::other(e.to_string()))?;
    let mac = mac_hex(key.map(|k| k.current()), canonical.as_bytes());
    let body = canonical.strip_suffix('}').unwrap_or(&canonical);
    Ok((format!("{body},\"mac\":\"{mac}\"}}"), mac))
}

/// One parsed line.
#[derive(Debug, Clone)]
pub struct Line {
    pub value: Map<String, Value>,
    pub seq: Option<u64>,
    pub time: Option<Timestamp>,
    pub mac: String,
    pub prev: Option<String>,
    pub vault_id: Option<String>,
    pub log_id: Option<String>,
    canonical: String,
}

impl Line {
    pub fn str(&self, key: &str) -> Option<&str> {
        self.value.get(key).and_then(Value::as_str)
    }

    pub fn parse(raw: &str) -> Result<Line, String> {
        let value: Value = serde_json::from_str(raw).map_err(|_| "it is not a JSON object".to_string())?;
        let Value::Object(value) = value else { return Err("it is not a JSON object".into()) };
        // `,"mac":"` + 64 hex + `"}` at the very end.
        let n = raw.len();
        let ok_suffix = n >= 74 && raw.is_char_boundary(n - 74) && raw[n - 74..].starts_with(",\"mac\":\"");
        if !ok_suffix || !raw.ends_with("\"}") {
            return Err("it does not end with its mac".into());
        }
        let mac = raw[n - 66..n - 2].to_string();
        if !mac.bytes().all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()) {
            return Err("its mac is not 64 hex digits".into());
        }
        let canonical = format!("{}}}", &raw[..n - 74]);
        Ok(Line {
            seq: value.get("seq").and_then(Value::as_u64),
            time: value.get("time").and_then(Value::as_str).and_then(|t| t.parse().ok()),
            prev: value.get("prev").and_then(Value::as_str).map(str::to_string),
            vault_id: value.get("vault_id").and_then(Value::as_str).map(str::to_string),
            log_id: value.get("log").and_then(Value::as_str).map(str::to_string),
            value,
            mac,
            canonical,
        })
    }

    pub fn canonical(&self) -> &str {
        &self.canonical
    }
}

/// The keys of the vaults a log's lines name, looked up by vault id as they are met:
/// `Ok(None)` for a vault this machine does not know, `Err(why)` for a known vault that
/// could not be opened to get its key.
pub trait Keyring {
    fn key(&mut self, vault_id: &str) -> Result<Option<&VaultKey>, String>;
}

/// The operation `sealbox trust` writes.
pub const TRUST_VAULT: &str = "TrustVault";

/// How a `TrustVault` line's `detail` names the lines it accepts (`… rolled-back lines seq
/// A..B sha256 HEX`): lines of this vault written after the trusted copy by a newer
/// generation that was rolled back, MACed with an audit key no copy left here holds (a
/// `recipients remove` made it). The trusted copy can't check their MACs; the `TrustVault`
/// line, MACed with its key, vouches for their exact bytes instead.
const ROLLED_BACK_LINES: &str = "rolled-back lines seq ";

/// Lines a `TrustVault` line accepts: seq `first..=last`, their bytes' SHA-256.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RolledBack {
    pub first: u64,
    pub last: u64,
    pub sha256: String,
}

impl RolledBack {
    /// The text a `TrustVault` line's detail ends with.
    pub fn detail(&self) -> String {
        format!("{ROLLED_BACK_LINES}{}..{} sha256 {}", self.first, self.last, self.sha256)
    }

    fn parse(detail: &str) -> Option<RolledBack> {
        let rest = &detail[detail.rfind(ROLLED_BACK_LINES)? + ROLLED_BACK_LINES.len()..];
        let (range, sha256) = rest.split_once(" sha256 ")?;
        let (first, last) = range.split_once("..")?;
        let r = RolledBack { first: first.parse().ok()?, last: last.parse().ok()?, sha256: sha256.to_string() };
        (r.first <= r.last && r.sha256.len() == 64).then_some(r)
    }
}

/// SHA-256 of the lines at `raws[from..=to]`, each with its newline.
fn lines_digest(raws: &[&str]) -> String {
    let mut h = Sha256::new();
    for raw in raws {
        h.update(raw.as_bytes());
        h.update(b"\n");
    }
    hex(&h.finalize())
}

/// The index of the lines with seq `first..=last`, in order, if the file has them all.
fn seq_run(seqs: &[Option<u64>], first: u64, last: u64) -> Option<std::ops::RangeInclusive<usize>> {
    let start = seqs.iter().position(|s| *s == Some(first))?;
    let end = start + usize::try_from(last - first).ok()?;
    let run = seqs.get(start..=end)?;
    run.iter().zip(first..=last).all(|(s, want)| *s == Some(want)).then_some(start..=end)
}

/// The ranges of lines that `TrustVault` lines of vault `own` accept (see
/// [`ROLLED_BACK_LINES`]): only from a line whose MAC the vault's key checks, for lines
/// before it whose bytes are the ones it vouched for. The second list: ranges a trusted
/// line names whose bytes are not those (edited since).
type Ranges = Vec<(u64, u64)>;
fn accepted_rolled_back(raws: &[&str], seqs: &[Option<u64>], own: &str, keys: &mut dyn Keyring) -> (Ranges, Ranges) {
    let (mut accepted, mut altered) = (Vec::new(), Vec::new());
    for raw in raws {
        if !raw.contains(ROLLED_BACK_LINES) {
            continue;
        }
        let Ok(line) = Line::parse(raw) else { continue };
        if line.vault_id.as_deref() != Some(own) || line.str("operation") != Some(TRUST_VAULT) {
            continue;
        }
        let (Some(seq), Some(span)) = (line.seq, line.str("detail").and_then(RolledBack::parse)) else { continue };
        if span.last >= seq {
            continue;
        }
        let Ok(Some(key)) = keys.key(own) else { continue };
        if key.which(line.canonical.as_bytes(), &line.mac).is_none() {
            continue;
        }
        match seq_run(seqs, span.first, span.last) {
            Some(run) if lines_digest(&raws[run.clone()]) == span.sha256 => accepted.push((span.first, span.last)),
            _ => altered.push((span.first, span.last)),
        }
    }
    (accepted, altered)
}

/// The lines of vault `own` after seq `after` that none of `key`'s audit keys checks and no
/// earlier `TrustVault` line accepts: what `sealbox trust` of an older copy (`key` is its)
/// accepts as written by the newer generation it replaces. None when there are none.
pub fn rolled_back_lines(bytes: &[u8], key: &VaultKey, after: u64) -> Option<RolledBack> {
    let text = std::str::from_utf8(bytes).ok()?;
    let raws: Vec<&str> = text.split_terminator('\n').collect();
    let lines: Vec<Option<Line>> = raws.iter().map(|r| Line::parse(r).ok()).collect();
    let seqs: Vec<Option<u64>> = lines.iter().map(|l| l.as_ref().and_then(|l| l.seq)).collect();
    let mut ring = Single(key);
    let (accepted, _) = accepted_rolled_back(&raws, &seqs, &key.vault_id, &mut ring);
    let unchecked: Vec<u64> = lines
        .iter()
        .flatten()
        .filter(|l| l.vault_id.as_deref() == Some(key.vault_id.as_str()))
        .filter_map(|l| l.seq.filter(|&s| s > after).map(|s| (s, l)))
        .filter(|(s, l)| {
            key.which(l.canonical.as_bytes(), &l.mac).is_none() && !accepted.iter().any(|(a, b)| (a..=b).contains(&s))
        })
        .map(|(s, _)| s)
        .collect();
    let (first, last) = (*unchecked.first()?, *unchecked.last()?);
    let run = seq_run(&seqs, first, last)?;
    Some(RolledBack { first, last, sha256: lines_digest(&raws[run]) })
}

/// A keyring of one vault.
struct Single<'a>(&'a VaultKey);

impl Keyring for Single<'_> {
    fn key(&mut self, vault_id: &str) -> Result<Option<&VaultKey>, String> {
        Ok((vault_id == self.0.vault_id).then_some(self.0))
    }
}

/// A point in the chain that something recorded: the log must reach it, with this MAC.
#[derive(Debug, Clone)]
pub struct End {
    pub seq: u64,
    pub mac: String,
    /// Who recorded it, for the message ("the vault recorded at its last write").
    pub whose: String,
}

/// The outcome of verifying one file.
#[derive(Debug, Clone, Default, serde::Serialize)]
pub struct Report {
    /// Lines in the file.
    pub lines: u64,
    /// Lines of the verifying vault, their MACs checked with its key.
    pub verified: u64,
    /// Lines of other vaults sharing the log, their MACs checked with those vaults' keys.
    pub other_vaults: u64,
    /// Lines written when the vault could not be opened (plain SHA-256): chained, but
    /// anyone could have made them.
    pub unkeyed: u64,
    /// Lines of the verifying vault written by a newer generation that was rolled back and
    /// then trusted: their bytes vouched for by the `TrustVault` line, their MACs uncheckable.
    pub rolled_back: u64,
    /// Their seq ranges, for marking them in a query.
    #[serde(skip)]
    pub rolled_back_seqs: Vec<(u64, u64)>,
    pub first_seq: Option<u64>,
    pub last_seq: Option<u64>,
    /// The log's id (from its lines).
    pub log_id: Option<String>,
    /// The file starts with a `LogRotated` line that continues an archived file.
    pub continues_archive: bool,
    /// Set when the first line that can't be checked names a known vault that can't be
    /// opened now (rather than a line that is wrong).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub unreachable_vault: Option<String>,
    /// Set (to the generation this machine has seen) when the log was checked against an
    /// older copy of the vault (a rollback not yet trusted): what it can't check is the
    /// rollback's doing as much as anyone's.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub older_copy: Option<u64>,
    /// The first broken line (1-based) and what is wrong with it.
    pub broken_line: Option<u64>,
    pub problem: Option<String>,
}

impl Report {
    fn fail(mut self, line: u64, why: String) -> Report {
        self.broken_line = Some(line);
        self.problem = Some(why);
        self
    }
    pub fn is_ok(&self) -> bool {
        self.problem.is_none()
    }
}

/// Verify a whole log: every line's MAC with the key of the vault it names (an unknown
/// vault is a finding), the chain (`prev`, `seq`), the head (only a `LogRotated` line may
/// continue a chain from outside the file), no line with a key older than one already used
/// for its vault, and every recorded `End` reached. `own` is the verifying vault's id.
pub fn verify(bytes: &[u8], own: &str, keys: &mut dyn Keyring, ends: &[End]) -> Report {
    let mut report = Report::default();
    let text = match std::str::from_utf8(bytes) {
        Ok(t) => t,
        Err(e) => {
            let line = bytes[..e.valid_up_to()].iter().filter(|&&b| b == b'\n').count() as u64 + 1;
            return report.fail(line, "it is not valid UTF-8".into());
        }
    };
    let raws: Vec<&str> = text.split_terminator('\n').collect();
    report.lines = raws.len() as u64;
    // Seqs of all lines, for telling a reordered line from a dropped one.
    let seqs: Vec<Option<u64>> = raws.iter().map(|r| Line::parse(r).ok().and_then(|l| l.seq)).collect();
    let (accepted, altered) = accepted_rolled_back(&raws, &seqs, own, keys);
    let mut newest_key: BTreeMap<String, usize> = BTreeMap::new();
    let mut prev: Option<Line> = None;
    for (i, raw) in raws.iter().enumerate() {
        let n = i as u64 + 1;
        let line = match Line::parse(raw) {
            Ok(l) => l,
            Err(why) => return report.fail(n, format!("line {n} is not an audit line: {why} (edited or cut)")),
        };
        let Some(seq) = line.seq else {
            return report.fail(n, format!("line {n} has no seq (edited)"));
        };
        match line.vault_id.as_deref() {
            Some(id) => {
                let key = match keys.key(id) {
                    Ok(Some(k)) => k,
                    Ok(None) => {
                        return report.fail(
                            n,
                            format!("line {n} names vault {id}, which this machine does not know: it can't be checked (relabelled?)"),
                        );
                    }
                    Err(why) => {
                        // Not proof of tampering: a vault this machine knows that can't be
                        // opened now (a backup disk not mounted). Still nothing to vouch for.
                        report.unreachable_vault = Some(id.to_string());
                        return report
                            .fail(n, format!("line {n} names vault {id}, which can't be opened to check it: {why}"));
                    }
                };
                match key.which(line.canonical.as_bytes(), &line.mac) {
                    Some(index) => {
                        let newest = newest_key.entry(id.to_string()).or_insert(index);
                        if index < *newest {
                            return report.fail(
                                n,
                                format!(
                                    "line {n} is MACed with a key vault {id} had retired before the lines above it"
                                ),
                            );
                        }
                        *newest = index;
                        if id == own {
                            report.verified += 1;
                        } else {
                            report.other_vaults += 1;
                        }
                    }
                    // Not checkable with this vault's keys, but a trusted line vouches for it.
                    None if id == own && accepted.iter().any(|(a, b)| (*a..=*b).contains(&seq)) => {
                        report.rolled_back += 1;
                        match report.rolled_back_seqs.last_mut() {
                            Some((_, b)) if *b + 1 == seq => *b = seq,
                            _ => report.rolled_back_seqs.push((seq, seq)),
                        }
                    }
                    None => {
                        if let Some((a, b)) = altered.iter().find(|(a, b)| (*a..=*b).contains(&seq)) {
                            let why = format!(
                                "line {n} was altered: `sealbox trust` vouched for the rolled-back generation's lines seq {a}..{b}, and they are not the lines it vouched for"
                            );
                            return report.fail(n, why);
                        }
                        return report.fail(n, format!("line {n} was altered: its MAC does not match its content"));
                    }
                }
            }
            None => {
                if mac_hex(None, line.canonical.as_bytes()) != line.mac {
                    return report.fail(n, format!("line {n} was altered: its digest does not match its content"));
                }
                // sealbox writes a line without a vault key only for a failure it could not
                // attribute (the vault would not open): one that claims success is forged.
                if line.str("outcome") == Some("ok") {
                    return report.fail(
                        n,
                        format!(
                            "line {n} names no vault yet claims success (outcome ok): sealbox writes such lines only for failures (forged)"
                        ),
                    );
                }
                report.unkeyed += 1;
            }
        }
        if let (Some(a), Some(b)) = (&report.log_id, &line.log_id)
            && a != b
        {
            let why = format!("line {n} belongs to another log ({b}, not {a}): lines were spliced in");
            return report.fail(n, why);
        }
        if report.log_id.is_none() {
            report.log_id = line.log_id.clone();
        }
        match &prev {
            None => {
                if line.prev.is_some() {
                    // Only a keyed `LogRotated` line may continue a chain from outside.
                    if line.str("operation") == Some(LOG_ROTATED) && line.vault_id.is_some() {
                        report.continues_archive = true;
                    } else {
                        return report.fail(
                            n,
                            format!("line {n} follows a line that is not in the file: the start of the log was cut"),
                        );
                    }
                } else if seq != 1 {
                    return report
                        .fail(n, format!("line {n} starts the chain at seq {seq}, not 1 (the start was cut)"));
                }
                report.first_seq = Some(seq);
            }
            Some(p) => {
                let expected = p.seq.unwrap_or(0) + 1;
                if line.prev.as_deref() != Some(p.mac.as_str()) {
                    let why = if seq < expected {
                        format!("line {n} was inserted or repeated (seq {seq} after seq {})", expected - 1)
                    } else if let Some(j) = seqs[i + 1..].iter().position(|s| *s == Some(expected)) {
                        format!(
                            "line {n} is out of order: line {} (seq {expected}) should come before it (lines reordered)",
                            n + 1 + j as u64
                        )
                    } else if seq > expected {
                        let missing = seq - expected;
                        format!(
                            "{missing} line(s) were dropped before line {n} (seq {expected}{} missing)",
                            if missing > 1 { format!("..{}", seq - 1) } else { String::new() }
                        )
                    } else {
                        format!("line {n} does not chain to line {}: a line was replaced or inserted", n - 1)
                    };
                    return report.fail(n, why);
                }
                if seq != expected {
                    return report.fail(n, format!("line {n} has seq {seq}, expected {expected} (edited)"));
                }
            }
        }
        report.last_seq = Some(seq);
        prev = Some(line);
    }
    check_ends(report, &raws, &seqs, ends)
}

/// Every recorded end must be in the file (or before it, in an archive), with its MAC.
fn check_ends(report: Report, raws: &[&str], seqs: &[Option<u64>], ends: &[End]) -> Report {
    let last_seq = report.last_seq.unwrap_or(0);
    let last_line = report.lines;
    for end in ends {
        if report.first_seq.is_some_and(|f| end.seq < f) {
            continue; // in an archived file
        }
        if end.seq > last_seq {
            let line = last_line + 1;
            let why = format!(
                "the log was cut: it ends at seq {last_seq} (line {last_line}) but {} is seq {}; line {line} onwards is missing",
                end.whose, end.seq
            );
            return report.fail(line, why);
        }
        let first = report.first_seq.unwrap_or(1);
        let at = (end.seq - first + 1) as usize;
        if seqs.get(at - 1).copied().flatten() == Some(end.seq) {
            let mac = Line::parse(raws[at - 1]).map(|l| l.mac).unwrap_or_default();
            if mac != end.mac {
                return report.fail(
                    at as u64,
                    format!("line {at} is not the line {} (the end was cut and rewritten)", end.whose),
                );
            }
        }
    }
    report
}

#[cfg(test)]
mod tests {
    use super::*;

    struct Ring(Vec<VaultKey>);
    impl Keyring for Ring {
        fn key(&mut self, vault_id: &str) -> Result<Option<&VaultKey>, String> {
            Ok(self.0.iter().find(|k| k.vault_id == vault_id))
        }
    }

    fn actor() -> Actor {
        Actor { uid: Some(1), user: Some("u".into()), pid: 2, parent: Some("sh".into()) }
    }

    fn log_of(key: &VaultKey, n: u64) -> (String, Vec<String>) {
        let mut text = String::new();
        let mut macs = Vec::new();
        let mut prev: Option<String> = None;
        for seq in 1..=n {
            let e = Event::ok("GetSecretValue", Some("app/db"), None);
            let link = Link { seq, log_id: "L1", prev: prev.as_deref() };
            let (line, mac) = build_line(Timestamp::UNIX_EPOCH, &link, &e, &actor(), Some(key)).unwrap();
            text.push_str(&line);
            text.push('\n');
            macs.push(mac.clone());
            prev = Some(mac);
        }
        (text, macs)
    }

    #[test]
    fn the_hand_written_line_is_the_maps_bytes() {
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let odd = Actor { uid: None, user: Some("a\"b\\c\u{1}é".into()), pid: 0, parent: None };
        for (e, actor, key) in [
            (Event::ok("GetSecretValue", Some("app/db"), Some("vid")), actor(), Some(&key)),
            (Event::ok("RotationStarted", None, None).with_detail("step \"x\"\n"), odd, None),
        ] {
            for prev in [None, Some("ab12")] {
                let link = Link { seq: 9, log_id: "L1", prev };
                let now = Timestamp::from_second(1_800_000_000).unwrap();
                assert_eq!(
                    build_line(now, &link, &e, &actor, key).unwrap(),
                    build_line_by_map(now, &link, &e, &actor, key).unwrap()
                );
            }
        }
    }

    #[test]
    fn a_line_parses_back_and_its_mac_covers_everything_but_itself() {
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let e = Event::ok("GetSecretValue", Some("app/db"), Some("vid"));
        let link = Link { seq: 1, log_id: "L1", prev: None };
        let (line, mac) = build_line(Timestamp::UNIX_EPOCH, &link, &e, &actor(), Some(&key)).unwrap();
        let parsed = Line::parse(&line).unwrap();
        assert_eq!(parsed.mac, mac);
        assert_eq!(mac_hex(Some(&[7u8; 32]), parsed.canonical.as_bytes()), mac);
        assert!(!parsed.canonical.contains("\"mac\""));
        assert_eq!(parsed.log_id.as_deref(), Some("L1"));
        let edited = line.replace("app/db", "app/dc");
        let p = Line::parse(&edited).unwrap();
        assert_ne!(mac_hex(Some(&[7u8; 32]), p.canonical.as_bytes()), p.mac);
    }

    #[test]
    fn an_intact_log_verifies_and_a_relabelled_one_does_not() {
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let (text, macs) = log_of(&key, 3);
        let ends = [End { seq: 3, mac: macs[2].clone(), whose: "the vault".into() }];
        let r = verify(text.as_bytes(), "v1", &mut Ring(vec![key.clone()]), &ends);
        assert!(r.is_ok(), "{r:?}");
        assert_eq!((r.verified, r.other_vaults, r.lines), (3, 0, 3));
        // Every line relabelled to another vault id, MACs kept: an unknown vault.
        let relabelled = text.replace("\"vault_id\":\"v1\"", "\"vault_id\":\"v9\"");
        let r = verify(relabelled.as_bytes(), "v1", &mut Ring(vec![key.clone()]), &ends);
        assert_eq!(r.broken_line, Some(1));
        // Relabelled to a vault that is known: its key does not match.
        let other = VaultKey::for_test("v9", &[&[8u8; 32]]);
        let r = verify(relabelled.as_bytes(), "v1", &mut Ring(vec![key, other]), &ends);
        assert_eq!(r.broken_line, Some(1));
        assert!(r.problem.unwrap().contains("MAC"));
    }

    #[test]
    fn a_cut_head_or_tail_is_found() {
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let (text, macs) = log_of(&key, 4);
        let lines: Vec<&str> = text.lines().collect();
        let headless = format!("{}\n{}\n", lines[2], lines[3]);
        let r = verify(headless.as_bytes(), "v1", &mut Ring(vec![key.clone()]), &[]);
        assert_eq!(r.broken_line, Some(1));
        let tailless = format!("{}\n{}\n", lines[0], lines[1]);
        let ends = [End { seq: 4, mac: macs[3].clone(), whose: "the vault".into() }];
        let r = verify(tailless.as_bytes(), "v1", &mut Ring(vec![key]), &ends);
        assert_eq!(r.broken_line, Some(3));
    }

    /// Lines of a rolled-back generation (a key the trusted copy lacks) verify only as the
    /// `TrustVault` line that follows vouched for them, and only if that line is genuine.
    #[test]
    fn a_trust_line_vouches_for_the_rolled_back_lines_and_nothing_else() {
        let old = VaultKey::for_test("v1", &[&[1u8; 32]]);
        let newer = VaultKey::for_test("v1", &[&[1u8; 32], &[2u8; 32]]);
        let (a, macs) = log_of(&old, 2);
        let e = Event::ok("PutSecretValue", Some("app/db"), None);
        let (l3, m3) = build_line(
            Timestamp::UNIX_EPOCH,
            &Link { seq: 3, log_id: "L1", prev: Some(&macs[1]) },
            &e,
            &actor(),
            Some(&newer),
        )
        .unwrap();
        let before = format!("{a}{l3}\n");
        let span = rolled_back_lines(before.as_bytes(), &old, 2).unwrap();
        assert_eq!((span.first, span.last), (3, 3));
        assert_eq!(rolled_back_lines(a.as_bytes(), &old, 2), None);
        let trust_line = |key: &VaultKey, detail: &str| {
            let e = Event::ok(TRUST_VAULT, None, None).with_detail(detail);
            build_line(Timestamp::UNIX_EPOCH, &Link { seq: 4, log_id: "L1", prev: Some(&m3) }, &e, &actor(), Some(key))
                .unwrap()
                .0
        };
        let detail = format!("generation 3 (had seen 4); {}", span.detail());
        let text = format!("{before}{}\n", trust_line(&old, &detail));
        let r = verify(text.as_bytes(), "v1", &mut Ring(vec![old.clone()]), &[]);
        assert!(r.is_ok(), "{r:?}");
        assert_eq!((r.verified, r.rolled_back, r.rolled_back_seqs.clone()), (3, 1, vec![(3, 3)]));
        // A forged trust line (not MACed with the vault's key) vouches for nothing.
        let forged = format!("{before}{}\n", trust_line(&VaultKey::for_test("v1", &[&[9u8; 32]]), &detail));
        assert_eq!(verify(forged.as_bytes(), "v1", &mut Ring(vec![old.clone()]), &[]).broken_line, Some(3));
        // Nor for lines edited after it vouched for them.
        let edited = text.replacen("PutSecretValue", "DeleteSecret", 1);
        assert_eq!(verify(edited.as_bytes(), "v1", &mut Ring(vec![old]), &[]).broken_line, Some(3));
    }

    #[test]
    fn a_vault_less_line_may_tell_of_a_failure_but_never_of_a_success() {
        let key = VaultKey::for_test("v1", &[&[7u8; 32]]);
        let (text, macs) = log_of(&key, 1);
        for (outcome, ok) in [("DecryptionFailure", true), ("ok", false)] {
            let e = Event { outcome: outcome.into(), ..Event::ok("GetSecretValue", Some("app/db"), None) };
            let link = Link { seq: 2, log_id: "L1", prev: Some(&macs[0]) };
            let (line, _) = build_line(Timestamp::UNIX_EPOCH, &link, &e, &actor(), None).unwrap();
            let r = verify(format!("{text}{line}\n").as_bytes(), "v1", &mut Ring(vec![key.clone()]), &[]);
            assert_eq!(r.is_ok(), ok, "{outcome}: {r:?}");
        }
    }

    #[test]
    fn retired_keys_check_old_lines_but_never_after_a_newer_key() {
        let old = VaultKey::for_test("v1", &[&[1u8; 32]]);
        let both = VaultKey::for_test("v1", &[&[1u8; 32], &[2u8; 32]]);
        let (a, macs) = log_of(&old, 2);
        // Continue the chain with the new key.
        let e = Event::ok("PutSecretValue", Some("app/db"), None);
        let link = Link { seq: 3, log_id: "L1", prev: Some(&macs[1]) };
        let (l3, m3) = build_line(Timestamp::UNIX_EPOCH, &link, &e, &actor(), Some(&both)).unwrap();
        let text = format!("{a}{l3}\n");
        assert!(verify(text.as_bytes(), "v1", &mut Ring(vec![both.clone()]), &[]).is_ok());
        // A line with the retired key after one with the new key: refused.
        let link = Link { seq: 4, log_id: "L1", prev: Some(&m3) };
        let (l4, _) = build_line(Timestamp::UNIX_EPOCH, &link, &e, &actor(), Some(&old)).unwrap();
        let text = format!("{a}{l3}\n{l4}\n");
        let r = verify(text.as_bytes(), "v1", &mut Ring(vec![both]), &[]);
        assert_eq!(r.broken_line, Some(4));
    }
}
