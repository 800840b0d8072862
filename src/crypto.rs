//! Everything that touches age: identities (X25519, passphrase-protected, OpenSSH, age
//! plugins), recipients, the encrypting/decrypting streams, and age's side of the unlock
//! agent (`crypto::agent`). No other module imports age.

pub mod agent;

use std::io::{BufRead, BufReader, Read, Write};
use std::path::Path;
use std::str::FromStr;

use age::secrecy::{ExposeSecret, SecretString};
use zeroize::Zeroizing;

use crate::error::Error;
use crate::terminal::Interaction;

/// The largest identity file sealbox reads.
const MAX_IDENTITY_BYTES: u64 = 1024 * 1024;
/// The highest scrypt work factor accepted for a passphrase-protected identity (about
/// 16 s here): a file that asks for more is refused rather than hanging the command.
const MAX_SCRYPT_LOG_N: u8 = 22;

pub type DecryptingReader<R> = age::stream::StreamReader<R>;
pub type EncryptingWriter<W> = age::stream::StreamWriter<W>;

/// Identities that can open a vault, and the public keys they correspond to.
pub struct Identities {
    identities: Vec<Box<dyn age::Identity + Send + Sync>>,
    /// `age1…` / `ssh-…` strings of the loaded identities, derived on first use: a `get`
    /// never needs them, and deriving an X25519 public key is a scalar multiplication.
    public_keys: std::cell::OnceCell<Vec<String>>,
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
            public_keys: std::cell::OnceCell::new(),
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

fn is_ssh_key(text: &str) -> bool {
    let trimmed = text.trim_start();
    trimmed.starts_with("-----BEGIN OPENSSH PRIVATE KEY-----") || trimmed.starts_with("-----BEGIN RSA PRIVATE KEY-----")
}

/// Load the identity file at `path`: an age identity file (plain or passphrase-protected)
/// or an OpenSSH ed25519/RSA private key (plain or encrypted). A passphrase comes from
/// `SEALBOX_PASSPHRASE_FD` or a prompt; without either the error hints at `sealbox unlock`.
pub fn load_identities(path: &Path, interaction: &Interaction) -> Result<Identities, Error> {
    check_identity_permissions(path)?;
    let text = read_capped(path)?;
    match kind_of(&text) {
        IdentityKind::AgeProtected => {
            let passphrase = identity_passphrase(interaction, &format!("unlock {}", path.display()))?;
            let inner = decrypt_identity_file(&text, passphrase)?;
            parse_age_identity_file(&inner, path)
        }
        IdentityKind::Ssh => load_ssh_identity(&text, path, interaction),
        IdentityKind::Age => parse_age_identity_file(&text, path),
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
    check_identity_permissions(path)?;
    let text = read_capped(path)?;
    let kind = kind_of(&text);
    match kind {
        IdentityKind::AgeProtected => {
            let passphrase = identity_passphrase(interaction, &format!("unlock {}", path.display()))?;
            let inner = decrypt_identity_file(&text, passphrase)?;
            let public_keys = parse_age_identity_file(&inner, path)?.public_keys().clone();
            Ok(UnlockMaterial { text: inner, passphrase: None, public_keys, kind })
        }
        IdentityKind::Age => {
            let public_keys = parse_age_identity_file(&text, path)?.public_keys().clone();
            Ok(UnlockMaterial { text, passphrase: None, public_keys, kind })
        }
        IdentityKind::Ssh => {
            let identity = age::ssh::Identity::from_buffer(BufReader::new(text.as_bytes()), None)
                .map_err(|e| Error::decrypt(format!("the SSH key {} can't be read: {e}", path.display())))?;
            let mut given = None;
            let (_, public) = unlock_ssh(identity, path, || {
                let p = identity_passphrase(interaction, &format!("unlock the SSH key {}", path.display()))?;
                given = Some(Zeroizing::new(p.expose_secret().to_string()));
                Ok(p)
            })?;
            Ok(UnlockMaterial { text, passphrase: given, public_keys: vec![public], kind })
        }
    }
}

/// The plaintext of an age identity file and whether it was passphrase-protected, for
/// `sealbox passwd`.
pub fn identity_plaintext(path: &Path, interaction: &Interaction) -> Result<(Zeroizing<String>, bool), Error> {
    check_identity_permissions(path)?;
    let text = read_capped(path)?;
    match kind_of(&text) {
        IdentityKind::AgeProtected => {
            let passphrase = identity_passphrase(interaction, &format!("unlock {}", path.display()))?;
            let inner = decrypt_identity_file(&text, passphrase)?;
            parse_age_identity_file(&inner, path)?;
            Ok((inner, true))
        }
        IdentityKind::Age => {
            parse_age_identity_file(&text, path)?;
            Ok((text, false))
        }
        IdentityKind::Ssh => Err(Error::usage(format!(
            "{} is an SSH key: change its passphrase with `ssh-keygen -p -f {}`",
            path.display(),
            path.display()
        ))),
    }
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

fn parse_age_identity_file(text: &str, path: &Path) -> Result<Identities, Error> {
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
    Ok(Identities { identities, public_keys: std::cell::OnceCell::new(), pending_keys: public_keys })
}

/// How an age plugin talks to the user: messages on stderr, PINs and questions on the
/// terminal (when there is one; without it the plugin's request fails).
#[derive(Clone)]
struct PluginUi;

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
fn unlock_ssh(
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

/// Check a recipient string: `age1…` X25519 or `ssh-ed25519`/`ssh-rsa` public key.
pub fn validate_recipient(s: &str) -> Result<String, Error> {
    parse_recipient(s).map(|_| s.trim().to_string())
}

/// The one spelling of a recipient, for comparing keys: `age1…` as lowercase bech32 (X25519
/// or plugin), SSH as `TYPE BASE64` without the comment or extra whitespace. Two strings are
/// the same recipient exactly when their canonical forms are equal.
pub fn canonical_recipient(s: &str) -> Result<String, Error> {
    let words: Vec<&str> = s.split_whitespace().collect();
    if words.first().is_some_and(|w| w.starts_with("ssh-")) {
        return age::ssh::Recipient::from_str(&words.join(" "))
            .map(|r| r.to_string())
            .map_err(|e| Error::usage(format!("invalid SSH recipient: {e:?}")));
    }
    let lower = s.trim().to_ascii_lowercase();
    if let Ok(r) = age::x25519::Recipient::from_str(&lower) {
        return Ok(r.to_string());
    }
    if age::plugin::Recipient::from_str(&lower).is_ok() {
        return Ok(lower);
    }
    parse_recipient(s).map(|_| lower)
}

fn parse_recipient(s: &str) -> Result<Box<dyn age::Recipient + Send>, Error> {
    let s = s.trim();
    if s.starts_with("age1") {
        let x25519 = age::x25519::Recipient::from_str(s);
        if let Ok(r) = x25519 {
            return Ok(Box::new(r));
        }
        // `age1<plugin>1…`: a plugin recipient (age-plugin-yubikey's age1yubikey1…).
        if let Ok(r) = age::plugin::Recipient::from_str(s) {
            let name = r.plugin().to_string();
            return age::plugin::RecipientPluginV1::new(&name, &[r], &[], PluginUi)
                .map(|p| Box::new(p) as Box<dyn age::Recipient + Send>)
                .map_err(|_| {
                    Error::usage(format!("the recipient {s} needs age-plugin-{name}, which is not on PATH"))
                        .with_hint(format!("install age-plugin-{name} somewhere on PATH"))
                });
        }
        return x25519
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
            .map_err(|e| Error::usage(format!("invalid age recipient {s}: {e}")));
    }
    if s.starts_with("ssh-") {
        return age::ssh::Recipient::from_str(s)
            .map(|r| Box::new(r) as Box<dyn age::Recipient + Send>)
            .map_err(|e| Error::usage(format!("invalid SSH recipient: {e:?}")));
    }
    Err(Error::usage(format!("invalid recipient {}: expected age1… or ssh-…", crate::vault::names::printable(s))))
}

/// Start an age stream to `recipients`; the caller writes plaintext and calls `finish`.
pub fn encrypt_to<W: Write>(recipients: &[String], output: W) -> Result<EncryptingWriter<W>, Error> {
    // A bad recipient stored in the vault is not the caller's usage error: exit 1.
    let parsed = recipients
        .iter()
        .map(|r| parse_recipient(r))
        .collect::<Result<Vec<_>, _>>()
        .map_err(|e| Error { kind: crate::error::ExitKind::Other, ..e })?;
    if parsed.is_empty() {
        return Err(Error::other("the vault has no recipients"));
    }
    let encryptor = age::Encryptor::with_recipients(parsed.iter().map(|r| r.as_ref() as &dyn age::Recipient))
        .map_err(|e| Error::other(format!("can't encrypt: {e}")))?;
    encryptor.wrap_output(output).map_err(|e| Error::other(format!("can't write the vault: {e}")))
}

/// The plaintext length that an age file of `file_len` bytes implies, from the file's first
/// bytes `head` (which must hold the whole header): size arithmetic instead of decrypting the
/// last chunk. None when the header isn't the binary v1 format or isn't all in `head`.
pub fn plaintext_len(head: &[u8], file_len: u64) -> Option<u64> {
    const CHUNK: u64 = 64 * 1024;
    const TAG: u64 = 16;
    const NONCE: u64 = 16;
    if !head.starts_with(b"age-encryption.org/v1\n") {
        return None;
    }
    let mac_line = head.windows(5).position(|w| w == b"\n--- ")? + 1;
    let end_of_header = mac_line + head[mac_line..].iter().position(|&b| b == b'\n')? + 1;
    let ciphertext = file_len.checked_sub(end_of_header as u64 + NONCE).filter(|&c| c > 0)?;
    let chunks = ciphertext.div_ceil(CHUNK + TAG);
    ciphertext.checked_sub(chunks * TAG)
}

/// Open an age stream with `identities`.
pub fn decrypt_from<R: BufRead>(input: R, identities: &Identities, what: &Path) -> Result<DecryptingReader<R>, Error> {
    let decryptor = age::Decryptor::new_buffered(input).map_err(|e| decrypt_error(e, what))?;
    decryptor
        .decrypt(identities.identities.iter().map(|i| i.as_ref() as &dyn age::Identity))
        .map_err(|e| decrypt_error(e, what))
}

fn decrypt_error(e: age::DecryptError, what: &Path) -> Error {
    match e {
        age::DecryptError::NoMatchingKeys => Error::decrypt(format!(
            "this identity can't open {}: it is not one of the vault's recipients",
            what.display()
        ))
        .with_hint(
            "pass the right key with --identity, or ask someone who can open it to run `sealbox recipients add`",
        ),
        age::DecryptError::Io(io) if io.kind() == std::io::ErrorKind::ConnectionAborted => {
            Error::decrypt(format!("can't decrypt {}: {io}", what.display())).with_hint(UNLOCK_HINT)
        }
        age::DecryptError::Io(io) if io.kind() == std::io::ErrorKind::UnexpectedEof => {
            Error::decrypt(format!("{} is cut short: it ends inside the age header", what.display()))
        }
        age::DecryptError::InvalidHeader | age::DecryptError::UnknownFormat => {
            Error::decrypt(format!("{} is not an age file, or its header is damaged", what.display()))
        }
        age::DecryptError::InvalidMac | age::DecryptError::DecryptionFailed => {
            Error::decrypt(format!("{} is corrupted: its header failed authentication", what.display()))
        }
        other => Error::decrypt(format!("can't decrypt {}: {other}", what.display())),
    }
}

/// True for an empty passphrase (refused by `passwd`: `--remove` says what it means).
pub fn passphrase_is_empty(passphrase: &SecretString) -> bool {
    passphrase.expose_secret().is_empty()
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
        let err = agent::AgentKeys::load(&line, None, Path::new("/id")).err().unwrap();
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

#[cfg(test)]
mod length_tests {
    use super::*;

    #[test]
    fn plaintext_length_from_the_file_size_matches_age() {
        let id = age::x25519::Identity::generate();
        let recipient = id.to_public().to_string();
        for len in [1usize, 100, 65_535, 65_536, 65_537, 131_072, 200_000] {
            let mut sealed = Vec::new();
            let mut w = encrypt_to(std::slice::from_ref(&recipient), &mut sealed).unwrap();
            w.write_all(&vec![7u8; len]).unwrap();
            w.finish().unwrap();
            assert_eq!(plaintext_len(&sealed, sealed.len() as u64), Some(len as u64), "len {len}");
            // A cut file implies another length, so the vault header's `end` won't match.
            assert_ne!(plaintext_len(&sealed, sealed.len() as u64 - 1), Some(len as u64));
            if sealed.len() > 65_552 {
                assert_ne!(plaintext_len(&sealed, sealed.len() as u64 - 65_552), Some(len as u64));
            }
        }
        assert_eq!(plaintext_len(b"-----BEGIN AGE ENCRYPTED FILE-----", 1000), None);
    }
}
