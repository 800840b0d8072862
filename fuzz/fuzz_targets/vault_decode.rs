//! The vault plaintext decoder, both ways a vault is read: `Document::decode` (whole file,
//! for writes) and `Reader::open` plus seeking lookups (for `get` and `list`). Any input
//! must give a value or an error, never a panic, a hang or a huge allocation; what decodes
//! must encode and decode again to the same secrets.
#![no_main]

use std::io::Cursor;

use libfuzzer_sys::fuzz_target;
use sealbox::vault::{Document, Reader};
use zeroize::Zeroizing;

/// The header's `end=` set to the input's real length, so a mutation inside the meta,
/// catalog or records reaches the code past the length check instead of stopping there.
fn with_true_length(data: &[u8]) -> Option<Vec<u8>> {
    let header = std::str::from_utf8(data.get(..128)?).ok()?;
    let at = header.find(" end=")? + 5;
    let mut fixed = data.to_vec();
    let digits = format!("{:020}", data.len());
    fixed.get_mut(at..at + 20)?.copy_from_slice(digits.as_bytes());
    Some(fixed)
}

fuzz_target!(|data: &[u8]| {
    check(data);
    if let Some(fixed) = with_true_length(data) {
        check(&fixed);
    }
});

fn check(data: &[u8]) {
    if let Ok(mut doc) = Document::decode(Zeroizing::new(data.to_vec())) {
        let names: Vec<String> = doc.names().map(str::to_string).collect();
        let secrets: Vec<_> = doc.secrets().collect();
        if secrets.iter().all(Result::is_ok) {
            // Force every record through the serializer, then read the result back.
            for name in &names {
                let _ = doc.get_mut(name);
            }
            if let Ok(bytes) = doc.encode() {
                let again = Document::decode(bytes).unwrap_or_else(|e| panic!("re-encoded vault fails: {}", e.message));
                let reparsed: Vec<_> = again.secrets().map(|s| s.ok()).collect();
                let before: Vec<_> = secrets.into_iter().map(|s| s.ok()).collect();
                assert_eq!(before, reparsed, "a round trip changed a secret");
            }
        }
    }
    if let Ok(mut reader) = Reader::open(Cursor::new(data), None) {
        if let Ok(found) = reader.scan("") {
            for at in found.iter().take(64) {
                let _ = reader.read_record(at);
                let _ = reader.read_secret(&at.entry.name.clone());
            }
        }
        for probe in ["", "a", "app/", "app/db/password", "zzzz", "\u{10ffff}"] {
            let _ = reader.read_secret(probe);
            let _ = reader.scan(probe);
        }
    }
}
