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
    sb.case(&["init", "--no-passphrase"])
        .stderr(
            "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
        )
        .run();
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
    sb.case(&["init", "--no-passphrase"])
        .status(4)
        .stderr(
            "sealbox: error: a vault already exists at [HOME]/.local/share/sealbox/vault.age\n\
             sealbox: hint: sealbox never overwrites a vault; pass --vault PATH to create another one\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
    std::fs::remove_file(sb.vault()).unwrap();
    // An existing identity is adopted, never overwritten: only the vault is new.
    sb.case(&["init", "--no-passphrase"])
        .stderr(
            "using the existing identity [HOME]/.config/sealbox/identity.txt (only the vault is new)\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n",
        )
        .run();
    assert_eq!(std::fs::read_to_string(sb.identity()).unwrap(), identity);
}

#[test]
fn init_without_terminal_needs_a_choice() {
    let sb = Sandbox::empty();
    sb.case(&["init"])
        .status(6)
        .stderr(
            "sealbox: error: init needs a passphrase for the new identity, and there is no terminal to ask on (or --no-input)\n\
             sealbox: hint: run it in a terminal, or pass --no-passphrase (or --identity PATH to adopt a key)\n",
        )
        .run();
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
    sb.case_cmd(c)
        .stderr(
            "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
        )
        .run();
    let text = std::fs::read_to_string(sb.identity()).unwrap();
    assert!(text.starts_with("-----BEGIN AGE ENCRYPTED FILE-----"), "{text}");
    // Without the passphrase and without a terminal: exit 6 and a hint, no hang.
    sb.case(&["list"]).status(6).stderr(NEEDS_PASSPHRASE).run();
    let mut c = sb.cmd(&["create", "a", "--value", "v"]);
    c.env("SEALBOX_PASSPHRASE_FD", "3");
    sb.case_cmd(c)
        .status(6)
        .stderr_any("descriptor 3 is whatever the test runner left open (cargo's jobserver pipe, or nothing)")
        .run();
    // With it: works; a wrong one: exit 6.
    let with_pass = |args: &[&str], file: &std::path::Path| {
        let mut c = sb.cmd(args);
        c.env("SEALBOX_PASSPHRASE_FD", "0").stdin(std::fs::File::open(file).unwrap());
        sb.case_cmd(c)
    };
    with_pass(&["create", "a", "--value", "v"], &pass).stderr("created a (version [..])\n").run();
    with_pass(&["get", "a"], &pass).stdout("v").run();
    let wrong = sb.home().join("wrong");
    std::fs::write(&wrong, "nope\n").unwrap();
    with_pass(&["get", "a"], &wrong)
        .status(6)
        .stderr(
            "sealbox: error: wrong passphrase for the identity\n\
             sealbox: hint: try again; `sealbox passwd` changes it once you are in\n",
        )
        .run();
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
        .case(&[
            "--vault",
            sb.vault().to_str().unwrap(),
            "--identity",
            third.identity().to_str().unwrap(),
            "get",
            "shared",
        ])
        .stdout("for both")
        .run();
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
    sb.case(&["get", "a"])
        .status(6)
        .stderr(
            "sealbox: error: the identity [HOME]/.config/sealbox/identity.txt can be read by group or others (mode 644)\n\
             sealbox: hint: chmod 600 [HOME]/.config/sealbox/identity.txt\n",
        )
        .run();
}

// ---------- values ----------

#[test]
fn value_sources() {
    let sb = Sandbox::new();
    // Piped stdin loses exactly one trailing newline.
    sb.case(&["create", "piped"]).stdin(b"line\n\n").stderr("created piped (version [..])\n").run();
    sb.case(&["get", "piped"]).stdout("line\n").run();
    // --value-file is byte-exact, including trailing newlines.
    let f = sb.home().join("v.txt");
    std::fs::write(&f, b"exact\n").unwrap();
    sb.case(&["create", "file", "--value-file", f.to_str().unwrap()]).stderr("created file (version [..])\n").run();
    sb.case(&["get", "file"]).stdout("exact\n").run();
    sb.case(&["create", "dash", "--value-file", "-"]).stdin(b"kept\n").stderr("created dash (version [..])\n").run();
    sb.case(&["get", "dash"]).stdout("kept\n").run();
    // --generate with options.
    sb.case(&["create", "gen", "--generate", "--length", "20", "--exclude-punctuation"])
        .stderr("created gen (version [..])\n")
        .run();
    let g = sb.get("gen");
    assert_eq!(g.len(), 20);
    assert!(g.chars().all(|c| c.is_ascii_alphanumeric()), "{g}");
    // Options without --generate, two sources, nothing at all.
    sb.case(&["create", "bad", "--length", "20", "--value", "x"])
        .status(2)
        .stderr("sealbox: error: password options (--length, --exclude-…) only apply with --generate\n")
        .run();
    sb.case(&["create", "bad", "--value", "x", "--generate"])
        .status(2)
        .stderr(
            "error: the argument '--value <STRING>' cannot be used with '--generate'\n\
             \n\
             Usage: sealbox create --value <STRING> <NAME>\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
    sb.case(&["create", "bad"])
        .status(2)
        .stderr(
            "sealbox: error: no value: stdin was empty\n\
             sealbox: hint: pass --value, --value-file PATH, --generate, or pipe the value on stdin\n",
        )
        .run();
    sb.case(&["get", "bad"]).status(3).stderr(not_found("bad")).run();
}

#[test]
fn binary_values_round_trip_exactly() {
    let sb = Sandbox::new();
    let bytes: Vec<u8> = (0..=255u8).rev().collect();
    let f = sb.home().join("bin");
    std::fs::write(&f, &bytes).unwrap();
    sb.case(&["create", "bin", "--value-file", f.to_str().unwrap()]).stderr("created bin (version [..])\n").run();
    let out = sb.case(&["get", "bin"]).stdout_any("binary, compared as bytes below").run();
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
    sb.case(&["create", "max", "--value-file", f.to_str().unwrap()]).stderr("created max (version [..])\n").run();
    assert_eq!(sb.get("max").len(), 65_536);
    std::fs::write(&f, vec![b'a'; 65_537]).unwrap();
    let before = sb.vault_bytes();
    sb.case(&["create", "over", "--value-file", f.to_str().unwrap()])
        .status(2)
        .stderr("sealbox: error: the secret value is 65537 bytes, the limit is 65536\n")
        .run();
    sb.case(&["put-version", "max", "--value-file", f.to_str().unwrap()])
        .status(2)
        .stderr("sealbox: error: the secret value is 65537 bytes, the limit is 65536\n")
        .run();
    std::fs::write(&f, b"").unwrap();
    sb.case(&["create", "empty", "--value-file", f.to_str().unwrap()])
        .status(2)
        .stderr(
            "sealbox: error: the secret value is empty\n\
             sealbox: hint: a value is 1..65536 bytes\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn names_are_validated() {
    let sb = Sandbox::new();
    let long = "n".repeat(512);
    sb.create(&long, "ok");
    sb.create("a/b_c+d=e.f@g-h", "ok");
    let too_long = "n".repeat(513);
    let hint = "sealbox: hint: names use ASCII letters, digits and /_+=.@-\n";
    for (bad, error) in [
        ("", "invalid secret name: it is empty\n".to_string()),
        ("with space", format!("invalid secret name \"with space\": character ' ' is not allowed\n{hint}")),
        ("semi;colon", format!("invalid secret name \"semi;colon\": character ';' is not allowed\n{hint}")),
        ("ünï", format!("invalid secret name \"ünï\": character 'ü' is not allowed\n{hint}")),
        (too_long.as_str(), "invalid secret name: 513 characters, the limit is 512\n".to_string()),
    ] {
        let stderr = format!("sealbox: error: {error}");
        sb.case(&["create", bad, "--value", "v"]).status(2).stderr(&stderr).run();
        sb.case(&["get", bad]).status(2).stderr(&stderr).run();
    }
}

#[test]
fn database_secrets() {
    let sb = Sandbox::new();
    sb.case(&[
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
    ])
    .stdin(b"pw\"with'quotes\n")
    .stderr("created db (version [..])\n")
    .run();
    let v: Value = serde_json::from_str(&sb.get("db")).unwrap();
    assert_eq!(
        v,
        serde_json::json!({"engine": "postgres", "host": "db.local", "port": 5432, "username": "app", "password": "pw\"with'quotes", "dbname": "main"})
    );
    // Key order is AWS's.
    assert!(sb.get("db").starts_with("{\"engine\":\"postgres\",\"host\""));
    sb.case(&["get", "db", "--field", "password"]).stdout("pw\"with'quotes").run();
    sb.case(&["get", "db", "--field", "port"]).stdout("5432").run();
    sb.case(&["get", "db", "--field", "nope"])
        .status(3)
        .stderr(
            "sealbox: error: secret db has no field nope\n\
             sealbox: hint: its fields are: engine, host, port, username, password, dbname\n",
        )
        .run();
    for (engine, port) in
        [("mysql", 3306), ("oracle", 1521), ("sqlserver", 1433), ("redshift", 5439), ("mariadb", 3306)]
    {
        let name = format!("db-{engine}");
        sb.case(&[
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
        .stderr(format!("created {name} (version [..])\n"))
        .run();
        let v: Value = serde_json::from_str(&sb.get(&name)).unwrap();
        assert_eq!(v["port"], port, "{engine}");
        assert_eq!(v["password"].as_str().unwrap().len(), 32);
    }
    sb.case(&["create", "x", "--type", "database", "--host", "h", "--username", "u", "--value", "p"])
        .status(2)
        .stderr("sealbox: error: --type database needs --engine\n")
        .run();
    sb.case(&["create", "x", "--host", "h", "--value", "p"])
        .status(2)
        .stderr("sealbox: error: --engine, --host, --port, --username and --dbname go with --type database\n")
        .run();
    sb.create("plain", "not json");
    sb.case(&["get", "plain", "--field", "password"])
        .status(2)
        .stderr("sealbox: error: secret plain is not a JSON object, so it has no field password\n")
        .run();
}

// ---------- versions and labels ----------

#[test]
fn put_version_moves_labels_like_aws() {
    let sb = Sandbox::new();
    sb.create("s", "one");
    let v1 = current_id(&sb, "s");
    sb.case(&["put-version", "s"]).stdin(b"two").stderr("s: new version [..] [AWSCURRENT]\n").run();
    let v2 = current_id(&sb, "s");
    assert_ne!(v1, v2);
    assert_eq!(sb.get("s"), "two");
    sb.case(&["get", "s", "--stage", "AWSPREVIOUS"]).stdout("one").run();
    sb.case(&["get", "s", "--version-id", &v1]).stdout("one").run();
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
    sb.case(&["get", "s", "--version-id", &v1, "--stage", "AWSCURRENT"])
        .status(5)
        .stderr(
            "sealbox: error: version [..] of secret s does not carry the label AWSCURRENT\n\
             sealbox: hint: give --version-id or --stage, or both naming the same version\n",
        )
        .run();
    sb.case(&["get", "s", "--version-id", &v2, "--stage", "AWSCURRENT"]).stdout("two").run();
    sb.case(&["get", "s", "--stage", "nolabel"])
        .status(3)
        .stderr(
            "sealbox: error: secret s has no version labelled nolabel\n\
             sealbox: hint: run `sealbox versions s`\n",
        )
        .run();
    sb.case(&["get", "s", "--version-id", "00000000-0000-0000-0000-000000000000"])
        .status(3)
        .stderr(
            "sealbox: error: secret s has no version [..]\n\
             sealbox: hint: run `sealbox versions s --include-deprecated`\n",
        )
        .run();
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
    sb.case(&["stage", "s", "AWSCURRENT", "--to", &v2])
        .status(2)
        .stderr(
            "sealbox: error: label AWSCURRENT is attached to version [..] of secret s, so --from must name that version\n\
             sealbox: hint: sealbox stage s AWSCURRENT --to [..] --from [..]\n",
        )
        .run();
    sb.case(&["stage", "s", "AWSCURRENT", "--to", &v2, "--from", &v2])
        .status(2)
        .stderr("sealbox: error: label AWSCURRENT is not attached to version [..] (--from) of secret s\n")
        .run();
    assert_eq!(sb.vault_bytes(), before);
    sb.case(&["stage", "s", "AWSCURRENT", "--to", &v2, "--from", &v1])
        .stderr("s: AWSCURRENT is on version [..]\n")
        .run();
    assert_eq!(sb.get("s"), "two");
    let st = stages(&sb, "s");
    assert_eq!(st[&v1], serde_json::json!(["AWSPREVIOUS"]));
    assert_eq!(st[&v2], serde_json::json!(["AWSPENDING", "AWSCURRENT"]));
    // Remove a label; AWSCURRENT can only move.
    sb.case(&["stage", "s", "AWSPENDING", "--from", &v2]).stderr("s: AWSPENDING is on no version\n").run();
    assert_eq!(stages(&sb, "s")[&v2], serde_json::json!(["AWSCURRENT"]));
    sb.case(&["stage", "s", "AWSCURRENT", "--from", &v2])
        .status(2)
        .stderr("sealbox: error: AWSCURRENT can't be removed from a version, only moved: add --to\n")
        .run();
    sb.case(&["stage", "s", "blue", "--to", "nope"])
        .status(3)
        .stderr(
            "sealbox: error: secret s has no version nope\n\
             sealbox: hint: run `sealbox versions s --include-deprecated`\n",
        )
        .run();
    sb.case(&["stage", "s", "blue"])
        .status(2)
        .stderr("sealbox: error: give --to VERSION_ID, --from VERSION_ID, or both\n")
        .run();
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
    sb.case(&["create", "s", "--value", "other", "--token", token])
        .status(4)
        .stderr(
            "sealbox: error: version 0123456789abcdef0123456789abcdef of secret s already exists with a different value\n",
        )
        .run();
    let t2 = "fedcba9876543210fedcba9876543210";
    assert_eq!(sb.json(&["put-version", "s", "--value", "two", "--token", t2])["VersionId"], t2);
    let before = sb.vault_bytes();
    assert_eq!(sb.json(&["put-version", "s", "--value", "two", "--token", t2])["VersionId"], t2);
    assert_eq!(sb.vault_bytes(), before);
    sb.case(&["put-version", "s", "--value", "three", "--token", t2])
        .status(4)
        .stderr(
            "sealbox: error: version fedcba9876543210fedcba9876543210 of secret s already exists with a different value\n\
             sealbox: hint: a token can only be reused with the same value; use a new --token\n",
        )
        .run();
    sb.case(&["put-version", "s", "--value", "x", "--token", "short"])
        .status(2)
        .stderr(
            "sealbox: error: invalid --token \"short\": it must be 32..64 letters, digits, - or _\n\
             sealbox: hint: a UUID works: `uuidgen`\n",
        )
        .run();
    assert_eq!(sb.get("s"), "two");
}

#[test]
fn deprecated_versions_are_hidden_and_capped_at_100() {
    let sb = Sandbox::new();
    sb.create("s", "v0");
    let first = current_id(&sb, "s");
    // Versions made in the last 24 hours are never dropped (AWS): these are a day old.
    for i in 1..=101 {
        sb.case(&["put-version", "s", "--value", &format!("v{i}")])
            .env("SEALBOX_NOW", format!("2030-01-{:02}T00:00:00Z", 2 + i / 24))
            .stderr("s: new version [..] [AWSCURRENT]\n")
            .run();
    }
    let shown = sb.json(&["versions", "s"]);
    assert_eq!(shown["Versions"].as_array().unwrap().len(), 2);
    let all = sb.json(&["versions", "s", "--include-deprecated"]);
    let all = all["Versions"].as_array().unwrap();
    assert_eq!(all.len(), 100);
    assert!(all.iter().all(|v| v["VersionId"] != first.as_str()));
    sb.case(&["get", "s", "--version-id", &first])
        .status(3)
        .stderr(
            "sealbox: error: secret s has no version [..]\n\
             sealbox: hint: run `sealbox versions s --include-deprecated`\n",
        )
        .run();
    assert_eq!(sb.get("s"), "v101");
}

// ---------- metadata ----------

#[test]
fn describe_update_tags_list() {
    let sb = Sandbox::new();
    sb.case(&[
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
    .stderr("created app/prod/db (version [..])\n")
    .run();
    sb.create("app/dev/db", "y");
    sb.create("other", "z");
    let d = sb.json(&["describe", "app/prod/db"]);
    assert_eq!(d["Name"], "app/prod/db");
    assert_eq!(d["Description"], "prod db");
    // Tags keep the order they were given in; RotationEnabled is absent until rotation is set up (AWS).
    assert_eq!(d["Tags"], serde_json::json!([{"Key": "team", "Value": "pay"}, {"Key": "env", "Value": "prod"}]));
    assert!(d.get("RotationEnabled").is_none(), "{d}");
    let arn = d["ARN"].as_str().unwrap();
    assert!(arn.starts_with("arn:sealbox:local:"), "{arn}");
    let suffix = arn.rsplit('-').next().unwrap();
    assert_eq!(suffix.len(), 6);
    assert!(arn.contains(":secret:app/prod/db-"));
    sb.case(&["update", "app/prod/db", "--description", "primary"]).stderr("app/prod/db: description updated\n").run();
    sb.case(&["tag", "app/prod/db", "owner=me", "env=staging"])
        .stderr("app/prod/db: tags team=pay, env=staging, owner=me\n")
        .run();
    sb.case(&["untag", "app/prod/db", "team"]).stderr("app/prod/db: tags env=staging, owner=me\n").run();
    let d = sb.json(&["describe", "app/prod/db"]);
    assert_eq!(d["Description"], "primary");
    assert_eq!(d["Tags"], serde_json::json!([{"Key": "env", "Value": "staging"}, {"Key": "owner", "Value": "me"}]));
    sb.case(&["tag", "app/prod/db", "aws:x=1"])
        .status(2)
        .stderr("sealbox: error: tag key \"aws:x\" uses the reserved prefix aws:\n")
        .run();
    let tags: Vec<String> = (0..51).map(|i| format!("k{i}=v")).collect();
    let mut args = vec!["tag", "app/prod/db"];
    args.extend(tags.iter().map(String::as_str));
    sb.case(&args).status(2).stderr("sealbox: error: secret app/prod/db would have 53 tags, the limit is 50\n").run();
    // list: prefix, order, JSON shape.
    let l = sb.json(&["list", "app/"]);
    let names: Vec<&str> = l["SecretList"].as_array().unwrap().iter().map(|s| s["Name"].as_str().unwrap()).collect();
    assert_eq!(names, ["app/dev/db", "app/prod/db"]);
    let entry = &l["SecretList"][1];
    assert_eq!(entry["ARN"], arn);
    assert_eq!(entry["SecretVersionsToStages"].as_object().unwrap().len(), 1);
    let all = sb.json(&["list"]);
    assert_eq!(all["SecretList"].as_array().unwrap().len(), 3);
    let text = sb
        .case(&["list"])
        .stdout(
            "NAME         DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE\n\
             app/dev/db                1         [..]  -              -              -\n\
             app/prod/db  primary      1         [..]  -              -              -\n\
             other                     1         [..]  -              -              -\n",
        )
        .run()
        .stdout_text();
    let lines: Vec<&str> = text.lines().collect();
    assert!(lines[0].starts_with("NAME"), "{text}");
    assert!(lines[2].starts_with("app/prod/db") && lines[2].contains("primary"), "{text}");
    assert_eq!(lines.len(), 4);
    assert_eq!(sb.json(&["list", "nothing/"])["SecretList"], serde_json::json!([]));
}

#[test]
fn generate_follows_aws_options() {
    let sb = Sandbox::new();
    let p = sb.case(&["generate"]).stdout("[..]").run().stdout_text();
    assert_eq!(p.len(), 32);
    let j = sb.json(&["generate", "--length", "64", "--exclude-characters", "abc", "--include-space"]);
    let p = j["RandomPassword"].as_str().unwrap();
    assert_eq!(p.len(), 64);
    assert!(!p.contains(['a', 'b', 'c']));
    sb.case(&["generate", "--length", "4097"])
        .status(2)
        .stderr("sealbox: error: --length 4097 is outside 1..4096\n")
        .run();
    sb.case(&["generate", "--length", "0"]).status(2).stderr("sealbox: error: --length 0 is outside 1..4096\n").run();
    sb.case(&["generate", "--exclude-lowercase", "--exclude-uppercase", "--exclude-numbers", "--exclude-punctuation"])
        .status(2)
        .stderr("sealbox: error: every character is excluded: nothing left to build a password from\n")
        .run();
    let p =
        sb.case(&["generate", "--length", "1", "--no-require-each-included-type"]).stdout("[..]").run().stdout_text();
    assert_eq!(p.len(), 1);
}

// ---------- deletion ----------

#[test]
fn deletion_window_and_restore() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    sb.case(&["delete", "s", "--recovery-window-days", "6"])
        .status(2)
        .stderr(
            "sealbox: error: --recovery-window-days 6 is outside 7..30\n\
             sealbox: hint: use --force-delete-without-recovery to delete at once\n",
        )
        .run();
    sb.case(&["delete", "s", "--recovery-window-days", "31"])
        .status(2)
        .stderr(
            "sealbox: error: --recovery-window-days 31 is outside 7..30\n\
             sealbox: hint: use --force-delete-without-recovery to delete at once\n",
        )
        .run();
    sb.case(&["delete", "s", "--recovery-window-days", "7", "--force-delete-without-recovery"])
        .status(2)
        .stderr(
            "error: the argument '--recovery-window-days <DAYS>' cannot be used with '--force-delete-without-recovery'\n\
             \n\
             Usage: sealbox delete --recovery-window-days <DAYS> <NAME>\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
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
        sb.case(&args)
            .status(5)
            .stderr(
                "sealbox: error: you can't perform this operation on secret s because it was marked for deletion\n\
                 sealbox: hint: run `sealbox restore s` to cancel the deletion\n",
            )
            .run();
    }
    sb.case(&["create", "s", "--value", "new"])
        .status(5)
        .stderr(
            "sealbox: error: you can't create secret s because a secret with this name is already scheduled for deletion\n\
             sealbox: hint: run `sealbox restore s`, or wait for the purge\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
    let desc = sb.json(&["describe", "s"]);
    let deleted: jiff::Timestamp = desc["DeletedDate"].as_str().unwrap().parse().unwrap();
    assert!(jiff::Timestamp::now().duration_since(deleted).as_secs() < 60);
    assert_eq!(desc["DeletionDate"], d["DeletionDate"]);
    assert_eq!(sb.json(&["list"])["SecretList"], serde_json::json!([]));
    assert_eq!(sb.json(&["list", "--include-deleted"])["SecretList"][0]["Name"], "s");
    sb.case(&["restore", "s"]).stderr("s restored\n").run();
    assert_eq!(sb.get("s"), "v");
    sb.case(&["restore", "s"]).stderr("s was not scheduled for deletion: nothing changed\n").run();
    sb.case(&["restore", "nope"]).status(3).stderr(not_found("nope")).run();
}

#[test]
fn purge_after_the_window() {
    let sb = Sandbox::new();
    sb.create("gone", "1");
    sb.create("kept", "2");
    sb.case(&["delete", "gone", "--recovery-window-days", "7"])
        .env("SEALBOX_NOW", "2026-01-01T00:00:00Z")
        .stderr("gone is scheduled for deletion on 2026-01-08T00:00:00Z; `sealbox restore gone` cancels it\n")
        .run();
    // A write before the window ends keeps it.
    sb.case(&["create", "a", "--value", "1"])
        .env("SEALBOX_NOW", "2026-01-07T23:59:59Z")
        .stderr("created a (version [..])\n")
        .run();
    assert_eq!(sb.json(&["describe", "gone"])["Name"], "gone");
    // Any write after it purges.
    sb.case(&["create", "b", "--value", "1"])
        .env("SEALBOX_NOW", "2026-01-08T00:00:00Z")
        .stderr("created b (version [..])\n")
        .run();
    sb.case(&["describe", "gone"]).status(3).stderr(not_found("gone")).run();
    sb.create("gone", "recreated");
    assert_eq!(sb.get("gone"), "recreated");
    // And so does `purge`.
    sb.case(&["delete", "kept", "--recovery-window-days", "7"])
        .env("SEALBOX_NOW", "2026-01-01T00:00:00Z")
        .stderr("kept is scheduled for deletion on 2026-01-08T00:00:00Z; `sealbox restore kept` cancels it\n")
        .run();
    let p = sb.json_env(&["purge"], &[("SEALBOX_NOW", "2026-02-01T00:00:00Z")]);
    assert_eq!(p["Purged"], serde_json::json!(["kept"]));
}

#[test]
fn force_delete() {
    let sb = Sandbox::new();
    sb.create("s", "v");
    let arn = sb.json(&["describe", "s"])["ARN"].as_str().unwrap().to_string();
    sb.case(&["delete", "s"]).stderr("s is scheduled for deletion on [..]; `sealbox restore s` cancels it\n").run();
    // Succeeds on a scheduled secret and on an unknown name.
    sb.case(&["delete", "s", "--force-delete-without-recovery"]).stderr("deleted s for good\n").run();
    sb.case(&["delete", "never-existed", "--force-delete-without-recovery"])
        .stderr("deleted never-existed for good\n")
        .run();
    sb.case(&["describe", "s"]).status(3).stderr(not_found("s")).run();
    sb.case(&["delete", "s"]).status(3).stderr(not_found("s")).run();
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
    sb.case(&["create", "s", "--value", "dup"])
        .status(4)
        .stderr(
            "sealbox: error: secret s already exists\n\
             sealbox: hint: store a new version with `sealbox put-version s`\n",
        )
        .run();
    sb.case(&["put-version", "nope", "--value", "x"]).status(3).stderr(not_found("nope")).run();
    sb.case(&["stage", "s", "AWSCURRENT", "--to", "nope"])
        .status(3)
        .stderr(
            "sealbox: error: secret s has no version nope\n\
             sealbox: hint: run `sealbox versions s --include-deprecated`\n",
        )
        .run();
    sb.case(&["update", "nope", "--description", "d"]).status(3).stderr(not_found("nope")).run();
    sb.case(&["tag", "s", "novalue"])
        .status(2)
        .stderr("sealbox: error: invalid tag \"novalue\": expected KEY=VALUE\n")
        .run();
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
    sb.case(&get).status(6).stderr(not_a_recipient("[HOME]")).run();
    let mut put = args.to_vec();
    put.extend(["put-version", "s", "--value", "x"]);
    sb.case(&put).status(6).stderr(not_a_recipient("[HOME]")).run();
    assert_eq!(sb.vault_bytes(), before);
    std::fs::remove_file(sb.identity()).unwrap();
    sb.case(&["get", "s"])
        .status(6)
        .stderr(
            "sealbox: error: no identity at [HOME]/.config/sealbox/identity.txt\n\
             sealbox: hint: run `sealbox init`, or pass --identity PATH (or set SEALBOX_IDENTITY)\n",
        )
        .run();
}

#[test]
fn truncated_or_flipped_vault_is_exit_6_and_never_overwritten() {
    let sb = Sandbox::new();
    for i in 0..250 {
        let name = format!("s{i:03}");
        sb.case(&["create", &name, "--value-file", "-"])
            .stdin(vec![b'x'; 700])
            .stderr(format!("created {name} (version [..])\n"))
            .run();
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
    sb.case(&["--lock-timeout", "0.3", "put-version", "s", "--value", "x"])
        .status(8)
        .stderr(
            "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is busy: another sealbox holds its lock (held by pid 4242)\n\
             sealbox: hint: try again, or wait longer with --lock-timeout SECS\n",
        )
        .run();
    assert!(started.elapsed() < std::time::Duration::from_secs(5));
    // Readers never wait for the lock.
    assert_eq!(sb.get("s"), "v");
    drop(lock);
    sb.case(&["put-version", "s", "--value", "x"]).stderr("s: new version [..] [AWSCURRENT]\n").run();
}

#[test]
fn broken_pipe_exits_quietly() {
    let sb = Sandbox::new();
    let f = sb.home().join("big");
    std::fs::write(&f, vec![b'z'; 60_000]).unwrap();
    sb.case(&["create", "big", "--value-file", f.to_str().unwrap()]).stderr("created big (version [..])\n").run();
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
    sb.case(&["create", "app/db/password", "--value", "hunter2", "--description", "the db"])
        .stderr("created app/db/password (version [..])\n")
        .run();
    sb.case(&["put-version", "app/db/password"])
        .stdin(b"hunter3")
        .stderr("app/db/password: new version [..] [AWSCURRENT]\n")
        .run();
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
        let out = sb
            .case(args)
            .stdout(
                "{\n\
                 \x20 \"ARN\": \"arn:sealbox:local:[..]\",\n\
                 \x20 \"Name\": \"s\",\n\
                 \x20 \"VersionId\": \"[..]\",\n\
                 \x20 \"SecretString\": \"v\",\n\
                 \x20 \"VersionStages\": [\n\
                 \x20   \"AWSCURRENT\"\n\
                 \x20 ],\n\
                 \x20 \"CreatedDate\": \"[..]\"\n\
                 }\n",
            )
            .run();
        let v: Value = serde_json::from_slice(&out.output.stdout).unwrap();
        assert_eq!(v["SecretString"], "v");
        assert_eq!(v["VersionStages"], serde_json::json!(["AWSCURRENT"]));
    }
    sb.case(&["-q", "create", "t", "--value", "x"]).run();
    assert!(sb.case(&["-q", "put-version", "t", "--value", "y"]).run().stderr_text().is_empty());
}
