//! `sealbox inject`: fill `{{ sealbox://REF }}` references in a template. Every reference
//! is resolved before anything is written; the output file is created 0600, atomically.

use std::ffi::OsString;
use std::io::Read;

use zeroize::Zeroizing;

use super::resolve::Lookup;
use crate::cli::InjectArgs;
use crate::error::Error;
use crate::output;
use crate::reference::{self, Reference};
use crate::session::Session;

/// The largest template sealbox reads.
const MAX_TEMPLATE_BYTES: u64 = 16 * 1024 * 1024;

pub fn run(ctx: &Session, args: InjectArgs) -> anyhow::Result<()> {
    let template = read_template(&args.input)?;
    let found = reference::placeholders(&template)?;
    let refs = found.iter().map(|p| Reference::parse(&p.reference)).collect::<Result<Vec<_>, _>>()?;
    // Every value first, then one buffer of the final size: a growing one would leave
    // copies of the values in freed memory.
    let mut values: Vec<Zeroizing<Vec<u8>>> = Vec::with_capacity(refs.len());
    let mut lookup = if refs.is_empty() { None } else { Some(Lookup::new(ctx)?) };
    if let Some(lookup) = lookup.as_mut() {
        for (placeholder, r) in found.iter().zip(&refs) {
            match lookup.resolve(r) {
                Ok(value) => values.push(value),
                Err(e) => {
                    ctx.record(&lookup.events)?;
                    let line = template[..placeholder.range.start].iter().filter(|&&b| b == b'\n').count() + 1;
                    let hint = match &args.out_file {
                        Some(path) => format!("nothing was written to {}", path.display()),
                        None => "nothing was written".to_string(),
                    };
                    return Err(Error::new(e.kind, format!("{} (line {line}: sealbox://{r})", e.message))
                        .with_hint(hint)
                        .into());
                }
            }
        }
        ctx.record(&lookup.events)?;
    }
    let replaced: usize = found.iter().map(|p| p.range.len()).sum();
    let size = template.len() - replaced + values.iter().map(|v| v.len()).sum::<usize>();
    let mut out = Zeroizing::new(Vec::with_capacity(size));
    let mut pos = 0;
    for (placeholder, value) in found.iter().zip(&values) {
        out.extend_from_slice(&template[pos..placeholder.range.start]);
        out.extend_from_slice(value);
        pos = placeholder.range.end;
    }
    out.extend_from_slice(&template[pos..]);
    match &args.out_file {
        Some(path) => {
            crate::fs::write_file_atomic(path, crate::fs::Links::Refuse, &out, true)?;
            ctx.info(format!("wrote {} ({} references)", path.display(), refs.len()));
            Ok(())
        }
        None => output::write_stdout(&out),
    }
}

fn read_template(path: &std::path::Path) -> Result<Zeroizing<Vec<u8>>, Error> {
    let mut buf = Zeroizing::new(Vec::new());
    let what = if path.as_os_str() == "-" { "stdin".to_string() } else { path.display().to_string() };
    let result = if path.as_os_str() == "-" {
        std::io::stdin().lock().take(MAX_TEMPLATE_BYTES + 1).read_to_end(&mut buf)
    } else {
        std::fs::File::open(path)
            .map_err(|e| return_usage(&what, e))?
            .take(MAX_TEMPLATE_BYTES + 1)
            .read_to_end(&mut buf)
    };
    result.map_err(|e| return_usage(&what, e))?;
    if buf.len() as u64 > MAX_TEMPLATE_BYTES {
        return Err(Error::usage(format!("the template {what} is larger than 16 MiB")));
    }
    Ok(buf)
}

fn return_usage(what: &str, e: std::io::Error) -> Error {
    let err = Error::usage(format!("can't read the template {what}: {e}"));
    if e.kind() == std::io::ErrorKind::NotFound { Error { kind: crate::error::ExitKind::NotFound, ..err } } else { err }
}

/// `inject -o FILE` means `--out-file FILE`: the global `-o` is the output format
/// everywhere else, so argv is rewritten before clap sees it (only after an `inject`
/// subcommand word, and never after `--`).
pub fn rewrite_args(args: impl IntoIterator<Item = OsString>) -> Vec<OsString> {
    let args: Vec<OsString> = args.into_iter().collect();
    // Global options that take a value, so their value isn't mistaken for the subcommand.
    const VALUED: [&str; 6] = ["--vault", "--identity", "--config", "-o", "--output", "--lock-timeout"];
    let mut out = Vec::with_capacity(args.len());
    let mut i = 0;
    let mut subcommand_at = None;
    while i < args.len() {
        let a = args[i].to_string_lossy();
        out.push(args[i].clone());
        if i > 0 && subcommand_at.is_none() {
            if VALUED.contains(&a.as_ref()) {
                if let Some(v) = args.get(i + 1) {
                    out.push(v.clone());
                }
                i += 2;
                continue;
            }
            if a == "--" {
                break;
            }
            if !a.starts_with('-') {
                subcommand_at = Some(i);
                if a != "inject" {
                    out.extend(args[i + 1..].iter().cloned());
                    return out;
                }
            }
        } else if subcommand_at.is_some() {
            if a == "--" {
                out.extend(args[i + 1..].iter().cloned());
                return out;
            }
            if a == "-o" {
                out.pop();
                out.push("--out-file".into());
            } else if let Some(rest) = a.strip_prefix("-o").filter(|r| !r.is_empty() && !a.starts_with("--")) {
                out.pop();
                out.push(format!("--out-file={}", rest.strip_prefix('=').unwrap_or(rest)).into());
            }
        }
        i += 1;
    }
    if i < args.len() {
        out.extend(args[i + 1..].iter().cloned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rw(args: &[&str]) -> Vec<String> {
        rewrite_args(args.iter().map(OsString::from)).iter().map(|a| a.to_string_lossy().into_owned()).collect()
    }

    #[test]
    fn inject_dash_o_is_the_out_file() {
        assert_eq!(rw(&["sb", "inject", "-i", "t", "-o", "f"]), ["sb", "inject", "-i", "t", "--out-file", "f"]);
        assert_eq!(
            rw(&["sb", "--vault", "inject", "inject", "-oout"]),
            ["sb", "--vault", "inject", "inject", "--out-file=out"]
        );
        assert_eq!(rw(&["sb", "-o", "json", "get", "-o", "x"]), ["sb", "-o", "json", "get", "-o", "x"]);
        assert_eq!(rw(&["sb", "exec", "--", "inject", "-o", "x"]), ["sb", "exec", "--", "inject", "-o", "x"]);
        assert_eq!(rw(&["sb", "inject", "-i", "t", "--", "-o"]), ["sb", "inject", "-i", "t", "--", "-o"]);
        assert_eq!(rw(&["sb", "-q", "inject", "-i", "t", "-o=f"]), ["sb", "-q", "inject", "-i", "t", "--out-file=f"]);
    }
}
