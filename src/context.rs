//! What every command needs: resolved paths, config, identity (loaded once, lazily), the
//! clock, and the output mode.

use std::cell::OnceCell;
use std::path::PathBuf;
use std::time::Duration;

use jiff::Timestamp;

use crate::cli::{GlobalArgs, OutputFormat};
use crate::config::Config;
use crate::crypto::{self, Identities};
use crate::error::Error;
use crate::replication;
use crate::store::{self, VaultReader};
use crate::terminal::{self, Interaction};
use crate::vault::Document;

/// The longest `--lock-timeout`, in seconds (a day): waiting longer for a lock is a mistake,
/// and a `Duration` can't hold 1e20 seconds.
pub const MAX_LOCK_TIMEOUT_SECS: f64 = 86_400.0;

pub struct Context {
    pub global: GlobalArgs,
    pub config_path: PathBuf,
    pub config: Config,
    pub vault_path: PathBuf,
    pub identity_path: PathBuf,
    /// True when the identity path came from --identity or SEALBOX_IDENTITY.
    pub identity_explicit: bool,
    pub interaction: Interaction,
    pub now: Timestamp,
    identities: OnceCell<Identities>,
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
        // NaN fails both comparisons; 1e20 or inf would panic in Duration::from_secs_f64.
        if !(global.lock_timeout >= 0.0 && global.lock_timeout <= MAX_LOCK_TIMEOUT_SECS) {
            return Err(Error::usage(format!(
                "--lock-timeout must be a number of seconds from 0 to {MAX_LOCK_TIMEOUT_SECS}"
            )));
        }
        let interaction = Interaction::detect(global.no_input);
        Ok(Context {
            global,
            config_path,
            config,
            vault_path,
            identity_path,
            identity_explicit,
            interaction,
            now: terminal::now()?,
            identities: OnceCell::new(),
        })
    }

    pub fn json(&self) -> bool {
        self.global.json || self.global.output == OutputFormat::Json
    }

    pub fn quiet(&self) -> bool {
        self.global.quiet
    }

    pub fn lock_timeout(&self) -> Duration {
        // Checked in `new`; the fallback only keeps this panic-free.
        Duration::try_from_secs_f64(self.global.lock_timeout).unwrap_or(Duration::from_secs(86_400))
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

    pub fn identities(&self) -> Result<&Identities, Error> {
        if let Some(ids) = self.identities.get() {
            return Ok(ids);
        }
        // In order: the agent (if its socket answers and it holds this identity file), the
        // identity file itself, which prompts for a passphrase if it needs one, or fails
        // with exit 6 and `run: sealbox unlock` when it can't.
        if let Some((client, public_keys)) = crate::agent::loaded(&self.identity_path) {
            let key = crate::agent::identity_key(&self.identity_path);
            let ids = crypto::agent::agent_identities(client, key, public_keys);
            return Ok(self.identities.get_or_init(|| ids));
        }
        if !self.identity_path.exists() {
            return Err(Error::decrypt(format!("no identity at {}", self.identity_path.display()))
                .with_hint("run `sealbox init`, or pass --identity PATH (or set SEALBOX_IDENTITY)"));
        }
        let ids = crypto::load_identities(&self.identity_path, &self.interaction)?;
        Ok(self.identities.get_or_init(|| ids))
    }

    /// True once the identity is loaded (so opening the vault again can't prompt).
    pub fn identities_loaded(&self) -> bool {
        self.identities.get().is_some()
    }

    pub fn reader(&self) -> Result<VaultReader, Error> {
        let reader = store::open_reader(&self.vault_path, self.identities()?)?;
        crate::audit::remember_vault(&self.vault_path, &reader.meta);
        Ok(reader)
    }

    /// A locked read-modify-write of the vault. Secrets whose recovery window has passed
    /// are purged first; `change` sees the rest. Before the save, the purges are logged
    /// (EndSecretDelete) and the audit log's end is kept in the vault. Once the write is
    /// committed, the changed secrets that have replicas are pushed to their regions (a
    /// failed push only warns).
    pub fn write<T>(&self, change: impl FnOnce(&mut Document) -> anyhow::Result<T>) -> anyhow::Result<T> {
        let now = self.now;
        let (out, plan) = store::write(&self.vault_path, self.identities()?, self.lock_timeout(), |doc| {
            crate::audit::remember_vault(&self.vault_path, &doc.meta);
            let purged = purge_due(doc, now);
            let out = change(doc)?;
            let plan = replication::plan(doc)?;
            crate::audit::before_save(self, doc, &purged)?;
            Ok((out, plan))
        })?;
        replication::push_planned(self, plan);
        Ok(out)
    }
}

/// Remove every secret whose recovery window has passed; returns their names.
pub fn purge_due(doc: &mut Document, now: Timestamp) -> Vec<String> {
    let due = doc.due_for_purge(now);
    for name in &due {
        doc.remove(name);
    }
    due
}
