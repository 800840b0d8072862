//! `sealbox-region-aws`: the AWS Secrets Manager region kind as a helper executable. sealbox
//! starts it when a command needs an AWS region and talks to it over stdin and stdout, one
//! JSON request and one JSON reply per line (docs/region-protocol.md); it exits when its stdin
//! closes. Diagnostics go to stderr. Credentials come from the usual AWS environment and
//! config files, as the SDK's default chain finds them.
//!
//! Only this binary links the AWS SDK, so `sealbox get` never loads it.

mod sdk;

use std::fs::File;
use std::io::Write;
use std::os::fd::AsFd;
use std::process::ExitCode;

use sealbox::aws::protocol::{self, Hello, LineReader, PROTOCOL, Reply, Request};
use serde::Serialize;
use zeroize::Zeroizing;

const NAME: &str = concat!("sealbox-region-aws ", env!("CARGO_PKG_VERSION"));

/// One of the helper's own descriptors, duplicated (close-on-exec) so it is used unbuffered:
/// std's stdin and stdout buffers would keep copies of the values that cross them.
fn raw(fd: std::os::fd::BorrowedFd<'_>) -> std::io::Result<File> {
    Ok(File::from(fd.try_clone_to_owned()?))
}

/// The reply line for a result (an encoding failure becomes an error reply).
fn reply<T: Serialize>(result: Result<T, String>) -> Zeroizing<Vec<u8>> {
    let reply = match result {
        Ok(v) => Reply::Ok(v),
        Err(m) => Reply::Error(m),
    };
    protocol::to_line(&reply).unwrap_or_else(|e| {
        let message = format!("can't encode the reply: {}", protocol::describe_json_error(&e));
        protocol::to_line(&Reply::<()>::Error(message))
            .unwrap_or_else(|_| Zeroizing::new(b"{\"error\":\"\"}\n".to_vec()))
    })
}

fn not_connected() -> String {
    "the helper is not connected to a region: send connect first".to_string()
}

fn handle(remote: &mut Option<sdk::Remote>, request: Request) -> Zeroizing<Vec<u8>> {
    match request {
        // Answer with our own protocol whatever was asked: sealbox compares and hangs up.
        Request::Hello { .. } => reply(Ok(Hello { protocol: PROTOCOL, helper: Some(NAME.to_string()) })),
        Request::Connect { aws_region, profile, endpoint_url } => {
            reply(sdk::Remote::connect(&aws_region, profile.as_deref(), endpoint_url.as_deref()).map(|r| {
                *remote = Some(r);
            }))
        }
        request => {
            let Some(remote) = remote.as_ref() else { return reply::<()>(Err(not_connected())) };
            match request {
                Request::Describe { name } => reply(remote.describe(&name)),
                Request::List { prefix } => reply(remote.list(&prefix)),
                Request::FetchVersions { name } => reply(remote.fetch_versions(&name)),
                Request::Push { name, secret, existing, tags } => {
                    reply(remote.push(&name, &secret, existing.map(|e| *e), &tags))
                }
                Request::ForceDelete { name } => reply(remote.force_delete(&name)),
                Request::Hello { .. } | Request::Connect { .. } => reply::<()>(Err(not_connected())),
            }
        }
    }
}

fn main() -> ExitCode {
    // No core dump or ptrace of a process that holds secret values.
    sealbox::hardening::harden();
    let (input, mut output) = match (raw(std::io::stdin().as_fd()), raw(std::io::stdout().as_fd())) {
        (Ok(i), Ok(o)) => (i, o),
        (Err(e), _) | (_, Err(e)) => {
            eprintln!("{NAME}: error: can't use stdin and stdout: {e}");
            return ExitCode::from(1);
        }
    };
    if std::env::args_os().len() > 1 {
        eprintln!(
            "{NAME}: error: takes no arguments; sealbox runs it and talks to it over stdin (docs/region-protocol.md)"
        );
        return ExitCode::from(2);
    }
    let mut reader = LineReader::new(input);
    let mut remote = None;
    loop {
        let line = match reader.read_line() {
            Ok(Some(line)) => line,
            Ok(None) => return ExitCode::SUCCESS,
            Err(e) => {
                eprintln!("{NAME}: error: can't read a request: {e}");
                return ExitCode::from(1);
            }
        };
        let answer = match serde_json::from_slice::<Request>(&line) {
            Ok(request) => handle(&mut remote, request),
            Err(e) => reply::<()>(Err(format!("malformed request: {}", protocol::describe_json_error(&e)))),
        };
        if let Err(e) = output.write_all(&answer) {
            // sealbox is gone: nobody to answer.
            eprintln!("{NAME}: error: can't answer: {e}");
            return ExitCode::from(1);
        }
    }
}
