//! The agent's wire protocol, version [`PROTOCOL_VERSION`]: frames of a 4-byte big-endian
//! length and a JSON object `{"v":1,"op":…}`; the answer is one frame `{"v":1,"result":…}`.

use std::io::{Read, Write};
use std::os::unix::net::UnixStream;

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

pub const PROTOCOL_VERSION: u32 = 1;
/// The largest frame either side accepts.
const MAX_FRAME: u32 = 1024 * 1024;

/// One recipient stanza of an age header, as sent over the socket.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WireStanza {
    pub tag: String,
    pub args: Vec<String>,
    /// base64 (standard, padded)
    pub body: String,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Request {
    /// What is loaded (all identities, or only `identity`).
    Status {
        #[serde(default, skip_serializing_if = "Option::is_none")]
        identity: Option<String>,
    },
    /// Load an identity file's unlocked text (and, for an encrypted SSH key, its passphrase).
    Load {
        identity: String,
        text: Zeroizing<String>,
        #[serde(default, skip_serializing_if = "Option::is_none")]
        passphrase: Option<Zeroizing<String>>,
        ttl_secs: u64,
        /// 0: no idle timeout.
        idle_secs: u64,
    },
    /// Unwrap the file key of one age header with the identity loaded from `identity`.
    Unwrap { identity: String, stanzas: Vec<WireStanza> },
    /// Wipe everything and exit.
    Lock,
}

#[derive(Debug, Clone, Serialize, Deserialize, PartialEq)]
pub struct EntryStatus {
    pub identity: String,
    pub public_keys: Vec<String>,
    /// Unix seconds.
    pub loaded_at: u64,
    pub expires_at: u64,
    pub idle_secs: u64,
    /// When the idle timeout locks it if it is not used before (Unix seconds).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub idle_expires_at: Option<u64>,
}

#[derive(Serialize, Deserialize)]
#[serde(tag = "result", rename_all = "snake_case")]
pub enum Response {
    Status {
        pid: u32,
        entries: Vec<EntryStatus>,
    },
    Loaded {
        entry: EntryStatus,
    },
    Locked {
        wiped: usize,
    },
    /// base64 of the 16-byte file key.
    FileKey {
        file_key: Zeroizing<String>,
    },
    /// None of the stanzas is for this identity.
    NoMatch,
    /// The identity is not (or no longer) loaded.
    NotLoaded,
    /// A stanza was for this identity but did not decrypt, or the request was bad.
    Failed {
        message: String,
    },
}

#[derive(Serialize, Deserialize)]
struct Envelope<T> {
    v: u32,
    #[serde(flatten)]
    body: T,
}

pub(super) fn write_frame<T: Serialize>(stream: &mut UnixStream, body: T) -> std::io::Result<()> {
    let bytes =
        Zeroizing::new(serde_json::to_vec(&Envelope { v: PROTOCOL_VERSION, body }).map_err(std::io::Error::other)?);
    let len = u32::try_from(bytes.len()).map_err(std::io::Error::other)?;
    let mut frame = Zeroizing::new(Vec::with_capacity(bytes.len() + 4));
    frame.extend_from_slice(&len.to_be_bytes());
    frame.extend_from_slice(&bytes);
    stream.write_all(&frame)
}

/// Read one frame; `Ok(None)` at a clean end of stream.
pub(super) fn read_frame<T: serde::de::DeserializeOwned>(stream: &mut UnixStream) -> std::io::Result<Option<T>> {
    let mut len = [0u8; 4];
    match stream.read_exact(&mut len) {
        Ok(()) => {}
        Err(e) if e.kind() == std::io::ErrorKind::UnexpectedEof => return Ok(None),
        Err(e) => return Err(e),
    }
    let len = u32::from_be_bytes(len);
    if len > MAX_FRAME {
        return Err(std::io::Error::new(std::io::ErrorKind::InvalidData, "frame too large"));
    }
    let mut buf = Zeroizing::new(vec![0u8; len as usize]);
    stream.read_exact(&mut buf)?;
    let envelope: Envelope<T> =
        serde_json::from_slice(&buf).map_err(|e| std::io::Error::new(std::io::ErrorKind::InvalidData, e))?;
    if envelope.v != PROTOCOL_VERSION {
        return Err(std::io::Error::new(
            std::io::ErrorKind::InvalidData,
            format!("protocol version {} (this sealbox speaks {PROTOCOL_VERSION})", envelope.v),
        ));
    }
    Ok(Some(envelope.body))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn frames_round_trip_and_reject_other_versions() {
        let (mut a, mut b) = UnixStream::pair().unwrap();
        write_frame(&mut a, Request::Status { identity: Some("/x".into()) }).unwrap();
        match read_frame::<Request>(&mut b).unwrap() {
            Some(Request::Status { identity }) => assert_eq!(identity.as_deref(), Some("/x")),
            _ => panic!("wrong request"),
        }
        let body = br#"{"v":2,"op":"lock"}"#;
        a.write_all(&(body.len() as u32).to_be_bytes()).unwrap();
        a.write_all(body).unwrap();
        let err = read_frame::<Request>(&mut b).err().unwrap();
        assert!(err.to_string().contains("protocol version 2"), "{err}");
        a.write_all(&(MAX_FRAME + 1).to_be_bytes()).unwrap();
        assert!(read_frame::<Request>(&mut b).is_err());
        drop(a);
        assert!(read_frame::<Request>(&mut b).unwrap().is_none());
    }
}
