//! Replication to regions: region vaults with their own recipients, pushes after every
//! primary change, failures that never fail the primary, collisions, promote, remove.

use std::path::{Path, PathBuf};

use serde_json::Value;

use crate::support::*;

/// A region vault path under the sandbox.
fn region_path(sb: &Sandbox, name: &str) -> PathBuf {
    sb.home().join(format!("regions/{name}/vault.age"))
}

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// Run a command against another vault (and optionally another identity).
fn at<'a>(sb: &'a Sandbox, vault: &Path, args: &[&str]) -> Case<'a> {
    let mut a = vec!["--vault", s(vault)];
    a.extend_from_slice(args);
    sb.case(&a)
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
    sb.case(&["region", "add", name, "--vault", s(&path)])
        .stderr(format!("created the vault [HOME]/regions/{name}/vault.age for region {name}\n"))
        .run();
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
    sb.case(&["region", "add", "ci", "--vault", s(&path), "--recipient", &ci_key])
        .stderr("created the vault [HOME]/regions/ci/vault.age for region ci\n")
        .run();
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

    sb.case(&["replicate", "app/db/password", "--to", "ci"]).stderr("replicated app/db/password to region ci\n").run();
    assert_eq!(status(&sb, "app/db/password", "ci")["Status"], "InSync");
    // The CI identity reads the region with its own key only…
    sb.case(&["--identity", s(&ci_id), "--vault", s(&path), "get", "app/db/password"]).stdout("hunter2").run();
    // …and can't read the primary, which it is not a recipient of.
    sb.case(&["--identity", s(&ci_id), "get", "app/db/password"]).status(6).stderr(not_a_recipient("[HOME]")).run();
    let replica = at_json(&sb, &path, &["describe", "app/db/password"]);
    assert_eq!(replica["PrimaryRegion"], "local");
    assert!(replica["ARN"].as_str().unwrap().starts_with("arn:sealbox:ci:"), "{replica}");
    assert!(replica.get("ReplicationStatus").is_none());
    at(&sb, &path, &["describe", "app/db/password"])
        .stdout(
            "Name                                          app/db/password\n\
             ARN                                           arn:sealbox:ci:[..]:secret:app/db/password-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      disabled\n\
             Primary region                                local (read-only replica of vault [..])\n\
             Tags                                          -\n\
             Version [..]  AWSCURRENT\n",
        )
        .run();
    let text = at(&sb, &path, &["describe", "app/db/password"])
        .stdout(
            "Name                                          app/db/password\n\
             ARN                                           arn:sealbox:ci:[..]:secret:app/db/password-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      disabled\n\
             Primary region                                local (read-only replica of vault [..])\n\
             Tags                                          -\n\
             Version [..]  AWSCURRENT\n",
        )
        .run()
        .stdout_text();
    assert!(text.contains("Primary region"), "{text}");
    assert!(text.contains("local (read-only replica of vault"), "{text}");
}

#[test]
fn three_vaults_with_different_recipients() {
    let sb = Sandbox::new();
    let (ci_id, ci_key) = other_identity(&sb, "ci");
    let backup = add_region(&sb, "backup");
    let ci = region_path(&sb, "ci");
    sb.case(&["region", "add", "ci", "--vault", s(&ci), "--recipient", &ci_key])
        .stderr("created the vault [HOME]/regions/ci/vault.age for region ci\n")
        .run();
    sb.create("app/key", "v1");
    sb.case(&["replicate", "app/key", "--to", "backup", "ci"])
        .stderr(
            "replicated app/key to region backup\n\
             replicated app/key to region ci\n",
        )
        .run();
    sb.case(&["put-version", "app/key"]).stdin(b"v2").stderr("app/key: new version [..] [AWSCURRENT]\n").run();
    for region in [&backup, &ci] {
        at(&sb, region, &["get", "app/key"]).stdout("v2").run();
    }
    sb.case(&["--identity", s(&ci_id), "--vault", s(&ci), "get", "app/key"]).stdout("v2").run();
    sb.case(&["--identity", s(&ci_id), "--vault", s(&backup), "get", "app/key"])
        .status(6)
        .stderr(
            "sealbox: error: this identity can't open [HOME]/regions/backup/vault.age: it is not one of the vault's recipients\n\
             sealbox: hint: pass the right key with --identity, or ask someone who can open it to run `sealbox recipients add`; if this identity opened it before, its age header is damaged: restore it from a backup or a region\n",
        )
        .run();
    let list = sb.json(&["region", "list"]);
    let names: Vec<&str> = list["Regions"].as_array().unwrap().iter().map(|r| r["Region"].as_str().unwrap()).collect();
    assert_eq!(names, ["backup", "ci"]);
    for r in list["Regions"].as_array().unwrap() {
        assert_eq!(r["Replicas"], 1);
    }
    let table = sb
        .case(&["region", "list"])
        .stdout(
            "REGION  VAULT                                              REACHABLE  REPLICAS  PREFIXES  RECIPIENTS\n\
             backup  [HOME]/regions/backup/vault.age  yes        1         -         age1[..]\n\
             ci      [HOME]/regions/ci/vault.age      yes        1         -         age1[..] age1[..]\n",
        )
        .run()
        .stdout_text();
    assert!(table.starts_with("REGION  VAULT"), "{table}");
    assert!(table.contains("backup") && table.contains("yes"), "{table}");
}

#[test]
fn every_change_to_the_primary_is_pushed() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    let same = |what: &str| {
        let p = sb.json(&["describe", "app/db"]);
        let r = at_json(&sb, &backup, &["describe", "app/db"]);
        for field in ["VersionIdsToStages", "Tags", "Description", "LastChangedDate", "CreatedDate"] {
            assert_eq!(p.get(field), r.get(field), "after {what}: {field} differs");
        }
        assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync", "after {what}");
    };
    let v2 = sb.json(&["put-version", "app/db", "--value", "two"])["VersionId"].as_str().unwrap().to_string();
    at(&sb, &backup, &["get", "app/db"]).stdout("two").run();
    at(&sb, &backup, &["get", "app/db", "--stage", "AWSPREVIOUS"]).stdout("one").run();
    same("put-version");
    let v3 = sb.json(&["put-version", "app/db", "--value", "three", "--stage", "AWSPENDING"])["VersionId"]
        .as_str()
        .unwrap()
        .to_string();
    at(&sb, &backup, &["get", "app/db", "--stage", "AWSPENDING"]).stdout("three").run();
    sb.case(&["stage", "app/db", "AWSCURRENT", "--to", &v3, "--from", &v2])
        .stderr("app/db: AWSCURRENT is on version [..]\n")
        .run();
    at(&sb, &backup, &["get", "app/db"]).stdout("three").run();
    same("stage");
    sb.case(&["tag", "app/db", "team=payments", "env=prod"]).stderr("app/db: tags team=payments, env=prod\n").run();
    same("tag");
    sb.case(&["untag", "app/db", "env"]).stderr("app/db: tags team=payments\n").run();
    let tags = at_json(&sb, &backup, &["describe", "app/db"])["Tags"].clone();
    assert_eq!(tags, serde_json::json!([{"Key": "team", "Value": "payments"}]));
    same("untag");
    sb.case(&["update", "app/db", "--description", "the db"]).stderr("app/db: description updated\n").run();
    assert_eq!(at_json(&sb, &backup, &["describe", "app/db"])["Description"], "the db");
    same("update");
    // Every version is carried, deprecated ones too.
    // (LastAccessedDate is each vault's own: the primary's reads are not the replica's.)
    let without_reads = |mut v: serde_json::Value| {
        for version in v["Versions"].as_array_mut().unwrap() {
            version.as_object_mut().unwrap().remove("LastAccessedDate");
        }
        v["Versions"].clone()
    };
    let p = sb.json(&["versions", "app/db", "--include-deprecated"]);
    let r = at_json(&sb, &backup, &["versions", "app/db", "--include-deprecated"]);
    assert_eq!(without_reads(p), without_reads(r));
}

#[test]
fn writes_to_a_replica_fail_with_exit_5_naming_the_primary() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
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
        at(&sb, &backup, &args)
            .status(5)
            .stderr(
                "sealbox: error: secret app/db is a read-only replica; its primary is in region local (vault [..])\n\
                 sealbox: hint: change it in the primary vault, or run `sealbox promote app/db` against this vault to make it standalone\n",
            )
            .run();
    }
    assert_eq!(std::fs::read(&backup).unwrap(), before, "a refused write changed the region vault");
    // Reading works.
    at(&sb, &backup, &["get", "app/db"]).stdout("one").run();
}

#[test]
fn a_primary_with_replicas_cant_be_deleted_until_they_are_removed() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    let ci = add_region(&sb, "ci");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup", "ci"])
        .stderr(
            "replicated app/db to region backup\n\
             replicated app/db to region ci\n",
        )
        .run();
    let before = sb.vault_bytes();
    sb.case(&["delete", "app/db"])
        .status(5)
        .stderr(
            "sealbox: error: secret app/db has replicas in backup, ci: remove them first\n\
             sealbox: hint: sealbox replicate app/db --remove backup ci\n",
        )
        .run();
    sb.case(&["delete", "app/db", "--force-delete-without-recovery"])
        .status(5)
        .stderr(
            "sealbox: error: secret app/db has replicas in backup, ci: remove them first\n\
             sealbox: hint: sealbox replicate app/db --remove backup ci\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
    sb.case(&["region", "remove", "backup"])
        .status(5)
        .stderr(
            "sealbox: error: region backup still holds replicas of 1 secret(s): app/db\n\
             sealbox: hint: remove them first: sealbox replicate app/db --remove backup\n",
        )
        .run();

    sb.case(&["replicate", "app/db", "--remove", "backup"])
        .stderr("deleted the replica of app/db in region backup\n")
        .run();
    at(&sb, &backup, &["get", "app/db"]).status(3).stderr(not_found("app/db")).run();
    at(&sb, &ci, &["get", "app/db"]).stdout("one").run();
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["ReplicationStatus"].as_array().unwrap().len(), 1);
    sb.case(&["replicate", "app/db", "--remove", "backup"])
        .status(3)
        .stderr(
            "sealbox: error: secret app/db has no replica in backup\n\
             sealbox: hint: see `sealbox describe app/db`\n",
        )
        .run();
    sb.case(&["region", "remove", "backup"])
        .stderr("removed region backup from the config (its vault file is left as it is)\n")
        .run();
    assert!(!std::fs::read_to_string(sb.config()).unwrap().contains("backup"));
    assert!(backup.exists(), "region remove must leave the region's vault file alone");

    sb.case(&["replicate", "app/db", "--remove", "ci"]).stderr("deleted the replica of app/db in region ci\n").run();
    sb.case(&["delete", "app/db"])
        .stderr("app/db is scheduled for deletion on [..]; `sealbox restore app/db` cancels it\n")
        .run();
    sb.case(&["restore", "app/db"]).stderr("app/db restored\n").run();
    // A scheduled secret can't be replicated (AWS: marked for deletion).
    sb.case(&["delete", "app/db"])
        .stderr("app/db is scheduled for deletion on [..]; `sealbox restore app/db` cancels it\n")
        .run();
    sb.case(&["replicate", "app/db", "--to", "ci"])
        .status(5)
        .stderr(
            "sealbox: error: you can't perform this operation on secret app/db because it was marked for deletion\n\
             sealbox: hint: run `sealbox restore app/db` to cancel the deletion\n",
        )
        .run();
}

#[test]
fn a_missing_region_fails_the_push_not_the_command_and_sync_repairs_it() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    // The backup disk is unplugged: its directory is gone.
    let dir = backup.parent().unwrap().to_path_buf();
    let away = sb.home().join("unplugged");
    std::fs::rename(&dir, &away).unwrap();
    sb.case(&["put-version", "app/db", "--value", "two"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region backup: the region vault [HOME]/regions/backup/vault.age is unreachable: no such file; `sealbox sync app/db` retries\n\
             app/db: new version [..] [AWSCURRENT]\n",
        )
        .run();
    assert!(!dir.exists(), "a push must not create the missing region directory");
    sb.get("app/db");
    sb.case(&["get", "app/db"]).stdout("two").run();
    let st = status(&sb, "app/db", "backup");
    assert_eq!(st["Status"], "Failed");
    assert!(st["StatusMessage"].as_str().unwrap().contains("unreachable"), "{st}");
    let text = sb.case(&["describe", "app/db"])
        .stdout(
            "Name                                          app/db\n\
             ARN                                           arn:sealbox:local:[..]:secret:app/db-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      disabled\n\
             Replica backup                                Failed: the region vault [HOME]/regions/backup/vault.age is unreachable: no such file (last sync [..])\n\
             Tags                                          -\n\
             Version [..]  AWSCURRENT\n\
             Version [..]  AWSPREVIOUS\n",
        )
        .run().stdout_text();
    assert!(text.contains("Replica backup"), "{text}");
    assert!(text.contains("Failed: the region vault"), "{text}");
    let list = sb.json(&["region", "list"]);
    assert_eq!(list["Regions"][0]["Reachable"], false);
    // Still unreachable: sync reports it and exits 0.
    let out = sb.json(&["sync"]);
    assert_eq!(out["ReplicationStatus"][0]["Status"], "Failed");

    std::fs::rename(&away, &dir).unwrap();
    let table = sb
        .case(&["sync"])
        .stdout(
            "NAME    REGION  STATUS  MESSAGE\n\
             app/db  backup  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run()
        .stdout_text();
    assert_eq!(table, "NAME    REGION  STATUS  MESSAGE\napp/db  backup  InSync\n");
    at(&sb, &backup, &["get", "app/db"]).stdout("two").run();
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
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    let good = std::fs::read(&backup).unwrap();
    // Someone replaced the region's vault with one only another identity can open.
    let (_, _) = other_identity(&sb, "stranger");
    std::fs::copy(sb.home().join("stranger-own.age"), &backup).unwrap();
    let foreign = std::fs::read(&backup).unwrap();
    sb.case(&["tag", "app/db", "k=v"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region backup: this identity can't open [HOME]/regions/backup/vault.age: it is not one of the vault's recipients; `sealbox sync app/db` retries\n\
             app/db: tags k=v\n",
        )
        .run();
    assert_eq!(std::fs::read(&backup).unwrap(), foreign, "the undecryptable region vault was touched");
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "Failed");
    sb.case(&["describe", "app/db"])
        .stdout(
            "Name                                          app/db\n\
             ARN                                           arn:sealbox:local:[..]:secret:app/db-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 -\n\
             Rotation                                      disabled\n\
             Replica backup                                Failed: this identity can't open [HOME]/regions/backup/vault.age: it is not one of the vault's recipients (last sync [..])\n\
             Tags                                          k=v\n\
             Version [..]  AWSCURRENT\n",
        )
        .run();
    std::fs::write(&backup, &good).unwrap();
    sb.case(&["sync", "app/db"])
        .stdout(
            "NAME    REGION  STATUS  MESSAGE\n\
             app/db  backup  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    assert_eq!(at_json(&sb, &backup, &["describe", "app/db"])["Tags"][0]["Key"], "k");
}

#[test]
fn a_file_where_the_region_directory_should_be_fails_the_push() {
    let sb = Sandbox::new();
    let blocker = sb.home().join("blocker");
    std::fs::write(&blocker, "not a directory").unwrap();
    let path = blocker.join("vault.age");
    sb.case(&["region", "add", "odd", "--vault", s(&path)])
        .status(1)
        .stderr("sealbox: error: [HOME]/blocker is not a directory\n")
        .run();
    // Configure it by hand, as a disk that was never mounted would be.
    std::fs::write(sb.config(), format!("[regions.odd]\nvault = \"{}\"\n", path.display())).unwrap();
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "odd"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region odd: the region vault [HOME]/blocker/vault.age is unreachable: no such file; `sealbox sync app/db` retries\n",
        )
        .run();
    assert_eq!(status(&sb, "app/db", "odd")["Status"], "Failed");
    assert_eq!(std::fs::read_to_string(&blocker).unwrap(), "not a directory");
}

#[test]
fn a_name_taken_in_the_region_needs_force_overwrite() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "primary");
    at(&sb, &backup, &["create", "app/db", "--value", "theirs"]).stderr("created app/db (version [..])\n").run();
    let before = std::fs::read(&backup).unwrap();
    let out = sb.case(&["replicate", "app/db", "--to", "backup", "-o", "json"])
        .stdout(
            "{\n\
             \x20 \"ARN\": \"arn:sealbox:local:[..]:secret:app/db-[..]\",\n\
             \x20 \"ReplicationStatus\": [\n\
             \x20   {\n\
             \x20     \"Region\": \"backup\",\n\
             \x20     \"Status\": \"Failed\",\n\
             \x20     \"StatusMessage\": \"secret app/db already exists in region backup as a standalone secret; replicate with --force-overwrite to replace it\"\n\
             \x20   }\n\
             \x20 ]\n\
             }\n",
        )
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region backup: secret app/db already exists in region backup as a standalone secret; replicate with --force-overwrite to replace it; `sealbox sync app/db` retries\n",
        )
        .run();
    let v: Value = serde_json::from_slice(&out.output.stdout).unwrap();
    assert_eq!(v["ReplicationStatus"][0]["Status"], "Failed");
    assert_eq!(std::fs::read(&backup).unwrap(), before);
    at(&sb, &backup, &["get", "app/db"]).stdout("theirs").run();

    sb.case(&["replicate", "app/db", "--to", "backup", "--force-overwrite"])
        .stderr("replicated app/db to region backup\n")
        .run();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    at(&sb, &backup, &["get", "app/db"]).stdout("primary").run();
    at(&sb, &backup, &["put-version", "app/db", "--value", "x"])
        .status(5)
        .stderr(
            "sealbox: error: secret app/db is a read-only replica; its primary is in region local (vault [..])\n\
             sealbox: hint: change it in the primary vault, or run `sealbox promote app/db` against this vault to make it standalone\n",
        )
        .run();
}

#[test]
fn promote_makes_the_replica_standalone_and_the_primary_stops_pushing() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    at(&sb, &backup, &["promote", "app/db"])
        .stderr(
            "app/db is now a standalone, writable secret; its primary (region local) stops pushing to it at its next sync\n",
        )
        .run();
    assert!(at_json(&sb, &backup, &["describe", "app/db"]).get("PrimaryRegion").is_none());
    at(&sb, &backup, &["put-version", "app/db", "--value", "region-own"])
        .stderr("app/db: new version [..] [AWSCURRENT]\n")
        .run();
    at(&sb, &backup, &["promote", "app/db"])
        .status(5)
        .stderr(
            "sealbox: error: secret app/db is not a replica: nothing to promote\n\
             sealbox: hint: run `sealbox promote` against the region's vault: sealbox --vault REGION_VAULT promote NAME\n",
        )
        .run();

    // The primary's next push sees the promotion and stops.
    sb.case(&["put-version", "app/db", "--value", "two"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region backup: promoted to standalone in region backup\n\
             app/db: new version [..] [AWSCURRENT]\n",
        )
        .run();
    let st = status(&sb, "app/db", "backup");
    assert_eq!(st["Status"], "Failed");
    assert_eq!(st["StatusMessage"], "promoted to standalone in region backup");
    at(&sb, &backup, &["get", "app/db"]).stdout("region-own").run();
    let out = sb.json(&["sync"]);
    assert_eq!(out["ReplicationStatus"][0]["Status"], "Failed");
    assert!(out["ReplicationStatus"][0]["StatusMessage"].as_str().unwrap().contains("promoted to standalone"));
    let quiet =
        sb.case(&["put-version", "app/db", "--value", "three"]).stderr("app/db: new version [..] [AWSCURRENT]\n").run();
    assert!(!quiet.stderr_text().contains("warning"), "{}", quiet.stderr_text());
    at(&sb, &backup, &["get", "app/db"]).stdout("region-own").run();
    // A promoted replica does not block deleting the primary.
    sb.case(&["delete", "app/db"])
        .stderr("app/db is scheduled for deletion on [..]; `sealbox restore app/db` cancels it\n")
        .run();
    at(&sb, &backup, &["get", "app/db"]).stdout("region-own").run();
    // --remove on a promoted region leaves the standalone copy.
    sb.case(&["restore", "app/db"]).stderr("app/db restored\n").run();
    sb.case(&["replicate", "app/db", "--remove", "backup"])
        .stderr("region backup holds a promoted, standalone copy of app/db: left as it is\n")
        .run();
    at(&sb, &backup, &["get", "app/db"]).stdout("region-own").run();
}

#[test]
fn a_replicated_prefix_takes_new_secrets_along() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/prod/a", "a");
    sb.create("app/prod/b", "b");
    sb.create("app/dev/c", "c");
    sb.case(&["replicate", "--prefix", "app/prod/", "--to", "backup"])
        .stderr("replicated 2 of 2 secret(s) under \"app/prod/\" to backup; new secrets under it follow\n")
        .run();
    at(&sb, &backup, &["get", "app/prod/a"]).stdout("a").run();
    at(&sb, &backup, &["get", "app/dev/c"]).status(3).stderr(not_found("app/dev/c")).run();
    sb.create("app/prod/new", "n");
    at(&sb, &backup, &["get", "app/prod/new"]).stdout("n").run();
    assert_eq!(status(&sb, "app/prod/new", "backup")["Status"], "InSync");
    let d = sb.json(&["describe", "app/prod/new"]);
    assert_eq!(d["ReplicatedPrefixes"], serde_json::json!([{"Prefix": "app/prod/", "Regions": ["backup"]}]));
    let text = sb
        .case(&["describe", "app/prod/a"])
        .stdout(
            "Name                                          app/prod/a\n\
             ARN                                           arn:sealbox:local:[..]:secret:app/prod/a-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 -\n\
             Rotation                                      disabled\n\
             Replica backup                                InSync (last sync [..])\n\
             Replicated prefix                             app/prod/ to backup (new secrets under it follow)\n\
             Tags                                          -\n\
             Version [..]  AWSCURRENT\n",
        )
        .run()
        .stdout_text();
    assert!(text.contains("app/prod/ to backup (new secrets under it follow)"), "{text}");
    let list = sb.json(&["region", "list"]);
    assert_eq!(list["Regions"][0]["ReplicatedPrefixes"], serde_json::json!(["app/prod/"]));
    assert_eq!(list["Regions"][0]["Replicas"], 3);
    sb.case(&["region", "remove", "backup"])
        .status(5)
        .stderr(
            "sealbox: error: region backup still holds replicas of 3 secret(s): app/prod/a, app/prod/b, app/prod/new\n\
             sealbox: hint: remove them first: sealbox replicate app/prod/a --remove backup\n",
        )
        .run();
    // Removing one secret's replica is respected: its next change does not bring it back.
    sb.case(&["replicate", "app/prod/b", "--remove", "backup"])
        .stderr("deleted the replica of app/prod/b in region backup\n")
        .run();
    sb.case(&["tag", "app/prod/b", "k=v"]).stderr("app/prod/b: tags k=v\n").run();
    at(&sb, &backup, &["get", "app/prod/b"])
        .status(3)
        .stderr(
            "sealbox: error: secret app/prod/b not found\nsealbox: hint: did you mean app/prod/a or app/prod/new?\n",
        )
        .run();
    assert!(sb.json(&["describe", "app/prod/b"]).get("ReplicationStatus").is_none());

    sb.case(&["replicate", "--prefix", "app/prod/", "--remove", "backup"])
        .stderr("stopped replicating \"app/prod/\" to backup; deleted 2 replica(s)\n")
        .run();
    at(&sb, &backup, &["get", "app/prod/a"]).status(3).stderr(not_found("app/prod/a")).run();
    sb.create("app/prod/later", "l");
    at(&sb, &backup, &["get", "app/prod/later"]).status(3).stderr(not_found("app/prod/later")).run();
    sb.case(&["region", "remove", "backup"])
        .stderr("removed region backup from the config (its vault file is left as it is)\n")
        .run();
}

#[test]
fn region_and_replicate_usage_errors() {
    let sb = Sandbox::new();
    let path = region_path(&sb, "x");
    sb.case(&["region", "add", "bad name", "--vault", s(&path)])
        .status(2)
        .stderr(
            "sealbox: error: invalid region name \"bad name\": use 1-64 letters, digits, '.', '_' or '-', starting with a letter or digit\n",
        )
        .run();
    sb.case(&["region", "add", "self", "--vault", s(&sb.vault())])
        .status(2)
        .stderr(
            "sealbox: error: [HOME]/.local/share/sealbox/vault.age is the primary vault itself\n\
             sealbox: hint: a region is another vault file: a backup disk, a synced folder, a shared vault\n",
        )
        .run();
    add_region(&sb, "backup");
    sb.case(&["region", "add", "backup", "--vault", s(&path)])
        .status(4)
        .stderr(
            "sealbox: error: region backup already exists\n\
             sealbox: hint: remove it first with `sealbox region remove backup`\n",
        )
        .run();
    sb.case(&["region", "remove", "nope"])
        .status(3)
        .stderr(
            "sealbox: error: region nope is not in the config [HOME]/.config/sealbox/config.toml\n\
             sealbox: hint: see `sealbox region list`\n",
        )
        .run();
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "nope"])
        .status(2)
        .stderr(
            "sealbox: error: region nope is not in the config [HOME]/.config/sealbox/config.toml\n\
             sealbox: hint: add it with `sealbox region add nope --vault PATH` (or `--aws AWS_REGION`)\n",
        )
        .run();
    sb.case(&["replicate", "missing", "--to", "backup"]).status(3).stderr(not_found("missing")).run();
    sb.case(&["replicate", "app/db"])
        .status(2)
        .stderr(
            "error: the following required arguments were not provided:\n\
             \x20 <--to <REGION>...|--remove <REGION>...>\n\
             \n\
             Usage: sealbox replicate <NAME|--prefix <PREFIX>> <--to <REGION>...|--remove <REGION>...>\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
    sb.case(&["sync", "missing"]).status(3).stderr(not_found("missing")).run();
    sb.case(&["promote", "app/db"])
        .status(5)
        .stderr(
            "sealbox: error: secret app/db is not a replica: nothing to promote\n\
             sealbox: hint: run `sealbox promote` against the region's vault: sealbox --vault REGION_VAULT promote NAME\n",
        )
        .run();
    // An existing vault can be added as a region; --recipient adds to its recipients.
    let (_, ci_key) = other_identity(&sb, "ci");
    let existing = sb.home().join("existing.age");
    sb.case(&["--vault", s(&existing), "init", "--identity", s(&sb.identity())])
        .stderr(
            "using identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/existing.age for age1[..]\n",
        )
        .run();
    sb.case(&["region", "add", "old", "--vault", s(&existing), "--recipient", &ci_key])
        .stderr("added region old (existing vault [HOME]/existing.age)\n")
        .run();
    let list = sb.json(&["region", "list"]);
    let old = list["Regions"].as_array().unwrap().iter().find(|r| r["Region"] == "old").unwrap().clone();
    assert!(old["Recipients"].as_array().unwrap().contains(&Value::from(ci_key.as_str())), "{old}");
}

#[test]
fn concurrent_writers_on_primary_and_region() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "v0");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
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
    sb.case(&["sync"])
        .stdout(
            "NAME    REGION  STATUS  MESSAGE\n\
             app/db  backup  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    // (LastAccessedDate is each vault's own: the primary's reads are not the replica's.)
    let without_reads = |mut v: serde_json::Value| {
        for version in v["Versions"].as_array_mut().unwrap() {
            version.as_object_mut().unwrap().remove("LastAccessedDate");
        }
        v["Versions"].clone()
    };
    let p = sb.json(&["versions", "app/db", "--include-deprecated"]);
    let r = at_json(&sb, &backup, &["versions", "app/db", "--include-deprecated"]);
    assert_eq!(without_reads(p.clone()), without_reads(r));
    assert_eq!(p["Versions"].as_array().unwrap().len(), 6);
    at(&sb, &backup, &["get", "app/db"]).stdout(sb.get("app/db")).run();
    for i in 0..5 {
        at(&sb, &backup, &["get", &format!("own/{i}")]).stdout("r").run();
    }
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
}

#[test]
fn a_busy_region_fails_the_push_quickly_and_sync_retries() {
    let Some(flock) = require_tool("flock") else { return };
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
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
    sb.case(&["--lock-timeout", "0.3", "put-version", "app/db", "--value", "two"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region backup: the vault [HOME]/regions/backup/vault.age is busy: another sealbox holds its lock (held by pid [..]); `sealbox sync app/db` retries\n\
             app/db: new version [..] [AWSCURRENT]\n",
        )
        .run();
    assert!(started.elapsed() < std::time::Duration::from_secs(10));
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "Failed");
    holder.kill().unwrap();
    holder.wait().unwrap();
    sb.case(&["sync"])
        .stdout(
            "NAME    REGION  STATUS  MESSAGE\n\
             app/db  backup  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    at(&sb, &backup, &["get", "app/db"]).stdout("two").run();
}

#[test]
fn replication_operations_are_audited() {
    let sb = Sandbox::new();
    let backup = add_region(&sb, "backup");
    sb.create("app/db", "one");
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    sb.case(&["sync"])
        .stdout(
            "NAME    REGION  STATUS  MESSAGE\n\
             app/db  backup  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    sb.case(&["replicate", "app/db", "--remove", "backup"])
        .stderr("deleted the replica of app/db in region backup\n")
        .run();
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    at(&sb, &backup, &["promote", "app/db"])
        .stderr(
            "app/db is now a standalone, writable secret; its primary (region local) stops pushing to it at its next sync\n",
        )
        .run();
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
    sb.case(&["replicate", "app/db", "--to", "backup"]).stderr("replicated app/db to region backup\n").run();
    let dir = backup.parent().unwrap();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o500)).unwrap();
    let before = std::fs::read(&backup).unwrap();
    sb.case(&["put-version", "app/db", "--value", "two"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region backup: the region directory [HOME]/regions/backup is read-only; `sealbox sync app/db` retries\n\
             app/db: new version [..] [AWSCURRENT]\n",
        )
        .run();
    sb.case(&["get", "app/db"]).stdout("two").run();
    assert_eq!(std::fs::read(&backup).unwrap(), before);
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "Failed");
    // Reading the read-only region still works.
    at(&sb, &backup, &["get", "app/db"]).stdout("one").run();
    std::fs::set_permissions(dir, std::fs::Permissions::from_mode(0o700)).unwrap();
    sb.case(&["sync", "app/db"])
        .stdout(
            "NAME    REGION  STATUS  MESSAGE\n\
             app/db  backup  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    assert_eq!(status(&sb, "app/db", "backup")["Status"], "InSync");
    at(&sb, &backup, &["get", "app/db"]).stdout("two").run();
}
