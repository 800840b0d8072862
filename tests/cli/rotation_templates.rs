//! The built-in rotation templates (`rotate NAME --template T`) against real servers: each test
//! starts its own PostgreSQL cluster or MariaDB server on a Unix socket in a temp dir, with
//! real password authentication (a wrong password is refused), and proves with the database
//! client which passwords log in after each rotation.
//!
//! As root (CI) the servers run as `postgres` / `mysql` through `runuser`. Under CI=true a
//! missing server fails the test; `scripts/test.sh` installs both.
//!
//! Checked MariaDB 10.11 recipe (Debian 12, as root; ready in about 0.2 s once installed):
//!   mkdir D && chown mysql: D   (every parent traversable by mysql)
//!   runuser -u mysql -- mariadb-install-db --no-defaults --datadir=D --tmpdir=T \
//!       --auth-root-authentication-method=normal --skip-test-db
//!   runuser -u mysql -- mariadbd --no-defaults --datadir=D --tmpdir=T --socket=S --skip-networking \
//!       --skip-log-bin --pid-file=D/pid --log-error=D/err.log
//!   mariadb --no-defaults -S S -uroot -e "ALTER USER root@localhost IDENTIFIED VIA
//!       mysql_native_password USING PASSWORD('…')"     (then a wrong password: ERROR 1045)
//! An unprivileged MariaDB user can't `ALTER USER CURRENT_USER()` but can
//! `SET PASSWORD = PASSWORD('…')`; `mariadb-admin shutdown` stops the server.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use serde_json::{Value, json};

use crate::support::*;

/// A password with everything that breaks naive quoting: both quotes, backslashes, `%`
/// (printf, LIKE, MariaDB host patterns), `$`, backticks, `#` (option-file comments) and `;`.
const TRICKY: &str = r#"it's a "quoted" \back\slash 100% $HOME `id` #not-a-comment; --"#;

fn is_root() -> bool {
    std::fs::read_to_string("/proc/self/status")
        .unwrap_or_default()
        .lines()
        .any(|l| l.starts_with("Uid:") && l.split_whitespace().nth(1) == Some("0"))
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

/// A temp dir the server user can traverse, with `sub` directories it owns.
fn server_dir(prefix: &str, owner: &str, subs: &[&str]) -> (tempfile::TempDir, Vec<PathBuf>) {
    let dir = tempfile::Builder::new().prefix(prefix).tempdir().unwrap();
    std::fs::set_permissions(dir.path(), std::fs::Permissions::from_mode(0o755)).unwrap();
    let paths: Vec<PathBuf> = subs.iter().map(|s| dir.path().join(s)).collect();
    for p in &paths {
        std::fs::create_dir(p).unwrap();
        std::fs::set_permissions(p, std::fs::Permissions::from_mode(0o700)).unwrap();
        if is_root() {
            check(&Command::new("chown").arg(format!("{owner}:")).arg(p).output().unwrap(), "chown");
        }
    }
    (dir, paths)
}

fn as_server_user(user: &str, program: impl AsRef<std::ffi::OsStr>) -> Command {
    if is_root() {
        let mut c = Command::new("runuser");
        c.args(["-u", user, "--"]).arg(program);
        c
    } else {
        Command::new(program)
    }
}

fn missing_server<T>(what: &str) -> Option<T> {
    assert!(!in_ci(), "{what} is not installed, and CI=true: scripts/test.sh must install it");
    eprintln!("skipping: {what} is not installed (CI would fail here)");
    None
}

/// What the template tests need from a database server.
trait Server {
    /// The `engine` of AWS's database JSON.
    fn engine(&self) -> &'static str;
    fn host(&self) -> String;
    fn port(&self) -> &'static str;
    fn admin_user(&self) -> &'static str;
    fn admin_password(&self) -> &'static str;
    /// The client binary the template runs (a wrapper of the same name shadows it on PATH).
    fn client(&self) -> &'static str;
    /// Run SQL as `user`; the output.
    fn sql(&self, user: &str, password: &str, sql: &str) -> Output;
    /// The SQL string literal of `text`.
    fn literal(&self, text: &str) -> String;
    /// Text only the template's `test` step sends (to break that step alone).
    fn test_marker(&self) -> &'static str;
    /// Text only the single-user template's `set` step sends.
    fn set_marker(&self) -> &'static str;
    /// A login with read access to table `t` (created by the admin).
    fn create_user(&self, user: &str, password: &str);

    fn admin(&self, sql: &str) {
        check(&self.sql(self.admin_user(), self.admin_password(), sql), sql);
    }

    /// True when `user` logs in with `password` (and reads `t`: the same grants); a refusal
    /// must be an authentication failure, not any error.
    fn logs_in(&self, user: &str, password: &str) -> bool;
}

// ---------------------------------------------------------------------------------------

/// The directory holding `initdb` and `pg_ctl`: on PATH, or Debian's versioned directory.
fn postgres_bin_dir() -> Option<PathBuf> {
    if let Some(p) = require_tool_quiet("initdb") {
        return p.parent().map(Path::to_path_buf);
    }
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("/usr/lib/postgresql")
        .ok()?
        .filter_map(|e| e.ok().map(|e| e.path().join("bin")))
        .filter(|bin| bin.join("initdb").is_file() && bin.join("pg_ctl").is_file())
        .collect();
    dirs.sort();
    dirs.pop()
}

fn require_tool_quiet(name: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file()))
}

struct Postgres {
    _dir: tempfile::TempDir,
    bin: PathBuf,
    data: PathBuf,
    socket_dir: PathBuf,
}

impl Postgres {
    fn start() -> Option<Postgres> {
        let Some(bin) = postgres_bin_dir() else { return missing_server("PostgreSQL (initdb, pg_ctl)") };
        require_tool("psql")?;
        let (dir, paths) = server_dir("sealbox-pgt-", "postgres", &["data", "sock", "init"]);
        let (data, socket_dir) = (paths[0].clone(), paths[1].clone());
        let pwfile = paths[2].join("pwfile");
        std::fs::write(&pwfile, "admin-pw").unwrap();
        if is_root() {
            check(&Command::new("chown").arg("postgres:").arg(&pwfile).output().unwrap(), "chown");
        }
        let out = as_server_user("postgres", bin.join("initdb"))
            .arg("-D")
            .arg(&data)
            .args(["-U", "postgres", "--auth=scram-sha-256", "--no-sync", "-E", "UTF8"])
            .arg(format!("--pwfile={}", pwfile.display()))
            .output()
            .unwrap();
        check(&out, "initdb");
        let out = as_server_user("postgres", bin.join("pg_ctl"))
            .arg("-D")
            .arg(&data)
            .args(["-o", &format!("-k {} -c listen_addresses=''", socket_dir.display()), "-l"])
            .arg(socket_dir.join("server.log"))
            .args(["-w", "start"])
            .output()
            .unwrap();
        check(&out, "pg_ctl start");
        Some(Postgres { _dir: dir, bin, data, socket_dir })
    }
}

impl Drop for Postgres {
    fn drop(&mut self) {
        let _ = as_server_user("postgres", self.bin.join("pg_ctl"))
            .arg("-D")
            .arg(&self.data)
            .args(["-m", "fast", "-w", "stop"])
            .output();
    }
}

impl Server for Postgres {
    fn engine(&self) -> &'static str {
        "postgres"
    }
    fn host(&self) -> String {
        self.socket_dir.to_str().unwrap().to_string()
    }
    fn port(&self) -> &'static str {
        "5432"
    }
    fn admin_user(&self) -> &'static str {
        "postgres"
    }
    fn admin_password(&self) -> &'static str {
        "admin-pw"
    }
    fn client(&self) -> &'static str {
        "psql"
    }
    fn sql(&self, user: &str, password: &str, sql: &str) -> Output {
        Command::new("psql")
            .env_clear()
            .env("PATH", std::env::var_os("PATH").unwrap_or_default())
            .env("PGPASSWORD", password)
            .args(["-X", "-q", "-At", "-v", "ON_ERROR_STOP=1", "-h"])
            .arg(&self.socket_dir)
            .args(["-U", user, "-d", "postgres", "-c", sql])
            .output()
            .unwrap()
    }
    fn literal(&self, text: &str) -> String {
        format!("'{}'", text.replace('\'', "''"))
    }
    fn test_marker(&self) -> &'static str {
        "SELECT current_user"
    }
    fn set_marker(&self) -> &'static str {
        "ALTER ROLE CURRENT_USER"
    }
    fn create_user(&self, user: &str, password: &str) {
        self.admin("CREATE TABLE IF NOT EXISTS t (x int)");
        self.admin(&format!("CREATE ROLE {user} LOGIN PASSWORD {}", self.literal(password)));
        self.admin(&format!("GRANT SELECT ON t TO {user}"));
    }
    fn logs_in(&self, user: &str, password: &str) -> bool {
        let out = self.sql(user, password, "SELECT current_user FROM (SELECT count(*) FROM t) AS c");
        if out.status.success() {
            assert_eq!(String::from_utf8_lossy(&out.stdout), format!("{user}\n"));
            return true;
        }
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("password authentication failed for user \"{user}\"")), "{err}");
        false
    }
}

// ---------------------------------------------------------------------------------------

/// A private MariaDB server (the recipe is at the top of this file); shut down on drop.
struct Mariadb {
    _dir: tempfile::TempDir,
    socket: PathBuf,
    server: std::process::Child,
}

impl Mariadb {
    const ROOT_PASSWORD: &'static str = "root-pw";

    fn start() -> Option<Mariadb> {
        let Some(mariadbd) =
            ["/usr/sbin/mariadbd", "/usr/bin/mariadbd"].iter().map(PathBuf::from).find(|p| p.is_file())
        else {
            return missing_server("MariaDB (mariadbd)");
        };
        require_tool("mariadb-install-db")?;
        require_tool("mariadb")?;
        // Each server gets its own tmpdir: a starting mariadbd deletes the `#sql*` temp files
        // it finds in its tmpdir, so two servers sharing /tmp (parallel tests) break each
        // other's bootstrap ("Error on delete of '/tmp/#sql-temptable-…'").
        let (dir, paths) = server_dir("sealbox-mdb-", "mysql", &["data", "sock", "tmp"]);
        let (data, sock_dir, tmp) = (paths[0].clone(), paths[1].clone(), paths[2].clone());
        let socket = sock_dir.join("mysqld.sock");
        let tmpdir = format!("--tmpdir={}", tmp.display());
        let out = as_server_user("mysql", "mariadb-install-db")
            .args(["--no-defaults", &format!("--datadir={}", data.display()), &tmpdir])
            .args(["--auth-root-authentication-method=normal", "--skip-test-db"])
            .output()
            .unwrap();
        check(&out, "mariadb-install-db");
        let server = as_server_user("mysql", mariadbd)
            .args(["--no-defaults", &format!("--datadir={}", data.display()), &tmpdir])
            .arg(format!("--socket={}", socket.display()))
            .args(["--skip-networking", "--skip-log-bin"])
            .arg(format!("--pid-file={}", data.join("pid").display()))
            .arg(format!("--log-error={}", data.join("err.log").display()))
            .stdin(std::process::Stdio::null())
            .spawn()
            .unwrap();
        let mut db = Mariadb { _dir: dir, socket, server };
        let deadline = Instant::now() + Duration::from_secs(60);
        loop {
            let out = db.client_command("root", None).args(["-e", "SELECT 1"]).output().unwrap();
            if out.status.success() {
                break;
            }
            assert!(Instant::now() < deadline, "mariadbd did not start: {}", String::from_utf8_lossy(&out.stderr));
            if let Some(status) = db.server.try_wait().unwrap() {
                panic!("mariadbd exited with {status}: {}", std::fs::read_to_string(data.join("err.log")).unwrap());
            }
            std::thread::sleep(Duration::from_millis(50));
        }
        let set_root = format!(
            "ALTER USER root@localhost IDENTIFIED VIA mysql_native_password USING PASSWORD('{}')",
            Mariadb::ROOT_PASSWORD
        );
        check(&db.client_command("root", None).args(["-e", &set_root]).output().unwrap(), "set root's password");
        db.admin("CREATE DATABASE appdb");
        db.admin("CREATE TABLE appdb.t (x int)");
        Some(db)
    }

    /// The client with the password in MYSQL_PWD (the test's own process only).
    fn client_command(&self, user: &str, password: Option<&str>) -> Command {
        let mut c = Command::new("mariadb");
        c.env_clear().env("PATH", std::env::var_os("PATH").unwrap_or_default());
        if let Some(p) = password {
            c.env("MYSQL_PWD", p);
        }
        c.args(["--no-defaults", "-N", "-B", "--raw", "-u", user, "-S"]).arg(&self.socket);
        c
    }
}

impl Drop for Mariadb {
    fn drop(&mut self) {
        let _ = Command::new("mariadb-admin")
            .env("MYSQL_PWD", Mariadb::ROOT_PASSWORD)
            .args(["--no-defaults", "-uroot", "-S"])
            .arg(&self.socket)
            .arg("shutdown")
            .output();
        let deadline = Instant::now() + Duration::from_secs(20);
        while self.server.try_wait().ok().flatten().is_none() && Instant::now() < deadline {
            std::thread::sleep(Duration::from_millis(20));
        }
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

impl Server for Mariadb {
    fn engine(&self) -> &'static str {
        "mariadb"
    }
    fn host(&self) -> String {
        self.socket.to_str().unwrap().to_string()
    }
    fn port(&self) -> &'static str {
        "3306"
    }
    fn admin_user(&self) -> &'static str {
        "root"
    }
    fn admin_password(&self) -> &'static str {
        Mariadb::ROOT_PASSWORD
    }
    fn client(&self) -> &'static str {
        "mariadb"
    }
    fn sql(&self, user: &str, password: &str, sql: &str) -> Output {
        self.client_command(user, Some(password)).args(["-e", sql]).output().unwrap()
    }
    fn literal(&self, text: &str) -> String {
        format!("'{}'", text.replace('\\', "\\\\").replace('\'', "''"))
    }
    fn test_marker(&self) -> &'static str {
        "SUBSTRING_INDEX(CURRENT_USER()"
    }
    fn set_marker(&self) -> &'static str {
        "SET PASSWORD"
    }
    fn create_user(&self, user: &str, password: &str) {
        self.admin(&format!("CREATE USER '{user}'@'%' IDENTIFIED BY {}", self.literal(password)));
        self.admin(&format!("GRANT SELECT ON appdb.* TO '{user}'@'%'"));
    }
    fn logs_in(&self, user: &str, password: &str) -> bool {
        let out = self.sql(user, password, "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1) FROM appdb.t LIMIT 0");
        if out.status.success() {
            let who = self.sql(user, password, "SELECT SUBSTRING_INDEX(CURRENT_USER(), '@', 1)");
            assert_eq!(String::from_utf8_lossy(&who.stdout), format!("{user}\n"));
            return true;
        }
        let err = String::from_utf8_lossy(&out.stderr);
        assert!(err.contains(&format!("ERROR 1045 (28000): Access denied for user '{user}'@'localhost'")), "{err}");
        false
    }
}

// ---------------------------------------------------------------------------------------

fn field(sb: &Sandbox, stage: &str, key: &str) -> String {
    sb.run(&["get", "app/db", "--stage", stage, "--field", key]).success().stdout_text()
}

/// A directory with a wrapper named like the server's client that breaks one step: for input
/// containing `marker` it exits `code` without running the client (code 0: a `set` that
/// claims success and changes nothing); any other input goes to the real client.
fn broken_client(sb: &Sandbox, db: &dyn Server, name: &str, marker: &str, code: i32) -> String {
    let dir = sb.home().join(name);
    std::fs::create_dir_all(&dir).unwrap();
    let real = require_tool_quiet(db.client()).unwrap();
    let wrapper = dir.join(db.client());
    std::fs::write(
        &wrapper,
        format!(
            "#!/bin/sh\nsql=$(cat)\ncase \"$sql\" in *'{marker}'*) echo 'broken {name}' >&2; exit {code};; esac\n\
             printf '%s\\n' \"$sql\" | exec {} \"$@\"\n",
            real.display()
        ),
    )
    .unwrap();
    std::fs::set_permissions(&wrapper, std::fs::Permissions::from_mode(0o755)).unwrap();
    format!("{}:{}", dir.display(), std::env::var("PATH").unwrap_or_default())
}

/// Store `value` as the AWSPENDING version, as if `create` had made it (a resumed rotation
/// then applies exactly this value).
fn stage_pending(sb: &Sandbox, value: &Value) {
    sb.run_stdin(
        &["put-version", "app/db", "--stage", "AWSPENDING", "--value-file", "-"],
        value.to_string().as_bytes(),
    )
    .success();
}

fn create_secret(sb: &Sandbox, db: &dyn Server, name: &str, user: &str, password: &str, extra: Value) {
    let mut value = json!({
        "engine": db.engine(), "host": db.host(), "port": db.port(), "username": user, "password": password,
    });
    if let (Value::Object(v), Value::Object(e)) = (&mut value, extra) {
        v.extend(e);
    }
    sb.run_stdin(&["create", name, "--value-file", "-"], value.to_string().as_bytes()).success();
}

/// Single user: the user changes its own password; the old one is refused at once.
fn single_user(db: &dyn Server, template: &str) {
    let tag = format!("[{template}]");
    db.create_user("app", TRICKY);
    assert!(db.logs_in("app", TRICKY));
    assert!(!db.logs_in("app", "wrong"), "password authentication is not enforced");
    let sb = Sandbox::new();
    create_secret(&sb, db, "app/db", "app", TRICKY, json!({}));

    // 1. Rotate: the new password logs in, the old one is refused.
    sb.case(&["rotate", "app/db", "--template", template, "--every", "30"])
        .stderr("app/db: created pending version [..] (AWSPENDING)\nrotated app/db: version [..] is AWSCURRENT\n")
        .run();
    let first = field(&sb, "AWSCURRENT", "password");
    assert_eq!(first.chars().count(), 32);
    assert_eq!(field(&sb, "AWSPREVIOUS", "password"), TRICKY);
    assert!(db.logs_in("app", &first));
    assert!(!db.logs_in("app", TRICKY));
    eprintln!("{tag} rotation 1: the new password logs in, the old one (quotes, \\, %) is refused");

    // 2. `set` claims success and changes nothing: `test` fails, exit 7, and AWSCURRENT still
    // logs in; AWSPENDING stays for a resume.
    let path = broken_client(&sb, db, "noop-set", db.set_marker(), 0);
    let run = sb
        .case(&["rotate", "app/db"])
        .env("PATH", &path)
        .status(7)
        .stderr_any("the client's own error text differs between versions; checked below")
        .run();
    let err = run.stderr_text();
    assert!(
        err.contains("sealbox: error: rotation of app/db failed in step test: the script exited with status 1\n"),
        "{err}"
    );
    assert!(err.contains("sealbox: hint: AWSCURRENT is unchanged and AWSPENDING stays on version"), "{err}");
    eprintln!("{tag} rotate with a no-op set, stderr:\n{err}");
    assert_eq!(field(&sb, "AWSCURRENT", "password"), first);
    let pending = field(&sb, "AWSPENDING", "password");
    assert!(db.logs_in("app", &first), "a failed test broke AWSCURRENT");
    assert!(!db.logs_in("app", &pending));

    // 3. Resume: the same pending password is applied and becomes AWSCURRENT.
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert_eq!(field(&sb, "AWSCURRENT", "password"), pending);
    assert!(db.logs_in("app", &pending));
    assert!(!db.logs_in("app", &first));

    // 4. `test` itself fails after `set` applied the password (single user: AWSCURRENT's
    // password is then gone, as in AWS); the resume logs in with the pending one and finishes.
    let path = broken_client(&sb, db, "failing-test", db.test_marker(), 1);
    sb.case(&["rotate", "app/db"]).env("PATH", &path).status(7).stderr_any("checked by the resume below").run();
    let third = field(&sb, "AWSPENDING", "password");
    assert_eq!(field(&sb, "AWSCURRENT", "password"), pending);
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert_eq!(field(&sb, "AWSCURRENT", "password"), third);
    assert!(db.logs_in("app", &third));
    assert!(!db.logs_in("app", &pending));

    // 5. A pending password full of quotes, backslashes and % is applied verbatim.
    let mut v: Value = serde_json::from_str(&sb.get("app/db")).unwrap();
    let tricky2 = format!("{TRICKY} again '' \\\\ %s %%");
    v["password"] = tricky2.clone().into();
    stage_pending(&sb, &v);
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert_eq!(field(&sb, "AWSCURRENT", "password"), tricky2);
    assert!(db.logs_in("app", &tricky2));
    assert!(!db.logs_in("app", &third));
    eprintln!("{tag} failing test: AWSCURRENT kept; resume finished; {tricky2:?} applied verbatim");
}

/// Alternating users: an admin (masterarn) sets the other login's password; AWSPREVIOUS keeps
/// logging in until the next rotation.
fn alternating_users(db: &dyn Server, template: &str) {
    let tag = format!("[{template}]");
    db.create_user("app", "app-initial");
    let sb = Sandbox::new();
    create_secret(&sb, db, "admin/db", db.admin_user(), db.admin_password(), json!({}));
    let master_arn = sb.json(&["describe", "admin/db"])["ARN"].as_str().unwrap().to_string();
    create_secret(&sb, db, "app/db", "app", "app-initial", json!({"masterarn": master_arn}));

    // 1. The first rotation creates app_clone with app's grants and switches to it; app's
    // credentials (now AWSPREVIOUS) still log in.
    sb.case(&["rotate", "app/db", "--template", template, "--schedule", "rate(30 days)"])
        .stderr("app/db: created pending version [..] (AWSPENDING)\nrotated app/db: version [..] is AWSCURRENT\n")
        .run();
    assert_eq!(field(&sb, "AWSCURRENT", "username"), "app_clone");
    let clone_pw = field(&sb, "AWSCURRENT", "password");
    assert!(db.logs_in("app_clone", &clone_pw), "the clone can't log in or lacks app's grants");
    assert!(!db.logs_in("app_clone", "wrong"));
    assert_eq!(field(&sb, "AWSPREVIOUS", "username"), "app");
    assert!(db.logs_in("app", "app-initial"), "AWSPREVIOUS must keep working");
    let audit = sb.run(&["audit", "admin/db", "-o", "json"]).success().stdout_text();
    assert!(audit.contains("master secret of the rotation of app/db"), "the master read is not audited: {audit}");
    eprintln!("{tag} rotation 1: app -> app_clone (created with app's grants); app still logs in");

    // 2. The next rotation switches back to app with a new password; app_clone still works.
    sb.case(&["rotate", "app/db"]).stderr_any("checked by the logins below").run();
    assert_eq!(field(&sb, "AWSCURRENT", "username"), "app");
    let app_pw = field(&sb, "AWSCURRENT", "password");
    assert!(db.logs_in("app", &app_pw));
    assert!(!db.logs_in("app", "app-initial"), "the password from two rotations ago still works");
    assert!(db.logs_in("app_clone", &clone_pw), "AWSPREVIOUS must keep working");
    eprintln!("{tag} rotation 2: app_clone -> app; app-initial refused; app_clone still logs in");

    // 3. A failing `test` leaves AWSCURRENT (app) logging in; the resume finishes.
    let path = broken_client(&sb, db, "failing-test", db.test_marker(), 1);
    let run = sb.case(&["rotate", "app/db"]).env("PATH", &path).status(7).stderr_any("checked below").run();
    assert!(run.stderr_text().contains("failed in step test"), "{}", run.stderr_text());
    assert_eq!(field(&sb, "AWSCURRENT", "password"), app_pw);
    assert!(db.logs_in("app", &app_pw), "a failed test broke AWSCURRENT");
    let pending = field(&sb, "AWSPENDING", "password");
    assert_eq!(field(&sb, "AWSPENDING", "username"), "app_clone");
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert!(db.logs_in("app_clone", &pending));
    assert!(db.logs_in("app", &app_pw), "AWSPREVIOUS must keep working");

    // 4. A pending password full of quotes, backslashes and % is applied verbatim.
    let mut v: Value = serde_json::from_str(&sb.get("app/db")).unwrap();
    v["username"] = "app".into();
    v["password"] = TRICKY.into();
    stage_pending(&sb, &v);
    sb.case(&["rotate", "app/db"]).stderr("rotated app/db: version [..] is AWSCURRENT\n").run();
    assert!(db.logs_in("app", TRICKY));
    assert!(!db.logs_in("app", &app_pw));
    assert!(db.logs_in("app_clone", &pending));
    eprintln!("{tag} failing test: AWSCURRENT kept; resume finished; {TRICKY:?} applied verbatim");
}

#[test]
fn template_postgres() {
    let Some(pg) = Postgres::start() else { return };
    single_user(&pg, "postgres");
}

#[test]
fn template_postgres_alternating() {
    let Some(pg) = Postgres::start() else { return };
    alternating_users(&pg, "postgres-alternating");
}

#[test]
fn template_mysql_on_mariadb() {
    let Some(db) = Mariadb::start() else { return };
    single_user(&db, "mysql");
}

#[test]
fn template_mysql_alternating_on_mariadb() {
    let Some(db) = Mariadb::start() else { return };
    alternating_users(&db, "mysql-alternating");
}

// ---------------------------------------------------------------------------------------
// Without a server: the template list, the checks made before anything runs, schedules, and
// the timer.

/// A script whose every step succeeds (create prints nothing: sealbox generates the value).
fn ok_script(sb: &Sandbox) -> String {
    let path = sb.home().join("ok.sh");
    std::fs::write(&path, "#!/bin/sh\ncat >/dev/null\n").unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o755)).unwrap();
    path.to_str().unwrap().to_string()
}

#[test]
fn templates_are_listed() {
    let sb = Sandbox::new();
    sb.case(&["rotate", "--templates"])
        .stdout(
            "TEMPLATE              STRATEGY\n\
             postgres              PostgreSQL, single user: the user changes its own password\n\
             postgres-alternating  PostgreSQL, alternating users: masterarn's admin sets USER or USER_clone\n\
             mysql                 MySQL/MariaDB, single user: the user changes its own password\n\
             mysql-alternating     MySQL/MariaDB, alternating users: masterarn's admin sets USER or USER_clone\n",
        )
        .run();
    let v = sb.json(&["rotate", "--templates"]);
    assert_eq!(
        v["Templates"][1],
        json!({"Name": "postgres-alternating", "Strategy": "alternating-users",
        "Description": "PostgreSQL, alternating users: masterarn's admin sets USER or USER_clone"})
    );
}

#[test]
fn template_checks_refuse_before_anything_runs() {
    let sb = Sandbox::new();
    sb.create("plain", "just-a-password");
    let before = sb.vault_bytes();
    sb.case(&["rotate", "plain", "--template", "oracle"])
        .status(2)
        .stderr(
            "sealbox: error: there is no rotation template \"oracle\"\nsealbox: hint: `sealbox rotate --templates` \
             lists them: postgres, postgres-alternating, mysql, mysql-alternating\n",
        )
        .run();
    sb.case(&["rotate", "plain", "--template", "postgres"])
        .status(2)
        .stderr(
            "sealbox: error: the current value can't be rotated with template postgres: it is not a JSON object\n\
             sealbox: hint: the secret must be AWS's database JSON: sealbox create NAME --type database --engine … \
             --host … --username …\n",
        )
        .run();
    let value = json!({"engine": "mysql", "host": "/run/mysqld/mysqld.sock", "username": "app", "password": "p"});
    sb.run_stdin(&["create", "app/db", "--value-file", "-"], value.to_string().as_bytes()).success();
    let before_db = sb.vault_bytes();
    sb.case(&["rotate", "app/db", "--template", "postgres"])
        .status(2)
        .stderr(
            "sealbox: error: the current value can't be rotated with template postgres: its engine is \"mysql\", \
             expected postgres or aurora-postgresql or redshift\nsealbox: hint: [..]\n",
        )
        .run();
    sb.case(&["rotate", "app/db", "--template", "mysql-alternating"])
        .status(2)
        .stderr(
            "sealbox: error: secret app/db has no masterarn field: template mysql-alternating needs one\n\
             sealbox: hint: add \"masterarn\": the ARN or name of a secret in this vault with the admin's \
             credentials (sealbox put-version NAME --value-file …)\n",
        )
        .run();
    let mut with_master = value.clone();
    with_master["masterarn"] = "arn:sealbox:local:x:secret:admin/db-AbCdEf".into();
    sb.run_stdin(&["put-version", "app/db", "--value-file", "-"], with_master.to_string().as_bytes()).success();
    sb.case(&["rotate", "app/db", "--template", "mysql-alternating"])
        .status(3)
        .stderr(
            "sealbox: error: the masterarn of app/db, \"arn:sealbox:local:x:secret:admin/db-AbCdEf\", names no \
             secret in this vault\nsealbox: hint: masterarn must be the ARN or name of a secret in this vault with \
             the admin's credentials\n",
        )
        .run();
    // Refused before any write: the configuration was not stored either.
    assert_ne!(before, before_db);
    let d = sb.json(&["describe", "app/db"]);
    assert!(d.get("RotationTemplate").is_none() && d.get("RotationRules").is_none(), "{d}");
}

#[test]
fn schedules_as_aws_shows_them() {
    let sb = Sandbox::new();
    sb.create("k", "v1");
    let script = ok_script(&sb);
    let now = [("SEALBOX_NOW", "2030-01-01T15:30:00Z")];
    sb.case(&["rotate", "k", "--script", &script, "--schedule", "rate(3 hours)"])
        .status(2)
        .stderr(
            "sealbox: error: --schedule \"rate(3 hours)\" is more often than AWS allows: at most every 4 hours\n\
             sealbox: hint: use rate(4 hours) or longer\n",
        )
        .run();
    sb.case(&["rotate", "k", "--script", &script, "--schedule", "rate(10 days)", "--window", "2h30m"])
        .status(2)
        .stderr("sealbox: error: invalid --window \"2h30m\": AWS's Duration is whole hours, 1h..24h\nsealbox: hint: e.g. --window 3h\n")
        .run();
    // A window goes with a schedule, as in AWS: never silently dropped beside --every.
    sb.case(&["rotate", "k", "--script", &script, "--every", "30", "--window", "2h", "--no-rotate-now"])
        .status(2)
        .stderr("sealbox: error: --window 2h needs --schedule: as in AWS, a rotation window (Duration) goes with a ScheduleExpression\nsealbox: hint: for every 30 days in a window, use --schedule 'rate(30 days)' --window 2h\n")
        .run();
    sb.case(&["rotate", "--install-timer", "--window", "2h"])
        .status(2)
        .stderr("sealbox: error: --window 2h needs --schedule: as in AWS, a rotation window (Duration) goes with a ScheduleExpression\nsealbox: hint: give --schedule 'rate(N days)' or 'cron(…)' with it, or leave --window out\n")
        .run();
    assert!(sb.json(&["describe", "k"]).get("RotationRules").is_none(), "nothing was stored");
    sb.case(&["rotate", "k", "--script", &script, "--schedule", "cron(0 22 ? * MON *)", "--window", "3h"])
        .status(2)
        .stderr(
            "sealbox: error: --window 3h would run past midnight UTC: the last window opens at 22:00\n\
             sealbox: hint: a rotation window must end by the end of the UTC day: shorten --window\n",
        )
        .run();
    sb.case(&["rotate", "k", "--script", &script, "--schedule", "cron(0 4 * * * *)"])
        .status(2)
        .stderr(
            "sealbox: error: invalid --schedule \"cron(0 4 * * * *)\": one of day-of-month and day-of-week must be ?\n\
             sealbox: hint: use AWS's forms: 'rate(12 hours)', 'rate(30 days)', 'cron(0 4 ? * MON *)'\n",
        )
        .run();

    // rate(N days): N days after the rotation, from midnight UTC.
    sb.run_env(&["rotate", "k", "--script", &script, "--schedule", "rate(10 days)", "--window", "3h"], &now).success();
    let d = sb.json_env(&["describe", "k"], &now);
    assert_eq!(
        d["RotationRules"],
        json!({"AutomaticallyAfterDays": 10, "Duration": "3h", "ScheduleExpression": "rate(10 days)"})
    );
    assert_eq!(d["NextRotationDate"], "2030-01-11T00:00:00Z");
    // cron: the next window after the rotation (2030-01-07 is a Monday).
    sb.run_env(&["rotate", "k", "--schedule", "cron(0 4 ? * MON *)", "--window", "2h"], &now).success();
    let d = sb.json_env(&["describe", "k"], &now);
    assert_eq!(d["RotationRules"], json!({"Duration": "2h", "ScheduleExpression": "cron(0 4 ? * MON *)"}));
    assert_eq!(d["NextRotationDate"], "2030-01-07T04:00:00Z");
    assert_eq!(d["RotationEnabled"], true);
    // Due from the window's start, not before.
    let before = [("SEALBOX_NOW", "2030-01-07T03:59:59Z")];
    sb.case(&["rotate", "--due", "--dry-run"])
        .env("SEALBOX_NOW", before[0].1)
        .stderr("nothing is due for rotation\n")
        .run();
    sb.case(&["rotate", "--due", "--dry-run"])
        .env("SEALBOX_NOW", "2030-01-07T04:20:00Z")
        .stdout("k: due since 2030-01-07T04:00:00Z\n")
        .run();
    // --every replaces the schedule, as AutomaticallyAfterDays alone.
    sb.run_env(&["rotate", "k", "--every", "30"], &now).success();
    let d = sb.json_env(&["describe", "k"], &now);
    assert_eq!(d["RotationRules"], json!({"AutomaticallyAfterDays": 30}));
    assert_eq!(d["NextRotationDate"], "2030-01-31T15:30:00Z");
}

/// The crontab line, run as cron runs it: `sh -c` with a bare environment and PATH.
#[test]
fn the_cron_line_rotates_what_is_due_from_a_bare_environment() {
    let sb = Sandbox::new();
    sb.create("k", "v1");
    let script = ok_script(&sb);
    // Configured "in the past", so it is due now.
    sb.run_env(&["rotate", "k", "--script", &script, "--every", "1"], &[("SEALBOX_NOW", "2020-01-01T00:00:00Z")])
        .success();
    let first = sb.get("k");
    let exe = env!("CARGO_BIN_EXE_sealbox");
    let home = sb.home().display().to_string();
    let path = std::env::var("PATH").unwrap();
    let line = sb.run(&["rotate", "--print-cron", "--every", "15m"]).success().stdout_text();
    let quote = |p: &str| if p.contains([' ', '\'']) { format!("'{p}'") } else { p.to_string() };
    assert_eq!(
        line,
        format!(
            "*/15 * * * * PATH={} {exe} --vault {home}/.local/share/sealbox/vault.age --identity \
             {home}/.config/sealbox/identity.txt --config {home}/.config/sealbox/config.toml --no-input rotate --due\n",
            quote(&path)
        )
    );
    let command = line.trim_end().splitn(6, ' ').nth(5).unwrap().replace("\\%", "%");
    let out = Command::new("/usr/bin/env")
        .args(["-i", &format!("HOME={home}"), "PATH=/usr/bin:/bin", "SHELL=/bin/sh", "LOGNAME=cron"])
        .args(["/bin/sh", "-c", &command])
        .current_dir("/")
        .output()
        .unwrap();
    let stdout = String::from_utf8_lossy(&out.stdout);
    eprintln!("[cron] {command}\n[cron] stdout: {stdout}[cron] stderr: {}", String::from_utf8_lossy(&out.stderr));
    check(&out, "the cron line");
    assert!(stdout.starts_with("k: rotated (version "), "{stdout}");
    assert_ne!(sb.get("k"), first);
    sb.case(&["rotate", "--print-cron", "--every", "7m"])
        .status(2)
        .stderr(
            "sealbox: error: --every \"7m\" is not an interval the timer can keep\nsealbox: hint: with \
             --install-timer or --print-cron, --every takes 1m..30m dividing an hour, 1h..12h dividing a day, or 1d\n",
        )
        .run();
}

/// Without a user systemd (the sandbox has no session bus): the units are written, the
/// command says systemd is unavailable and exits 1; the units verify; --remove-timer undoes it.
#[test]
fn install_timer_writes_units_and_says_when_systemd_is_unavailable() {
    let sb = Sandbox::new();
    sb.case(&["rotate", "--install-timer", "--every", "6h"])
        .status(1)
        .stderr(
            "sealbox: error: systemd is unavailable ([..]): wrote [HOME]/.config/systemd/user/sealbox-rotate.service \
             and [HOME]/.config/systemd/user/sealbox-rotate.timer but could not enable the timer\n\
             sealbox: hint: run `sealbox rotate --print-cron` and add that line with `crontab -e` instead\n",
        )
        .run();
    let dir = sb.home().join(".config/systemd/user");
    let home = sb.home().display().to_string();
    let service = std::fs::read_to_string(dir.join("sealbox-rotate.service")).unwrap();
    assert_eq!(
        service,
        format!(
            "[Unit]\nDescription=sealbox: rotate the secrets that are due\n\n[Service]\nType=oneshot\n\
             ExecStart=\"{}\" \"--vault\" \"{home}/.local/share/sealbox/vault.age\" \"--identity\" \
             \"{home}/.config/sealbox/identity.txt\" \"--config\" \"{home}/.config/sealbox/config.toml\" \
             \"--no-input\" \"rotate\" \"--due\"\nEnvironment=\"PATH={}\"\n",
            env!("CARGO_BIN_EXE_sealbox"),
            std::env::var("PATH").unwrap().replace('%', "%%").replace('$', "$$")
        )
    );
    let timer = std::fs::read_to_string(dir.join("sealbox-rotate.timer")).unwrap();
    assert_eq!(
        timer,
        "[Unit]\nDescription=sealbox: run `sealbox rotate --due` every 6 h\n\n[Timer]\nOnCalendar=*-*-* 00/6:00:00\n\
         Persistent=true\nRandomizedDelaySec=60\n\n[Install]\nWantedBy=timers.target\n"
    );
    for f in ["sealbox-rotate.service", "sealbox-rotate.timer"] {
        let mode = std::fs::metadata(dir.join(f)).unwrap().permissions().mode() & 0o777;
        assert_eq!(mode, 0o600, "{f}");
    }
    if let Some(analyze) = require_tool_quiet("systemd-analyze") {
        let runtime = sb.home().join("run");
        std::fs::create_dir(&runtime).unwrap();
        std::fs::set_permissions(&runtime, std::fs::Permissions::from_mode(0o700)).unwrap();
        let out = Command::new(analyze)
            .env("XDG_RUNTIME_DIR", &runtime)
            .env("HOME", sb.home())
            .args(["verify", "--user", "--man=no"])
            .arg(dir.join("sealbox-rotate.timer"))
            .arg(dir.join("sealbox-rotate.service"))
            .output()
            .unwrap();
        eprintln!("[timer] systemd-analyze verify: {:?} {}", out.status, String::from_utf8_lossy(&out.stderr));
        check(&out, "systemd-analyze verify");
        assert_eq!(String::from_utf8_lossy(&out.stderr), "");
    } else {
        eprintln!("systemd-analyze is not installed: the units were compared as text only");
    }
    sb.case(&["rotate", "--remove-timer"])
        .stderr(
            "removed [HOME]/.config/systemd/user/sealbox-rotate.timer and \
             [HOME]/.config/systemd/user/sealbox-rotate.service\n",
        )
        .run();
    assert!(!dir.join("sealbox-rotate.timer").exists());
    sb.case(&["rotate", "--remove-timer"])
        .stderr("no timer installed ([HOME]/.config/systemd/user/sealbox-rotate.timer is absent)\n")
        .run();
}

/// The timer can't prompt: doctor says when a passphrase-protected identity isn't held by
/// the agent, and fails when a rotation is due.
#[test]
fn doctor_says_when_a_due_rotation_cannot_unlock() {
    let sb = Sandbox::empty();
    let pass_fd = |c: &mut Command| {
        c.env("SEALBOX_PASSPHRASE_FD", "0");
    };
    let mut init = sb.cmd(&["init"]);
    pass_fd(&mut init);
    let r = Run::from(init, Some(b"correct horse\n"));
    assert_eq!(r.code(), 0, "{}", r.stderr_text());
    let mut create = sb.cmd(&["create", "k", "--value", "v1"]);
    pass_fd(&mut create);
    assert_eq!(Run::from(create, Some(b"correct horse\n")).code(), 0);
    let script = ok_script(&sb);
    let mut rotate = sb.cmd(&["rotate", "k", "--script", &script, "--every", "1"]);
    rotate.env("SEALBOX_NOW", "2020-01-01T00:00:00Z");
    pass_fd(&mut rotate);
    let r = Run::from(rotate, Some(b"correct horse\n"));
    assert_eq!(r.code(), 0, "{}", r.stderr_text());
    let mut doctor = sb.cmd(&["doctor"]);
    pass_fd(&mut doctor);
    let r = Run::from(doctor, Some(b"correct horse\n"));
    let text = r.stdout_text();
    assert!(
        text.contains(
            "✗ rotation unlock: a timer's `rotate --due` can't unlock: the identity is passphrase-protected and the \
             agent doesn't hold it (a rotation is due now); run `sealbox unlock`\n"
        ),
        "{text}"
    );
}
