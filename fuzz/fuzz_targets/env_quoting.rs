//! `env --format shell` and `--format dotenv` quoting: any value (without NUL) comes back
//! byte for byte — through a model of POSIX single quotes for the shell line, and through
//! sealbox's own dotenv reader (what `import --format dotenv` uses) for the dotenv line.
//! The dotenv reader never panics on any text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sealbox::envvars;

/// What `sh` makes of `'…'` words joined with `\'`: the quoting rules POSIX gives them.
fn unquote_shell(word: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < word.len() {
        match word[i] {
            b'\'' => {
                let end = i + 1 + word[i + 1..].iter().position(|&b| b == b'\'')?;
                out.extend_from_slice(&word[i + 1..end]);
                i = end + 1;
            }
            b'\\' => {
                out.push(*word.get(i + 1)?);
                i += 2;
            }
            _ => return None,
        }
    }
    Some(out)
}

fuzz_target!(|data: &[u8]| {
    if !data.contains(&0) {
        let line = envvars::shell_line("VAR", data);
        let word = line.strip_prefix(b"export VAR=").and_then(|l| l.strip_suffix(b"\n")).expect("line shape");
        assert_eq!(unquote_shell(word).as_deref(), Some(data), "shell quoting lost bytes");
    }
    if let Ok(text) = std::str::from_utf8(data) {
        let _ = envvars::parse_dotenv(text);
        if !text.contains('\0') {
            let line = envvars::dotenv_line("VAR", text.as_bytes());
            let line = String::from_utf8(line).expect("dotenv line of UTF-8 is UTF-8");
            let parsed = envvars::parse_dotenv(&line).unwrap_or_else(|e| panic!("{line:?}: {}", e.message));
            assert_eq!(parsed, vec![("VAR".to_string(), text.to_string())], "dotenv line {line:?}");
        }
    }
});
