//! config.toml: any text parses to a config or an error; a parsed config prints as TOML that
//! parses back to the same config.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sealbox::config::Config;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(config) = Config::parse(text) {
        if let Ok(toml) = config.to_toml() {
            let again = Config::parse(&toml).unwrap_or_else(|e| panic!("printed config does not parse: {}", e.message));
            assert_eq!(again, config);
        }
    }
});
