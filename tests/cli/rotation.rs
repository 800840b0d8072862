//! Rotation against real processes: small shell scripts written by each test record their
//! argv, environment and stdin, and fail, block or sleep on request (marker files beside them).

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Stdio;
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::*;

/// A script that logs everything about each step into its own directory. Marker files in that
/// directory change what it does: `fail-STEP` exits 3 with `boom in STEP` on stderr,
/// `block-STEP` waits (up to 30 s) until the file is removed, `value` is printed by `create`.
const RECORDER: &str = r#"#!/bin/sh
dir=$(dirname "$0")
step="$1"
printf '%s\n' "$0" "$@" > "$dir/argv-$step"
env > "$dir/env-$step"
cat > "$dir/stdin-$step"
echo "$step" >> "$dir/steps.log"
if [ -e "$dir/fail-$step" ]; then echo "boom in $step" >&2; exit 3; fi
if [ -e "$dir/block-$step" ]; then
  echo $$ > "$dir/started-$step"
  i=0
  while [ -e "$dir/block-$step" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done
fi
if [ "$step" = create ] && [ -e "$dir/value" ]; then cat "$dir/value"; fi
exit 0
"#;

fn write_script(dir: &Path, name: &str, body: &str) -> PathBuf {
    std::fs::create_dir_all(dir).unwrap();
    let path = dir.join(name);
    std::fs::write(&path, body).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

/// A sandbox with secret `app/db` = `old-value` and the recorder script in `<home>/scripts`.
fn setup() -> (Sandbox, PathBuf) {
    let sb = Sandbox::new();
    sb.create("app/db", "old-value");
    let script = write_script(&sb.home().join("scripts"), "rotate.sh", RECORDER);
    (sb, script)
}

fn scripts(sb: &Sandbox) -> PathBuf {
    sb.home().join("scripts")
}

fn touch(path: PathBuf) {
    std::fs::write(path, b"").unwrap();
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn steps_run(sb: &Sandbox) -> Vec<String> {
    std::fs::read_to_string(scripts(sb).join("steps.log")).unwrap_or_default().lines().map(str::to_string).collect()
}

fn stages(sb: &Sandbox, name: &str) -> Value {
    sb.json(&["describe", name])["VersionIdsToStages"].clone()
}

fn version_with(sb: &Sandbox, name: &str, label: &str) -> Option<String> {
    let map = stages(sb, name);
    map.as_object()
        .unwrap()
        .iter()
        .find(|(_, labels)| labels.as_array().unwrap().iter().any(|l| l == label))
        .map(|(id, _)| id.clone())
}

fn audit_lines(sb: &Sandbox) -> Vec<Value> {
    let path = sb.home().join(".local/state/sealbox/audit.jsonl");
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| serde_json::from_str::<Value>(l).unwrap())
        .collect()
}

fn audit_ops(sb: &Sandbox) -> Vec<(String, String)> {
    audit_lines(sb)
        .iter()
        .map(|l| (l["operation"].as_str().unwrap().to_string(), l["detail"].as_str().unwrap_or("").to_string()))
        .collect()
}

fn wait_for(path: &Path) {
    let deadline = Instant::now() + Duration::from_secs(20);
    while !path.exists() {
        assert!(Instant::now() < deadline, "{} never appeared", path.display());
        std::thread::sleep(Duration::from_millis(20));
    }
}

fn pid_exists(pid: &str) -> bool {
    Path::new("/proc").join(pid.trim()).exists()
        && !read(Path::new("/proc").join(pid.trim()).join("stat")).contains(") Z ")
}

#[test]
fn protocol_argv_environment_stdin_and_stdout() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "new-value\n").unwrap();
    let old_id = version_with(&sb, "app/db", "AWSCURRENT").unwrap();
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             rotated app/db: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(steps_run(&sb), ["create", "set", "test"]);
    // The new value is what `create` printed, without its trailing newline.
    assert_eq!(sb.get("app/db"), "new-value");
    let new_id = version_with(&sb, "app/db", "AWSCURRENT").unwrap();
    assert_ne!(new_id, old_id);
    assert_eq!(stages(&sb, "app/db"), json!({new_id.clone(): ["AWSCURRENT"], old_id.clone(): ["AWSPREVIOUS"]}));

    let dir = scripts(&sb);
    let vault = sb.vault();
    for step in ["create", "set", "test"] {
        // argv is exactly [script, step]: executed directly, no shell in between.
        assert_eq!(read(dir.join(format!("argv-{step}"))), format!("{}\n{step}\n", script.display()));
        let env = read(dir.join(format!("env-{step}")));
        let mut keys: Vec<&str> = env
            .lines()
            .filter_map(|l| l.split_once('=').map(|(k, _)| k))
            .filter(|k| !["PWD", "SHLVL", "_", "OLDPWD"].contains(k))
            .collect();
        keys.sort();
        assert_eq!(
            keys,
            [
                "HOME",
                "LANG",
                "PATH",
                "SEALBOX_CURRENT_VERSION_ID",
                "SEALBOX_SECRET_NAME",
                "SEALBOX_STEP",
                "SEALBOX_VAULT",
                "SEALBOX_VERSION_ID"
            ],
            "{env}"
        );
        assert!(env.contains(&format!("SEALBOX_STEP={step}\n")), "{env}");
        assert!(env.contains("SEALBOX_SECRET_NAME=app/db\n"));
        assert!(env.contains(&format!("SEALBOX_VERSION_ID={new_id}\n")));
        assert!(env.contains(&format!("SEALBOX_CURRENT_VERSION_ID={old_id}\n")));
        assert!(env.contains(&format!("SEALBOX_VAULT={}\n", vault.display())));
        assert!(!env.contains("old-value") && !env.contains("new-value"), "a value leaked into the environment");
        assert!(!env.contains("SEALBOX_PASSPHRASE_FD") && !env.contains("SEALBOX_SCRYPT"));
    }
    let stdin = |step: &str| serde_json::from_str::<Value>(&read(dir.join(format!("stdin-{step}")))).unwrap();
    assert_eq!(
        stdin("create"),
        json!({"name": "app/db", "current": {"version_id": old_id, "value": "old-value"},
               "pending": {"version_id": new_id, "value": null}})
    );
    let full = json!({"name": "app/db", "current": {"version_id": old_id, "value": "old-value"},
                      "pending": {"version_id": new_id, "value": "new-value"}});
    assert_eq!(stdin("set"), full);
    assert_eq!(stdin("test"), full);

    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["RotationScript"], script.to_str().unwrap());
    assert_eq!(d["LastRotationOutcome"]["Status"], "Succeeded");
    assert!(d.get("RotationInProgress").is_none());
    let ops: Vec<String> = audit_ops(&sb).into_iter().map(|(op, _)| op).collect();
    let rotation_ops: Vec<&String> = ops.iter().filter(|op| op.starts_with("Rotat")).collect();
    assert_eq!(rotation_ops, ["RotateSecret", "RotationStarted", "RotationStep", "RotationSucceeded"], "{ops:?}");
}

#[test]
fn script_path_is_stored_absolute_and_checked() {
    let (sb, _) = setup();
    sb.create("doomed", "x");
    sb.case(&["delete", "doomed"])
        .stderr("doomed is scheduled for deletion on [..]; `sealbox restore doomed` cancels it\n")
        .run();
    let before = sb.vault_bytes();
    // Relative to the working directory (the sandbox HOME).
    sb.case(&["rotate", "app/db", "--script", "scripts/missing.sh"])
        .status(2)
        .stderr(
            "sealbox: error: rotation script [HOME]/scripts/missing.sh can't be used: No such file or directory (os error 2)\n\
             sealbox: hint: give --script the path of an executable file\n",
        )
        .run();
    write_script(&scripts(&sb), "noexec.sh", "#!/bin/sh\n");
    std::fs::set_permissions(scripts(&sb).join("noexec.sh"), std::fs::Permissions::from_mode(0o644)).unwrap();
    sb.case(&["rotate", "app/db", "--script", "scripts/noexec.sh"])
        .status(2)
        .stderr(
            "sealbox: error: rotation script [HOME]/scripts/noexec.sh is not executable\n\
             sealbox: hint: chmod +x [HOME]/scripts/noexec.sh\n",
        )
        .run();
    sb.case(&["rotate", "app/db", "--script", "scripts"])
        .status(2)
        .stderr("sealbox: error: rotation script [HOME]/scripts is not a regular file\n")
        .run();
    sb.case(&["rotate", "app/db", "--script", "scripts/rotate.sh", "--every", "0"])
        .status(2)
        .stderr("sealbox: error: --every 0 is outside 1..1000 days\n")
        .run();
    sb.case(&["rotate", "app/db", "--script", "scripts/rotate.sh", "--every", "1001"])
        .status(2)
        .stderr("sealbox: error: --every 1001 is outside 1..1000 days\n")
        .run();
    sb.case(&["rotate", "app/db", "--script", "scripts/rotate.sh", "--timeout", "0"])
        .status(2)
        .stderr("sealbox: error: --timeout 0 is outside 1..3600 seconds\n")
        .run();
    // No script configured and none given: an invalid request (InvalidRequestException, 5).
    sb.case(&["rotate", "app/db"])
        .status(5)
        .stderr(
            "sealbox: error: secret app/db has no rotation script configured\n\
             sealbox: hint: sealbox rotate app/db --template postgres, or --script PATH\n",
        )
        .run();
    sb.case(&["rotate", "nope", "--script", "scripts/rotate.sh"]).status(3).stderr(not_found("nope")).run();
    sb.case(&["rotate"])
        .status(2)
        .stderr(
            "error: the following required arguments were not provided:\n\
             \x20 <NAME>\n\
             \n\
             Usage: sealbox rotate <NAME>\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
    sb.case(&["rotate", "app/db", "--due"])
        .status(2)
        .stderr(
            "error: the argument '[NAME]' cannot be used with '--due'\n\
             \n\
             Usage: sealbox rotate <NAME>\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
    sb.case(&["rotate", "doomed", "--script", "scripts/rotate.sh"])
        .status(5)
        .stderr(
            "sealbox: error: you can't perform this operation on secret doomed because it was marked for deletion\n\
             sealbox: hint: run `sealbox restore doomed` to cancel the deletion\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before, "a refused rotate changed the vault");
    assert!(steps_run(&sb).is_empty());

    sb.case(&["rotate", "app/db", "--script", "scripts/rotate.sh", "--every", "30"])
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             rotated app/db: version [..] is AWSCURRENT\n",
        )
        .run();
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["RotationScript"], scripts(&sb).join("rotate.sh").to_str().unwrap());
    assert_eq!(d["RotationEnabled"], true);
    assert_eq!(d["RotationRules"]["AutomaticallyAfterDays"], 30);
}

#[test]
fn empty_create_output_generates_a_password_in_the_json() {
    let sb = Sandbox::new();
    sb.case(&["create", "app/pg", "--type", "database", "--engine", "postgres", "--host", "db", "--username", "app"])
        .stdin(b"first")
        .stderr("created app/pg (version [..])\n")
        .run();
    let script = write_script(&scripts(&sb), "rotate.sh", RECORDER);
    sb.case(&["rotate", "app/pg", "--script", script.to_str().unwrap()])
        .stderr(
            "app/pg: created pending version [..] (AWSPENDING)\n\
             rotated app/pg: version [..] is AWSCURRENT\n",
        )
        .run();
    let v: Value = serde_json::from_str(&sb.get("app/pg")).unwrap();
    assert_eq!(v["engine"], "postgres");
    assert_eq!(v["host"], "db");
    assert_eq!(v["port"], 5432);
    assert_eq!(v["username"], "app");
    let password = v["password"].as_str().unwrap();
    assert_ne!(password, "first");
    assert_eq!(password.chars().count(), 32);

    // A plain secret gets a fresh password.
    sb.create("plain", "x");
    sb.case(&["rotate", "plain", "--script", script.to_str().unwrap()])
        .stderr(
            "plain: created pending version [..] (AWSPENDING)\n\
             rotated plain: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(sb.get("plain").chars().count(), 32);
}

#[test]
fn timeout_kills_the_script_and_its_children() {
    let (sb, _) = setup();
    let script = write_script(
        &scripts(&sb),
        "slow.sh",
        "#!/bin/sh\ndir=$(dirname \"$0\")\n[ \"$1\" = create ] && { echo v2; exit 0; }\n\
         echo 'about to sleep' >&2\nsleep 300 &\necho $! > \"$dir/child.pid\"\necho $$ > \"$dir/script.pid\"\n\
         sleep 300\n",
    );
    let start = Instant::now();
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap(), "--timeout", "1"])
        .status(7)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `set` step:\n\
             \x20 about to sleep\n\
             sealbox: error: rotation of app/db failed in step set: the script timed out after 1 s and was killed\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/db` to resume, or `sealbox rotate app/db --cancel`\n",
        )
        .run();
    assert!(start.elapsed() < Duration::from_secs(20), "took {:?}", start.elapsed());
    for file in ["child.pid", "script.pid"] {
        let pid = read(scripts(&sb).join(file));
        let deadline = Instant::now() + Duration::from_secs(5);
        while pid_exists(&pid) {
            assert!(Instant::now() < deadline, "{file} {pid} still runs after the timeout");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
    assert_eq!(sb.get("app/db"), "old-value");
    assert!(version_with(&sb, "app/db", "AWSPENDING").is_some());
}

#[test]
fn failed_set_keeps_current_and_rotate_again_resumes_without_create() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "v2").unwrap();
    touch(scripts(&sb).join("fail-set"));
    let old_id = version_with(&sb, "app/db", "AWSCURRENT").unwrap();
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .status(7)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `set` step:\n\
             \x20 boom in set\n\
             sealbox: error: rotation of app/db failed in step set: the script exited with status 3\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/db` to resume, or `sealbox rotate app/db --cancel`\n",
        )
        .run();
    assert_eq!(steps_run(&sb), ["create", "set"]);
    assert_eq!(sb.get("app/db"), "old-value");
    assert_eq!(version_with(&sb, "app/db", "AWSCURRENT").unwrap(), old_id);
    let pending = version_with(&sb, "app/db", "AWSPENDING").unwrap();
    sb.case(&["get", "app/db", "--stage", "AWSPENDING"]).stdout("v2").run();
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["LastRotationOutcome"]["Status"], "Failed");
    assert_eq!(d["LastRotationOutcome"]["FailedStep"], "set");
    assert!(d.get("RotationInProgress").is_none(), "a failed rotation left its claim");
    sb.case(&["describe", "app/db"])
        .stdout(
            "Name                                          app/db\n\
             ARN                                           arn:sealbox:local:[..]:secret:app/db-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      disabled\n\
             Rotation script                               [HOME]/scripts/rotate.sh\n\
             Last rotation                                 failed at [..] in step set: the script exited with status 3\n\
             Tags                                          -\n\
             Version [..]  AWSPENDING\n\
             Version [..]  AWSCURRENT\n",
        )
        .run();
    sb.case(&["describe", "app/db"])
        .stdout(
            "Name                                          app/db\n\
             ARN                                           arn:sealbox:local:[..]:secret:app/db-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      disabled\n\
             Rotation script                               [HOME]/scripts/rotate.sh\n\
             Last rotation                                 failed at [..] in step set: the script exited with status 3\n\
             Tags                                          -\n\
             Version [..]  AWSPENDING\n\
             Version [..]  AWSCURRENT\n",
        )
        .run();
    assert!(audit_ops(&sb).contains(&("RotationFailed".into(), "set".into())));

    // Resume: the same pending version, no `create`.
    std::fs::remove_file(scripts(&sb).join("fail-set")).unwrap();
    std::fs::write(scripts(&sb).join("value"), "v3-never-used").unwrap();
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert_eq!(steps_run(&sb), ["create", "set", "set", "test"]);
    assert_eq!(sb.get("app/db"), "v2");
    assert_eq!(version_with(&sb, "app/db", "AWSCURRENT").unwrap(), pending);
    assert_eq!(version_with(&sb, "app/db", "AWSPREVIOUS").unwrap(), old_id);
    assert!(version_with(&sb, "app/db", "AWSPENDING").is_none());
    let stdin: Value = serde_json::from_str(&read(scripts(&sb).join("stdin-set"))).unwrap();
    assert_eq!(stdin["pending"], json!({"version_id": pending, "value": "v2"}));
    assert_eq!(sb.json(&["describe", "app/db"])["LastRotationOutcome"]["Status"], "Succeeded");
}

#[test]
fn failed_test_leaves_the_current_value() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "v2").unwrap();
    touch(scripts(&sb).join("fail-test"));
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .status(7)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `test` step:\n\
             \x20 boom in test\n\
             sealbox: error: rotation of app/db failed in step test: the script exited with status 3\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/db` to resume, or `sealbox rotate app/db --cancel`\n",
        )
        .run();
    assert_eq!(steps_run(&sb), ["create", "set", "test"]);
    assert_eq!(sb.get("app/db"), "old-value");
    sb.case(&["get", "app/db", "--stage", "AWSPENDING"]).stdout("v2").run();
    assert!(audit_ops(&sb).contains(&("RotationFailed".into(), "test".into())));
}

#[test]
fn a_failed_create_stores_nothing() {
    let (sb, script) = setup();
    touch(scripts(&sb).join("fail-create"));
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .status(7)
        .stderr(
            "sealbox: stderr of the rotation script's `create` step:\n\
             \x20 boom in create\n\
             sealbox: error: rotation of app/db failed in step create: the script exited with status 3\n\
             sealbox: hint: nothing was changed: fix the cause, then run `sealbox rotate app/db` again\n",
        )
        .run();
    assert_eq!(sb.json(&["describe", "app/db"])["VersionIdsToStages"].as_object().unwrap().len(), 1);
    assert!(version_with(&sb, "app/db", "AWSPENDING").is_none());
}

#[test]
fn cancel_drops_the_pending_version() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "v2").unwrap();
    touch(scripts(&sb).join("fail-set"));
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .status(7)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `set` step:\n\
             \x20 boom in set\n\
             sealbox: error: rotation of app/db failed in step set: the script exited with status 3\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/db` to resume, or `sealbox rotate app/db --cancel`\n",
        )
        .run();
    let pending = version_with(&sb, "app/db", "AWSPENDING").unwrap();
    sb.case(&["rotate", "app/db", "--cancel"])
        .stderr(format!("app/db: cancelled the incomplete rotation (version {pending} lost AWSPENDING)\n"))
        .run();
    assert!(version_with(&sb, "app/db", "AWSPENDING").is_none());
    assert_eq!(sb.get("app/db"), "old-value");
    assert!(audit_ops(&sb).contains(&("RotationAbandoned".into(), "cancel".into())));
    sb.case(&["rotate", "app/db", "--cancel"]).stderr("app/db has no incomplete rotation: nothing to cancel\n").run();
    // The next rotation starts over with `create`.
    std::fs::remove_file(scripts(&sb).join("fail-set")).unwrap();
    std::fs::write(scripts(&sb).join("value"), "v3").unwrap();
    sb.case(&["rotate", "app/db"])
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             rotated app/db: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(steps_run(&sb), ["create", "set", "create", "set", "test"]);
    assert_eq!(sb.get("app/db"), "v3");
}

#[test]
fn put_version_abandons_an_incomplete_rotation() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "v2").unwrap();
    touch(scripts(&sb).join("fail-test"));
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .status(7)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `test` step:\n\
             \x20 boom in test\n\
             sealbox: error: rotation of app/db failed in step test: the script exited with status 3\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/db` to resume, or `sealbox rotate app/db --cancel`\n",
        )
        .run();
    let pending = version_with(&sb, "app/db", "AWSPENDING").unwrap();
    sb.case(&["put-version", "app/db", "--value", "manual"])
        .stderr(format!(
            "sealbox: warning: abandoned the incomplete rotation of app/db (version {pending} lost AWSPENDING)\n\
             app/db: new version [..] [AWSCURRENT]\n",
        ))
        .run();
    assert!(version_with(&sb, "app/db", "AWSPENDING").is_none());
    assert_eq!(sb.get("app/db"), "manual");
    assert!(audit_ops(&sb).contains(&("RotationAbandoned".into(), "put-version".into())));
    // Not resumed: a new rotation runs `create` again.
    std::fs::remove_file(scripts(&sb).join("fail-test")).unwrap();
    sb.case(&["rotate", "app/db"])
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             rotated app/db: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(steps_run(&sb), ["create", "set", "test", "create", "set", "test"]);
    assert_eq!(sb.get("app/db"), "v2");
}

#[test]
fn a_second_rotation_of_the_same_secret_fails_at_once() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "v2").unwrap();
    touch(scripts(&sb).join("block-set"));
    let mut first = sb.cmd(&["rotate", "app/db", "--script", script.to_str().unwrap(), "--every", "1"]);
    let first = first.stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    wait_for(&scripts(&sb).join("started-set"));
    let pid = first.id();
    // No lock is held while the script runs: reads and other writes go through.
    sb.case(&["get", "app/db"]).stdout("old-value").run();
    sb.create("other", "x");
    let start = Instant::now();
    sb.case(&["rotate", "app/db"])
        .status(5)
        .stderr(
            "sealbox: error: rotation in progress: secret app/db is being rotated by process [..] since [..]\n\
             sealbox: hint: wait for it to finish; a rotation whose process died is taken over automatically\n",
        )
        .run();
    sb.case(&["rotate", "app/db", "--cancel"])
        .status(5)
        .stderr(
            "sealbox: error: rotation in progress: secret app/db is being rotated by process [..] since [..]\n\
             sealbox: hint: wait for it to finish; a rotation whose process died is taken over automatically\n",
        )
        .run();
    // Due (a first rotation is due until it succeeds), but claimed: `--due` skips it.
    let due = sb
        .case(&["rotate", "--due"])
        .stdout("app/db: skipped: rotation in progress: secret app/db is being rotated by process [..] since [..]\n")
        .stderr("rotate --due: 0 rotated, 0 tested, 1 skipped, 0 failed\n")
        .run()
        .stdout_text();
    let expected =
        format!("app/db: skipped: rotation in progress: secret app/db is being rotated by process {pid} since ");
    assert!(due.starts_with(&expected) && due.lines().count() == 1, "{due}");
    assert!(start.elapsed() < Duration::from_secs(5));
    assert_eq!(sb.json(&["describe", "app/db"])["RotationInProgress"]["Pid"], pid);
    let text = sb
        .case(&["describe", "app/db"])
        .stdout(
            "Name                                          app/db\n\
             ARN                                           arn:sealbox:local:[..]:secret:app/db-[..]\n\
             Description                                   -\n\
             Created                                       [..]\n\
             Last changed                                  [..]\n\
             Last accessed                                 [..]\n\
             Rotation                                      every day\n\
             Rotation script                               [HOME]/scripts/rotate.sh\n\
             Next rotation                                 [..]\n\
             Rotation in progress                          version [..] by process [..] since [..]\n\
             Tags                                          -\n\
             Version [..]  AWSPENDING\n\
             Version [..]  AWSCURRENT\n",
        )
        .run()
        .stdout_text();
    assert!(text.contains("Rotation in progress ") && text.contains(&format!("by process {pid} since ")), "{text}");
    std::fs::remove_file(scripts(&sb).join("block-set")).unwrap();
    let out = first.wait_with_output().unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert_eq!(sb.get("app/db"), "v2");
    assert_eq!(steps_run(&sb), ["create", "set", "test"]);
}

#[test]
fn a_rotation_left_by_a_killed_process_is_taken_over() {
    let (sb, script) = setup();
    std::fs::write(scripts(&sb).join("value"), "v2").unwrap();
    touch(scripts(&sb).join("block-set"));
    let mut first = sb.cmd(&["rotate", "app/db", "--script", script.to_str().unwrap()]);
    let mut first = first.stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    wait_for(&scripts(&sb).join("started-set"));
    first.kill().unwrap();
    first.wait().unwrap();
    // The orphaned script is unblocked so it ends on its own.
    std::fs::remove_file(scripts(&sb).join("block-set")).unwrap();
    let claim = sb.json(&["describe", "app/db"])["RotationInProgress"].clone();
    assert_eq!(claim["Pid"], first.id());
    let pending = version_with(&sb, "app/db", "AWSPENDING").unwrap();
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert_eq!(sb.get("app/db"), "v2");
    assert_eq!(version_with(&sb, "app/db", "AWSCURRENT").unwrap(), pending);
    assert!(sb.json(&["describe", "app/db"]).get("RotationInProgress").is_none());
}

#[test]
fn no_rotate_now_runs_only_test_against_the_current_value() {
    let (sb, script) = setup();
    let before = version_with(&sb, "app/db", "AWSCURRENT").unwrap();
    let now = [("SEALBOX_NOW", "2030-01-01T00:00:00Z")];
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap(), "--every", "7", "--no-rotate-now"])
        .envs(&now)
        .stderr("app/db: the `test` step passed on the current version; rotation is configured\n")
        .run();
    assert_eq!(steps_run(&sb), ["test"]);
    let stdin: Value = serde_json::from_str(&read(scripts(&sb).join("stdin-test"))).unwrap();
    assert_eq!(
        stdin,
        json!({"name": "app/db", "current": {"version_id": before, "value": "old-value"},
               "pending": {"version_id": before, "value": "old-value"}})
    );
    assert_eq!(sb.get("app/db"), "old-value");
    assert_eq!(stages(&sb, "app/db"), json!({before.clone(): ["AWSCURRENT"]}));
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["RotationEnabled"], true);
    assert_eq!(d["NextRotationDate"], "2030-01-08T00:00:00Z");
    assert!(d.get("LastRotatedDate").is_none());

    // A failing test is reported, and nothing changes but the outcome.
    touch(scripts(&sb).join("fail-test"));
    sb.case(&["rotate", "app/db", "--no-rotate-now"])
        .status(7)
        .stderr(
            "sealbox: stderr of the rotation script's `test` step:\n\
             \x20 boom in test\n\
             sealbox: error: rotation of app/db failed in step test: the script exited with status 3\n\
             sealbox: hint: nothing was changed: fix the cause, then run `sealbox rotate app/db` again\n",
        )
        .run();
    assert_eq!(stages(&sb, "app/db"), json!({before: ["AWSCURRENT"]}));
}

#[test]
fn rotate_due_follows_the_clock_from_sealbox_now() {
    let sb = Sandbox::new();
    let script = write_script(&scripts(&sb), "rotate.sh", RECORDER);
    let failing = write_script(
        &scripts(&sb),
        "failing.sh",
        "#!/bin/sh\ncat >/dev/null\n[ \"$1\" = set ] && { echo 'db unreachable' >&2; exit 1; }\nexit 0\n",
    );
    let at = |t: &'static str| [("SEALBOX_NOW", t)];
    let t0 = at("2030-01-01T00:00:00Z");
    for name in ["a", "b", "c", "d"] {
        sb.case(&["create", name, "--value", "one"]).envs(&t0).stderr(format!("created {name} (version [..])\n")).run();
    }
    sb.case(&["rotate", "a", "--script", script.to_str().unwrap(), "--every", "1"])
        .envs(&t0)
        .stderr(
            "a: created pending version [..] (AWSPENDING)\n\
             rotated a: version [..] is AWSCURRENT\n",
        )
        .run();
    sb.case(&["rotate", "b", "--script", failing.to_str().unwrap(), "--every", "10", "--no-rotate-now"])
        .envs(&t0)
        .stderr("b: the `test` step passed on the current version; rotation is configured\n")
        .run();
    sb.case(&["rotate", "c", "--script", script.to_str().unwrap(), "--every", "1"])
        .envs(&t0)
        .stderr(
            "c: created pending version [..] (AWSPENDING)\n\
             rotated c: version [..] is AWSCURRENT\n",
        )
        .run();
    sb.case(&["rotate", "c", "--disable"])
        .envs(&t0)
        .stderr("c: scheduled rotation is off (`sealbox rotate c --every DAYS` turns it on)\n")
        .run();
    assert_eq!(sb.json(&["describe", "c"])["RotationEnabled"], false);

    sb.case(&["rotate", "--due", "--dry-run"]).envs(&t0).stdout("").stderr("nothing is due for rotation\n").run();
    let t2 = at("2030-01-03T00:00:00Z");
    sb.case(&["rotate", "--due", "--dry-run"]).envs(&t2).stdout("a: due since 2030-01-02T00:00:00Z\n").run();
    sb.case(&["list", "--rotation-due"])
        .envs(&t2)
        .stdout(
            "NAME  DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION     DELETION DATE\n\
             a                  2         2030-01-01 00:00  -              2030-01-02 00:00  -\n",
        )
        .run();
    let listed = sb
        .case(&["list", "--rotation-due", "-o", "json"])
        .envs(&t2)
        .stdout(
            "{\n\
             \x20 \"SecretList\": [\n\
             \x20   {\n\
             \x20     \"ARN\": \"arn:sealbox:local:[..]:secret:a-[..]\",\n\
             \x20     \"Name\": \"a\",\n\
             \x20     \"RotationEnabled\": true,\n\
             \x20     \"RotationRules\": {\n\
             \x20       \"AutomaticallyAfterDays\": 1\n\
             \x20     },\n\
             \x20     \"LastRotatedDate\": \"2030-01-01T00:00:00Z\",\n\
             \x20     \"LastChangedDate\": \"2030-01-01T00:00:00Z\",\n\
             \x20     \"NextRotationDate\": \"2030-01-02T00:00:00Z\",\n\
             \x20     \"SecretVersionsToStages\": {\n\
             \x20       \"[..]\": [\n\
             \x20         \"AWS[..]\"\n\
             \x20       ],\n\
             \x20       \"[..]\": [\n\
             \x20         \"AWS[..]\"\n\
             \x20       ]\n\
             \x20     },\n\
             \x20     \"CreatedDate\": \"2030-01-01T00:00:00Z\"\n\
             \x20   }\n\
             \x20 ]\n\
             }\n",
        )
        .run()
        .stdout_text();
    let names: Vec<String> = serde_json::from_str::<Value>(&listed).unwrap()["SecretList"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| e["Name"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(names, ["a"]);

    let t11 = at("2030-01-12T00:00:00Z");
    let run = sb
        .case(&["rotate", "--due"])
        .envs(&t11)
        .status(7)
        .stdout(
            "a: rotated (version [..])\n\
             b: failed at step set: the script exited with status 1\n",
        )
        .stderr(
            "a: created pending version [..] (AWSPENDING)\n\
             b: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `set` step:\n\
             \x20 db unreachable\n\
             sealbox: error: 1 of 2 due rotations failed\n\
             sealbox: hint: run `sealbox rotate NAME` to retry one and see its script's stderr\n",
        )
        .run();
    let out = run.stdout_text();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 2, "{out}");
    assert!(lines[0].starts_with("a: rotated (version "), "{out}");
    assert_eq!(lines[1], "b: failed at step set: the script exited with status 1");
    assert!(run.stderr_text().contains("  db unreachable"));
    let a = sb.json(&["describe", "a"]);
    assert_eq!(a["LastRotatedDate"], "2030-01-12T00:00:00Z");
    assert_eq!(a["NextRotationDate"], "2030-01-13T00:00:00Z");
    // b failed: still due, so the next run retries it; a is not due again yet.
    sb.case(&["rotate", "--due", "--dry-run"]).envs(&t11).stdout("b: due since 2030-01-11T00:00:00Z\n").run();
    assert_eq!(sb.get("b"), "one");
    assert_eq!(sb.get("d"), "one");
}

/// The script block that follows `marker` in the README (its Rotation section).
fn doc_block(marker: &str) -> String {
    let doc = read(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md"));
    let after = &doc[doc.find(marker).unwrap()..];
    let start = after.find("```sh\n").unwrap() + "```sh\n".len();
    let body = &after[start..];
    body[..body.find("```").unwrap()].to_string()
}

#[test]
fn the_minimal_script_in_the_docs_works() {
    let sb = Sandbox::new();
    sb.create("app/token", "first-token");
    let script = write_script(&scripts(&sb), "minimal.sh", &doc_block("rotation-minimal-script"));
    sb.case(&["rotate", "app/token", "--script", script.to_str().unwrap()])
        .stderr(
            "app/token: created pending version [..] (AWSPENDING)\n\
             rotated app/token: version [..] is AWSCURRENT\n",
        )
        .run();
    let token = sb.get("app/token");
    assert_eq!(token.chars().count(), 32);
    assert_eq!(read(sb.home().join("service-token")), token);
    // Its `test` really checks: a tampered file fails the next rotation at `test`.
    std::fs::write(sb.home().join("service-token"), "tampered").unwrap();
    sb.case(&["rotate", "app/token", "--no-rotate-now"])
        .status(7)
        .stderr(
            "sealbox: error: rotation of app/token failed in step test: the script exited with status 1\n\
             sealbox: hint: nothing was changed: fix the cause, then run `sealbox rotate app/token` again\n",
        )
        .run();
}

#[test]
fn the_generic_example_generates_and_stores() {
    let sb = Sandbox::new();
    sb.create("app/key", "first");
    let script = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/rotation/generic.sh");
    sb.case(&["rotate", "app/key", "--script", script.to_str().unwrap(), "--every", "90"])
        .stderr(
            "app/key: created pending version [..] (AWSPENDING)\n\
             rotated app/key: version [..] is AWSCURRENT\n",
        )
        .run();
    let key = sb.get("app/key");
    assert_ne!(key, "first");
    assert_eq!(key.chars().count(), 32);
    sb.case(&["get", "app/key", "--stage", "AWSPREVIOUS"]).stdout("first").run();
    assert_eq!(sb.json(&["describe", "app/key"])["RotationRules"]["AutomaticallyAfterDays"], 90);
}

#[test]
fn binary_values_travel_as_base64_and_json_output_is_aws_shaped() {
    let sb = Sandbox::new();
    std::fs::write(sb.home().join("key.bin"), [0xffu8, 0x00, 0x41]).unwrap();
    sb.case(&["create", "app/bin", "--value-file", "key.bin"]).stderr("created app/bin (version [..])\n").run();
    let script = write_script(&scripts(&sb), "rotate.sh", RECORDER);
    // `create` prints bytes that are not UTF-8: the pending value is binary.
    std::fs::write(scripts(&sb).join("value"), [0xfeu8, 0x01]).unwrap();
    let out = sb.json(&["rotate", "app/bin", "--script", script.to_str().unwrap()]);
    let arn = sb.json(&["describe", "app/bin"])["ARN"].clone();
    let current = version_with(&sb, "app/bin", "AWSCURRENT").unwrap();
    let previous = version_with(&sb, "app/bin", "AWSPREVIOUS").unwrap();
    assert_eq!(out, json!({"ARN": arn, "Name": "app/bin", "VersionId": current}));
    let stdin: Value = serde_json::from_str(&read(scripts(&sb).join("stdin-set"))).unwrap();
    assert_eq!(
        stdin,
        json!({"name": "app/bin",
               "current": {"version_id": previous, "value": "/wBB", "binary": true},
               "pending": {"version_id": current, "value": "/gE=", "binary": true}})
    );
    assert_eq!(sb.case(&["get", "app/bin"]).stdout_any("bytes, compared here").run().output.stdout, [0xfe, 0x01]);
}

#[test]
fn create_output_over_the_value_limit_fails_the_step() {
    let (sb, _) = setup();
    let script = write_script(
        &scripts(&sb),
        "big.sh",
        "#!/bin/sh\ncat >/dev/null\n[ \"$1\" = create ] && head -c 70000 /dev/zero | tr '\\0' x\nexit 0\n",
    );
    let before = sb.vault_bytes();
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap()])
        .status(7)
        .stderr(
            "sealbox: error: rotation of app/db failed in step create: the script printed more than 65536 bytes, the value limit\n\
             sealbox: hint: nothing was changed: fix the cause, then run `sealbox rotate app/db` again\n",
        )
        .run();
    assert!(version_with(&sb, "app/db", "AWSPENDING").is_none());
    assert_eq!(sb.get("app/db"), "old-value");
    assert_ne!(sb.vault_bytes(), before, "the outcome and script are recorded");
}

#[test]
fn a_manual_put_version_counts_as_a_rotation_for_the_schedule() {
    let (sb, script) = setup();
    let t0 = [("SEALBOX_NOW", "2030-01-01T00:00:00Z")];
    sb.case(&["rotate", "app/db", "--script", script.to_str().unwrap(), "--every", "10"])
        .envs(&t0)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             rotated app/db: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(sb.json(&["describe", "app/db"])["NextRotationDate"], "2030-01-11T00:00:00Z");
    sb.case(&["put-version", "app/db", "--value", "manual"])
        .envs(&[("SEALBOX_NOW", "2030-01-05T00:00:00Z")])
        .stderr("app/db: new version [..] [AWSCURRENT]\n")
        .run();
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["LastRotatedDate"], "2030-01-05T00:00:00Z");
    assert_eq!(d["NextRotationDate"], "2030-01-15T00:00:00Z");
    let t12 = [("SEALBOX_NOW", "2030-01-12T00:00:00Z")];
    sb.case(&["rotate", "--due", "--dry-run"]).envs(&t12).stdout("").stderr("nothing is due for rotation\n").run();
    // --disable: never due, and `list` shows no next rotation.
    sb.case(&["rotate", "app/db", "--disable"])
        .stderr("app/db: scheduled rotation is off (`sealbox rotate app/db --every DAYS` turns it on)\n")
        .run();
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["RotationEnabled"], false);
    assert!(d.get("NextRotationDate").is_none());
    sb.case(&["rotate", "--due", "--dry-run"])
        .envs(&[("SEALBOX_NOW", "2031-01-01T00:00:00Z")])
        .stdout("")
        .stderr("nothing is due for rotation\n")
        .run();
}
