//! Issue 13's model-side attacks: prefixes that leak into a sibling subtree, recipients
//! spelled twice, crafted numbers, control characters, dangerous variable names, regions
//! left encrypting to a removed key. Each test fails on the code before its fix.

use std::path::{Path, PathBuf};

use crate::support::*;

const NOW: &str = "2026-03-01T09:00:00Z";

fn s(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// A sandbox holding a subtree `app/ci`, its root secret, and the siblings that a raw string
/// prefix would leak: `app/ci-admin/root` and `app/ci.x`.
fn ci_tree() -> Sandbox {
    let sb = Sandbox::new();
    for (name, value) in [("app/ci", "root"), ("app/ci/db", "db"), ("app/ci-admin/root", "admin"), ("app/ci.x", "x")] {
        sb.case(&["create", name, "--value", value]).env("SEALBOX_NOW", NOW).stderr_any("a fresh version id").run();
    }
    sb
}

/// Issue 13 #4: `exec`/`env`/`export`/`list`/`audit` with `app/ci` or `app/ci/` select
/// `app/ci` and `app/ci/…`, never `app/ci-admin/…` (before: ADMIN_ROOT was exported).
#[test]
fn a_prefix_is_a_subtree_for_every_reader() {
    let sb = ci_tree();
    for prefix in ["app/ci", "app/ci/"] {
        sb.case(&["env", prefix]).env("SEALBOX_NOW", NOW).stdout("export CI='root'\nexport DB='db'\n").run();
        sb.case(&["export", prefix])
            .env("SEALBOX_NOW", NOW)
            .stdout("{\n  \"app/ci\": \"root\",\n  \"app/ci/db\": \"db\"\n}\n")
            .run();
        sb.case(&["exec", "--prefix", prefix, "--", "/bin/sh", "-c", "echo $CI $DB ${ADMIN_ROOT-unset} ${X-unset}"])
            .env("SEALBOX_NOW", NOW)
            .stdout("root db unset unset\n")
            .run();
        sb.case(&["list", prefix])
            .env("SEALBOX_NOW", NOW)
            .stdout(
                "NAME       DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE\n\
                 app/ci                  1         2026-03-01 09:00  2026-03-01     -              -\n\
                 app/ci/db               1         2026-03-01 09:00  2026-03-01     -              -\n",
            )
            .run();
    }
    // The audit query reads prefixes the same way: both spellings, the same lines.
    let names = |q: &str| {
        let v = sb.json(&["audit", q]);
        v["Events"].as_array().unwrap().iter().map(|e| e["name"].as_str().unwrap().to_string()).collect::<Vec<_>>()
    };
    assert_eq!(names("app/ci/"), names("app/ci"));
    assert!(names("app/ci").iter().all(|n| n == "app/ci" || n.starts_with("app/ci/")));
}

/// Issue 13 #4: `replicate --prefix app/ci` copies only the subtree, and a new secret follows
/// it only if it is in the subtree (before: `app/ci-admin/…` was copied into the CI vault).
#[test]
fn replicate_prefix_copies_only_the_subtree() {
    for prefix in ["app/ci", "app/ci/"] {
        let sb = ci_tree();
        let region: PathBuf = sb.home().join("regions/ci/vault.age");
        sb.case(&["region", "add", "ci", "--vault", s(&region)])
            .stderr("created the vault [HOME]/regions/ci/vault.age for region ci\n")
            .run();
        sb.case(&["replicate", "--prefix", prefix, "--to", "ci"])
            .stderr(format!("replicated 2 of 2 secret(s) under {prefix:?} to ci; new secrets under it follow\n"))
            .run();
        for name in ["app/ci/new", "app/ci-admin/new"] {
            sb.case(&["create", name, "--value", "n"]).stderr_any("a fresh version id").run();
        }
        let listed = sb.json(&["--vault", s(&region), "list"]);
        let names: Vec<&str> =
            listed["SecretList"].as_array().unwrap().iter().map(|e| e["Name"].as_str().unwrap()).collect();
        assert_eq!(names, ["app/ci", "app/ci/db", "app/ci/new"], "{prefix}");
        // The other spelling names the same replicated prefix.
        let other = if prefix == "app/ci" { "app/ci/" } else { "app/ci" };
        sb.case(&["replicate", "--prefix", other, "--remove", "ci"])
            .stderr_any("the removal summary is replication.rs's text, tested there")
            .run();
        assert!(sb.json(&["region", "list"])["Regions"][0]["ReplicatedPrefixes"].as_array().unwrap().is_empty());
    }
}

/// An SSH key pair for "bob", made by ssh-keygen: (private key path, `ssh-ed25519 AAAA… bob@laptop`).
fn bob(sb: &Sandbox) -> Option<(PathBuf, String)> {
    let keygen = require_tool("ssh-keygen")?;
    let key = sb.home().join("bob");
    let status = std::process::Command::new(keygen)
        .args(["-q", "-t", "ed25519", "-N", "", "-C", "bob@laptop", "-f"])
        .arg(&key)
        .status()
        .unwrap();
    assert!(status.success());
    let public = std::fs::read_to_string(key.with_extension("pub")).unwrap().trim().to_string();
    Some((key, public))
}

/// `age -d -i KEY VAULT` succeeds: the key can still open the file without sealbox.
fn age_opens(key: &Path, vault: &Path) -> bool {
    let age = require_tool("age").unwrap();
    std::process::Command::new(age).arg("-d").arg("-i").arg(key).arg(vault).output().unwrap().status.success()
}

/// Issue 13 #8 and #10: one SSH key spelled with and without its comment (or with other
/// whitespace) is one recipient; removing any spelling removes the key, so `age -d` with it
/// fails; the removal names the region that still encrypts to it, and `doctor` flags that
/// region until it is fixed. (Before: the second spelling was a second recipient, the
/// removal left the first, and bob could still decrypt the vault.)
#[test]
fn a_recipient_is_its_key_not_its_spelling() {
    let sb = Sandbox::new();
    let Some((bob_key, spelled)) = bob(&sb) else { return };
    if require_tool("age").is_none() {
        return;
    }
    let bare = spelled.rsplit_once(' ').unwrap().0.to_string();
    let (kind, blob) = bare.split_once(' ').unwrap();
    let region = sb.home().join("ci.age");
    sb.case(&["region", "add", "ci", "--vault", s(&region)])
        .stderr("created the vault [HOME]/ci.age for region ci\n")
        .run();
    sb.case(&["recipients", "add", &spelled])
        .stderr("added 1 recipient; [HOME]/.local/share/sealbox/vault.age re-encrypted to 2 recipients\n")
        .run();
    sb.case(&["--vault", s(&region), "recipients", "add", &spelled])
        .stderr("added 1 recipient; [HOME]/ci.age re-encrypted to 2 recipients\n")
        .run();
    for other in [bare.clone(), format!("{kind}   {blob}  bob@desktop"), format!(" {bare}\t")] {
        sb.case(&["recipients", "add", &other])
            .stderr("nothing to add: every key given is a recipient already\n")
            .run();
    }
    let own = sb.public_key();
    sb.case(&["recipients", "list"]).stdout(format!("{own}  (this identity)\n{spelled}\n")).run();
    assert!(age_opens(&bob_key, &sb.vault()));
    sb.case(&["recipients", "remove", &format!("{kind}  {blob} other-comment")])
        .stderr(format!(
            "removed {kind} {blob} other-comment; [HOME]/.local/share/sealbox/vault.age re-encrypted to 1 recipient\n\
             sealbox: warning: region ci still encrypts to {kind} {blob} other-comment; run: sealbox --vault [HOME]/ci.age recipients remove '{kind} {blob} other-comment'\n"
        ))
        .run();
    sb.case(&["recipients", "list"]).stdout(format!("{own}  (this identity)\n")).run();
    assert!(!age_opens(&bob_key, &sb.vault()), "the removed key still decrypts the vault");
    assert!(age_opens(&bob_key, &region));
    let run = sb
        .case(&["doctor"])
        .status(1)
        .stdout_any("doctor's other lines are tested in doctor.rs")
        .stderr_any("the summary line is doctor.rs's")
        .run();
    let line = run
        .stdout_text()
        .lines()
        .find(|l| l.contains("region ci"))
        .unwrap()
        .replace(&*sb.home().to_string_lossy(), "[HOME]");
    assert_eq!(
        line,
        format!(
            "✗ region ci: [HOME]/ci.age still encrypts to {spelled}, which the primary no longer has; run: sealbox --vault [HOME]/ci.age recipients remove '{spelled}'"
        )
    );
    sb.case(&["--vault", s(&region), "recipients", "remove", &bare])
        .stderr(format!("removed {bare}; [HOME]/ci.age re-encrypted to 1 recipient\n"))
        .run();
    assert!(!age_opens(&bob_key, &region));
    let run = sb.case(&["doctor"]).stdout_any("doctor's other lines are tested in doctor.rs").run();
    assert!(run.stdout_text().contains("✓ region ci: "), "{}", run.stdout_text());
}

/// Replace `from` by `to` in the vault's meta line and seal it again, moving the header's
/// offsets by the change in length so the damage is only what `to` says.
fn craft_meta(sb: &Sandbox, from: &str, to: &str) -> Option<()> {
    use sealbox::vault::format::{HEADER_LEN, Header};
    let plain = sb.plaintext()?;
    let header = Header::decode(&plain).unwrap();
    let meta = std::str::from_utf8(&plain[HEADER_LEN as usize..header.catalog as usize]).unwrap();
    assert!(meta.contains(from), "{from:?} not in the meta");
    let meta = meta.replacen(from, to, 1);
    let delta = meta.len() as u64 - (header.catalog - HEADER_LEN);
    let moved = Header { catalog: header.catalog + delta, records: header.records + delta, end: header.end + delta };
    let mut out = moved.encode();
    out.extend(meta.as_bytes());
    out.extend(&plain[header.catalog as usize..]);
    sb.seal(&out);
    Some(())
}

/// Issue 13 #9: a crafted `secret_count` of 10^15 (an allocation abort before) or u64::MAX
/// (a capacity overflow panic, exit 101, before) is a corrupted vault, exit 6, for reads,
/// writes and `doctor`; the vault is left as it was.
#[test]
fn a_crafted_secret_count_is_a_corrupted_vault() {
    for count in ["1000000000000000", "18446744073709551615"] {
        let sb = Sandbox::new();
        sb.case(&["create", "a", "--value", "1"]).stderr_any("a fresh version id").run();
        let Some(()) = craft_meta(&sb, "\"secret_count\":1,", &format!("\"secret_count\":{count},")) else { return };
        let before = sb.vault_bytes();
        let corrupted = format!(
            "sealbox: error: the vault [HOME]/.local/share/sealbox/vault.age is corrupted: the meta counts {count} secrets but the catalog [..]\n\
             sealbox: hint: restore it from a backup or a region (`sealbox --vault REGION_PATH ...`); sealbox never overwrites a vault it can't read\n"
        );
        // Reads say "is N bytes" (a bound checked at open), writes "has 1" (the exact count).
        for args in [vec!["get", "a"], vec!["list"], vec!["put-version", "a", "--value", "2"]] {
            sb.case(&args).status(6).stderr(corrupted.clone()).run();
        }
        let run = sb
            .case(&["doctor"])
            .status(1)
            .stdout_any("only the vault line matters here")
            .stderr_any("doctor's summary")
            .run();
        let vault = sb.vault().display().to_string();
        let line =
            format!("✗ vault: the vault {vault} is corrupted: the meta counts {count} secrets but the catalog has 1\n");
        assert!(run.stdout_text().contains(&line), "{}", run.stdout_text());
        assert_eq!(sb.vault_bytes(), before);
    }
}

/// Issue 13 #9: `--lock-timeout 1e20` panicked in `Duration::from_secs_f64` at the first
/// write; now it, `inf` and `NaN` are usage errors before anything is opened.
#[test]
fn a_lock_timeout_past_the_maximum_is_a_usage_error() {
    let sb = Sandbox::new();
    for t in ["1e20", "inf", "NaN", "-1", "86400.5"] {
        sb.case(&[&format!("--lock-timeout={t}"), "create", "a", "--value", "1"])
            .status(2)
            .stderr("sealbox: error: --lock-timeout must be a number of seconds from 0 to 86400 (a day)\n")
            .run();
    }
    sb.case(&["--lock-timeout", "86400", "create", "a", "--value", "1"]).stderr_any("a fresh version id").run();
}

/// Issue 13 #10: ESC and other control characters are refused in descriptions and tags (exit
/// 2, the vault unchanged), and what an old vault already holds is shown escaped in tables
/// and `describe`, while JSON keeps its own escaping. (Before: accepted and printed raw, so
/// `list` could clear the screen or retitle the terminal.)
#[test]
fn control_characters_never_reach_the_terminal() {
    let sb = Sandbox::new();
    sb.case(&["create", "a", "--value", "1"]).env("SEALBOX_NOW", NOW).stderr_any("a fresh version id").run();
    let before = sb.vault_bytes();
    let hint = "sealbox: hint: descriptions and tags are printable text; remove the control characters\n";
    sb.case(&["create", "b", "--value", "1", "--description", "x\u{1b}[2J"])
        .status(2)
        .stderr(format!("sealbox: error: invalid description: control character U+001B is not allowed\n{hint}"))
        .run();
    sb.case(&["update", "a", "--description", "tab\there"])
        .status(2)
        .stderr(format!("sealbox: error: invalid description: control character U+0009 is not allowed\n{hint}"))
        .run();
    sb.case(&["tag", "a", "k=\u{1b}]0;owned\u{7}"])
        .status(2)
        .stderr(format!("sealbox: error: invalid value of tag \"k\": control character U+001B is not allowed\n{hint}"))
        .run();
    sb.case(&["tag", "a", "k\u{9b}=v"])
        .status(2)
        .stderr(format!(
            "sealbox: error: invalid tag key \"k\\u{{9b}}\": control character U+009B is not allowed\n{hint}"
        ))
        .run();
    assert_eq!(sb.vault_bytes(), before);
    // An old vault that already holds them, written past every check.
    let Some(()) = sb.edit_vault(|doc| {
        let s = doc.get_mut("a").unwrap().unwrap();
        s.description = Some("x\u{1b}[2Jy".into());
        s.tags.insert("k".into(), "\u{1b}]0;owned\u{7}\u{7f}".into());
    }) else {
        return;
    };
    sb.case(&["list"])
        .env("SEALBOX_NOW", NOW)
        .stdout(
            "NAME  DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE\n\
             a     x\\u{1b}[2Jy  1         2026-03-01 09:00  -              -              -\n",
        )
        .run();
    let run = sb.case(&["describe", "a"]).env("SEALBOX_NOW", NOW).stdout_any("ARN and version id vary").run();
    let text = run.stdout_text();
    assert!(text.contains("  x\\u{1b}[2Jy\n"), "{text}");
    assert!(text.contains("  k=\\u{1b}]0;owned\\u{7}\\u{7f}\n"), "{text}");
    assert!(!text.contains('\u{1b}') && !text.contains('\u{7}'), "{text}");
    let json = sb.case(&["describe", "a", "-o", "json"]).stdout_any("checked as JSON below").run().stdout_text();
    assert!(json.contains(r#""Description": "x\u001b[2Jy""#), "{json}");
}

/// Issue 13 #10: a secret name under the prefix never sets PATH, LD_PRELOAD or their kin
/// (before: `app/ci/path` replaced PATH and changed which program ran); the secret is
/// skipped with a warning naming it and the variable, and `--env PATH=REF` still sets it.
#[test]
fn a_prefix_never_sets_a_dangerous_variable() {
    let sb = Sandbox::new();
    for (name, value) in [("app/ci/path", "/nowhere"), ("app/ci/ld-preload", "/tmp/evil.so"), ("app/ci/token", "t")] {
        sb.case(&["create", name, "--value", value]).stderr_any("a fresh version id").run();
    }
    let warn = "sealbox: warning: skipping app/ci/ld-preload: it would set LD_PRELOAD, which sealbox never sets from a secret name; use --env LD_PRELOAD=app/ci/ld-preload to set it on purpose\n\
                sealbox: warning: skipping app/ci/path: it would set PATH, which sealbox never sets from a secret name; use --env PATH=app/ci/path to set it on purpose\n";
    sb.case(&[
        "exec",
        "--prefix",
        "app/ci",
        "--",
        "/bin/sh",
        "-c",
        "echo $TOKEN ${LD_PRELOAD-unset}; [ \"$PATH\" = /nowhere ] && echo overridden || echo kept",
    ])
    .stdout("t unset\nkept\n")
    .stderr(warn)
    .run();
    sb.case(&["env", "app/ci"]).stdout("export TOKEN='t'\n").stderr(warn).run();
    sb.case(&["exec", "--env", "LD_PRELOAD=app/ci/token", "--", "/bin/sh", "-c", "echo $LD_PRELOAD"])
        .stdout("t\n")
        .stderr_any("the loader may complain that it can't preload `t`")
        .run();
}
