//! Identity files: an age identity file (X25519 keys, plugin identities), plain or
//! passphrase-protected, or an OpenSSH ed25519/RSA key, plain or encrypted. Every command
//! reads one through [`read_identity_file`]; new ones are made by [`generate_identity`] and
//! [`protect_identity`].

use std::io::{BufReader, Read, Write};
use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use super::{Identities, PLUGIN_KEY_PREFIX, PublicKeySource, UNLOCK_HINT, obtain_passphrase_from};
use crate::error::Error;
use crate::terminal::Interaction;

/// The largest identity file sealbox reads.
const MAX_IDENTITY_BYTES: u64 = 1024 * 1024;
/// The highest scrypt work factor accepted for a passphrase-protected identity (about
/// 16 s here): a file that asks for more is refused rather than hanging the command.
const MAX_SCRYPT_LOG_N: u8 = 22;

/// Refuse an identity file that group or others can read, and one behind a symlink in a
/// directory others can write.
pub fn check_identity_permissions(path: &Path) -> Result<(), Error> {
    use std::os::unix::fs::MetadataExt;
    if let Some(problem) = crate::fs::unsafe_symlink(path) {
        return Err(Error::decrypt(format!("refusing to use the identity: {problem}")).with_hint(
            "pass --identity with the real file's path, or move the link into a directory only you can write",
        ));
    }
    let meta = std::fs::metadata(path).map_err(|e| {
        Error::decrypt(format!("can't read the identity {}: {e}", path.display()))
            .with_hint("run `sealbox init` to create one, or pass --identity PATH")
    })?;
    if meta.mode() & 0o077 != 0 {
        return Err(Error::decrypt(format!(
            "the identity {} can be read by group or others (mode {:o})",
            path.display(),
            meta.mode() & 0o777
        ))
        .with_hint(format!("chmod 600 {}", path.display())));
    }
    Ok(())
}

/// What kind of identity file a text is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum IdentityKind {
    /// An age identity file (X25519 keys, plugin identities), not encrypted.
    Age,
    /// An age identity file encrypted with a passphrase (scrypt).
    AgeProtected,
    /// An OpenSSH ed25519/RSA private key, encrypted or not.
    Ssh,
}

fn kind_of(text: &str) -> IdentityKind {
    let trimmed = text.trim_start();
    if trimmed.starts_with("age-encryption.org/") || trimmed.starts_with("-----BEGIN AGE ENCRYPTED FILE-----") {
        IdentityKind::AgeProtected
    } else if is_ssh_key(trimmed) {
        IdentityKind::Ssh
    } else {
        IdentityKind::Age
    }
}

pub(super) fn is_ssh_key(text: &str) -> bool {
    let trimmed = text.trim_start();
    trimmed.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----") || trimmed.starts_with("-----BEGIN RSA PRIVATE KEY-----")
}

/// An identity file read the one way sealbox reads it: permissions checked, size capped,
/// and a passphrase-protected age identity file decrypted (asking for the passphrase on
/// `SEALBOX_PASSPHRASE_FD` or the terminal). `text` is the usable text: the plaintext of an
/// age identity file, or the OpenSSH key as it is on disk (its own passphrase is asked only
/// when the key is unlocked).
struct IdentityFile {
    text: Zeroizing<String>,
    kind: IdentityKind,
}

fn read_identity_file(path: &Path, interaction: &Interaction) -> Result<IdentityFile, Error> {
    check_identity_permissions(path)?;
    let text = read_capped(path)?;
    let kind = kind_of(&text);
    let text = if kind == IdentityKind::AgeProtected {
        let passphrase = identity_passphrase(interaction, &format!("unlock {}", path.display()))?;
        decrypt_identity_file(&text, passphrase)?
    } else {
        text
    };
    Ok(IdentityFile { text, kind })
}

/// Load the identity file at `path`: an age identity file (plain or passphrase-protected)
/// or an OpenSSH ed25519/RSA private key (plain or encrypted). A passphrase comes from
/// `SEALBOX_PASSPHRASE_FD` or a prompt; without either the error hints at `sealbox unlock`.
pub fn load_identities(path: &Path, interaction: &Interaction) -> Result<Identities, Error> {
    let file = read_identity_file(path, interaction)?;
    match file.kind {
        IdentityKind::Ssh => load_ssh_identity(&file.text, path, interaction),
        IdentityKind::Age | IdentityKind::AgeProtected => parse_age_identity_file(&file.text, path),
    }
}

fn identity_passphrase(interaction: &Interaction, purpose: &str) -> Result<SecretString, Error> {
    obtain_passphrase_from(interaction, purpose, false, "SEALBOX_PASSPHRASE_FD", UNLOCK_HINT)
}

/// An identity file made ready for the agent: the unlocked text of an age identity file,
/// or an SSH key with its passphrase (checked here, so a wrong one fails before any agent
/// starts).
pub struct UnlockMaterial {
    pub text: Zeroizing<String>,
    pub passphrase: Option<Zeroizing<String>>,
    pub public_keys: Vec<String>,
    pub kind: IdentityKind,
}

pub fn unlock_material(path: &Path, interaction: &Interaction) -> Result<UnlockMaterial, Error> {
    let IdentityFile { text, kind } = read_identity_file(path, interaction)?;
    if kind == IdentityKind::Ssh {
        let identity = age::ssh::Identity::from_buffer(BufReader::new(text.as_bytes()), None)
            .map_err(|e| Error::decrypt(format!("the SSH key {} can't be read: {e}", path.display())))?;
        let mut given = None;
        let (_, public) = unlock_ssh(identity, path, || {
            let p = identity_passphrase(interaction, &format!("unlock the SSH key {}", path.display()))?;
            given = Some(Zeroizing::new(p.expose_secret().to_string()));
            Ok(p)
        })?;
        return Ok(UnlockMaterial { text, passphrase: given, public_keys: vec![public], kind });
    }
    let public_keys = parse_age_identity_file(&text, path)?.public_keys().clone();
    Ok(UnlockMaterial { text, passphrase: None, public_keys, kind })
}

/// The plaintext of an age identity file and whether it was passphrase-protected, for
/// `sealbox passwd`.
pub fn identity_plaintext(path: &Path, interaction: &Interaction) -> Result<(Zeroizing<String>, bool), Error> {
    let IdentityFile { text, kind } = read_identity_file(path, interaction)?;
    if kind == IdentityKind::Ssh {
        return Err(Error::usage(format!(
            "{} is an SSH key: change its passphrase with `ssh-keygen -p -f {}`",
            path.display(),
            path.display()
        )));
    }
    parse_age_identity_file(&text, path)?;
    Ok((text, kind == IdentityKind::AgeProtected))
}

fn read_capped(path: &Path) -> Result<Zeroizing<String>, Error> {
    let file = std::fs::File::open(path)
        .map_err(|e| Error::decrypt(format!("can't read the identity {}: {e}", path.display())))?;
    // Sized from the file up front: a growing String would leave copies of the key in
    // freed memory.
    let size = file.metadata().map(|m| m.len().min(MAX_IDENTITY_BYTES + 1)).unwrap_or(4096);
    let mut text = Zeroizing::new(String::with_capacity(usize::try_from(size).unwrap_or(4096) + 1));
    file.take(MAX_IDENTITY_BYTES + 1)
        .read_to_string(&mut text)
        .map_err(|e| Error::decrypt(format!("can't read the identity {}: {e}", path.display())))?;
    if text.len() as u64 > MAX_IDENTITY_BYTES {
        return Err(Error::decrypt(format!("the identity {} is larger than 1 MiB", path.display())));
    }
    Ok(text)
}

/// Decrypt a passphrase-protected identity file (an age file with one scrypt stanza).
pub fn decrypt_identity_file(text: &str, passphrase: SecretString) -> Result<Zeroizing<String>, Error> {
    let reader = age::armor::ArmoredReader::new(text.as_bytes());
    let decryptor = age::Decryptor::new(reader)
        .map_err(|e| Error::decrypt(format!("the identity file is not a valid age file: {e}")))?;
    if !decryptor.is_scrypt() {
        return Err(Error::decrypt("the identity file is encrypted, but not with a passphrase"));
    }
    let mut identity = age::scrypt::Identity::new(passphrase);
    identity.set_max_work_factor(MAX_SCRYPT_LOG_N);
    let mut stream = decryptor.decrypt(std::iter::once(&identity as &dyn age::Identity)).map_err(|e| match e {
        age::DecryptError::DecryptionFailed
        | age::DecryptError::KeyDecryptionFailed
        | age::DecryptError::NoMatchingKeys => Error::decrypt("wrong passphrase for the identity")
            .with_hint("try again; `sealbox passwd` changes it once you are in"),
        other => Error::decrypt(format!("can't unlock the identity: {other}")),
    })?;
    // The plaintext is shorter than the armored file: one allocation, no stray copies.
    let mut out = Zeroizing::new(String::with_capacity(text.len()));
    stream.read_to_string(&mut out).map_err(|e| Error::decrypt(format!("can't unlock the identity: {e}")))?;
    Ok(out)
}

pub(super) fn parse_age_identity_file(text: &str, path: &Path) -> Result<Identities, Error> {
    let mut identities: Vec<Box<dyn age::Identity + Send + Sync>> = Vec::new();
    let mut public_keys = Vec::new();
    let mut plugin_identities: Vec<age::plugin::Identity> = Vec::new();
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')) {
        if line.starts_with("AGE-SECRET-KEY-1") {
            let id = age::x25519::Identity::from_str(line)
                .map_err(|e| Error::decrypt(format!("the identity {} has an invalid key: {e}", path.display())))?;
            public_keys.push(PublicKeySource::X25519(Zeroizing::new(line.to_string())));
            identities.push(Box::new(id));
        } else if line.starts_with("AGE-PLUGIN-") {
            let id = age::plugin::Identity::from_str(line).map_err(|e| {
                Error::decrypt(format!("the identity {} has an invalid plugin identity: {e}", path.display()))
            })?;
            public_keys.push(PublicKeySource::Known(format!("{PLUGIN_KEY_PREFIX}{}", id.plugin())));
            plugin_identities.push(id);
        } else {
            return Err(Error::decrypt(format!(
                "the identity {} has a line sealbox can't use (expected AGE-SECRET-KEY-1… or AGE-PLUGIN-…)",
                path.display()
            )));
        }
    }
    let mut plugin_names: Vec<String> = plugin_identities.iter().map(|i| i.plugin().to_string()).collect();
    plugin_names.sort();
    plugin_names.dedup();
    for name in plugin_names {
        let plugin = age::plugin::IdentityPluginV1::new(&name, &plugin_identities, PluginUi).map_err(|_| {
            Error::decrypt(format!("the identity {} needs age-plugin-{name}, which is not on PATH", path.display()))
                .with_hint(format!("install age-plugin-{name} somewhere on PATH"))
        })?;
        identities.push(Box::new(plugin));
    }
    if identities.is_empty() {
        return Err(Error::decrypt(format!("the identity {} holds no key", path.display())));
    }
    Ok(Identities { identities, public_keys: std::sync::OnceLock::new(), pending_keys: public_keys })
}

/// How an age plugin talks to the user: messages on stderr, PINs and questions on the
/// terminal (when there is one; without it the plugin's request fails).
#[derive(Clone)]
pub(super) struct PluginUi;

impl age::Callbacks for PluginUi {
    fn display_message(&self, message: &str) {
        eprintln!("{message}");
    }

    fn confirm(&self, message: &str, yes_string: &str, no_string: Option<&str>) -> Option<bool> {
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return None;
        }
        let choices = match no_string {
            Some(no) => format!("[{yes_string}/{no}]"),
            None => format!("[{yes_string}]"),
        };
        let answer = rpassword::prompt_password(format!("{message} {choices} (typed hidden): ")).ok()?;
        Some(answer.trim().eq_ignore_ascii_case(yes_string))
    }

    fn request_public_string(&self, description: &str) -> Option<String> {
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return None;
        }
        eprint!("{description} ");
        let mut line = String::new();
        std::io::stdin().read_line(&mut line).ok()?;
        Some(line.trim_end().to_string())
    }

    fn request_passphrase(&self, description: &str) -> Option<SecretString> {
        if !std::io::IsTerminal::is_terminal(&std::io::stdin()) {
            return None;
        }
        crate::terminal::prompt_hidden(&format!("{description} ")).ok().map(|p| SecretString::from(p.to_string()))
    }
}

fn load_ssh_identity(text: &str, path: &Path, interaction: &Interaction) -> Result<Identities, Error> {
    let identity = age::ssh::Identity::from_buffer(BufReader::new(text.as_bytes()), Some(path.display().to_string()))
        .map_err(|e| Error::decrypt(format!("the SSH key {} can't be read: {e}", path.display())))?;
    let (usable, public) = unlock_ssh(identity, path, || {
        identity_passphrase(interaction, &format!("unlock the SSH key {}", path.display()))
    })?;
    Ok(Identities::from_boxed(vec![usable], vec![public]))
}

/// A usable SSH identity and its `ssh-…` public key; `passphrase` is asked only when the
/// key is encrypted.
pub(super) fn unlock_ssh(
    identity: age::ssh::Identity,
    path: &Path,
    passphrase: impl FnOnce() -> Result<SecretString, Error>,
) -> Result<(Box<dyn age::Identity + Send + Sync>, String), Error> {
    let public = age::ssh::Recipient::try_from(identity.clone())
        .map_err(|e| Error::decrypt(format!("the SSH key {} is not supported: {e:?}", path.display())))?
        .to_string();
    let usable: Box<dyn age::Identity + Send + Sync> = match identity {
        age::ssh::Identity::Unencrypted(key) => Box::new(age::ssh::Identity::from(key)),
        age::ssh::Identity::Encrypted(key) => {
            let key = key.decrypt(passphrase()?).map_err(|_| {
                Error::decrypt("wrong passphrase for the SSH key")
                    .with_hint("try again, or check it with `ssh-keygen -y`")
            })?;
            Box::new(age::ssh::Identity::from(key))
        }
        age::ssh::Identity::Unsupported(_) => {
            return Err(Error::decrypt(format!("the SSH key {} is of a type age does not support", path.display()))
                .with_hint("use an ed25519 or RSA key, or an age identity (`sealbox init`)"));
        }
    };
    Ok((usable, public))
}

/// A new X25519 identity as the text of an identity file, and its public key.
pub fn generate_identity(created: &str) -> (Zeroizing<String>, String) {
    let id = age::x25519::Identity::generate();
    let public = id.to_public().to_string();
    let secret = id.to_string();
    let mut text =
        Zeroizing::new(String::with_capacity(created.len() + public.len() + secret.expose_secret().len() + 40));
    text.push_str(&format!("# created: {created}\n# public key: {public}\n"));
    text.push_str(secret.expose_secret());
    text.push('\n');
    (text, public)
}

/// Encrypt an identity file's text with a passphrase (armored age, so `age -d` opens it).
pub fn protect_identity(text: &str, passphrase: SecretString) -> Result<Vec<u8>, Error> {
    let mut recipient = age::scrypt::Recipient::new(passphrase);
    if let Some(log_n) = crate::terminal::test_scrypt_work_factor() {
        recipient.set_work_factor(log_n);
    }
    let encryptor = age::Encryptor::with_recipients(std::iter::once(&recipient as &dyn age::Recipient))
        .map_err(|e| Error::other(format!("can't encrypt the identity: {e}")))?;
    let mut out = Vec::new();
    let armored = age::armor::ArmoredWriter::wrap_output(&mut out, age::armor::Format::AsciiArmor)
        .map_err(|e| Error::other(e.to_string()))?;
    let mut w = encryptor.wrap_output(armored).map_err(|e| Error::other(e.to_string()))?;
    w.write_all(text.as_bytes()).map_err(|e| Error::other(e.to_string()))?;
    w.finish()
        .and_then(|armor| armor.finish())
        .map_err(|e| Error::other(format!("can't encrypt the identity: {e}")))?;
    Ok(out)
}

/// The public key of the identity at `path`, for `init --identity`.
pub fn public_keys_of(path: &Path, interaction: &Interaction) -> Result<Vec<String>, Error> {
    Ok(load_identities(path, interaction)?.public_keys().clone())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plugin_identities_parse_and_name_the_missing_plugin() {
        let line = age::plugin::Identity::default_for_plugin("sealboxnosuch").unwrap().to_string();
        assert!(line.starts_with("AGE-PLUGIN-SEALBOXNOSUCH-1"), "{line}");
        let err = parse_age_identity_file(&format!("# a plugin\n{line}\n"), Path::new("/id")).err().unwrap();
        assert!(err.message.contains("needs age-plugin-sealboxnosuch"), "{}", err.message);
        assert_eq!(err.hint.as_deref(), Some("install age-plugin-sealboxnosuch somewhere on PATH"));
        let err = super::super::agent::AgentKeys::load(&line, None, Path::new("/id")).err().unwrap();
        assert!(err.message.contains("age-plugin-sealboxnosuch"), "{}", err.message);
    }

    #[test]
    fn identity_kinds_are_told_apart() {
        assert_eq!(kind_of("age-encryption.org/v1\n"), IdentityKind::AgeProtected);
        assert_eq!(kind_of("-----BEGIN AGE ENCRYPTED FILE-----\n"), IdentityKind::AgeProtected);
        assert_eq!(kind_of("-----BEGIN OPENSSH PRIVATE KEY-----\n"), IdentityKind::Ssh);
        assert_eq!(kind_of("# created\nAGE-SECRET-KEY-1X\n"), IdentityKind::Age);
    }
}
