//! Merging two copies of one vault, secret by secret (DESIGN.md "Teams: one vault in git").
//! Pure: no I/O, no clock, no randomness (a fresh key, when one is needed, is passed in).
//!
//! The rules, per secret (`base` is the common ancestor; without one, see [`common_base`]):
//! - a side that did not change the secret gives the other side's secret as it is;
//! - versions are immutable and have ids: the versions of both sides are kept;
//! - a label, the description, a tag, the deletion schedule, the rotation settings or the
//!   replication state changed on one side only takes that side; changed on both sides to
//!   different values, OURS is kept and the difference is a [`Conflict`] (for labels: both
//!   versions are kept, so nothing is lost and picking theirs is one `stage`);
//! - a secret removed on one side (force delete, purge) and unchanged on the other is
//!   removed; removed on one side and changed on the other is kept, and is a conflict.
//!
//! The vault's meta ([`merge_meta`]): recipients added on either side are kept and a removal
//! on either side is applied; the vault key is a side's key only when nobody that side
//! encrypted to was removed (else a fresh one), and every other key is kept as a previous
//! key (so both clones accept the result as their vault's next generation, and every audit
//! line either side wrote stays checkable); each audit log's position is the further one.

use std::cmp::Ordering;
use std::collections::{BTreeMap, BTreeSet};

use super::format::{AuditState, Document, Meta, RecordSource, parse_record};
use super::model::{AWSCURRENT, Rotation, Secret, Version};
use crate::error::Error;

/// Retired vault keys a merged vault keeps (as `recipients remove` does), newest last.
pub const KEPT_RETIRED_KEYS: usize = 32;

/// What both sides did differently to one secret. OURS kept its side; `theirs` is what the
/// other side has, so the command that takes it can be printed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Conflict {
    /// Both sides moved `label`: it stays on `ours` (a version id, or none), theirs has it on `theirs`.
    Label {
        name: String,
        label: String,
        ours: Option<String>,
        theirs: Option<String>,
    },
    Description {
        name: String,
        theirs: Option<String>,
    },
    Tag {
        name: String,
        key: String,
        theirs: Option<String>,
    },
    /// Both sides changed the deletion schedule; `theirs_scheduled` is whether theirs has one.
    Deletion {
        name: String,
        theirs_scheduled: bool,
    },
    /// Removed on one side, changed on the other: kept as the side that changed it has it.
    Removed {
        name: String,
        removed_by_theirs: bool,
    },
    /// The same version id with two different values (never made by sealbox): ours kept.
    VersionValue {
        name: String,
        version_id: String,
    },
}

impl Conflict {
    pub fn name(&self) -> &str {
        match self {
            Conflict::Label { name, .. }
            | Conflict::Description { name, .. }
            | Conflict::Tag { name, .. }
            | Conflict::Deletion { name, .. }
            | Conflict::Removed { name, .. }
            | Conflict::VersionValue { name, .. } => name,
        }
    }
}

/// The result of merging one name: the secret (None: it is gone) and the conflicts.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct NameMerge {
    pub secret: Option<Secret>,
    pub conflicts: Vec<Conflict>,
}

/// Merge one name. `None` is "not in that copy".
pub fn merge_name(base: Option<&Secret>, ours: Option<&Secret>, theirs: Option<&Secret>) -> NameMerge {
    let done = |s: Option<&Secret>| NameMerge { secret: s.cloned(), conflicts: Vec::new() };
    match (ours, theirs) {
        (None, None) => done(None),
        (Some(o), Some(t)) => {
            let (secret, conflicts) = merge_secret(base, o, t);
            NameMerge { secret: Some(secret), conflicts }
        }
        (Some(o), None) => match base {
            None => done(Some(o)),
            Some(b) if b == o => done(None),
            Some(_) => NameMerge {
                secret: Some(o.clone()),
                conflicts: vec![Conflict::Removed { name: o.name.clone(), removed_by_theirs: true }],
            },
        },
        (None, Some(t)) => match base {
            None => done(Some(t)),
            Some(b) if b == t => done(None),
            Some(_) => NameMerge {
                secret: Some(t.clone()),
                conflicts: vec![Conflict::Removed { name: t.name.clone(), removed_by_theirs: false }],
            },
        },
    }
}

/// One side's change wins; both changed differently: ours, and a conflict.
fn pick<T: PartialEq + Clone>(base: Option<&T>, ours: &T, theirs: &T) -> (T, bool) {
    if ours == theirs || base == Some(theirs) {
        (ours.clone(), false)
    } else if base == Some(ours) {
        (theirs.clone(), false)
    } else {
        (ours.clone(), true)
    }
}

/// Merge two copies of one secret that both sides have.
pub fn merge_secret(base: Option<&Secret>, ours: &Secret, theirs: &Secret) -> (Secret, Vec<Conflict>) {
    let synthesized;
    let base = match base {
        Some(b) => b,
        None => {
            synthesized = common_base(ours, theirs);
            &synthesized
        }
    };
    if ours == theirs || base == theirs {
        return (ours.clone(), Vec::new());
    }
    if base == ours {
        return (theirs.clone(), Vec::new());
    }
    let name = ours.name.clone();
    let mut conflicts = Vec::new();
    let mut merged = ours.clone();

    // Versions: ours, then those only theirs has, by creation time (stable).
    let mut versions: Vec<Version> = ours.versions.clone();
    for v in &theirs.versions {
        match ours.version(&v.id) {
            None => versions.push(v.clone()),
            Some(mine) if mine.value != v.value => {
                conflicts.push(Conflict::VersionValue { name: name.clone(), version_id: v.id.clone() });
            }
            Some(_) => {}
        }
    }
    versions.sort_by_key(|v| v.created);

    // Labels, one at a time; each ends on at most one version.
    let mut labels: Vec<&str> = Vec::new();
    for v in ours.versions.iter().chain(&theirs.versions).chain(&base.versions) {
        for l in &v.stages {
            if !labels.contains(&l.as_str()) {
                labels.push(l);
            }
        }
    }
    let holder = |s: &Secret, label: &str| s.labelled(label).map(|v| v.id.clone());
    let mut placed: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for label in labels {
        let (o, t) = (holder(ours, label), holder(theirs, label));
        let (mut chosen, conflict) = pick(Some(&holder(base, label)), &o, &t);
        if conflict {
            conflicts.push(Conflict::Label {
                name: name.clone(),
                label: label.to_string(),
                ours: o.clone(),
                theirs: t.clone(),
            });
        }
        if chosen.is_none() && label == AWSCURRENT {
            // Never without a current version: an unsound side falls back to the other's.
            chosen = o.or(t);
        }
        if let Some(id) = chosen {
            placed.entry(id).or_default().push(label.to_string());
        }
    }
    for v in &mut versions {
        v.stages = placed.remove(&v.id).unwrap_or_default();
    }
    merged.versions = versions;

    let (description, conflict) = pick(Some(&base.description), &ours.description, &theirs.description);
    if conflict {
        conflicts.push(Conflict::Description { name: name.clone(), theirs: theirs.description.clone() });
    }
    merged.description = description;

    // Ours in its order, then what theirs added (tags keep their insertion order, as AWS).
    let mut keys: Vec<&String> = Vec::new();
    for key in ours.tags.keys().chain(theirs.tags.keys()).chain(base.tags.keys()) {
        if !keys.contains(&key) {
            keys.push(key);
        }
    }
    merged.tags = Default::default();
    for key in keys {
        let (o, t) = (ours.tags.get(key).cloned(), theirs.tags.get(key).cloned());
        let (value, conflict) = pick(Some(&base.tags.get(key).cloned()), &o, &t);
        if conflict {
            conflicts.push(Conflict::Tag { name: name.clone(), key: key.clone(), theirs: t });
        }
        if let Some(value) = value {
            merged.tags.insert(key.clone(), value);
        }
    }

    let (deletion, conflict) = pick(Some(&base.deletion), &ours.deletion, &theirs.deletion);
    // Both scheduled (at different times) is agreement: the secret stays scheduled.
    if conflict && ours.deletion.is_some() != theirs.deletion.is_some() {
        conflicts.push(Conflict::Deletion { name: name.clone(), theirs_scheduled: theirs.deletion.is_some() });
    }
    merged.deletion = deletion;

    merged.arn = pick(Some(&base.arn), &ours.arn, &theirs.arn).0;
    merged.created = pick(Some(&base.created), &ours.created, &theirs.created).0;
    merged.last_changed = ours.last_changed.max(theirs.last_changed);
    merged.rotation = merge_rotation(&base.rotation, &ours.rotation, &theirs.rotation);
    merged.replicas = pick(Some(&base.replicas), &ours.replicas, &theirs.replicas).0;
    merged.replica_of = pick(Some(&base.replica_of), &ours.replica_of, &theirs.replica_of).0;
    merged.promoted_from = pick(Some(&base.promoted_from), &ours.promoted_from, &theirs.promoted_from).0;
    // A rotation claim is a process on the machine that made it: ours only, and only while
    // its version is still the pending one (`rotate NAME` resumes a pending version).
    if let Some(claim) = &ours.rotation.in_progress
        && merged.version(&claim.version_id).is_some_and(|v| v.has(super::model::AWSPENDING))
    {
        merged.rotation.in_progress = Some(claim.clone());
    } else {
        merged.rotation.in_progress = None;
    }
    (merged, conflicts)
}

/// The settings (enabled, script or template, schedule, window, timeout) as one unit, one side's change wins;
/// the dates and outcome of the latest rotation either side ran.
fn merge_rotation(base: &Rotation, ours: &Rotation, theirs: &Rotation) -> Rotation {
    let settings = |r: &Rotation| {
        (
            r.enabled,
            r.script.clone(),
            r.template.clone(),
            r.every_days,
            r.schedule.clone(),
            r.window_hours,
            r.timeout_secs,
        )
    };
    let (enabled, script, template, every_days, schedule, window_hours, timeout_secs) =
        pick(Some(&settings(base)), &settings(ours), &settings(theirs)).0;
    let latest = if theirs.last_rotated > ours.last_rotated { theirs } else { ours };
    let outcome_at = |r: &Rotation| r.last_outcome.as_ref().map(|o| o.at);
    let outcome = if outcome_at(theirs) > outcome_at(ours) { theirs } else { ours };
    let mut next_rotation = latest.next_rotation;
    if (enabled, every_days, &schedule) != (ours.enabled, ours.every_days, &ours.schedule)
        && latest.last_rotated == ours.last_rotated
    {
        next_rotation = pick(Some(&base.next_rotation), &ours.next_rotation, &theirs.next_rotation).0;
    }
    Rotation {
        enabled,
        script,
        template,
        every_days,
        schedule,
        window_hours,
        timeout_secs,
        last_rotated: latest.last_rotated,
        next_rotation,
        in_progress: None,
        last_outcome: outcome.last_outcome.clone(),
    }
}

/// What two copies of a secret most likely came from, when there is no base (a file-sync
/// conflict copy, or one name created on both sides): the versions both have; a label
/// where both have it, or where the side that moved it put it on a version the other side
/// never had (the other side could not have moved it there); every other field as the side
/// changed least recently has it, so the later change wins.
pub fn common_base(ours: &Secret, theirs: &Secret) -> Secret {
    let older = if theirs.last_changed < ours.last_changed { theirs } else { ours };
    let mut base = older.clone();
    base.versions = ours.versions.iter().filter(|v| theirs.version(&v.id).is_some()).cloned().collect();
    for v in &mut base.versions {
        v.stages.clear();
    }
    let mut labels: Vec<&String> = Vec::new();
    for v in ours.versions.iter().chain(&theirs.versions) {
        for l in &v.stages {
            if !labels.contains(&l) {
                labels.push(l);
            }
        }
    }
    for label in labels {
        let (o, t) = (ours.labelled(label), theirs.labelled(label));
        let at = match (o, t) {
            (Some(o), Some(t)) if o.id == t.id => Some(&o.id),
            (Some(o), t) if theirs.version(&o.id).is_none() => t.map(|t| &t.id),
            (o, Some(t)) if ours.version(&t.id).is_none() => o.map(|o| &o.id),
            _ => None,
        };
        if let Some(v) = at.and_then(|id| base.versions.iter_mut().find(|v| &v.id == id)) {
            v.stages.push(label.clone());
        }
    }
    if base.versions.is_empty() {
        // Nothing in common: two secrets made apart under one name. Every label differs.
        base.description = None;
        base.tags = Default::default();
        base.deletion = None;
        base.arn = String::new();
    }
    base
}

/// The whole merge over sorted lists of secrets: the model of what [`plan`] does to files.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Merged {
    pub secrets: Vec<Secret>,
    pub conflicts: Vec<Conflict>,
}

pub fn merge(base: Option<&[Secret]>, ours: &[Secret], theirs: &[Secret]) -> Merged {
    let index =
        |list: &[Secret]| -> BTreeMap<String, Secret> { list.iter().map(|s| (s.name.clone(), s.clone())).collect() };
    let (b, o, t) = (base.map(index), index(ours), index(theirs));
    let names: BTreeSet<&String> = o.keys().chain(t.keys()).collect();
    let mut merged = Merged { secrets: Vec::new(), conflicts: Vec::new() };
    for name in names {
        let out = merge_name(b.as_ref().and_then(|b| b.get(name)), o.get(name), t.get(name));
        merged.secrets.extend(out.secret);
        merged.conflicts.extend(out.conflicts);
    }
    merged
}

/// What merging two vault documents changes in OURS.
#[derive(Debug, Default)]
pub struct Plan {
    /// Secrets to put into ours (merged, or taken from theirs).
    pub put: Vec<Secret>,
    /// Names to remove from ours.
    pub remove: Vec<String>,
    pub conflicts: Vec<Conflict>,
    /// Names now as theirs has them, and names now unlike either side (merged).
    pub taken: usize,
    pub merged: usize,
}

/// Plan the merge of whole documents. Unchanged records are compared as bytes and never
/// parsed, so a merge of large vaults costs about their decryption; the base is asked only
/// for the names where the two sides differ (a [`Reader`](crate::vault::Reader) then
/// decrypts only the chunks that hold them).
pub fn plan<'b>(
    mut base: Option<&mut (dyn RecordSource + 'b)>,
    ours: &Document,
    theirs: &Document,
) -> Result<Plan, Error> {
    let mut plan = Plan::default();
    // Both sides' names are in order: one pass over the two gives each name once, with
    // each side's record bytes (None where absent, or changed since load).
    let (mut o, mut t) = (ours.records().peekable(), theirs.records().peekable());
    loop {
        let order = match (o.peek(), t.peek()) {
            (None, None) => break,
            (Some(_), None) => Ordering::Less,
            (None, Some(_)) => Ordering::Greater,
            (Some(a), Some(b)) => a.0.cmp(b.0),
        };
        let (name, ob, tb, theirs_present) = match order {
            Ordering::Less => {
                let Some((n, r)) = o.next() else { break };
                (n, r, None, false)
            }
            Ordering::Greater => {
                let Some((n, r)) = t.next() else { break };
                (n, None, r, true)
            }
            Ordering::Equal => {
                let (Some((n, a)), Some((_, b))) = (o.next(), t.next()) else { break };
                (n, a, b, true)
            }
        };
        let same = |x: Option<&[u8]>, y: Option<&[u8]>| x.is_some() && x == y;
        if same(ob, tb) {
            continue;
        }
        let b = match base.as_deref_mut() {
            Some(src) => Some(src.record(name)?),
            None => None,
        };
        let bb: Option<&[u8]> = b.as_ref().and_then(|r| r.as_ref().map(|v| v.as_slice()));
        if (b.is_some() && same(tb, bb)) || (b.is_none() && !theirs_present) {
            continue;
        }
        if b.is_some() && same(ob, bb) {
            match theirs.get(name)? {
                Some(s) => plan.put.push(s),
                None => plan.remove.push(name.to_string()),
            }
            plan.taken += 1;
            continue;
        }
        let b = match bb {
            Some(bytes) => Some(parse_record(bytes, name)?),
            None => None,
        };
        let (o, t) = (ours.get(name)?, theirs.get(name)?);
        let out = merge_name(b.as_ref(), o.as_ref(), t.as_ref());
        if out.secret == t {
            plan.taken += 1;
        } else if out.secret != o {
            plan.merged += 1;
        }
        match out.secret {
            Some(s) if o.as_ref() != Some(&s) => plan.put.push(s),
            Some(_) => {}
            None if o.is_some() => plan.remove.push(name.to_string()),
            None => {}
        }
        plan.conflicts.extend(out.conflicts);
    }
    Ok(plan)
}

/// How theirs' vault key stands to ours.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lineage {
    /// The same key (or a format-1 copy, which has none: taken on trust).
    Same,
    /// Theirs rotated ours' key (a `recipients remove` there): theirs is the successor.
    Successor,
    /// Theirs is under a key ours retired, or both rotated apart from a common key: made by
    /// someone who knew an older key, which a removed recipient does too.
    Older,
    /// Another vault, or a key ours never had and that never had ours: refused.
    Unrelated,
}

pub fn lineage(ours: &Meta, theirs: &Meta) -> Lineage {
    if ours.vault_id != theirs.vault_id {
        return Lineage::Unrelated;
    }
    let (Some(o), Some(t)) = (&ours.vault_key, &theirs.vault_key) else { return Lineage::Same };
    if o == t {
        Lineage::Same
    } else if theirs.previous_keys.contains(o) {
        Lineage::Successor
    } else if ours.previous_keys.contains(t) || ours.previous_keys.iter().any(|k| theirs.previous_keys.contains(k)) {
        Lineage::Older
    } else {
        Lineage::Unrelated
    }
}

/// Which key the merged vault has.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KeyFrom {
    Ours,
    Theirs,
    /// Both sides encrypted to someone the merge removed: neither key is kept as current.
    Fresh,
}

/// The merged meta, and what the merge decided about trust.
#[derive(Debug, Clone)]
pub struct MetaMerge {
    pub meta: Meta,
    pub key_from: KeyFrom,
    /// Recipients theirs added that were not taken, because theirs is [`Lineage::Older`].
    pub refused_recipients: Vec<String>,
}

/// Fresh keys for [`KeyFrom::Fresh`], made by the caller (the merge is pure).
pub struct FreshKeys {
    pub vault_key: String,
    pub audit_key: String,
}

/// Merge the metas. `canon` gives the form recipients are compared by. The generation is
/// the higher of the two: the save that follows adds one, so it is above both sides.
pub fn merge_meta(
    base: Option<&Meta>,
    ours: &Meta,
    theirs: &Meta,
    canon: &dyn Fn(&str) -> String,
    fresh: FreshKeys,
) -> MetaMerge {
    let lineage = lineage(ours, theirs);
    let older = lineage == Lineage::Older;
    let keys_of = |list: &[String]| -> BTreeSet<String> { list.iter().map(|r| canon(r)).collect() };
    let (o_keys, t_keys) = (keys_of(&ours.recipients), keys_of(&theirs.recipients));
    // Without a base, what both came from is the copy whose key the other rotated, else
    // (same key: nobody was removed) what both have.
    let b_keys = match base {
        Some(b) => keys_of(&b.recipients),
        None => match lineage {
            Lineage::Successor => o_keys.clone(),
            Lineage::Same => o_keys.intersection(&t_keys).cloned().collect(),
            _ => o_keys.union(&t_keys).cloned().collect(),
        },
    };
    let mut recipients = Vec::new();
    let mut refused_recipients = Vec::new();
    let mut taken = BTreeSet::new();
    for r in ours.recipients.iter().chain(&theirs.recipients) {
        let k = canon(r);
        let (o, t, b) = (o_keys.contains(&k), t_keys.contains(&k), b_keys.contains(&k));
        // On both sides, or added on one (not in the base); a removal on either side wins.
        let keep = if b { o && t } else { o || t };
        if !keep || !taken.insert(k.clone()) {
            continue;
        }
        if older && !o {
            refused_recipients.push(r.clone());
            continue;
        }
        recipients.push(r.clone());
    }
    let merged_keys = keys_of(&recipients);
    let safe = |side: &BTreeSet<String>| side.is_subset(&merged_keys);
    let key_from = match (safe(&o_keys), safe(&t_keys) && !older) {
        (true, true) if lineage == Lineage::Successor => KeyFrom::Theirs,
        (true, _) => KeyFrom::Ours,
        (false, true) => KeyFrom::Theirs,
        (false, false) => KeyFrom::Fresh,
    };

    let mut meta = ours.clone();
    meta.recipients = recipients;
    let mut retired: Vec<String> = Vec::new();
    let mut retire = |k: &String| {
        if !retired.contains(k) {
            retired.push(k.clone());
        }
    };
    ours.previous_keys.iter().chain(&theirs.previous_keys).for_each(&mut retire);
    ours.vault_key.iter().chain(theirs.vault_key.iter()).for_each(&mut retire);
    let mut retired_audit: Vec<String> = Vec::new();
    for k in
        ours.audit.previous_keys.iter().chain(&theirs.audit.previous_keys).chain([&ours.audit.key, &theirs.audit.key])
    {
        if !retired_audit.contains(k) {
            retired_audit.push(k.clone());
        }
    }
    let (vault_key, audit_key) = match key_from {
        KeyFrom::Ours => (ours.vault_key.clone(), ours.audit.key.clone()),
        KeyFrom::Theirs => (theirs.vault_key.clone(), theirs.audit.key.clone()),
        KeyFrom::Fresh => (Some(fresh.vault_key), fresh.audit_key),
    };
    retired.retain(|k| Some(k) != vault_key.as_ref());
    if retired.len() > KEPT_RETIRED_KEYS {
        retired.drain(..retired.len() - KEPT_RETIRED_KEYS);
    }
    retired_audit.retain(|k| k != &audit_key);
    meta.vault_key = vault_key;
    meta.previous_keys = retired;
    meta.generation = ours.generation.max(theirs.generation);
    let mut logs = ours.audit.logs.clone();
    for (id, p) in &theirs.audit.logs {
        let entry = logs.entry(id.clone()).or_default();
        if p.seq > entry.seq {
            *entry = p.clone();
        }
    }
    meta.audit = AuditState { key: audit_key, previous_keys: retired_audit, logs, ..ours.audit.clone() };
    // Without a base, the copy with the lower generation is taken as what both came from.
    let base_meta = base.unwrap_or(if theirs.generation < ours.generation { theirs } else { ours });
    meta.region = pick(Some(&base_meta.region), &ours.region, &theirs.region).0;
    let regions: BTreeSet<&String> = ours
        .replicated_prefixes
        .keys()
        .chain(theirs.replicated_prefixes.keys())
        .chain(base_meta.replicated_prefixes.keys())
        .collect();
    meta.replicated_prefixes = BTreeMap::new();
    for region in regions {
        let get = |m: &Meta| m.replicated_prefixes.get(region).cloned();
        if let Some(prefixes) = pick(Some(&get(base_meta)), &get(ours), &get(theirs)).0 {
            meta.replicated_prefixes.insert(region.clone(), prefixes);
        }
    }
    MetaMerge { meta, key_from, refused_recipients }
}

#[cfg(test)]
mod tests;
