//! Everything that touches age: identities (X25519, passphrase-protected, OpenSSH, age
//! plugins), recipients, the encrypting/decrypting streams, and age's side of the unlock
//! agent (`crypto::agent`). No other module imports age.

//!
//! Files: [`identity`] (reading, unlocking and making identity files: the one loader),
//! [`recipient`] (parsing recipients), [`stream`] (the vault's age streams), [`agent`].

pub mod agent;
pub mod identity;
pub mod recipient;
pub mod stream;

use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

pub use identity::{
    IdentityKind, UnlockMaterial, check_identity_permissions, decrypt_identity_file, generate_identity,
    identity_plaintext, load_identities, protect_identity, public_keys_of, unlock_material,
};
pub use recipient::{canonical_recipient, validate_recipient};
pub use stream::{decrypt_from, encrypt_to, plaintext_len};

use crate::error::Error;
use crate::terminal::Interaction;

pub type DecryptingReader<R> = age::stream::StreamReader<R>;
pub type EncryptingWriter<W> = age::stream::StreamWriter<W>;

/// Identities that can open a vault, and the public keys they correspond to.
pub struct Identities {
    identities: Vec<Box<dyn age::Identity + Send + Sync>>,
    /// `age1…` / `ssh-…` strings of the loaded identities, derived on first use: a `get`
    /// never needs them, and deriving an X25519 public key is a scalar multiplication.
    public_keys: std::sync::OnceLock<Vec<String>>,
    /// The X25519 secret key lines to derive public keys from, and keys already known.
    pending_keys: Vec<PublicKeySource>,
}

enum PublicKeySource {
    Known(String),
    X25519(Zeroizing<String>),
}

impl std::fmt::Debug for Identities {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "Identities({:?})", self.public_keys())
    }
}

impl Identities {
    pub fn from_boxed(identities: Vec<Box<dyn age::Identity + Send + Sync>>, public_keys: Vec<String>) -> Self {
        Identities {
            identities,
            public_keys: std::sync::OnceLock::new(),
            pending_keys: public_keys.into_iter().map(PublicKeySource::Known).collect(),
        }
    }

    /// `age1…` / `ssh-…` / `plugin:NAME` strings of the loaded identities.
    pub fn public_keys(&self) -> &Vec<String> {
        self.public_keys.get_or_init(|| {
            let mut keys: Vec<String> = self
                .pending_keys
                .iter()
                .filter_map(|k| match k {
                    PublicKeySource::Known(s) => Some(s.clone()),
                    PublicKeySource::X25519(line) => {
                        age::x25519::Identity::from_str(line).ok().map(|id| id.to_public().to_string())
                    }
                })
                .collect();
            keys.dedup();
            keys
        })
    }
}

/// The public-key label of an age plugin identity (the plugin alone knows its recipient).
pub const PLUGIN_KEY_PREFIX: &str = "plugin:";

/// What a command says when an identity needs a passphrase and nothing can provide it.
pub const UNLOCK_HINT: &str =
    "run: sealbox unlock (or pass the passphrase on a descriptor: SEALBOX_PASSPHRASE_FD=3 sealbox ... 3<passfile)";

/// Where a passphrase comes from when one is needed.
pub fn obtain_passphrase(interaction: &Interaction, purpose: &str, confirm: bool) -> Result<SecretString, Error> {
    obtain_passphrase_from(
        interaction,
        purpose,
        confirm,
        "SEALBOX_PASSPHRASE_FD",
        "run it in a terminal, or pass the passphrase on a descriptor: SEALBOX_PASSPHRASE_FD=3 sealbox ... 3<passfile",
    )
}

/// A passphrase from descriptor `$fd_variable`, else a prompt on the terminal, else an
/// exit-6 error with `hint`.
pub fn obtain_passphrase_from(
    interaction: &Interaction,
    purpose: &str,
    confirm: bool,
    fd_variable: &str,
    hint: &str,
) -> Result<SecretString, Error> {
    if let Some(p) = crate::terminal::passphrase_from_fd_var(fd_variable)? {
        if confirm && p.is_empty() {
            return Err(Error::usage(format!("the passphrase on {fd_variable} is empty"))
                .with_hint("write the passphrase and a newline to the descriptor, or use --no-passphrase"));
        }
        return Ok(SecretString::from(p.to_string()));
    }
    if !interaction.can_prompt {
        return Err(Error::decrypt(format!("a passphrase is needed to {purpose}, and there is no terminal to ask on"))
            .with_hint(hint));
    }
    let first = crate::terminal::prompt_hidden(&format!("passphrase to {purpose}: "))?;
    if confirm {
        let second = crate::terminal::prompt_hidden("again: ")?;
        if *first != *second {
            return Err(Error::usage("the two passphrases differ"));
        }
    }
    if first.is_empty() {
        return Err(Error::usage("the passphrase is empty")
            .with_hint("use `sealbox init --no-passphrase` for an unprotected identity"));
    }
    Ok(SecretString::from(first.to_string()))
}

/// True for an empty passphrase (refused by `passwd`: `--remove` says what it means).
pub fn passphrase_is_empty(passphrase: &SecretString) -> bool {
    passphrase.expose_secret().is_empty()
}
