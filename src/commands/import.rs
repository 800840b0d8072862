//! `sealbox import`: secrets from a dotenv file, JSON, or a pass/gopass store, in one locked
//! write. Existing names fail the whole import (exit 4) unless `--overwrite`. (`--from-region`,
//! pulling from an AWS region, is `import_region`.)

use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use base64::Engine as _;
use serde_json::json;
use zeroize::Zeroizing;

use super::{new_arn, new_version_id};
use crate::audit::Event;
use crate::cli::{ImportArgs, ImportFormat};
use crate::envvars;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::model::{AWSCURRENT, SecretValue};
use crate::vault::{Secret, names};

/// The largest import file sealbox reads (100,000 secrets of a few KiB fit).
const MAX_IMPORT_BYTES: u64 = 1024 * 1024 * 1024;

/// Names to their values, oldest first (the last becomes AWSCURRENT).
type Incoming = BTreeMap<String, Vec<SecretValue>>;

pub fn run(ctx: &Session, args: ImportArgs) -> anyhow::Result<()> {
    if let Some(region) = &args.from_region {
        return super::import_region::run(ctx, region, args.prefix.as_deref(), args.overwrite);
    }
    let Some(source) = args.source.as_deref() else {
        return Err(Error::usage("give a SOURCE (a file, `-` or a pass store), or --from-region REGION").into());
    };
    let prefix = args.prefix.clone().unwrap_or_default();
    names::validate_prefix(&prefix)?;
    let given = args.format.or(source.is_dir().then_some(ImportFormat::Pass));
    if args.first_line && given != Some(ImportFormat::Pass) {
        return Err(Error::usage("--first-line is for a pass store (--format pass)").into());
    }
    let format = match given {
        Some(f) => f,
        None => match format_from_name(source) {
            Some(f) => f,
            None => {
                let bytes = read_source(source)?;
                let format = format_from_content(&bytes).ok_or_else(|| {
                    Error::usage(format!("can't tell the format of {}", shown(source)))
                        .with_hint("pass --format dotenv, --format json or --format pass")
                })?;
                return import(ctx, &args, &prefix, parse(ctx, format, &bytes)?);
            }
        },
    };
    let pairs = match format {
        ImportFormat::Pass => from_pass(ctx, source, args.first_line)?,
        other => parse(ctx, other, &read_source(source)?)?,
    };
    import(ctx, &args, &prefix, pairs)
}

/// `*.json` is JSON; `.env`, `*.env` and `.env.*` (`.env.local`) are dotenv.
fn format_from_name(path: &Path) -> Option<ImportFormat> {
    let name = path.file_name()?.to_str()?;
    if name.ends_with(".json") {
        Some(ImportFormat::Json)
    } else if name.ends_with(".env") || name.starts_with(".env.") {
        Some(ImportFormat::Dotenv)
    } else {
        None
    }
}

/// A JSON object, or lines that parse as dotenv with at least one entry.
fn format_from_content(bytes: &[u8]) -> Option<ImportFormat> {
    let text = std::str::from_utf8(bytes).ok()?;
    if text.trim_start().starts_with('{') {
        return Some(ImportFormat::Json);
    }
    envvars::parse_dotenv(text).ok().filter(|pairs| !pairs.is_empty()).map(|_| ImportFormat::Dotenv)
}

fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() }
}

fn parse(ctx: &Session, format: ImportFormat, bytes: &[u8]) -> Result<Vec<(String, Vec<SecretValue>)>, Error> {
    match format {
        ImportFormat::Json => from_json(bytes),
        _ => from_dotenv(ctx, bytes),
    }
}

fn import(
    ctx: &Session,
    args: &ImportArgs,
    prefix: &str,
    pairs: Vec<(String, Vec<SecretValue>)>,
) -> anyhow::Result<()> {
    let mut incoming = Incoming::new();
    for (key, values) in pairs {
        let name = format!("{prefix}{key}");
        names::validate_name(&name)?;
        for v in &values {
            if v.is_empty() {
                return Err(Error::usage(format!("the value of {name} is empty")).into());
            }
            names::validate_value_len(v.len()).map_err(|e| Error::usage(format!("{name}: {}", e.message)))?;
        }
        // A later entry for the same name wins, as in a shell or a JSON parser.
        incoming.insert(name, values);
    }
    let now = ctx.now;
    let overwrite = args.overwrite;
    let (_events, created, updated, unchanged) = ctx.write(|doc| {
        let existing: Vec<&str> = incoming.keys().map(String::as_str).filter(|n| doc.contains(n)).collect();
        if !existing.is_empty() && !overwrite {
            let shown: Vec<&str> = existing.iter().take(5).copied().collect();
            let more = if existing.len() > 5 { format!(" and {} more", existing.len() - 5) } else { String::new() };
            return Err(Error::exists(format!(
                "{} of the imported secrets already exist: {}{more}",
                existing.len(),
                shown.join(", ")
            ))
            .with_hint("nothing was imported; pass --overwrite to add a new version to each")
            .into());
        }
        let mut batch = Vec::with_capacity(incoming.len());
        let mut events = Vec::with_capacity(incoming.len());
        let (mut created, mut updated, mut unchanged) = (0usize, 0usize, 0usize);
        let progress = crate::progress::Progress::bar(ctx, incoming.len() as u64, "importing");
        for (name, values) in std::mem::take(&mut incoming) {
            progress.inc(1);
            let Some(last) = values.last() else { continue };
            if let Some(mut secret) = doc.get(&name)? {
                if secret.current().is_some_and(|c| &c.value == last) {
                    unchanged += 1;
                    continue;
                }
                let mut vid = String::new();
                for v in values {
                    vid = new_version_id();
                    secret.put_value(vid.clone(), v, &[AWSCURRENT.to_string()], now)?;
                }
                events.push(Event::ok("PutSecretValue", Some(&name), Some(&vid)).with_detail("import"));
                updated += 1;
                batch.push(secret);
            } else {
                let mut values = values.into_iter();
                let Some(first) = values.next() else { continue };
                let mut vid = new_version_id();
                let mut secret = Secret::new(&name, new_arn(doc, &name)?, vid.clone(), first, now);
                for v in values {
                    vid = new_version_id();
                    secret.put_value(vid.clone(), v, &[AWSCURRENT.to_string()], now)?;
                }
                events.push(Event::ok("CreateSecret", Some(&name), Some(&vid)).with_detail("import"));
                created += 1;
                batch.push(secret);
            }
        }
        doc.put_many(batch);
        let count = events.len();
        doc.audit_all(events);
        Ok((count, created, updated, unchanged))
    })?;
    if ctx.json() {
        output::print_json(&json!({"Created": created, "Updated": updated, "Unchanged": unchanged}))?;
    } else {
        ctx.info(format!(
            "imported {} secrets: {created} created, {updated} updated, {unchanged} unchanged",
            created + updated + unchanged
        ));
    }
    Ok(())
}

fn read_source(path: &Path) -> Result<Zeroizing<Vec<u8>>, Error> {
    let what = shown(path);
    let fail = |e: std::io::Error| {
        let kind = if e.kind() == std::io::ErrorKind::NotFound {
            crate::error::ExitKind::NotFound
        } else {
            crate::error::ExitKind::Usage
        };
        Error::new(kind, format!("can't read {what}: {e}"))
    };
    let mut buf = Zeroizing::new(Vec::new());
    if path.as_os_str() == "-" {
        std::io::stdin().lock().take(MAX_IMPORT_BYTES + 1).read_to_end(&mut buf).map_err(fail)?;
    } else {
        std::fs::File::open(path).map_err(fail)?.take(MAX_IMPORT_BYTES + 1).read_to_end(&mut buf).map_err(fail)?;
    }
    if buf.len() as u64 > MAX_IMPORT_BYTES {
        return Err(Error::usage(format!("{what} is larger than 1 GiB")));
    }
    Ok(buf)
}

fn from_dotenv(ctx: &Session, bytes: &[u8]) -> Result<Vec<(String, Vec<SecretValue>)>, Error> {
    let text = std::str::from_utf8(bytes).map_err(|_| Error::usage("the dotenv file is not UTF-8"))?;
    let mut out = Vec::new();
    for (key, value) in envvars::parse_dotenv(text)? {
        if value.is_empty() {
            ctx.warn(format!("skipping {key}: its value is empty (a secret needs at least 1 byte)"));
            continue;
        }
        out.push((key, vec![SecretValue::Text(Zeroizing::new(value))]));
    }
    Ok(out)
}

/// `{"name": "value"}`, `{"name": ["oldest", ..., "current"]}`; a value may also be
/// `{"SecretBinary": "<base64>"}` (what `export` writes for binary values), any other JSON
/// value is stored as its JSON text.
fn from_json(bytes: &[u8]) -> Result<Vec<(String, Vec<SecretValue>)>, Error> {
    let parsed: serde_json::Map<String, serde_json::Value> = serde_json::from_slice(bytes).map_err(|e| {
        Error::usage(format!("the JSON is not an object of names to values: {e}"))
            .with_hint(r#"expected {"name": "value"} or {"name": ["oldest", "current"]}"#)
    })?;
    let mut out = Vec::with_capacity(parsed.len());
    for (name, value) in parsed {
        let values = match value {
            serde_json::Value::Array(items) => {
                if items.is_empty() {
                    return Err(Error::usage(format!("{name}: an empty list of versions")));
                }
                items.into_iter().map(|v| json_value(&name, v)).collect::<Result<Vec<_>, _>>()?
            }
            other => vec![json_value(&name, other)?],
        };
        out.push((name, values));
    }
    Ok(out)
}

fn json_value(name: &str, v: serde_json::Value) -> Result<SecretValue, Error> {
    match v {
        serde_json::Value::String(s) => Ok(SecretValue::Text(Zeroizing::new(s))),
        serde_json::Value::Null => Err(Error::usage(format!("{name}: null is not a value"))),
        serde_json::Value::Object(obj) if obj.len() == 1 && obj.contains_key("SecretBinary") => {
            let b64 = obj
                .get("SecretBinary")
                .and_then(|b| b.as_str())
                .ok_or_else(|| Error::usage(format!("{name}: SecretBinary must be a base64 string")))?;
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b64)
                .map_err(|e| Error::usage(format!("{name}: SecretBinary is not base64: {e}")))?;
            Ok(SecretValue::from_bytes(Zeroizing::new(bytes)))
        }
        other => Ok(SecretValue::Text(Zeroizing::new(other.to_string()))),
    }
}

/// Every `*.gpg` under `dir` (hidden files and directories such as `.git` skipped), each
/// decrypted by `pass show NAME` (PASSWORD_STORE_DIR=dir) or, without `pass`, by
/// `gpg --decrypt FILE`. Values travel through a pipe, never argv. One trailing newline
/// (which `pass insert` adds) is removed; with `first_line`, everything from the first newline.
fn from_pass(ctx: &Session, dir: &Path, first_line: bool) -> Result<Vec<(String, Vec<SecretValue>)>, Error> {
    if !dir.is_dir() {
        return Err(Error::not_found(format!("{} is not a directory", dir.display()))
            .with_hint("--format pass takes a password store directory, e.g. ~/.password-store"));
    }
    let mut files = Vec::new();
    walk(dir, dir, &mut files)?;
    files.sort();
    let use_pass = on_path("pass");
    let mut out = Vec::with_capacity(files.len());
    let progress = crate::progress::Progress::bar(ctx, files.len() as u64, "decrypting the store");
    for name in files {
        progress.inc(1);
        let file = dir.join(format!("{name}.gpg"));
        let mut cmd = if use_pass {
            let mut c = Command::new("pass");
            c.arg("show").arg(&name).env("PASSWORD_STORE_DIR", dir);
            if !ctx.interaction.can_prompt {
                // Fail instead of asking for a key passphrase (pass hands these to gpg).
                c.env("PASSWORD_STORE_GPG_OPTS", "--batch --pinentry-mode error");
            }
            c
        } else {
            // gpg takes its options before the file: `gpg --decrypt FILE --batch` is refused.
            let mut c = Command::new("gpg");
            c.arg("--quiet");
            if !ctx.interaction.can_prompt {
                c.args(["--batch", "--pinentry-mode", "error"]);
            }
            c.arg("--decrypt").arg(&file);
            c
        };
        cmd.stdin(if ctx.interaction.can_prompt { Stdio::inherit() } else { Stdio::null() });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        // The first decryption may ask for the key's passphrase (pinentry on this terminal):
        // the bar stays out of its way; gpg-agent then has the key for the others.
        let result = if out.is_empty() { progress.suspend(|| cmd.output()) } else { cmd.output() };
        let result = result.map_err(|e| {
            Error::other(format!("can't run {}: {e}", if use_pass { "pass" } else { "gpg" }))
                .with_hint("install pass (or gpg) to import a password store")
        })?;
        let mut value = Zeroizing::new(result.stdout);
        if !result.status.success() {
            return Err(Error::decrypt(format!(
                "can't decrypt {}: {}",
                file.display(),
                String::from_utf8_lossy(&result.stderr).trim()
            ))
            .with_hint("nothing was imported; check that gpg can decrypt the store (gpg-agent, key)"));
        }
        if first_line {
            let end = value.iter().position(|&b| b == b'\n').unwrap_or(value.len());
            value.truncate(end);
        } else if value.last() == Some(&b'\n') {
            value.pop();
        }
        if value.is_empty() {
            ctx.warn(format!("skipping {name}: it is empty"));
            continue;
        }
        names::validate_name(&name).map_err(|e| {
            Error::usage(format!("the pass entry {name} can't be a secret name: {}", e.message))
                .with_hint("rename it in the store, or import the others with a narrower directory")
        })?;
        out.push((name, vec![SecretValue::from_bytes(value)]));
    }
    Ok(out)
}

fn walk(root: &Path, dir: &Path, out: &mut Vec<String>) -> Result<(), Error> {
    let entries =
        std::fs::read_dir(dir).map_err(|e| crate::fs::io_error(format!("can't read {}", dir.display()), e))?;
    for entry in entries {
        let entry = entry.map_err(|e| crate::fs::io_error(format!("can't read {}", dir.display()), e))?;
        let file_name = entry.file_name().to_string_lossy().into_owned();
        if file_name.starts_with('.') {
            continue;
        }
        let path = entry.path();
        let ty = entry.file_type().map_err(|e| crate::fs::io_error(format!("can't read {}", path.display()), e))?;
        if ty.is_dir() {
            walk(root, &path, out)?;
        } else if let Some(stem) = file_name.strip_suffix(".gpg") {
            let rel = path.parent().and_then(|p| p.strip_prefix(root).ok()).map(|p| p.to_string_lossy().into_owned());
            out.push(match rel {
                Some(r) if !r.is_empty() => format!("{r}/{stem}"),
                _ => stem.to_string(),
            });
        }
    }
    Ok(())
}

fn on_path(tool: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|p| p.join(tool).is_file()))
}
