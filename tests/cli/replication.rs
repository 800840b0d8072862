//! Replication to regions: region vaults with their own recipients, pushes after every
//! primary change, failures that never fail the primary, collisions, promote, remove.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::*;

const READ_ONLY: &str = "is a read-only replica; its primary is in region local";

/// A region vault path under the sandbox.
fn region_path(sb: &Sandbox, name: &str) -> PathBuf {
    sb.home().join(format!("regions/{name}/vault.age"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Run a command against another vault (and optionally another identity).
fn at(sb: &Sandbox, vault: &Path, args: &[&str]) -> Run {
    let mut a = vec!["--vault", s(vault)];
    a.extend_from_slice(args);
    sb.run(&a)
}

fn at_json(sb: &Sandbox, vault: &Path, args: &[&str]) -> Value {
    let mut a = vec!["--vault", s(vault)];
    a.extend_from_slice(args);
    sb.json(&a)
}

/// A second identity (a CI machine's): creates `<name>.txt` and its own scratch vault;
/// returns (identity path, public key).
fn other_identity(sb: &Sandbox, name: &str) -> (PathBuf, String) {
    let id = sb.home().join(format!("{name}.txt"));
    let own = sb.home().join(format!("{name}-own.age"));
    let out = sb.json(&["--identity", s(&id), "--vault", s(&own), "init", "--no-passphrase"]);
    (id, out["Recipients"][0].as_str().unwrap().to_string())
}

fn add_region(sb: &Sandbox, name: &str) -> PathBuf {
    let path = region_path(sb, name);
    sb.run(&["region", "add", name, "--vault", s(&path)])
        .success()
        .stderr_has(&format!("created the vault {} for region {name}", path.display()));
    path
}

/// The primary's ReplicationStatus entry for `region`.
fn status(sb: &Sandbox, name: &str, region: &str) -> Value {
    let d = sb.json(&["describe", name]);
    d["ReplicationStatus"]
        .as_array()
        .unwrap_or_else(|| panic!("no ReplicationStatus: {d}"))
        .iter()
        .find(|r| r["Region"] == region)
        .cloned()
        .unwrap_or_else(|| panic!("no status for {region}: {d}"))
}

#[test]
fn region_add_creates_a_vault_that_a_ci_identity_can_read() {
    let sb = Sandbox::new();
    let (ci_id, ci_key) = other_identity(&sb, "ci");
    sb.create("app/db/password", "hunter2");
    let path = region_path(&sb, "ci");
    sb.run(&["region", "add", "ci", "--vault", s(&path), "--recipient", &ci_key]).success();
    let config = std::fs::read_to_string(sb.config()).unwrap();
    assert!(config.contains("[regions.ci]"), "{config}");
    assert!(config.contains(&ci_key), "{config}");
    let regions = sb.json(&["region", "list"]);
    let r = &regions["Regions"][0];
    assert_eq!(r["Region"], "ci");
    assert_eq!(r["Vault"], s(&path));
    assert_eq!(r["Reachable"], true);
    assert_eq!(r["Replicas"], 0);
    assert_eq!(r["Recipients"].as_array().unwrap().len(), 2);
    assert!(r["Recipients"].as_array().unwrap().contains(&Value::from(ci_key.as_str())));

    sb.run(&["replicate", "app/db/password", "--to", "ci"])
        .success()
        .stderr_has("replicated app/db/password to region ci");
    assert_eq!(status(&sb, "app/db/password", "ci")["Status"], "InSync");
    // The CI identity reads the region with its own key only…
    sb.run(&["--identity", s(&ci_id), "--vault", s(&path), "get", "app/db/password"]).success().stdout_is("hunter2");
    // …and can't read the primary, which it is not a recipient of.
    sb.run(&["--identity", s(&ci_id), "get", "app/db/password"]).fails(6, "");
    let replica = at_json(&sb, &path, &["describe", "app/db/password"]);
    assert_eq!(replica["PrimaryRegion"], "local");
    assert!(replica["ARN"].as_str().unwrap().starts_with("arn:sealbox:ci:"), "{replica}");
    assert!(replica.get("ReplicationStatus").is_none());
    at(&sb, &path, &["describe", "app/db/password"]).success();
    let text = at(&sb, &path, &["describe", "app/db/password"]).success().stdout_text();
    assert!(text.contains("Primary region"), "{text}");
    assert!(text.contains("local (read-only replica of vault"), "{text}");
}

#[test]
fn three_vaults_with_different_recipients() {
    let sb = Sandbox::new();
    let (ci_id, ci_key) = other_identity(&sb, "ci");
    let backup = add_region(&sb, "backup");
    let ci = region_path(&sb, "ci");
    sb.run(&["region", "add", "ci", "--vault", s(&ci), "--recipient", &ci_key]).success();
    sb.create("app/key", "v1");
    sb.run(&["replicate", "app/key", "--to", "backup", "ci"]).success();
    sb.run_stdin(&["put-version", "app/key"], b"v2").success();
    for region in [&backup, &ci] {
        at(&sb, region, &["get", "app/key"]).success().stdout_is("v2");
    }
    sb.run(&["--identity", s(&ci_id), "--vault", s(&ci), "get", "app/key"]).success().stdout_is("v2");
    sb.run(&["--identity", s(&ci_id), "--vault", s(&backup), "get", "app/key"]).fails(6, "");
    let list = sb.json(&["region", "list"]);
    let names: Vec<&str> = list["Regions"].as_array().unwrap().iter().map(|r| r["Region"].as_str().unwrap()).collect();
    assert_eq!(names, ["backup", "ci"]);
    for r in list["Regions"].as_array().unwrap() {
        assert_eq!(r["Replicas"], 1);
    }
    let table = sb.run(&["region", "list"]).success().stdout_text();
    assert!(table.starts_with("REGION  VAULT"), "{table}");
    assert!(table.contains("backup") && table.contains("yes"), "{table}");
}

#[test]
fn every_change_to_the_primary_is_pushed() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    let same = |what: &str| {
        let p = sb.json(&["describe", "app/db"]);
        let r = at_json(&sb, &backup, &["describe", "app/db"]);
        for field in ["VersionIdsToStages", "Tags", "Description", "LastChangedDate", "CreatedDate"] {
            assert_eq!(p.get(field), r.get(field), "after {what}: {field} differs");
        }
        assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync", "after {what}");
    };
    let v2 = sb.json(&["put-version", "app/db", "--value", "two"])["VersionId"].as_str().unwrap().to_string();
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("two");
    at(&sb, &backup, &["get", "app/db", "--stage", "AWSPREVIOUS"]).success().stdout_is("one");
    same("put-version");
    let v3 = sb.json(&["put-version", "app/db", "--value", "three", "--stage", "AWSPENDING"])["VersionId"]
        .as_str()
        .unwrap()
        .to_string();
    at(&sb, &backup, &["get", "app/db", "--stage", "AWSPENDING"]).success().stdout_is("three");
    sb.run(&["stage", "app/db", "AWSCURRENT", "--to", &v3, "--from", &v2]).success();
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("three");
    same("stage");
    sb.run(&["tag", "app/db", "team=payments", "env=prod"]).success();
    same("tag");
    sb.run(&["untag", "app/db", "env"]).success();
    let tags = at_json(&sb, &backup, &["describe", "app/db"])["Tags"].clone();
    assert_eq!(tags, serde_json::json!([{"Key": "team", "Value": "payments"}]));
    same("untag");
    sb.run(&["update", "app/db", "--description", "the db"]).success();
    assert_eq!(at_json(&sb, &backup, &["describe", "app/db"])["Description"], "the db");
    same("update");
    // Every version is carried, deprecated ones too.
    let p = sb.json(&["versions", "app/db", "--include-deprecated"]);
    let r = at_json(&sb, &backup, &["versions", "app/db", "--include-deprecated"]);
    assert_eq!(p["Versions"], r["Versions"]);
}

#[test]
fn writes_to_a_replica_fail_with_exit_5_naming_the_primary() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    let vid = at_json(&sb, &backup, &["describe", "app/db"])["VersionIdsToStages"]
        .as_object()
        .unwrap()
        .keys()
        .next()
        .unwrap()
        .clone();
    let before = std::fs::read(&backup).unwrap();
    for args in [
        vec!["put-version", "app/db", "--value", "x"],
        vec!["stage", "app/db", "MINE", "--to", &vid],
        vec!["tag", "app/db", "a=b"],
        vec!["untag", "app/db", "a"],
        vec!["update", "app/db", "--description", "d"],
        vec!["delete", "app/db"],
        vec!["delete", "app/db", "--force-delete-without-recovery"],
        vec!["restore", "app/db"],
    ] {
        at(&sb, &backup, &args).fails(5, READ_ONLY);
    }
    assert_eq!(std::fs::read(&backup).unwrap(), before, "a refused write changed the region vault");
    // Reading works.
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("one");
}

#[test]
fn a_primary_with_replicas_cant_be_deleted_until_they_are_removed() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    let ci = add_region(&sb, "ci");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup", "ci"]).success();
    let before = sb.vault_bytes();
    sb.run(&["delete", "app/db"]).fails(5, "secret app/db has replicas in backup, ci: remove them first");
    sb.run(&["delete", "app/db", "--force-delete-without-recovery"]).fails(5, "has replicas in backup, ci");
    assert_eq!(sb.vault_bytes(), before);
    sb.run(&["region", "remove", "backup"]).fails(5, "region backup still holds replicas of 1 secret(s): app/db");

    sb.run(&["replicate", "app/db", "--remove", "backup"])
        .success()
        .stderr_has("deleted the replica of app/db in region backup");
    at(&sb, &backup, &["get", "app/db"]).fails(3, "app/db");
    at(&sb, &ci, &["get", "app/db"]).success().stdout_is("one");
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["ReplicationStatus"].as_array().unwrap().len(), 1);
    sb.run(&["replicate", "app/db", "--remove", "backup"]).fails(3, "secret app/db has no replica in backup");
    sb.run(&["region", "remove", "backup"]).success();
    assert!(!std::fs::read_to_string(sb.config()).unwrap().contains("backup"));
    assert!(backup.exists(), "region remove must leave the region's vault file alone");

    sb.run(&["replicate", "app/db", "--remove", "ci"]).success();
    sb.run(&["delete", "app/db"]).success();
    sb.run(&["restore", "app/db"]).success();
    // A scheduled secret can't be replicated (AWS: marked for deletion).
    sb.run(&["delete", "app/db"]).success();
    sb.run(&["replicate", "app/db", "--to", "ci"]).fails(5, "marked for deletion");
}

#[test]
fn a_missing_region_fails_the_push_not_the_command_and_sync_repairs_it() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    // The backup disk is unplugged: its directory is gone.
    let dir = backup.parent().unwrap().to_path_buf();
    let away = sb.home().join("unplugged");
    std::fs::rename(&dir, &away).unwrap();
    let run = sb.run(&["put-version", "app/db", "--value", "two"]).success();
    run.stderr_has(&format!(
        "sealbox: warning: secret app/db was not replicated to region backup: the region vault {} is unreachable: no such file; `sealbox sync app/db` retries",
        backup.display()
    ));
    assert!(!dir.exists(), "a push must not create the missing region directory");
    sb.get("app/db");
    sb.run(&["get", "app/db"]).success().stdout_is("two");
    let st = status(&sb, "app/db", "backup");
    assert_eq!(st["Status"], "Failed");
    assert!(st["StatusMessage"].as_str().unwrap().contains("unreachable"), "{st}");
    let text = sb.run(&["describe", "app/db"]).success().stdout_text();
    assert!(text.contains("Replica backup"), "{text}");
    assert!(text.contains("Failed: the region vault"), "{text}");
    let list = sb.json(&["region", "list"]);
    assert_eq!(list["Regions"][0]["Reachable"], false);
    // Still unreachable: sync reports it and exits 0.
    let out = sb.json(&["sync"]);
    assert_eq!(out["ReplicationStatus"][0]["Status"], "Failed");

    std::fs::rename(&away, &dir).unwrap();
    let table = sb.run(&["sync"]).success().stdout_text();
    assert_eq!(table, "NAME    REGION  STATUS  MESSAGE\napp/db  backup  InSync\n");
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("two");
    let st = status(&sb, "app/db", "backup");
    assert_eq!(st["Status"], "InSync");
    assert!(st.get("StatusMessage").is_none());
    assert!(st["LastSyncDate"].is_string());
}

#[test]
fn a_region_vault_the_identity_cant_decrypt_is_failed_then_repaired() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    let good = std::fs::read(&backup).unwrap();
    // Someone replaced the region's vault with one only another identity can open.
    let (_, _) = other_identity(&sb, "stranger");
    std::fs::copy(sb.home().join("stranger-own.age"), &backup).unwrap();
    let foreign = std::fs::read(&backup).unwrap();
    sb.run(&["tag", "app/db", "k=v"])
        .success()
        .stderr_has("sealbox: warning: secret app/db was not replicated to region backup:");
    assert_eq!(std::fs::read(&backup).unwrap(), foreign, "the undecryptable region vault was touched");
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "Failed");
    sb.run(&["describe", "app/db"]).success();
    std::fs::write(&backup, &good).unwrap();
    sb.run(&["sync", "app/db"]).success();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    assert_eq!(at_json(&sb, &backup, &["describe", "app/db"])["Tags"][0]["Key"], "k");
}

#[test]
fn a_file_where_the_region_directory_should_be_fails_the_push() {
    let sb = Sandbox::new();
    let blocker = sb.home().join("blocker");
    std::fs::write(&blocker, "not a directory").unwrap();
    let path = blocker.join("vault.age");
    sb.run(&["region", "add", "odd", "--vault", s(&path)]).fails(1, "");
    // Configure it by hand, as a disk that was never mounted would be.
    std::fs::write(sb.config(), format!("[regions.odd]\nvault = \"{}\"\n", path.display())).unwrap();
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "odd"]).success().stderr_has("was not replicated to region odd");
    assert_eq!(status(&sb, "app/db", "odd")["Status"], "Failed");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a directory");
}

#[test]
fn a_name_taken_in_the_region_needs_force_overwrite() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "primary");
    at(&sb, &backup, &["create", "app/db", "--value", "theirs"]).success();
    let before = std::fs::read(&backup).unwrap();
    let out = sb.run(&["replicate", "app/db", "--to", "backup", "-o", "json"]).success();
    let out = out.stderr_has("secret app/db already exists in region backup as a standalone secret; replicate with --force-overwrite to replace it");
    let v: Value = serde_json::from_slice(&out.output.stdout).unwrap();
    assert_eq!(v["ReplicationStatus"][0]["Status"], "Failed");
    assert_eq!(std::fs::read(&backup).unwrap(), before);
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("theirs");

    sb.run(&["replicate", "app/db", "--to", "backup", "--force-overwrite"]).success();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("primary");
    at(&sb, &backup, &["put-version", "app/db", "--value", "x"]).fails(5, READ_ONLY);
}

#[test]
fn promote_makes_the_replica_standalone_and_the_primary_stops_pushing() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    at(&sb, &backup, &["promote", "app/db"]).success().stderr_has("app/db is now a standalone, writable secret");
    assert!(at_json(&sb, &backup, &["describe", "app/db"]).get("PrimaryRegion").is_none());
    at(&sb, &backup, &["put-version", "app/db", "--value", "region-own"]).success();
    at(&sb, &backup, &["promote", "app/db"]).fails(5, "secret app/db is not a replica");

    // The primary's next push sees the promotion and stops.
    sb.run(&["put-version", "app/db", "--value", "two"])
        .success()
        .stderr_has("not replicated to region backup: promoted to standalone in region backup");
    let st = status(&sb, "app/db", "backup");
    assert_eq!(st["Status"], "Failed");
    assert_eq!(st["StatusMessage"], "promoted to standalone in region backup");
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("region-own");
    let out = sb.json(&["sync"]);
    assert_eq!(out["ReplicationStatus"][0]["Status"], "Failed");
    assert!(out["ReplicationStatus"][0]["StatusMessage"].as_str().unwrap().contains("promoted to standalone"));
    let quiet = sb.run(&["put-version", "app/db", "--value", "three"]).success();
    assert!(!quiet.stderr_text().contains("warning"), "{}", quiet.stderr_text());
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("region-own");
    // A promoted replica does not block deleting the primary.
    sb.run(&["delete", "app/db"]).success();
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("region-own");
    // --remove on a promoted region leaves the standalone copy.
    sb.run(&["restore", "app/db"]).success();
    sb.run(&["replicate", "app/db", "--remove", "backup"]).success();
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("region-own");
}

#[test]
fn a_replicated_prefix_takes_new_secrets_along() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/prod/a", "a");
    sb.create("app/prod/b", "b");
    sb.create("app/dev/c", "c");
    sb.run(&["replicate", "--prefix", "app/prod/", "--to", "backup"])
        .success()
        .stderr_has("replicated 2 of 2 secret(s) under \"app/prod/\" to backup; new secrets under it follow");
    at(&sb, &backup, &["get", "app/prod/a"]).success().stdout_is("a");
    at(&sb, &backup, &["get", "app/dev/c"]).fails(3, "app/dev/c");
    sb.create("app/prod/new", "n");
    at(&sb, &backup, &["get", "app/prod/new"]).success().stdout_is("n");
    assert_eq!(status(&sb, "app/prod/new", "backup")["Status"], "InSync");
    let d = sb.json(&["describe", "app/prod/new"]);
    assert_eq!(d["ReplicatedPrefixes"], serde_json::json!([{"Prefix": "app/prod/", "Regions": ["backup"]}]));
    let text = sb.run(&["describe", "app/prod/a"]).success().stdout_text();
    assert!(text.contains("app/prod/ to backup (new secrets under it follow)"), "{text}");
    let list = sb.json(&["region", "list"]);
    assert_eq!(list["Regions"][0]["ReplicatedPrefixes"], serde_json::json!(["app/prod/"]));
    assert_eq!(list["Regions"][0]["Replicas"], 3);
    sb.run(&["region", "remove", "backup"]).fails(5, "still holds replicas of 3 secret(s)");
    // Removing one secret's replica is respected: its next change does not bring it back.
    sb.run(&["replicate", "app/prod/b", "--remove", "backup"]).success();
    sb.run(&["tag", "app/prod/b", "k=v"]).success();
    at(&sb, &backup, &["get", "app/prod/b"]).fails(3, "app/prod/b");
    assert!(sb.json(&["describe", "app/prod/b"]).get("ReplicationStatus").is_none());

    sb.run(&["replicate", "--prefix", "app/prod/", "--remove", "backup"]).success();
    at(&sb, &backup, &["get", "app/prod/a"]).fails(3, "app/prod/a");
    sb.create("app/prod/later", "l");
    at(&sb, &backup, &["get", "app/prod/later"]).fails(3, "app/prod/later");
    sb.run(&["region", "remove", "backup"]).success();
}

#[test]
fn region_and_replicate_usage_errors() {
    let sb = Sandbox::new();
    let path = region_path(&sb, "x");
    sb.run(&["region", "add", "bad name", "--vault", s(&path)]).fails(2, "invalid region name");
    sb.run(&["region", "add", "self", "--vault", s(&sb.vault())]).fails(2, "is the primary vault itself");
    add_region(&sb, "backup");
    sb.run(&["region", "add", "backup", "--vault", s(&path)]).fails(4, "region backup already exists");
    sb.run(&["region", "remove", "nope"]).fails(3, "region nope is not in the config");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "nope"]).fails(2, "region nope is not in the config");
    sb.run(&["replicate", "missing", "--to", "backup"]).fails(3, "missing");
    sb.run(&["replicate", "app/db"]).fails(2, "");
    sb.run(&["sync", "missing"]).fails(3, "missing");
    sb.run(&["promote", "app/db"]).fails(5, "is not a replica");
    // An existing vault can be added as a region; --recipient adds to its recipients.
    let (_, ci_key) = other_identity(&sb, "ci");
    let existing = sb.home().join("existing.age");
    sb.run(&["--vault", s(&existing), "init", "--identity", s(&sb.identity())]).success();
    sb.run(&["region", "add", "old", "--vault", s(&existing), "--recipient", &ci_key])
        .success()
        .stderr_has("added region old (existing vault");
    let list = sb.json(&["region", "list"]);
    let old = list["Regions"].as_array().unwrap().iter().find(|r| r["Region"] == "old").unwrap().clone();
    assert!(old["Recipients"].as_array().unwrap().contains(&Value::from(ci_key.as_str())), "{old}");
}

#[test]
fn concurrent_writers_on_primary_and_region() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "v0");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    let mut children = Vec::new();
    for i in 0..5 {
        let mut c = sb.cmd(&["--lock-timeout", "30", "put-version", "app/db", "--value", &format!("p{i}")]);
        c.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
        children.push(c.spawn().unwrap());
        let mut c =
            sb.cmd(&["--lock-timeout", "30", "--vault", s(&backup), "create", &format!("own/{i}"), "--value", "r"]);
        c.stdout(std::process::Stdio::null()).stderr(std::process::Stdio::piped());
        children.push(c.spawn().unwrap());
    }
    for c in children {
        let out = c.wait_with_output().unwrap();
        assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    }
    // Any push that lost a lock race is retried by sync; the region then matches.
    sb.run(&["sync"]).success();
    let p = sb.json(&["versions", "app/db", "--include-deprecated"]);
    let r = at_json(&sb, &backup, &["versions", "app/db", "--include-deprecated"]);
    assert_eq!(p["Versions"], r["Versions"]);
    assert_eq!(p["Versions"].as_array().unwrap().len(), 6);
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is(&sb.get("app/db"));
    for i in 0..5 {
        at(&sb, &backup, &["get", &format!("own/{i}")]).success().stdout_is("r");
    }
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
}

#[test]
fn a_busy_region_fails_the_push_quickly_and_sync_retries() {
    let Some(flock) = require_tool("flock") else { return };
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    let lock = backup.with_file_name("vault.age.lock");
    let ready = sb.home().join("locked");
    // -o: the lock stays with flock itself, so killing it releases the lock.
    let mut holder = std::process::Command::new(flock)
        .arg("-o")
        .arg(&lock)
        .args(["sh", "-c", &format!("touch {} && sleep 30", ready.display())])
        .spawn()
        .unwrap();
    while !ready.exists() {
        std::thread::sleep(std::time::Duration::from_millis(10));
    }
    let started = std::time::Instant::now();
    sb.run(&["--lock-timeout", "0.3", "put-version", "app/db", "--value", "two"])
        .success()
        .stderr_has("not replicated to region backup: the vault")
        .stderr_has("is busy");
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "Failed");
    holder.kill().unwrap();
    holder.wait().unwrap();
    sb.run(&["sync"]).success();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("two");
}

#[test]
fn replication_operations_are_audited() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    sb.run(&["sync"]).success();
    sb.run(&["replicate", "app/db", "--remove", "backup"]).success();
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    at(&sb, &backup, &["promote", "app/db"]).success();
    let log = std::fs::read_to_string(sb.home().join(".local/state/sealbox/audit.jsonl")).unwrap();
    for op in ["ReplicateSecretToRegions", "SyncReplicas", "RemoveRegionsFromReplication", "StopReplicationToReplica"] {
        assert!(log.contains(op), "no {op} in the audit log:\n{log}");
    }
    assert!(!log.contains("\"one\""), "a value reached the audit log");
}

#[test]
fn a_read_only_region_directory_fails_the_push_even_for_root() {
    use std::os::unix::fs::PermissionsExt;
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.run(&["replicate", "app/db", "--to", "backup"]).success();
    let dir = backup.parent().unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let before = std::fs::read(&backup).unwrap();
    sb.run(&["put-version", "app/db", "--value", "two"]).success().stderr_has(&format!(
        "sealbox: warning: secret app/db was not replicated to region backup: the region directory {} is read-only",
        dir.display()
    ));
    sb.run(&["get", "app/db"]).success().stdout_is("two");
    assert_eq!(std::fs::read(&backup).unwrap(), before);
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "Failed");
    // Reading the read-only region still works.
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("one");
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    sb.run(&["sync", "app/db"]).success();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    at(&sb, &backup, &["get", "app/db"]).success().stdout_is("two");
}
