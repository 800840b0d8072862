//! Who still uses a secret scheduled for deletion (issue 14, item 7; DESIGN.md "Deletion,
//! part 2"): describe, list --include-deleted, doctor and audit --pending-deletion surface the
//! failed reads since it was scheduled.

use crate::support::Sandbox;

const MARKED: &str = "sealbox: error: you can't perform this operation on secret old because it was marked for deletion\n\
sealbox: hint: run `sealbox restore old` to cancel the deletion\n";

/// `old` read once before it is scheduled (a success: not counted), scheduled on 03-01,
/// then read twice (failed) on 03-02 and 03-04; `kept` is never deleted.
fn scheduled_and_still_read() -> Sandbox {
    let sb = Sandbox::new();
    for name in ["old", "kept"] {
        sb.case(&["create", name, "--value", "v"])
            .env("SEALBOX_NOW", "2026-02-01T00:00:00Z")
            .stderr(format!("created {name} (version [..])\n"))
            .run();
    }
    sb.case(&["get", "old"]).env("SEALBOX_NOW", "2026-02-10T00:00:00Z").stdout("v").run();
    sb.case(&["delete", "old", "--recovery-window-days", "7"])
        .env("SEALBOX_NOW", "2026-03-01T00:00:00Z")
        .stderr("old is scheduled for deletion on 2026-03-08T00:00:00Z; `sealbox restore old` cancels it\n")
        .run();
    sb.case(&["get", "old"]).env("SEALBOX_NOW", "2026-03-02T08:00:00Z").status(5).stderr(MARKED).run();
    sb.case(&["get", "old", "--stage", "AWSCURRENT"])
        .env("SEALBOX_NOW", "2026-03-04T09:30:00Z")
        .status(5)
        .stderr(MARKED)
        .run();
    sb
}

#[test]
fn describe_shows_the_reads_since_it_was_scheduled() {
    let sb = scheduled_and_still_read();
    let now = ("SEALBOX_NOW", "2026-03-05T00:00:00Z");
    sb.case(&["describe", "old"])
        .envs(&[now])
        .stdout(
            "Name                                          old\n\
             ARN                                           arn:sealbox:local:[..]:secret:old-[..]\n\
             Description                                   -\n\
             Created                                       2026-02-01T00:00:00Z\n\
             Last changed                                  2026-03-01T00:00:00Z\n\
             Last accessed                                 2026-02-10\n\
             Deleted                                       2026-03-01T00:00:00Z\n\
             Deletion date                                 2026-03-08T00:00:00Z (restore before then)\n\
             Reads since scheduled                         2, last 2026-03-04T09:30:00Z by [..] (cli-[..], pid [..])\n\
             Rotation                                      disabled\n\
             Tags                                          -\n\
             Version [..]  AWSCURRENT\n",
        )
        .run();
    let v = sb.json_env(&["describe", "old"], &[now]);
    assert_eq!(v["PendingDeletionReads"]["Count"], 2);
    assert_eq!(v["PendingDeletionReads"]["LastTime"], "2026-03-04T09:30:00Z");
    assert!(v["PendingDeletionReads"]["LastActor"].as_str().unwrap().contains(", pid "), "{v}");
    // Not scheduled: no such field (the JSON stays DescribeSecret's).
    assert!(sb.json(&["describe", "kept"]).get("PendingDeletionReads").is_none());
    // Restored and scheduled again: only the attempts after the new schedule count.
    sb.case(&["restore", "old"]).env("SEALBOX_NOW", "2026-03-05T00:00:00Z").stderr("old restored\n").run();
    sb.case(&["delete", "old", "--recovery-window-days", "7"])
        .env("SEALBOX_NOW", "2026-03-06T00:00:00Z")
        .stderr("old is scheduled for deletion on 2026-03-13T00:00:00Z; `sealbox restore old` cancels it\n")
        .run();
    let v = sb.json_env(&["describe", "old"], &[("SEALBOX_NOW", "2026-03-07T00:00:00Z")]);
    assert_eq!(v["PendingDeletionReads"], serde_json::json!({"Count": 0}));
}

#[test]
fn list_include_deleted_has_a_column_for_them() {
    let sb = scheduled_and_still_read();
    sb.case(&["list", "--include-deleted"])
        .env("SEALBOX_NOW", "2026-03-05T00:00:00Z")
        .stdout(
            "NAME  DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE     READS SINCE DELETE\n\
             kept               1         2026-02-01 00:00  -              -              -                 -\n\
             old                1         2026-03-01 00:00  2026-02-10     -              2026-03-08 00:00  2\n",
        )
        .run();
    // Without --include-deleted the table is as before.
    sb.case(&["list"])
        .stdout(
            "NAME  DESCRIPTION  VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE\n\
             kept               1         2026-02-01 00:00  -              -              -\n",
        )
        .run();
    // The JSON is AWS's ListSecrets: no sealbox field.
    let list = sb.json(&["list", "--include-deleted"]);
    assert!(list["SecretList"].as_array().unwrap().iter().all(|e| e.get("PendingDeletionReads").is_none()));
}

#[test]
fn doctor_warns_and_audit_lists_the_attempts() {
    let sb = scheduled_and_still_read();
    let r = sb.run_env(&["doctor"], &[("SEALBOX_NOW", "2026-03-05T00:00:00Z")]);
    let line = r.stdout_text().lines().find(|l| l.contains(" deletion: ")).unwrap().to_string();
    assert!(
        crate::support::matches_pattern(
            "! deletion: pending deletion: old (purged after 2026-03-08; still read: 2 attempt(s) since it was scheduled, last 2026-03-04T09:30:00Z by [..] (cli-[..], pid [..])); `sealbox restore NAME` cancels",
            &line
        ),
        "{line}"
    );
    sb.case(&["audit", "--pending-deletion"])
        .stdout(
            "TIME                  OPERATION       NAME  VERSION  OUTCOME                  USER[..]\n\
             2026-03-02T08:00:00Z  GetSecretValue  old   -        InvalidRequestException  [..]\n\
             2026-03-04T09:30:00Z  GetSecretValue  old   -        InvalidRequestException  [..]\n",
        )
        .run();
    let events = sb.json(&["audit", "--pending-deletion"]);
    assert_eq!(events["Events"].as_array().unwrap().len(), 2);
    // Nothing scheduled: nothing listed.
    sb.case(&["restore", "old"]).env("SEALBOX_NOW", "2026-03-05T00:00:00Z").stderr("old restored\n").run();
    sb.case(&["audit", "--pending-deletion"])
        .stderr("no matching lines in [HOME]/.local/state/sealbox/audit.jsonl\n")
        .run();
}
