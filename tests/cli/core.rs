//! The core lifecycle through the real binary: init, create, get, versions and labels,
//! deletion, every error class, and what a failed command must not do.

use std::os::unix::fs::PermissionsExt;

use serde_json::Value;

use crate::support::*;

fn current_id(sb: &Sandbox, name: &str) -> String {
    sb.json(&["get", name])["VersionId"].as_str().unwrap().to_string()
}

fn stages(sb: &Sandbox, name: &str) -> serde_json::Map<String, Value> {
    sb.json(&["describe", name])["VersionIdsToStages"].as_object().unwrap().clone()
}

// ---------- init ----------

#[test]
fn init_creates_private_identity_and_vault() {
    let sb = Sandbox::empty();
    sb.run(&["init", "--no-passphrase"]).success().stderr_has("created vault");
    for path in [sb.vault(), sb.identity()] {
        let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{}", path.display());
    }
    for dir in [sb.vault().parent().unwrap().to_path_buf(), sb.identity().parent().unwrap().to_path_buf()] {
        let mode = std::fs::metadata(&dir).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o700, "{}", dir.display());
    }
    let identity = std::fs::read_to_string(sb.identity()).unwrap();
    assert!(identity.contains("AGE-SECRET-KEY-1"));
    // Never overwrite.
    let before = sb.vault_bytes();
    sb.run(&["init", "--no-passphrase"]).fails(4, "a vault already exists");
    assert_eq!(sb.vault_bytes(), before);
    std::fs::remove_file(sb.vault()).unwrap();
    sb.run(&["init", "--no-passphrase"]).fails(4, "an identity already exists").stderr_has("--identity");
    assert_eq!(std::fs::read_to_string(sb.identity()).unwrap(), identity);
}

#[test]
fn init_without_terminal_needs_a_choice() {
    let sb = Sandbox::empty();
    sb.run(&["init"]).fails(6, "no terminal").stderr_has("--no-passphrase");
    assert!(!sb.vault().exists());
    assert!(!sb.identity().exists());
}

#[test]
fn init_with_passphrase_from_descriptor() {
    let sb = Sandbox::empty();
    let pass = sb.home().join("pass");
    std::fs::write(&pass, "correct horse\n").unwrap();
    let mut c = sb.cmd(&["init"]);
    c.env("SEALBOX_PASSPHRASE_FD", "0").stdin(std::fs::File::open(&pass).unwrap());
    Run::from(c, None).success();
    let text = std::fs::read_to_string(sb.identity()).unwrap();
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"), "{text}");
    // Without the passphrase and without a terminal: exit 6 and a hint, no hang.
    sb.run(&["list"]).fails(6, "passphrase").stderr_has("SEALBOX_PASSPHRASE_FD");
    let mut c = sb.cmd(&["create", "a", "--value", "v"]);
    c.env("SEALBOX_PASSPHRASE_FD", "3");
    let run = Run::from(c, None);
    assert_eq!(run.code(), 6, "{}", run.stderr_text());
    // With it: works; a wrong one: exit 6.
    let with_pass = |args: &[&str], file: &std::path::Path| {
        let mut c = sb.cmd(args);
        c.env("SEALBOX_PASSPHRASE_FD", "0").stdin(std::fs::File::open(file).unwrap());
        Run::from(c, None)
    };
    with_pass(&["create", "a", "--value", "v"], &pass).success();
    with_pass(&["get", "a"], &pass).success().stdout_is("v");
    let wrong = sb.home().join("wrong");
    std::fs::write(&wrong, "nope\n").unwrap();
    with_pass(&["get", "a"], &wrong).fails(6, "wrong passphrase");
}

#[test]
fn init_adopts_an_existing_identity_and_extra_recipients() {
    let other = Sandbox::new();
    let other_public = other.json(&["--vault", "x.age", "init", "--identity", other.identity().to_str().unwrap()]);
    let other_key = other_public["Recipients"][0].as_str().unwrap().to_string();
    let sb = Sandbox::empty();
    let id = sb.home().join("my-key.txt");
    std::fs::copy(other.identity(), &id).unwrap();
    std::fs::set_permissions(&id, std::fs::Permissions::from_mode(0o600)).unwrap();
    let third = Sandbox::new();
    let third_key =
        third.json(&["--vault", "y.age", "init", "--identity", third.identity().to_str().unwrap()])["Recipients"][0]
            .as_str()
            .unwrap()
            .to_string();
    let out = sb.json(&["init", "--identity", id.to_str().unwrap(), "--recipient", &third_key]);
    assert_eq!(out["Recipients"], serde_json::json!([other_key, third_key]));
    assert_eq!(out["IdentityCreated"], false);
    // The adopted identity is remembered in config.toml.
    assert!(std::fs::read_to_string(sb.config()).unwrap().contains("my-key.txt"));
    sb.create("shared", "for both");
    assert_eq!(sb.get("shared"), "for both");
    // The extra recipient can read the vault with its own identity.
    third
        .run(&[
            "--vault",
            sb.vault().to_str().unwrap(),
            "--identity",
            third.identity().to_str().unwrap(),
            "get",
            "shared",
        ])
        .success()
        .stdout_is("for both");
}

#[test]
fn init_adopts_an_openssh_key() {
    let Some(keygen) = require_tool("ssh-keygen") else { return };
    let sb = Sandbox::empty();
    let key = sb.home().join("id_ed25519");
    let st =
        std::process::Command::new(keygen).args(["-q", "-t", "ed25519", "-N", "", "-f"]).arg(&key).status().unwrap();
    assert!(st.success());
    let out = sb.json(&["init", "--identity", key.to_str().unwrap()]);
    assert!(out["Recipients"][0].as_str().unwrap().starts_with("ssh-ed25519 "));
    sb.create("k", "via ssh");
    assert_eq!(sb.get("k"), "via ssh");
}

#[test]
fn identity_readable_by_others_is_refused() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    std::fs::set_permissions(sb.identity(), std::fs::Permissions::from_mode(0o644)).unwrap();
    sb.run(&["get", "a"]).fails(6, "can be read by group or others").stderr_has("chmod 600");
}

// ---------- values ----------

#[test]
fn value_sources() {
    let sb = Sandbox::new();
    // Piped stdin loses exactly one trailing newline.
    sb.run_stdin(&["create", "piped"], b"line\n\n").success();
    sb.run(&["get", "piped"]).success().stdout_is("line\n");
    // --value-file is byte-exact, including trailing newlines.
    let f = sb.home().join("v.txt");
    std::fs::write(&f, b"exact\n").unwrap();
    sb.run(&["create", "file", "--value-file", f.to_str().unwrap()]).success();
    sb.run(&["get", "file"]).success().stdout_is("exact\n");
    sb.run_stdin(&["create", "dash", "--value-file", "-"], b"kept\n").success();
    sb.run(&["get", "dash"]).success().stdout_is("kept\n");
    // --generate with options.
    sb.run(&["create", "gen", "--generate", "--length", "20", "--exclude-punctuation"]).success();
    let g = sb.get("gen");
    assert_eq!(g.len(), 20);
    assert!(g.chars().all(|c| c.is_ascii_alphanumeric()), "{g}");
    // Options without --generate, two sources, nothing at all.
    sb.run(&["create", "bad", "--length", "20", "--value", "x"]).fails(2, "only apply with --generate");
    sb.run(&["create", "bad", "--value", "x", "--generate"]).fails(2, "cannot be used with");
    sb.run(&["create", "bad"]).fails(2, "stdin was empty");
    sb.run(&["get", "bad"]).fails(3, "secret bad not found");
}

#[test]
fn binary_values_round_trip_exactly() {
    let sb = Sandbox::new();
    let bytes: Vec<u8> = (0..=255u8).rev().collect();
    let f = sb.home().join("bin");
    std::fs::write(&f, &bytes).unwrap();
    sb.run(&["create", "bin", "--value-file", f.to_str().unwrap()]).success();
    let out = sb.run(&["get", "bin"]).success();
    assert_eq!(out.output.stdout, bytes);
    let j = sb.json(&["get", "bin"]);
    assert!(j.get("SecretString").is_none());
    use base64::Engine as _;
    let decoded = base64::engine::general_purpose::STANDARD.decode(j["SecretBinary"].as_str().unwrap()).unwrap();
    assert_eq!(decoded, bytes);
}

#[test]
fn value_limits() {
    let sb = Sandbox::new();
    let f = sb.home().join("big");
    std::fs::write(&f, vec![b'a'; 65_536]).unwrap();
    sb.run(&["create", "max", "--value-file", f.to_str().unwrap()]).success();
    assert_eq!(sb.get("max").len(), 65_536);
    std::fs::write(&f, vec![b'a'; 65_537]).unwrap();
    let before = sb.vault_bytes();
    sb.run(&["create", "over", "--value-file", f.to_str().unwrap()]).fails(2, "65536");
    sb.run(&["put-version", "max", "--value-file", f.to_str().unwrap()]).fails(2, "65536");
    std::fs::write(&f, b"").unwrap();
    sb.run(&["create", "empty", "--value-file", f.to_str().unwrap()]).fails(2, "empty");
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn names_are_validated() {
    let sb = Sandbox::new();
    let long = "n".repeat(512);
    sb.create(&long, "ok");
    sb.create("a/b_c+d=e.f@g-h", "ok");
    let too_long = "n".repeat(513);
    for bad in ["", "with space", "semi;colon", "ünï", too_long.as_str()] {
        sb.run(&["create", bad, "--value", "v"]).fails(2, "invalid secret name");
        sb.run(&["get", bad]).fails(2, "invalid secret name");
    }
}

#[test]
fn database_secrets() {
    let sb = Sandbox::new();
    sb.run_stdin(
        &[
            "create",
            "db",
            "--type",
            "database",
            "--engine",
            "postgres",
            "--host",
            "db.local",
            "--username",
            "app",
            "--dbname",
            "main",
        ],
        b"pw\"with'quotes\n",
    )
    .success();
    let v: Value = serde_json::from_str(&sb.get("db")).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"engine": "postgres", "host": "db.local", "port": 5432, "username": "app", "password": "pw\"with'quotes", "dbname": "main"})
    );
    // Key order is AWS's.
    assert!(sb.get("db").starts_with("{\"engine\":\"postgres\",\"host\""));
    sb.run(&["get", "db", "--field", "password"]).success().stdout_is("pw\"with'quotes");
    sb.run(&["get", "db", "--field", "port"]).success().stdout_is("5432");
    sb.run(&["get", "db", "--field", "nope"]).fails(3, "no field nope");
    for (engine, port) in
        [("mysql", 3306), ("oracle", 1521), ("sqlserver", 1433), ("redshift", 5439), ("mariadb", 3306)]
    {
        let name = format!("db-{engine}");
        sb.run(&[
            "create",
            &name,
            "--type",
            "database",
            "--engine",
            engine,
            "--host",
            "h",
            "--username",
            "u",
            "--generate",
        ])
        .success();
        let v: Value = serde_json::from_str(&sb.get(&name)).unwrap();
        assert_eq!(v["port"], port, "{engine}");
        assert_eq!(v["password"].as_str().unwrap().len(), 32);
    }
    sb.run(&["create", "x", "--type", "database", "--host", "h", "--username", "u", "--value", "p"])
        .fails(2, "--engine");
    sb.run(&["create", "x", "--host", "h", "--value", "p"]).fails(2, "--type database");
    sb.create("plain", "not json");
    sb.run(&["get", "plain", "--field", "password"]).fails(2, "not a JSON object");
}

// ---------- versions and labels ----------

#[test]
fn put_version_moves_labels_like_aws() {
    let sb = Sandbox::new();
    sb.create("s", "one");
    let v1 = current_id(&sb, "s");
    sb.run_stdin(&["put-version", "s"], b"two").success();
    let v2 = current_id(&sb, "s");
    assert_ne!(v1, v2);
    assert_eq!(sb.get("s"), "two");
    sb.run(&["get", "s", "--stage", "AWSPREVIOUS"]).success().stdout_is("one");
    sb.run(&["get", "s", "--version-id", &v1]).success().stdout_is("one");
    // Pending and custom labels leave AWSCURRENT alone.
    let p = sb.json(&["put-version", "s", "--value", "three", "--stage", "AWSPENDING", "--stage", "canary"]);
    assert_eq!(p["VersionStages"], serde_json::json!(["AWSPENDING", "canary"]));
    let v3 = p["VersionId"].as_str().unwrap().to_string();
    assert_eq!(sb.get("s"), "two");
    let st = stages(&sb, "s");
    assert_eq!(st[&v1], serde_json::json!(["AWSPREVIOUS"]));
    assert_eq!(st[&v2], serde_json::json!(["AWSCURRENT"]));
    assert_eq!(st[&v3], serde_json::json!(["AWSPENDING", "canary"]));
    // Disagreeing --version-id and --stage: invalid request.
    sb.run(&["get", "s", "--version-id", &v1, "--stage", "AWSCURRENT"]).fails(5, "does not carry the label");
    sb.run(&["get", "s", "--version-id", &v2, "--stage", "AWSCURRENT"]).success().stdout_is("two");
    sb.run(&["get", "s", "--stage", "nolabel"]).fails(3, "no version labelled nolabel");
    sb.run(&["get", "s", "--version-id", "00000000-0000-0000-0000-000000000000"]).fails(3, "has no version");
}

#[test]
fn stage_needs_from_when_the_label_is_elsewhere() {
    let sb = Sandbox::new();
    sb.create("s", "one");
    let v1 = current_id(&sb, "s");
    let v2 = sb.json(&["put-version", "s", "--value", "two", "--stage", "AWSPENDING"])["VersionId"]
        .as_str()
        .unwrap()
        .to_string();
    let before = sb.vault_bytes();
    sb.run(&["stage", "s", "AWSCURRENT", "--to", &v2]).fails(2, "--from must name that version").stderr_has(&v1);
    sb.run(&["stage", "s", "AWSCURRENT", "--to", &v2, "--from", &v2]).fails(2, "not attached to version");
    assert_eq!(sb.vault_bytes(), before);
    sb.run(&["stage", "s", "AWSCURRENT", "--to", &v2, "--from", &v1]).success();
    assert_eq!(sb.get("s"), "two");
    let st = stages(&sb, "s");
    assert_eq!(st[&v1], serde_json::json!(["AWSPREVIOUS"]));
    assert_eq!(st[&v2], serde_json::json!(["AWSPENDING", "AWSCURRENT"]));
    // Remove a label; AWSCURRENT can only move.
    sb.run(&["stage", "s", "AWSPENDING", "--from", &v2]).success();
    assert_eq!(stages(&sb, "s")[&v2], serde_json::json!(["AWSCURRENT"]));
    sb.run(&["stage", "s", "AWSCURRENT", "--from", &v2]).fails(2, "only moved");
    sb.run(&["stage", "s", "blue", "--to", "nope"]).fails(3, "has no version nope");
    sb.run(&["stage", "s", "blue"]).fails(2, "--to");
}

#[test]
fn token_idempotency() {
    let sb = Sandbox::new();
    let token = "0123456789abcdef0123456789abcdef";
    let c = sb.json(&["create", "s", "--value", "one", "--token", token]);
    assert_eq!(c["VersionId"], token);
    let before = sb.vault_bytes();
    // Same token and value: no change, same version id.
    assert_eq!(sb.json(&["create", "s", "--value", "one", "--token", token])["VersionId"], token);
    assert_eq!(sb.vault_bytes(), before);
    sb.run(&["create", "s", "--value", "other", "--token", token]).fails(4, "already exists");
    let t2 = "fedcba9876543210fedcba9876543210";
    assert_eq!(sb.json(&["put-version", "s", "--value", "two", "--token", t2])["VersionId"], t2);
    let before = sb.vault_bytes();
    assert_eq!(sb.json(&["put-version", "s", "--value", "two", "--token", t2])["VersionId"], t2);
    assert_eq!(sb.vault_bytes(), before);
    sb.run(&["put-version", "s", "--value", "three", "--token", t2]).fails(4, "different value");
    sb.run(&["put-version", "s", "--value", "x", "--token", "short"]).fails(2, "--token");
    assert_eq!(sb.get("s"), "two");
}

#[test]
fn deprecated_versions_are_hidden_and_capped_at_100() {
    let sb = Sandbox::new();
    sb.create("s", "v0");
    let first = current_id(&sb, "s");
    for i in 1..=101 {
        sb.run(&["put-version", "s", "--value", &format!("v{i}")]).success();
    }
    let shown = sb.json(&["versions", "s"]);
    assert_eq!(shown["Versions"].as_array().unwrap().len(), 2);
    let all = sb.json(&["versions", "s", "--include-deprecated"]);
    let all = all["Versions"].as_array().unwrap();
    assert_eq!(all.len(), 100);
    assert!(all.iter().all(|v| v["VersionId"] != first.as_str()));
    sb.run(&["get", "s", "--version-id", &first]).fails(3, "has no version");
    assert_eq!(sb.get("s"), "v101");
}

// ---------- metadata ----------

#[test]
fn describe_update_tags_list() {
    let sb = Sandbox::new();
    sb.run(&[
        "create",
        "app/prod/db",
        "--value",
        "x",
        "--description",
        "prod db",
        "--tag",
        "team=pay",
        "--tag",
        "env=prod",
    ])
    .success();
    sb.create("app/dev/db", "y");
    sb.create("other", "z");
    let d = sb.json(&["describe", "app/prod/db"]);
    assert_eq!(d["Name"], "app/prod/db");
    assert_eq!(d["Description"], "prod db");
    assert_eq!(d["Tags"], serde_json::json!([{"Key": "env", "Value": "prod"}, {"Key": "team", "Value": "pay"}]));
    assert_eq!(d["RotationEnabled"], false);
    let arn = d["ARN"].as_str().unwrap();
    assert!(arn.starts_with("arn:sealbox:local:"), "{arn}");
    let suffix = arn.rsplit('-').next().unwrap();
    assert_eq!(suffix.len(), 6);
    assert!(arn.contains(":secret:app/prod/db-"));
    sb.run(&["update", "app/prod/db", "--description", "primary"]).success();
    sb.run(&["tag", "app/prod/db", "owner=me", "env=staging"]).success();
    sb.run(&["untag", "app/prod/db", "team"]).success();
    let d = sb.json(&["describe", "app/prod/db"]);
    assert_eq!(d["Description"], "primary");
    assert_eq!(d["Tags"], serde_json::json!([{"Key": "env", "Value": "staging"}, {"Key": "owner", "Value": "me"}]));
    sb.run(&["tag", "app/prod/db", "aws:x=1"]).fails(2, "reserved");
    let tags: Vec<String> = (0..51).map(|i| format!("k{i}=v")).collect();
    let mut args = vec!["tag", "app/prod/db"];
    args.extend(tags.iter().map(String::as_str));
    sb.run(&args).fails(2, "the limit is 50");
    // list: prefix, order, JSON shape.
    let l = sb.json(&["list", "app/"]);
    let names: Vec<&str> = l["SecretList"].as_array().unwrap().iter().map(|s| s["Name"].as_str().unwrap()).collect();
    assert_eq!(names, ["app/dev/db", "app/prod/db"]);
    let entry = &l["SecretList"][1];
    assert_eq!(entry["ARN"], arn);
    assert_eq!(entry["SecretVersionsToStages"].as_object().unwrap().len(), 1);
    let all = sb.json(&["list"]);
    assert_eq!(all["SecretList"].as_array().unwrap().len(), 3);
    let text = sb.run(&["list"]).success().stdout_text();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("NAME"), "{text}");
    assert!(lines[2].starts_with("app/prod/db") && lines[2].contains("primary"), "{text}");
    assert_eq!(lines.len(), 4);
    assert_eq!(sb.json(&["list", "nothing/"])["SecretList"], serde_json::json!([]));
}

#[test]
fn generate_follows_aws_options() {
    let sb = Sandbox::new();
    let p = sb.run(&["generate"]).success().stdout_text();
    assert_eq!(p.len(), 32);
    let j = sb.json(&["generate", "--length", "64", "--exclude-characters", "abc", "--include-space"]);
    let p = j["RandomPassword"].as_str().unwrap();
    assert_eq!(p.len(), 64);
    assert!(!p.contains(['a', 'b', 'c']));
    sb.run(&["generate", "--length", "4097"]).fails(2, "outside 1..4096");
    sb.run(&["generate", "--length", "0"]).fails(2, "outside 1..4096");
    sb.run(&["generate", "--exclude-lowercase", "--exclude-uppercase", "--exclude-numbers", "--exclude-punctuation"])
        .fails(2, "excluded");
    let p = sb.run(&["generate", "--length", "1", "--no-require-each-included-type"]).success().stdout_text();
    assert_eq!(p.len(), 1);
}

// ---------- deletion ----------

#[test]
fn deletion_window_and_restore() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    sb.run(&["delete", "s", "--recovery-window-days", "6"]).fails(2, "outside 7..30");
    sb.run(&["delete", "s", "--recovery-window-days", "31"]).fails(2, "outside 7..30");
    sb.run(&["delete", "s", "--recovery-window-days", "7", "--force-delete-without-recovery"])
        .fails(2, "cannot be used");
    let d = sb.json(&["delete", "s"]);
    let deletion: jiff::Timestamp = d["DeletionDate"].as_str().unwrap().parse().unwrap();
    let days = deletion.duration_since(jiff::Timestamp::now()).as_secs_f64() / 86_400.0;
    assert!((29.99..=30.0).contains(&days), "{days}");
    let before = sb.vault_bytes();
    for args in [
        vec!["get", "s"],
        vec!["put-version", "s", "--value", "x"],
        vec!["update", "s", "--description", "x"],
        vec!["tag", "s", "a=b"],
        vec!["untag", "s", "a"],
        vec!["stage", "s", "blue", "--to", "x"],
        vec!["delete", "s"],
    ] {
        sb.run(&args).fails(5, "marked for deletion");
    }
    sb.run(&["create", "s", "--value", "new"]).fails(5, "already scheduled for deletion");
    assert_eq!(sb.vault_bytes(), before);
    let desc = sb.json(&["describe", "s"]);
    let deleted: jiff::Timestamp = desc["DeletedDate"].as_str().unwrap().parse().unwrap();
    assert!(jiff::Timestamp::now().duration_since(deleted).as_secs() < 60);
    assert_eq!(desc["DeletionDate"], d["DeletionDate"]);
    assert_eq!(sb.json(&["list"])["SecretList"], serde_json::json!([]));
    assert_eq!(sb.json(&["list", "--include-deleted"])["SecretList"][0]["Name"], "s");
    sb.run(&["restore", "s"]).success();
    assert_eq!(sb.get("s"), "v");
    sb.run(&["restore", "s"]).success().stderr_has("nothing changed");
    sb.run(&["restore", "nope"]).fails(3, "not found");
}

#[test]
fn purge_after_the_window() {
    let sb = Sandbox::new();
    sb.create("gone", "1");
    sb.create("kept", "2");
    sb.run_env(&["delete", "gone", "--recovery-window-days", "7"], &[("SEALBOX_NOW", "2026-01-01T00:00:00Z")])
        .success();
    // A write before the window ends keeps it.
    sb.run_env(&["create", "a", "--value", "1"], &[("SEALBOX_NOW", "2026-01-07T23:59:59Z")]).success();
    assert_eq!(sb.json(&["describe", "gone"])["Name"], "gone");
    // Any write after it purges.
    sb.run_env(&["create", "b", "--value", "1"], &[("SEALBOX_NOW", "2026-01-08T00:00:00Z")]).success();
    sb.run(&["describe", "gone"]).fails(3, "not found");
    sb.create("gone", "recreated");
    assert_eq!(sb.get("gone"), "recreated");
    // And so does `purge`.
    sb.run_env(&["delete", "kept", "--recovery-window-days", "7"], &[("SEALBOX_NOW", "2026-01-01T00:00:00Z")])
        .success();
    let p = sb.json_env(&["purge"], &[("SEALBOX_NOW", "2026-02-01T00:00:00Z")]);
    assert_eq!(p["Purged"], serde_json::json!(["kept"]));
}

#[test]
fn force_delete() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let arn = sb.json(&["describe", "s"])["ARN"].as_str().unwrap().to_string();
    sb.run(&["delete", "s"]).success();
    // Succeeds on a scheduled secret and on an unknown name.
    sb.run(&["delete", "s", "--force-delete-without-recovery"]).success();
    sb.run(&["delete", "never-existed", "--force-delete-without-recovery"]).success();
    sb.run(&["describe", "s"]).fails(3, "not found");
    sb.run(&["delete", "s"]).fails(3, "not found");
    // A recreated name gets a new ARN suffix.
    sb.create("s", "again");
    let arn2 = sb.json(&["describe", "s"])["ARN"].as_str().unwrap().to_string();
    assert_ne!(arn, arn2);
}

// ---------- failures leave no trace ----------

#[test]
fn failed_commands_leave_the_vault_unchanged() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let before = sb.vault_bytes();
    sb.run(&["create", "s", "--value", "dup"]).fails(4, "already exists");
    sb.run(&["put-version", "nope", "--value", "x"]).fails(3, "not found");
    sb.run(&["stage", "s", "AWSCURRENT", "--to", "nope"]).fails(3, "no version");
    sb.run(&["update", "nope", "--description", "d"]).fails(3, "not found");
    sb.run(&["tag", "s", "novalue"]).fails(2, "KEY=VALUE");
    assert_eq!(sb.vault_bytes(), before);
    let leftovers: Vec<_> = std::fs::read_dir(sb.vault().parent().unwrap())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    let mut leftovers = leftovers;
    leftovers.sort();
    assert_eq!(leftovers, ["vault.age", "vault.age.lock"]);
}

#[test]
fn wrong_identity_is_exit_6_and_the_vault_is_untouched() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let other = Sandbox::new();
    let before = sb.vault_bytes();
    let vault = sb.vault();
    let id = other.identity();
    let args = ["--vault", vault.to_str().unwrap(), "--identity", id.to_str().unwrap()];
    let mut get = args.to_vec();
    get.extend(["get", "s"]);
    sb.run(&get).fails(6, "not one of the vault's recipients");
    let mut put = args.to_vec();
    put.extend(["put-version", "s", "--value", "x"]);
    sb.run(&put).fails(6, "not one of the vault's recipients");
    assert_eq!(sb.vault_bytes(), before);
    std::fs::remove_file(sb.identity()).unwrap();
    sb.run(&["get", "s"]).fails(6, "no identity").stderr_has("sealbox init");
}

#[test]
fn truncated_or_flipped_vault_is_exit_6_and_never_overwritten() {
    let sb = Sandbox::new();
    for i in 0..250 {
        sb.run_stdin(&["create", &format!("s{i:03}"), "--value-file", "-"], &vec![b'x'; 700]).success();
    }
    let good = sb.vault_bytes();
    assert!(good.len() > 2 * 65_536, "want a multi-chunk vault, got {} bytes", good.len());
    let cuts = [good.len() - 1, good.len() - 17, 65_536 + 300, 200, 30];
    for cut in cuts {
        std::fs::write(sb.vault(), &good[..cut]).unwrap();
        for args in [&["get", "s249"][..], &["get", "s000"], &["list"], &["put-version", "s000", "--value", "y"]] {
            let r = sb.run(args);
            assert_eq!(r.code(), 6, "cut {cut} {args:?}: {}", r.stderr_text());
            assert!(r.stderr_text().contains("sealbox: error: "), "{}", r.stderr_text());
        }
        assert_eq!(sb.vault_bytes(), &good[..cut], "a damaged vault was rewritten");
    }
    for pos in [good.len() / 2, good.len() - 10, 100] {
        let mut bad = good.clone();
        bad[pos] ^= 0x01;
        std::fs::write(sb.vault(), &bad).unwrap();
        let r = sb.run(&["put-version", "s000", "--value", "y"]);
        assert_eq!(r.code(), 6, "flip at {pos}: {}", r.stderr_text());
        assert_eq!(sb.vault_bytes(), bad);
    }
    std::fs::write(sb.vault(), &good).unwrap();
    assert_eq!(sb.get("s123").len(), 700);
}

#[test]
fn concurrent_writers_lose_nothing() {
    let sb = Sandbox::new();
    let handles: Vec<_> = (0..4)
        .map(|w| {
            let cmds: Vec<std::process::Command> = (0..25)
                .map(|i| {
                    let mut c = sb.cmd(&["create", &format!("w{w}/s{i}"), "--value", &format!("{w}-{i}")]);
                    c.env("SEALBOX_LOCK_TIMEOUT", "60");
                    c
                })
                .collect();
            std::thread::spawn(move || {
                for mut c in cmds {
                    let out = c.output().unwrap();
                    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
                }
            })
        })
        .collect();
    for h in handles {
        h.join().unwrap();
    }
    let list = sb.json(&["list"]);
    assert_eq!(list["SecretList"].as_array().unwrap().len(), 100);
    for w in 0..4 {
        for i in [0, 24] {
            assert_eq!(sb.get(&format!("w{w}/s{i}")), format!("{w}-{i}"));
        }
    }
}

#[test]
fn busy_lock_is_exit_8_naming_the_holder() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let lock =
        std::fs::OpenOptions::new().write(true).open(sb.home().join(".local/share/sealbox/vault.age.lock")).unwrap();
    lock.lock().unwrap();
    std::fs::write(sb.home().join(".local/share/sealbox/vault.age.lock"), "4242").unwrap();
    let started = std::time::Instant::now();
    sb.run(&["--lock-timeout", "0.3", "put-version", "s", "--value", "x"]).fails(8, "busy").stderr_has("pid 4242");
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // Readers never wait for the lock.
    assert_eq!(sb.get("s"), "v");
    drop(lock);
    sb.run(&["put-version", "s", "--value", "x"]).success();
}

#[test]
fn broken_pipe_exits_quietly() {
    let sb = Sandbox::new();
    let f = sb.home().join("big");
    std::fs::write(&f, vec![b'z'; 60_000]).unwrap();
    sb.run(&["create", "big", "--value-file", f.to_str().unwrap()]).success();
    let script = format!("'{}' get big | head -c 1 >/dev/null; echo ${{PIPESTATUS[0]}}", env!("CARGO_BIN_EXE_sealbox"));
    let mut c = std::process::Command::new("bash");
    c.args(["-c", &script]).env("HOME", sb.home());
    let out = c.output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), "0");
    assert!(out.stderr.is_empty(), "{}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn age_cli_opens_the_vault_as_documented() {
    let Some(age) = require_tool("age") else { return };
    let sb = Sandbox::new();
    sb.run(&["create", "app/db/password", "--value", "hunter2", "--description", "the db"]).success();
    sb.run_stdin(&["put-version", "app/db/password"], b"hunter3").success();
    let out = std::process::Command::new(age).arg("-d").arg("-i").arg(sb.identity()).arg(sb.vault()).output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).unwrap();
    let mut lines = text.lines();
    let header = lines.next().unwrap();
    assert!(header.starts_with("sealbox-vault format=2 catalog="), "{header}");
    assert_eq!(header.len(), 127);
    let meta: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(meta["format"], 2);
    // init, create, put-version: three writes.
    assert_eq!(meta["generation"], 3);
    assert_eq!(meta["vault_key"].as_str().unwrap().len(), 44);
    assert_eq!(meta["vault_id"].as_str().unwrap().len(), 32);
    assert!(meta["recipients"][0].as_str().unwrap().starts_with("age1"));
    let catalog: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(catalog["name"], "app/db/password");
    assert_eq!(catalog["description"], "the db");
    let record: Value = serde_json::from_str(lines.next().unwrap()).unwrap();
    assert_eq!(record["name"], "app/db/password");
    let values: Vec<&str> =
        record["versions"].as_array().unwrap().iter().map(|v| v["value"]["string"].as_str().unwrap()).collect();
    assert_eq!(values, ["hunter2", "hunter3"]);
    assert_eq!(record["versions"][1]["stages"], serde_json::json!(["AWSCURRENT"]));
    assert!(lines.next().is_none());
}

#[test]
fn output_json_flag_is_accepted_anywhere() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    for args in
        [&["-o", "json", "get", "s"][..], &["get", "s", "-o", "json"], &["get", "--json", "s"], &["--json", "get", "s"]]
    {
        let out = sb.run(args).success();
        let v: Value = serde_json::from_slice(&out.output.stdout).unwrap();
        assert_eq!(v["SecretString"], "v");
        assert_eq!(v["VersionStages"], serde_json::json!(["AWSCURRENT"]));
    }
    sb.run(&["-q", "create", "t", "--value", "x"]).success();
    assert!(sb.run(&["-q", "put-version", "t", "--value", "y"]).success().stderr_text().is_empty());
}
