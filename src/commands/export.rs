//! `sealbox export`: current values as one JSON object `{"name": "value"}`, to stdout only.
//! Binary values are written as `{"SecretBinary": "<base64>"}`, which `import --format json`
//! reads back. Secrets scheduled for deletion are left out.

use base64::Engine as _;
use zeroize::Zeroizing;

use super::resolve::Lookup;
use crate::cli::ExportArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::terminal;
use crate::vault::names;

pub fn run(ctx: &Session, args: ExportArgs) -> anyhow::Result<()> {
    let prefix = args.prefix.unwrap_or_default();
    names::validate_prefix(&prefix)?;
    let mut lookup = Lookup::new(ctx)?;
    let found = lookup.under_prefix(&prefix)?;
    let mut out = Zeroizing::new(Vec::with_capacity(found.len() * 64));
    let json = |e: serde_json::Error| Error::other(e.to_string());
    out.push(b'{');
    for (i, (name, value)) in found.iter().enumerate() {
        out.extend_from_slice(if i == 0 { b"\n  " } else { b",\n  " });
        serde_json::to_writer(&mut *out, name).map_err(json)?;
        out.extend_from_slice(b": ");
        match std::str::from_utf8(value) {
            Ok(text) => serde_json::to_writer(&mut *out, text).map_err(json)?,
            Err(_) => {
                let b64 = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(value.as_slice()));
                out.extend_from_slice(b"{\"SecretBinary\": ");
                serde_json::to_writer(&mut *out, b64.as_str()).map_err(json)?;
                out.push(b'}');
            }
        }
    }
    out.extend_from_slice(if found.is_empty() { b"}\n" } else { b"\n}\n" });
    ctx.record(&lookup.events)?;
    if terminal::stdout_is_terminal() {
        ctx.warn(format!("printing {} plaintext secrets to the terminal; redirect to a file you protect", found.len()));
    }
    output::write_stdout(&out)
}
