//! One vault in git, merged secret by secret (DESIGN.md "Teams: one vault in git"), through
//! real git: a bare repository in a temp dir and two clones, each with its own HOME (own
//! record of known vaults, own audit log) sharing one identity, both set up with `sealbox git
//! setup`. git finds `sealbox` on PATH: the test binary's directory comes first.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use crate::support::{Run, Sandbox, require_tool};

struct Clone {
    sb: Sandbox,
    repo: PathBuf,
}

fn bin_dir() -> PathBuf {
    Path::new(env!("CARGO_BIN_EXE_sealbox")).parent().unwrap().to_path_buf()
}

impl Clone {
    fn vault(&self) -> PathBuf {
        self.repo.join("vault.age")
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.sb.cmd(args);
        c.env("SEALBOX_VAULT", self.vault());
        c
    }

    fn sealbox(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args), None)
    }

    #[track_caller]
    fn ok(&self, args: &[&str]) -> String {
        let run = self.sealbox(args);
        assert_eq!(run.code(), 0, "sealbox {}: {}{}", args.join(" "), run.stdout_text(), run.stderr_text());
        run.stdout_text()
    }

    #[track_caller]
    fn ok_stdin(&self, args: &[&str], stdin: &str) -> String {
        let run = Run::from(self.cmd(args), Some(stdin.as_bytes()));
        assert_eq!(run.code(), 0, "sealbox {}: {}", args.join(" "), run.stderr_text());
        run.stdout_text()
    }

    fn git_cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new("git");
        c.args(args).current_dir(&self.repo).env_clear();
        let path = std::env::join_paths(
            std::iter::once(bin_dir()).chain(std::env::split_paths(&std::env::var_os("PATH").unwrap_or_default())),
        )
        .unwrap();
        c.env("PATH", path)
            .env("HOME", self.sb.home())
            .env("LANG", "C")
            .env("GIT_CONFIG_NOSYSTEM", "1")
            .env("GIT_MERGE_AUTOEDIT", "no")
            .env("GIT_EDITOR", "true")
            .env("SEALBOX_VAULT", self.vault());
        c
    }

    #[track_caller]
    fn git(&self, args: &[&str]) -> String {
        let out = self.git_cmd(args).output().unwrap();
        assert!(out.status.success(), "git {}: {}", args.join(" "), String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    }

    fn git_output(&self, args: &[&str]) -> Output {
        self.git_cmd(args).output().unwrap()
    }

    fn commit(&self, message: &str) {
        self.git(&["add", "-A"]);
        self.git(&["commit", "-q", "-m", message]);
    }

    fn pull(&self) {
        self.git(&["pull", "-q", "origin", "main"]);
    }

    fn push(&self) {
        self.git(&["push", "-q", "origin", "HEAD:main"]);
    }

    fn get(&self, name: &str) -> String {
        self.ok(&["get", name])
    }

    /// Version ids of a secret, deprecated ones included.
    fn version_ids(&self, name: &str) -> Vec<String> {
        let out = self.ok(&["versions", name, "--include-deprecated", "-o", "json"]);
        let v: serde_json::Value = serde_json::from_str(&out).unwrap();
        let mut ids: Vec<String> =
            v["Versions"].as_array().unwrap().iter().map(|v| v["VersionId"].as_str().unwrap().to_string()).collect();
        ids.sort();
        ids
    }

    fn current_id(&self, name: &str) -> String {
        let v: serde_json::Value = serde_json::from_str(&self.ok(&["describe", name, "-o", "json"])).unwrap();
        let stages = v["VersionIdsToStages"].as_object().unwrap();
        stages.iter().find(|(_, s)| s.as_array().unwrap().iter().any(|l| l == "AWSCURRENT")).unwrap().0.clone()
    }

    /// `audit verify` and `doctor` pass (doctor's lines name temp paths and modes git chose).
    #[track_caller]
    fn healthy(&self) {
        self.ok(&["audit", "verify"]);
        let run = self.sealbox(&["doctor"]);
        assert_eq!(run.code(), 0, "doctor: {}{}", run.stdout_text(), run.stderr_text());
        assert!(!run.stdout_text().contains('✗'), "{}", run.stdout_text());
    }
}

struct Team {
    _origin: tempfile::TempDir,
    a: Clone,
    b: Clone,
}

fn clone_into(sb: Sandbox, origin: &Path, name: &str) -> Clone {
    let repo = sb.home().join("repo");
    let c = Clone { sb, repo: repo.clone() };
    let out = Command::new("git")
        .args(["clone", "-q"])
        .arg(origin)
        .arg(&repo)
        .env("GIT_CONFIG_NOSYSTEM", "1")
        .env("HOME", c.sb.home())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    c.git(&["symbolic-ref", "HEAD", "refs/heads/main"]);
    c.git(&["config", "user.name", name]);
    c.git(&["config", "user.email", &format!("{name}@example.com")]);
    c.git(&["config", "pull.rebase", "false"]);
    c
}

/// A bare origin; clone A makes the vault and pushes it; clone B (another HOME, the same
/// identity) clones it. Both ran `sealbox git setup`. None if git is missing (CI: fails).
fn team() -> Option<Team> {
    require_tool("git")?;
    let origin = tempfile::tempdir().unwrap();
    let bare = origin.path().join("vault.git");
    let out = Command::new("git").args(["init", "-q", "--bare", "-b", "main"]).arg(&bare).output().unwrap();
    assert!(out.status.success());
    let a = clone_into(Sandbox::new(), &bare, "alice");
    let identity = a.sb.identity().to_string_lossy().into_owned();
    a.ok(&["init", "--identity", &identity]);
    let setup = a.sealbox(&["git", "setup"]);
    assert_eq!(
        setup.stderr_text(),
        format!(
            "added /vault.age merge=sealbox diff=sealbox to {0}/.gitattributes (and its lock to .gitignore)\n\
             set merge.sealbox.driver and diff.sealbox.textconv in {0}'s git config; commit .gitattributes and .gitignore, and run `sealbox git setup` once in every clone\n",
            a.repo.display()
        )
    );
    assert_eq!(
        std::fs::read_to_string(a.repo.join(".gitattributes")).unwrap(),
        "/vault.age merge=sealbox diff=sealbox\n"
    );
    assert_eq!(std::fs::read_to_string(a.repo.join(".gitignore")).unwrap(), "/vault.age.lock\n/.vault.age.tmp-*\n");
    assert_eq!(a.git(&["config", "merge.sealbox.driver"]), "sealbox merge %O %A %B\n");
    assert_eq!(a.git(&["config", "diff.sealbox.textconv"]), "sealbox textconv\n");
    // Idempotent: a second run changes no file.
    let again = a.sealbox(&["git", "setup"]);
    assert!(
        again.stderr_text().starts_with(&format!("{}/.gitattributes already names /vault.age\n", a.repo.display()))
    );
    assert_eq!(std::fs::read_to_string(a.repo.join(".gitignore")).unwrap(), "/vault.age.lock\n/.vault.age.tmp-*\n");
    a.ok_stdin(&["create", "app/db"], "db-value-one");
    a.ok_stdin(&["create", "shared/api"], "api-value-one");
    a.ok_stdin(&["create", "old/token"], "old-value-one");
    a.commit("vault");
    a.push();
    let b_sb = Sandbox::empty();
    std::fs::create_dir_all(b_sb.identity().parent().unwrap()).unwrap();
    std::fs::copy(a.sb.identity(), b_sb.identity()).unwrap();
    let b = clone_into(b_sb, &bare, "bob");
    b.ok(&["git", "setup"]);
    Some(Team { _origin: origin, a, b })
}

#[test]
fn two_clones_merge_secret_by_secret() {
    let Some(Team { a, b, _origin }) = team() else { return };
    // A: a new version, a tag, a new secret, a deletion.
    a.ok_stdin(&["put-version", "app/db"], "db-value-two");
    a.ok(&["tag", "shared/api", "team=alpha"]);
    a.ok_stdin(&["create", "a/only"], "a-only-value");
    a.ok(&["delete", "old/token"]);
    a.commit("alice");
    a.push();
    // B, meanwhile: its own secret, a custom label, a description, a deleted-and-restored secret.
    b.ok_stdin(&["create", "b/only"], "b-only-value");
    b.ok_stdin(&["put-version", "shared/api", "--stage", "canary"], "api-value-canary");
    b.ok(&["update", "app/db", "--description", "the database"]);
    b.ok_stdin(&["create", "b/gone"], "b-gone-value");
    b.ok(&["delete", "b/gone"]);
    b.ok(&["restore", "b/gone"]);
    b.commit("bob");
    b.pull();
    b.push();
    a.pull();
    for c in [&a, &b] {
        assert_eq!(c.get("app/db"), "db-value-two");
        assert_eq!(c.get("shared/api"), "api-value-one");
        assert_eq!(c.ok(&["get", "shared/api", "--stage", "canary"]), "api-value-canary");
        assert_eq!(c.get("a/only"), "a-only-value");
        assert_eq!(c.get("b/only"), "b-only-value");
        assert_eq!(c.get("b/gone"), "b-gone-value");
        assert_eq!(c.version_ids("app/db").len(), 2);
        assert_eq!(c.version_ids("shared/api").len(), 2);
        let describe: serde_json::Value = serde_json::from_str(&c.ok(&["describe", "app/db", "-o", "json"])).unwrap();
        assert_eq!(describe["Description"], "the database");
        let api: serde_json::Value = serde_json::from_str(&c.ok(&["describe", "shared/api", "-o", "json"])).unwrap();
        assert_eq!(api["Tags"], serde_json::json!([{"Key": "team", "Value": "alpha"}]));
        let old = c.sealbox(&["get", "old/token"]);
        assert_eq!(old.code(), 5, "still scheduled for deletion: {}", old.stderr_text());
        c.healthy();
    }
    // Each clone's sealbox takes the merged vault as its vault's next generation: it writes.
    a.ok_stdin(&["put-version", "a/only"], "a-only-two");
    b.ok_stdin(&["put-version", "b/only"], "b-only-two");
    a.commit("alice 2");
    a.push();
    b.commit("bob 2");
    b.pull();
    b.push();
    a.pull();
    for c in [&a, &b] {
        assert_eq!(c.get("a/only"), "a-only-two");
        assert_eq!(c.get("b/only"), "b-only-two");
        c.healthy();
    }
    // History shows names, version ids and labels, never a value.
    let log = a.git(&["log", "-p", "--", "vault.age"]);
    let db_current = a.current_id("app/db");
    assert!(log.contains("secret app/db "), "{log}");
    assert!(log.contains(&format!("  app/db {db_current} AWSCURRENT created ")), "{log}");
    assert!(log.contains(" canary created "), "{log}");
    for value in [
        "db-value-one",
        "db-value-two",
        "api-value-one",
        "api-value-canary",
        "a-only-value",
        "b-only-value",
        "b-gone-value",
        "a-only-two",
        "b-only-two",
        "old-value-one",
    ] {
        assert!(!log.contains(value), "{value} in git log -p");
    }
}

#[test]
fn a_label_moved_on_both_sides_is_a_conflict_the_printed_command_resolves() {
    let Some(Team { a, b, _origin }) = team() else { return };
    a.ok_stdin(&["put-version", "app/db"], "db-from-alice");
    a.commit("alice");
    a.push();
    b.ok_stdin(&["put-version", "app/db"], "db-from-bob");
    b.ok_stdin(&["create", "b/only"], "b-only-value");
    b.commit("bob");
    let (alice_id, bob_id) = (a.current_id("app/db"), b.current_id("app/db"));
    let pull = b.git_output(&["pull", "-q", "origin", "main"]);
    assert!(!pull.status.success(), "git reports the conflict");
    let stderr = String::from_utf8_lossy(&pull.stderr).into_owned();
    let command = format!("sealbox stage app/db AWSCURRENT --to {alice_id} --from {bob_id}");
    assert!(
        stderr.contains(&format!(
            "sealbox: conflict: app/db: both sides moved AWSCURRENT: it stays on version {bob_id} here, theirs has it on version {alice_id}\n\
             sealbox: hint: to take theirs: {command}\n\
             merged: 0 secrets as theirs has them, 1 merged from both sides, 1 conflict; generation "
        )),
        "{stderr}"
    );
    assert!(stderr.contains(
        "sealbox: error: the merge has 1 conflict: this side was kept where both changed, and nothing was lost\n\
         sealbox: hint: take theirs with the commands above where you want it, then `git add` the vault and commit\n"
    ));
    // Nothing lost: ours kept its label, both versions are there, ours' other changes too.
    assert_eq!(b.get("app/db"), "db-from-bob");
    assert_eq!(b.ok(&["get", "app/db", "--version-id", &alice_id]), "db-from-alice");
    assert_eq!(b.get("b/only"), "b-only-value");
    assert_eq!(b.version_ids("app/db").len(), 3);
    // The same merge run by hand on git's three stages: exit 1, the conflict printed exactly
    // (this machine has seen the merge git made, so its own stage is older: a warning).
    for (stage, file) in [(1, "base.age"), (2, "ours.age"), (3, "theirs.age")] {
        let out = b.git_output(&["show", &format!(":{stage}:vault.age")]);
        assert!(out.status.success());
        std::fs::write(b.sb.home().join(file), out.stdout).unwrap();
    }
    b.sb.case(&["merge", "base.age", "ours.age", "theirs.age"])
        .status(1)
        .stderr(format!(
            "sealbox: warning: the vault ours.age is older than the one this machine last saw (generation [..]): it may have been rolled back; writes are refused until `sealbox trust`\n\
             sealbox: conflict: app/db: both sides moved AWSCURRENT: it stays on version {bob_id} here, theirs has it on version {alice_id}\n\
             sealbox: hint: to take theirs: {command}\n\
             merged: 0 secrets as theirs has them, 1 merged from both sides, 1 conflict; generation [..]\n\
             sealbox: error: the merge has 1 conflict: this side was kept where both changed, and nothing was lost\n\
             sealbox: hint: take theirs with the commands above where you want it, then `git add` the vault and commit\n"
        ))
        .run();
    // The printed command takes theirs.
    let words: Vec<&str> = command.split(' ').skip(1).collect();
    b.ok(&words);
    assert_eq!(b.get("app/db"), "db-from-alice");
    assert_eq!(b.ok(&["get", "app/db", "--stage", "AWSPREVIOUS"]), "db-from-bob");
    b.commit("merge");
    b.push();
    a.pull();
    for c in [&a, &b] {
        assert_eq!(c.get("app/db"), "db-from-alice");
        assert_eq!(c.version_ids("app/db").len(), 3);
        assert_eq!(c.get("b/only"), "b-only-value");
        c.healthy();
    }
}

/// Decrypt with the `age` CLI and another identity: can that recipient read the vault?
fn age_can_read(identity: &Path, vault: &Path) -> bool {
    let age = require_tool("age").unwrap();
    Command::new(age).arg("-d").arg("-i").arg(identity).arg(vault).output().unwrap().status.success()
}

#[test]
fn a_recipient_added_on_one_side_reads_the_merge_and_a_removed_one_does_not() {
    let Some(Team { a, b, _origin }) = team() else { return };
    if require_tool("age").is_none() {
        return;
    }
    let carol = Sandbox::new();
    let carol_key = carol.public_key();
    a.ok(&["recipients", "add", &carol_key]);
    a.commit("add carol");
    a.push();
    b.ok_stdin(&["create", "b/one"], "b-one-value");
    b.commit("bob");
    b.pull();
    assert!(age_can_read(&carol.identity(), &b.vault()), "carol, added by alice, reads bob's merge");
    assert_eq!(b.get("b/one"), "b-one-value");
    b.push();
    a.pull();
    // Alice removes carol (a new vault key); bob adds a secret under the old key meanwhile.
    a.ok(&["recipients", "remove", &carol_key]);
    a.commit("remove carol");
    a.push();
    b.ok_stdin(&["create", "b/two"], "b-two-value");
    b.commit("bob 2");
    b.pull();
    assert!(!age_can_read(&carol.identity(), &b.vault()), "carol, removed by alice, can't read bob's merge");
    let run = b.sealbox(&["get", "b/two"]);
    assert_eq!(run.stdout_text(), "b-two-value");
    assert_eq!(
        run.stderr_text(),
        format!(
            "sealbox: warning: the vault key of {} changed since this machine last saw it (a `recipients remove`, here or on another machine); accepted because the vault holds the key known here\n",
            b.vault().display()
        )
    );
    b.push();
    a.pull();
    for c in [&a, &b] {
        assert_eq!(c.get("b/one"), "b-one-value");
        assert_eq!(c.get("b/two"), "b-two-value");
        assert_eq!(c.ok(&["recipients", "list"]).lines().count(), 1);
        c.healthy();
    }
    assert!(!age_can_read(&carol.identity(), &a.vault()));
}

#[test]
fn a_copy_of_another_vault_is_refused_and_ours_is_unchanged() {
    let Some(Team { a, _origin, .. }) = team() else { return };
    let other = a.sb.home().join("other.age");
    let identity = a.sb.identity().to_string_lossy().into_owned();
    a.sb.run(&["--vault", &other.to_string_lossy(), "init", "--identity", &identity]).success();
    let before = std::fs::read(a.vault()).unwrap();
    std::fs::copy(a.vault(), a.sb.home().join("ours.age")).unwrap();
    std::fs::copy(a.vault(), a.sb.home().join("base.age")).unwrap();
    a.sb.case(&["merge", "base.age", "ours.age", "other.age"])
        .status(6)
        .stderr(
            "sealbox: error: other.age is not a copy of this vault: it is vault [..], this one is vault [..]\n\
             sealbox: hint: sealbox merges only copies of one vault; keep one side with `git checkout --ours` or `--theirs` instead\n",
        )
        .run();
    assert_eq!(std::fs::read(a.sb.home().join("ours.age")).unwrap(), before);
    // textconv of a revision this identity can't open says so, so `git log -p` goes on.
    let stranger = Sandbox::new();
    a.sb.case(&["textconv", &stranger.vault().to_string_lossy()])
        .stdout("vault not readable with this identity: [..]\n")
        .run();
    a.sb.case(&["merge", "ours.age", "other.age"])
        .status(2)
        .stderr(
            "sealbox: error: merge takes three files, BASE OURS THEIRS, or --into VAULT OTHER\n\
             sealbox: hint: `sealbox git setup` makes git run `sealbox merge %O %A %B`\n",
        )
        .run();
}

#[test]
fn a_sync_conflict_copy_is_found_by_doctor_and_merged_with_into() {
    let Some(Team { a, b, _origin }) = team() else { return };
    // Bob's machine syncs the folder: its copy diverges and comes back as a conflict copy.
    b.ok_stdin(&["put-version", "app/db"], "db-from-bob");
    b.ok_stdin(&["create", "b/only"], "b-only-value");
    a.ok_stdin(&["create", "a/only"], "a-only-value");
    let copy = a.repo.join("vault.sync-conflict-20261202-123456-ABCDEFG.age");
    std::fs::copy(b.vault(), &copy).unwrap();
    let doctor = a.sealbox(&["doctor"]);
    let line = format!(
        "! sync conflicts: {} is a file-sync conflict copy of the vault: merge it with `sealbox merge --into {} {}`, then remove it\n",
        copy.display(),
        a.vault().display(),
        copy.display()
    );
    assert!(doctor.stdout_text().contains(&line), "{}", doctor.stdout_text());
    a.sb.case(&["merge", "--into", &a.vault().to_string_lossy(), &copy.to_string_lossy()])
        .env("SEALBOX_VAULT", a.vault().to_string_lossy())
        .stderr("merged: 2 secrets as theirs has them, 0 merged from both sides, 0 conflicts; generation [..]\n")
        .run();
    assert_eq!(a.get("app/db"), "db-from-bob");
    assert_eq!(a.get("b/only"), "b-only-value");
    assert_eq!(a.get("a/only"), "a-only-value");
    std::fs::remove_file(&copy).unwrap();
    a.healthy();
    assert!(!a.sealbox(&["doctor"]).stdout_text().contains("sync conflicts"));
}
