//! The vault's age streams: encrypting to the recipients, decrypting with the identities,
//! and the plaintext length a file's size implies.

use std::io::{BufRead, Write};
use std::path::Path;

use super::recipient::parse_recipient;
use super::{DecryptingReader, EncryptingWriter, Identities, UNLOCK_HINT};
use crate::error::Error;

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
            "pass the right key with --identity, or ask someone who can open it to run `sealbox recipients add`; if this identity opened it before, its age header is damaged: restore it from a backup or a region",
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
