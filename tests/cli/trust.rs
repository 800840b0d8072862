//! Trust (issue 13): forged and substituted vaults, rollbacks, audit relabelling, unaudited
//! writes. Each test replays an attack that worked before the vault key, the generation,
//! the record of known vaults and the per-vault MAC checks existed.

use std::path::{Path, PathBuf};

use crate::support::{Sandbox, in_ci, require_tool};

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

fn log_path(sb: &Sandbox) -> PathBuf {
    sb.home().join(".local/state/sealbox/audit.jsonl")
}

fn log_text(sb: &Sandbox) -> String {
    std::fs::read_to_string(log_path(sb)).unwrap()
}

fn vault_id(sb: &Sandbox) -> String {
    let plain = sb.plaintext().unwrap();
    let text = String::from_utf8(plain).unwrap();
    let meta: serde_json::Value = serde_json::from_str(text.lines().nth(1).unwrap()).unwrap();
    meta["vault_id"].as_str().unwrap().to_string()
}

const VERIFY_HINT: &str = "sealbox: hint: restore the log from a backup; lines before the broken one are intact\n";

#[test]
fn relabelled_audit_lines_fail_verify_and_doctor() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    sb.get("app/db");
    sb.case(&["audit", "verify"])
        .stdout("ok: 2 lines, chain intact, 2 verified with this vault's key, seq 1..2\n")
        .run();
    // Every line relabelled to another vault, seq/prev/mac kept, the operation changed.
    let id = vault_id(&sb);
    let forged = log_text(&sb).replace(&id, &"f".repeat(32)).replace("GetSecretValue", "DescribeSecret");
    std::fs::write(log_path(&sb), forged).unwrap();
    sb.case(&["audit", "verify"])
        .status(1)
        .stderr(format!(
            "sealbox: error: the audit log [HOME]/.local/state/sealbox/audit.jsonl is broken at line 1: line 1 names vault {}, which this machine does not know: it can't be checked (relabelled?)\n{VERIFY_HINT}",
            "f".repeat(32)
        ))
        .run();
    let doctor = sb
        .case(&["doctor", "-o", "json"])
        .status(1)
        .stdout_any("the whole checklist")
        .stderr_any("doctor's summary")
        .run();
    let checks: serde_json::Value = serde_json::from_slice(&doctor.output.stdout).unwrap();
    let audit = checks.as_array().unwrap().iter().find(|c| c["check"] == "audit").unwrap();
    assert_eq!(audit["status"], "fail", "{audit}");
}

#[test]
fn a_cut_head_with_a_forged_first_line_is_found() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    sb.create("b", "2");
    sb.create("c", "3");
    let text = log_text(&sb);
    let lines: Vec<&str> = text.lines().collect();
    let third: serde_json::Value = serde_json::from_str(lines[2]).unwrap();
    // A made-up first line of an unknown vault whose `mac` is what line 3 chains to.
    let forged = format!(
        "{{\"time\":\"2026-01-01T00:00:00Z\",\"seq\":2,\"operation\":\"CreateSecret\",\"name\":\"z\",\"version_id\":null,\"outcome\":\"ok\",\"uid\":0,\"user\":\"root\",\"pid\":1,\"parent\":\"sh\",\"vault_id\":\"{}\",\"log\":null,\"prev\":null,\"mac\":\"{}\"}}",
        "e".repeat(32),
        third["prev"].as_str().unwrap()
    );
    std::fs::write(log_path(&sb), format!("{forged}\n{}\n", lines[2])).unwrap();
    sb.case(&["audit", "verify"])
        .status(1)
        .stderr(format!(
            "sealbox: error: the audit log [HOME]/.local/state/sealbox/audit.jsonl is broken at line 1: line 1 names vault {}, which this machine does not know: it can't be checked (relabelled?)\n{VERIFY_HINT}",
            "e".repeat(32)
        ))
        .run();
}

#[test]
fn a_cut_tail_is_found_even_without_the_tail_record() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    sb.create("b", "2");
    let text = log_text(&sb);
    let first = text.lines().next().unwrap();
    std::fs::write(log_path(&sb), format!("{first}\n")).unwrap();
    std::fs::remove_file(sb.home().join(".local/state/sealbox/audit.jsonl.tail")).unwrap();
    sb.case(&["audit", "verify"])
        .status(1)
        .stderr(format!("sealbox: error: the audit log [HOME]/.local/state/sealbox/audit.jsonl is broken at line 2: the log was cut: it ends at seq 1 (line 1) but the vault recorded at its last write is seq 2; line 2 onwards is missing\n{VERIFY_HINT}"))
        .run();
}

/// A second person's sealbox in its own HOME: they can't open the victim's vault, but they
/// hold the victim's public key.
fn attacker_vault_for(victim: &Sandbox) -> (Sandbox, PathBuf) {
    let att = Sandbox::new();
    att.case(&["recipients", "add", &victim.public_key()])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    let path = att.vault();
    (att, path)
}

#[test]
fn a_forged_region_vault_gets_nothing_pushed_into_it() {
    let sb = Sandbox::new();
    let region = sb.home().join("shared/vault.age");
    sb.case(&["region", "add", "shared", "--vault", s(&region)]).stderr_any("region add prints its summary").run();
    sb.create("app/x", "v1");
    sb.case(&["replicate", "app/x", "--to", "shared"]).stderr("replicated app/x to region shared\n").run();
    let (_att, forged) = attacker_vault_for(&sb);
    std::fs::copy(&forged, &region).unwrap();
    let before = std::fs::read(&region).unwrap();
    sb.case(&["put-version", "app/x", "--value", "v2"])
        .stderr("sealbox: warning: secret app/x was not replicated to region shared: the vault [HOME]/shared/vault.age is not the vault you know: this path held vault [..], and this file is another vault ([..]); `sealbox sync app/x` retries\napp/x: new version [..] [AWSCURRENT]\n")
        .run();
    assert_eq!(std::fs::read(&region).unwrap(), before, "nothing was pushed into the forged region");
    let status = sb.json(&["describe", "app/x"])["ReplicationStatus"][0].clone();
    assert_eq!(status["Status"], "Failed", "{status}");
    // Reading it as a vault is refused too.
    sb.case(&["--vault", s(&region), "list"])
        .status(6)
        .stderr("sealbox: error: the vault [HOME]/shared/vault.age is not the vault you know: this path held vault [..], and this file is another vault ([..])\nsealbox: hint: sealbox refuses a vault it did not write (vault id [..]); if you replaced the file on purpose, run `sealbox trust --vault [HOME]/shared/vault.age`\n")
        .run();
}

#[test]
fn a_forged_primary_is_refused_and_its_rotation_script_never_runs() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.create("app/x", "v1");
    let marker = sb.home().join("evil-ran");
    let evil = sb.home().join("evil.sh");
    std::fs::write(&evil, format!("#!/bin/sh\ncat >> {}\n", s(&marker))).unwrap();
    std::fs::set_permissions(&evil, std::fs::Permissions::from_mode(0o755)).unwrap();
    let (att, forged) = attacker_vault_for(&sb);
    att.create("app/x", "bait");
    att.case(&["rotate", "app/x", "--script", s(&evil), "--every", "1", "--no-rotate-now"])
        .stdout_any("rotate's summary")
        .stderr_any("rotate's summary")
        .run();
    std::fs::remove_file(&marker).unwrap();
    std::fs::copy(&forged, sb.vault()).unwrap();
    sb.case(&["rotate", "--due"])
        .env("SEALBOX_NOW", "2030-01-01T00:00:00Z")
        .status(6)
        .stderr("sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is not the vault you know: this path held vault [..], and this file is another vault ([..])\nsealbox: hint: sealbox refuses a vault it did not write (vault id [..]); if you replaced the file on purpose, run `sealbox trust --vault [HOME]/.local/share/sealbox/vault.age`\n")
        .run();
    assert!(!marker.exists(), "the forged vault's rotation script ran");
    sb.case(&["get", "app/x"]).status(6).stderr_any("the same refusal").run();
}

/// `recipients remove KEY` of the one secret `app/x`, its output exact.
fn remove_recipient(sb: &Sandbox, key: &str) {
    sb.case(&["recipients", "remove", key]).stdout("app/x\n").stderr(format!("removed {key}; [HOME]/.local/share/sealbox/vault.age re-encrypted to 1 recipient\nremoving a key does not revoke what it already decrypted: it could read these 1 secret:\nrotate them: `sealbox recipients remove … --rotate-all` marks every one with rotation set up as due; change the others with `sealbox put-version NAME`\n")).run();
}

#[test]
fn a_rolled_back_vault_warns_on_reads_refuses_writes_and_trust_accepts_it() {
    let sb = Sandbox::new();
    let bob = Sandbox::new();
    sb.create("app/x", "v1");
    sb.case(&["recipients", "add", &bob.public_key()])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    let backup = sb.vault_bytes();
    remove_recipient(&sb, &bob.public_key());
    sb.case(&["put-version", "app/x", "--value", "v2"]).stderr("app/x: new version [..] [AWSCURRENT]\n").run();
    std::fs::write(sb.vault(), &backup).unwrap();
    let warning = "sealbox: warning: the vault [HOME]/.local/share/sealbox/vault.age is older than the one this machine last saw (generation 3 < 5): it may have been rolled back; writes are refused until `sealbox trust`\n";
    sb.case(&["get", "app/x"]).stdout("v1").stderr(warning).run();
    sb.case(&["put-version", "app/x", "--value", "v3"])
        .status(6)
        .stderr("sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age was rolled back: it is generation 3, but this machine has seen generation 5\nsealbox: hint: writes to an older copy would lose the newer changes; if you restored a backup on purpose, run `sealbox trust --vault [HOME]/.local/share/sealbox/vault.age`\n")
        .run();
    assert_eq!(sb.vault_bytes(), backup, "a refused write leaves the vault as it was");
    sb.case(&["audit", "verify"])
        .status(1)
        .stderr(format!("{warning}sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is an older copy (generation 3; this machine has seen generation 5): the log can't be checked against it\nsealbox: hint: if you restored the vault on purpose, run `sealbox trust`; otherwise put the newer copy back\n"))
        .run();
    // The lines the newer generation wrote (`recipients remove` gave it a new audit key) are
    // not called tampered: the copy is older, and the trust check says so.
    let doctor =
        sb.case(&["doctor", "-o", "json"]).status(1).stdout_any("the checklist").stderr_any("the summary").run();
    let checks: serde_json::Value = serde_json::from_slice(&doctor.output.stdout).unwrap();
    let check = |name: &str| checks.as_array().unwrap().iter().find(|c| c["check"] == name).unwrap().clone();
    assert_eq!(check("trust")["status"], "fail");
    assert_eq!(check("audit")["status"], "warn");
    assert_eq!(
        check("audit")["detail"].as_str().unwrap().replace(s(sb.home()), "[HOME]"),
        "[HOME]/.local/state/sealbox/audit.jsonl: from line 3 on it can't be checked against this older copy of the vault (generation 3; this machine has seen generation 5): a newer generation's lines may be MACed with a key it does not have; `sealbox trust` accepts the copy if you restored it on purpose (see the trust check)"
    );
    sb.case(&["trust"])
        .stderr("trusted [HOME]/.local/share/sealbox/vault.age as it is now (vault [..], generation 3): this machine takes it as the current vault\naudit lines seq 3..4 were written by the newer generation it replaces, with a key this copy does not have: `sealbox audit verify` accepts them as such\n")
        .run();
    sb.case(&["put-version", "app/x", "--value", "v3"]).stderr("app/x: new version [..] [AWSCURRENT]\n").run();
    sb.case(&["get", "app/x"]).stdout("v3").run();
    let lines = log_text(&sb);
    assert_eq!(lines.matches("\"operation\":\"TrustVault\"").count(), 1);
    // The log verifies again, the rolled-back generation's lines named for what they are.
    sb.case(&["audit", "verify"])
        .stdout("ok: 9 lines, chain intact, 7 verified with this vault's key, seq 1..9; 2 written by a newer generation that was rolled back, then trusted (seq 3..4): vouched for by `sealbox trust`, not checkable with this vault's key\n")
        .run();
    sb.case(&["doctor"]).stdout_any("the checklist").stderr_any("the summary").run();
    sb.case(&["audit", "app/x", "--operation", "PutSecretValue"])
        .stdout("TIME                  OPERATION       NAME   VERSION                               OUTCOME            USER  PID[..]PARENT\n[..]  PutSecretValue  app/x  [..]  ok (rolled back)   [..]\n[..]  PutSecretValue  app/x  -                                     DecryptionFailure  [..]\n[..]  PutSecretValue  app/x  [..]  ok                 [..]\n")
        .run();
    // Still refused: a rolled-back line edited after `trust` vouched for it.
    let edited: Vec<String> = lines
        .lines()
        .enumerate()
        .map(|(i, l)| if i == 3 { l.replace("PutSecretValue", "DeleteSecret") } else { l.to_string() })
        .collect();
    std::fs::write(log_path(&sb), edited.join("\n") + "\n").unwrap();
    sb.case(&["audit", "verify"])
        .status(1)
        .stderr(format!("sealbox: error: the audit log [HOME]/.local/state/sealbox/audit.jsonl is broken at line 3: line 3 was altered: `sealbox trust` vouched for the rolled-back generation's lines seq 3..4, and they are not the lines it vouched for\n{VERIFY_HINT}"))
        .run();
}

#[test]
fn a_removed_recipient_cannot_make_the_next_generation() {
    let sb = Sandbox::new();
    let bob = Sandbox::new();
    sb.create("app/x", "v1");
    sb.case(&["recipients", "add", &bob.public_key()])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    // Bob keeps the plaintext he could read while a member (vault key included).
    let Some(old_plain) = sb.plaintext() else { return };
    remove_recipient(&sb, &bob.public_key());
    // He makes a "newer" vault with the old key and a higher generation, for the victim.
    let text = String::from_utf8(old_plain).unwrap();
    let forged = text.replacen("\"generation\":3", "\"generation\":9", 1);
    assert_ne!(forged, text);
    sb.seal(forged.as_bytes());
    sb.case(&["get", "app/x"])
        .status(6)
        .stderr("sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is not the vault you know: it was made with a vault key that was retired (by `recipients remove`) since\nsealbox: hint: sealbox refuses a vault it did not write (vault id [..]); if you replaced the file on purpose, run `sealbox trust --vault [HOME]/.local/share/sealbox/vault.age`\n")
        .run();
}

#[test]
fn a_format_1_vault_is_read_and_upgraded_at_its_next_write() {
    let Some(_age) = require_tool("age") else { return };
    let fixture = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/cli/fixtures/format1");
    let sb = Sandbox::empty();
    let data = sb.home().join(".local/share/sealbox");
    let config = sb.home().join(".config/sealbox");
    let state = sb.home().join(".local/state/sealbox");
    for d in [&data, &config, &state] {
        std::fs::create_dir_all(d).unwrap();
    }
    use std::os::unix::fs::PermissionsExt;
    for (from, to) in [("vault.age", data.join("vault.age")), ("identity.txt", config.join("identity.txt"))] {
        std::fs::copy(fixture.join(from), &to).unwrap();
        std::fs::set_permissions(&to, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    std::fs::copy(fixture.join("audit.jsonl"), state.join("audit.jsonl")).unwrap();
    std::fs::copy(fixture.join("audit.jsonl.tail"), state.join("audit.jsonl.tail")).unwrap();
    let header = |sb: &Sandbox| String::from_utf8(sb.plaintext().unwrap()).unwrap().lines().next().unwrap().to_string();
    assert!(header(&sb).starts_with("sealbox-vault format=1 "), "{}", header(&sb));
    sb.case(&["get", "app/db/password"]).stdout("hunter2").run();
    sb.case(&["audit", "verify"])
        .stdout("ok: 3 lines, chain intact, 3 verified with this vault's key, seq 1..3\n")
        .run();
    sb.case(&["put-version", "app/db/password", "--value", "hunter3"])
        .stderr("app/db/password: new version [..] [AWSCURRENT]\n")
        .run();
    assert!(header(&sb).starts_with("sealbox-vault format=2 "), "{}", header(&sb));
    sb.case(&["get", "app/db/password", "--stage", "AWSPREVIOUS"]).stdout("hunter2").run();
    sb.case(&["audit", "verify"])
        .stdout("ok: 5 lines, chain intact, 5 verified with this vault's key, seq 1..5\n")
        .run();
}

fn chattr(flag: &str, path: &Path) -> bool {
    let ok = std::process::Command::new("chattr").arg(flag).arg(path).status().is_ok_and(|s| s.success());
    assert!(ok || !in_ci() || flag == "-i", "chattr {flag} failed under CI");
    ok
}

#[test]
fn with_an_immutable_audit_log_no_write_happens() {
    let is_root = std::process::Command::new("id").arg("-u").output().is_ok_and(|o| o.stdout == b"0\n");
    if !is_root {
        assert!(!in_ci(), "CI runs as root: chattr +i is needed here");
        return;
    }
    let sb = Sandbox::new();
    let eve = Sandbox::new();
    sb.create("app/x", "v1");
    let log = log_path(&sb);
    if !chattr("+i", &log) {
        return;
    }
    let before = sb.vault_bytes();
    let cant = "sealbox: error: can't write the audit log [HOME]/.local/state/sealbox/audit.jsonl: [..]\nsealbox: hint: [..]\n";
    let eve_key = eve.public_key();
    let runs = [
        sb.case(&["recipients", "add", &eve_key]).status(1).stderr(cant).run(),
        sb.case(&["import", "--format", "dotenv", "-"]).stdin("NEW_ONE=1\n").status(1).stderr(cant).run(),
        sb.case(&["put-version", "app/x", "--value", "v2"]).status(1).stderr(cant).run(),
        sb.case(&["delete", "app/x"]).status(1).stderr(cant).run(),
    ];
    chattr("-i", &log);
    assert_eq!(runs.len(), 4);
    assert_eq!(sb.vault_bytes(), before, "an unaudited write changed the vault");
    // `region add` of an existing vault with a new recipient is a write of that vault: an
    // unaudited `recipients add EVE` there before. A new region's vault isn't made either.
    let r1 = detached_region_vault(&sb);
    let region_before = std::fs::read(&r1).unwrap();
    let config_before = std::fs::read(sb.config()).unwrap();
    let r2 = sb.home().join("r2.age");
    assert!(chattr("+i", &log));
    sb.case(&["region", "add", "r1", "--vault", s(&r1), "--recipient", &eve_key]).status(1).stderr(cant).run();
    sb.case(&["region", "add", "r2", "--vault", s(&r2)]).status(1).stderr(cant).run();
    chattr("-i", &log);
    assert_eq!(std::fs::read(&r1).unwrap(), region_before, "an unaudited write changed the region's vault");
    assert!(!r2.exists(), "an unaudited region vault was made");
    assert_eq!(std::fs::read(sb.config()).unwrap(), config_before, "the config changed");
    eve.case(&["--vault", s(&r1), "list"]).status(6).stderr_any("age's own words for no matching key").run();
    // Eve was never made a recipient: her key can't open the vault.
    eve.case(&["--vault", s(&sb.vault()), "list"]).status(6).stderr_any("age's own words for no matching key").run();
}

#[test]
fn put_version_over_a_pending_rotation_logs_the_abandonment_once() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    sb.create("app/x", "v1");
    let script = sb.home().join("fail-set.sh");
    std::fs::write(&script, "#!/bin/sh\n[ \"$1\" = set ] && { echo nope >&2; exit 1; }\nexit 0\n").unwrap();
    std::fs::set_permissions(&script, std::fs::Permissions::from_mode(0o755)).unwrap();
    sb.case(&["rotate", "app/x", "--script", s(&script)]).status(7).stderr_any("the failed step").run();
    sb.case(&["put-version", "app/x", "--value", "v2"])
        .stderr("sealbox: warning: abandoned the incomplete rotation of app/x (version [..] lost AWSPENDING)\napp/x: new version [..] [AWSCURRENT]\n")
        .run();
    assert_eq!(log_text(&sb).matches("\"operation\":\"RotationAbandoned\"").count(), 1);
}

#[test]
fn a_teammates_writes_never_make_your_log_look_cut() {
    // Two people (two HOMEs, two logs, two records of known vaults) sharing one vault file.
    let alice = Sandbox::new();
    let bob = Sandbox::empty();
    let shared = alice.vault();
    let bob_id = bob.home().join("alice-identity.txt");
    std::fs::copy(alice.identity(), &bob_id).unwrap();
    {
        use std::os::unix::fs::PermissionsExt;
        std::fs::set_permissions(&bob_id, std::fs::Permissions::from_mode(0o600)).unwrap();
    }
    let as_bob = |args: &[&str]| {
        let mut all = vec!["--vault", s(&shared), "--identity", s(&bob_id)];
        all.extend_from_slice(args);
        all.iter().map(|a| a.to_string()).collect::<Vec<_>>()
    };
    alice.create("a", "1");
    for (i, args) in
        [as_bob(&["create", "b", "--value", "2"]), as_bob(&["put-version", "a", "--value", "3"])].iter().enumerate()
    {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        bob.case(&args).stderr_any(if i == 0 { "create's summary" } else { "put-version's summary" }).run();
    }
    alice.create("c", "4");
    alice
        .case(&["audit", "verify"])
        .stdout("ok: 2 lines, chain intact, 2 verified with this vault's key, seq 1..2\n")
        .run();
    let args = as_bob(&["audit", "verify"]);
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    bob.case(&args).stdout("ok: 2 lines, chain intact, 2 verified with this vault's key, seq 1..2\n").run();
    // The vault keeps one position per log.
    let plain = String::from_utf8(alice.plaintext().unwrap()).unwrap();
    let meta: serde_json::Value = serde_json::from_str(plain.lines().nth(1).unwrap()).unwrap();
    assert_eq!(meta["audit"]["logs"].as_object().unwrap().len(), 2, "{}", meta["audit"]);
}

/// A line with no vault key, as anyone who can write the log can make it (`mac` a plain
/// SHA-256), chained after the log's last line.
fn forge_unkeyed_line(sb: &Sandbox, operation: &str, outcome: &str) {
    let text = log_text(sb);
    let last: serde_json::Value = serde_json::from_str(text.lines().last().unwrap()).unwrap();
    let canonical = format!(
        "{{\"time\":\"2030-01-01T00:00:00Z\",\"seq\":{},\"operation\":\"{operation}\",\"name\":\"app/x\",\"version_id\":null,\"outcome\":\"{outcome}\",\"uid\":4242,\"user\":\"mallory\",\"pid\":4242,\"parent\":\"sh\",\"vault_id\":null,\"log\":{},\"prev\":{}}}",
        last["seq"].as_u64().unwrap() + 1,
        last["log"],
        last["mac"]
    );
    let mac = sealbox::audit::chain::mac_hex(None, canonical.as_bytes());
    let line = format!("{},\"mac\":\"{mac}\"}}\n", canonical.strip_suffix('}').unwrap());
    std::fs::write(log_path(sb), text + &line).unwrap();
}

/// sealbox writes a line without a vault key only for a failure it can't attribute (the
/// vault would not open): a vault-less line that claims success is forged.
#[test]
fn a_vault_less_line_claiming_success_fails_verify_and_doctor() {
    let sb = Sandbox::new();
    sb.create("app/x", "v1");
    forge_unkeyed_line(&sb, "GetSecretValue", "DecryptionFailure");
    sb.case(&["audit", "verify"])
        .stdout("ok: 2 lines, chain intact, 1 verified with this vault's key, seq 1..2; 1 written without the vault key (failed decrypts)\n")
        .run();
    forge_unkeyed_line(&sb, "DeleteSecret", "ok");
    sb.case(&["audit", "verify"])
        .status(1)
        .stderr(format!("sealbox: error: the audit log [HOME]/.local/state/sealbox/audit.jsonl is broken at line 3: line 3 names no vault yet claims success (outcome ok): sealbox writes such lines only for failures (forged)\n{VERIFY_HINT}"))
        .run();
    let doctor =
        sb.case(&["doctor", "-o", "json"]).status(1).stdout_any("the checklist").stderr_any("the summary").run();
    let checks: serde_json::Value = serde_json::from_slice(&doctor.output.stdout).unwrap();
    let audit = checks.as_array().unwrap().iter().find(|c| c["check"] == "audit").unwrap();
    assert_eq!(audit["status"], "fail", "{audit}");
    sb.case(&["audit", "app/x"])
        .stdout("TIME                  OPERATION       NAME   VERSION                               OUTCOME                         USER     PID[..]PARENT\n[..]  CreateSecret    app/x  [..]  ok                              [..]\n2030-01-01T00:00:00Z  GetSecretValue  app/x  -                                     DecryptionFailure (unverified)  mallory  4242[..]sh\n")
        .stderr("sealbox: warning: the audit log [HOME]/.local/state/sealbox/audit.jsonl fails verification at line 3 (line 3 names no vault yet claims success (outcome ok): sealbox writes such lines only for failures (forged)); lines from there on are not shown\n")
        .run();
}

/// `region add r1` of a new vault `~/r1.age`, then `region remove r1`: the vault is left.
fn detached_region_vault(sb: &Sandbox) -> PathBuf {
    let r1 = sb.home().join("r1.age");
    sb.case(&["region", "add", "r1", "--vault", s(&r1)])
        .stderr("created the vault [HOME]/r1.age for region r1\n")
        .run();
    sb.case(&["region", "remove", "r1"])
        .stderr("removed region r1 from the config (its vault file is left as it is)\n")
        .run();
    r1
}

/// `region add` (new or existing vault, with or without recipients) and `region remove` are
/// audited, MACed with the primary's key like every event about a region.
#[test]
fn region_add_and_remove_are_audited() {
    let sb = Sandbox::new();
    let ci = Sandbox::new();
    let r1 = detached_region_vault(&sb);
    sb.case(&["region", "add", "r1", "--vault", s(&r1), "--recipient", &ci.public_key()])
        .stderr("added region r1 (existing vault [HOME]/r1.age)\n")
        .run();
    let id = vault_id(&sb);
    let lines: Vec<(String, String, String)> = log_text(&sb)
        .lines()
        .map(|l| {
            let v: serde_json::Value = serde_json::from_str(l).unwrap();
            let text = |k: &str| v[k].as_str().unwrap_or_default().replace(s(sb.home()), "[HOME]");
            (text("operation"), text("detail"), text("vault_id"))
        })
        .collect();
    let ci_key = ci.public_key();
    let own = |op: &str, detail: &str| (op.to_string(), detail.to_string(), id.clone());
    assert_eq!(
        lines,
        [
            own("AddRegion", "r1: new vault [HOME]/r1.age"),
            own("RemoveRegion", "r1"),
            own("AddRegion", "r1: existing vault [HOME]/r1.age"),
            own("AddRecipient", &format!("{ci_key} (region r1)")),
        ]
    );
    sb.case(&["audit", "verify"])
        .stdout("ok: 4 lines, chain intact, 4 verified with this vault's key, seq 1..4\n")
        .run();
}
