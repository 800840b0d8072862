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

// ----- the API surface (DESIGN.md "AWS parity") ---------------------------------------------

fn arn_of(sb: &Sandbox, name: &str) -> String {
    sb.json(&["describe", name])["ARN"].as_str().unwrap().to_string()
}

#[test]
fn a_secret_id_may_be_the_arn_or_the_arn_without_its_suffix() {
    let sb = Sandbox::new();
    sb.create("app/db", "one");
    let arn = arn_of(&sb, "app/db");
    let partial = arn[..arn.len() - 7].to_string();
    sb.case(&["get", &arn]).stdout("one").run();
    sb.case(&["get", &partial]).stdout("one").run();
    // AWS's form naming this vault works too; another vault's id does not.
    let aws = arn.replacen("arn:sealbox:", "arn:aws:secretsmanager:", 1);
    sb.case(&["get", &aws]).stdout("one").run();
    sb.run(&["put-version", &partial, "--value", "two"]).success();
    sb.run(&["tag", &arn, "k=v"]).success();
    assert_eq!(sb.json(&["versions", &arn])["Name"], "app/db");
    sb.case(&["get", &arn]).stdout("two").run();
    let wrong_suffix = format!("{partial}-ZZZZZZ");
    sb.case(&["get", &wrong_suffix]).status(3).stderr_any("not found, with a hint").run();
    let other = arn.replace(&arn.split(':').nth(3).unwrap().to_string(), &"0".repeat(32));
    sb.case(&["get", &other]).status(3).stderr_any("names another vault").run();
}

#[test]
fn update_with_a_value_makes_a_new_current_version() {
    let sb = Sandbox::new();
    sb.create("app/db", "one");
    let token = "a".repeat(32);
    let out = sb.json(&["update", "app/db", "--value", "two", "--description", "db", "--token", &token]);
    assert_eq!(out["VersionId"], token.as_str());
    assert_eq!(keys(&out), ["ARN", "Name", "VersionId"]);
    sb.case(&["get", "app/db"]).stdout("two").run();
    sb.case(&["get", "app/db", "--stage", "AWSPREVIOUS"]).stdout("one").run();
    assert_eq!(sb.json(&["describe", "app/db"])["Description"], "db");
    // The description alone reads no stdin, and makes no version.
    sb.case(&["update", "app/db", "--description", "d2"])
        .stdin("ignored")
        .stderr("app/db: description updated\n")
        .run();
    assert_eq!(sb.json(&["versions", "app/db"])["Versions"].as_array().unwrap().len(), 2);
}

#[test]
fn create_without_a_value_then_a_binary_first_version() {
    let sb = Sandbox::new();
    let out = sb.json(&["create", "app/cert", "--no-value"]);
    assert_eq!(keys(&out), ["ARN", "Name"]);
    assert!(sb.json(&["describe", "app/cert"]).get("VersionIdsToStages").is_none());
    sb.case(&["get", "app/cert"])
        .status(3)
        .stderr("sealbox: error: secret app/cert has no version labelled AWSCURRENT\nsealbox: hint: run `sealbox versions app/cert`\n")
        .run();
    sb.run(&["put-version", "app/cert", "--value", "text", "--binary"]).success();
    let v = sb.json(&["get", "app/cert"]);
    assert_eq!(v["SecretBinary"], "dGV4dA==");
    assert!(v.get("SecretString").is_none());
}

#[test]
fn list_filters_sort_and_pages_that_survive_changes() {
    let sb = Sandbox::new();
    sb.run(&["create", "app/a", "--value", "1", "--description", "Primary database", "--tag", "env=prod"]).success();
    sb.run(&["create", "app/b", "--value", "1", "--tag", "Team=x"]).success();
    sb.run(&["create", "App/c", "--value", "1"]).success();
    sb.run(&["create", "app/d", "--value", "1"]).success();
    let names = |args: &[&str]| {
        let mut a = vec!["list", "--query", "SecretList[].Name", "-o", "text"];
        a.extend(args);
        sb.run(&a).success().stdout_text()
    };
    assert_eq!(names(&["--filter", "name=app/"]), "app/a\tapp/b\tapp/d\n");
    assert_eq!(names(&["--filter", "name=!app/"]), "App/c\n");
    assert_eq!(names(&["--filter", "description=DATA"]), "app/a\n");
    assert_eq!(names(&["--filter", "description=ata"]), "");
    assert_eq!(names(&["--filter", "tag-key=Team", "--filter", "name=app"]), "app/b\n");
    assert_eq!(names(&["--filter", "all=prod"]), "app/a\n");
    assert_eq!(names(&["--sort-order", "desc"]), "app/d\tapp/b\tapp/a\tApp/c\n");
    // Page 1, then the vault changes, then page 2 starts after the last name returned.
    let p1 = sb.json(&["list", "--max-results", "2"]);
    assert_eq!(p1["SecretList"].as_array().unwrap().len(), 2);
    let token = p1["NextToken"].as_str().unwrap().to_string();
    sb.run(&["delete", "App/c", "--force-delete-without-recovery"]).success();
    sb.run(&["create", "A/first", "--value", "1"]).success();
    assert_eq!(names(&["--max-results", "2", "--next-token", &token]), "app/b\tapp/d\n");
    assert!(sb.json(&["list", "--max-results", "2", "--next-token", &token]).get("NextToken").is_none());
    sb.case(&["list", "--filter", "colour=red"])
        .status(2)
        .stderr("sealbox: error: unknown filter key \"colour\"\nsealbox: hint: the keys are name, description, tag-key, tag-value, primary-region and all\n")
        .run();
    sb.case(&["list", "--max-results", "0"])
        .status(2)
        .stderr("sealbox: error: --max-results 0 is outside 1..100\n")
        .run();
}

#[test]
fn batch_get_answers_values_and_errors() {
    let sb = Sandbox::new();
    sb.create("app/a", "one");
    sb.create("app/b", "two");
    let out = sb.json(&["batch-get", "app/a", "nope", "app/b"]);
    let got: Vec<(&str, &str)> = out["SecretValues"]
        .as_array()
        .unwrap()
        .iter()
        .map(|v| (v["Name"].as_str().unwrap(), v["SecretString"].as_str().unwrap()))
        .collect();
    assert_eq!(got, [("app/a", "one"), ("app/b", "two")]);
    assert_eq!(
        out["Errors"],
        json!([{"SecretId": "nope", "ErrorCode": "ResourceNotFoundException", "Message": "secret nope not found"}])
    );
    sb.case(&["batch-get", "--filter", "name=app/b", "--query", "SecretValues[].SecretString", "-o", "text"])
        .stdout("two\n")
        .run();
    let many: Vec<String> = (0..21).map(|i| format!("s{i}")).collect();
    let mut args = vec!["batch-get"];
    args.extend(many.iter().map(String::as_str));
    sb.case(&args).status(2).stderr("sealbox: error: 21 secret ids given, the limit is 20\n").run();
}

#[test]
fn query_and_text_output_as_the_aws_cli() {
    let sb = Sandbox::new();
    sb.run(&["create", "app/a", "--value", "1", "--description", "first"]).success();
    sb.create("app/b", "2");
    sb.case(&["describe", "app/a", "--query", "Name", "-o", "text"]).stdout("app/a\n").run();
    sb.case(&["describe", "app/a", "--query", "Name"]).stdout("\"app/a\"\n").run();
    sb.case(&["list", "--query", "SecretList[].[Name, Description]", "-o", "text"])
        .stdout("app/a\tfirst\napp/b\tNone\n")
        .run();
    sb.case(&["get", "app/b", "--query", "SecretString", "-o", "text"]).stdout("2\n").run();
    // A bare backtick literal is a string, as the AWS CLI (jmespath.py) reads it.
    sb.case(&["list", "--query", "SecretList[?Name==`app/b`].Name", "-o", "text"]).stdout("app/b\n").run();
    sb.case(&["list", "--query", "SecretList[?Description==`\"first\"`].Name", "-o", "text"]).stdout("app/a\n").run();
    sb.case(&["list", "--query", "SecretList[?"]).status(2).stderr_any("the JMESPath parser's message").run();
}
