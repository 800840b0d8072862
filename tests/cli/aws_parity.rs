//! AWS parity (issue 15): JSON shapes and rules checked against what AWS answers
//! (botocore's model, localstack's recorded snapshots, moto's `aws_verified` tests). Each
//! test here failed on main before the change it names.

use serde_json::{Value, json};

use crate::support::Sandbox;

const T0: &str = "2026-03-04T15:16:17Z";

fn at(sb: &Sandbox, t: &str, args: &[&str]) -> Value {
    let mut a = args.to_vec();
    a.extend(["-o", "json"]);
    let out = sb.run_env(&a, &[("SEALBOX_NOW", t)]).success();
    serde_json::from_slice(&out.output.stdout).unwrap()
}

fn keys(v: &Value) -> Vec<&str> {
    let mut k: Vec<&str> = v.as_object().unwrap().keys().map(String::as_str).collect();
    k.sort();
    k
}

/// Was: `"LastAccessedDate": "2026-03-04"`, a bare date. AWS: a timestamp at midnight UTC.
#[test]
fn last_accessed_date_is_a_timestamp_at_midnight_utc() {
    let sb = Sandbox::new();
    sb.run_env(&["create", "app/db", "--value", "v"], &[("SEALBOX_NOW", T0)]).success();
    sb.run_env(&["get", "app/db"], &[("SEALBOX_NOW", T0)]).success();
    let d = at(&sb, T0, &["describe", "app/db"]);
    assert_eq!(d["LastAccessedDate"], "2026-03-04T00:00:00Z", "{d}");
    let l = at(&sb, T0, &["list"]);
    assert_eq!(l["SecretList"][0]["LastAccessedDate"], "2026-03-04T00:00:00Z", "{l}");
}

/// Was: 105 quick puts left 100 versions. AWS never drops a version younger than 24 hours.
#[test]
fn versions_of_the_last_day_survive_the_hundred_version_rule() {
    let sb = Sandbox::new();
    let values: Vec<String> = (0..106).map(|i| format!("value-{i}")).collect();
    let file = sb.home().join("many.json");
    std::fs::write(&file, json!({"app/db": values}).to_string()).unwrap();
    sb.run_env(&["import", "--format", "json", file.to_str().unwrap()], &[("SEALBOX_NOW", T0)]).success();
    let all = at(&sb, T0, &["versions", "app/db", "--include-deprecated"]);
    assert_eq!(all["Versions"].as_array().unwrap().len(), 106);
    // Two days on, the old deprecated versions may go: back to 100.
    sb.run_env(&["put-version", "app/db", "--value", "later"], &[("SEALBOX_NOW", "2026-03-06T15:16:17Z")]).success();
    let later = at(&sb, "2026-03-06T15:16:17Z", &["versions", "app/db", "--include-deprecated"]);
    assert_eq!(later["Versions"].as_array().unwrap().len(), 100);
}

/// Was: list entries had RotationEnabled but never RotationRules.
#[test]
fn list_entries_carry_rotation_rules() {
    let sb = Sandbox::new();
    sb.create("app/db", "v");
    let script = sb.home().join("ok.sh");
    std::fs::write(&script, "#!/bin/sh\nexit 0\n").unwrap();
    std::fs::set_permissions(&script, std::os::unix::fs::PermissionsExt::from_mode(0o700)).unwrap();
    sb.run(&["rotate", "app/db", "--script", script.to_str().unwrap(), "--every", "30", "--no-rotate-now"]).success();
    let l = sb.json(&["list"]);
    let e = &l["SecretList"][0];
    assert_eq!(e["RotationRules"], json!({"AutomaticallyAfterDays": 30}), "{e}");
    assert_eq!(e["RotationEnabled"], true, "{e}");
}

/// Was: `"RotationEnabled": false` on every secret. AWS omits it until rotation is set up;
/// it omits `Tags` when there are none too.
#[test]
fn a_plain_secret_has_no_rotation_enabled_and_no_tags() {
    let sb = Sandbox::new();
    sb.create("app/db", "v");
    let d = sb.json(&["describe", "app/db"]);
    assert_eq!(keys(&d), ["ARN", "CreatedDate", "LastChangedDate", "Name", "VersionIdsToStages"], "{d}");
    let l = sb.json(&["list"]);
    assert_eq!(
        keys(&l["SecretList"][0]),
        ["ARN", "CreatedDate", "LastChangedDate", "Name", "SecretVersionsToStages"],
        "{l}"
    );
}

/// Was: Versions entries had no LastAccessedDate, and a deprecated one `"VersionStages": []`.
#[test]
fn versions_carry_last_accessed_and_deprecated_ones_no_stages() {
    let sb = Sandbox::new();
    sb.run_env(&["create", "app/db", "--value", "one"], &[("SEALBOX_NOW", T0)]).success();
    let first = at(&sb, T0, &["versions", "app/db"]);
    assert_eq!(keys(&first["Versions"][0]), ["CreatedDate", "VersionId", "VersionStages"], "{first}");
    let v1 = first["Versions"][0]["VersionId"].as_str().unwrap().to_string();
    sb.run_env(&["get", "app/db"], &[("SEALBOX_NOW", T0)]).success();
    sb.run_env(&["put-version", "app/db", "--value", "two"], &[("SEALBOX_NOW", T0)]).success();
    sb.run_env(&["put-version", "app/db", "--value", "three"], &[("SEALBOX_NOW", T0)]).success();
    let all = at(&sb, T0, &["versions", "app/db", "--include-deprecated"]);
    let old = all["Versions"].as_array().unwrap().iter().find(|v| v["VersionId"] == v1.as_str()).unwrap();
    assert_eq!(
        old,
        &json!({"VersionId": v1, "LastAccessedDate": "2026-03-04T00:00:00Z", "CreatedDate": "2026-03-04T15:16:17Z"})
    );
    let unread: Vec<&Value> =
        all["Versions"].as_array().unwrap().iter().filter(|v| v["VersionId"] != v1.as_str()).collect();
    assert_eq!(unread.len(), 2);
    for v in unread {
        assert_eq!(keys(v), ["CreatedDate", "VersionId", "VersionStages"], "{v}");
    }
}

/// Was: exit 3 (not found). AWS: a VersionId outside 32..64 characters is a ValidationException.
#[test]
fn a_version_id_of_the_wrong_length_is_a_usage_error() {
    let sb = Sandbox::new();
    sb.create("app/db", "v");
    sb.case(&["get", "app/db", "--version-id", "abc"])
        .status(2)
        .stderr(
            "sealbox: error: invalid --version-id \"abc\": a version id is 32..64 characters\n\
             sealbox: hint: `sealbox versions NAME` lists the version ids\n",
        )
        .run();
    let long = "a".repeat(65);
    sb.case(&["get", "app/db", "--version-id", &long]).status(2).stderr_any("the message above, with 65 a's").run();
}

/// Was: `{"Name", "DeletionDate"}` only. AWS answers as if the secret existed: ARN too.
#[test]
fn a_forced_delete_of_an_unknown_name_answers_arn_name_and_date() {
    let sb = Sandbox::new();
    let d = at(&sb, T0, &["delete", "never/was", "--force-delete-without-recovery"]);
    assert_eq!(keys(&d), ["ARN", "DeletionDate", "Name"], "{d}");
    assert_eq!(d["Name"], "never/was");
    assert_eq!(d["DeletionDate"], T0);
    let arn = d["ARN"].as_str().unwrap();
    assert!(crate::support::matches_pattern("arn:sealbox:[..]:secret:never/was-[..]", arn), "{arn}");
    assert_eq!(arn.rsplit('-').next().unwrap().len(), 6, "{arn}");
}

/// Was: tags sorted by key. AWS keeps the order they were added in (localstack's
/// test_secret_tags recording).
#[test]
fn tags_keep_the_order_they_were_added_in() {
    let sb = Sandbox::new();
    sb.run(&["create", "app/db", "--value", "v", "--tag", "zeta=1", "--tag", "alpha=2"]).success();
    sb.run(&["tag", "app/db", "mid=3", "zeta=4"]).success();
    let want = json!([{"Key": "zeta", "Value": "4"}, {"Key": "alpha", "Value": "2"}, {"Key": "mid", "Value": "3"}]);
    assert_eq!(sb.json(&["describe", "app/db"])["Tags"], want);
    assert_eq!(sb.json(&["list"])["SecretList"][0]["Tags"], want);
    sb.run(&["untag", "app/db", "zeta", "alpha", "mid"]).success();
    assert!(sb.json(&["describe", "app/db"]).get("Tags").is_none());
}
