//! The rotation templates built into sealbox (`rotate NAME --template T`): AWS's single-user
//! and alternating-users strategies for PostgreSQL and MySQL/MariaDB, on AWS's database JSON
//! (`engine`, `host`, `port`, `username`, `password`, `dbname`, and `masterarn` for
//! alternating users).
//!
//! sealbox makes the pending value itself (the `create` step: a new password, and for
//! alternating users the other login, `NAME` ⇄ `NAME_clone`), then runs the template's shell
//! text for `set` and `test` through the same runner as a script (cleared environment, own
//! process group, timeout, stderr kept), as `/bin/sh -c TEXT sealbox-template-T STEP`. No
//! file is written: nothing is left behind when a step is killed at its timeout, nothing can
//! swap the file between writing and running it, and a `noexec` temp directory doesn't matter.
//! The template's stdin is the values as shell assignments quoted here, so it needs only `sh`
//! and the database client (no JSON parser).

use serde_json::{Map, Value};
use zeroize::Zeroizing;

use crate::error::Error;
use crate::vault::SecretValue;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Engine {
    Postgres,
    Mysql,
}

#[derive(Debug)]
pub struct Template {
    pub name: &'static str,
    pub engine: Engine,
    /// AWS's alternating-users strategy (needs `masterarn`).
    pub alternating: bool,
    pub summary: &'static str,
}

pub const TEMPLATES: &[Template] = &[
    Template {
        name: "postgres",
        engine: Engine::Postgres,
        alternating: false,
        summary: "PostgreSQL, single user: the user changes its own password",
    },
    Template {
        name: "postgres-alternating",
        engine: Engine::Postgres,
        alternating: true,
        summary: "PostgreSQL, alternating users: masterarn's admin sets USER or USER_clone",
    },
    Template {
        name: "mysql",
        engine: Engine::Mysql,
        alternating: false,
        summary: "MySQL/MariaDB, single user: the user changes its own password",
    },
    Template {
        name: "mysql-alternating",
        engine: Engine::Mysql,
        alternating: true,
        summary: "MySQL/MariaDB, alternating users: masterarn's admin sets USER or USER_clone",
    },
];

const POSTGRES_SH: &str = include_str!("templates/postgres.sh");
const MYSQL_SH: &str = include_str!("templates/mysql.sh");
/// The suffix of the second login of the alternating strategy (AWS's name for it).
pub const CLONE_SUFFIX: &str = "_clone";

pub fn find(name: &str) -> Result<&'static Template, Error> {
    TEMPLATES.iter().find(|t| t.name == name).ok_or_else(|| {
        Error::usage(format!("there is no rotation template {name:?}"))
            .with_hint(format!("`sealbox rotate --templates` lists them: {}", names().join(", ")))
    })
}

pub fn names() -> Vec<&'static str> {
    TEMPLATES.iter().map(|t| t.name).collect()
}

impl Template {
    /// The shell text run for `set` and `test`.
    pub fn text(&self) -> &'static str {
        match self.engine {
            Engine::Postgres => POSTGRES_SH,
            Engine::Mysql => MYSQL_SH,
        }
    }

    /// `$0` of the shell: what its own error messages start with.
    pub fn program_name(&self) -> String {
        format!("sealbox-template-{}", self.name)
    }

    fn default_port(&self) -> &'static str {
        match self.engine {
            Engine::Postgres => "5432",
            Engine::Mysql => "3306",
        }
    }

    fn engines(&self) -> &'static [&'static str] {
        match self.engine {
            Engine::Postgres => &["postgres", "aurora-postgresql", "redshift"],
            Engine::Mysql => &["mysql", "mariadb", "aurora-mysql", "aurora"],
        }
    }

    /// Parse and check one value (`which`: the current, pending or master secret) as this
    /// template needs it. `fallback` fills a missing host, port or dbname (the master secret
    /// takes the rotated secret's, as AWS requires the same database).
    pub fn credentials(
        &self,
        which: &str,
        value: &SecretValue,
        fallback: Option<&Credentials>,
    ) -> Result<Credentials, Error> {
        let bad = |why: String| {
            Error::usage(format!("the {which} value can't be rotated with template {}: {why}", self.name)).with_hint(
                "the secret must be AWS's database JSON: sealbox create NAME --type database --engine … \
                 --host … --username …",
            )
        };
        let fields = parse_object(value).ok_or_else(|| bad("it is not a JSON object".into()))?;
        if let Some(engine) = fields.get("engine").and_then(Value::as_str)
            && !self.engines().contains(&engine)
        {
            return Err(bad(format!("its engine is {engine:?}, expected {}", self.engines().join(" or "))));
        }
        let text = |key: &str, default: Option<&str>| -> Result<String, Error> {
            let v = match fields.get(key) {
                Some(Value::String(s)) => s.clone(),
                Some(Value::Number(n)) if key == "port" => n.to_string(),
                None | Some(Value::Null) => match default {
                    Some(d) => d.to_string(),
                    None => return Err(bad(format!("it has no {key} field"))),
                },
                Some(_) => return Err(bad(format!("its {key} field is not a string"))),
            };
            check_chars(&v).map_err(|c| bad(format!("its {key} field contains {c}")))?;
            Ok(v)
        };
        let host = text("host", Some(fallback.map(|f| f.host.as_str()).unwrap_or("localhost")))?;
        let port = text("port", Some(fallback.map(|f| f.port.as_str()).unwrap_or(self.default_port())))?;
        if !port.chars().all(|c| c.is_ascii_digit()) || port.is_empty() {
            return Err(bad(format!("its port {port:?} is not a number")));
        }
        let db_default = match self.engine {
            Engine::Postgres => "postgres",
            Engine::Mysql => "",
        };
        let dbname = text("dbname", Some(fallback.map(|f| f.dbname.as_str()).unwrap_or(db_default)))?;
        let username = text("username", None)?;
        if username.is_empty() {
            return Err(bad("its username is empty".into()));
        }
        let password = match fields.get("password") {
            Some(Value::String(s)) => Zeroizing::new(s.clone()),
            _ => return Err(bad("it has no password field (a string)".into())),
        };
        check_chars(&password).map_err(|c| bad(format!("its password contains {c}")))?;
        let master = fields.get("masterarn").and_then(Value::as_str).map(str::to_string);
        Ok(Credentials { host, port, username, password, dbname, master })
    }

    /// The pending value: the current JSON with a new password and, for alternating users,
    /// the other login (`USER_clone` from `USER`, and back).
    pub fn pending_value(&self, current: &SecretValue) -> Result<SecretValue, Error> {
        let generated = super::generated_value(current)?;
        if !self.alternating {
            return Ok(generated);
        }
        let mut fields = parse_object(&generated).ok_or_else(|| Error::other("the generated value is not JSON"))?;
        let user = fields.get("username").and_then(Value::as_str).unwrap_or_default().to_string();
        let other = match user.strip_suffix(CLONE_SUFFIX) {
            Some(base) if !base.is_empty() => base.to_string(),
            _ => format!("{user}{CLONE_SUFFIX}"),
        };
        fields.insert("username".into(), Value::String(other));
        let mut out = Zeroizing::new(Vec::with_capacity(current.len() + 80));
        serde_json::to_writer(&mut *out, &Value::Object(fields)).map_err(|e| Error::other(e.to_string()))?;
        Ok(SecretValue::from_bytes(out))
    }

    /// The template's stdin: `strategy=…` and the fields of each credential set, as shell
    /// assignments (`current_password='…'`), in a zeroized buffer.
    pub fn stdin_document(
        &self,
        current: &Credentials,
        pending: &Credentials,
        master: Option<&Credentials>,
    ) -> Zeroizing<Vec<u8>> {
        let mut out = Zeroizing::new(Vec::with_capacity(1024));
        let strategy = if self.alternating { "alternating" } else { "single" };
        assign(&mut out, "strategy", strategy);
        for (prefix, c) in [("current", Some(current)), ("pending", Some(pending)), ("master", master)] {
            let Some(c) = c else { continue };
            assign(&mut out, &format!("{prefix}_host"), &c.host);
            assign(&mut out, &format!("{prefix}_port"), &c.port);
            assign(&mut out, &format!("{prefix}_username"), &c.username);
            assign(&mut out, &format!("{prefix}_password"), &c.password);
            assign(&mut out, &format!("{prefix}_dbname"), &c.dbname);
        }
        out
    }
}

/// One set of database credentials, as a template gets them.
pub struct Credentials {
    pub host: String,
    pub port: String,
    pub username: String,
    pub password: Zeroizing<String>,
    pub dbname: String,
    /// `masterarn`: the ARN (or name) of the secret with the admin credentials.
    pub master: Option<String>,
}

impl std::fmt::Debug for Credentials {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Credentials")
            .field("host", &self.host)
            .field("username", &self.username)
            .field("password", &"[redacted]")
            .finish_non_exhaustive()
    }
}

fn parse_object(value: &SecretValue) -> Option<Map<String, Value>> {
    match serde_json::from_str::<Value>(value.as_str()?) {
        Ok(Value::Object(m)) => Some(m),
        _ => None,
    }
}

/// A shell can't hold NUL, and an option-file or psql line can't hold a line break.
fn check_chars(text: &str) -> Result<(), &'static str> {
    if text.contains('\0') {
        Err("a NUL character")
    } else if text.contains(['\n', '\r']) {
        Err("a line break")
    } else {
        Ok(())
    }
}

/// `NAME='value'` and a newline, the value single-quoted for sh (`'` becomes `'\''`),
/// written straight into the zeroized buffer.
fn assign(out: &mut Vec<u8>, name: &str, value: &str) {
    out.extend_from_slice(name.as_bytes());
    out.extend_from_slice(b"='");
    for &b in value.as_bytes() {
        if b == b'\'' {
            out.extend_from_slice(b"'\\''");
        } else {
            out.push(b);
        }
    }
    out.extend_from_slice(b"'\n");
}

/// The secret `masterarn` names: an ARN of a secret in this vault (`arn:…:secret:NAME-XXXXXX`,
/// or the partial ARN without the suffix), or a plain name. Returns the candidate names, most
/// specific first, and the full ARN to match when one was given.
pub fn master_candidates(reference: &str) -> Vec<String> {
    let Some((_, tail)) = reference.split_once(":secret:").filter(|_| reference.starts_with("arn:")) else {
        return vec![reference.to_string()];
    };
    let mut names = vec![tail.to_string()];
    if let Some((base, suffix)) = tail.rsplit_once('-')
        && suffix.len() == 6
        && suffix.chars().all(|c| c.is_ascii_alphanumeric())
    {
        names.insert(0, base.to_string());
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pg() -> &'static Template {
        find("postgres").unwrap()
    }

    #[test]
    fn the_four_templates() {
        assert_eq!(names(), ["postgres", "postgres-alternating", "mysql", "mysql-alternating"]);
        assert!(find("oracle").unwrap_err().hint.unwrap().contains("sealbox rotate --templates"));
        assert!(find("mysql-alternating").unwrap().text().contains("SHOW GRANTS"));
    }

    #[test]
    fn credentials_and_defaults() {
        let v =
            SecretValue::text(r#"{"engine":"postgres","host":"/run/pg","username":"app","password":"p","port":5433}"#);
        let c = pg().credentials("current", &v, None).unwrap();
        assert_eq!((c.host.as_str(), c.port.as_str(), c.dbname.as_str()), ("/run/pg", "5433", "postgres"));
        assert!(!format!("{c:?}").contains("\"p\""));
        let master = SecretValue::text(r#"{"username":"postgres","password":"admin"}"#);
        let m = pg().credentials("master", &master, Some(&c)).unwrap();
        assert_eq!((m.host.as_str(), m.port.as_str()), ("/run/pg", "5433"));
        let mysql = find("mysql").unwrap();
        let err = mysql.credentials("current", &v, None).unwrap_err();
        assert!(err.message.contains(r#"its engine is "postgres", expected mysql or mariadb"#), "{}", err.message);
        for (bad, why) in [
            ("not json", "not a JSON object"),
            (r#"{"password":"p"}"#, "no username field"),
            (r#"{"username":"a"}"#, "no password field"),
            (r#"{"username":"a","password":"x\ny"}"#, "its password contains a line break"),
            (r#"{"username":"a","password":"p","port":"54x"}"#, "is not a number"),
        ] {
            let err = pg().credentials("current", &SecretValue::text(bad), None).unwrap_err();
            assert!(err.message.contains(why), "{bad}: {}", err.message);
            assert_eq!(err.kind, crate::error::ExitKind::Usage);
        }
    }

    #[test]
    fn alternating_switches_the_login() {
        let t = find("postgres-alternating").unwrap();
        let cur = SecretValue::text(r#"{"engine":"postgres","username":"app","password":"old","masterarn":"admin"}"#);
        let next = t.pending_value(&cur).unwrap();
        let v: Value = serde_json::from_str(next.as_str().unwrap()).unwrap();
        assert_eq!(v["username"], "app_clone");
        assert_eq!(v["masterarn"], "admin");
        assert_ne!(v["password"], "old");
        let back = t.pending_value(&next).unwrap();
        let v: Value = serde_json::from_str(back.as_str().unwrap()).unwrap();
        assert_eq!(v["username"], "app");
        let single = pg().pending_value(&cur).unwrap();
        let v: Value = serde_json::from_str(single.as_str().unwrap()).unwrap();
        assert_eq!(v["username"], "app");
    }

    #[test]
    fn stdin_is_quoted_for_sh() {
        let v = SecretValue::text(r#"{"username":"app","password":"it's $(x) `y` \\ %s"}"#);
        let c = pg().credentials("current", &v, None).unwrap();
        let doc = pg().stdin_document(&c, &c, None);
        let text = String::from_utf8(doc.to_vec()).unwrap();
        assert!(text.starts_with("strategy='single'\ncurrent_host='localhost'\n"), "{text}");
        assert!(text.contains("current_password='it'\\''s $(x) `y` \\ %s'\n"), "{text}");
        assert!(!text.contains("master_"));
        // sh reads it back verbatim.
        let out = std::process::Command::new("sh")
            .arg("-c")
            .arg("eval \"$(cat)\"; printf '%s' \"$pending_password\"")
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .and_then(|mut child| {
                use std::io::Write;
                child.stdin.take().unwrap().write_all(&doc)?;
                child.wait_with_output()
            })
            .unwrap();
        assert_eq!(String::from_utf8(out.stdout).unwrap(), "it's $(x) `y` \\ %s");
    }

    #[test]
    fn master_references() {
        assert_eq!(master_candidates("admin/pg"), ["admin/pg"]);
        assert_eq!(master_candidates("arn:sealbox:local:v:secret:admin/pg-Ab12Cd"), ["admin/pg", "admin/pg-Ab12Cd"]);
        assert_eq!(master_candidates("arn:aws:secretsmanager:us-east-1:1:secret:admin"), ["admin"]);
    }
}
