//! `sealbox get`: print a value's exact bytes (or one JSON field, or AWS's JSON).

use crate::api::{self, GetSecretValue, Scope};
use crate::audit;
use crate::cli::GetArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::terminal;

pub fn run(ctx: &Session, args: GetArgs) -> anyhow::Result<()> {
    let req = GetSecretValue { id: args.name.clone(), version_id: args.version_id.clone(), stage: args.stage.clone() };
    if args.clip || args.totp {
        let mut reader = ctx.reader()?;
        let (secret, vid) = api::locate_value(&Scope::all(), &mut reader, &req)?;
        let version = secret.resolve(Some(&vid), None)?;
        let read = audit::Event::ok("GetSecretValue", Some(&secret.name), Some(&version.id));
        return clip_or_totp(ctx, &args, &secret.name, version.value.as_bytes(), read);
    }
    if ctx.json() {
        // Logged before the value is printed: no log line, no value.
        return output::print_secret_json(api::get_secret_value(ctx, &Scope::all(), &req)?);
    }
    let mut reader = ctx.reader()?;
    let (secret, vid) = api::locate_value(&Scope::all(), &mut reader, &req)?;
    let version = secret.resolve(Some(&vid), None)?;
    let read = audit::Event::ok("GetSecretValue", Some(&secret.name), Some(&version.id));
    let bytes = match &args.field {
        Some(field) => field_bytes(&secret.name, version.value.as_bytes(), field)?,
        None => zeroize::Zeroizing::new(version.value.as_bytes().to_vec()),
    };
    ctx.record(&[match &args.field {
        Some(field) => read.with_detail(format!("field {field}")),
        None => read,
    }])?;
    output::write_stdout(&bytes)?;
    if terminal::stdout_is_terminal() && !bytes.ends_with(b"\n") {
        output::write_stdout(b"\n")?;
    }
    Ok(())
}

/// `--clip` and `--totp` (together: the code goes to the clipboard).
fn clip_or_totp(ctx: &Session, args: &GetArgs, name: &str, value: &[u8], read: audit::Event) -> anyhow::Result<()> {
    if ctx.json() {
        return Err(Error::usage("--clip and --totp print no JSON").with_hint("drop -o json").into());
    }
    let mut bytes = match &args.field {
        Some(field) => field_bytes(name, value, field)?,
        None => zeroize::Zeroizing::new(value.to_vec()),
    };
    if args.totp {
        let code = super::totp::code(name, &bytes, ctx.now)?;
        bytes = zeroize::Zeroizing::new(code.into_bytes());
    }
    // A clipboard that can't be used fails before the read is logged as done.
    let tool = if args.clip { Some(super::clip::tool()?) } else { None };
    let mut detail = Vec::new();
    if let Some(field) = &args.field {
        detail.push(format!("field {field}"));
    }
    if args.totp {
        detail.push("totp".to_string());
    }
    if args.clip {
        detail.push("clipboard".to_string());
    }
    ctx.record(&[read.with_detail(detail.join(", "))])?;
    match tool {
        Some(tool) => {
            let seconds = super::clip::copy(tool, &bytes)?;
            let what = if args.totp { "the one-time code of " } else { "" };
            ctx.info(format!("copied {what}{name} to the clipboard; it is cleared in {seconds} s"));
            Ok(())
        }
        None => {
            bytes.push(b'\n');
            output::write_stdout(&bytes)
        }
    }
}

/// One field of a JSON-object value: strings as their raw text, anything else as JSON.
pub fn field_bytes(name: &str, value: &[u8], field: &str) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
    let mut parsed: serde_json::Value = serde_json::from_slice(value)
        .map_err(|_| Error::usage(format!("secret {name} is not a JSON object, so it has no field {field}")))?;
    let obj = parsed
        .as_object()
        .ok_or_else(|| Error::usage(format!("secret {name} is not a JSON object, so it has no field {field}")))?;
    let v = obj.get(field).ok_or_else(|| {
        let keys: Vec<&str> = obj.keys().map(String::as_str).collect();
        Error::not_found(format!("secret {name} has no field {field}"))
            .with_hint(format!("its fields are: {}", keys.join(", ")))
    })?;
    let out = zeroize::Zeroizing::new(match v {
        serde_json::Value::String(s) => s.as_bytes().to_vec(),
        other => other.to_string().into_bytes(),
    });
    // The parsed object holds copies of every field (the password among them).
    output::zeroize_json(&mut parsed);
    Ok(out)
}
