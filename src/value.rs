//! Where a new secret value comes from: exactly one of --value, --value-file, --generate,
//! piped stdin, or a hidden prompt asked twice on a terminal.

use std::io::Read;

use zeroize::Zeroizing;

use crate::cli::{DatabaseArgs, ValueArgs};
use crate::context::Context;
use crate::error::Error;
use crate::password;
use crate::vault::names::{MAX_VALUE_BYTES, validate_value_len};

/// Read the value. Piped stdin loses one trailing newline (`echo x |` gives `x`);
/// `--value-file` (and `--value-file -`) is byte-exact.
pub fn read_value(args: &ValueArgs, ctx: &Context) -> Result<Zeroizing<Vec<u8>>, Error> {
    if !args.generate && password::options_given(&args.password) {
        return Err(Error::usage("password options (--length, --exclude-…) only apply with --generate"));
    }
    let value = if let Some(v) = &args.value {
        Zeroizing::new(v.as_bytes().to_vec())
    } else if let Some(path) = &args.value_file {
        if path.as_os_str() == "-" {
            read_capped(std::io::stdin().lock(), "stdin")?
        } else {
            let file = std::fs::File::open(path)
                .map_err(|e| Error::usage(format!("can't read --value-file {}: {e}", path.display())))?;
            read_capped(file, &path.display().to_string())?
        }
    } else if args.generate {
        let p = password::generate(&args.password)?;
        Zeroizing::new(p.as_bytes().to_vec())
    } else if !ctx.interaction.stdin_is_terminal {
        let mut v = read_capped(std::io::stdin().lock(), "stdin")?;
        if v.last() == Some(&b'\n') {
            v.pop();
            if v.last() == Some(&b'\r') {
                v.pop();
            }
        }
        if v.is_empty() {
            return Err(Error::usage("no value: stdin was empty")
                .with_hint("pass --value, --value-file PATH, --generate, or pipe the value on stdin"));
        }
        v
    } else if ctx.interaction.can_prompt {
        let first = crate::terminal::prompt_hidden("value: ")?;
        let second = crate::terminal::prompt_hidden("again: ")?;
        if *first != *second {
            return Err(Error::usage("the two values differ"));
        }
        Zeroizing::new(first.as_bytes().to_vec())
    } else {
        return Err(Error::decrypt("a value is needed and --no-input forbids the prompt")
            .with_hint("pass --value-file PATH, --generate, or pipe the value on stdin"));
    };
    validate_value_len(value.len())?;
    Ok(value)
}

fn read_capped(r: impl Read, what: &str) -> Result<Zeroizing<Vec<u8>>, Error> {
    // Sized for the cap up front: a growing Vec would leave copies of the value in freed memory.
    let mut buf = Zeroizing::new(Vec::with_capacity(MAX_VALUE_BYTES + 2));
    r.take(MAX_VALUE_BYTES as u64 + 2)
        .read_to_end(&mut buf)
        .map_err(|e| Error::other(format!("can't read the value from {what}: {e}")))?;
    // One extra byte over the limit is allowed through for the newline that piped stdin loses.
    if buf.len() > MAX_VALUE_BYTES + 1 {
        return Err(Error::usage(format!("the secret value from {what} is over {MAX_VALUE_BYTES} bytes, the limit")));
    }
    Ok(buf)
}

/// AWS's default port per database engine.
pub fn default_port(engine: &str) -> Option<u16> {
    Some(match engine {
        "postgres" | "postgresql" | "aurora-postgresql" => 5432,
        "mysql" | "mariadb" | "aurora-mysql" | "aurora" => 3306,
        "oracle" => 1521,
        "sqlserver" => 1433,
        "redshift" => 5439,
        "db2" => 50000,
        "mongo" | "mongodb" | "docdb" => 27017,
        _ => return None,
    })
}

/// AWS's database credentials JSON, with the password from any value source.
pub fn database_value(db: &DatabaseArgs, password: &[u8]) -> Result<Zeroizing<Vec<u8>>, Error> {
    let need =
        |v: &Option<String>, flag: &str| v.clone().ok_or_else(|| Error::usage(format!("--type database needs {flag}")));
    let engine = need(&db.engine, "--engine")?;
    let host = need(&db.host, "--host")?;
    let username = need(&db.username, "--username")?;
    let port = match db.port.or_else(|| default_port(&engine)) {
        Some(p) => p,
        None => {
            return Err(Error::usage(format!("engine {engine} has no default port: pass --port"))
                .with_hint("known engines: postgres, mysql, mariadb, oracle, sqlserver, redshift, db2, mongo"));
        }
    };
    let password = std::str::from_utf8(password).map_err(|_| Error::usage("a database password must be UTF-8"))?;
    // Written field by field into one zeroized buffer, so no copy of the password is left behind.
    let mut out = Zeroizing::new(Vec::with_capacity(128 + password.len() * 2));
    out.push(b'{');
    let mut field = |key: &str, value: &dyn erased::Json, first: bool| -> Result<(), Error> {
        if !first {
            out.push(b',');
        }
        serde_json::to_writer(&mut *out, key).map_err(|e| Error::other(e.to_string()))?;
        out.push(b':');
        value.write(&mut out)
    };
    field("engine", &engine.as_str(), true)?;
    field("host", &host.as_str(), false)?;
    field("port", &port, false)?;
    field("username", &username.as_str(), false)?;
    field("password", &password, false)?;
    if let Some(dbname) = &db.dbname {
        field("dbname", &dbname.as_str(), false)?;
    }
    out.push(b'}');
    validate_value_len(out.len())?;
    Ok(out)
}

mod erased {
    use crate::error::Error;

    /// A JSON scalar written straight into a buffer.
    pub trait Json {
        fn write(&self, out: &mut Vec<u8>) -> Result<(), Error>;
    }
    impl Json for &str {
        fn write(&self, out: &mut Vec<u8>) -> Result<(), Error> {
            serde_json::to_writer(out, self).map_err(|e| Error::other(e.to_string()))
        }
    }
    impl Json for u16 {
        fn write(&self, out: &mut Vec<u8>) -> Result<(), Error> {
            serde_json::to_writer(out, self).map_err(|e| Error::other(e.to_string()))
        }
    }
}

pub fn database_flags_given(db: &DatabaseArgs) -> bool {
    db.engine.is_some() || db.host.is_some() || db.port.is_some() || db.username.is_some() || db.dbname.is_some()
}
