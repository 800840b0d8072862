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
    let json = |e: serde_json::Error| Error::other(e.to_string());
    let io = |e: std::io::Error| Error::other(e.to_string());
    let out = output::render_sized(|out| {
        out.write_all(b"{").map_err(io)?;
        for (i, (name, value)) in found.iter().enumerate() {
            out.write_all(if i == 0 { b"\n  " } else { b",\n  " }).map_err(io)?;
            serde_json::to_writer(&mut *out, name).map_err(json)?;
            out.write_all(b": ").map_err(io)?;
            match std::str::from_utf8(value) {
                Ok(text) => serde_json::to_writer(&mut *out, text).map_err(json)?,
                Err(_) => {
                    let b64 = Zeroizing::new(base64::engine::general_purpose::STANDARD.encode(value.as_slice()));
                    out.write_all(b"{\"SecretBinary\": ").map_err(io)?;
                    serde_json::to_writer(&mut *out, b64.as_str()).map_err(json)?;
                    out.write_all(b"}").map_err(io)?;
                }
            }
        }
        out.write_all(if found.is_empty() { b"}\n" } else { b"\n}\n" }).map_err(io)
    })?;
    ctx.record(&lookup.events)?;
    if terminal::stdout_is_terminal() {
        ctx.warn(format!("printing {} plaintext secrets to the terminal; redirect to a file you protect", found.len()));
    }
    output::write_stdout(&out)
}
