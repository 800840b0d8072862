//! The AWS region helper seen from sealbox (docs/region-protocol.md): a missing helper, a
//! helper that dies mid-request, a protocol version mismatch, and what the helper is given
//! (no secret in its argv or environment, no `SEALBOX_*` variable, no inherited descriptor).
//! A fake helper (a Python script named by SEALBOX_REGION_AWS) plays AWS; tests/cli/aws.rs
//! runs the real one against moto.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use serde_json::Value;

use crate::support::*;

const URL: &str = "http://127.0.0.1:9";

/// A fake helper in the sandbox that logs what it was given into `DIR/helper-log/` and
/// answers like AWS would; `mode` makes it misbehave: `die-on-list`, `die-on-push`,
/// `protocol-2`.
fn fake_helper(sb: &Sandbox, mode: &str) -> Option<PathBuf> {
    let python = require_tool("python3")?;
    let log = sb.home().join("helper-log");
    std::fs::create_dir_all(&log).unwrap();
    let script = format!(
        r#"#!{python}
import json, os, sys
MODE = {mode:?}
LOG = {log:?}
def record(name, data):
    with open(os.path.join(LOG, name), "wb") as f:
        f.write(data)
def is_open(fd):
    try:
        os.fstat(fd)
        return True
    except OSError:
        return False
# Before this script opens anything of its own: which descriptors it inherited.
record("fds", " ".join(str(fd) for fd in range(3, 1024) if is_open(fd)).encode())
with open("/proc/self/cmdline", "rb") as f:
    record("cmdline", f.read())
with open("/proc/self/environ", "rb") as f:
    record("environ", f.read())
requests = open(os.path.join(LOG, "requests"), "ab")
for line in sys.stdin.buffer:
    requests.write(line)
    requests.flush()
    op = next(iter(json.loads(line)))
    if op == "hello":
        reply = {{"ok": {{"protocol": 2 if MODE == "protocol-2" else 1, "helper": "fake"}}}}
    elif op == MODE.removeprefix("die-on-"):
        sys.exit(3)
    elif op == "list":
        reply = {{"ok": [{{"aws_name": "app/db", "description": None, "tags": {{}},
                          "versions": {{"v-aws": ["AWSCURRENT"]}}, "created": None, "deleted": None}}]}}
    elif op == "fetch_versions":
        reply = {{"ok": [{{"id": "v-aws", "stages": ["AWSCURRENT"], "created": None,
                          "value": {{"string": "pulled-from-aws"}}}}]}}
    else:
        reply = {{"ok": None}}
    sys.stdout.write(json.dumps(reply) + "\n")
    sys.stdout.flush()
"#,
        python = python.display(),
        log = log.display().to_string(),
    );
    let path = sb.home().join("fake-helper");
    std::fs::write(&path, script).unwrap();
    use std::os::unix::fs::PermissionsExt;
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    Some(path)
}

fn logged(sb: &Sandbox, name: &str) -> Vec<u8> {
    std::fs::read(sb.home().join("helper-log").join(name)).unwrap_or_default()
}

/// The requests the fake helper got, one JSON value each.
fn requests(sb: &Sandbox) -> Vec<Value> {
    String::from_utf8(logged(sb, "requests")).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect()
}

fn with_helper<'a>(sb: &'a Sandbox, helper: &Path, args: &[&str]) -> Case<'a> {
    sb.case(args).env("SEALBOX_REGION_AWS", helper.to_str().unwrap())
}

fn add_region(sb: &Sandbox, helper: &Path) {
    with_helper(sb, helper, &["region", "add", "prod-us", "--aws", "us-east-1", "--endpoint-url", URL])
        .stderr(format!(
            "added region prod-us (aws:us-east-1 via {URL}); `sealbox region list` checks that it answers\n"
        ))
        .run();
}

#[test]
fn a_missing_helper_is_named_with_where_sealbox_looked_and_how_to_get_it() {
    // A copy of sealbox in a directory without the helper, and a PATH without it: what an
    // install built with --no-default-features looks like.
    let sb = Sandbox::new();
    let bin = sb.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::fs::copy(env!("CARGO_BIN_EXE_sealbox"), bin.join("sealbox")).unwrap();
    let lone = |args: &[&str]| {
        let mut c = Command::new(bin.join("sealbox"));
        c.args(args).env_clear().env("HOME", sb.home()).env("PATH", "/usr/bin:/bin").current_dir(sb.home());
        c.stdin(Stdio::null());
        sb.case_cmd(c)
    };
    assert!(!Path::new("/usr/bin/sealbox-region-aws").exists() && !Path::new("/bin/sealbox-region-aws").exists());
    lone(&["region", "add", "prod-us", "--aws", "us-east-1", "--endpoint-url", URL])
        .status(2)
        .stderr(
            "sealbox: error: can't add an AWS region: the AWS region helper sealbox-region-aws is not in [HOME]/bin, nor on PATH\n\
             sealbox: hint: `cargo install sealbox` installs it beside sealbox (its default `aws` feature); SEALBOX_REGION_AWS may name it\n",
        )
        .run();
    assert!(!sb.config().exists(), "a refused region add writes no config");

    // A region added where the helper was, used where it isn't: the pull says so (exit 1)
    // and a push records it as the replica's status.
    let Some(helper) = fake_helper(&sb, "ok") else { return };
    add_region(&sb, &helper);
    sb.create("app/db", "one");
    let before = sb.vault_bytes();
    lone(&["import", "--from-region", "prod-us"])
        .status(1)
        .stderr(
            "sealbox: error: can't read AWS region prod-us: region prod-us is an AWS region, and its helper \
             sealbox-region-aws is not in [HOME]/bin, nor on PATH (`cargo install sealbox` installs both)\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before, "a failed pull leaves the vault as it was");
    lone(&["replicate", "app/db", "--to", "prod-us"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region prod-us: region prod-us is an AWS region, \
             and its helper sealbox-region-aws is not in [HOME]/bin, nor on PATH (`cargo install sealbox` installs both); \
             `sealbox sync app/db` retries\n",
        )
        .run();
}

#[test]
fn the_helper_gets_values_on_its_stdin_only_and_nothing_of_sealbox_s() {
    let sb = Sandbox::new();
    let Some(helper) = fake_helper(&sb, "ok") else { return };
    add_region(&sb, &helper);
    let value = "s3cret-value-on-the-pipe";
    sb.case(&["create", "app/db"]).stdin(value).stderr("created app/db (version [..])\n").run();
    // Descriptor 3 open and named as the passphrase descriptor (never read: the identity has
    // no passphrase), descriptor 4 open and named by nothing (sealbox inherited it, so it is
    // not close-on-exec), SEALBOX_ variables: none may reach the helper.
    std::fs::write(sb.home().join("pass"), "a passphrase\n").unwrap();
    let sealbox = sb.cmd(&[]);
    let mut sh = Command::new("sh");
    sh.args(["-c", "exec \"$SB_BIN\" replicate app/db --to prod-us 3<pass 4<pass"]).env_clear().current_dir(sb.home());
    for (k, v) in sealbox.get_envs() {
        if let Some(v) = v {
            sh.env(k, v);
        }
    }
    sh.env("SB_BIN", sealbox.get_program())
        .env("SEALBOX_PASSPHRASE_FD", "3")
        .env("SEALBOX_REGION_AWS", &helper)
        .env("AWS_PROFILE", "ops");
    sb.case_cmd(sh).stderr("replicated app/db to region prod-us\n").run();

    // The value crossed the pipe (so the checks below look at a helper that had it)…
    let sent = requests(&sb);
    let ops: Vec<&str> = sent.iter().map(|r| r.as_object().unwrap().keys().next().unwrap().as_str()).collect();
    assert_eq!(ops, ["hello", "connect", "describe", "push"]);
    assert_eq!(sent[0], serde_json::json!({"hello": {"protocol": 1}}));
    assert_eq!(
        sent[1],
        serde_json::json!({"connect": {"aws_region": "us-east-1", "profile": null, "endpoint_url": URL}})
    );
    assert_eq!(sent[3]["push"]["name"], "app/db");
    assert_eq!(sent[3]["push"]["secret"]["versions"][0]["value"], serde_json::json!({"string": value}));
    assert_eq!(sent[3]["push"]["secret"]["versions"][0]["stages"], serde_json::json!(["AWSCURRENT"]));
    // …and only the pipe: its argv is the interpreter and the script, its environment has
    // AWS's variables and none of sealbox's, and it inherited no descriptor but 0-2.
    let cmdline = logged(&sb, "cmdline");
    let argv: Vec<&[u8]> = cmdline.split(|&b| b == 0).filter(|a| !a.is_empty()).collect();
    assert_eq!(argv.last().copied(), Some(helper.to_str().unwrap().as_bytes()), "{argv:?}");
    let environ = String::from_utf8(logged(&sb, "environ")).unwrap();
    let vars: Vec<&str> = environ.split('\0').filter(|v| !v.is_empty()).collect();
    assert!(vars.contains(&"AWS_PROFILE=ops"), "{vars:?}");
    assert!(vars.iter().any(|v| v.starts_with("HOME=")), "{vars:?}");
    assert_eq!(vars.iter().filter(|v| v.starts_with("SEALBOX_")).collect::<Vec<_>>(), Vec::<&&str>::new());
    for (what, bytes) in [("argv", &cmdline), ("environment", &logged(&sb, "environ"))] {
        assert!(!bytes.windows(value.len()).any(|w| w == value.as_bytes()), "the value is in the helper's {what}");
    }
    assert_eq!(String::from_utf8(logged(&sb, "fds")).unwrap(), "", "descriptors the helper inherited");
    assert_eq!(sb.json(&["describe", "app/db"])["ReplicationStatus"][0]["Status"], "InSync");
}

#[test]
fn a_helper_that_dies_mid_request_fails_the_command_and_leaves_the_vault() {
    let sb = Sandbox::new();
    let Some(helper) = fake_helper(&sb, "die-on-list") else { return };
    add_region(&sb, &helper);
    sb.create("app/other", "one");
    let before = sb.vault_bytes();
    let message = "the AWS region helper [HOME]/fake-helper exited with status 3 during a request (list)";
    with_helper(&sb, &helper, &["import", "--from-region", "prod-us"])
        .status(1)
        .stderr(format!("sealbox: error: can't read AWS region prod-us: {message}\n"))
        .run();
    assert_eq!(sb.vault_bytes(), before, "a failed pull leaves the vault byte for byte");

    // Dying in a push: the primary keeps its change, the replica's status says why, and
    // `sync` retries through a new helper.
    let Some(helper) = fake_helper(&sb, "die-on-push") else { return };
    with_helper(&sb, &helper, &["replicate", "app/other", "--to", "prod-us"])
        .stderr(
            "sealbox: warning: secret app/other was not replicated to region prod-us: the AWS region helper \
             [HOME]/fake-helper exited with status 3 during a request (push); `sealbox sync app/other` retries\n",
        )
        .run();
    let status = sb.json(&["describe", "app/other"])["ReplicationStatus"][0].clone();
    assert_eq!(status["Status"], "Failed", "{status}");
    assert!(status["StatusMessage"].as_str().unwrap().ends_with("exited with status 3 during a request (push)"));
    assert_eq!(sb.get("app/other"), "one");
    let Some(helper) = fake_helper(&sb, "ok") else { return };
    with_helper(&sb, &helper, &["sync", "app/other"])
        .stdout("NAME       REGION   STATUS  MESSAGE\napp/other  prod-us  InSync\n")
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    assert_eq!(sb.json(&["describe", "app/other"])["ReplicationStatus"][0]["Status"], "InSync");
}

#[test]
fn a_helper_of_another_protocol_version_is_refused_after_hello() {
    let sb = Sandbox::new();
    let Some(helper) = fake_helper(&sb, "protocol-2") else { return };
    add_region(&sb, &helper);
    let before = sb.vault_bytes();
    with_helper(&sb, &helper, &["import", "--from-region", "prod-us"])
        .status(1)
        .stderr(
            "sealbox: error: can't read AWS region prod-us: the AWS region helper [HOME]/fake-helper speaks protocol 2, \
             and this sealbox speaks 1: install both from one release (`cargo install sealbox`)\n",
        )
        .run();
    assert_eq!(requests(&sb), [serde_json::json!({"hello": {"protocol": 1}})], "nothing after hello");
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn a_pull_through_the_helper_takes_its_values() {
    let sb = Sandbox::new();
    let Some(helper) = fake_helper(&sb, "ok") else { return };
    add_region(&sb, &helper);
    with_helper(&sb, &helper, &["import", "--from-region", "prod-us"])
        .stderr("imported from prod-us: 1 created, 0 updated, 0 unchanged\n")
        .run();
    assert_eq!(sb.get("app/db"), "pulled-from-aws");
    let ops: Vec<String> =
        requests(&sb).iter().map(|r| r.as_object().unwrap().keys().next().unwrap().clone()).collect();
    assert_eq!(ops, ["hello", "connect", "list", "fetch_versions"], "one helper for the whole command");
}

/// The real helper, without AWS: the handshake, a malformed request, a call before connect,
/// arguments, and the end of input.
#[cfg(feature = "aws")]
#[test]
fn the_real_helper_speaks_the_protocol() {
    use std::io::Write;
    let helper = env!("CARGO_BIN_EXE_sealbox-region-aws");
    let mut child =
        Command::new(helper).stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::piped()).spawn().unwrap();
    let mut stdin = child.stdin.take().unwrap();
    stdin
        .write_all(
            b"{\"hello\":{\"protocol\":1}}\n\
              {\"hello\":{\"protocol\":\"hunter2\"}}\n\
              {\"describe\":{\"name\":\"x\"}}\n\
              not json\n",
        )
        .unwrap();
    drop(stdin);
    let out = child.wait_with_output().unwrap();
    assert_eq!(out.status.code(), Some(0), "exits 0 at the end of its input");
    assert_eq!(String::from_utf8(out.stderr).unwrap(), "");
    assert_eq!(
        String::from_utf8(out.stdout).unwrap(),
        format!(
            "{{\"ok\":{{\"protocol\":1,\"helper\":\"sealbox-region-aws {}\"}}}}\n\
             {{\"error\":\"malformed request: JSON of an unexpected shape at line 1 column 30\"}}\n\
             {{\"error\":\"the helper is not connected to a region: send connect first\"}}\n\
             {{\"error\":\"malformed request: invalid JSON at line 1 column 1\"}}\n",
            env!("CARGO_PKG_VERSION")
        )
    );
    let out = Command::new(helper).arg("--help").stdin(Stdio::null()).output().unwrap();
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8(out.stderr).unwrap(),
        format!(
            "sealbox-region-aws {}: error: takes no arguments; sealbox runs it and talks to it over stdin (docs/region-protocol.md)\n",
            env!("CARGO_PKG_VERSION")
        )
    );
}
