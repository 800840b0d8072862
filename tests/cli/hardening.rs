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
