//! `sealbox doctor`: every check passes on a healthy vault and fails (exit 1, a ✗ line, a
//! "fail" JSON entry) when its subject is broken.

use std::os::unix::fs::PermissionsExt;

use crate::support::*;

fn chmod(path: &std::path::Path, mode: u32) {
    std::fs::set_permissions(path, std::fs::Permissions::from_mode(mode)).unwrap();
}

/// `sealbox ARGS` with the sandbox's own agent directory, so no agent of the machine's
/// user shows in the `agent` check.
fn run_doctor<'a>(sb: &'a Sandbox, args: &[&str], env: &[(&str, &str)]) -> Case<'a> {
    sb.case_cmd(doctor_cmd(sb, args, env))
}

/// The command [`run_doctor`] runs, for [`doctor`], whose callers check the status and checks.
fn doctor_cmd(sb: &Sandbox, args: &[&str], env: &[(&str, &str)]) -> std::process::Command {
    let run_dir = sb.home().join("run");
    std::fs::create_dir_all(&run_dir).unwrap();
    chmod(&run_dir, 0o700);
    let mut c = sb.cmd(args);
    c.env("XDG_RUNTIME_DIR", &run_dir);
    for (k, v) in env {
        c.env(k, v);
    }
    c
}

/// `doctor -o json` as (check, status, detail) triples, and the exit code.
fn doctor(sb: &Sandbox, extra: &[&str]) -> (i32, Vec<(String, String, String)>) {
    let mut args = extra.to_vec();
    args.extend(["doctor", "-o", "json"]);
    // Status only: the caller asserts the code and the parsed checks.
    let r = Run::from(doctor_cmd(sb, &args, &[]), None);
    let list: serde_json::Value = serde_json::from_slice(&r.output.stdout)
        .unwrap_or_else(|e| panic!("not JSON ({e}): {}\n{}", r.stdout_text(), r.stderr_text()));
    let checks = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| {
            assert_eq!(c.as_object().unwrap().len(), 3, "{c}");
            (
                c["check"].as_str().unwrap().to_string(),
                c["status"].as_str().unwrap().to_string(),
                c["detail"].as_str().unwrap().to_string(),
            )
        })
        .collect();
    (r.code(), checks)
}

#[track_caller]
fn status_of<'a>(checks: &'a [(String, String, String)], check: &str) -> (&'a str, &'a str) {
    let c = checks.iter().find(|c| c.0 == check).unwrap_or_else(|| panic!("no check {check:?} in {checks:?}"));
    (c.1.as_str(), c.2.as_str())
}

#[track_caller]
fn only_failures(checks: &[(String, String, String)], expected: &[&str]) {
    let failed: Vec<&str> = checks.iter().filter(|c| c.1 == "fail").map(|c| c.0.as_str()).collect();
    assert_eq!(failed, expected, "{checks:#?}");
}

#[test]
fn healthy_vault_passes_every_check() {
    let sb = Sandbox::new();
    sb.create("app/db", "one");
    sb.case(&["put-version", "app/db", "--value", "two"]).stderr("app/db: new version [..] [AWSCURRENT]\n").run();
    sb.create("app/api", "k");
    let r = run_doctor(&sb, &["doctor"], &[])
        .stdout(
            "✓ identity file: [HOME]/.config/sealbox/identity.txt is mode 0600\n\
             ✓ identity directory: [HOME]/.config/sealbox is mode 0700\n\
             ✓ vault file: [HOME]/.local/share/sealbox/vault.age is mode 0600\n\
             ✓ vault directory: [HOME]/.local/share/sealbox is mode 0700\n\
             ✓ config file: [HOME]/.config/sealbox/config.toml (absent: defaults apply)\n\
             ✓ audit log file: [HOME]/.local/state/sealbox/audit.jsonl is mode 0600\n\
             ✓ identity: loads: age1[..]\n\
             ✓ agent: not running (the identity is read from its file)\n\
             ✓ vault: [HOME]/.local/share/sealbox/vault.age decrypts; 2 secret(s), vault id [..]\n\
             ✓ trust: the vault this machine knows, generation 4\n\
             ✓ secrets: all 2 decode (3 versions)\n\
             ✓ labels: each label on at most one version; AWSCURRENT on exactly one\n\
             ✓ catalog: agrees with the records\n\
             ! recipients: one recipient: back up [HOME]/.config/sealbox/identity.txt (losing it loses this vault), or add a second key with `sealbox recipients add`\n\
             ✓ replication: no replicas\n\
             ✓ audit: [HOME]/.local/state/sealbox/audit.jsonl: 3 line(s), chain intact (3 verified with the vault key)\n\
             ✓ rotation: none overdue (0 with rotation enabled)\n\
             ✓ deletion: no secret scheduled for deletion\n",
        )
        .run();
    let text = r.stdout_text();
    let lines: Vec<&str> = text.lines().collect();
    // Every check passes; the one warning is the single recipient (back up the identity).
    assert!(lines.iter().all(|l| l.starts_with("✓ ") || l.starts_with("! recipients: one recipient")), "{text}");
    assert!(text.contains("✓ secrets: all 2 decode (3 versions)\n"), "{text}");
    assert!(text.contains("✓ labels: each label on at most one version; AWSCURRENT on exactly one\n"), "{text}");
    assert!(text.contains("✓ catalog: agrees with the records\n"), "{text}");
    assert!(text.contains("✓ rotation: none overdue (0 with rotation enabled)\n"), "{text}");
    assert!(text.contains("✓ deletion: no secret scheduled for deletion\n"), "{text}");
    assert!(r.stderr_text().is_empty(), "{}", r.stderr_text());
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0);
    let names: Vec<&str> = checks.iter().map(|c| c.0.as_str()).collect();
    assert_eq!(
        names,
        [
            "identity file",
            "identity directory",
            "vault file",
            "vault directory",
            "config file",
            "audit log file",
            "identity",
            "agent",
            "vault",
            "trust",
            "secrets",
            "labels",
            "catalog",
            "recipients",
            "replication",
            "audit",
            "rotation",
            "deletion"
        ]
    );
    only_failures(&checks, &[]);
}

#[test]
fn readable_identity_and_writable_directories_fail() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    chmod(&sb.identity(), 0o640);
    run_doctor(&sb, &["doctor"], &[])
        .status(1)
        .stdout(
            "✗ identity file: [HOME]/.config/sealbox/identity.txt is mode 0640: group or others can read it; chmod 600 [HOME]/.config/sealbox/identity.txt\n\
             ✓ identity directory: [HOME]/.config/sealbox is mode 0700\n\
             ✓ vault file: [HOME]/.local/share/sealbox/vault.age is mode 0600\n\
             ✓ vault directory: [HOME]/.local/share/sealbox is mode 0700\n\
             ✓ config file: [HOME]/.config/sealbox/config.toml (absent: defaults apply)\n\
             ✓ audit log file: [HOME]/.local/state/sealbox/audit.jsonl is mode 0600\n\
             ✗ identity: the identity [HOME]/.config/sealbox/identity.txt can be read by group or others (mode 640)\n\
             ✓ agent: not running (the identity is read from its file)\n\
             - vault: the identity can't be loaded\n\
             - secrets: the identity can't be loaded\n\
             - labels: the identity can't be loaded\n\
             - catalog: the identity can't be loaded\n\
             - recipients: the identity can't be loaded\n\
             - replication: the identity can't be loaded\n\
             - audit: the identity can't be loaded\n\
             - rotation: the identity can't be loaded\n\
             - deletion: the identity can't be loaded\n",
        )
        .stderr(
            "sealbox: error: 2 check(s) failed: identity file, identity\n\
             sealbox: hint: fix the ✗ lines above (`sealbox doctor -o json` lists them for scripts)\n",
        )
        .run();
    let (_, checks) = doctor(&sb, &[]);
    assert_eq!(status_of(&checks, "vault"), ("skip", "the identity can't be loaded"));
    chmod(&sb.identity(), 0o600);

    let vault_dir = sb.vault().parent().unwrap().to_path_buf();
    chmod(&vault_dir, 0o777);
    let (code, checks) = doctor(&sb, &[]);
    chmod(&vault_dir, 0o700);
    assert_eq!(code, 1);
    only_failures(&checks, &["vault directory"]);
    assert!(status_of(&checks, "vault directory").1.contains("mode 0777: others can replace files in it"));

    chmod(&vault_dir, 0o755);
    chmod(&sb.vault(), 0o644);
    chmod(&sb.config().parent().unwrap().join("."), 0o700);
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "readable but not writable is a warning: {checks:#?}");
    assert_eq!(status_of(&checks, "vault directory").0, "warn");
    assert_eq!(status_of(&checks, "vault file").0, "warn");
    chmod(&sb.vault(), 0o664);
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["vault file"]);
}

#[test]
fn config_and_audit_log_modes_are_checked() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    std::fs::write(sb.config(), "").unwrap();
    chmod(&sb.config(), 0o666);
    let log = sb.home().join(".local/state/sealbox/audit.jsonl");
    assert!(log.exists(), "the audit log is written by every command");
    chmod(&log, 0o640);
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["config file", "audit log file"]);
    assert!(
        status_of(&checks, "audit log file")
            .1
            .ends_with(&format!("is mode 0640: group or others can read it; chmod 600 {}", log.display()))
    );
    chmod(&sb.config(), 0o644);
    chmod(&log, 0o600);
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "{checks:#?}");
    assert_eq!(status_of(&checks, "config file").0, "warn");
}

#[test]
fn an_edited_audit_log_fails_the_chain_check() {
    let sb = Sandbox::new();
    sb.create("app/a", "1");
    sb.create("app/b", "2");
    assert_eq!(sb.get("app/a"), "1");
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "{checks:#?}");
    assert!(status_of(&checks, "audit").1.contains("chain intact"), "{checks:#?}");
    let log = sb.home().join(".local/state/sealbox/audit.jsonl");
    let text = std::fs::read_to_string(&log).unwrap();
    let edited = text.replacen("app/b", "app/c", 1);
    assert_ne!(edited, text);
    std::fs::write(&log, edited).unwrap();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["audit"]);
    assert!(status_of(&checks, "audit").1.contains("is broken at line"), "{checks:#?}");
    assert!(status_of(&checks, "audit").1.contains("altered"), "{checks:#?}");
    // Dropping the last lines is caught too: the vault remembers where the log ended.
    let lines: Vec<&str> = text.lines().collect();
    std::fs::write(&log, lines[..lines.len() - 1].join("\n") + "\n").unwrap();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["audit"]);
}

#[test]
fn agent_check_reports_a_running_agent_and_a_private_directory() {
    let sb = Sandbox::empty();
    let mut init = sb.cmd(&["init"]);
    init.env("SEALBOX_PASSPHRASE_FD", "0");
    sb.case_cmd(init)
        .stdin(b"pass phrase\n")
        .stderr(
            "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
        )
        .run();
    let (_, checks) = doctor(&sb, &["--no-input"]);
    assert_eq!(status_of(&checks, "agent"), ("ok", "not running (the identity is read from its file)"));
    assert_eq!(status_of(&checks, "identity").0, "fail", "a protected identity needs the agent or a prompt");
    let run_dir = sb.home().join("run");
    let mut unlock = sb.cmd(&["unlock"]);
    unlock.env("SEALBOX_PASSPHRASE_FD", "0").env("XDG_RUNTIME_DIR", &run_dir);
    sb.case_cmd(unlock).stdin(b"pass phrase\n")
        .stderr(
            "unlocked [HOME]/.config/sealbox/identity.txt until [..] (in 8h), or after 30m unused; `sealbox lock` wipes it\n",
        )
        .run();
    let (code, checks) = doctor(&sb, &["--no-input"]);
    let pid = std::fs::read_to_string(run_dir.join("sealbox/agent.lock")).unwrap_or_default();
    let stop = || {
        let _ = std::process::Command::new("kill").arg(pid.trim()).status();
    };
    if code != 0 {
        stop();
    }
    assert_eq!(code, 0, "{checks:#?}");
    let (status, detail) = status_of(&checks, "agent");
    assert_eq!(status, "ok");
    assert!(detail.starts_with("running (pid ") && detail.contains("this identity is unlocked until"), "{detail}");
    assert_eq!(status_of(&checks, "identity").0, "ok");
    // The agent's directory opened to others.
    chmod(&run_dir.join("sealbox"), 0o755);
    let (code, checks) = doctor(&sb, &["--no-input"]);
    chmod(&run_dir.join("sealbox"), 0o700);
    stop();
    assert_eq!(code, 1);
    assert_eq!(status_of(&checks, "agent").0, "fail", "{checks:#?}");
    assert!(status_of(&checks, "agent").1.contains("it must be a private directory of yours"));
}

#[test]
fn missing_or_damaged_vault_fails() {
    let sb = Sandbox::new();
    for i in 0..120 {
        let name = format!("s{i:03}");
        sb.case(&["create", &name, "--value-file", "-"])
            .stdin(vec![b'x'; 1000])
            .stderr(format!("created {name} (version [..])\n"))
            .run();
    }
    let good = sb.vault_bytes();
    let mut bad = good.clone();
    let middle = bad.len() / 2;
    bad[middle] ^= 0x04;
    std::fs::write(sb.vault(), &bad).unwrap();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["vault"]);
    assert!(status_of(&checks, "vault").1.contains("is corrupted"), "{checks:#?}");
    assert_eq!(status_of(&checks, "labels").0, "skip");
    assert_eq!(sb.vault_bytes(), bad, "doctor never writes");

    std::fs::remove_file(sb.vault()).unwrap();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["vault file", "vault"]);
    assert!(status_of(&checks, "vault").1.contains("there is no vault at"));
}

#[test]
fn broken_labels_and_a_stale_catalog_fail() {
    let sb = Sandbox::new();
    sb.create("s", "one");
    sb.case(&["put-version", "s", "--value", "two"]).stderr("s: new version [..] [AWSCURRENT]\n").run();
    let Some(plain) = sb.plaintext() else { return };
    // AWSCURRENT on both versions: the record says so, the catalog line does not.
    let text = String::from_utf8(plain.clone()).unwrap();
    let edited = text.replacen("\"stages\":[\"AWSPREVIOUS\"]", "\"stages\":[\"AWSCURRENT\" ]", 1);
    assert_ne!(edited, text);
    assert_eq!(edited.len(), text.len());
    sb.seal(edited.as_bytes());
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["labels", "catalog"]);
    assert!(status_of(&checks, "labels").1.starts_with("s: AWSCURRENT is on versions "), "{checks:#?}");
    assert!(
        status_of(&checks, "catalog").1.contains("the catalog line of s disagrees with its record (stages)"),
        "{checks:#?}"
    );
    // Only the catalog: a description that differs from the record's.
    sb.seal(&plain);
    sb.case(&["update", "s", "--description", "aaaa"]).stderr("s: description updated\n").run();
    let text = String::from_utf8(sb.plaintext().unwrap()).unwrap();
    let edited = text.replacen("\"description\":\"aaaa\"", "\"description\":\"bbbb\"", 1);
    sb.seal(edited.as_bytes());
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["catalog"]);
    assert_eq!(status_of(&checks, "catalog").1, "the catalog line of s disagrees with its record (description)");
}

#[test]
fn unreachable_region_and_failed_replica_fail() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let backup = sb.home().join("backup.age");
    std::fs::write(sb.config(), format!("[regions.backup]\nvault = \"{}\"\n", backup.display())).unwrap();
    chmod(&sb.config(), 0o600);
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["region backup"]);
    assert!(status_of(&checks, "region backup").1.contains("there is no vault at"), "{checks:#?}");
    // A region that opens: a copy of the vault, readable with the same identity.
    std::fs::copy(sb.vault(), &backup).unwrap();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "{checks:#?}");
    assert_eq!(status_of(&checks, "region backup").1, format!("{} opens (1 secret(s))", backup.display()));
    // A replica whose last push failed.
    let edited = sb.edit_vault(|doc| {
        let s = doc.get_mut("s").unwrap().unwrap();
        let failed = serde_json::json!({"region": "backup", "status": "Failed", "message": "unreachable"});
        s.replicas.push(serde_json::from_value(failed).unwrap());
    });
    if edited.is_none() {
        return;
    }
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["replication"]);
    assert_eq!(status_of(&checks, "replication").1, "s → backup: Failed (unreachable); run `sealbox sync`");
    sb.edit_vault(|doc| {
        doc.get_mut("s").unwrap().unwrap().replicas[0].status = sealbox::vault::model::ReplicationStatus::InSync;
    });
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0);
    assert_eq!(status_of(&checks, "replication").1, "1 replica(s) in sync");
}

#[test]
fn overdue_rotation_fails_and_deletions_are_listed() {
    let sb = Sandbox::new();
    sb.create("db", "v");
    sb.create("old", "v");
    let Some(()) = sb.edit_vault(|doc| {
        let s = doc.get_mut("db").unwrap().unwrap();
        s.rotation.enabled = true;
        s.rotation.every_days = Some(30);
        s.rotation.next_rotation = Some("2030-01-01T00:00:00Z".parse().unwrap());
    }) else {
        return;
    };
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "{checks:#?}");
    assert_eq!(status_of(&checks, "rotation").1, "none overdue (1 with rotation enabled)");
    let later = [("SEALBOX_NOW", "2030-01-02T00:00:00Z")];
    run_doctor(&sb, &["doctor"], &later)
        .status(1)
        .stdout(
            "✓ identity file: [HOME]/.config/sealbox/identity.txt is mode 0600\n\
             ✓ identity directory: [HOME]/.config/sealbox is mode 0700\n\
             ✓ vault file: [HOME]/.local/share/sealbox/vault.age is mode 0600\n\
             ✓ vault directory: [HOME]/.local/share/sealbox is mode 0700\n\
             ✓ config file: [HOME]/.config/sealbox/config.toml (absent: defaults apply)\n\
             ✓ audit log file: [HOME]/.local/state/sealbox/audit.jsonl is mode 0600\n\
             ✓ identity: loads: age1[..]\n\
             ✓ agent: not running (the identity is read from its file)\n\
             ✓ vault: [HOME]/.local/share/sealbox/vault.age decrypts; 2 secret(s), vault id [..]\n\
             ✓ trust: the vault this machine knows, generation 3\n\
             ✓ secrets: all 2 decode (2 versions)\n\
             ✓ labels: each label on at most one version; AWSCURRENT on exactly one\n\
             ✓ catalog: agrees with the records\n\
             ! recipients: one recipient: back up [HOME]/.config/sealbox/identity.txt (losing it loses this vault), or add a second key with `sealbox recipients add`\n\
             ✓ replication: no replicas\n\
             ✓ audit: [HOME]/.local/state/sealbox/audit.jsonl: 2 line(s), chain intact (2 verified with the vault key)\n\
             ✗ rotation: overdue: db (due 2030-01-01); run `sealbox rotate --due`\n\
             ✓ rotation unlock: `rotate --due` can run unattended: the identity needs no passphrase\n\
             ✓ deletion: no secret scheduled for deletion\n",
        )
        .stderr(
            "sealbox: error: 1 check(s) failed: rotation\n\
             sealbox: hint: fix the ✗ lines above (`sealbox doctor -o json` lists them for scripts)\n",
        )
        .run();
    sb.case(&["delete", "old", "--recovery-window-days", "7"])
        .envs(&[("SEALBOX_NOW", "2029-01-01T00:00:00Z")])
        .stderr("old is scheduled for deletion on 2029-01-08T00:00:00Z; `sealbox restore old` cancels it\n")
        .run();
    let r = run_doctor(&sb, &["doctor"], &[("SEALBOX_NOW", "2029-01-02T00:00:00Z")])
        .stdout(
            "✓ identity file: [HOME]/.config/sealbox/identity.txt is mode 0600\n\
             ✓ identity directory: [HOME]/.config/sealbox is mode 0700\n\
             ✓ vault file: [HOME]/.local/share/sealbox/vault.age is mode 0600\n\
             ✓ vault directory: [HOME]/.local/share/sealbox is mode 0700\n\
             ✓ config file: [HOME]/.config/sealbox/config.toml (absent: defaults apply)\n\
             ✓ audit log file: [HOME]/.local/state/sealbox/audit.jsonl is mode 0600\n\
             ✓ identity: loads: age1[..]\n\
             ✓ agent: not running (the identity is read from its file)\n\
             ✓ vault: [HOME]/.local/share/sealbox/vault.age decrypts; 2 secret(s), vault id [..]\n\
             ✓ trust: the vault this machine knows, generation 4\n\
             ✓ secrets: all 2 decode (2 versions)\n\
             ✓ labels: each label on at most one version; AWSCURRENT on exactly one\n\
             ✓ catalog: agrees with the records\n\
             ! recipients: one recipient: back up [HOME]/.config/sealbox/identity.txt (losing it loses this vault), or add a second key with `sealbox recipients add`\n\
             ✓ replication: no replicas\n\
             ✓ audit: [HOME]/.local/state/sealbox/audit.jsonl: 4 line(s), chain intact (4 verified with the vault key)\n\
             ✓ rotation: none overdue (1 with rotation enabled)\n\
             ✓ rotation unlock: `rotate --due` can run unattended: the identity needs no passphrase\n\
             ! deletion: pending deletion: old (purged after 2029-01-08); `sealbox restore NAME` cancels\n",
        )
        .run();
    assert!(
        r.stdout_text()
            .contains("! deletion: pending deletion: old (purged after 2029-01-08); `sealbox restore NAME` cancels\n"),
        "{}",
        r.stdout_text()
    );
    let r = run_doctor(&sb, &["doctor"], &[("SEALBOX_NOW", "2029-02-01T00:00:00Z")])
        .stdout(
            "✓ identity file: [HOME]/.config/sealbox/identity.txt is mode 0600\n\
             ✓ identity directory: [HOME]/.config/sealbox is mode 0700\n\
             ✓ vault file: [HOME]/.local/share/sealbox/vault.age is mode 0600\n\
             ✓ vault directory: [HOME]/.local/share/sealbox is mode 0700\n\
             ✓ config file: [HOME]/.config/sealbox/config.toml (absent: defaults apply)\n\
             ✓ audit log file: [HOME]/.local/state/sealbox/audit.jsonl is mode 0600\n\
             ✓ identity: loads: age1[..]\n\
             ✓ agent: not running (the identity is read from its file)\n\
             ✓ vault: [HOME]/.local/share/sealbox/vault.age decrypts; 2 secret(s), vault id [..]\n\
             ✓ trust: the vault this machine knows, generation 4\n\
             ✓ secrets: all 2 decode (2 versions)\n\
             ✓ labels: each label on at most one version; AWSCURRENT on exactly one\n\
             ✓ catalog: agrees with the records\n\
             ! recipients: one recipient: back up [HOME]/.config/sealbox/identity.txt (losing it loses this vault), or add a second key with `sealbox recipients add`\n\
             ✓ replication: no replicas\n\
             ✓ audit: [HOME]/.local/state/sealbox/audit.jsonl: 4 line(s), chain intact (4 verified with the vault key)\n\
             ✓ rotation: none overdue (1 with rotation enabled)\n\
             ✓ rotation unlock: `rotate --due` can run unattended: the identity needs no passphrase\n\
             ! deletion: past the recovery window, awaiting purge: old; run `sealbox purge`\n",
        )
        .run();
    assert!(
        r.stdout_text().contains("! deletion: past the recovery window, awaiting purge: old; run `sealbox purge`\n"),
        "{}",
        r.stdout_text()
    );
}

#[test]
fn symlinked_vault_in_a_world_writable_directory_fails() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let shared = sb.home().join("shared");
    std::fs::create_dir(&shared).unwrap();
    chmod(&shared, 0o777);
    let link = shared.join("vault.age");
    std::os::unix::fs::symlink(sb.vault(), &link).unwrap();
    let (code, checks) = doctor(&sb, &["--vault", link.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(status_of(&checks, "vault file").0, "fail");
    assert!(status_of(&checks, "vault file").1.contains("is a symlink in"), "{checks:#?}");
    assert_eq!(status_of(&checks, "vault").0, "fail");
}

#[test]
fn a_replica_that_drifted_from_its_primary_fails() {
    let sb = Sandbox::new();
    sb.create("s", "v1");
    let region = sb.home().join("backup/vault.age");
    let r = region.to_str().unwrap();
    sb.case(&["region", "add", "backup", "--vault", r])
        .stderr("created the vault [HOME]/backup/vault.age for region backup\n")
        .run();
    sb.case(&["replicate", "s", "--to", "backup"]).stderr("replicated s to region backup\n").run();
    sb.case(&["put-version", "s", "--value", "v2"]).stderr("s: new version [..] [AWSCURRENT]\n").run();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "{checks:#?}");
    assert_eq!(status_of(&checks, "replication").1, "1 replica(s) in sync");
    assert_eq!(status_of(&checks, "region backup"), ("ok", format!("{r} opens (1 secret(s))").as_str()));
    // Someone changes the region's copy behind the primary's back.
    sb.case(&["--vault", r, "promote", "s"])
        .stderr(
            "s is now a standalone, writable secret; its primary (region local) stops pushing to it at its next sync\n",
        )
        .run();
    sb.case(&["--vault", r, "put-version", "s", "--value", "v3"]).stderr("s: new version [..] [AWSCURRENT]\n").run();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["replication"]);
    assert_eq!(
        status_of(&checks, "replication").1,
        "s → backup: the region's copy has other versions or labels than the primary; run `sealbox sync`"
    );
    // The region's vault gone: the region check and the replica both fail.
    std::fs::remove_file(&region).unwrap();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    // The lines that `--vault REGION` commands wrote can't be checked while the region is
    // gone: a warning, not a broken log (`audit verify` still exits 1 and says why).
    only_failures(&checks, &["region backup", "replication"]);
    assert_eq!(status_of(&checks, "audit").0, "warn");
    assert!(status_of(&checks, "replication").1.contains("the region can't be opened"));
}

/// A region's vault put back to an older copy: doctor names the rollback, and its advice
/// is the command that fixes it (`trust --vault`), not `sync` (refused until then).
#[test]
fn a_rolled_back_region_is_reported_with_trust_as_the_fix() {
    let sb = Sandbox::new();
    let region = sb.home().join("ci.age");
    let r = region.to_str().unwrap();
    sb.case(&["region", "add", "ci", "--vault", r]).stderr("created the vault [HOME]/ci.age for region ci\n").run();
    sb.create("app/x", "tok");
    sb.case(&["replicate", "app/x", "--to", "ci"]).stderr("replicated app/x to region ci\n").run();
    let backup = std::fs::read(&region).unwrap();
    sb.case(&["put-version", "app/x", "--value", "tok2"]).stderr("app/x: new version [..] [AWSCURRENT]\n").run();
    std::fs::write(&region, &backup).unwrap();
    let rolled_back = format!(
        "{r} is generation 2, but this machine has seen generation 3: the region's vault was rolled back; `sealbox trust --vault {r}` accepts it if you restored it on purpose"
    );
    let hint = format!(
        "`sealbox trust --vault {r}` accepts a rolled-back region's vault if you restored it on purpose (`sealbox sync` is refused until then), then `sealbox sync`"
    );
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 1);
    only_failures(&checks, &["region ci", "replication"]);
    assert_eq!(status_of(&checks, "region ci").1, rolled_back);
    assert_eq!(
        status_of(&checks, "replication").1,
        format!(
            "app/x → ci: the region's copy has other versions or labels than the primary (the region's vault was rolled back); {hint}"
        )
    );
    // The next push is refused and recorded as Failed: still the same advice.
    sb.case(&["put-version", "app/x", "--value", "tok3"])
        .stderr("sealbox: warning: secret app/x was not replicated to region ci: the vault [HOME]/ci.age was rolled back: it is generation 2, but this machine has seen generation 3; `sealbox trust --vault [HOME]/ci.age` accepts it if you restored it on purpose, then `sealbox sync app/x` retries\napp/x: new version [..] [AWSCURRENT]\n")
        .run();
    let (_, checks) = doctor(&sb, &[]);
    assert_eq!(
        status_of(&checks, "replication").1,
        format!(
            "app/x → ci: Failed (the vault {r} was rolled back: it is generation 2, but this machine has seen generation 3); {hint}"
        )
    );
    sb.case(&["trust", "--vault", r])
        .stderr("trusted [HOME]/ci.age as it is now (vault [..], generation 2): this machine takes it as the current vault\n")
        .run();
    sb.case(&["sync"]).stdout_any("the sync table").stderr_any("the sync summary").run();
    let (code, checks) = doctor(&sb, &[]);
    assert_eq!(code, 0, "{checks:#?}");
    assert_eq!(status_of(&checks, "region ci"), ("ok", format!("{r} opens (1 secret(s))").as_str()));
}
