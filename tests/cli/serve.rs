//! `sealbox serve` with real clients: boto3 and the AWS CLI (from the virtualenv that
//! `scripts/test.sh` makes) against the server on a free loopback port, every response
//! checked field by field; unsigned, wrongly signed, out-of-prefix and read-only requests
//! get AWS's errors.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use crate::support::*;

/// boto3 and the AWS CLI, in the virtualenv `scripts/test.sh` fills (or SEALBOX_MOTO_VENV).
fn clients() -> Option<PathBuf> {
    let dir = std::env::var_os("SEALBOX_MOTO_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/moto-venv"));
    if dir.join("bin/aws").is_file() && dir.join("bin/python").is_file() {
        return Some(dir);
    }
    assert!(
        !in_ci(),
        "boto3/awscli are not installed in {}, and CI=true: scripts/test.sh installs them",
        dir.display()
    );
    eprintln!("skipping: no boto3/awscli in {} (run scripts/test.sh; CI would fail here)", dir.display());
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// `sealbox serve` on a free port, stopped with SIGTERM when dropped.
struct Serve {
    child: Child,
    url: String,
}

impl Serve {
    fn start(sb: &Sandbox, extra: &[&str]) -> Serve {
        let port = free_port();
        let listen = format!("127.0.0.1:{port}");
        let mut args = vec!["serve", "--listen", &listen];
        args.extend(extra);
        let child = sb.cmd(&args).stdout(Stdio::null()).stderr(Stdio::piped()).spawn().unwrap();
        let start = Instant::now();
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(start.elapsed() < Duration::from_secs(20), "serve did not start");
            std::thread::sleep(Duration::from_millis(50));
        }
        Serve { child, url: format!("http://{listen}") }
    }

    /// SIGTERM, then the exit status and stderr.
    fn stop(mut self) -> (i32, String) {
        Command::new("kill").args(["-TERM", &self.child.id().to_string()]).status().unwrap();
        let out = std::mem::replace(&mut self.child, Command::new("true").spawn().unwrap()).wait_with_output().unwrap();
        (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The access key from `serve --credentials`.
fn keys(sb: &Sandbox, url: &str) -> (String, String) {
    let listen = url.trim_start_matches("http://");
    let out = sb.run(&["serve", "--credentials", "--listen", listen]).success().stdout_text();
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 3, "{out}");
    assert_eq!(lines[2], format!("export AWS_ENDPOINT_URL_SECRETS_MANAGER={url}"));
    let id = lines[0].strip_prefix("export AWS_ACCESS_KEY_ID=").unwrap().to_string();
    let secret = lines[1].strip_prefix("export AWS_SECRET_ACCESS_KEY=").unwrap().to_string();
    (id, secret)
}

fn python(venv: &std::path::Path, sb: &Sandbox, url: &str, script: &str) -> String {
    let (id, secret) = keys(sb, url);
    let out = Command::new(venv.join("bin/python"))
        .arg("-c")
        .arg(format!("{PRELUDE}{script}"))
        .env_clear()
        .env("HOME", sb.home())
        .env("AWS_ACCESS_KEY_ID", id)
        .env("AWS_SECRET_ACCESS_KEY", secret)
        .env("AWS_DEFAULT_REGION", "us-east-1")
        .env("AWS_ENDPOINT_URL_SECRETS_MANAGER", url)
        .output()
        .unwrap();
    let (stdout, stderr) = (String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    assert!(out.status.success(), "python failed\n--- stdout\n{stdout}--- stderr\n{stderr}");
    stdout.into_owned()
}

/// What every script starts with: a client from the environment, and `err` for the error
/// code and HTTP status a call fails with.
const PRELUDE: &str = r#"
import boto3, botocore, json, urllib.request, os
c = boto3.client("secretsmanager")
def err(f, **kw):
    try:
        f(**kw)
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"], e.response["ResponseMetadata"]["HTTPStatusCode"]
    raise AssertionError("no error")
"#;

const BOTO3: &str = r#"

r = c.create_secret(Name="app/db", SecretString="one", Description="Primary database", Tags=[{"Key": "env", "Value": "prod"}, {"Key": "app", "Value": "x"}])
arn = r["ARN"]
assert r["Name"] == "app/db" and len(r["VersionId"]) == 36, r
v1 = r["VersionId"]
g = c.get_secret_value(SecretId="app/db")
assert (g["Name"], g["SecretString"], g["VersionId"], g["VersionStages"], g["ARN"]) == ("app/db", "one", v1, ["AWSCURRENT"], arn), g
assert c.get_secret_value(SecretId=arn)["SecretString"] == "one"
assert c.get_secret_value(SecretId=arn[:-7])["SecretString"] == "one"
p = c.put_secret_value(SecretId="app/db", SecretString="two")
assert p["VersionStages"] == ["AWSCURRENT"] and p["Name"] == "app/db", p
v2 = p["VersionId"]
assert c.get_secret_value(SecretId="app/db", VersionStage="AWSPREVIOUS")["SecretString"] == "one"
u = c.update_secret(SecretId="app/db", SecretString="three", Description="db")
v3 = u["VersionId"]
assert set(u) - {"ResponseMetadata"} == {"ARN", "Name", "VersionId"}, u
d = c.describe_secret(SecretId="app/db")
assert d["Description"] == "db" and d["Tags"] == [{"Key": "env", "Value": "prod"}, {"Key": "app", "Value": "x"}], d
assert "RotationEnabled" not in d and d["VersionIdsToStages"][v3] == ["AWSCURRENT"], d
assert d["LastAccessedDate"].hour == 0 and d["LastAccessedDate"].minute == 0, d
c.create_secret(Name="app/bin", SecretBinary=b"\x00\xff")
assert c.get_secret_value(SecretId="app/bin")["SecretBinary"] == b"\x00\xff"
c.create_secret(Name="other/x", SecretString="x")
names = [s["Name"] for s in c.list_secrets(Filters=[{"Key": "name", "Values": ["app/"]}])["SecretList"]]
assert sorted(names) == ["app/bin", "app/db"], names
names = [s["Name"] for s in c.list_secrets(Filters=[{"Key": "description", "Values": ["DATA"]}])["SecretList"]]
assert names == [], names
page = c.list_secrets(MaxResults=2, SortBy="name")
assert len(page["SecretList"]) == 2 and "NextToken" in page, page
rest = c.list_secrets(MaxResults=2, SortBy="name", NextToken=page["NextToken"])
assert [s["Name"] for s in rest["SecretList"]] == ["other/x"] and "NextToken" not in rest, rest
pages = boto3.client("secretsmanager").get_paginator("list_secrets").paginate(PaginationConfig={"PageSize": 1})
assert sum(len(p["SecretList"]) for p in pages) == 3
vs = c.list_secret_version_ids(SecretId="app/db", IncludeDeprecated=True)["Versions"]
byid = {v["VersionId"]: v for v in vs}
assert "VersionStages" not in byid[v1] and byid[v2]["VersionStages"] == ["AWSPREVIOUS"], vs
assert c.list_secret_version_ids(SecretId="app/db")["ARN"] == arn
s = c.update_secret_version_stage(SecretId="app/db", VersionStage="AWSCURRENT", MoveToVersionId=v2, RemoveFromVersionId=v3)
assert s["Name"] == "app/db"
assert c.get_secret_value(SecretId="app/db")["SecretString"] == "two"
c.tag_resource(SecretId="app/db", Tags=[{"Key": "team", "Value": "t"}])
c.untag_resource(SecretId="app/db", TagKeys=["env"])
assert c.describe_secret(SecretId="app/db")["Tags"] == [{"Key": "app", "Value": "x"}, {"Key": "team", "Value": "t"}]
pw = c.get_random_password(PasswordLength=20, ExcludePunctuation=True)["RandomPassword"]
assert len(pw) == 20 and pw.isalnum(), pw
b = c.batch_get_secret_value(SecretIdList=["app/db", "nope"])
assert [v["SecretString"] for v in b["SecretValues"]] == ["two"], b
assert b["Errors"][0]["SecretId"] == "nope" and b["Errors"][0]["ErrorCode"] == "ResourceNotFoundException", b
dl = c.delete_secret(SecretId="other/x", RecoveryWindowInDays=7)
assert dl["Name"] == "other/x" and "DeletionDate" in dl
assert err(c.get_secret_value, SecretId="other/x") == ("InvalidRequestException", 400)
assert c.restore_secret(SecretId="other/x")["Name"] == "other/x"
f = c.delete_secret(SecretId="never/was", ForceDeleteWithoutRecovery=True)
assert f["Name"] == "never/was" and f["ARN"] and f["DeletionDate"], f
assert err(c.get_secret_value, SecretId="nope") == ("ResourceNotFoundException", 400)
assert err(c.create_secret, Name="app/db", SecretString="x") == ("ResourceExistsException", 400)
cr = c.cancel_rotate_secret(SecretId="app/db")
assert cr["Name"] == "app/db"
assert err(c.rotate_secret, SecretId="app/db") == ("InvalidRequestException", 400)
# A wrong access key, a wrong secret, an unsigned request.
bad = boto3.client("secretsmanager", aws_access_key_id="AKIDNOTKNOWN", aws_secret_access_key="x")
assert err(bad.list_secrets) == ("UnrecognizedClientException", 400)
bad = boto3.client("secretsmanager", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key="wrong")
assert err(bad.list_secrets) == ("InvalidSignatureException", 400)
req = urllib.request.Request(os.environ["AWS_ENDPOINT_URL_SECRETS_MANAGER"], data=b"{}", headers={"X-Amz-Target": "secretsmanager.ListSecrets", "Content-Type": "application/x-amz-json-1.1"})
try:
    urllib.request.urlopen(req)
    raise AssertionError("unsigned request answered")
except urllib.error.HTTPError as e:
    assert e.code == 400 and e.headers["Content-Type"] == "application/x-amz-json-1.1", e.headers
    # The contract's answer to a request with no Authorization header.
    assert json.loads(e.read()) == {"__type": "UnrecognizedClientException", "message": "The security token included in the request is invalid."}
req.add_header("Authorization", "Bearer nonsense")
try:
    urllib.request.urlopen(req)
    raise AssertionError("a malformed Authorization header answered")
except urllib.error.HTTPError as e:
    assert e.code == 400 and json.loads(e.read())["__type"] == "IncompleteSignatureException"
print("ok")
"#;

#[test]
fn boto3_and_the_aws_cli_against_serve() {
    let Some(venv) = clients() else { return };
    let sb = Sandbox::new();
    let serve = Serve::start(&sb, &[]);
    assert_eq!(python(&venv, &sb, &serve.url, BOTO3), "ok\n");
    let (id, secret) = keys(&sb, &serve.url);
    let aws = |args: &[&str]| {
        let out = Command::new(venv.join("bin/aws"))
            .args(["secretsmanager"])
            .args(args)
            .env_clear()
            .env("HOME", sb.home())
            .env("AWS_ACCESS_KEY_ID", &id)
            .env("AWS_SECRET_ACCESS_KEY", &secret)
            .env("AWS_DEFAULT_REGION", "us-east-1")
            .env("AWS_ENDPOINT_URL_SECRETS_MANAGER", &serve.url)
            .output()
            .unwrap();
        assert!(out.status.success(), "aws {args:?}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };
    assert_eq!(
        aws(&["get-secret-value", "--secret-id", "app/db", "--query", "SecretString", "--output", "text"]),
        "two\n"
    );
    aws(&["put-secret-value", "--secret-id", "app/db", "--secret-string", "from-cli"]);
    assert_eq!(sb.get("app/db"), "from-cli");
    assert_eq!(
        aws(&[
            "list-secrets",
            "--filters",
            "Key=name,Values=app/",
            "--query",
            "sort(SecretList[].Name)",
            "--output",
            "text"
        ]),
        "app/bin\tapp/db\n"
    );
    // Every request is an audit event, naming serve and the key.
    let log = std::fs::read_to_string(sb.home().join(".local/state/sealbox/audit.jsonl")).unwrap();
    assert!(log.lines().any(|l| l.contains("\"operation\":\"PutSecretValue\"") && l.contains(&format!("serve {id}"))));
    sb.case(&["audit", "verify"]).stdout_any("a count of lines").run();
    let (status, stderr) = serve.stop();
    assert_eq!(status, 0, "{stderr}");
    assert!(stderr.ends_with("stopped\n"), "{stderr}");
}

const SCOPED: &str = r#"
assert c.get_secret_value(SecretId="app/ci/token")["SecretString"] == "t"
assert err(c.get_secret_value, SecretId="app/ci-admin/key") == ("AccessDeniedException", 400)
assert err(c.describe_secret, SecretId="other") == ("AccessDeniedException", 400)
assert [s["Name"] for s in c.list_secrets()["SecretList"]] == ["app/ci/token"]
assert err(c.put_secret_value, SecretId="app/ci/token", SecretString="x") == ("AccessDeniedException", 400)
assert err(c.create_secret, Name="app/ci/new", SecretString="x") == ("AccessDeniedException", 400)
assert err(c.delete_secret, SecretId="app/ci/token") == ("AccessDeniedException", 400)
assert err(c.rotate_secret, SecretId="app/ci/token") == ("AccessDeniedException", 400)
assert err(c.cancel_rotate_secret, SecretId="app/ci/token") == ("AccessDeniedException", 400)
print("ok")
"#;

/// A vault with a secret in `app/ci`, one beside it (`app/ci-admin/`) and one outside.
fn scoped_vault() -> Sandbox {
    let sb = Sandbox::new();
    sb.create("app/ci/token", "t");
    sb.create("app/ci-admin/key", "k");
    sb.create("other", "o");
    sb
}

#[test]
fn prefix_and_read_only_are_access_denied() {
    let Some(venv) = clients() else { return };
    let sb = scoped_vault();
    let before = sb.vault_bytes();
    let serve = Serve::start(&sb, &["--prefix", "app/ci", "--read-only"]);
    assert_eq!(python(&venv, &sb, &serve.url, SCOPED), "ok\n");
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn serve_listens_on_loopback_only() {
    let sb = Sandbox::new();
    sb.case(&["serve", "--listen", "0.0.0.0:4583"])
        .status(2)
        .stderr(
            "sealbox: error: --listen 0.0.0.0:4583 is not a loopback address\n\
             sealbox: hint: serve listens on 127.0.0.1 or ::1 only; use an SSH tunnel to reach it from elsewhere\n",
        )
        .run();
    // The key pair is made once, 0600, and stays.
    let first = sb.run(&["serve", "--credentials"]).success().stdout_text();
    assert_eq!(sb.run(&["serve", "--credentials"]).success().stdout_text(), first);
    let file = sb.home().join(".local/state/sealbox/serve-credentials.json");
    let mode = std::os::unix::fs::PermissionsExt::mode(&std::fs::metadata(file).unwrap().permissions());
    assert_eq!(mode & 0o777, 0o600);
    assert!(first.ends_with("export AWS_ENDPOINT_URL_SECRETS_MANAGER=http://127.0.0.1:4583\n"), "{first}");
}

/// A rotation script: `create` prints nothing (sealbox makes a password), `set` fails when
/// a `fail-set` file is next to it and waits while a `block-set` file is, `test` passes.
const ROTATE_SH: &str = r#"#!/bin/sh
cat > /dev/null
d=$(dirname "$0")
if [ "$1" = set ] && [ -e "$d/fail-set" ]; then echo "set refused" >&2; exit 3; fi
if [ "$1" = set ] && [ -e "$d/block-set" ]; then
  touch "$d/started-set"
  i=0
  while [ -e "$d/block-set" ] && [ $i -lt 600 ]; do sleep 0.05; i=$((i+1)); done
fi
exit 0
"#;

const ROTATE: &str = r#"
arn = c.describe_secret(SecretId="app/db")["ARN"]
before = c.get_secret_value(SecretId="app/db")
r = c.rotate_secret(SecretId=arn, RotationRules={"AutomaticallyAfterDays": 30})
assert set(r) - {"ResponseMetadata"} == {"ARN", "Name", "VersionId"}, r
assert (r["ARN"], r["Name"]) == (arn, "app/db") and r["VersionId"] != before["VersionId"], r
now = c.get_secret_value(SecretId="app/db")
assert now["VersionId"] == r["VersionId"] and now["SecretString"] != "old", now
prev = c.get_secret_value(SecretId="app/db", VersionStage="AWSPREVIOUS")
assert (prev["VersionId"], prev["SecretString"]) == (before["VersionId"], "old"), prev
d = c.describe_secret(SecretId="app/db")
assert d["RotationEnabled"] is True and d["RotationRules"] == {"AutomaticallyAfterDays": 30}, d
assert "LastRotatedDate" in d and "NextRotationDate" in d, d
# RotateImmediately=False: only `test` runs, against the current version.
t = c.rotate_secret(SecretId="app/db", RotateImmediately=False, RotationRules={"ScheduleExpression": "rate(12 hours)", "Duration": "2h"})
assert t["VersionId"] == now["VersionId"] and c.get_secret_value(SecretId="app/db")["SecretString"] == now["SecretString"], t
assert c.describe_secret(SecretId="app/db")["RotationRules"] == {"ScheduleExpression": "rate(12 hours)", "Duration": "2h"}
# What can't mean anything here, or is not AWS's shape.
assert err(c.rotate_secret, SecretId="app/db", RotationLambdaARN="arn:aws:lambda:us-east-1:123456789012:function:rot") == ("InvalidParameterException", 400)
assert err(c.rotate_secret, SecretId="app/db", RotationLambdaARN="sealbox:template:nope") == ("InvalidParameterException", 400)
assert err(c.rotate_secret, SecretId="app/db", RotationRules={"AutomaticallyAfterDays": 1, "ScheduleExpression": "rate(1 days)"}) == ("InvalidParameterException", 400)
assert err(c.rotate_secret, SecretId="app/db", RotationRules={"Duration": "2h"}) == ("InvalidParameterException", 400)
assert err(c.rotate_secret, SecretId="app/db", RotationRules={"ScheduleExpression": "rate(1 hours)"}) == ("InvalidParameterException", 400)
assert err(c.rotate_secret, SecretId="plain") == ("InvalidRequestException", 400)
assert err(c.rotate_secret, SecretId="nope") == ("ResourceNotFoundException", 400)
# A failing step: AWSCURRENT stays, AWSPENDING is left for a resume or a cancel.
open(os.environ["FAIL_SET"], "w").close()
assert err(c.rotate_secret, SecretId="app/db") == ("InvalidRequestException", 400)
stages = {v["VersionId"]: v.get("VersionStages") for v in c.list_secret_version_ids(SecretId="app/db")["Versions"]}
pending = [v for v, s in stages.items() if s and "AWSPENDING" in s]
assert len(pending) == 1 and stages[now["VersionId"]] == ["AWSCURRENT"], stages
assert c.get_secret_value(SecretId="app/db")["VersionId"] == now["VersionId"]
cr = c.cancel_rotate_secret(SecretId=arn)
assert cr == {"ARN": arn, "Name": "app/db", "VersionId": pending[0], "ResponseMetadata": cr["ResponseMetadata"]}, cr
d = c.describe_secret(SecretId="app/db")
assert d["RotationEnabled"] is False and "AWSPENDING" not in str(d["VersionIdsToStages"]), d
print("ok")
"#;

#[test]
fn rotate_and_cancel_over_serve_as_the_cli_does() {
    let Some(venv) = clients() else { return };
    let sb = Sandbox::new();
    sb.create("app/db", "old");
    sb.create("plain", "p");
    let dir = sb.home().join("scripts");
    std::fs::create_dir_all(&dir).unwrap();
    let script = dir.join("rotate.sh");
    std::fs::write(&script, ROTATE_SH).unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o755)).unwrap();
    // The script is configured on the CLI (the API can't choose what runs); `test` passes.
    sb.run(&["rotate", "app/db", "--script", script.to_str().unwrap(), "--no-rotate-now"]).success();
    let serve = Serve::start(&sb, &[]);
    let fail = dir.join("fail-set");
    let script = format!("os.environ['FAIL_SET'] = {:?}\n{ROTATE}", fail.to_str().unwrap());
    assert_eq!(python(&venv, &sb, &serve.url, &script), "ok\n");
    // A rotation running on the CLI (its `set` step is changing the real password now) is
    // not cut off by CancelRotateSecret, as `rotate --cancel` refuses it too.
    std::fs::remove_file(&fail).unwrap();
    let block = dir.join("block-set");
    std::fs::write(&block, "").unwrap();
    let mut running = sb.cmd(&["rotate", "app/db"]).stdout(Stdio::null()).stderr(Stdio::null()).spawn().unwrap();
    let start = Instant::now();
    while !dir.join("started-set").exists() {
        assert!(start.elapsed() < Duration::from_secs(20), "the rotation did not reach `set`");
        std::thread::sleep(Duration::from_millis(50));
    }
    let cancel =
        "assert err(c.cancel_rotate_secret, SecretId='app/db') == ('InvalidRequestException', 400)\nprint('ok')\n";
    assert_eq!(python(&venv, &sb, &serve.url, cancel), "ok\n");
    std::fs::remove_file(&block).unwrap();
    assert!(running.wait().unwrap().success());
    drop(serve);
    // `sealbox rotate ARN` on the CLI: the same rotation, named by its ARN.
    let arn = sb.json(&["describe", "app/db"])["ARN"].as_str().unwrap().to_string();
    let before = sb.get("app/db");
    let out = sb.json(&["rotate", &arn]);
    assert_eq!((out["ARN"].as_str(), out["Name"].as_str()), (Some(arn.as_str()), Some("app/db")), "{out}");
    assert_ne!(sb.get("app/db"), before);
    let partial = &arn[..arn.len() - 7];
    sb.case(&["rotate", partial, "--disable"])
        .stderr("app/db: scheduled rotation is off (`sealbox rotate app/db --every DAYS` turns it on)\n")
        .run();
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(d["RotationEnabled"], false, "{d}");
}

/// (operation, name, outcome) of each line `serve` logged for the key `id`, in order.
fn served_lines(sb: &Sandbox, id: &str) -> Vec<(String, String, String)> {
    let log = sb.json(&["audit"]);
    let text = |e: &serde_json::Value, k: &str| e[k].as_str().unwrap_or("-").to_string();
    log["Events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["detail"].as_str() == Some(&format!("serve {id}")))
        .map(|e| (text(e, "operation"), text(e, "name"), text(e, "outcome")))
        .collect()
}

fn lines(expected: &[(&str, &str, &str)]) -> Vec<(String, String, String)> {
    expected.iter().map(|(o, n, c)| (o.to_string(), n.to_string(), c.to_string())).collect()
}

const FAILURES: &str = r#"
arn = os.environ["LEGACY_ARN"]
out = []
for i in range(5):
    out.append(err(c.get_secret_value, SecretId="app/legacy")[0])
    out.append(err(c.get_secret_value, SecretId="missing/%d" % i)[0])
out.append(err(c.get_secret_value, SecretId=arn)[0])
b = c.batch_get_secret_value(SecretIdList=["app/ok", "app/legacy"])
out.append(b["Errors"][0]["ErrorCode"])
c.get_random_password(PasswordLength=20)
out.append(err(c.put_secret_value, SecretId="app/legacy", SecretString="x")[0])
print(" ".join(out))
"#;

#[test]
fn every_failed_request_is_audited_once_with_its_name_actor_and_error_code() {
    let Some(venv) = clients() else { return };
    let sb = Sandbox::new();
    sb.create("app/legacy", "s");
    sb.create("app/ok", "o");
    sb.run(&["delete", "app/legacy"]).success();
    let arn = sb.json(&["describe", "app/legacy"])["ARN"].as_str().unwrap().to_string();
    let serve = Serve::start(&sb, &[]);
    let script = format!("os.environ['LEGACY_ARN'] = {arn:?}\n{FAILURES}");
    let (irq, rnf) = ("InvalidRequestException", "ResourceNotFoundException");
    assert_eq!(
        python(&venv, &sb, &serve.url, &script),
        format!("{}{irq} {irq} {irq}\n", format!("{irq} {rnf} ").repeat(5))
    );
    let (status, stderr) = serve.stop();
    assert_eq!(status, 0, "{stderr}");
    let id = key_id(&sb);
    let mut expected = Vec::new();
    for i in 0..5 {
        expected.push(("GetSecretValue", "app/legacy".to_string(), irq));
        expected.push(("GetSecretValue", format!("missing/{i}"), rnf));
    }
    // Read by its ARN, the scheduled secret is still logged under its name.
    expected.push(("GetSecretValue", "app/legacy".into(), irq));
    expected.push(("GetSecretValue", "app/ok".into(), "ok"));
    expected.push(("GetSecretValue", "app/legacy".into(), irq));
    expected.push(("GetRandomPassword", "-".into(), "ok"));
    expected.push(("PutSecretValue", "app/legacy".into(), irq));
    let expected: Vec<(&str, &str, &str)> = expected.iter().map(|(o, n, c)| (*o, n.as_str(), *c)).collect();
    assert_eq!(served_lines(&sb, &id), lines(&expected));
    // Whoever still reads the scheduled secret through serve shows up where the CLI's reads do.
    let d = sb.json(&["describe", "app/legacy"]);
    let reads = &d["PendingDeletionReads"];
    assert_eq!(reads["Count"], 7, "{d}");
    assert!(reads["LastActor"].as_str().unwrap().ends_with(&format!(", serve {id})")), "{d}");
    let pending = sb.json(&["audit", "--pending-deletion"]);
    assert_eq!(pending["Events"].as_array().unwrap().len(), 7, "{pending}");
    sb.case(&["audit", "verify"]).stdout_any("a count of lines").run();
}

/// The access key id (the same whatever address `serve --credentials` is given).
fn key_id(sb: &Sandbox) -> String {
    keys(sb, "http://127.0.0.1:4583").0
}

const PROBES: &str = r#"
ro = os.environ["MODE"] == "read-only"
arn = os.environ["OTHER_ARN"]
def denied(f, **kw):
    try:
        f(**kw)
    except botocore.exceptions.ClientError as e:
        return e.response["Error"]["Code"], e.response["Error"]["Message"], e.response["ResponseMetadata"]["HTTPStatusCode"]
    raise AssertionError("no error")
def outside(name):
    return ("AccessDeniedException", "secret %s is outside the prefix app/ci this endpoint serves" % name, 400)
# An existing name and a missing one outside the prefix get the same answer.
for name in ["other", "zzz/none", "app/ci-admin/key", "app/ci-admin/none"]:
    assert denied(c.get_secret_value, SecretId=name) == outside(name), name
    assert denied(c.describe_secret, SecretId=name) == outside(name), name
    assert denied(c.list_secret_version_ids, SecretId=name) == outside(name), name
missing_arn = arn.replace(":secret:other-", ":secret:zzz/none-")
assert denied(c.get_secret_value, SecretId=arn) == outside(arn.rsplit(":", 1)[1])
assert denied(c.get_secret_value, SecretId=missing_arn) == outside(missing_arn.rsplit(":", 1)[1])
assert err(c.get_secret_value, SecretId="app/ci/none") == ("ResourceNotFoundException", 400)
b = c.batch_get_secret_value(SecretIdList=["app/ci/token", "other", "zzz/none"])
assert [v["Name"] for v in b["SecretValues"]] == ["app/ci/token"], b
assert [(e["SecretId"], e["ErrorCode"]) for e in b["Errors"]] == [("other", "AccessDeniedException"), ("zzz/none", "AccessDeniedException")], b
assert [s["Name"] for s in c.list_secrets()["SecretList"]] == ["app/ci/token"]
assert [s["Name"] for s in c.list_secrets(Filters=[{"Key": "name", "Values": ["o", "z"]}])["SecretList"]] == []
if not ro:
    for name in ["other", "zzz/none"]:
        assert denied(c.put_secret_value, SecretId=name, SecretString="x") == outside(name), name
        assert denied(c.delete_secret, SecretId=name) == outside(name), name
        assert denied(c.tag_resource, SecretId=name, Tags=[{"Key": "k", "Value": "v"}]) == outside(name), name
        assert denied(c.create_secret, Name=name, SecretString="x") == outside(name), name
print("ok")
"#;

#[test]
fn a_name_outside_the_prefix_is_denied_whether_or_not_it_exists_and_logged() {
    let Some(venv) = clients() else { return };
    let sb = scoped_vault();
    let arn = sb.json(&["describe", "other"])["ARN"].as_str().unwrap().to_string();
    let before = sb.vault_bytes();
    for mode in ["read-only", "read-write"] {
        let extra: &[&str] =
            if mode == "read-only" { &["--prefix", "app/ci", "--read-only"] } else { &["--prefix", "app/ci"] };
        let serve = Serve::start(&sb, extra);
        let script = format!("os.environ['OTHER_ARN'] = {arn:?}\nos.environ['MODE'] = {mode:?}\n{PROBES}");
        assert_eq!(python(&venv, &sb, &serve.url, &script), "ok\n", "{mode}");
        drop(serve);
    }
    assert_eq!(sb.vault_bytes(), before);
    // Every request is one line: the denied ones too, under the name asked for.
    let id = key_id(&sb);
    let denied = "AccessDeniedException";
    let mut expected: Vec<(&str, &str, &str)> = Vec::new();
    let probes = |expected: &mut Vec<(&'static str, &'static str, &'static str)>, other_arn_name: &'static str| {
        for name in ["other", "zzz/none", "app/ci-admin/key", "app/ci-admin/none"] {
            for op in ["GetSecretValue", "DescribeSecret", "ListSecretVersionIds"] {
                expected.push((op, name, denied));
            }
        }
        expected.push(("GetSecretValue", other_arn_name, denied));
        expected.push(("GetSecretValue", "zzz/none-SUFFIX", denied));
        expected.push(("GetSecretValue", "app/ci/none", "ResourceNotFoundException"));
        expected.push(("GetSecretValue", "app/ci/token", "ok"));
        expected.push(("GetSecretValue", "other", denied));
        expected.push(("GetSecretValue", "zzz/none", denied));
        expected.push(("ListSecrets", "-", "ok"));
        expected.push(("ListSecrets", "-", "ok"));
    };
    probes(&mut expected, "other");
    probes(&mut expected, "other");
    for name in ["other", "zzz/none"] {
        for op in ["PutSecretValue", "DeleteSecret", "TagResource", "CreateSecret"] {
            expected.push((op, name, denied));
        }
    }
    let suffix = arn.rsplit('-').next().unwrap().to_string();
    let got: Vec<(String, String, String)> = served_lines(&sb, &id)
        .into_iter()
        .map(|(o, n, c)| (o, n.replace(&format!("zzz/none-{suffix}"), "zzz/none-SUFFIX"), c))
        .collect();
    assert_eq!(got, lines(&expected));
}

const UNAUTHENTICATED: &str = r#"
bad = boto3.client("secretsmanager", aws_access_key_id="AKIDNOTKNOWN", aws_secret_access_key="x")
assert err(bad.get_secret_value, SecretId="app/db") == ("UnrecognizedClientException", 400)
bad = boto3.client("secretsmanager", aws_access_key_id=os.environ["AWS_ACCESS_KEY_ID"], aws_secret_access_key="wrong")
assert err(bad.put_secret_value, SecretId="app/db", SecretString="never-logged") == ("InvalidSignatureException", 400)
req = urllib.request.Request(os.environ["AWS_ENDPOINT_URL_SECRETS_MANAGER"], data=b'{"SecretId": "app/db"}', headers={"X-Amz-Target": "secretsmanager.GetSecretValue", "Content-Type": "application/x-amz-json-1.1"})
try:
    urllib.request.urlopen(req)
    raise AssertionError("unsigned request answered")
except urllib.error.HTTPError as e:
    assert json.loads(e.read())["__type"] == "UnrecognizedClientException"
print("ok")
"#;

#[test]
fn a_request_that_fails_authentication_is_logged_as_unauthenticated() {
    let Some(venv) = clients() else { return };
    let sb = Sandbox::new();
    sb.create("app/db", "s");
    let serve = Serve::start(&sb, &[]);
    assert_eq!(python(&venv, &sb, &serve.url, UNAUTHENTICATED), "ok\n");
    let (status, stderr) = serve.stop();
    assert_eq!(status, 0, "{stderr}");
    let id = key_id(&sb);
    let log = sb.json(&["audit"]);
    let text = |e: &serde_json::Value, k: &str| e[k].as_str().unwrap_or("-").to_string();
    let got: Vec<(String, String, String, String)> = log["Events"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|e| e["detail"].as_str().is_some_and(|d| d.starts_with("serve, unauthenticated")))
        .map(|e| (text(e, "operation"), text(e, "name"), text(e, "outcome"), text(e, "detail")))
        .collect();
    let row = |o: &str, c: &str, d: &str| (o.to_string(), "app/db".to_string(), c.to_string(), d.to_string());
    assert_eq!(
        got,
        vec![
            row("GetSecretValue", "UnrecognizedClientException", "serve, unauthenticated: key AKIDNOTKNOWN"),
            row("PutSecretValue", "InvalidSignatureException", &format!("serve, unauthenticated: key {id}")),
            row("GetSecretValue", "UnrecognizedClientException", "serve, unauthenticated"),
        ]
    );
    // No value of the refused request reaches the log.
    let raw = std::fs::read_to_string(sb.home().join(".local/state/sealbox/audit.jsonl")).unwrap();
    assert!(!raw.contains("never-logged"));
    sb.case(&["audit", "verify"]).stdout_any("a count of lines").run();
}
