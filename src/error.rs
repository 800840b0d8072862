//! Typed errors where the exit code matters, and the exit-code table of DESIGN.md.

use std::fmt;

/// The process exit codes of the contract. Scripts depend on these numbers.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExitKind {
    /// 1: any other failure (I/O, unexpected).
    Other = 1,
    /// 2: usage or invalid parameter (ValidationException, InvalidParameterException).
    Usage = 2,
    /// 3: secret, version or label not found (ResourceNotFoundException).
    NotFound = 3,
    /// 4: name exists, or token reused with another value (ResourceExistsException).
    Exists = 4,
    /// 5: marked for deletion, read-only replica, has replicas (InvalidRequestException).
    InvalidState = 5,
    /// 6: can't decrypt: no identity, wrong passphrase, not a recipient, corrupted vault.
    Decrypt = 6,
    /// 7: a rotation step failed.
    Rotation = 7,
    /// 8: the vault lock was not acquired in time.
    Busy = 8,
}

impl ExitKind {
    pub fn code(self) -> u8 {
        self as u8
    }

    /// The short class name used in the audit log and in `-o json` errors.
    pub fn class(self) -> &'static str {
        match self {
            ExitKind::Other => "InternalServiceError",
            ExitKind::Usage => "InvalidParameterException",
            ExitKind::NotFound => "ResourceNotFoundException",
            ExitKind::Exists => "ResourceExistsException",
            ExitKind::InvalidState => "InvalidRequestException",
            ExitKind::Decrypt => "DecryptionFailure",
            ExitKind::Rotation => "RotationFailed",
            ExitKind::Busy => "VaultBusy",
        }
    }
}

/// An error that carries its exit code and, where a next step helps, a hint.
///
/// Messages never contain secret values: they name secrets, versions and files only.
#[derive(Debug, Clone)]
pub struct Error {
    pub kind: ExitKind,
    pub message: String,
    pub hint: Option<String>,
}

impl Error {
    pub fn new(kind: ExitKind, message: impl Into<String>) -> Self {
        Error { kind, message: message.into(), hint: None }
    }
    pub fn with_hint(mut self, hint: impl Into<String>) -> Self {
        self.hint = Some(hint.into());
        self
    }
    pub fn usage(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Usage, message)
    }
    pub fn not_found(message: impl Into<String>) -> Self {
        Self::new(ExitKind::NotFound, message)
    }
    pub fn exists(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Exists, message)
    }
    pub fn invalid_state(message: impl Into<String>) -> Self {
        Self::new(ExitKind::InvalidState, message)
    }
    pub fn decrypt(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Decrypt, message)
    }
    pub fn other(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Other, message)
    }
    pub fn busy(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Busy, message)
    }
    pub fn rotation(message: impl Into<String>) -> Self {
        Self::new(ExitKind::Rotation, message)
    }
    pub fn secret_not_found(name: &str) -> Self {
        Self::not_found(format!("secret {name} not found"))
            .with_hint("run `sealbox list` to see the secrets in this vault")
    }
    pub fn marked_for_deletion(name: &str) -> Self {
        Self::invalid_state(format!(
            "you can't perform this operation on secret {name} because it was marked for deletion"
        ))
        .with_hint(format!("run `sealbox restore {name}` to cancel the deletion"))
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

impl std::error::Error for Error {}

pub type Result<T, E = anyhow::Error> = std::result::Result<T, E>;

/// The exit kind of any error: a typed [`Error`] anywhere in the chain decides, else 1.
pub fn exit_kind(err: &anyhow::Error) -> ExitKind {
    err.chain().find_map(|cause| cause.downcast_ref::<Error>()).map(|e| e.kind).unwrap_or(ExitKind::Other)
}

/// The hint of the first typed error in the chain, if it has one.
pub fn hint(err: &anyhow::Error) -> Option<&str> {
    err.chain().find_map(|cause| cause.downcast_ref::<Error>()).and_then(|e| e.hint.as_deref())
}

/// True when the error is a broken pipe on stdout: the reader went away, exit quietly.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain()
        .any(|cause| cause.downcast_ref::<std::io::Error>().is_some_and(|e| e.kind() == std::io::ErrorKind::BrokenPipe))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn exit_codes_match_the_contract() {
        let table = [
            (ExitKind::Other, 1),
            (ExitKind::Usage, 2),
            (ExitKind::NotFound, 3),
            (ExitKind::Exists, 4),
            (ExitKind::InvalidState, 5),
            (ExitKind::Decrypt, 6),
            (ExitKind::Rotation, 7),
            (ExitKind::Busy, 8),
        ];
        for (kind, code) in table {
            assert_eq!(kind.code(), code);
        }
    }

    #[test]
    fn typed_error_deep_in_a_chain_decides_the_exit_code() {
        let err = anyhow::Error::new(Error::not_found("x")).context("while reading");
        assert_eq!(exit_kind(&err), ExitKind::NotFound);
        assert_eq!(exit_kind(&anyhow::anyhow!("plain")), ExitKind::Other);
    }
}
