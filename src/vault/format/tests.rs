//! Round trips, lookups and damage, through both Document and Reader.

use super::catalog::fast_key;
use super::*;
use crate::vault::model::Secret;
use crate::vault::model::SecretValue;
use jiff::Timestamp;
use std::collections::BTreeMap;
use std::io::Cursor;
use zeroize::Zeroizing;

fn meta() -> Meta {
    Meta {
        format: FORMAT_VERSION,
        vault_id: "vid".into(),
        vault_key: None,
        generation: 0,
        previous_keys: Vec::new(),
        created: Timestamp::from_second(1_700_000_000).unwrap(),
        region: "local".into(),
        recipients: vec!["age1x".into()],
        audit: AuditState {
            key: "k".into(),
            previous_keys: Vec::new(),
            logs: Default::default(),
            last_mac: None,
            lines: 0,
        },
        secret_count: 0,
        next_purge: None,
        replicated_prefixes: BTreeMap::new(),
        fences: vec![],
        extra: serde_json::Map::new(),
    }
}

fn secret(name: &str, value: &str) -> Secret {
    Secret::new(
        name,
        format!("arn:{name}"),
        format!("id-{name}"),
        SecretValue::text(value),
        Timestamp::from_second(1_700_000_000).unwrap(),
    )
}

fn build(n: usize) -> Zeroizing<Vec<u8>> {
    let mut doc = Document::new(meta());
    for i in (0..n).rev() {
        doc.put(secret(&format!("app/s{i:06}"), &format!("value-{i}")));
    }
    doc.encode().unwrap()
}

#[test]
fn round_trip_and_lookup() {
    let bytes = build(3000);
    let doc = Document::decode(bytes.clone()).unwrap();
    assert_eq!(doc.len(), 3000);
    assert!(doc.meta.fences.len() > 3, "{} fences", doc.meta.fences.len());
    let mut r = Reader::open(Cursor::new(bytes.to_vec()), None).unwrap();
    for i in [0usize, 1, 1499, 2999] {
        let s = r.read_secret(&format!("app/s{i:06}")).unwrap().unwrap();
        assert_eq!(s.current().unwrap().value.as_str(), Some(format!("value-{i}").as_str()));
    }
    assert!(r.read_secret("app/s999999").unwrap().is_none());
    assert!(r.read_secret("a").unwrap().is_none());
    assert!(r.read_secret("zzz").unwrap().is_none());
    let found = r.scan("app/s0012").unwrap();
    assert_eq!(found.len(), 100);
    let s = r.read_record(&found[57]).unwrap();
    assert_eq!(s.name, "app/s001257");
    assert_eq!(r.scan("").unwrap().len(), 3000);
    assert_eq!(r.scan("b").unwrap().len(), 0);
}

#[test]
fn unchanged_records_are_copied_as_bytes() {
    let bytes = build(50);
    let mut doc = Document::decode(bytes.clone()).unwrap();
    let again = doc.encode().unwrap();
    assert_eq!(*again, *bytes);
    doc.get_mut("app/s000010").unwrap().unwrap().description = Some("changed".into());
    doc.remove("app/s000020");
    doc.put(secret("app/new", "n"));
    let changed = doc.encode().unwrap();
    let doc2 = Document::decode(changed).unwrap();
    assert_eq!(doc2.len(), 50);
    assert_eq!(doc2.get("app/s000010").unwrap().unwrap().description.as_deref(), Some("changed"));
    assert!(doc2.get("app/s000020").unwrap().is_none());
    assert!(doc2.get("app/new").unwrap().is_some());
}

#[test]
fn put_many_merges_like_repeated_put() {
    let bytes = build(30);
    let mut bulk = Document::decode(bytes.clone()).unwrap();
    let mut one_by_one = Document::decode(bytes).unwrap();
    let incoming: Vec<Secret> = ["app/s000005", "zz", "app/a", "app/s000029x", "app/a", "0"]
        .iter()
        .enumerate()
        .map(|(i, n)| secret(n, &format!("new-{i}")))
        .collect();
    for s in incoming.clone() {
        one_by_one.put(s);
    }
    bulk.put_many(incoming);
    assert_eq!(bulk.names().collect::<Vec<_>>(), one_by_one.names().collect::<Vec<_>>());
    assert_eq!(bulk.len(), 34);
    let a = bulk.get("app/a").unwrap().unwrap();
    assert_eq!(a.current().unwrap().value.as_str(), Some("new-4"));
    assert_eq!(bulk.encode().unwrap(), one_by_one.encode().unwrap());
    let mut touched = bulk.touched().to_vec();
    touched.sort();
    assert_eq!(touched, ["0", "app/a", "app/s000005", "app/s000029x", "zz"]);
}

/// A catalog whose record lengths would add up past u64::MAX: an error, not an overflow panic.
#[test]
fn impossible_record_lengths_are_errors() {
    let line = |name: &str, len: u64| {
        format!(
            "{{\"name\":\"{name}\",\"record_length\":{len},\"arn\":\"x\",\"created\":\"2026-01-01T00:00:00Z\",\"last_changed\":\"2026-01-01T00:00:00Z\",\"version_count\":1}}\n"
        )
    };
    let catalog = line("a", u64::MAX) + &line("b", 2);
    let mut m = meta();
    m.secret_count = 2;
    m.fences = vec![Fence("a".into(), 0, 0)];
    let mut meta_line = serde_json::to_vec(&m).unwrap();
    meta_line.push(b'\n');
    let records = b"x\n";
    let catalog_start = HEADER_LEN + meta_line.len() as u64;
    let records_start = catalog_start + catalog.len() as u64;
    let header = Header { catalog: catalog_start, records: records_start, end: records_start + 2 };
    let mut bytes = header.encode();
    bytes.extend(&meta_line);
    bytes.extend(catalog.as_bytes());
    bytes.extend(records);
    // One walk checks the line for every reader: the same error, before any offset adds up.
    let err = Document::decode(Zeroizing::new(bytes.clone())).err().unwrap();
    assert!(
        err.message.contains("the record of a is 18446744073709551615 bytes, over the 16777216-byte limit"),
        "{}",
        err.message
    );
    let mut r = Reader::open(Cursor::new(bytes), None).unwrap();
    for err in [r.read_secret("b").err().unwrap(), r.scan("").err().unwrap()] {
        assert_eq!(err.kind, crate::error::ExitKind::Decrypt);
        assert!(err.message.contains("over the 16777216-byte limit"), "{}", err.message);
    }
}

#[test]
fn purges_are_found_in_unchanged_lines_and_the_next_date_is_kept_exact() {
    let t = |d: i64| Timestamp::from_second(1_700_000_000 + d * 86_400).unwrap();
    let mut doc = Document::decode(build(30)).unwrap();
    for (name, days) in [("app/s000003", 7), ("app/s000010", 20)] {
        let mut s = doc.get(name).unwrap().unwrap();
        s.schedule_deletion(days, t(0)).unwrap();
        doc.put(s);
    }
    let bytes = doc.encode().unwrap();
    assert_eq!(doc.meta.next_purge, Some(t(7)));
    // Reloaded: both are raw lines now; nothing is due before day 7.
    let mut doc = Document::decode(bytes).unwrap();
    assert!(doc.due_for_purge(t(6)).is_empty());
    assert_eq!(doc.due_for_purge(t(8)), ["app/s000003"]);
    doc.remove("app/s000003");
    let bytes = doc.encode().unwrap();
    assert_eq!(doc.meta.next_purge, Some(t(20)), "the scan made the next purge date exact");
    let mut doc = Document::decode(bytes).unwrap();
    assert!(doc.due_for_purge(t(19)).is_empty());
    assert_eq!(doc.due_for_purge(t(21)), ["app/s000010"]);
}

#[test]
fn fast_key_agrees_with_serde() {
    let line = br#"{"name":"a/b@c.d","record_length":123,"arn":"x"}"#;
    assert_eq!(fast_key(line), Some(("a/b@c.d", 123)));
    assert_eq!(fast_key(br#"{"record_length":1,"name":"x"}"#), None);
    assert_eq!(fast_key(br#"{"name":"x","record_length":12x}"#), None);
    assert_eq!(fast_key(br#"{"name":"x"y","record_length":1}"#), None);
}

#[test]
fn damage_is_reported_not_panicked() {
    let bytes = build(20);
    for cut in [0, 10, 127, 128, 200, bytes.len() - 1] {
        let err = Document::decode(Zeroizing::new(bytes[..cut].to_vec())).err().unwrap();
        assert_eq!(err.kind, crate::error::ExitKind::Decrypt, "cut at {cut}");
    }
    for i in (0..bytes.len()).step_by(7) {
        let mut flipped = bytes.to_vec();
        flipped[i] ^= 0x20;
        let _ = Document::decode(Zeroizing::new(flipped.clone()));
        if let Ok(mut r) = Reader::open(Cursor::new(flipped), None) {
            let _ = r.read_secret("app/s000007");
            let _ = r.scan("app/");
        }
    }
    let mut v2 = bytes.to_vec();
    v2[21] = b'3';
    let err = Document::decode(Zeroizing::new(v2)).err().unwrap();
    assert!(err.message.contains("format version 3"), "{}", err.message);
}

/// `Reader::scan_subtree` and `Document::names_in_subtree` select exactly the names
/// `Subtree::contains` does, across fence blocks, with `app/ci-admin/…` between the root and
/// its children in byte order.
#[test]
fn subtree_scans_select_the_hierarchy() {
    let mut doc = Document::new(meta());
    let mut all = vec!["app/ci".to_string(), "app/ci-admin".into(), "app/c".into(), "app/ci0".into(), "b".into()];
    for i in 0..800 {
        all.push(format!("app/ci-admin/s{i:04}"));
        all.push(format!("app/ci/s{i:04}"));
        all.push(format!("app/ci.x/s{i:04}"));
    }
    for n in &all {
        doc.put(secret(n, "v"));
    }
    let bytes = doc.encode().unwrap();
    let doc = Document::decode(bytes.clone()).unwrap();
    assert!(doc.meta.fences.len() > 3);
    let mut r = Reader::open(Cursor::new(bytes.to_vec()), None).unwrap();
    all.sort();
    for prefix in ["app/ci", "app/ci/", "app/ci-admin", "app", "app/", "", "/", "app/c", "zz", "app/ci/s0799"] {
        let tree = crate::vault::names::Subtree::new(prefix);
        let expected: Vec<&str> = all.iter().map(String::as_str).filter(|n| tree.contains(n)).collect();
        let scanned: Vec<String> = r.scan_subtree(prefix).unwrap().into_iter().map(|l| l.entry.name).collect();
        assert_eq!(scanned, expected, "scan_subtree({prefix:?})");
        assert_eq!(doc.names_in_subtree(prefix).collect::<Vec<_>>(), expected, "names_in_subtree({prefix:?})");
    }
    let at = r.scan_subtree("app/ci").unwrap();
    assert_eq!(r.read_record(&at[1]).unwrap().name, "app/ci/s0000");
}

/// The hand-read fences give exactly what serde gives, and anything unusual goes to serde.
#[test]
fn fences_read_by_hand_match_serde() {
    let mut cases = Vec::new();
    let mut m = meta();
    cases.push(m.clone());
    m.fences = (0..50).map(|i| Fence(format!("app/s{i:04}"), i * 1000, i * 2000 + 7)).collect();
    cases.push(m.clone());
    m.extra.insert("later".into(), serde_json::json!({"fences": [[1, 2]], "x": "],\"fences\":[["}));
    cases.push(m.clone());
    m.replicated_prefixes.insert("fences".into(), vec!["app/".into()]);
    cases.push(m.clone());
    m.fences.push(Fence("ünï code/x".into(), 99_999_999_999, u64::MAX));
    cases.push(m.clone());
    for m in cases {
        let bytes = serde_json::to_vec(&m).unwrap();
        let slow: Meta = serde_json::from_slice(&bytes).unwrap();
        assert_eq!(slow, m);
        assert_eq!(parse_meta(&bytes).unwrap(), m);
        if let Some(fast) = parse_meta_fast(&bytes) {
            assert_eq!(fast, m);
        }
    }
    // Written by sealbox, the fast path is taken.
    let mut m = meta();
    m.fences = vec![Fence("a".into(), 0, 0), Fence("b".into(), 10, 20)];
    assert_eq!(parse_meta_fast(&serde_json::to_vec(&m).unwrap()), Some(m));
    // Damaged or unusual fences: never a wrong answer, serde decides.
    for text in [
        r#"{"format":2,"vault_id":"v","created":"2026-01-01T00:00:00Z","region":"local","recipients":[],"fences":[["a",01,2]]}"#,
        r#"{"format":2,"vault_id":"v","created":"2026-01-01T00:00:00Z","region":"local","recipients":[],"fences":[["a\"b",1,2]]}"#,
        r#"{"format":2,"vault_id":"v","created":"2026-01-01T00:00:00Z","region":"local","recipients":[],"fences":[["a",1,2] ]}"#,
        r#"{"format":2,"vault_id":"v","created":"2026-01-01T00:00:00Z","region":"local","recipients":[],"fences":[["a",1,99999999999999999999]]}"#,
    ] {
        let fast = parse_meta_fast(text.as_bytes());
        let slow = serde_json::from_slice::<Meta>(text.as_bytes()).ok();
        assert!(fast.is_none() || fast == slow, "{text}");
    }
}
