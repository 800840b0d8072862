//! The region helper protocol (docs/region-protocol.md): what `sealbox` and
//! `sealbox-region-aws` say to each other over the helper's stdin and stdout, one JSON
//! object per line, and the zeroizing line reader and writer both sides use.
//!
//! Secret values cross this pipe (a push's versions, a pull's values), so no buffer that
//! held a line is freed without being zeroed: lines are serialized into an allocation of
//! exactly their size, and read into a buffer that grows by copying into a new zeroizing
//! allocation. Both ends use their descriptors unbuffered (no `BufReader`/`LineWriter`
//! keeps a copy).

use std::collections::BTreeMap;
use std::io::{self, Read, Write};

use serde::{Deserialize, Serialize};
use zeroize::Zeroizing;

use super::RemoteSecret;
use crate::vault::Secret;
use crate::vault::model::{Deletion, Version};

/// The protocol version this build speaks; the `hello` exchange checks both sides agree.
pub const PROTOCOL: u32 = 1;

/// The longest line either side accepts (a `list` of many secrets, or a pull of 100 versions
/// of 64 KiB values, is well below).
pub const MAX_LINE: usize = 256 << 20;

/// What sealbox asks. Externally tagged (`{"describe":{"name":"x"}}`), so a request holding
/// values deserializes straight into its zeroizing fields, never through a buffered copy.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case", deny_unknown_fields)]
pub enum Request {
    /// The first request: the protocol sealbox speaks. The helper answers with its own.
    Hello { protocol: u32 },
    /// Build the client for one AWS region (before any call below).
    Connect {
        aws_region: String,
        #[serde(default)]
        profile: Option<String>,
        #[serde(default)]
        endpoint_url: Option<String>,
    },
    /// DescribeSecret; answers a [`RemoteSecret`] or null when there is none.
    Describe { name: String },
    /// ListSecrets (all pages, planned deletions included) of names starting with `prefix`.
    List { prefix: String },
    /// Every labelled version of `name`, with its value, oldest first.
    FetchVersions { name: String },
    /// Make the AWS secret `name` hold `secret` (the caller checked ownership).
    Push {
        name: String,
        secret: PushSecret,
        /// What describe found (boxed: the other requests are small).
        #[serde(default)]
        existing: Option<Box<RemoteSecret>>,
        tags: BTreeMap<String, String>,
    },
    /// DeleteSecret with ForceDeleteWithoutRecovery.
    ForceDelete { name: String },
}

impl Request {
    /// The request's name in messages (`describe`, `push`, …).
    pub fn op(&self) -> &'static str {
        match self {
            Request::Hello { .. } => "hello",
            Request::Connect { .. } => "connect",
            Request::Describe { .. } => "describe",
            Request::List { .. } => "list",
            Request::FetchVersions { .. } => "fetch_versions",
            Request::Push { .. } => "push",
            Request::ForceDelete { .. } => "force_delete",
        }
    }
}

/// The helper's answer to one request: `{"ok": …}` or `{"error": "AWS's text"}`.
#[derive(Debug, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Reply<T> {
    Ok(T),
    Error(String),
}

/// The answer to `hello`.
#[derive(Debug, Serialize, Deserialize)]
pub struct Hello {
    pub protocol: u32,
    /// The helper's name and version, for messages (`sealbox-region-aws 0.1.0`).
    #[serde(default)]
    pub helper: Option<String>,
}

/// What a push needs of a secret: its labelled versions (with values), description and
/// deletion state. Deprecated versions never leave the vault.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PushSecret {
    #[serde(default)]
    pub description: Option<String>,
    #[serde(default)]
    pub deletion: Option<Deletion>,
    pub versions: Vec<Version>,
}

impl PushSecret {
    pub fn of(secret: &Secret) -> PushSecret {
        PushSecret {
            description: secret.description.clone(),
            deletion: secret.deletion.clone(),
            versions: secret.versions.iter().filter(|v| !v.is_deprecated()).cloned().collect(),
        }
    }

    /// The version that carries `label`.
    pub fn labelled(&self, label: &str) -> Option<&Version> {
        self.versions.iter().find(|v| v.has(label))
    }

    pub fn is_scheduled_for_deletion(&self) -> bool {
        self.deletion.is_some()
    }
}

/// Counts what serde_json writes, so the real line is written into one allocation of the
/// right size (a growing `Vec` would leave copies of the values behind in freed memory).
struct Counter(usize);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

/// `value` as one JSON line (newline included), in a zeroizing buffer.
pub fn to_line<T: Serialize>(value: &T) -> Result<Zeroizing<Vec<u8>>, serde_json::Error> {
    let mut counter = Counter(0);
    serde_json::to_writer(&mut counter, value)?;
    let mut line = Zeroizing::new(Vec::with_capacity(counter.0 + 1));
    serde_json::to_writer(&mut *line, value)?;
    line.push(b'\n');
    Ok(line)
}

/// A serde_json error without its text: the text may quote the input ("invalid type:
/// string \"…\""), and the input may be a secret value.
pub fn describe_json_error(e: &serde_json::Error) -> String {
    let what = match e.classify() {
        serde_json::error::Category::Io => "an I/O error",
        serde_json::error::Category::Syntax => "invalid JSON",
        serde_json::error::Category::Data => "JSON of an unexpected shape",
        serde_json::error::Category::Eof => "truncated JSON",
    };
    format!("{what} at line {} column {}", e.line(), e.column())
}

/// Reads newline-terminated lines from an unbuffered descriptor into zeroizing buffers.
pub struct LineReader<R> {
    inner: R,
    /// Bytes read and not yet returned; zeroed over its whole capacity on drop.
    pending: Zeroizing<Vec<u8>>,
}

impl<R: Read> LineReader<R> {
    pub fn new(inner: R) -> LineReader<R> {
        LineReader { inner, pending: Zeroizing::new(Vec::new()) }
    }

    /// The next line without its newline; `None` at end of input. Input that ends inside a
    /// line is an `UnexpectedEof` error; a line over [`MAX_LINE`] is `InvalidData`.
    pub fn read_line(&mut self) -> io::Result<Option<Zeroizing<Vec<u8>>>> {
        let mut searched = 0;
        loop {
            if let Some(i) = self.pending[searched..].iter().position(|&b| b == b'\n') {
                let end = searched + i;
                let line = Zeroizing::new(self.pending[..end].to_vec());
                // Shifts the rest down inside the same allocation (zeroed on drop).
                self.pending.drain(..=end);
                return Ok(Some(line));
            }
            searched = self.pending.len();
            if searched > MAX_LINE {
                return Err(io::Error::new(io::ErrorKind::InvalidData, "a line longer than 256 MiB"));
            }
            if self.pending.len() == self.pending.capacity() {
                let mut grown = Zeroizing::new(Vec::with_capacity((self.pending.capacity() * 2).max(16 << 10)));
                grown.extend_from_slice(&self.pending);
                self.pending = grown;
            }
            let len = self.pending.len();
            let capacity = self.pending.capacity();
            self.pending.resize(capacity, 0);
            let read = loop {
                match self.inner.read(&mut self.pending[len..]) {
                    Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
                    other => break other,
                }
            };
            self.pending.truncate(len + *read.as_ref().unwrap_or(&0));
            match read? {
                0 if self.pending.is_empty() => return Ok(None),
                0 => return Err(io::Error::new(io::ErrorKind::UnexpectedEof, "the input ended inside a line")),
                _ => {}
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::vault::model::SecretValue;

    /// Hands out its input a few bytes at a time, as a pipe may.
    struct Trickle<'a>(&'a [u8], usize);

    impl Read for Trickle<'_> {
        fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
            let n = self.0.len().min(self.1).min(buf.len());
            buf[..n].copy_from_slice(&self.0[..n]);
            self.0 = &self.0[n..];
            Ok(n)
        }
    }

    #[test]
    fn lines_come_back_whole_whatever_the_reads() {
        let long = "x".repeat(40_000);
        let input = format!("one\n\n{long}\nlast\n");
        for step in [1, 3, 4096, 1 << 20] {
            let mut r = LineReader::new(Trickle(input.as_bytes(), step));
            assert_eq!(r.read_line().unwrap().unwrap().as_slice(), b"one");
            assert_eq!(r.read_line().unwrap().unwrap().as_slice(), b"");
            assert_eq!(r.read_line().unwrap().unwrap().as_slice(), long.as_bytes());
            assert_eq!(r.read_line().unwrap().unwrap().as_slice(), b"last");
            assert!(r.read_line().unwrap().is_none());
        }
    }

    #[test]
    fn input_that_stops_inside_a_line_is_an_error() {
        let mut r = LineReader::new(Trickle(b"{\"ok\":", 2));
        assert_eq!(r.read_line().unwrap_err().kind(), io::ErrorKind::UnexpectedEof);
    }

    #[test]
    fn a_line_is_exactly_its_json_and_a_newline() {
        let line = to_line(&Request::Describe { name: "app/db".into() }).unwrap();
        assert_eq!(line.as_slice(), b"{\"describe\":{\"name\":\"app/db\"}}\n");
        assert_eq!(line.capacity(), line.len());
        let hello = to_line(&Request::Hello { protocol: PROTOCOL }).unwrap();
        assert_eq!(hello.as_slice(), b"{\"hello\":{\"protocol\":1}}\n");
    }

    #[test]
    fn a_push_round_trips_and_its_errors_never_quote_the_input() {
        let secret = PushSecret {
            description: None,
            deletion: None,
            versions: vec![Version {
                id: "v1".into(),
                created: jiff::Timestamp::from_second(1).unwrap(),
                stages: vec!["AWSCURRENT".into()],
                value: SecretValue::text("hunter2"),
            }],
        };
        let request = Request::Push { name: "x".into(), secret, existing: None, tags: BTreeMap::new() };
        let line = to_line(&request).unwrap();
        let back: Request = serde_json::from_slice(&line).unwrap();
        let Request::Push { secret, .. } = back else { panic!("not a push") };
        assert_eq!(secret.labelled("AWSCURRENT").unwrap().value, SecretValue::text("hunter2"));
        assert!(!format!("{secret:?}").contains("hunter2"));
        // A value where a number belongs: serde's text would quote it, ours does not.
        let err = serde_json::from_slice::<Request>(b"{\"hello\":{\"protocol\":\"hunter2\"}}").unwrap_err();
        assert!(err.to_string().contains("hunter2"), "{err}");
        assert_eq!(describe_json_error(&err), "JSON of an unexpected shape at line 1 column 30");
    }

    #[test]
    fn replies_are_ok_or_error() {
        let ok: Reply<Option<RemoteSecret>> = serde_json::from_str("{\"ok\":null}").unwrap();
        assert!(matches!(ok, Reply::Ok(None)));
        let err: Reply<()> = serde_json::from_str("{\"error\":\"AccessDenied: no\"}").unwrap();
        assert!(matches!(err, Reply::Error(m) if m == "AccessDenied: no"));
        let hello: Reply<Hello> = serde_json::from_str("{\"ok\":{\"protocol\":2,\"later\":true}}").unwrap();
        assert!(matches!(hello, Reply::Ok(Hello { protocol: 2, helper: None })));
    }
}
