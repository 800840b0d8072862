//! `sealbox inject`: fill `{{ sealbox://REF }}` references in a template. Every reference
//! is resolved before anything is written; the output file is created 0600, atomically.

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
            // A killed inject into this directory, for this file or another, left its
            // plaintext temp: this run removes it.
            crate::fs::sweep_dead_temps_in(&crate::fs::parent_dir(path));
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
