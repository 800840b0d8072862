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
