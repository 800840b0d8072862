//! `sealbox env`: print secrets as environment variables, for `eval`, a .env file or JSON.

use zeroize::Zeroizing;

use super::resolve::{self, Request};
use crate::cli::{EnvArgs, EnvFormat};
use crate::envvars;
use crate::error::Error;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: EnvArgs) -> anyhow::Result<()> {
    let prefixes: Vec<String> = args.prefix.iter().cloned().collect();
    let collected = resolve::collect(
        ctx,
        &Request { prefixes: &prefixes, envs: &args.envs, expand_json: args.expand_json, strict: args.strict },
    )?;
    let format = if ctx.json() { EnvFormat::Json } else { args.format };
    let mut out = Zeroizing::new(Vec::new());
    match format {
        EnvFormat::Shell => {
            for (var, v) in &collected.vars {
                out.extend_from_slice(&envvars::shell_line(var, &v.value));
            }
        }
        EnvFormat::Dotenv => {
            for (var, v) in &collected.vars {
                out.extend_from_slice(&envvars::dotenv_line(var, &v.value));
            }
        }
        EnvFormat::Json => {
            out.extend_from_slice(b"{");
            for (i, (var, v)) in collected.vars.iter().enumerate() {
                let text = std::str::from_utf8(&v.value).map_err(|_| {
                    Error::usage(format!("the value of {} is binary, which JSON can't hold as a string", v.source))
                        .with_hint("use --format shell or dotenv")
                })?;
                out.extend_from_slice(if i == 0 { b"\n  " } else { b",\n  " });
                serde_json::to_writer(&mut *out, var).map_err(|e| Error::other(e.to_string()))?;
                out.extend_from_slice(b": ");
                serde_json::to_writer(&mut *out, text).map_err(|e| Error::other(e.to_string()))?;
            }
            out.extend_from_slice(if collected.vars.is_empty() { b"}\n" } else { b"\n}\n" });
        }
    }
    ctx.record(&collected.events)?;
    output::write_stdout(&out)
}
