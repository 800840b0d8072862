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
    let command = Box::leak(Box::new(Cli::command()));
    let matches = command.try_get_matches_from_mut(args)?;
    Cli::from_arg_matches(&matches).map_err(|e| e.format(command))
}

pub fn run(cli: Cli) -> anyhow::Result<()> {
    let text = cli.global.output == Some(cli::OutputFormat::Text) && cli.global.query.is_some();
    output::set_render(cli.global.query.as_deref(), text)?;
    let session = session::Session::new(context::Context::new(cli.global)?);
    commands::dispatch(&session, cli.command)
}
