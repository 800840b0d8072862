//! The terminal and the process environment: whether we may prompt, hidden prompts, the
//! passphrase descriptor, and the test hooks for the clock and the scrypt cost.

use std::io::{IsTerminal, Read};

use jiff::Timestamp;
use zeroize::Zeroizing;

use crate::error::Error;

/// Whether this command may ask the user anything.
#[derive(Debug, Clone, Copy)]
pub struct Interaction {
    pub can_prompt: bool,
    pub stdin_is_terminal: bool,
}

impl Interaction {
    pub fn detect(no_input: bool) -> Interaction {
        let stdin_is_terminal = std::io::stdin().is_terminal();
        Interaction { can_prompt: stdin_is_terminal && !no_input, stdin_is_terminal }
    }
}

pub fn stdout_is_terminal() -> bool {
    std::io::stdout().is_terminal()
}

pub fn stderr_is_terminal() -> bool {
    std::io::stderr().is_terminal()
}

/// A hidden prompt on the controlling terminal.
pub fn prompt_hidden(prompt: &str) -> Result<Zeroizing<String>, Error> {
    rpassword::prompt_password(prompt)
        .map(Zeroizing::new)
        .map_err(|e| Error::decrypt(format!("can't read from the terminal: {e}")))
}

/// `SEALBOX_PASSPHRASE_FD=N`: the passphrase is read from inherited descriptor N (up to the
/// first newline). For CI and tests; never from argv or a plain variable.
pub fn passphrase_from_fd() -> Result<Option<Zeroizing<String>>, Error> {
    passphrase_from_fd_var("SEALBOX_PASSPHRASE_FD")
}

/// The same for another variable (`SEALBOX_NEW_PASSPHRASE_FD`, for `sealbox passwd`).
pub fn passphrase_from_fd_var(variable: &str) -> Result<Option<Zeroizing<String>>, Error> {
    let Ok(fd) = std::env::var(variable) else { return Ok(None) };
    let fd: u32 =
        fd.trim().parse().map_err(|_| Error::usage(format!("{variable}={fd:?} is not a descriptor number")))?;
    // Opening /dev/fd/N duplicates the inherited descriptor without unsafe code.
    let file = std::fs::File::open(format!("/dev/fd/{fd}")).map_err(|e| {
        Error::decrypt(format!("{variable}={fd}: descriptor {fd} can't be read: {e}"))
            .with_hint(format!("open it for the command, e.g. `{fd}<passfile`"))
    })?;
    let mut raw = Zeroizing::new(Vec::new());
    file.take(4096).read_to_end(&mut raw).map_err(|e| Error::decrypt(format!("{variable}={fd}: {e}")))?;
    let line_end = raw.iter().position(|&b| b == b'\n').unwrap_or(raw.len());
    let mut line = &raw[..line_end];
    if line.last() == Some(&b'\r') {
        line = &line[..line.len() - 1];
    }
    let text = std::str::from_utf8(line).map_err(|_| Error::decrypt("the passphrase is not UTF-8"))?;
    Ok(Some(Zeroizing::new(text.to_string())))
}

/// `SEALBOX_SCRYPT_WORK_FACTOR`: a lower scrypt cost for passphrases made by tests. Documented
/// as a test hook; it only affects identities created or re-protected while it is set.
pub fn test_scrypt_work_factor() -> Option<u8> {
    std::env::var("SEALBOX_SCRYPT_WORK_FACTOR").ok()?.parse().ok().filter(|n| (1..=22).contains(n))
}

/// The current time, to the second. `SEALBOX_NOW` (RFC 3339) overrides it: the documented
/// way tests move the clock for recovery windows and rotation schedules.
pub fn now() -> Result<Timestamp, Error> {
    if let Ok(s) = std::env::var("SEALBOX_NOW") {
        return s
            .parse::<Timestamp>()
            .map_err(|e| Error::usage(format!("SEALBOX_NOW={s:?} is not an RFC 3339 time: {e}")));
    }
    let now = Timestamp::now();
    Timestamp::from_second(now.as_second()).map_err(|e| Error::other(e.to_string()))
}
