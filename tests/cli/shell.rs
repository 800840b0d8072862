//! Shell, scripts and Makefiles: exec, env, inject, import, export, name completion,
//! non-interactive discipline. Every example of the README's "Use it from scripts and Makefiles" section runs here.

use std::os::unix::fs::PermissionsExt;
use std::os::unix::process::ExitStatusExt;
use std::path::Path;
use std::process::{Command, Stdio};

use crate::support::*;

const BIN: &str = env!("CARGO_BIN_EXE_sealbox");

/// Values a careless quoting would break.
const HOSTILE: [&str; 8] = [
    "it's",
    "\"double\" and 'single'",
    "$(touch pwned) `touch pwned2` ${HOME}",
    "line one\nline two\n",
    "back\\slash \\n not a newline",
    "ünïcödé ✓ 🔑",
    "trailing space ",
    "--looks-like-a-flag",
];

fn create_bytes(sb: &Sandbox, name: &str, value: &[u8]) {
    let file = sb.home().join("value.tmp");
    std::fs::write(&file, value).unwrap();
    sb.case(&["create", name, "--value-file", file.to_str().unwrap()])
        .stderr(format!("created {name} (version [..])\n"))
        .run();
    std::fs::remove_file(file).unwrap();
}

fn audit_log(sb: &Sandbox) -> String {
    std::fs::read_to_string(sb.home().join(".local/state/sealbox/audit.jsonl")).unwrap_or_default()
}

/// Run `script` in `sh -c` (as a user's shell would), through a sandbox command's environment.
fn sh<'a>(sb: &'a Sandbox, script: &str) -> Case<'a> {
    let c = sb.cmd(&[]);
    let mut shell = Command::new("sh");
    shell.arg("-c").arg(script);
    shell.env_clear();
    for (k, v) in c.get_envs() {
        if let Some(v) = v {
            shell.env(k, v);
        }
    }
    shell.env("PATH", sh_path());
    shell.current_dir(sb.home());
    shell.stdin(Stdio::null());
    sb.case_cmd(shell)
}

// ---------------------------------------------------------------- exec

#[test]
fn exec_prefix_maps_names_and_passes_hostile_values_exactly() {
    let sb = Sandbox::new();
    for (i, v) in HOSTILE.iter().enumerate() {
        create_bytes(&sb, &format!("app/dev/value-{i}"), v.as_bytes());
    }
    sb.create("app/dev/db-password", "s3cret");
    sb.create("app/other/x", "not exported");
    for (i, v) in HOSTILE.iter().enumerate() {
        let var = format!("VALUE_{i}");
        sb.case(&["exec", "--prefix", "app/dev/", "--", "printenv", &var]).stdout(format!("{v}\n")).run();
    }
    sb.case(&["exec", "--prefix", "app/dev/", "--", "printenv", "DB_PASSWORD"]).stdout("s3cret\n").run();
    // Without the trailing slash the names are the same.
    sb.case(&["exec", "--prefix", "app/dev", "--", "printenv", "DB_PASSWORD"]).stdout("s3cret\n").run();
    // Only the prefix: app/other/x gives no X.
    sb.case(&["exec", "--prefix", "app/dev/", "--", "printenv", "X"]).status(1).run();
    assert!(!sb.home().join("pwned").exists() && !sb.home().join("pwned2").exists());
}

#[test]
fn exec_env_references_in_all_four_forms() {
    let sb = Sandbox::new();
    sb.create("app/db", r#"{"username":"app","password":"old-pw","port":5432}"#);
    sb.case(&["put-version", "app/db", "--value", r#"{"username":"app","password":"new-pw","port":5432}"#])
        .stderr("app/db: new version [..] [AWSCURRENT]\n")
        .run();
    sb.create("ops@example.com", "mailbox");
    sb
        .case(&[
            "exec",
            "--env",
            "WHOLE=app/db",
            "--env",
            "PW=app/db#password",
            "--env",
            "OLD=app/db@AWSPREVIOUS",
            "--env",
            "OLD_PW=app/db#password@AWSPREVIOUS",
            "--env",
            "PORT=app/db#port",
            "--env",
            "MAIL=ops@example.com",
            "--",
            "sh",
            "-c",
            r#"printf '%s|' "$WHOLE" "$PW" "$OLD" "$OLD_PW" "$PORT" "$MAIL""#,
        ])
            .stdout(
                "{\"username\":\"app\",\"password\":\"new-pw\",\"port\":5432}|new-pw|{\"username\":\"app\",\"password\":\"old-pw\",\"port\":5432}|old-pw|5432|mailbox|",
            )
            .run();
}

#[test]
fn exec_expand_json_gives_one_variable_per_field() {
    let sb = Sandbox::new();
    sb.create("app/dev/db", r#"{"username":"app","password":"pw","port":5432}"#);
    sb.create("app/dev/plain", "p");
    sb.case(&[
        "exec",
        "--prefix",
        "app/dev/",
        "--expand-json",
        "--",
        "sh",
        "-c",
        r#"printf '%s|' "$DB_USERNAME" "$DB_PASSWORD" "$DB_PORT" "$PLAIN" "${DB-unset}""#,
    ])
    .stdout("app|pw|5432|p|unset|")
    .run();
}

#[test]
fn exec_collisions_exit_2_naming_both_secrets() {
    let sb = Sandbox::new();
    sb.create("app/dev/db-password", "a");
    sb.create("app/dev/db_password", "b");
    sb.case(&["exec", "--prefix", "app/dev/", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: app/dev/db-password and app/dev/db_password both map to the environment variable DB_PASSWORD\n\
             sealbox: hint: set one of them with --env VAR=REF instead, or use a narrower --prefix\n",
        )
        .run();
    // Across prefixes, and between a prefix and --env, too.
    let sb = Sandbox::new();
    sb.create("a/key", "1");
    sb.create("b/key", "2");
    sb.case(&["exec", "--prefix", "a/", "--prefix", "b/", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: a/key and b/key both map to the environment variable KEY\n\
             sealbox: hint: set one of them with --env VAR=REF instead, or use a narrower --prefix\n",
        )
        .run();
    sb.case(&["exec", "--prefix", "a/", "--env", "KEY=b/key", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: a/key and b/key both map to the environment variable KEY\n\
             sealbox: hint: set one of them with --env VAR=REF instead, or use a narrower --prefix\n",
        )
        .run();
    // --expand-json fields collide with plain secrets as well.
    sb.create("c/db", r#"{"password":"x"}"#);
    sb.create("c/db-password", "y");
    sb.case(&["exec", "--prefix", "c/", "--expand-json", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: c/db#password and c/db-password both map to the environment variable DB_PASSWORD\n\
             sealbox: hint: set one of them with --env VAR=REF instead, or use a narrower --prefix\n",
        )
        .run();
}

#[test]
fn exec_exit_status_and_signals_are_the_childs() {
    let sb = Sandbox::new();
    sb.create("app/k", "v");
    sb.case(&["exec", "--prefix", "app/", "--", "sh", "-c", "exit 42"]).status(42).run();
    // Killed by a signal: the caller sees the signal itself (sealbox was replaced)...
    let r = sb.run(&["exec", "--prefix", "app/", "--", "sh", "-c", "kill -TERM $$"]);
    assert_eq!(r.output.status.signal(), Some(15), "{:?}", r.output.status);
    // ...which a calling shell reports as 128+n.
    sh(&sb, "sealbox exec --prefix app/ -- sh -c 'kill -TERM $$'; echo \"status=$?\"")
        .stdout("status=143\n")
        .stderr("Terminated\n")
        .run();
    sh(&sb, "sealbox exec -- sh -c 'kill -INT $$'; echo \"status=$?\"").stdout("status=130\n").run();
}

#[test]
fn exec_replaces_sealbox_in_the_same_process() {
    let sb = Sandbox::new();
    sb.create("app/k", "v");
    let mut c = sb.cmd(&["exec", "--prefix", "app/", "--", "sh", "-c", "echo $$"]);
    c.stdout(Stdio::piped());
    let child = c.spawn().unwrap();
    let pid = child.id();
    let out = child.wait_with_output().unwrap();
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim(), pid.to_string());
    // stdin is the child's own.
    sb.case(&["exec", "--", "cat"]).stdin(b"piped through\n").stdout("piped through\n").run();
}

#[test]
fn exec_pristine_passes_only_path_home_term_lang_and_the_secrets() {
    let sb = Sandbox::new();
    sb.create("app/token", "t0k");
    let mut c = sb.cmd(&["exec", "--pristine", "--prefix", "app/", "--", "env"]);
    c.env("LEAKY", "must not pass").env("TERM", "xterm").env("SEALBOX_PASSPHRASE_FD", "9");
    c.env("SEALBOX_VAULT", sb.vault());
    // The child gets the PATH sealbox was given: the test's own.
    let path = std::env::var("PATH").unwrap_or_default();
    let out = sb
        .case_cmd(c)
        .stdout(format!(
            "HOME=[HOME]\n\
             LANG=C.UTF-8\n\
             PATH={path}\n\
             TERM=xterm\n\
             TOKEN=t0k\n"
        ))
        .run();
    let mut lines: Vec<String> = out.stdout_text().lines().map(str::to_string).collect();
    lines.sort();
    let mut want = vec![
        format!("HOME={}", sb.home().display()),
        "LANG=C.UTF-8".to_string(),
        format!("PATH={path}"),
        "TERM=xterm".to_string(),
        "TOKEN=t0k".to_string(),
    ];
    want.sort();
    assert_eq!(lines, want);
}

#[test]
fn exec_removes_sealbox_key_variables_and_keeps_the_rest() {
    let sb = Sandbox::new();
    sb.create("app/token", "t0k");
    let pass = sb.home().join("pass");
    std::fs::write(&pass, "x\n").unwrap();
    let mut c = sb.cmd(&["exec", "--prefix", "app/", "--", "env"]);
    c.env("KEEP_ME", "yes").env("SEALBOX_PASSPHRASE_FD", "7").env("SEALBOX_FUTURE_KEY", "k");
    c.env("SEALBOX_VAULT", sb.vault());
    let path = std::env::var("PATH").unwrap_or_default();
    let out = sb
        .case_cmd(c)
        .stdout(format!(
            "HOME=[HOME]\n\
             KEEP_ME=yes\n\
             LANG=C.UTF-8\n\
             PATH={path}\n\
             SEALBOX_VAULT=[HOME]/.local/share/sealbox/vault.age\n\
             TOKEN=t0k\n"
        ))
        .run()
        .stdout_text();
    assert!(out.contains("KEEP_ME=yes\n"), "{out}");
    assert!(out.contains("TOKEN=t0k\n"), "{out}");
    assert!(out.contains(&format!("SEALBOX_VAULT={}\n", sb.vault().display())), "{out}");
    assert!(!out.contains("SEALBOX_PASSPHRASE_FD"), "{out}");
    assert!(!out.contains("SEALBOX_FUTURE_KEY"), "{out}");
    assert!(!out.contains("SEALBOX_SCRYPT_WORK_FACTOR"), "{out}");
}

#[test]
fn exec_passphrase_descriptor_is_closed_for_the_child() {
    let sb = Sandbox::empty();
    let pass = sb.home().join("pass");
    std::fs::write(&pass, "correct horse\n").unwrap();
    sh(&sb, "SEALBOX_PASSPHRASE_FD=3 sealbox init 3<pass")
        .stderr(
            "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
        )
        .run();
    sh(&sb, "SEALBOX_PASSPHRASE_FD=3 sealbox create app/k --value v 3<pass")
        .stderr("created app/k (version [..])\n")
        .run();
    // The child can't read descriptor 3, though sealbox was given it.
    sh(&sb, "SEALBOX_PASSPHRASE_FD=3 sealbox exec --prefix app/ -- sh -c 'cat <&3 || echo closed' 3<pass 2>/dev/null")
        .stdout("closed\n")
        .run();
}

#[test]
fn exec_strict_fails_on_a_missing_reference_and_default_warns() {
    let sb = Sandbox::new();
    sb.create("app/k", "v");
    let before = sb.vault_bytes();
    sb.case(&["exec", "--strict", "--env", "X=app/missing", "--", "true"])
        .status(3)
        .stderr(not_found("app/missing"))
        .run();
    assert!(audit_log(&sb).contains("ResourceNotFoundException"), "{}", audit_log(&sb));
    sb.case(&["exec", "--strict", "--env", "X=app/k#field", "--", "true"])
        .status(2)
        .stderr("sealbox: error: secret app/k is not a JSON object, so it has no field field\n")
        .run();
    sb.case(&["exec", "--strict", "--env", "X=app/k@AWSPENDING", "--", "true"])
        .status(3)
        .stderr(
            "sealbox: error: secret app/k has no version labelled AWSPENDING\n\
             sealbox: hint: run `sealbox versions app/k`\n",
        )
        .run();
    sb.case(&["exec", "--strict", "--prefix", "nothing/", "--", "true"])
        .status(3)
        .stderr(
            "sealbox: error: no secrets under the prefix nothing/\n\
             sealbox: hint: run `sealbox list nothing/`\n",
        )
        .run();
    sb.case(&[
        "exec",
        "--env",
        "X=app/missing",
        "--env",
        "K=app/k",
        "--",
        "sh",
        "-c",
        r#"printf '%s|%s' "${X-unset}" "$K""#,
    ])
    .stdout("unset|v")
    .stderr("sealbox: warning: X is not set: secret app/missing not found\n")
    .run();
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn exec_skips_secrets_scheduled_for_deletion() {
    let sb = Sandbox::new();
    sb.create("app/a", "1");
    sb.create("app/b", "2");
    sb.case(&["delete", "app/b"])
        .stderr("app/b is scheduled for deletion on [..]; `sealbox restore app/b` cancels it\n")
        .run();
    sb.case(&["exec", "--prefix", "app/", "--", "sh", "-c", r#"printf '%s|%s' "$A" "${B-unset}""#])
        .stdout("1|unset")
        .run();
    sb.case(&["exec", "--strict", "--env", "B=app/b", "--", "true"])
        .status(5)
        .stderr(
            "sealbox: error: you can't perform this operation on secret app/b because it was marked for deletion\n\
             sealbox: hint: run `sealbox restore app/b` to cancel the deletion\n",
        )
        .run();
}

#[test]
fn exec_and_env_reject_nul_bytes() {
    let sb = Sandbox::new();
    create_bytes(&sb, "app/bin", b"a\0b");
    sb.case(&["exec", "--prefix", "app/", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: the value of app/bin contains a NUL byte, which an environment variable can't hold (variable BIN)\n\
             sealbox: hint: read it with `sealbox get` instead, or store it base64-encoded\n",
        )
        .run();
    sb.case(&["exec", "--env", "B=app/bin", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: the value of app/bin contains a NUL byte, which an environment variable can't hold (variable B)\n\
             sealbox: hint: read it with `sealbox get` instead, or store it base64-encoded\n",
        )
        .run();
    for format in ["shell", "dotenv", "json"] {
        sb.case(&["env", "app/", "--format", format])
            .status(2)
            .stdout("")
            .stderr(
                "sealbox: error: the value of app/bin contains a NUL byte, which an environment variable can't hold (variable BIN)\n\
                 sealbox: hint: read it with `sealbox get` instead, or store it base64-encoded\n",
            )
            .run();
    }
}

#[test]
fn exec_usage_errors() {
    let sb = Sandbox::new();
    sb.case(&["exec", "--env", "1BAD=app/x", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: invalid environment variable name \"1BAD\"\n\
             sealbox: hint: use letters, digits and _, not starting with a digit\n",
        )
        .run();
    sb.case(&["exec", "--env", "NOREF", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: --env \"NOREF\" is not VAR=REF\n\
             sealbox: hint: e.g. --env DB_PASSWORD=app/db#password\n",
        )
        .run();
    sb.case(&["exec", "--env", "X=bad name", "--", "true"])
        .status(2)
        .stderr(
            "sealbox: error: invalid secret reference \"bad name\": invalid secret name \"bad name\": character ' ' is not allowed\n\
             sealbox: hint: a reference is NAME, NAME#field, NAME@LABEL or NAME#field@LABEL\n",
        )
        .run();
    sb.case(&["exec", "--", "no-such-command-xyz"])
        .status(127)
        .stderr(
            "sealbox: error: can't run no-such-command-xyz: No such file or directory (os error 2)\n\
             sealbox: hint: check the command name and PATH\n",
        )
        .run();
    sb.case(&["exec"])
        .status(2)
        .stderr(
            "error: the following required arguments were not provided:\n\
             \x20 <CMD>...\n\
             \n\
             Usage: sealbox exec <CMD>...\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
}

#[test]
fn exec_and_env_record_reads_in_the_audit_log_before_running() {
    let sb = Sandbox::new();
    sb.create("app/a", "1");
    sb.create("app/b", r#"{"f":"x"}"#);
    // The child reads the log: the events are there before it runs.
    let log = sb.home().join(".local/state/sealbox/audit.jsonl");
    let r = sb
        .case(&["exec", "--prefix", "app/", "--", "sh", "-c", &format!("grep -c GetSecretValue {}", log.display())])
        .stdout("2\n")
        .run();
    assert_eq!(r.stdout_text(), "2\n");
    sb.case(&["env", "--env", "F=app/b#f"]).stdout("export F='x'\n").run();
    let text = audit_log(&sb);
    assert_eq!(text.matches("GetSecretValue").count(), 3, "{text}");
    assert!(!text.contains("\"1\"") && !text.contains("\\\"x\\\""), "a value leaked into the audit log:\n{text}");
}

// ---------------------------------------------------------------- env

#[test]
fn env_shell_output_is_safe_for_eval() {
    let sb = Sandbox::new();
    for (i, v) in HOSTILE.iter().enumerate() {
        create_bytes(&sb, &format!("app/v{i}"), v.as_bytes());
    }
    for (i, v) in HOSTILE.iter().enumerate() {
        sh(&sb, &format!("eval \"$(sealbox env app/)\" && printf %s \"$V{i}\"")).stdout(*v).run();
    }
    assert!(!sb.home().join("pwned").exists() && !sb.home().join("pwned2").exists());
    sb.case(&["env", "--env", "Q=app/v0"]).stdout("export Q='it'\\''s'\n").run();
}

#[test]
fn env_dotenv_and_json_formats() {
    let sb = Sandbox::new();
    sb.create("app/plain", "a $b \"c\"");
    sb.create("app/quote", "it's\nnew\\line $X");
    sb.case(&["env", "app/", "--format", "dotenv"])
        .stdout("PLAIN='a $b \"c\"'\nQUOTE=\"it's\\nnew\\\\line \\$X\"\n")
        .run();
    sb.case(&["env", "app/", "--format", "json"])
        .stdout("{\n  \"PLAIN\": \"a $b \\\"c\\\"\",\n  \"QUOTE\": \"it's\\nnew\\\\line $X\"\n}\n")
        .run();
    // dotenv output imports back to the same values.
    let dotenv = sb
        .case(&["env", "app/", "--format", "dotenv"])
        .stdout(
            "PLAIN='a $b \"c\"'\n\
             QUOTE=\"it's\\nnew\\\\line \\$X\"\n",
        )
        .run()
        .output
        .stdout;
    sb.case(&["import", "--format", "dotenv", "-", "--prefix", "copy/"])
        .stdin(&dotenv)
        .stderr("imported 2 secrets: 2 created, 0 updated, 0 unchanged\n")
        .run();
    sb.case(&["get", "copy/QUOTE"]).stdout("it's\nnew\\line $X").run();
    sb.case(&["get", "copy/PLAIN"]).stdout("a $b \"c\"").run();
}

#[test]
fn env_of_an_empty_prefix_warns_and_prints_nothing() {
    let sb = Sandbox::new();
    sb.case(&["env", "none/"]).stdout("").stderr("sealbox: warning: no secrets under the prefix none/\n").run();
    sb.case(&["env", "none/", "--strict"])
        .status(3)
        .stderr(
            "sealbox: error: no secrets under the prefix none/\n\
             sealbox: hint: run `sealbox list none/`\n",
        )
        .run();
    sb.case(&["env", "none/", "--format", "json"])
        .stdout("{}\n")
        .stderr("sealbox: warning: no secrets under the prefix none/\n")
        .run();
}

mod round_trip {
    use proptest::prelude::*;

    use super::*;

    proptest! {
        #![proptest_config(ProptestConfig { cases: 24, ..ProptestConfig::default() })]
        /// Any byte string without NUL survives `env --format shell` and `eval` in sh.
        #[test]
        fn env_shell_round_trips_any_bytes(value in proptest::collection::vec(1u8..=255, 1..200)) {
            let sb = Sandbox::new();
            create_bytes(&sb, "p/var", &value);
            let exported = sb.case(&["env", "p/"]).stdout_any("any bytes; the round trip is compared below").run().output.stdout;
            let mut c = Command::new("sh");
            c.args(["-c", "eval \"$(cat)\"; printf %s \"$VAR\""]).env_clear().env("PATH", "/usr/bin:/bin");
            let out = sb.case_cmd(c).stdin(&exported).stdout_any("compared as bytes below").run();
            prop_assert_eq!(out.output.stdout, value);
        }
    }
}

// ---------------------------------------------------------------- inject

#[test]
fn inject_fills_references_into_a_0600_file() {
    let sb = Sandbox::new();
    sb.create("app/db", r#"{"username":"app","password":"p'w\"$"}"#);
    sb.create("npm/token", "npm_T0KEN");
    let tmpl = sb.home().join("config.tmpl");
    std::fs::write(
        &tmpl,
        "user: {{ sealbox://app/db#username }}\npassword: {{sealbox://app/db#password}}\n//registry.npmjs.org/:_authToken={{  sealbox://npm/token  }}\nkept: {{ not_ours }}\n",
    )
    .unwrap();
    sb.case(&["inject", "-i", "config.tmpl", "-O", "config.yaml"]).stderr("wrote config.yaml (3 references)\n").run();
    let out = sb.home().join("config.yaml");
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        "user: app\npassword: p'w\"$\n//registry.npmjs.org/:_authToken=npm_T0KEN\nkept: {{ not_ours }}\n"
    );
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
    // Without -o: stdout. The long form works too, and so does a template on stdin.
    sb.case(&["inject", "-i", "config.tmpl"]).stdout(std::fs::read_to_string(&out).unwrap()).run();
    sb.case(&["inject", "--in-file", "config.tmpl", "--out-file", "again.yaml"])
        .stderr("wrote again.yaml (3 references)\n")
        .run();
    sb.case(&["inject", "-i", "-"]).stdin(b"t={{ sealbox://npm/token }}").stdout("t=npm_T0KEN").run();
    // An existing output file is replaced atomically and stays 0600.
    std::fs::set_permissions(&out, std::fs::Permissions::from_mode(0o644)).unwrap();
    sb.case(&["inject", "-i", "config.tmpl", "-O", "config.yaml"]).stderr("wrote config.yaml (3 references)\n").run();
    assert_eq!(std::fs::metadata(&out).unwrap().permissions().mode() & 0o777, 0o600);
}

#[test]
fn inject_with_a_missing_reference_writes_nothing() {
    let sb = Sandbox::new();
    sb.create("app/a", "1");
    std::fs::write(sb.home().join("t"), "a={{ sealbox://app/a }}\nb={{ sealbox://app/missing }}\n").unwrap();
    sb.case(&["inject", "-i", "t", "-O", "out"])
        .status(3)
        .stderr(
            "sealbox: error: secret app/missing not found (line 2: sealbox://app/missing)\n\
             sealbox: hint: nothing was written to out\n",
        )
        .run();
    assert!(!sb.home().join("out").exists());
    std::fs::write(sb.home().join("out"), "old").unwrap();
    sb.case(&["inject", "-i", "t", "-O", "out"])
        .status(3)
        .stderr(
            "sealbox: error: secret app/missing not found (line 2: sealbox://app/missing)\n\
             sealbox: hint: nothing was written to out\n",
        )
        .run();
    assert_eq!(std::fs::read_to_string(sb.home().join("out")).unwrap(), "old");
    sb.case(&["inject", "-i", "t"])
        .status(3)
        .stdout("")
        .stderr(
            "sealbox: error: secret app/missing not found (line 2: sealbox://app/missing)\n\
             sealbox: hint: nothing was written\n",
        )
        .run();
    std::fs::write(sb.home().join("u"), "{{ sealbox://app/a").unwrap();
    sb.case(&["inject", "-i", "u"])
        .status(2)
        .stderr("sealbox: error: line 1: the reference {{ sealbox://\"app/a\" is not closed by }}\n")
        .run();
    sb.case(&["inject", "-i", "nope"])
        .status(3)
        .stderr("sealbox: error: can't read the template nope: No such file or directory (os error 2)\n")
        .run();
    let names: Vec<String> =
        std::fs::read_dir(sb.home()).unwrap().map(|e| e.unwrap().file_name().to_string_lossy().into_owned()).collect();
    assert!(!names.iter().any(|n| n.contains(".tmp-")), "temp file left: {names:?}");
}

// ---------------------------------------------------------------- import / export

#[test]
fn import_json_with_versions_and_export_round_trip() {
    let sb = Sandbox::new();
    let json = r#"{"app/one": "1", "app/three": ["v1", "v2", "v3"], "app/obj": {"k": "v"}, "app/bin": {"SecretBinary": "AP8B"}}"#;
    sb.case(&["import", "--format", "json", "-"])
        .stdin(json.as_bytes())
        .stderr("imported 4 secrets: 4 created, 0 updated, 0 unchanged\n")
        .run();
    sb.case(&["get", "app/one"]).stdout("1").run();
    sb.case(&["get", "app/three"]).stdout("v3").run();
    sb.case(&["get", "app/three", "--stage", "AWSPREVIOUS"]).stdout("v2").run();
    let versions = sb.json(&["versions", "app/three"]);
    assert_eq!(versions["Versions"].as_array().map(Vec::len), Some(2), "{versions}");
    sb.case(&["get", "app/obj", "--field", "k"]).stdout("v").run();
    assert_eq!(sb.case(&["get", "app/bin"]).stdout_any("bytes, compared here").run().output.stdout, vec![0u8, 0xff, 1]);
    let exported = sb
        .case(&["export", "app/"])
        .stdout(
            "{\n\
             \x20 \"app/bin\": {\"SecretBinary\": \"AP8B\"},\n\
             \x20 \"app/obj\": \"{\\\"k\\\":\\\"v\\\"}\",\n\
             \x20 \"app/one\": \"1\",\n\
             \x20 \"app/three\": \"v3\"\n\
             }\n",
        )
        .run();
    assert_eq!(
        exported.stdout_text(),
        "{\n  \"app/bin\": {\"SecretBinary\": \"AP8B\"},\n  \"app/obj\": \"{\\\"k\\\":\\\"v\\\"}\",\n  \"app/one\": \"1\",\n  \"app/three\": \"v3\"\n}\n"
    );
    // Into another vault, and back the same.
    let other = Sandbox::new();
    other
        .case(&["import", "--format", "json", "-"])
        .stdin(&exported.output.stdout)
        .stderr("imported 4 secrets: 4 created, 0 updated, 0 unchanged\n")
        .run();
    other.case(&["export"]).stdout(exported.stdout_text()).run();
    assert_eq!(audit_log(&sb).matches("\"CreateSecret\"").count(), 4);
}

#[test]
fn import_existing_names_fail_with_4_unless_overwrite() {
    let sb = Sandbox::new();
    sb.create("app/a", "old");
    let before = sb.vault_bytes();
    let json = br#"{"app/a": "new", "app/b": "b"}"#;
    sb.case(&["import", "--format", "json", "-"])
        .stdin(json)
        .status(4)
        .stderr(
            "sealbox: error: 1 of the imported secrets already exist: app/a\n\
             sealbox: hint: nothing was imported; pass --overwrite to add a new version to each\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
    sb.case(&["get", "app/b"])
        .status(3)
        .stderr("sealbox: error: secret app/b not found\nsealbox: hint: did you mean app/a?\n")
        .run();
    sb.case(&["import", "--format", "json", "-", "--overwrite"])
        .stdin(json)
        .stderr("imported 2 secrets: 1 created, 1 updated, 0 unchanged\n")
        .run();
    sb.case(&["get", "app/a"]).stdout("new").run();
    sb.case(&["get", "app/a", "--stage", "AWSPREVIOUS"]).stdout("old").run();
    // The same import again changes nothing and writes nothing.
    let before = sb.vault_bytes();
    sb.case(&["import", "--format", "json", "-", "--overwrite"])
        .stdin(json)
        .stderr("imported 2 secrets: 0 created, 0 updated, 2 unchanged\n")
        .run();
    assert_eq!(sb.vault_bytes(), before);
    sb.case(&["import", "--format", "json", "-"]).stdin(b"[1]")
        .status(2)
        .stderr(
            "sealbox: error: the JSON is not an object of names to values: invalid type: sequence, expected a map at line 1 column 0\n\
             sealbox: hint: expected {\"name\": \"value\"} or {\"name\": [\"oldest\", \"current\"]}\n",
        )
        .run();
    sb.case(&["import", "--format", "json", "-"])
        .stdin(br#"{"bad name": "x"}"#)
        .status(2)
        .stderr(
            "sealbox: error: invalid secret name \"bad name\": character ' ' is not allowed\n\
             sealbox: hint: names use ASCII letters, digits and /_+=.@-\n",
        )
        .run();
}

#[test]
fn import_dotenv_with_a_prefix() {
    let sb = Sandbox::new();
    std::fs::write(
        sb.home().join(".env"),
        "# app settings\nexport DB_PASSWORD='p@ss $word'\nAPI_KEY=abc123 # comment\nMULTI=\"a\\nb\"\nEMPTY=\n",
    )
    .unwrap();
    sb.case(&["import", "--format", "dotenv", ".env", "--prefix", "app/dev/"])
        .stderr(
            "sealbox: warning: skipping EMPTY: its value is empty (a secret needs at least 1 byte)\n\
             imported 3 secrets: 3 created, 0 updated, 0 unchanged\n",
        )
        .run();
    sb.case(&["get", "app/dev/DB_PASSWORD"]).stdout("p@ss $word").run();
    sb.case(&["get", "app/dev/API_KEY"]).stdout("abc123").run();
    sb.case(&["get", "app/dev/MULTI"]).stdout("a\nb").run();
    sb.case(&["exec", "--prefix", "app/dev/", "--", "printenv", "DB_PASSWORD"]).stdout("p@ss $word\n").run();
}

#[test]
fn import_from_a_pass_store() {
    if require_tool("gpg").is_none() || require_tool("pass").is_none() {
        return;
    }
    let sb = Sandbox::new();
    let gnupg = sb.home().join(".gnupg");
    std::fs::create_dir_all(&gnupg).unwrap();
    std::fs::set_permissions(&gnupg, std::fs::Permissions::from_mode(0o700)).unwrap();
    let store = sb.home().join("store");
    let script = format!(
        "set -e
export GNUPGHOME={g} PASSWORD_STORE_DIR={s}
gpg --batch --quiet --passphrase '' --quick-gen-key sealbox-test@example.invalid default default never 2>/dev/null
pass init sealbox-test@example.invalid >/dev/null
printf 'hunter2\\n' | pass insert -m web/github.com >/dev/null
printf 'line1\\nline2 $(x)\\n' | pass insert -m db/prod >/dev/null
printf 'k\\n' | pass insert -m top >/dev/null",
        g = gnupg.display(),
        s = store.display()
    );
    sh(&sb, &script).run();
    let mut c = sb.cmd(&["import", "--format", "pass", "store", "--prefix", "pass/"]);
    c.env("GNUPGHOME", &gnupg);
    sb.case_cmd(c).stderr("imported 3 secrets: 3 created, 0 updated, 0 unchanged\n").run();
    sb.case(&["get", "pass/web/github.com"]).stdout("hunter2").run();
    sb.case(&["get", "pass/db/prod"]).stdout("line1\nline2 $(x)").run();
    sb.case(&["get", "pass/top"]).stdout("k").run();
}

#[test]
fn export_warns_on_a_terminal_and_skips_deleted() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    sb.create("b", "2");
    sb.case(&["delete", "b"]).stderr("b is scheduled for deletion on [..]; `sealbox restore b` cancels it\n").run();
    sb.case(&["export"]).stdout("{\n  \"a\": \"1\"\n}\n").run();
    sb.case(&["export", "zzz/"]).stdout("{}\n").run();
    // On a terminal (through script(1)) a warning goes to stderr first.
    if require_tool("script").is_some() {
        let r = sh(&sb, "script -qec 'sealbox export' /dev/null")
            .stdout_any("script(1) puts both streams on its terminal; the test checks the lines that matter")
            .run();
        assert!(
            r.stdout_text().contains("sealbox: warning: printing 1 plaintext secrets to the terminal"),
            "{}",
            r.stdout_text()
        );
    }
}

/// `import` of 100,000 secrets is one write; measured by bench/shell.sh, checked here to be
/// linear enough to run at all in a debug build.
#[test]
fn import_of_many_secrets_is_one_write() {
    let sb = Sandbox::new();
    let mut json = String::from("{");
    for i in (0..5000).rev() {
        json.push_str(&format!("{}\"bulk/s{i:05}\": \"value {i}\"", if i == 4999 { "" } else { "," }));
    }
    json.push('}');
    sb.case(&["import", "--format", "json", "-"])
        .stdin(json.as_bytes())
        .stderr("imported 5000 secrets: 5000 created, 0 updated, 0 unchanged\n")
        .run();
    sb.case(&["get", "bulk/s00042"]).stdout("value 42").run();
    sb.case(&["get", "bulk/s04999"]).stdout("value 4999").run();
    assert_eq!(
        sb.case(&["list", "bulk/"])
            .stdout_any("long; the test checks what it needs of it below")
            .run()
            .stdout_text()
            .matches("bulk/s")
            .count(),
        5000
    );
}

// ---------------------------------------------------------------- completion, prompts, help

#[test]
fn complete_names_lists_names_only_when_no_prompt_is_needed() {
    let sb = Sandbox::new();
    sb.create("app/db", "1");
    sb.create("app/api", "2");
    sb.create("other", "3");
    sb.create("app/gone", "4");
    sb.case(&["delete", "app/gone"])
        .stderr("app/gone is scheduled for deletion on [..]; `sealbox restore app/gone` cancels it\n")
        .run();
    sb.case(&["__complete-names", "app/"]).stdout("app/api\napp/db\n").run();
    sb.case(&["__complete-names"]).stdout("app/api\napp/db\nother\n").run();
    // A passphrase-protected identity and no descriptor: nothing, quietly.
    let locked = Sandbox::empty();
    std::fs::write(locked.home().join("pass"), "pw\n").unwrap();
    sh(
        &locked,
        "SEALBOX_PASSPHRASE_FD=3 sealbox init 3<pass && SEALBOX_PASSPHRASE_FD=3 sealbox create x --value 1 3<pass",
    )
    .stderr(
        "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n\
             created x (version [..])\n",
    )
    .run();
    let r = locked.case(&["__complete-names"]).stdout("").run();
    assert!(r.output.stderr.is_empty(), "{}", r.stderr_text());
    // No vault at all: nothing either.
    Sandbox::empty().case(&["__complete-names"]).stdout("").run();
}

#[test]
fn bash_completion_offers_secret_names() {
    if require_tool("bash").is_none() {
        return;
    }
    let sb = Sandbox::new();
    sb.create("app/db-password", "1");
    sb.create("app/api", "2");
    let file = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions/sealbox.bash");
    let script = format!(
        r#"source {f}
complete_words() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _sealbox_names sealbox "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; printf '%s,' "${{COMPREPLY[@]}}"; echo; }}
complete_words sealbox get app/
complete_words sealbox describe app/d
complete_words sealbox exec --prefix ap
complete_words sealbox get --stag"#,
        f = file.display()
    );
    let mut c = Command::new("bash");
    c.args(["-c", &script]);
    c.env_clear().env("HOME", sb.home()).env("PATH", sh_path());
    let out = sb
        .case_cmd(c)
        .stdout(
            "app/api,app/db-password,\n\
             app/db-password,\n\
             app/,\n\
             --stage,\n",
        )
        .run();
    assert_eq!(out.stdout_text(), "app/api,app/db-password,\napp/db-password,\napp/,\n--stage,\n");
}

#[test]
fn fish_and_zsh_completion_offer_secret_names() {
    let sb = Sandbox::new();
    sb.create("app/db-password", "1");
    sb.create("app/api", "2");
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("completions");
    if require_tool("fish").is_some() {
        let script = format!(
            "source {}; complete -C 'sealbox get app/'; complete -C 'sealbox exec --prefix app/d'",
            dir.join("sealbox.fish").display()
        );
        let mut c = Command::new("fish");
        c.args(["--no-config", "-c", &script]).env_clear().env("HOME", sb.home()).env("PATH", sh_path());
        sb.case_cmd(c).stdout("app/api\napp/db-password\napp/db-password\n").run();
    }
    if require_tool("zsh").is_some() {
        // compadd only works inside a completion; a stand-in prints what it is given.
        let script = format!(
            "source {} 2>/dev/null; compadd() {{ print -l -- \"${{(@P)2}}\" }}; PREFIX=app/db _sealbox_secret_names",
            dir.join("_sealbox").display()
        );
        let mut c = Command::new("zsh");
        c.args(["-f", "-c", &script]).env_clear().env("HOME", sb.home()).env("PATH", sh_path());
        sb.case_cmd(c).stdout("app/db-password\n").run();
    }
}

fn sh_path() -> String {
    format!("{}:{}", Path::new(BIN).parent().unwrap().display(), std::env::var("PATH").unwrap_or_default())
}

#[test]
fn no_input_never_prompts_and_fails_with_6() {
    let sb = Sandbox::empty();
    // init with no terminal and no --no-passphrase: a prompt would be needed.
    sb.case(&["init"])
        .status(6)
        .stderr(
            "sealbox: error: init needs a passphrase for the new identity, and there is no terminal to ask on (or --no-input)\n\
             sealbox: hint: run it in a terminal, or pass --no-passphrase (or --identity PATH to adopt a key)\n",
        )
        .run();
    std::fs::write(sb.home().join("pass"), "pw\n").unwrap();
    sh(&sb, "SEALBOX_PASSPHRASE_FD=3 sealbox init 3<pass && SEALBOX_PASSPHRASE_FD=3 sealbox create k --value v 3<pass")
        .stderr(
            "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n\
             created k (version [..])\n",
        )
        .run();
    // A passphrase-protected identity without the descriptor: exit 6 at once, with a hint.
    for args in [&["get", "k"][..], &["exec", "--env", "K=k", "--", "true"], &["env", "--env", "K=k"], &["export"]] {
        sb.case(args).status(6).stderr(NEEDS_PASSPHRASE).run();
    }
    if require_tool("script").is_none() {
        return;
    }
    // On a real terminal (script(1) gives one), --no-input still never prompts.
    let r = sh(&sb, "script -qec 'sealbox --no-input get k; echo \"status=$?\"' /dev/null")
        .stdout_any("script(1) puts both streams on its terminal; the test checks the lines that matter")
        .run();
    assert!(r.stdout_text().contains("a passphrase is needed"), "{}", r.stdout_text());
    assert!(r.stdout_text().contains("status=6"), "{}", r.stdout_text());
    assert!(!r.stdout_text().contains("passphrase to"), "prompted:\n{}", r.stdout_text());
    let plain = Sandbox::new();
    let r = sh(&plain, "script -qec 'sealbox --no-input create x; echo \"status=$?\"' /dev/null")
        .stdout_any("script(1) puts both streams on its terminal; the test checks the lines that matter")
        .run();
    assert!(r.stdout_text().contains("--no-input forbids the prompt"), "{}", r.stdout_text());
    assert!(r.stdout_text().contains("status=6"), "{}", r.stdout_text());
}

#[test]
fn passphrase_descriptor_can_be_a_pipe() {
    // Read once: init used to drain a pipe before reading it for real (an empty passphrase).
    let sb = Sandbox::empty();
    sh(&sb, "printf 'pw\\n' | SEALBOX_PASSPHRASE_FD=0 sealbox init")
        .stderr(
            "created identity [HOME]/.config/sealbox/identity.txt\n\
             created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
             back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
        )
        .run();
    sh(&sb, "printf 'pw\\n' | SEALBOX_PASSPHRASE_FD=3 sealbox create k --value v 3<&0 0</dev/null")
        .stderr("created k (version [..])\n")
        .run();
    sh(&sb, "printf 'pw\\n' | SEALBOX_PASSPHRASE_FD=0 sealbox get k").stdout("v").run();
    sh(&sb, "printf 'wrong\\n' | SEALBOX_PASSPHRASE_FD=0 sealbox get k")
        .status(6)
        .stderr(
            "sealbox: error: wrong passphrase for the identity\n\
             sealbox: hint: try again; `sealbox passwd` changes it once you are in\n",
        )
        .run();
    sh(&sb, "printf '\\n' | SEALBOX_PASSPHRASE_FD=0 sealbox --vault v2.age --identity id2 init")
        .status(2)
        .stderr(
            "sealbox: error: the passphrase on SEALBOX_PASSPHRASE_FD is empty\n\
             sealbox: hint: write the passphrase and a newline to the descriptor, or use --no-passphrase\n",
        )
        .run();
}

#[test]
fn every_subcommand_has_help_with_examples() {
    let sb = Sandbox::empty();
    let top = sb.case(&["--help"]).stdout_any("long; the test checks what it needs of it below").run().stdout_text();
    let commands: Vec<String> = top
        .lines()
        .skip_while(|l| *l != "Commands:")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .filter(|l| l.starts_with("  ") && !l.starts_with("   "))
        .filter_map(|l| l.split_whitespace().next().map(str::to_string))
        .filter(|c| c != "help")
        .collect();
    for mine in ["exec", "env", "inject", "import", "export"] {
        assert!(commands.iter().any(|c| c == mine), "{mine} missing from --help:\n{top}");
    }
    assert!(!top.contains("__complete-names"), "the hidden command shows:\n{top}");
    for cmd in &commands {
        let help = sb
            .case(&[cmd, "--help"])
            .stdout_any("each command's help; its examples are checked below")
            .run()
            .stdout_text();
        assert!(help.contains("Examples:\n  "), "{cmd} --help has no examples:\n{help}");
    }
}

// ---------------------------------------------------------------- Makefiles

#[test]
fn makefile_with_parallel_gets_and_a_target_under_exec() {
    if require_tool("make").is_none() {
        return;
    }
    let sb = Sandbox::new();
    sb.create("app/dev/db-password", "s3cr3t");
    sb.create("app/dev/api-key", "k3y");
    for i in 0..16 {
        sb.create(&format!("app/dev/n{i}"), &format!("v{i}"));
    }
    let dir = sb.home().join("project");
    std::fs::create_dir(&dir).unwrap();
    // The Makefile of the README's scripting section.
    let makefile = "\
DB_PASSWORD := $(or $(shell sealbox get app/dev/db-password),$(error app/dev/db-password: sealbox get failed, see above))
N := 0 1 2 3 4 5 6 7 8 9 10 11 12 13 14 15

all: config.txt deploy fetch

config.txt:
\t@printf 'db=%s\\n' '$(DB_PASSWORD)' > $@

deploy:
\t@sealbox exec --prefix app/dev/ -- sh -c 'printf \"%s %s\\n\" \"$$API_KEY\" \"$$DB_PASSWORD\" > deployed.txt'

fetch: $(addprefix out/n,$(N))

out/n%:
\t@mkdir -p out
\t@sealbox get app/dev/n$* > $@
";
    std::fs::write(dir.join("Makefile"), makefile).unwrap();
    let mut c = Command::new("make");
    c.args(["-j8", "-C"]).arg(&dir);
    c.env_clear().env("HOME", sb.home()).env("PATH", sh_path()).env("LANG", "C.UTF-8");
    sb.case_cmd(c)
        .stdout(
            "make: Entering directory '[HOME]/project'\n\
             make: Leaving directory '[HOME]/project'\n",
        )
        .run();
    assert_eq!(std::fs::read_to_string(dir.join("config.txt")).unwrap(), "db=s3cr3t\n");
    assert_eq!(std::fs::read_to_string(dir.join("deployed.txt")).unwrap(), "k3y s3cr3t\n");
    for i in 0..16 {
        assert_eq!(std::fs::read_to_string(dir.join(format!("out/n{i}"))).unwrap(), format!("v{i}"));
    }
}
