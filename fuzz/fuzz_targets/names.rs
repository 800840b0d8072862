//! Secret names, prefixes, labels, tokens and tags: validation never panics, accepts exactly
//! the documented alphabet and lengths, and error messages never carry raw control characters.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sealbox::vault::names;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    let name_ok = names::validate_name(text).is_ok();
    let expected = (1..=names::MAX_NAME_LEN).contains(&text.len()) && text.chars().all(names::is_name_char);
    assert_eq!(name_ok, expected, "validate_name disagrees with the documented rule");
    if name_ok {
        assert!(names::validate_prefix(text).is_ok());
    }
    let _ = names::validate_label(text);
    let _ = names::validate_token(text);
    if let Ok((k, v)) = names::parse_tag(text) {
        assert_eq!(format!("{k}={v}"), text);
    }
    for err in [names::validate_name(text).err(), names::validate_label(text).err(), names::parse_tag(text).err()]
        .into_iter()
        .flatten()
    {
        assert!(!err.message.chars().any(char::is_control), "raw control character in {:?}", err.message);
    }
    let shown = names::printable(text);
    assert!(!shown.chars().any(char::is_control));
});
