//! AWS Secrets Manager regions against moto_server: each test starts its own server on a
//! free loopback port and checks what landed in "AWS" with boto3 from the same virtualenv,
//! independently of sealbox's own SDK calls.

use std::net::{TcpListener, TcpStream};
use std::path::PathBuf;
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use serde_json::Value;

use crate::support::*;

/// The virtualenv that `scripts/test.sh` fills with `moto[server]` (or SEALBOX_MOTO_VENV).
fn venv() -> Option<PathBuf> {
    let dir = std::env::var_os("SEALBOX_MOTO_VENV")
        .map(PathBuf::from)
        .unwrap_or_else(|| PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("target/moto-venv"));
    if dir.join("bin/moto_server").is_file() {
        return Some(dir);
    }
    assert!(!in_ci(), "moto_server is not installed in {}, and CI=true: scripts/test.sh installs it", dir.display());
    eprintln!("skipping: no moto_server in {} (run scripts/test.sh; CI would fail here)", dir.display());
    None
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0").unwrap().local_addr().unwrap().port()
}

/// A moto_server on loopback, killed when dropped.
struct Moto {
    child: Child,
    venv: PathBuf,
    url: String,
}

impl Moto {
    fn start() -> Option<Moto> {
        let venv = venv()?;
        Some(Moto::on_port(venv, free_port()))
    }

    fn on_port(venv: PathBuf, port: u16) -> Moto {
        let child = Command::new(venv.join("bin/moto_server"))
            .args(["-H", "127.0.0.1", "-p", &port.to_string()])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let moto = Moto { child, venv, url: format!("http://127.0.0.1:{port}") };
        let deadline = Instant::now() + Duration::from_secs(60);
        while TcpStream::connect(("127.0.0.1", port)).is_err() {
            assert!(Instant::now() < deadline, "moto_server did not start on port {port}");
            std::thread::sleep(Duration::from_millis(100));
        }
        moto
    }

    /// Run a boto3 snippet against this server; `c` is the secretsmanager client. What it
    /// prints is parsed as JSON.
    fn boto(&self, code: &str) -> Value {
        let script = format!(
            "import boto3, json, sys, base64\n\
             c = boto3.client('secretsmanager', endpoint_url='{}', region_name='us-east-1', \
             aws_access_key_id='testing', aws_secret_access_key='testing')\n{code}\n",
            self.url
        );
        let out = Command::new(self.venv.join("bin/python")).args(["-c", &script]).output().unwrap();
        assert!(out.status.success(), "boto3 failed: {}", String::from_utf8_lossy(&out.stderr));
        let text = String::from_utf8_lossy(&out.stdout);
        if text.trim().is_empty() { Value::Null } else { serde_json::from_str(&text).unwrap() }
    }

    /// DescribeSecret, or Null when there is no such secret.
    fn describe(&self, name: &str) -> Value {
        self.boto(&format!(
            "try:\n  d = c.describe_secret(SecretId='{name}')\n  print(json.dumps(d, default=str))\n\
             except c.exceptions.ResourceNotFoundException:\n  print('null')"
        ))
    }

    fn stages(&self, name: &str) -> Value {
        self.describe(name)["VersionIdsToStages"].clone()
    }

    fn value(&self, name: &str, stage: &str) -> String {
        self.boto(&format!(
            "print(json.dumps(c.get_secret_value(SecretId='{name}', VersionStage='{stage}')['SecretString']))"
        ))
        .as_str()
        .unwrap()
        .to_string()
    }

    fn tags(&self, name: &str) -> Vec<(String, String)> {
        let mut tags: Vec<(String, String)> = self.describe(name)["Tags"]
            .as_array()
            .cloned()
            .unwrap_or_default()
            .iter()
            .map(|t| (t["Key"].as_str().unwrap().to_string(), t["Value"].as_str().unwrap().to_string()))
            .collect();
        tags.sort();
        tags
    }
}

impl Drop for Moto {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

const AWS_ENV: [(&str, &str); 5] = [
    ("AWS_ACCESS_KEY_ID", "testing"),
    ("AWS_SECRET_ACCESS_KEY", "testing"),
    ("AWS_REGION", "us-east-1"),
    ("AWS_EC2_METADATA_DISABLED", "true"),
    ("AWS_MAX_ATTEMPTS", "1"),
];

fn aws<'a>(sb: &'a Sandbox, args: &[&str]) -> Case<'a> {
    sb.case(args).envs(&AWS_ENV)
}

fn aws_json(sb: &Sandbox, args: &[&str]) -> Value {
    sb.json_env(args, &AWS_ENV)
}

fn add_region(sb: &Sandbox, url: &str, prefix: Option<&str>) {
    let mut args = vec!["region", "add", "prod-us", "--aws", "us-east-1", "--endpoint-url", url];
    if let Some(p) = prefix {
        args.extend(["--name-prefix", p]);
    }
    aws(sb, &args)
        .stderr(format!(
            "added region prod-us (aws:us-east-1 via {url}); `sealbox region list` checks that it answers\n"
        ))
        .run();
}

fn vault_id(sb: &Sandbox) -> String {
    // The vault id is the ARN's fourth field: arn:sealbox:<region>:<vault-id>:secret:…
    let d = sb.json(&["describe", "probe/id"]);
    d["ARN"].as_str().unwrap().split(':').nth(3).unwrap().to_string()
}

fn status(sb: &Sandbox, name: &str) -> Value {
    let d = sb.json(&["describe", name]);
    d["ReplicationStatus"].as_array().unwrap().iter().find(|r| r["Region"] == "prod-us").cloned().unwrap()
}

fn local_stages(sb: &Sandbox, name: &str) -> Value {
    sb.json(&["describe", name])["VersionIdsToStages"].clone()
}

fn sorted_stages(v: &Value) -> Vec<(String, Vec<String>)> {
    let mut out: Vec<(String, Vec<String>)> = v
        .as_object()
        .unwrap()
        .iter()
        .map(|(k, s)| {
            let mut s: Vec<String> = s.as_array().unwrap().iter().map(|x| x.as_str().unwrap().to_string()).collect();
            s.sort();
            (k.clone(), s)
        })
        .filter(|(_, s)| !s.is_empty())
        .collect();
    out.sort();
    out
}

#[test]
fn aws_region_add_is_stored_in_the_config_and_checked() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, Some("team/"));
    let config = std::fs::read_to_string(sb.config()).unwrap();
    assert!(config.contains("[regions.prod-us]"), "{config}");
    assert!(config.contains("aws = \"us-east-1\""), "{config}");
    assert!(config.contains("name_prefix = \"team/\""), "{config}");
    assert!(!config.contains("vault ="), "{config}");
    let list = aws_json(&sb, &["region", "list"]);
    assert_eq!(list["Regions"][0]["Region"], "prod-us");
    assert_eq!(list["Regions"][0]["Reachable"], true, "{list}");
    assert_eq!(list["Regions"][0]["Vault"], format!("aws:us-east-1 via {}", moto.url));
    assert_eq!(list["Regions"][0]["AwsRegion"], "us-east-1");
    assert_eq!(list["Regions"][0]["NamePrefix"], "team/");
    assert_eq!(list["Regions"][0]["Profile"], Value::Null);
    aws(&sb, &["region", "add", "prod-us", "--aws", "us-east-1"])
        .status(4)
        .stderr(
            "sealbox: error: region prod-us already exists\n\
             sealbox: hint: remove it first with `sealbox region remove prod-us`\n",
        )
        .run();
    aws(&sb, &["region", "add", "eu", "--aws", "EU West"])
        .status(2)
        .stderr("sealbox: error: invalid AWS region \"EU West\": expected a code such as us-east-1\n")
        .run();
    aws(&sb, &["region", "add", "eu", "--aws", "eu-west-1", "--endpoint-url", "localhost:1"])
        .status(2)
        .stderr("sealbox: error: invalid --endpoint-url \"localhost:1\": expected http://… or https://…\n")
        .run();
    aws(&sb, &["region", "add", "eu", "--profile", "ops", "--vault", "x.age"])
        .status(2)
        .stderr(
            "sealbox: error: --profile, --endpoint-url and --name-prefix are for AWS regions: add --aws AWS_REGION\n",
        )
        .run();
    aws(&sb, &["region", "add", "eu", "--aws", "eu-west-1", "--vault", "x.age"])
        .status(2)
        .stderr(
            "error: the argument '--aws <AWS_REGION>' cannot be used with '--vault <PATH>'\n\
             \n\
             Usage: sealbox region add --aws <AWS_REGION> <NAME>\n\
             \n\
             For more information, try '--help'.\n",
        )
        .run();
    assert_eq!(std::fs::read_to_string(sb.config()).unwrap(), config, "failed adds leave the config alone");
}

#[test]
fn aws_replicate_creates_the_secret_and_every_change_follows() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    sb.create("probe/id", "x");
    let id = vault_id(&sb);
    add_region(&sb, &moto.url, Some("team/"));
    aws(&sb, &["create", "app/db", "--value", "one", "--description", "the db", "--tag", "env=prod"])
        .stderr("created app/db (version [..])\n")
        .run();
    let out = aws_json(&sb, &["replicate", "app/db", "--to", "prod-us"]);
    assert_eq!(out["ReplicationStatus"][0]["Status"], "InSync", "{out}");
    // In AWS, under the name prefix: same version id, label, value, description, tags.
    let d = moto.describe("team/app/db");
    assert_eq!(d["Description"], "the db");
    assert_eq!(sorted_stages(&d["VersionIdsToStages"]), sorted_stages(&local_stages(&sb, "app/db")));
    assert_eq!(moto.value("team/app/db", "AWSCURRENT"), "one");
    assert_eq!(moto.tags("team/app/db"), [("env".into(), "prod".into()), ("sealbox:vault-id".into(), id.clone())]);

    // put-version: pushed in the same command, AWSPREVIOUS follows.
    aws(&sb, &["put-version", "app/db", "--value", "two"]).stderr("app/db: new version [..] [AWSCURRENT]\n").run();
    assert_eq!(moto.value("team/app/db", "AWSCURRENT"), "two");
    assert_eq!(moto.value("team/app/db", "AWSPREVIOUS"), "one");
    assert_eq!(sorted_stages(&moto.stages("team/app/db")), sorted_stages(&local_stages(&sb, "app/db")));

    // A pending version and a custom label.
    aws(&sb, &["put-version", "app/db", "--value", "three", "--stage", "AWSPENDING"])
        .stderr("app/db: new version [..] [AWSPENDING]\n")
        .run();
    let versions = sb.json(&["versions", "app/db"]);
    let first = versions["Versions"]
        .as_array()
        .unwrap()
        .iter()
        .find(|v| v["VersionStages"].as_array().unwrap().contains(&"AWSPREVIOUS".into()))
        .unwrap()["VersionId"]
        .as_str()
        .unwrap()
        .to_string();
    aws(&sb, &["stage", "app/db", "canary", "--to", &first]).stderr("app/db: canary is on version [..]\n").run();
    assert_eq!(moto.value("team/app/db", "AWSPENDING"), "three");
    assert_eq!(moto.value("team/app/db", "canary"), "one");
    assert_eq!(sorted_stages(&moto.stages("team/app/db")), sorted_stages(&local_stages(&sb, "app/db")));

    // Description and tags.
    aws(&sb, &["update", "app/db", "--description", "primary db"]).stderr("app/db: description updated\n").run();
    aws(&sb, &["tag", "app/db", "team=payments"]).stderr("app/db: tags env=prod, team=payments\n").run();
    aws(&sb, &["untag", "app/db", "env"]).stderr("app/db: tags team=payments\n").run();
    assert_eq!(moto.describe("team/app/db")["Description"], "primary db");
    assert_eq!(moto.tags("team/app/db"), [("sealbox:vault-id".into(), id), ("team".into(), "payments".into())]);
    assert_eq!(status(&sb, "app/db")["Status"], "InSync");

    // A binary value goes as SecretBinary.
    let bytes: &[u8] = &[0, 159, 146, 150, 255];
    sb.case(&["create", "app/key", "--value-file", "-"]).stdin(bytes).stderr("created app/key (version [..])\n").run();
    aws(&sb, &["replicate", "app/key", "--to", "prod-us"]).stderr("replicated app/key to region prod-us\n").run();
    let got = moto.boto(
        "v = c.get_secret_value(SecretId='team/app/key')\n\
         print(json.dumps([('SecretString' in v), list(v['SecretBinary'])]))",
    );
    assert_eq!(got, serde_json::json!([false, [0, 159, 146, 150, 255]]));

    // replicate again is idempotent (the version ids are the ClientRequestTokens).
    let before = moto.describe("team/app/db")["VersionIdsToStages"].clone();
    aws(&sb, &["sync"])
        .stdout(
            "NAME     REGION   STATUS  MESSAGE\n\
             app/db   prod-us  InSync\n\
             app/key  prod-us  InSync\n",
        )
        .stderr("sync: 2 in sync, 0 failed\n")
        .run();
    assert_eq!(moto.describe("team/app/db")["VersionIdsToStages"], before);
}

#[test]
fn aws_label_moves_propagate_like_a_rotation() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, None);
    aws(&sb, &["create", "app/api", "--value", "old"]).stderr("created app/api (version [..])\n").run();
    aws(&sb, &["replicate", "app/api", "--to", "prod-us"]).stderr("replicated app/api to region prod-us\n").run();
    // A rotation by hand: pending version, then AWSCURRENT moves to it.
    aws(&sb, &["put-version", "app/api", "--value", "new", "--stage", "AWSPENDING"])
        .stderr("app/api: new version [..] [AWSPENDING]\n")
        .run();
    let stages = sorted_stages(&local_stages(&sb, "app/api"));
    let current = stages.iter().find(|(_, s)| s.contains(&"AWSCURRENT".to_string())).unwrap().0.clone();
    let pending = stages.iter().find(|(_, s)| s.contains(&"AWSPENDING".to_string())).unwrap().0.clone();
    assert_eq!(moto.value("app/api", "AWSPENDING"), "new");
    aws(&sb, &["stage", "app/api", "AWSCURRENT", "--to", &pending, "--from", &current])
        .stderr("app/api: AWSCURRENT is on version [..]\n")
        .run();
    aws(&sb, &["stage", "app/api", "AWSPENDING", "--from", &pending])
        .stderr("app/api: AWSPENDING is on no version\n")
        .run();
    assert_eq!(moto.value("app/api", "AWSCURRENT"), "new");
    assert_eq!(moto.value("app/api", "AWSPREVIOUS"), "old");
    assert_eq!(sorted_stages(&moto.stages("app/api")), sorted_stages(&local_stages(&sb, "app/api")));
    assert_eq!(status(&sb, "app/api")["Status"], "InSync");
}

#[test]
fn aws_delete_and_restore_propagate() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, None);
    aws(&sb, &["create", "app/old", "--value", "v"]).stderr("created app/old (version [..])\n").run();
    aws(&sb, &["replicate", "app/old", "--to", "prod-us"]).stderr("replicated app/old to region prod-us\n").run();
    // An AWS region does not block a delete: it follows with the same window.
    aws(&sb, &["delete", "app/old", "--recovery-window-days", "7"])
        .stderr("app/old is scheduled for deletion on [..]; `sealbox restore app/old` cancels it\n")
        .run();
    let d = moto.describe("app/old");
    assert!(d["DeletedDate"].is_string(), "{d}");
    aws(&sb, &["restore", "app/old"]).stderr("app/old restored\n").run();
    let d = moto.describe("app/old");
    assert!(d.get("DeletedDate").is_none_or(Value::is_null), "{d}");
    assert_eq!(moto.value("app/old", "AWSCURRENT"), "v");
    assert_eq!(status(&sb, "app/old")["Status"], "InSync");
    // A forced delete removes it in AWS at once.
    aws(&sb, &["delete", "app/old", "--force-delete-without-recovery"])
        .stderr(
            "deleted app/old in AWS region prod-us too\n\
             deleted app/old for good\n",
        )
        .run();
    assert_eq!(moto.describe("app/old"), Value::Null);
    // replicate --remove deletes the AWS copy (ours only).
    aws(&sb, &["create", "app/b", "--value", "v"]).stderr("created app/b (version [..])\n").run();
    aws(&sb, &["replicate", "app/b", "--to", "prod-us"]).stderr("replicated app/b to region prod-us\n").run();
    aws(&sb, &["replicate", "app/b", "--remove", "prod-us"])
        .stderr("deleted the replica of app/b in region prod-us\n")
        .run();
    assert_eq!(moto.describe("app/b"), Value::Null);
    assert!(sb.json(&["describe", "app/b"]).get("ReplicationStatus").is_none());
}

#[test]
fn aws_import_pulls_every_labelled_version() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, Some("team/"));
    moto.boto(
        "c.create_secret(Name='team/app/one', SecretString='v1', Description='first', \
         Tags=[{'Key': 'env', 'Value': 'prod'}], ClientRequestToken='11111111-1111-4111-8111-111111111111')\n\
         c.put_secret_value(SecretId='team/app/one', SecretString='v2', \
         ClientRequestToken='22222222-2222-4222-8222-222222222222')\n\
         c.put_secret_value(SecretId='team/app/one', SecretString='v3', VersionStages=['AWSPENDING'], \
         ClientRequestToken='33333333-3333-4333-8333-333333333333')\n\
         c.create_secret(Name='team/app/bin', SecretBinary=bytes([1, 2, 255]))\n\
         c.create_secret(Name='team/other/x', SecretString='o')\n\
         c.create_secret(Name='elsewhere', SecretString='e')\n\
         c.create_secret(Name='team/app/gone', SecretString='g')\n\
         c.delete_secret(SecretId='team/app/gone', RecoveryWindowInDays=7)\n\
         c.create_secret(Name='team/app/empty')",
    );
    let before = sb.vault_bytes();
    let out = aws_json(&sb, &["import", "--from-region", "prod-us", "--prefix", "app/"]);
    assert_eq!(
        out["Imported"],
        serde_json::json!([{"Name": "app/bin", "Status": "Created"}, {"Name": "app/one", "Status": "Created"}])
    );
    assert_eq!(out["SkippedScheduledForDeletion"], serde_json::json!(["app/gone"]));
    assert_eq!(out["SkippedWithoutVersions"], serde_json::json!(["app/empty"]));
    assert_ne!(sb.vault_bytes(), before);
    assert_eq!(sb.get("app/one"), "v2");
    assert_eq!(sb.case(&["get", "app/one", "--stage", "AWSPREVIOUS"]).stdout("v1").run().stdout_text(), "v1");
    assert_eq!(sb.case(&["get", "app/one", "--stage", "AWSPENDING"]).stdout("v3").run().stdout_text(), "v3");
    assert_eq!(sb.case(&["get", "app/bin"]).stdout_any("bytes, compared here").run().output.stdout, [1, 2, 255]);
    let d = sb.json(&["describe", "app/one"]);
    assert_eq!(d["Description"], "first");
    assert_eq!(d["Tags"], serde_json::json!([{"Key": "env", "Value": "prod"}]));
    assert_eq!(
        sorted_stages(&d["VersionIdsToStages"]),
        [
            ("11111111-1111-4111-8111-111111111111".to_string(), vec!["AWSPREVIOUS".to_string()]),
            ("22222222-2222-4222-8222-222222222222".to_string(), vec!["AWSCURRENT".to_string()]),
            ("33333333-3333-4333-8333-333333333333".to_string(), vec!["AWSPENDING".to_string()]),
        ]
    );
    sb.case(&["get", "other/x"]).status(3).stderr(not_found("other/x")).run();
    sb.case(&["get", "elsewhere"]).status(3).stderr(not_found("elsewhere")).run();

    // Again: unchanged, and the vault is not rewritten.
    let before = sb.vault_bytes();
    let out = aws_json(&sb, &["import", "--from-region", "prod-us", "--prefix", "app/"]);
    assert_eq!(out["Imported"][1]["Status"], "Unchanged");
    assert_eq!(sb.vault_bytes(), before);

    // A change in AWS: refused without --overwrite (exit 4, nothing imported), taken with it.
    moto.boto("c.put_secret_value(SecretId='team/app/one', SecretString='v4')");
    aws(&sb, &["import", "--from-region", "prod-us"])
        .status(4)
        .stderr(
            "sealbox: error: secret app/one exists here and differs from AWS\n\
             sealbox: hint: see `sealbox diff --region …`; `import --overwrite` takes AWS's versions and labels\n",
        )
        .run();
    assert_eq!(sb.vault_bytes(), before);
    aws(&sb, &["import", "--from-region", "prod-us", "--overwrite"])
        .stderr(
            "skipped app/gone: scheduled for deletion in AWS\n\
             skipped app/empty: it has no version in AWS\n\
             imported from prod-us: 1 created, 1 updated, 1 unchanged\n",
        )
        .run();
    assert_eq!(sb.get("app/one"), "v4");
    assert_eq!(sb.get("other/x"), "o");
    // A vault region is not a source for this mode.
    aws(&sb, &["import", "--from-region", "nowhere"])
        .status(2)
        .stderr(
            "sealbox: error: region nowhere is not in the config [HOME]/.config/sealbox/config.toml\n\
             sealbox: hint: add it with `sealbox region add nowhere --aws us-east-1`\n",
        )
        .run();
}

#[test]
fn aws_diff_shows_names_versions_and_labels_never_values() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, None);
    aws(&sb, &["create", "app/a", "--value", "secret-a-value"]).stderr("created app/a (version [..])\n").run();
    aws(&sb, &["replicate", "app/a", "--to", "prod-us"]).stderr("replicated app/a to region prod-us\n").run();
    aws(&sb, &["diff", "--region", "prod-us"])
        .stdout("")
        .stderr("the vault and AWS region prod-us hold the same secrets, versions and labels\n")
        .run();
    aws(&sb, &["create", "app/local-only", "--value", "local-only-value"])
        .stderr("created app/local-only (version [..])\n")
        .run();
    moto.boto("c.create_secret(Name='app/remote-only', SecretString='remote-only-value')");
    // A change that does not reach AWS: replicate to it while it is down is covered
    // elsewhere; here AWS moves on by itself.
    let new_vid = "44444444-4444-4444-8444-444444444444";
    moto.boto(&format!(
        "c.put_secret_value(SecretId='app/a', SecretString='changed-in-aws', ClientRequestToken='{new_vid}')"
    ));
    // No error line for a difference.
    let r = aws(&sb, &["diff", "--region", "prod-us"])
        .status(1)
        .stdout_any("the lines that matter are checked below")
        .run();
    let text = r.stdout_text();
    assert!(text.contains("only here:  app/local-only\n"), "{text}");
    assert!(text.contains("only there: app/remote-only\n"), "{text}");
    assert!(text.contains(&format!("app/a: version {new_vid} (AWSCURRENT) only there\n")), "{text}");
    assert!(text.contains("app/a: label AWSCURRENT on "), "{text}");
    for value in ["secret-a-value", "changed-in-aws", "local-only-value", "remote-only-value"] {
        assert!(!text.contains(value), "a value leaked: {text}");
    }
    // A prefix is a subtree (DESIGN.md "Prefixes are a hierarchy"): app/local-only is its own.
    let r = aws(&sb, &["diff", "--region", "prod-us", "--prefix", "app/local-only", "-o", "json"])
        .status(1)
        .stdout_any("parsed as JSON below")
        .run();
    let j: Value = serde_json::from_slice(&r.output.stdout).unwrap();
    assert_eq!(j["OnlyHere"], serde_json::json!(["app/local-only"]));
    assert_eq!(j["Identical"], false);
    aws(&sb, &["diff", "--region", "prod-us", "--prefix", "app/a"])
        .status(1)
        .stdout(format!(
            "app/a: version {new_vid} (AWSCURRENT) only there\n\
             app/a: label AWSCURRENT on [..] here, on {new_vid} there\n\
             app/a: label AWSPREVIOUS on - here, on [..] there\n"
        ))
        .run();
    aws(&sb, &["diff", "--region", "prod-us", "--prefix", "zzz/"])
        .stderr("the vault and AWS region prod-us hold the same secrets, versions and labels\n")
        .run();
}

#[test]
fn aws_endpoint_down_fails_the_push_not_the_command_and_sync_repairs_it() {
    let Some(venv) = venv() else { return };
    let port = free_port();
    let url = format!("http://127.0.0.1:{port}");
    let sb = Sandbox::new();
    add_region(&sb, &url, None);
    aws(&sb, &["create", "app/db", "--value", "one"]).stderr("created app/db (version [..])\n").run();
    aws(&sb, &["replicate", "app/db", "--to", "prod-us"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region prod-us: dispatch failure: io error: client error (Connect): tcp connect error: Connection refused (os error 111); `sealbox sync app/db` retries\n",
        )
        .run();
    let st = status(&sb, "app/db");
    assert_eq!(st["Status"], "Failed");
    let message = st["StatusMessage"].as_str().unwrap();
    // The SDK's own words, each cause once, no Debug dump.
    assert!(message.starts_with("dispatch failure: "), "{message}");
    assert!(message.ends_with("Connection refused (os error 111)"), "{message}");
    // A later change: kept locally (exit 0, a warning), still Failed.
    aws(&sb, &["put-version", "app/db", "--value", "two"])
        .stderr(
            "sealbox: warning: secret app/db was not replicated to region prod-us: dispatch failure: io error: client error (Connect): tcp connect error: Connection refused (os error 111); `sealbox sync app/db` retries\n\
             app/db: new version [..] [AWSCURRENT]\n",
        )
        .run();
    assert_eq!(sb.get("app/db"), "two");
    assert_eq!(status(&sb, "app/db")["Status"], "Failed");
    let list = aws_json(&sb, &["region", "list"]);
    assert_eq!(list["Regions"][0]["Reachable"], false);
    // The endpoint comes up: sync pushes everything.
    let moto = Moto::on_port(venv, port);
    aws(&sb, &["sync"])
        .stdout(
            "NAME    REGION   STATUS  MESSAGE\n\
             app/db  prod-us  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    assert_eq!(status(&sb, "app/db")["Status"], "InSync");
    assert_eq!(moto.value("app/db", "AWSCURRENT"), "two");
    assert_eq!(moto.value("app/db", "AWSPREVIOUS"), "one");
}

#[test]
fn aws_a_secret_created_outside_sealbox_is_not_overwritten() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, None);
    moto.boto("c.create_secret(Name='app/shared', SecretString='theirs')");
    aws(&sb, &["create", "app/shared", "--value", "ours"]).stderr("created app/shared (version [..])\n").run();
    aws(&sb, &["replicate", "app/shared", "--to", "prod-us"])
        .stderr(
            "sealbox: warning: secret app/shared was not replicated to region prod-us: the AWS secret app/shared exists and was created outside sealbox (no sealbox:vault-id tag naming this vault); replicate with --force-overwrite to take it over; `sealbox sync app/shared` retries\n",
        )
        .run();
    let st = status(&sb, "app/shared");
    assert_eq!(st["Status"], "Failed");
    assert!(st["StatusMessage"].as_str().unwrap().contains("--force-overwrite"), "{st}");
    aws(&sb, &["sync"])
        .stdout(
            "NAME        REGION   STATUS  MESSAGE\n\
             app/shared  prod-us  Failed  the AWS secret app/shared exists and was created outside sealbox (no sealbox:vault-id tag naming this vault); replicate with --force-overwrite to take it over\n",
        )
        .stderr(
            "sealbox: warning: secret app/shared was not replicated to region prod-us: the AWS secret app/shared exists and was created outside sealbox (no sealbox:vault-id tag naming this vault); replicate with --force-overwrite to take it over; `sealbox sync app/shared` retries\n\
             sync: 0 in sync, 1 failed\n",
        )
        .run();
    assert_eq!(moto.value("app/shared", "AWSCURRENT"), "theirs", "sync leaves it alone");
    assert_eq!(status(&sb, "app/shared")["Status"], "Failed");
    // Taken over on request: our versions and labels, and the owner tag.
    aws(&sb, &["sync", "--force-overwrite"])
        .stdout(
            "NAME        REGION   STATUS  MESSAGE\n\
             app/shared  prod-us  InSync\n",
        )
        .stderr("sync: 1 in sync, 0 failed\n")
        .run();
    assert_eq!(moto.value("app/shared", "AWSCURRENT"), "ours");
    assert_eq!(sorted_stages(&moto.stages("app/shared")).len(), 1, "only our labels remain");
    assert_eq!(moto.tags("app/shared")[0].0, "sealbox:vault-id");
    assert_eq!(status(&sb, "app/shared")["Status"], "InSync");
    // A forced delete here does not delete a secret that is not ours in AWS.
    moto.boto("c.create_secret(Name='app/foreign', SecretString='f')");
    aws(&sb, &["create", "app/foreign", "--value", "mine"]).stderr("created app/foreign (version [..])\n").run();
    aws(&sb, &["replicate", "app/foreign", "--to", "prod-us"])
        .stderr(
            "sealbox: warning: secret app/foreign was not replicated to region prod-us: the AWS secret app/foreign exists and was created outside sealbox (no sealbox:vault-id tag naming this vault); replicate with --force-overwrite to take it over; `sealbox sync app/foreign` retries\n",
        )
        .run();
    aws(&sb, &["replicate", "app/foreign", "--remove", "prod-us"])
        .stderr("region prod-us held no replica of app/foreign\n")
        .run();
    assert_eq!(moto.value("app/foreign", "AWSCURRENT"), "f");
}

#[test]
fn aws_rotation_propagates_and_a_failed_one_leaves_awspending() {
    use std::os::unix::fs::PermissionsExt;
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, None);
    aws(&sb, &["create", "app/db", "--value", "old-value"]).stderr("created app/db (version [..])\n").run();
    aws(&sb, &["replicate", "app/db", "--to", "prod-us"]).stderr("replicated app/db to region prod-us\n").run();
    let dir = sb.home().join("scripts");
    std::fs::create_dir_all(&dir).unwrap();
    let script = |name: &str, body: &str| {
        let p = dir.join(name);
        std::fs::write(&p, body).unwrap();
        std::fs::set_permissions(&p, std::fs::Permissions::from_mode(0o755)).unwrap();
        p.to_str().unwrap().to_string()
    };
    // Prints nothing at `create`: sealbox generates the new value.
    let ok = script("ok.sh", "#!/bin/sh\nexit 0\n");
    let failing = script("fail.sh", "#!/bin/sh\n[ \"$1\" = test ] && { echo 'login refused' >&2; exit 1; }\nexit 0\n");
    aws(&sb, &["rotate", "app/db", "--script", &ok])
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             rotated app/db: version [..] is AWSCURRENT\n",
        )
        .run();
    let new = sb.get("app/db");
    assert_ne!(new, "old-value");
    assert_eq!(moto.value("app/db", "AWSCURRENT"), new);
    assert_eq!(moto.value("app/db", "AWSPREVIOUS"), "old-value");
    assert_eq!(sorted_stages(&moto.stages("app/db")), sorted_stages(&local_stages(&sb, "app/db")));
    // A failed rotation: AWSCURRENT stays, the pending version is in AWS as AWSPENDING.
    aws(&sb, &["rotate", "app/db", "--script", &failing])
        .status(7)
        .stderr(
            "app/db: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `test` step:\n\
             \x20 login refused\n\
             sealbox: error: rotation of app/db failed in step test: the script exited with status 1\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/db` to resume, or `sealbox rotate app/db --cancel`\n",
        )
        .run();
    assert_eq!(moto.value("app/db", "AWSCURRENT"), new);
    let pending = sb.case(&["get", "app/db", "--stage", "AWSPENDING"]).stdout("[..]").run().stdout_text();
    assert_eq!(moto.value("app/db", "AWSPENDING"), pending);
    assert_eq!(sorted_stages(&moto.stages("app/db")), sorted_stages(&local_stages(&sb, "app/db")));
    assert_eq!(status(&sb, "app/db")["Status"], "InSync");
}

#[test]
fn aws_a_replicated_prefix_takes_new_secrets_to_aws() {
    let Some(moto) = Moto::start() else { return };
    let sb = Sandbox::new();
    add_region(&sb, &moto.url, Some("ci/"));
    aws(&sb, &["create", "app/prod/a", "--value", "a"]).stderr("created app/prod/a (version [..])\n").run();
    aws(&sb, &["create", "app/dev/b", "--value", "b"]).stderr("created app/dev/b (version [..])\n").run();
    aws(&sb, &["replicate", "--prefix", "app/prod/", "--to", "prod-us"])
        .stderr("replicated 1 of 1 secret(s) under \"app/prod/\" to prod-us; new secrets under it follow\n")
        .run();
    assert_eq!(moto.value("ci/app/prod/a", "AWSCURRENT"), "a");
    assert_eq!(moto.describe("ci/app/dev/b"), Value::Null, "outside the prefix");
    // A new secret under the prefix follows in the same command.
    aws(&sb, &["create", "app/prod/c", "--value", "c"]).stderr("created app/prod/c (version [..])\n").run();
    assert_eq!(moto.value("ci/app/prod/c", "AWSCURRENT"), "c");
    assert_eq!(status(&sb, "app/prod/c")["Status"], "InSync");
    aws(&sb, &["diff", "--region", "prod-us", "--prefix", "app/prod/"])
        .stderr("the vault and AWS region prod-us hold the same secrets, versions and labels\n")
        .run();
    aws(&sb, &["diff", "--region", "prod-us"]).status(1).stdout("only here:  app/dev/b\n").run();
}
