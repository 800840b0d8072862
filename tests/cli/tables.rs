//! Tables that fit: on a real pseudo-terminal of 80 columns (script(1) and `stty cols`),
//! and with COLUMNS, `list`, `describe`, `versions` and `audit` never cut a name or a date;
//! descriptions are cut with `…` and less important columns dropped. Into a pipe every
//! column is whole and nothing wraps.

use std::process::Command;

use crate::support::{Run, Sandbox, matches_pattern, require_tool};

const BIN: &str = env!("CARGO_BIN_EXE_sealbox");
const NOW: &str = "2026-03-04T05:06:07Z";

fn sandbox() -> Sandbox {
    let sb = Sandbox::new();
    let at = |args: &[&str]| sb.run_env(args, &[("SEALBOX_NOW", NOW)]).success();
    at(&[
        "create",
        "app/db/password",
        "--value",
        "v",
        "--description",
        "the primary database password of the payments team",
    ]);
    at(&["create", "app/payments/stripe-live-secret-key", "--value", "v"]);
    at(&["create", "web/github", "--value", "v", "--description", "short"]);
    sb
}

/// `sealbox ARGS` on a pty `cols` wide (through `stty cols`), its output with CRs removed.
fn on_a_pty(sb: &Sandbox, cols: u16, args: &str, env: &[(&str, &str)]) -> String {
    let inner = format!("stty cols {cols}; {BIN} {args}");
    let mut c = Command::new("script");
    c.args(["-q", "-e", "-c", &inner, "/dev/null"]);
    c.env_clear().env("HOME", sb.home()).env("PATH", std::env::var("PATH").unwrap()).env("LANG", "C.UTF-8");
    c.env("SEALBOX_NOW", NOW);
    for (k, v) in env {
        c.env(k, v);
    }
    let out = Run::from(c, Some(b"")).success();
    out.stdout_text().replace('\r', "")
}

fn assert_fits(text: &str, cols: usize) {
    use unicode_width::UnicodeWidthStr;
    for line in text.lines() {
        assert!(line.width() <= cols, "wider than {cols}: {line:?}\n{text}");
    }
}

#[test]
fn list_at_80_columns_cuts_the_description_and_drops_dates_keeping_names_whole() {
    if require_tool("script").is_none() {
        return;
    }
    let sb = sandbox();
    let text = on_a_pty(&sb, 80, "list", &[]);
    assert_eq!(
        text,
        "NAME                                 DESCRIPTION                        VERSIONS\n\
app/db/password                      the primary database password of…  1\n\
app/payments/stripe-live-secret-key                                     1\n\
web/github                           short                              1\n"
    );
    assert_fits(&text, 80);
    // COLUMNS is honoured on a terminal (a narrower table than the pty).
    let text = on_a_pty(&sb, 120, "list", &[("COLUMNS", "60")]);
    assert_eq!(
        text,
        "NAME                                 DESCRIPTION\n\
app/db/password                      the primary database p…\n\
app/payments/stripe-live-secret-key\n\
web/github                           short\n"
    );
    assert_fits(&text, 60);
}

#[test]
fn a_pipe_gets_every_column_whole_whatever_columns_says() {
    let sb = sandbox();
    let text = sb.run_env(&["list"], &[("COLUMNS", "40")]).success().stdout_text();
    assert_eq!(
        text,
        "NAME                                 DESCRIPTION                                         VERSIONS  LAST CHANGED      LAST ACCESSED  NEXT ROTATION  DELETION DATE\n\
app/db/password                      the primary database password of the payments team  1         2026-03-04 05:06  -              -              -\n\
app/payments/stripe-live-secret-key                                                      1         2026-03-04 05:06  -              -              -\n\
web/github                           short                                               1         2026-03-04 05:06  -              -              -\n"
    );
}

#[test]
fn describe_versions_and_audit_fit_80_columns() {
    if require_tool("script").is_none() {
        return;
    }
    let sb = sandbox();
    let describe = on_a_pty(&sb, 80, "describe app/payments/stripe-live-secret-key", &[]);
    // Every line fits but the ARN's own, which is never cut (the terminal may wrap it).
    assert_fits(&describe.lines().filter(|l| !l.starts_with("    arn:")).collect::<Vec<_>>().join("\n"), 80);
    // The ARN is too long to sit beside its key: it goes below it, whole.
    let arn = sb.json(&["describe", "app/payments/stripe-live-secret-key"])["ARN"].as_str().unwrap().to_string();
    assert!(describe.contains(&format!("ARN\n    {arn}\n")), "{describe}");
    assert!(describe.contains("Created        2026-03-04T05:06:07Z\n"), "{describe}");
    let versions = on_a_pty(&sb, 80, "versions app/db/password", &[]);
    assert_fits(&versions, 80);
    assert!(versions.starts_with("VERSION ID                            STAGES      CREATED\n"), "{versions}");
    let audit = on_a_pty(&sb, 80, "audit app/payments/stripe-live-secret-key --operation CreateSecret", &[]);
    assert_fits(&audit, 80);
    assert_eq!(
        audit,
        "TIME                  OPERATION     NAME                                 OUTCOME\n\
2026-03-04T05:06:07Z  CreateSecret  app/payments/stripe-live-secret-key  ok\n"
    );
}

#[test]
fn audit_at_80_columns_cuts_operations_and_outcomes_keeping_times_and_names_whole() {
    if require_tool("script").is_none() {
        return;
    }
    let sb = sandbox();
    let long = "app/prod/payments/stripe/webhook-signing-secret";
    let at = |args: &[&str]| sb.run_env(args, &[("SEALBOX_NOW", NOW)]);
    at(&["create", long, "--value", "v"]).success();
    at(&["get", long]).success();
    assert_eq!(at(&["stage", "app/db/password", "AWSPREVIOUS"]).code(), 2);
    // With a 47-character name only the time, the name and a cut operation fit.
    let text = on_a_pty(&sb, 80, "audit", &[]);
    assert_fits(&text, 80);
    assert_eq!(
        text,
        "TIME                  OPERATION  NAME\n\
2026-03-04T05:06:07Z  CreateSe…  app/db/password\n\
2026-03-04T05:06:07Z  CreateSe…  app/payments/stripe-live-secret-key\n\
2026-03-04T05:06:07Z  CreateSe…  web/github\n\
2026-03-04T05:06:07Z  CreateSe…  app/prod/payments/stripe/webhook-signing-secret\n\
2026-03-04T05:06:07Z  GetSecre…  app/prod/payments/stripe/webhook-signing-secret\n\
2026-03-04T05:06:07Z  UpdateSe…  app/db/password\n"
    );
    // Shorter names leave room for the outcome; the version id, user, pid and parent go.
    let text = on_a_pty(&sb, 80, "audit app/db", &[]);
    assert_fits(&text, 80);
    assert_eq!(
        text,
        "TIME                  OPERATION             NAME             OUTCOME\n\
2026-03-04T05:06:07Z  CreateSecret          app/db/password  ok\n\
2026-03-04T05:06:07Z  UpdateSecretVersion…  app/db/password  InvalidParameterEx…\n"
    );
    // Into a pipe every column is whole.
    let text = at(&["audit", long]).success().stdout_text();
    let version =
        sb.json(&["describe", long])["VersionIdsToStages"].as_object().unwrap().keys().next().unwrap().clone();
    let pad = " ".repeat(long.len() - "NAME".len());
    let pattern = format!(
        "TIME                  OPERATION       NAME{pad}  VERSION                               OUTCOME  USER[..]PID[..]PARENT\n\
2026-03-04T05:06:07Z  CreateSecret    {long}  {version}  ok       [..]\n\
2026-03-04T05:06:07Z  GetSecretValue  {long}  {version}  ok       [..]\n"
    );
    assert!(matches_pattern(&pattern, &text), "{text}");
}
