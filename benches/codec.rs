//! In-process benchmarks of the vault codec: what a `get` costs inside the process (open,
//! fence search, one catalog block, one record) and what a write costs (decode, encode,
//! encrypt), at 1,000 / 10,000 / 100,000 secrets. Run: cargo bench --bench codec

#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::io::{BufReader, Cursor, Write};
use std::time::Duration;

use criterion::{BenchmarkId, Criterion, criterion_group, criterion_main};
use jiff::Timestamp;
use sealbox::crypto;
use sealbox::terminal::Interaction;
use sealbox::vault::format::{AuditState, FORMAT_VERSION, Meta};
use sealbox::vault::model::SecretValue;
use sealbox::vault::{Document, Reader, Secret};

fn document(n: usize, recipient: &str) -> Document {
    let now = Timestamp::from_second(1_800_000_000).unwrap();
    let mut doc = Document::new(Meta {
        format: FORMAT_VERSION,
        vault_id: "0123456789abcdef0123456789abcdef".into(),
        vault_key: Some("a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2V5a2U=".into()),
        generation: 1,
        previous_keys: Vec::new(),
        created: now,
        region: "local".into(),
        recipients: vec![recipient.to_string()],
        audit: AuditState {
            key: "k".into(),
            previous_keys: Vec::new(),
            logs: Default::default(),
            last_mac: None,
            lines: 0,
        },
        secret_count: 0,
        next_purge: None,
        replicated_prefixes: Default::default(),
        fences: vec![],
        extra: Default::default(),
    });
    let mut secrets = Vec::with_capacity(n);
    for i in 0..n {
        let name = format!("bench/g{:05}/s{:02}", i / 50, i % 50);
        let arn = format!("arn:sealbox:local:0123456789abcdef0123456789abcdef:secret:{name}-AbCdEf");
        let mut s = Secret::new(
            &name,
            arn,
            format!("{i:08}-0000-4000-8000-000000000000"),
            SecretValue::text(&"x".repeat(32)),
            now,
        );
        for v in 1..3 {
            let len = if i % 20 == 7 { 2048 } else { 32 };
            s.put_value(format!("{i:08}-0000-4000-8000-00000000000{v}"), SecretValue::text(&"y".repeat(len)), &[], now)
                .unwrap();
        }
        secrets.push(s);
    }
    for s in secrets {
        doc.put(s);
    }
    doc
}

fn bench(c: &mut Criterion) {
    let dir = tempfile::tempdir().unwrap();
    let (text, public) = crypto::generate_identity("bench");
    let id_path = dir.path().join("identity.txt");
    std::fs::write(&id_path, text.as_bytes()).unwrap();
    let ids = crypto::load_identities(&id_path, &Interaction { can_prompt: false, stdin_is_terminal: false });
    // Permissions: load_identities refuses group-readable files.
    let ids = ids.unwrap_or_else(|_| {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&id_path, std::fs::Permissions::from_mode(0o600)).unwrap();
        crypto::load_identities(&id_path, &Interaction { can_prompt: false, stdin_is_terminal: false }).unwrap()
    });
    let mut group = c.benchmark_group("codec");
    group.sample_size(10).measurement_time(Duration::from_secs(3)).warm_up_time(Duration::from_millis(500));
    // Under `cargo test` (no `--bench`), one small size checks that the benchmark runs.
    let sizes: &[usize] = if std::env::args().any(|a| a == "--bench") { &[1_000, 10_000, 100_000] } else { &[1_000] };
    for &n in sizes {
        let mut doc = document(n, &public);
        let plain = doc.encode().unwrap();
        let mut sealed = Vec::new();
        {
            let mut w = crypto::encrypt_to(std::slice::from_ref(&public), &mut sealed).unwrap();
            w.write_all(&plain).unwrap();
            w.finish().unwrap();
        }
        let target = format!("bench/g{:05}/s{:02}", (n / 2) / 50, (n / 2) % 50);
        group.bench_with_input(BenchmarkId::new("get (open + lookup + record)", n), &n, |b, _| {
            b.iter(|| {
                let stream =
                    crypto::decrypt_from(BufReader::new(Cursor::new(&sealed)), &ids, "bench".as_ref()).unwrap();
                let mut r = Reader::open(stream, crypto::plaintext_len(&sealed, sealed.len() as u64)).unwrap();
                r.read_secret(&target).unwrap().unwrap()
            })
        });
        group.bench_with_input(BenchmarkId::new("scan 50 (exec --prefix)", n), &n, |b, _| {
            let prefix = format!("bench/g{:05}/", (n / 2) / 50);
            b.iter(|| {
                let stream =
                    crypto::decrypt_from(BufReader::new(Cursor::new(&sealed)), &ids, "bench".as_ref()).unwrap();
                let mut r = Reader::open(stream, crypto::plaintext_len(&sealed, sealed.len() as u64)).unwrap();
                let found = r.scan(&prefix).unwrap();
                found.iter().map(|l| r.read_record(l).unwrap().versions.len()).sum::<usize>()
            })
        });
        group.bench_with_input(BenchmarkId::new("decode (write path)", n), &n, |b, _| {
            b.iter(|| Document::decode(plain.clone()).unwrap().len())
        });
        group.bench_with_input(BenchmarkId::new("change one + encode", n), &n, |b, _| {
            let mut d = Document::decode(plain.clone()).unwrap();
            b.iter(|| {
                d.get_mut(&target).unwrap().unwrap().description = Some("x".into());
                d.encode().unwrap().len()
            })
        });
    }
    group.finish();
}

criterion_group!(benches, bench);
criterion_main!(benches);
