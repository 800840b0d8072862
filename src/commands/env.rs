//! `sealbox env`: print secrets as environment variables, for `eval`, a .env file or JSON.

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
    for v in collected.vars.values() {
        if format == EnvFormat::Json && std::str::from_utf8(&v.value).is_err() {
            return Err(Error::usage(format!(
                "the value of {} is binary, which JSON can't hold as a string",
                v.source
            ))
            .with_hint("use --format shell or dotenv")
            .into());
        }
    }
    let io = |e: std::io::Error| Error::other(e.to_string());
    let out = output::render_sized(|out| {
        match format {
            EnvFormat::Shell => {
                for (var, v) in &collected.vars {
                    envvars::write_shell_line(out, var, &v.value).map_err(io)?;
                }
            }
            EnvFormat::Dotenv => {
                for (var, v) in &collected.vars {
                    envvars::write_dotenv_line(out, var, &v.value).map_err(io)?;
                }
            }
            EnvFormat::Json => {
                out.write_all(b"{").map_err(io)?;
                for (i, (var, v)) in collected.vars.iter().enumerate() {
                    let text = std::str::from_utf8(&v.value).unwrap_or_default();
                    out.write_all(if i == 0 { b"\n  " } else { b",\n  " }).map_err(io)?;
                    serde_json::to_writer(&mut *out, var).map_err(|e| Error::other(e.to_string()))?;
                    out.write_all(b": ").map_err(io)?;
                    serde_json::to_writer(&mut *out, text).map_err(|e| Error::other(e.to_string()))?;
                }
                out.write_all(if collected.vars.is_empty() { b"}\n" } else { b"\n}\n" }).map_err(io)?;
            }
        }
        Ok(())
    })?;
    ctx.record(&collected.events)?;
    output::write_stdout(&out)
}
