//! What every command knows before it touches a vault, as plain data: resolved paths,
//! config, interaction, clock and output mode. The vaults themselves are the session's
//! (`session.rs`).

use std::path::PathBuf;
use std::time::Duration;

use jiff::Timestamp;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::config::Config;
use crate::error::Error;
use crate::terminal::{self, Interaction};

pub struct Context {
    pub global: GlobalArgs,
    pub config_path: PathBuf,
    pub config: Config,
    pub vault_path: PathBuf,
    pub identity_path: PathBuf,
    /// True when the identity path came from --identity or SEALBOX_IDENTITY.
    pub identity_explicit: bool,
    /// Where the audit log and the record of known vaults live.
    pub state_dir: PathBuf,
    pub interaction: Interaction,
    pub now: Timestamp,
    lock_timeout: Duration,
}

/// The default locations, from the `directories` crate (XDG on Linux).
pub struct Defaults {
    pub config_dir: PathBuf,
    pub data_dir: PathBuf,
    pub state_dir: Option<PathBuf>,
}

pub fn defaults() -> Result<Defaults, Error> {
    let dirs = directories::ProjectDirs::from("", "", "sealbox").ok_or_else(|| {
        Error::other("can't find a home directory").with_hint("set HOME, or pass --vault and --identity")
    })?;
    Ok(Defaults {
        config_dir: dirs.config_dir().to_path_buf(),
        data_dir: dirs.data_dir().to_path_buf(),
        state_dir: dirs.state_dir().map(|p| p.to_path_buf()),
    })
}

/// The longest `--lock-timeout` taken: a day (a larger number is surely a mistake).
pub const MAX_LOCK_TIMEOUT_SECS: f64 = 86_400.0;

impl Context {
    pub fn new(global: GlobalArgs) -> Result<Context, Error> {
        let defaults = defaults()?;
        let config_path = global.config.clone().unwrap_or_else(|| defaults.config_dir.join("config.toml"));
        let config = Config::load(&config_path)?;
        let vault_path = global
            .vault
            .clone()
            .or_else(|| config.vault.clone())
            .unwrap_or_else(|| defaults.data_dir.join("vault.age"));
        let identity_explicit = global.identity.is_some();
        let identity_path = global
            .identity
            .clone()
            .or_else(|| config.identity.clone())
            .unwrap_or_else(|| defaults.config_dir.join("identity.txt"));
        let lock_timeout = lock_timeout(global.lock_timeout)?;
        let state_dir = defaults.state_dir.clone().unwrap_or_else(|| defaults.config_dir.clone());
        let interaction = Interaction::detect(global.no_input);
        Ok(Context {
            global,
            config_path,
            config,
            vault_path,
            identity_path,
            identity_explicit,
            state_dir,
            interaction,
            now: terminal::now()?,
            lock_timeout,
        })
    }

    pub fn json(&self) -> bool {
        self.global.json || self.global.output == Some(OutputFormat::Json) || self.global.query.is_some()
    }

    pub fn quiet(&self) -> bool {
        self.global.quiet
    }

    pub fn lock_timeout(&self) -> Duration {
        self.lock_timeout
    }

    /// A line for the human at stderr, unless `-q`.
    pub fn info(&self, message: impl AsRef<str>) {
        if !self.quiet() {
            eprintln!("{}", message.as_ref());
        }
    }

    pub fn warn(&self, message: impl AsRef<str>) {
        eprintln!("sealbox: warning: {}", message.as_ref());
    }
}

/// `--lock-timeout SECS`: a finite number from 0 to a day.
fn lock_timeout(secs: f64) -> Result<Duration, Error> {
    if !(secs.is_finite() && (0.0..=MAX_LOCK_TIMEOUT_SECS).contains(&secs)) {
        return Err(Error::usage(format!(
            "--lock-timeout must be a number of seconds from 0 to {MAX_LOCK_TIMEOUT_SECS} (a day)"
        )));
    }
    Duration::try_from_secs_f64(secs).map_err(|_| Error::usage("--lock-timeout must be a number of seconds"))
}
