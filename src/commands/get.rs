//! `sealbox get`: print a value's exact bytes (or one JSON field, or AWS's JSON).

use crate::audit;
use crate::cli::GetArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::terminal;
use crate::vault::names;

pub fn run(ctx: &Session, args: GetArgs) -> anyhow::Result<()> {
    names::validate_name(&args.name)?;
    if let Some(l) = &args.stage {
        names::validate_label(l)?;
    }
    if let Some(id) = &args.version_id {
        names::validate_version_id(id, "--version-id")?;
    }
    let mut reader = ctx.reader()?;
    let secret = reader.read_secret(&args.name)?.ok_or_else(|| Error::secret_not_found(&args.name))?;
    if secret.is_scheduled_for_deletion() {
        return Err(Error::marked_for_deletion(&args.name).into());
    }
    let version = secret.resolve(args.version_id.as_deref(), args.stage.as_deref())?;
    let read = audit::Event::ok("GetSecretValue", Some(&secret.name), Some(&version.id));
    if ctx.json() {
        // Logged before the value is printed: no log line, no value.
        ctx.record(&[read])?;
        return output::print_secret_json(output::secret_value_json(&secret, version));
    }
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
