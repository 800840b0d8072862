//! sealbox: AWS Secrets Manager's model on an age-encrypted vault file.

/// The unlock agent: socket, protocol, the background process.
pub mod agent;
/// AWS Secrets Manager's operations, shared by the CLI and `sealbox serve`.
pub mod api;
/// The audit log.
pub mod audit;
/// AWS Secrets Manager as a region kind (the SDK in the helper `sealbox-region-aws`).
pub mod aws;
/// The command line (clap derive only).
pub mod cli;
/// One function per subcommand: the only code that prints or prompts.
pub mod commands;
/// Shell completion scripts (clap_complete's, plus secret names from the vault).
pub mod completions;
/// config.toml.
pub mod config;
/// Paths, config, identity and clock shared by the commands.
pub mod context;
/// The only module that imports age.
pub mod crypto;
/// Secrets as environment variables: names, shell/dotenv quoting, the dotenv reader.
pub mod envvars;
/// Typed errors and the exit-code table.
pub mod error;
/// The one owner of the file system: private dirs, no-follow creation, atomic replace, locks.
pub mod fs;
/// Process hardening: no core dumps, no ptrace; the libc queries (uid, pid alive).
pub mod hardening;
/// AWS-shaped JSON and human tables.
pub mod output;
/// Random passwords (AWS GetRandomPassword).
pub mod password;
/// Progress bars on a terminal (never in a pipe).
pub mod progress;
/// Secret references (NAME#field@LABEL) and `{{ sealbox://REF }}` templates.
pub mod reference;
/// Regions behind one trait: another vault file, or AWS Secrets Manager.
pub mod regions;
/// Replication to regions: planning pushes, pushing, recording their outcome.
pub mod replication;
/// Running rotation scripts: process group, timeout, stdin protocol.
pub mod rotation;
/// A command's session with its vaults, and the one write transaction.
/// `sealbox serve`: AWS Secrets Manager's HTTP API on loopback, SigV4-verified.
pub mod serve;
pub mod session;
/// The vault on disk: locked atomic writes, seeking reads.
pub mod store;
/// Tables that fit the terminal: which columns are cut, dropped or kept whole.
pub mod table;
/// Terminal, prompts, passphrase descriptor, clock hook.
pub mod terminal;
/// The vaults this machine knows: vault key fingerprints and generations.
pub mod trust;
/// Value sources for create and put-version.
pub mod value;
/// The secret model and the vault plaintext format.
pub mod vault;

use std::process::ExitCode;

use crate::cli::Cli;
use crate::error::{exit_kind, hint, is_broken_pipe};

/// Parse the command line, run it, print any error, and return the contract's exit code.
pub fn main() -> ExitCode {
    hardening::harden();
    hardening::keep_passphrase_descriptors_from_children();
    let cli = match parse(std::env::args_os()) {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    match run(cli) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) if is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            // An error without a message is an exit status only (`diff` finding differences).
            let text = error_text(&err);
            if !text.is_empty() {
                eprintln!("sealbox: error: {text}");
            }
            if let Some(h) = hint(&err) {
                eprintln!("sealbox: hint: {h}");
            }
            ExitCode::from(exit_kind(&err).code())
        }
    }
}

/// The error and its causes on one line, without repeating a cause that the message
/// already includes.
pub fn error_text(err: &anyhow::Error) -> String {
    let mut text = String::new();
    for cause in err.chain() {
        let s = cause.to_string();
        if !text.contains(&s) {
            if !text.is_empty() {
                text.push_str(": ");
            }
            text.push_str(&s);
        }
    }
    text
}

/// Parse argv. The clap command tree is leaked rather than dropped: freeing its hundreds of
/// small allocations costs a `get` more than the rest of its parsing.
fn parse(args: impl IntoIterator<Item = std::ffi::OsString>) -> Result<Cli, clap::Error> {
    use clap::{CommandFactory, FromArgMatches};
    let args: Vec<std::ffi::OsString> = args.into_iter().collect();
    if let Some(cli) = parse_get(&args) {
        return Ok(cli);
    }
    let command = Box::leak(Box::new(Cli::command()));
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(command))
}

/// The hot path of scripts and Makefiles, `sealbox get NAME` and nothing else, read without
/// clap (whose parse costs a `get` about as much as its audit line). Anything more — a flag,
/// a name that looks like one, a global option's variable that is empty or doesn't parse —
/// goes to clap, so every other case, and every message, is clap's.
fn parse_get(args: &[std::ffi::OsString]) -> Option<Cli> {
    let [_, get, name] = args else { return None };
    let name = name.to_str()?;
    if get != "get" || name.is_empty() || name.starts_with('-') {
        return None;
    }
    let path = |var: &str| match std::env::var_os(var) {
        None => Some(None),
        Some(v) if !v.is_empty() => Some(Some(std::path::PathBuf::from(v))),
        Some(_) => None,
    };
    let lock_timeout = match std::env::var("SEALBOX_LOCK_TIMEOUT") {
        Err(std::env::VarError::NotPresent) => 5.0,
        Ok(v) if !v.is_empty() => v.parse().ok()?,
        _ => return None,
    };
    let global = cli::GlobalArgs {
        vault: path("SEALBOX_VAULT")?,
        identity: path("SEALBOX_IDENTITY")?,
        config: path("SEALBOX_CONFIG")?,
        output: None,
        json: false,
        quiet: false,
        no_input: false,
        query: None,
        lock_timeout,
    };
    let get =
        cli::GetArgs { name: name.to_string(), version_id: None, stage: None, field: None, clip: false, totp: false };
    Some(Cli { global, command: cli::Command::Get(get) })
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let text = cli.global.output == Some(cli::OutputFormat::Text) && cli.global.query.is_some();
    output::set_render(cli.global.query.as_deref(), text)?;
    let mut global = cli.global;
    if let cli::Command::Region(cli::RegionArgs { command: cli::RegionCommand::Add(_) }) = &cli.command {
        global.vault = commands::region::primary_vault_given();
    }
    let session = session::Session::new(context::Context::new(global)?);
    commands::dispatch(&session, cli.command)
}

#[cfg(test)]
mod parse_tests {
    use super::*;
    use clap::{CommandFactory, FromArgMatches};

    fn full(args: &[&str]) -> String {
        let matches = Cli::command().try_get_matches_from(args).unwrap();
        format!("{:?}", Cli::from_arg_matches(&matches).unwrap())
    }

    /// The `get` fast path gives exactly what clap gives (in this process's environment).
    #[test]
    fn the_get_fast_path_parses_as_clap_does() {
        for args in [["sealbox", "get", "app/db/password"], ["sealbox", "get", "x"], ["sealbox", "get", "a b/ü"]] {
            let os: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
            let empty = |v: &str| std::env::var_os(v).is_some_and(|x| x.is_empty());
            let bad_timeout = std::env::var_os("SEALBOX_LOCK_TIMEOUT")
                .is_some_and(|t| t.to_str().and_then(|t| t.parse::<f64>().ok()).is_none());
            let configured =
                bad_timeout || ["SEALBOX_CONFIG", "SEALBOX_VAULT", "SEALBOX_IDENTITY"].iter().any(|v| empty(v));
            match parse_get(&os) {
                Some(fast) => assert_eq!(format!("{fast:?}"), full(&args), "{args:?}"),
                None => assert!(configured, "fast path refused {args:?}"),
            }
        }
    }

    /// Help, version, errors and other commands go to the whole tree.
    #[test]
    fn the_get_fast_path_leaves_help_errors_and_other_commands_to_the_whole_tree() {
        let cases: &[&[&str]] = &[
            &["sealbox", "get"],
            &["sealbox", "get", "--help"],
            &["sealbox", "get", "x", "-h"],
            &["sealbox", "get", "x", "--bogus"],
            &["sealbox", "get", "x", "y"],
            &["sealbox", "get", "x", "-o", "yaml"],
            &["sealbox", "get", "x", "--stage", "AWSPREVIOUS"],
            &["sealbox", "get", "-c", "x"],
            &["sealbox", "--vault", "v.age", "get", "x"],
            &["sealbox", "get", "--", "x"],
            &["sealbox", "show", "x"],
            &["sealbox", "list"],
            &["sealbox"],
        ];
        for args in cases {
            let os: Vec<std::ffi::OsString> = args.iter().map(Into::into).collect();
            assert!(parse_get(&os).is_none(), "{args:?}");
        }
    }
}
