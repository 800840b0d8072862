//! Secret references (`NAME#field@LABEL`), `VAR=REF` assignments and `{{ sealbox://REF }}`
//! templates: never a panic; a parsed reference prints back to text that parses to it.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sealbox::reference::{self, Reference};

fuzz_target!(|data: &[u8]| {
    if let Ok(found) = reference::placeholders(data) {
        for p in found {
            assert!(p.range.start < p.range.end && p.range.end <= data.len());
            let _ = Reference::parse(&p.reference);
        }
    }
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(r) = Reference::parse(text) {
        assert!(sealbox::vault::names::validate_name(&r.name).is_ok());
        let again = Reference::parse(&r.to_string()).unwrap_or_else(|e| panic!("{r} does not parse: {}", e.message));
        assert_eq!(again, r);
    }
    let _ = reference::parse_env_assignment(text);
    let _ = reference::validate_var_name(text);
});
