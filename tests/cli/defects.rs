//! Defects a new user hit (issue 14, item 6), each pinned by a test.

use std::os::unix::fs::PermissionsExt;

use crate::support::Sandbox;

#[test]
fn init_without_a_terminal_is_exit_6_and_an_empty_stdin_value_is_exit_2() {
    let sb = Sandbox::empty();
    // A passphrase prompt would be needed: 6 (DESIGN.md), and no file is written.
    sb.case(&["init"]).status(6).stderr(
        "sealbox: error: init needs a passphrase for the new identity, and there is no terminal to ask on (or --no-input)\n\
sealbox: hint: run it in a terminal, or pass --no-passphrase (or --identity PATH to adopt a key)\n",
    ).run();
    assert!(!sb.identity().exists() && !sb.vault().exists());
    sb.run(&["init", "--no-passphrase"]).success();
    // An empty stdin is a value source that gave nothing: a usage error, not a prompt.
    sb.case(&["create", "x"])
        .stdin("")
        .status(2)
        .stderr(
            "sealbox: error: no value: stdin was empty\n\
sealbox: hint: pass --value, --value-file PATH, --generate, or pipe the value on stdin\n",
        )
        .run();
}

#[test]
fn inject_dash_o_is_the_output_format_and_dash_capital_o_the_file() {
    let sb = Sandbox::new();
    sb.create("app/db", "s3cret");
    // Before: `-o json` wrote a file named `json` full of secrets.
    sb.case(&["inject", "-i", "-", "-o", "json"]).stdin("pw: {{ sealbox://app/db }}\n").stdout("pw: s3cret\n").run();
    assert!(!sb.home().join("json").exists(), "inject -o json wrote a file");
    sb.case(&["inject", "-i", "-", "-O", "out.yaml"])
        .stdin("pw: {{ sealbox://app/db }}\n")
        .stderr("wrote out.yaml (1 references)\n")
        .run();
    assert_eq!(std::fs::read_to_string(sb.home().join("out.yaml")).unwrap(), "pw: s3cret\n");
    let mode = std::fs::metadata(sb.home().join("out.yaml")).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
}

#[test]
fn import_from_a_pass_store_gives_gpg_its_options_before_the_file() {
    let sb = Sandbox::new();
    let store = sb.home().join("store");
    std::fs::create_dir_all(store.join("web")).unwrap();
    std::fs::write(store.join("web/github.gpg"), "encrypted").unwrap();
    // A gpg that checks its argv as gpg 2.2 does (options after the file are refused) and
    // records it; no `pass` on this PATH, so sealbox calls gpg itself.
    let bin = sb.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let gpg = bin.join("gpg");
    std::fs::write(
        &gpg,
        format!(
            "#!/bin/sh\nprintf '%s\\n' \"$@\" > {}\n[ \"$5\" = --decrypt ] || {{ echo 'gpg: usage' >&2; exit 2; }}\nprintf 'value\\n'\n",
            sb.home().join("argv").display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&gpg, std::fs::Permissions::from_mode(0o700)).unwrap();
    sb.case(&["import", "--format", "pass", "store", "--prefix", "pass/"])
        .env("PATH", bin.to_str().unwrap())
        .stderr_any("import's own summary line")
        .run();
    let argv = std::fs::read_to_string(sb.home().join("argv")).unwrap();
    assert_eq!(argv, "--quiet\n--batch\n--pinentry-mode\nerror\n--decrypt\nstore/web/github.gpg\n");
    assert_eq!(sb.get("pass/web/github"), "value");
}

#[test]
fn import_tells_the_format_from_the_name_or_the_content() {
    let sb = Sandbox::new();
    std::fs::write(sb.home().join(".env"), "A=1\n").unwrap();
    std::fs::write(sb.home().join("prod.env"), "B=2\n").unwrap();
    std::fs::write(sb.home().join("s.json"), r#"{"C": "3"}"#).unwrap();
    std::fs::write(sb.home().join("plain"), "# comment\nD=4\n").unwrap();
    std::fs::write(sb.home().join("obj"), " {\"E\": \"5\"}").unwrap();
    std::fs::write(sb.home().join("notes.txt"), "just some words\n").unwrap();
    // Before: `import FILE --prefix P` without --format was a usage error.
    for file in [".env", "prod.env", "s.json", "plain", "obj"] {
        sb.case(&["import", file, "--prefix", "p/"])
            .stderr("imported 1 secrets: 1 created, 0 updated, 0 unchanged\n")
            .run();
    }
    sb.case(&["import", "-", "--prefix", "q/"])
        .stdin("F=6\n")
        .stderr("imported 1 secrets: 1 created, 0 updated, 0 unchanged\n")
        .run();
    sb.case(&["list", "--names"]).stdout("p/A\np/B\np/C\np/D\np/E\nq/F\n").run();
    let before = sb.vault_bytes();
    sb.case(&["import", "notes.txt"])
        .status(2)
        .stderr(
            "sealbox: error: can't tell the format of notes.txt\n\
             sealbox: hint: pass --format dotenv, --format json or --format pass\n",
        )
        .run();
    sb.case(&["import", "s.json", "--first-line"])
        .status(2)
        .stderr("sealbox: error: --first-line is for a pass store (--format pass)\n")
        .run();
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn import_of_a_pass_store_with_first_line_keeps_the_password_only() {
    let sb = Sandbox::new();
    let store = sb.home().join("store");
    std::fs::create_dir_all(&store).unwrap();
    std::fs::write(store.join("mail.gpg"), "encrypted").unwrap();
    let bin = sb.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let gpg = bin.join("gpg");
    std::fs::write(&gpg, "#!/bin/sh\nprintf 'hunter2\\nuser: me\\nurl: x\\n'\n").unwrap();
    std::fs::set_permissions(&gpg, std::fs::Permissions::from_mode(0o700)).unwrap();
    // A directory is a pass store without --format.
    sb.case(&["import", "store", "--prefix", "a/", "--first-line"])
        .env("PATH", bin.to_str().unwrap())
        .stderr("imported 1 secrets: 1 created, 0 updated, 0 unchanged\n")
        .run();
    sb.case(&["import", "store", "--prefix", "b/"])
        .env("PATH", bin.to_str().unwrap())
        .stderr("imported 1 secrets: 1 created, 0 updated, 0 unchanged\n")
        .run();
    assert_eq!(sb.get("a/mail"), "hunter2");
    assert_eq!(sb.get("b/mail"), "hunter2\nuser: me\nurl: x");
}

#[test]
fn a_second_vault_with_the_same_identity_and_init_on_an_existing_vault() {
    let sb = Sandbox::new();
    let identity = std::fs::read_to_string(sb.identity()).unwrap();
    // import into a vault that does not exist: the hint names the --vault that was passed.
    std::fs::write(sb.home().join("x.env"), "A=1\n").unwrap();
    sb.case(&["--vault", "other.age", "import", "x.env"])
        .status(1)
        .stderr(
            "sealbox: error: there is no vault at other.age\n\
             sealbox: hint: run `sealbox --vault other.age init` to create it\n",
        )
        .run();
    sb.case(&["--vault", "nodir/other.age", "import", "x.env"])
        .status(1)
        .stderr(
            "sealbox: error: there is no vault at nodir/other.age\n\
             sealbox: hint: the directory nodir does not exist (a disk not mounted?); to start a new vault there, run `sealbox --vault nodir/other.age init`\n",
        )
        .run();
    // The write created nothing: before, the lock made the directory (and a lock file).
    assert!(!sb.home().join("nodir").exists());
    // Before: exit 4, "an identity already exists", and a hint to pass --vault.
    sb.case(&["--vault", "other.age", "init"])
        .stderr(
            "using the existing identity [HOME]/.config/sealbox/identity.txt (only the vault is new)\n\
             created vault other.age for age1[..]\n",
        )
        .run();
    assert_eq!(std::fs::read_to_string(sb.identity()).unwrap(), identity);
    sb.case(&["--vault", "other.age", "import", "x.env"])
        .stderr("imported 1 secrets: 1 created, 0 updated, 0 unchanged\n")
        .run();
    let before = sb.vault_bytes();
    let key = sb.public_key();
    sb.case(&["init", "--recipient", &key])
        .status(4)
        .stderr(format!(
            "sealbox: error: a vault already exists at [HOME]/.local/share/sealbox/vault.age\n\
             sealbox: hint: to add a recipient to this vault, run `sealbox recipients add {key}`\n"
        ))
        .run();
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn audit_rotate_keeps_last_accessed_dates() {
    let sb = Sandbox::new();
    sb.case(&["create", "a", "--value", "1"])
        .env("SEALBOX_NOW", "2026-03-01T09:00:00Z")
        .stderr("created a (version [..])\n")
        .run();
    sb.case(&["get", "a"]).env("SEALBOX_NOW", "2026-03-05T10:00:00Z").stdout("1").run();
    sb.case(&["audit", "rotate"])
        .env("SEALBOX_NOW", "2026-03-06T10:00:00Z")
        .stderr("rotated: the old lines are in [..]; the new log continues the chain\n")
        .run();
    // Before: no LastAccessedDate until the next read.
    assert_eq!(sb.json(&["describe", "a"])["LastAccessedDate"], "2026-03-05T00:00:00Z");
    let vid = sb.json(&["describe", "a"])["VersionIdsToStages"].as_object().unwrap().keys().next().unwrap().clone();
    let versions = sb.json(&["versions", "a"]);
    assert_eq!(versions["Versions"][0]["VersionId"], vid.as_str());
    assert_eq!(versions["Versions"][0]["LastAccessedDate"], "2026-03-05T00:00:00Z");
    // A second rotation carries the carried dates again; the chain still verifies.
    sb.case(&["audit", "rotate"])
        .env("SEALBOX_NOW", "2026-03-07T10:00:00Z")
        .stderr("rotated: the old lines are in [..]; the new log continues the chain\n")
        .run();
    assert_eq!(sb.json(&["describe", "a"])["LastAccessedDate"], "2026-03-05T00:00:00Z");
    assert_eq!(sb.json(&["audit", "verify"])["Valid"], true);
}

#[test]
fn doctor_warns_about_a_single_recipient_until_there_is_a_second() {
    let sb = Sandbox::new();
    let bob = Sandbox::new();
    let doctor_line = |sb: &Sandbox| {
        let r = sb.run(&["doctor"]);
        r.stdout_text().lines().find(|l| l.contains(" recipients: ")).unwrap_or_default().to_string()
    };
    assert_eq!(
        doctor_line(&sb),
        format!(
            "! recipients: one recipient: back up {}/.config/sealbox/identity.txt (losing it loses this vault), or add a second key with `sealbox recipients add`",
            sb.home().display()
        )
    );
    sb.case(&["recipients", "add", &bob.public_key()])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    assert_eq!(doctor_line(&sb), "✓ recipients: 2 recipients");
}

/// The ```sh block under "### Examples" in the README.
fn readme_examples() -> String {
    let doc = std::fs::read_to_string(std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let after = &doc[doc.find("\n### Examples\n").expect("README has ### Examples")..];
    let start = after.find("```sh\n").unwrap() + "```sh\n".len();
    after[start..start + after[start..].find("```").unwrap()].to_string()
}

#[test]
fn the_readme_examples_run_in_order() {
    // Before: `init --identity` after `init` (exit 4), `5e7c...` where a version id is needed,
    // `$TOKEN` unset (an empty stdin: exit 2), a second delete of a scheduled secret.
    let sb = Sandbox::empty();
    let block = readme_examples();
    assert!(block.lines().count() > 30, "{block}");
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_sealbox")).parent().unwrap().to_path_buf();
    let path = format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default());
    // `sh -e -x`: line by line, stopping at the first that fails, each traced on stderr.
    let sandbox_env = sb.cmd(&[]);
    let mut cmd = std::process::Command::new("sh");
    cmd.args(["-e", "-x", "-c", &block]).env_clear().current_dir(sb.home());
    for (k, v) in sandbox_env.get_envs() {
        if let Some(v) = v {
            cmd.env(k, v);
        }
    }
    cmd.env("PATH", &path);
    sb.case_cmd(cmd)
        .stdout_any("generated passwords, tables and JSON with fresh ids and dates")
        .stderr_any("the trace of every line (`sh -x`) and sealbox's messages, with fresh ids")
        .run();
    // Where the sequence leaves things.
    sb.case(&["list", "--names"]).stdout("app/api-token\napp/db\napp/db/password\napp/tls/key\n").run();
    assert_eq!(sb.get("app/api-token"), "example-ci-token");
    sb.case(&["get", "app/db/password", "--stage", "AWSPREVIOUS"]).stdout("new-password-2").run();
}

fn with_sealbox_on_path(sb: &Sandbox, program: &str, args: &[&str]) -> std::process::Command {
    let bin_dir = std::path::Path::new(env!("CARGO_BIN_EXE_sealbox")).parent().unwrap().to_path_buf();
    let mut c = std::process::Command::new(program);
    c.args(args).env_clear().current_dir(sb.home());
    c.env("HOME", sb.home()).env("LANG", "C.UTF-8");
    c.env("PATH", format!("{}:{}", bin_dir.display(), std::env::var("PATH").unwrap_or_default()));
    c
}

#[test]
fn a_missing_secret_fails_the_build() {
    let sb = Sandbox::new();
    // The README's guard: $(shell) alone would give an empty password and build on.
    let makefile = "DB_PASSWORD := $(or $(shell sealbox get app/dev/db-password),$(error app/dev/db-password: sealbox get failed, see above))\n\
all:\n\t@printf 'db=%s\\n' '$(DB_PASSWORD)' > config.txt\n";
    std::fs::write(sb.home().join("Makefile"), makefile).unwrap();
    sb.case_cmd(with_sealbox_on_path(&sb, "make", &["-s"]))
        .status(2)
        .stderr(
            "sealbox: error: secret app/dev/db-password not found\n\
             sealbox: hint: run `sealbox list` to see the secrets in this vault\n\
             Makefile:1: *** app/dev/db-password: sealbox get failed, see above.  Stop.\n",
        )
        .run();
    assert!(!sb.home().join("config.txt").exists());
    sb.create("app/dev/db-password", "s3cr3t");
    sb.case_cmd(with_sealbox_on_path(&sb, "make", &["-s"])).run();
    assert_eq!(std::fs::read_to_string(sb.home().join("config.txt")).unwrap(), "db=s3cr3t\n");
    // `set -e` and eval "$(…)": the failure is not seen; an assignment carries it; exec too.
    let script = |body: &str| with_sealbox_on_path(&sb, "sh", &["-c", &format!("set -e\n{body}\necho reached\n")]);
    let missing =
        "sealbox: error: no secrets under the prefix app/none/\nsealbox: hint: run `sealbox list app/none/`\n";
    sb.case_cmd(script("eval \"$(sealbox env --strict app/none/)\"")).stdout("reached\n").stderr(missing).run();
    sb.case_cmd(script("vars=$(sealbox env --strict app/none/)\neval \"$vars\"")).status(3).stderr(missing).run();
    sb.case_cmd(script("exec sealbox exec --strict --prefix app/none/ -- true")).status(3).stderr(missing).run();
}
