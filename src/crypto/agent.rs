//! age's side of the unlock agent (`crate::agent` owns the socket and the process).
//!
//! - Client: [`AgentIdentity`] implements `age::Identity` by sending the header's recipient
//!   stanzas to the agent and taking back the file key of that one file.
//! - Agent: [`AgentKeys`] holds an unlocked identity and unwraps stanzas with it. An age
//!   identity file's text sits in an mlocked (best effort), zeroized-on-drop buffer and is
//!   parsed per request (microseconds); an SSH key is kept parsed (age zeroizes it on drop,
//!   but its heap pages are not mlocked).

use std::io::BufReader;
use std::path::Path;
use std::sync::Mutex;

use age::secrecy::{ExposeSecret, SecretString};
use age_core::format::{FileKey, Stanza};
use base64::Engine as _;
use zeroize::{Zeroize, Zeroizing};

use super::Identities;
use crate::agent::client::Client;
use crate::agent::protocol::{Request, Response, WireStanza};
use crate::error::Error;

const B64: base64::engine::GeneralPurpose = base64::engine::general_purpose::STANDARD;

/// An identity that lives in the agent: unwrapping is a round trip over the socket.
pub struct AgentIdentity {
    client: Mutex<Client>,
    identity: String,
}

/// Identities backed by the agent's copy of `identity` (see `crate::agent::loaded`).
pub fn agent_identities(client: Client, identity: String, public_keys: Vec<String>) -> Identities {
    let id = AgentIdentity { client: Mutex::new(client), identity };
    Identities::from_boxed(vec![Box::new(id)], public_keys)
}

/// The error a command shows when the agent vanished between two requests.
fn agent_gone(message: impl Into<String>) -> age::DecryptError {
    age::DecryptError::Io(std::io::Error::new(std::io::ErrorKind::ConnectionAborted, message.into()))
}

impl age::Identity for AgentIdentity {
    fn unwrap_stanza(&self, stanza: &Stanza) -> Option<Result<FileKey, age::DecryptError>> {
        self.unwrap_stanzas(std::slice::from_ref(stanza))
    }

    fn unwrap_stanzas(&self, stanzas: &[Stanza]) -> Option<Result<FileKey, age::DecryptError>> {
        let wire = stanzas
            .iter()
            .map(|s| WireStanza { tag: s.tag.clone(), args: s.args.clone(), body: B64.encode(&s.body) })
            .collect();
        let mut client = match self.client.lock() {
            Ok(c) => c,
            Err(poisoned) => poisoned.into_inner(),
        };
        match client.request(Request::Unwrap { identity: self.identity.clone(), stanzas: wire }) {
            Ok(Response::FileKey { file_key }) => {
                let decoded = Zeroizing::new(B64.decode(file_key.as_bytes()).unwrap_or_default());
                if decoded.len() != 16 {
                    return Some(Err(agent_gone("the sealbox agent sent a malformed file key")));
                }
                Some(Ok(FileKey::init_with_mut(|k| k.copy_from_slice(&decoded))))
            }
            Ok(Response::NoMatch) => None,
            Ok(Response::NotLoaded) => {
                Some(Err(agent_gone("the sealbox agent no longer holds the identity (it expired or was locked)")))
            }
            Ok(Response::Failed { .. }) => Some(Err(age::DecryptError::DecryptionFailed)),
            Ok(_) => Some(Err(agent_gone("unexpected answer from the sealbox agent"))),
            Err(e) => Some(Err(agent_gone(format!("the sealbox agent stopped answering: {e}")))),
        }
    }
}

/// Bytes kept out of swap (best effort) and zeroized before they are freed.
struct LockedBytes {
    bytes: Zeroizing<Vec<u8>>,
    locked: bool,
}

impl LockedBytes {
    fn new(text: &str) -> LockedBytes {
        let mut bytes = Zeroizing::new(Vec::with_capacity(text.len()));
        bytes.extend_from_slice(text.as_bytes());
        let locked = crate::hardening::lock_memory(&bytes);
        LockedBytes { bytes, locked }
    }

    fn text(&self) -> &str {
        std::str::from_utf8(&self.bytes).unwrap_or_default()
    }
}

impl Drop for LockedBytes {
    fn drop(&mut self) {
        self.bytes.as_mut_slice().zeroize();
        if self.locked {
            crate::hardening::unlock_memory(&self.bytes);
        }
    }
}

enum Held {
    /// The unlocked text of an age identity file.
    AgeText(LockedBytes),
    /// A decrypted SSH key.
    Ssh(Box<dyn age::Identity + Send + Sync>),
}

/// An unlocked identity inside the agent. Dropping it wipes the key material.
pub struct AgentKeys {
    held: Held,
    pub public_keys: Vec<String>,
}

impl AgentKeys {
    /// Take an identity file's unlocked text (an age identity file's plaintext, or an
    /// OpenSSH key with its passphrase if it is encrypted).
    pub fn load(text: &str, passphrase: Option<&str>, path: &Path) -> Result<AgentKeys, Error> {
        if super::identity::is_ssh_key(text) {
            let identity = age::ssh::Identity::from_buffer(BufReader::new(text.as_bytes()), None)
                .map_err(|e| Error::decrypt(format!("the SSH key can't be read: {e}")))?;
            let (usable, public) = super::identity::unlock_ssh(identity, path, || {
                passphrase
                    .map(|p| SecretString::from(p.to_string()))
                    .ok_or_else(|| Error::decrypt("the SSH key is encrypted and no passphrase came with it"))
            })?;
            return Ok(AgentKeys { held: Held::Ssh(usable), public_keys: vec![public] });
        }
        let parsed = super::identity::parse_age_identity_file(text, path)?;
        if parsed.public_keys().iter().any(|k| k.starts_with(super::PLUGIN_KEY_PREFIX)) {
            return Err(Error::usage(
                "identities of age plugins can't be loaded into the agent: the plugin itself asks for a PIN or touch",
            ));
        }
        Ok(AgentKeys { held: Held::AgeText(LockedBytes::new(text)), public_keys: parsed.public_keys().clone() })
    }

    /// The file key (base64) for these stanzas, `Ok(None)` if none is ours, `Err` if one
    /// is ours but does not decrypt.
    pub fn unwrap(&self, stanzas: &[WireStanza]) -> Result<Option<Zeroizing<String>>, String> {
        let stanzas = stanzas
            .iter()
            .map(|s| {
                Ok(Stanza {
                    tag: s.tag.clone(),
                    args: s.args.clone(),
                    body: B64.decode(&s.body).map_err(|_| "a stanza body is not base64".to_string())?,
                })
            })
            .collect::<Result<Vec<_>, String>>()?;
        let outcome = match &self.held {
            Held::Ssh(identity) => identity.unwrap_stanzas(&stanzas),
            Held::AgeText(text) => {
                let parsed =
                    super::identity::parse_age_identity_file(text.text(), Path::new("agent")).map_err(|e| e.message)?;
                parsed.identities.iter().find_map(|id| id.unwrap_stanzas(&stanzas))
            }
        };
        match outcome {
            Some(Ok(file_key)) => Ok(Some(Zeroizing::new(B64.encode(file_key.expose_secret())))),
            Some(Err(e)) => Err(e.to_string()),
            None => Ok(None),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn agent_keys_unwrap_what_the_identity_can_and_nothing_else() {
        let (text, public) = super::super::generate_identity("test");
        let keys = AgentKeys::load(&text, None, Path::new("/id")).unwrap();
        assert_eq!(keys.public_keys, vec![public.clone()]);

        let mut file = Vec::new();
        let mut w = super::super::encrypt_to(std::slice::from_ref(&public), &mut file).unwrap();
        std::io::Write::write_all(&mut w, b"hello").unwrap();
        w.finish().unwrap();
        // The header's stanzas are not public on Decryptor: capture them through an
        // Identity that records what it is offered.
        struct Capture(std::sync::Mutex<Vec<WireStanza>>);
        impl age::Identity for Capture {
            fn unwrap_stanza(&self, s: &Stanza) -> Option<Result<FileKey, age::DecryptError>> {
                self.0.lock().unwrap().push(WireStanza {
                    tag: s.tag.clone(),
                    args: s.args.clone(),
                    body: B64.encode(&s.body),
                });
                None
            }
        }
        let capture = Capture(std::sync::Mutex::new(Vec::new()));
        let _ = age::Decryptor::new(&file[..]).unwrap().decrypt(std::iter::once(&capture as &dyn age::Identity));
        let stanzas = capture.0.into_inner().unwrap();
        assert!(stanzas.iter().any(|s| s.tag == "X25519"), "{stanzas:?}");
        assert!(keys.unwrap(&stanzas).unwrap().is_some());

        let (other, _) = super::super::generate_identity("test");
        let other = AgentKeys::load(&other, None, Path::new("/other")).unwrap();
        assert!(other.unwrap(&stanzas).unwrap().is_none());

        let mut broken = stanzas.clone();
        let ours = broken.iter().position(|s| s.tag == "X25519").unwrap();
        // X25519 can't tell a stanza for another key from a damaged one: no match.
        broken[ours].body = B64.encode([0u8; 32]);
        assert!(keys.unwrap(&broken).unwrap().is_none());
        broken[ours].body = B64.encode([0u8; 5]);
        assert!(keys.unwrap(&broken).is_err());
        broken[ours].body = "%%%".into();
        assert!(keys.unwrap(&broken).is_err());
    }
}
