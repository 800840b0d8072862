use super::*;
use crate::vault::model::{AWSPENDING, AWSPREVIOUS, RotationClaim, SecretValue};
use jiff::Timestamp;
use proptest::prelude::*;

fn t(secs: i64) -> Timestamp {
    Timestamp::from_second(1_700_000_000 + secs).unwrap()
}

fn secret(name: &str) -> Secret {
    Secret::new(
        name,
        format!("arn:sealbox:local:vid:secret:{name}-abcdef"),
        format!("{name}-v1"),
        SecretValue::text("one"),
        t(0),
    )
}

fn put(s: &Secret, id: &str, at: i64) -> Secret {
    let mut s = s.clone();
    s.put_value(id.into(), SecretValue::text(id), &[], t(at)).unwrap();
    s
}

fn holder(s: &Secret, label: &str) -> Option<String> {
    s.labelled(label).map(|v| v.id.clone())
}

fn ids(s: &Secret) -> Vec<String> {
    s.versions.iter().map(|v| v.id.clone()).collect()
}

#[test]
fn versions_from_both_sides_are_kept_and_a_label_both_moved_stays_ours() {
    let base = secret("db");
    let ours = put(&base, "o2", 10);
    let theirs = put(&base, "t2", 5);
    let (m, conflicts) = merge_secret(Some(&base), &ours, &theirs);
    assert_eq!(ids(&m), ["db-v1", "t2", "o2"], "by creation time");
    assert_eq!(holder(&m, AWSCURRENT).as_deref(), Some("o2"));
    assert_eq!(holder(&m, AWSPREVIOUS).as_deref(), Some("db-v1"));
    assert_eq!(
        conflicts,
        [Conflict::Label {
            name: "db".into(),
            label: AWSCURRENT.into(),
            ours: Some("o2".into()),
            theirs: Some("t2".into())
        }]
    );
    assert!(m.label_problems().is_empty());
    assert_eq!(m.last_changed, t(10));
}

#[test]
fn a_change_on_one_side_is_taken() {
    let base = put(&secret("db"), "v2", 1);
    let mut theirs = base.clone();
    theirs.move_label("blue", Some("db-v1"), None, t(3)).unwrap();
    theirs.set_tags(&[("team".into(), "core".into())], t(3)).unwrap();
    let mut ours = put(&base, "o3", 2);
    ours.set_description("the database", t(2)).unwrap();
    let (m, conflicts) = merge_secret(Some(&base), &ours, &theirs);
    assert!(conflicts.is_empty(), "{conflicts:?}");
    assert_eq!(holder(&m, "blue").as_deref(), Some("db-v1"));
    assert_eq!(holder(&m, AWSCURRENT).as_deref(), Some("o3"));
    assert_eq!(holder(&m, AWSPREVIOUS).as_deref(), Some("v2"));
    assert_eq!(m.description.as_deref(), Some("the database"));
    assert_eq!(m.tags.get("team").map(String::as_str), Some("core"));
}

#[test]
fn tags_and_descriptions_changed_on_both_sides_keep_ours_and_say_so() {
    let mut base = secret("db");
    base.set_tags(&[("a".into(), "0".into()), ("b".into(), "0".into())], t(0)).unwrap();
    let mut ours = base.clone();
    ours.set_tags(&[("a".into(), "ours".into())], t(1)).unwrap();
    ours.set_description("mine", t(1)).unwrap();
    let mut theirs = base.clone();
    theirs.set_tags(&[("a".into(), "theirs".into())], t(2)).unwrap();
    theirs.remove_tags(&["b".into()], t(2)).unwrap();
    theirs.set_description("yours", t(2)).unwrap();
    let (m, conflicts) = merge_secret(Some(&base), &ours, &theirs);
    assert_eq!(m.tags.get("a").map(String::as_str), Some("ours"));
    assert!(!m.tags.contains_key("b"), "a removal on one side is taken");
    assert_eq!(m.description.as_deref(), Some("mine"));
    assert_eq!(
        conflicts,
        [
            Conflict::Description { name: "db".into(), theirs: Some("yours".into()) },
            Conflict::Tag { name: "db".into(), key: "a".into(), theirs: Some("theirs".into()) },
        ]
    );
}

#[test]
fn deletion_and_restore_on_one_side_are_taken() {
    let base = secret("db");
    let mut deleted = base.clone();
    deleted.schedule_deletion(7, t(1)).unwrap();
    let changed = put(&base, "o2", 2);
    let (m, c) = merge_secret(Some(&base), &changed, &deleted);
    assert!(c.is_empty());
    assert!(m.deletion.is_some());
    assert_eq!(holder(&m, AWSCURRENT).as_deref(), Some("o2"));
    let mut restored = deleted.clone();
    restored.restore(t(3));
    let mut tagged = deleted.clone();
    tagged.tags.insert("k".into(), "v".into());
    let (m, c) = merge_secret(Some(&deleted), &tagged, &restored);
    assert!(c.is_empty());
    assert!(m.deletion.is_none());
    assert_eq!(m.tags.len(), 1);
}

#[test]
fn a_secret_removed_on_one_side_goes_unless_the_other_changed_it() {
    let base = secret("db");
    assert_eq!(merge_name(Some(&base), None, Some(&base)).secret, None);
    assert_eq!(merge_name(Some(&base), Some(&base), None).secret, None);
    let changed = put(&base, "t2", 1);
    let out = merge_name(Some(&base), None, Some(&changed));
    assert_eq!(out.secret.as_ref(), Some(&changed));
    assert_eq!(out.conflicts, [Conflict::Removed { name: "db".into(), removed_by_theirs: false }]);
    let out = merge_name(Some(&base), Some(&changed), None);
    assert_eq!(out.conflicts, [Conflict::Removed { name: "db".into(), removed_by_theirs: true }]);
    assert_eq!(merge_name(None, None, Some(&base)).secret.as_ref(), Some(&base), "added on theirs");
}

#[test]
fn one_name_created_on_both_sides_keeps_every_version_and_conflicts() {
    let ours = Secret::new("k", "arn-o".into(), "o1".into(), SecretValue::text("a"), t(1));
    let theirs = Secret::new("k", "arn-t".into(), "t1".into(), SecretValue::text("b"), t(2));
    let (m, c) = merge_secret(None, &ours, &theirs);
    assert_eq!(ids(&m), ["o1", "t1"]);
    assert_eq!(holder(&m, AWSCURRENT).as_deref(), Some("o1"));
    assert_eq!(m.arn, "arn-o");
    assert_eq!(c.len(), 1);
    assert!(m.label_problems().is_empty());
}

#[test]
fn without_a_base_a_copy_that_only_added_is_taken() {
    let older = secret("db");
    let newer = put(&older, "v2", 5);
    for (o, t) in [(&older, &newer), (&newer, &older)] {
        let (m, c) = merge_secret(None, o, t);
        assert_eq!(&m, &newer);
        assert!(c.is_empty());
    }
}

#[test]
fn theirs_rotation_claim_is_not_taken() {
    let base = secret("db");
    let mut theirs = base.clone();
    theirs.put_value("p".into(), SecretValue::text("p"), &[AWSPENDING.into()], t(1)).unwrap();
    theirs.rotation.in_progress = Some(RotationClaim { version_id: "p".into(), pid: 7, started: t(1) });
    let ours = put(&base, "o2", 2);
    let (m, _) = merge_secret(Some(&base), &ours, &theirs);
    assert_eq!(holder(&m, AWSPENDING).as_deref(), Some("p"));
    assert_eq!(m.rotation.in_progress, None);
}

fn meta(recipients: &[&str], key: &str, audit: &str, generation: u64) -> Meta {
    let mut m: Meta = serde_json::from_value(serde_json::json!({
        "format": 2, "vault_id": "vid", "created": "2026-01-01T00:00:00Z", "region": "local",
        "recipients": recipients, "audit": {"key": audit},
    }))
    .unwrap();
    m.vault_key = Some(key.into());
    m.generation = generation;
    m
}

fn fresh() -> FreshKeys {
    FreshKeys { vault_key: "fresh".into(), audit_key: "fresh-audit".into() }
}

fn canon(r: &str) -> String {
    r.to_string()
}

#[test]
fn recipients_added_on_either_side_are_kept_and_removals_applied() {
    let base = meta(&["a", "x"], "k1", "a1", 3);
    let mut ours = meta(&["a", "x", "z"], "k1", "a1", 4);
    ours.audit.logs.insert("L1".into(), crate::vault::format::LogPosition { seq: 9, mac: "m9".into() });
    // Theirs removed x: a new key and audit key, the old ones kept as previous.
    let mut theirs = meta(&["a"], "k2", "a2", 7);
    theirs.previous_keys = vec!["k1".into()];
    theirs.audit.previous_keys = vec!["a1".into()];
    theirs.audit.logs.insert("L1".into(), crate::vault::format::LogPosition { seq: 5, mac: "m5".into() });
    theirs.audit.logs.insert("L2".into(), crate::vault::format::LogPosition { seq: 2, mac: "m2".into() });
    let m = merge_meta(Some(&base), &ours, &theirs, &canon, fresh());
    assert_eq!(m.meta.recipients, ["a", "z"]);
    assert_eq!(m.key_from, KeyFrom::Theirs, "ours still encrypted to x; theirs' key never was");
    assert_eq!(m.meta.vault_key.as_deref(), Some("k2"));
    assert_eq!(m.meta.previous_keys, ["k1"]);
    assert_eq!(m.meta.audit.key, "a2");
    assert_eq!(m.meta.audit.previous_keys, ["a1"]);
    assert_eq!(m.meta.generation, 7);
    assert_eq!(m.meta.audit.logs["L1"].seq, 9);
    assert_eq!(m.meta.audit.logs["L2"].seq, 2);
    assert_eq!(lineage(&ours, &theirs), Lineage::Successor);
    assert_eq!(lineage(&theirs, &ours), Lineage::Older);
}

#[test]
fn both_sides_removing_someone_makes_a_fresh_key_and_an_older_copy_adds_nobody() {
    let base = meta(&["a", "x", "y"], "k1", "a1", 3);
    let mut ours = meta(&["a", "y"], "k2", "a2", 4);
    ours.previous_keys = vec!["k1".into()];
    let mut theirs = meta(&["a", "x", "w"], "k3", "a3", 4);
    theirs.previous_keys = vec!["k1".into()];
    assert_eq!(lineage(&ours, &theirs), Lineage::Older);
    let m = merge_meta(Some(&base), &ours, &theirs, &canon, fresh());
    assert_eq!(m.meta.recipients, ["a"]);
    assert_eq!(m.refused_recipients, ["w"]);
    assert_eq!(m.key_from, KeyFrom::Fresh);
    assert_eq!(m.meta.vault_key.as_deref(), Some("fresh"));
    assert_eq!(m.meta.previous_keys, ["k1", "k2", "k3"]);
    assert_eq!(m.meta.audit.previous_keys, ["a2", "a3"]);
    let mut other = theirs.clone();
    other.previous_keys.clear();
    assert_eq!(lineage(&ours, &other), Lineage::Unrelated);
    other.vault_id = "another".into();
    other.vault_key = ours.vault_key.clone();
    assert_eq!(lineage(&ours, &other), Lineage::Unrelated);
}

#[test]
fn without_a_base_the_same_key_unions_recipients_and_a_successor_removes() {
    let ours = meta(&["a", "x"], "k1", "a1", 4);
    let theirs = meta(&["a", "z"], "k1", "a1", 5);
    let m = merge_meta(None, &ours, &theirs, &canon, fresh());
    assert_eq!(m.meta.recipients, ["a", "x", "z"]);
    assert_eq!(m.key_from, KeyFrom::Ours);
    let mut rotated = meta(&["a"], "k2", "a2", 5);
    rotated.previous_keys = vec!["k1".into()];
    let m = merge_meta(None, &ours, &rotated, &canon, fresh());
    assert_eq!(m.meta.recipients, ["a"]);
    assert_eq!(m.key_from, KeyFrom::Theirs);
}

// ----- properties ----------------------------------------------------------------------

const NAMES: [&str; 4] = ["a", "b", "c", "d"];
const LABELS: [&str; 4] = [AWSCURRENT, AWSPENDING, "blue", "green"];

#[derive(Debug, Clone)]
enum Op {
    Put(usize, Option<usize>),
    Move(usize, usize, usize),
    Tag(usize, usize),
    Describe(usize, usize),
    Delete(usize),
    Restore(usize),
    Remove(usize),
    Create(usize),
}

fn op() -> impl Strategy<Value = Op> {
    prop_oneof![
        (0..4usize, proptest::option::of(0..4usize)).prop_map(|(n, l)| Op::Put(n, l)),
        (0..4usize, 0..4usize, 0..8usize).prop_map(|(n, l, v)| Op::Move(n, l, v)),
        (0..4usize, 0..3usize).prop_map(|(n, v)| Op::Tag(n, v)),
        (0..4usize, 0..3usize).prop_map(|(n, v)| Op::Describe(n, v)),
        (0..4usize).prop_map(Op::Delete),
        (0..4usize).prop_map(Op::Restore),
        (0..4usize).prop_map(Op::Remove),
        (0..4usize).prop_map(Op::Create),
    ]
}

/// Apply ops as sealbox would (a failed op changes nothing); ids carry the side's tag.
fn apply(list: &mut Vec<Secret>, ops: &[Op], side: &str, clock: i64) {
    for (i, op) in ops.iter().enumerate() {
        let now = t(clock + i as i64);
        let id = format!("{side}{i}");
        let find = |list: &mut Vec<Secret>, n: usize| list.iter().position(|s| s.name == NAMES[n]);
        match *op {
            Op::Create(n) => {
                if find(list, n).is_none() {
                    list.push(Secret::new(NAMES[n], format!("arn-{id}"), id.clone(), SecretValue::text(&id), now));
                    list.sort_by(|a, b| a.name.cmp(&b.name));
                }
            }
            Op::Remove(n) => {
                if let Some(i) = find(list, n) {
                    list.remove(i);
                }
            }
            _ => {
                let n = match *op {
                    Op::Put(n, _) | Op::Move(n, _, _) | Op::Tag(n, _) | Op::Describe(n, _) => n,
                    Op::Delete(n) | Op::Restore(n) | Op::Create(n) | Op::Remove(n) => n,
                };
                let Some(i) = find(list, n) else { continue };
                let mut s = list[i].clone();
                let ok = match *op {
                    Op::Put(_, l) => {
                        let stages: Vec<String> = l.map(|l| LABELS[l].to_string()).into_iter().collect();
                        s.put_value(id.clone(), SecretValue::text(&id), &stages, now).is_ok()
                    }
                    Op::Move(_, l, v) => {
                        let to = s.versions[v % s.versions.len()].id.clone();
                        let from = s.labelled(LABELS[l]).map(|v| v.id.clone());
                        s.move_label(LABELS[l], Some(&to), from.as_deref(), now).is_ok()
                    }
                    Op::Tag(_, v) => s.set_tags(&[("k".into(), format!("{side}{v}"))], now).is_ok(),
                    Op::Describe(_, v) => s.set_description(&format!("{side}{v}"), now).is_ok(),
                    Op::Delete(_) => s.schedule_deletion(7, now).is_ok(),
                    Op::Restore(_) => s.restore(now),
                    _ => false,
                };
                if ok {
                    list[i] = s;
                }
            }
        }
    }
}

fn vault() -> impl Strategy<Value = (Vec<Secret>, Vec<Secret>, Vec<Secret>)> {
    (
        proptest::collection::vec(op(), 0..12),
        proptest::collection::vec(op(), 0..12),
        proptest::collection::vec(op(), 0..12),
    )
        .prop_map(|(b, o, t)| {
            let mut base = vec![secret("a"), secret("c")];
            apply(&mut base, &b, "b", 0);
            let (mut ours, mut theirs) = (base.clone(), base.clone());
            apply(&mut ours, &o, "o", 100);
            apply(&mut theirs, &t, "t", 200);
            (base, ours, theirs)
        })
}

fn check_sound(
    merged: &Merged,
    base: Option<&[Secret]>,
    ours: &[Secret],
    theirs: &[Secret],
) -> Result<(), TestCaseError> {
    let find = |list: &[Secret], name: &str| list.iter().find(|s| s.name == name).cloned();
    for s in &merged.secrets {
        prop_assert!(s.label_problems().is_empty(), "{:?}", s.label_problems());
        prop_assert_eq!(s.versions.iter().filter(|v| v.has(AWSCURRENT)).count(), 1);
        // Every version a side added (all of them, without a base) is kept.
        let before = base.and_then(|b| find(b, &s.name));
        for side in [ours, theirs] {
            if let Some(copy) = find(side, &s.name) {
                for v in &copy.versions {
                    let added = before.as_ref().is_none_or(|b| b.version(&v.id).is_none());
                    prop_assert!(!added || s.version(&v.id).is_some(), "version {} of {} lost", v.id, s.name);
                }
            }
        }
    }
    for side in [ours, theirs] {
        for s in side {
            let before = base.and_then(|b| find(b, &s.name));
            let added = s.versions.iter().any(|v| before.as_ref().is_none_or(|b| b.version(&v.id).is_none()));
            prop_assert!(!added || find(&merged.secrets, &s.name).is_some(), "{} with a new version lost", s.name);
        }
    }
    // A name is gone only where one side removed it and the other left it as it was.
    for side in [ours, theirs] {
        for s in side {
            if find(&merged.secrets, &s.name).is_none() {
                let b = base.and_then(|b| find(b, &s.name));
                prop_assert_eq!(b.as_ref(), Some(s), "{} lost", s.name);
            }
        }
    }
    Ok(())
}

proptest! {
    #[test]
    fn merging_a_copy_with_itself_changes_nothing((base, ours, _theirs) in vault()) {
        prop_assert_eq!(merge(Some(&base), &ours, &ours), Merged { secrets: ours.clone(), conflicts: vec![] });
        prop_assert_eq!(merge(None, &ours, &ours).secrets, ours.clone());
        prop_assert_eq!(merge(Some(&ours), &ours, &ours).secrets, ours);
    }

    #[test]
    fn merging_with_an_unchanged_side_gives_the_other_side((base, ours, theirs) in vault()) {
        prop_assert_eq!(merge(Some(&base), &base, &theirs), Merged { secrets: theirs.clone(), conflicts: vec![] });
        prop_assert_eq!(merge(Some(&base), &ours, &base), Merged { secrets: ours.clone(), conflicts: vec![] });
    }

    #[test]
    fn no_version_is_lost_and_labels_stay_sound((base, ours, theirs) in vault()) {
        let merged = merge(Some(&base), &ours, &theirs);
        check_sound(&merged, Some(&base), &ours, &theirs)?;
        let two_way = merge(None, &ours, &theirs);
        check_sound(&two_way, None, &ours, &theirs)?;
        for s in &ours {
            prop_assert!(two_way.secrets.iter().any(|m| m.name == s.name), "without a base nothing is removed");
        }
    }

    #[test]
    fn both_orders_keep_the_same_names_and_versions((base, ours, theirs) in vault()) {
        let shape = |m: Merged| -> Vec<(String, std::collections::BTreeSet<String>)> {
            m.secrets.iter().map(|s| (s.name.clone(), s.versions.iter().map(|v| v.id.clone()).collect())).collect()
        };
        prop_assert_eq!(shape(merge(Some(&base), &ours, &theirs)), shape(merge(Some(&base), &theirs, &ours)));
    }
}
