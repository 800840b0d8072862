//! Rotation end to end on a real PostgreSQL: the test starts its own cluster (initdb + pg_ctl,
//! Unix socket only, scram-sha-256 so wrong passwords really fail), rotates a database secret
//! with `examples/rotation/postgres.sh`, and proves with psql which passwords log in.
//!
//! As root (CI) the server runs as the `postgres` user through `runuser`. Under CI=true a
//! missing PostgreSQL fails the test; `scripts/test.sh` installs it.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

use crate::support::*;

/// The directory holding `initdb` and `pg_ctl`: on PATH, or Debian's versioned directory.
fn postgres_bin_dir() -> Option<PathBuf> {
    if let Some(initdb) = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join("initdb")).find(|p| p.is_file()))
    {
        return initdb.parent().map(Path::to_path_buf);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").is_file() && bin.join("pg_ctl").is_file())
        .collect();
    dirs.sort_by_key(|d| {
        d.parent().and_then(|v| v.file_name()).and_then(|v| v.to_str()).and_then(|v| v.parse::<u32>().ok()).unwrap_or(0)
    });
    dirs.pop()
}

fn is_root() -> bool {
    std::env::var("USER").is_ok_and(|u| u == "root")
        || std::fs::read_to_string("/proc/self/status")
            .unwrap_or_default()
            .lines()
            .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
}

/// A running cluster; stopped (fast) on drop.
struct Cluster {
    _dir: tempfile::TempDir,
    bin: PathBuf,
    data: PathBuf,
    socket_dir: PathBuf,
    as_root: bool,
}

impl Cluster {
    const SUPERUSER_PASSWORD: &'static str = "super-secret-pw";

    fn server_command(&self, tool: &str) -> Command {
        let program = self.bin.join(tool);
        if self.as_root {
            let mut c = Command::new("runuser");
            c.args(["-u", "postgres", "--"]).arg(program);
            c
        } else {
            Command::new(program)
        }
    }

    fn start() -> Option<Cluster> {
        let Some(bin) = postgres_bin_dir() else {
            assert!(
                !in_ci(),
                "PostgreSQL (initdb, pg_ctl) is not installed, and CI=true: scripts/test.sh must install it"
            );
            eprintln!("skipping: PostgreSQL's initdb is not installed (CI would fail here)");
            return None;
        };
        require_tool("psql")?;
        let as_root = is_root();
        let dir = tempfile::Builder::new().prefix("sealbox-pg-").tempdir().unwrap();
        // The server user must traverse the temp dir and own what is below it.
        std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
        let data = dir.path().join("data");
        let socket_dir = dir.path().join("sock");
        let pwfile = dir.path().join("pwfile");
        std::fs::create_dir(&data).unwrap();
        std::fs::create_dir(&socket_dir).unwrap();
        std::fs::write(&pwfile, Cluster::SUPERUSER_PASSWORD).unwrap();
        std::fs::set_permissions(&data, std::fs::Permissions::from_mode(0o700)).unwrap();
        std::fs::set_permissions(&pwfile, std::fs::Permissions::from_mode(0o600)).unwrap();
        if as_root {
            let owner = |p: &Path| {
                let status = Command::new("chown").arg("postgres:").arg(p).status().unwrap();
                assert!(status.success(), "chown postgres {}", p.display());
            };
            owner(&data);
            owner(&socket_dir);
            owner(&pwfile);
        }
        let cluster = Cluster { _dir: dir, bin, data, socket_dir, as_root };
        let out = cluster
            .server_command("initdb")
            .arg("-D")
            .arg(&cluster.data)
            .args(["-U", "postgres", "--auth=scram-sha-256", "--no-sync", "-E", "UTF8"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .output()
            .unwrap();
        check(&out, "initdb");
        let options = format!("-k {} -c listen_addresses=''", cluster.socket_dir.display());
        let out = cluster
            .server_command("pg_ctl")
            .arg("-D")
            .arg(&cluster.data)
            .args(["-o", &options, "-l"])
            .arg(cluster.socket_dir.join("server.log"))
            .args(["-w", "start"])
            .output()
            .unwrap();
        check(&out, "pg_ctl start");
        Some(cluster)
    }

    /// Run SQL through psql with these credentials (the password in psql's environment only).
    fn psql(&self, user: &str, password: &str, sql: &str) -> Output {
        Command::new("psql")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("PGPASSWORD", password)
            .env("PGCONNECT_TIMEOUT", "10")
            .args(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h"])
            .arg(&self.socket_dir)
            .args(["-p", "5432", "-U", user, "-d", "postgres", "-c", sql])
            .output()
            .unwrap()
    }

    /// True when `user` logs in with `password`; a refusal must be a password failure.
    fn logs_in(&self, user: &str, password: &str) -> bool {
        let out = self.psql(user, password, "SELECT current_user");
        if out.status.success() {
            assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{user}\n"));
            return true;
        }
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("password authentication failed for user \"{user}\"")), "{err}");
        false
    }
}

impl Drop for Cluster {
    fn drop(&mut self) {
        let _ = self.server_command("pg_ctl").arg("-D").arg(&self.data).args(["-m", "fast", "-w", "stop"]).output();
    }
}

#[track_caller]
fn check(out: &Output, what: &str) {
    assert!(
        out.status.success(),
        "{what} failed:\n{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

fn example(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("examples/rotation").join(name)
}

fn password(sb: &Sandbox, stage: &str) -> String {
    sb.case(&["get", "app/pg", "--stage", stage, "--field", "password"])
        .stdout_any("a generated password, returned to the caller")
        .run()
        .stdout_text()
}

/// A wrapper around postgres.sh that breaks one step, as a broken deployment would.
fn wrapper(dir: &Path, name: &str, broken_step: &str, broken: &str) -> PathBuf {
    let path = dir.join(name);
    let body = format!(
        "#!/bin/sh\nif [ \"$1\" = {broken_step} ]; then\n{broken}\nfi\nexec {} \"$1\"\n",
        example("postgres.sh").display()
    );
    std::fs::write(&path, body).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path
}

#[test]
fn postgres_rotation_end_to_end() {
    let Some(pg) = Cluster::start() else { return };
    require_tool("python3");
    let out = pg.psql("postgres", Cluster::SUPERUSER_PASSWORD, "CREATE ROLE app LOGIN PASSWORD 'initial-pw'");
    check(&out, "CREATE ROLE");
    assert!(pg.logs_in("app", "initial-pw"));
    assert!(!pg.logs_in("app", "wrong-pw"), "scram auth is not enforced");

    let sb = Sandbox::new();
    let socket = pg.socket_dir.to_str().unwrap();
    sb.case(&[
        "create",
        "app/pg",
        "--type",
        "database",
        "--engine",
        "postgres",
        "--host",
        socket,
        "--port",
        "5432",
        "--username",
        "app",
        "--dbname",
        "postgres",
        "--value-file",
        "-",
    ])
    .stdin(b"initial-pw")
    .stderr("created app/pg (version [..])\n")
    .run();

    // 1. A rotation: the new password logs in, the old one no longer does.
    let script = example("postgres.sh");
    let run = sb
        .case(&["rotate", "app/pg", "--script", script.to_str().unwrap(), "--every", "30"])
        .stderr(
            "app/pg: created pending version [..] (AWSPENDING)\n\
             rotated app/pg: version [..] is AWSCURRENT\n",
        )
        .run();
    eprintln!("[pg] rotate 1 stderr:\n{}", run.stderr_text());
    let first = password(&sb, "AWSCURRENT");
    assert_ne!(first, "initial-pw");
    assert_eq!(first.chars().count(), 32);
    assert_eq!(password(&sb, "AWSPREVIOUS"), "initial-pw");
    let value: Value = serde_json::from_str(&sb.get("app/pg")).unwrap();
    assert_eq!(value["host"], socket);
    assert_eq!(value["username"], "app");
    assert!(pg.logs_in("app", &first), "the rotated password does not log in");
    assert!(!pg.logs_in("app", "initial-pw"), "the old password still logs in");
    eprintln!("[pg] after rotation 1: new password logs in, initial-pw refused");

    // 2. `set` reports success but changes nothing: `test` catches it. The old credentials
    // keep working, in the vault and in the database.
    let noop_set = wrapper(sb.home(), "noop-set.sh", "set", "  cat >/dev/null; echo 'set: skipped' >&2; exit 0");
    let run = sb
        .case(&["rotate", "app/pg", "--script", noop_set.to_str().unwrap()])
            .status(7)
            .stderr(
                "app/pg: created pending version [..] (AWSPENDING)\n\
                 sealbox: stderr of the rotation script's `test` step:\n\
                 \x20 psql: error: connection to server on socket \"[..]/sock/.s.PGSQL.5432\" failed: FATAL:  password authentication failed for user \"app\"\n\
                 sealbox: error: rotation of app/pg failed in step test: the script exited with status 2\n\
                 sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/pg` to resume, or `sealbox rotate app/pg --cancel`\n",
            )
            .run();
    eprintln!("[pg] rotate 2 (no-op set) stderr:\n{}", run.stderr_text());
    assert_eq!(password(&sb, "AWSCURRENT"), first);
    let pending = password(&sb, "AWSPENDING");
    assert_ne!(pending, first);
    assert!(pg.logs_in("app", &first), "a failed test broke the current credentials");
    assert!(!pg.logs_in("app", &pending));
    eprintln!("[pg] after failed test: vault AWSCURRENT unchanged and still logs in; AWSPENDING refused");

    // 3. Resume with the real script: the same pending password, `set` logs in as current.
    sb.case(&["rotate", "app/pg", "--script", script.to_str().unwrap()])
        .stderr("rotated app/pg: version [..] is AWSCURRENT\n")
        .run();
    assert_eq!(password(&sb, "AWSCURRENT"), pending);
    assert!(pg.logs_in("app", &pending));
    assert!(!pg.logs_in("app", &first));

    // 4. `set` applies the password, then `test` fails: the database already has the pending
    // password while the vault's AWSCURRENT is the old one. Resuming must log in with the
    // pending credentials (the fallback) and finish.
    let failing_test =
        wrapper(sb.home(), "failing-test.sh", "test", "  echo 'test: app health check failed' >&2; exit 1");
    sb.case(&["rotate", "app/pg", "--script", failing_test.to_str().unwrap()])
        .status(7)
        .stderr(
            "app/pg: created pending version [..] (AWSPENDING)\n\
             sealbox: stderr of the rotation script's `test` step:\n\
             \x20 test: app health check failed\n\
             sealbox: error: rotation of app/pg failed in step test: the script exited with status 1\n\
             sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version [..]: fix the cause, then run `sealbox rotate app/pg` to resume, or `sealbox rotate app/pg --cancel`\n",
        )
        .run();
    let third = password(&sb, "AWSPENDING");
    assert_eq!(password(&sb, "AWSCURRENT"), pending);
    assert!(pg.logs_in("app", &third));
    assert!(!pg.logs_in("app", &pending));
    let run = sb
        .case(&["rotate", "app/pg", "--script", script.to_str().unwrap()])
        .stderr("rotated app/pg: version [..] is AWSCURRENT\n")
        .run();
    eprintln!("[pg] resume after set+failed test stderr:\n{}", run.stderr_text());
    assert_eq!(password(&sb, "AWSCURRENT"), third);
    assert!(pg.logs_in("app", &third));

    // 5. A password full of quotes and backslashes is applied verbatim.
    let tricky = r#"it's a "quoted" \back\slash; DROP ROLE app; --"#;
    let mut v: Value = serde_json::from_str(&sb.get("app/pg")).unwrap();
    v["password"] = Value::String(tricky.into());
    let quoting = sb.home().join("quoting.sh");
    std::fs::write(
        &quoting,
        format!(
            "#!/bin/sh\nif [ \"$1\" = create ]; then cat >/dev/null; cat {}; exit 0; fi\nexec {} \"$1\"\n",
            sb.home().join("tricky.json").display(),
            script.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&quoting, std::fs::Permissions::from_mode(0o755)).unwrap();
    std::fs::write(sb.home().join("tricky.json"), v.to_string()).unwrap();
    sb.case(&["rotate", "app/pg", "--script", quoting.to_str().unwrap()])
        .stderr(
            "app/pg: created pending version [..] (AWSPENDING)\n\
             rotated app/pg: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(password(&sb, "AWSCURRENT"), tricky);
    assert!(pg.logs_in("app", tricky));
    assert!(!pg.logs_in("app", &third));
    eprintln!("[pg] quotes and backslashes in the password: applied verbatim, role app still exists");
}

#[test]
fn postgres_alternating_users_rotation() {
    let Some(pg) = Cluster::start() else { return };
    require_tool("python3");
    for role in ["svc", "svc_clone"] {
        let sql = format!("CREATE ROLE {role} LOGIN CREATEROLE PASSWORD '{role}-initial'");
        check(&pg.psql("postgres", Cluster::SUPERUSER_PASSWORD, &sql), "CREATE ROLE");
    }
    let sb = Sandbox::new();
    let socket = pg.socket_dir.to_str().unwrap();
    sb.case(&[
        "create",
        "app/pg",
        "--type",
        "database",
        "--engine",
        "postgres",
        "--host",
        socket,
        "--username",
        "svc",
        "--dbname",
        "postgres",
        "--value-file",
        "-",
    ])
    .stdin(b"svc-initial")
    .stderr("created app/pg (version [..])\n")
    .run();
    let script = example("postgres-alternating.sh");
    let field = |stage: &str, key: &str| {
        let field = sb.case(&["get", "app/pg", "--stage", stage, "--field", key]);
        field.stdout_any("a generated field, returned to the caller").run().stdout_text()
    };

    // 1. Switches to svc_clone with a new password; svc's credentials keep working.
    sb.case(&["rotate", "app/pg", "--script", script.to_str().unwrap()])
        .stderr(
            "app/pg: created pending version [..] (AWSPENDING)\n\
             rotated app/pg: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(field("AWSCURRENT", "username"), "svc_clone");
    let clone_pw = field("AWSCURRENT", "password");
    assert_eq!(clone_pw.chars().count(), 32);
    assert!(pg.logs_in("svc_clone", &clone_pw));
    assert!(!pg.logs_in("svc_clone", "svc_clone-initial"));
    assert_eq!(field("AWSPREVIOUS", "username"), "svc");
    assert!(pg.logs_in("svc", "svc-initial"), "alternating users must leave the previous credentials working");

    // 2. Back to svc with a new password; svc_clone (now AWSPREVIOUS) still works.
    sb.case(&["rotate", "app/pg"])
        .stderr(
            "app/pg: created pending version [..] (AWSPENDING)\n\
             rotated app/pg: version [..] is AWSCURRENT\n",
        )
        .run();
    assert_eq!(field("AWSCURRENT", "username"), "svc");
    let svc_pw = field("AWSCURRENT", "password");
    assert!(pg.logs_in("svc", &svc_pw));
    assert!(!pg.logs_in("svc", "svc-initial"));
    assert!(pg.logs_in("svc_clone", &clone_pw));
    eprintln!("[pg] alternating users: svc -> svc_clone -> svc, previous credentials kept working each time");
}
