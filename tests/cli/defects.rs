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
