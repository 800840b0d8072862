//! Secrets as environment variables: naming (`app/dev/db-password` → `DB_PASSWORD`), and
//! the three output dialects of `sealbox env` (POSIX shell, dotenv, JSON), plus the dotenv
//! reader `import --format dotenv` uses. Pure functions.
//!
//! Shell: `export NAME='value'`, the value single-quoted with each `'` written as `'\''`.
//! Inside single quotes a POSIX shell gives every byte (newlines, `$`, backticks, `"`, `\`)
//! its literal meaning, so `eval "$(sealbox env ...)"` is safe for any value without NUL.
//!
//! dotenv, docker compose's dialect (`env_file`, `--env-file`): a value without `'` and `\`
//! is written single-quoted (`KEY='a $b "c"'`: taken literally, newlines included, no
//! interpolation); any other value is double-quoted with the escapes `\\`, `\"`, `\n`, `\r`
//! and `\$` (so `${X}` is never interpolated). A tab stays a literal tab (readers disagree
//! on `\t`). python-dotenv reads the same with `interpolate=False`, except `\$`.

use std::io::Write;

use crate::error::Error;

/// The variable name for a secret found under `prefix`: the rest of its name, uppercased,
/// each character that is not an ASCII letter or digit replaced by `_`, leading `_` dropped
/// (so `--prefix app/dev` works like `app/dev/`); a leading digit
/// gets a `_` in front (`1key` → `_1KEY`) so the name stays valid for a shell.
pub fn var_name_for(rest: &str) -> Option<String> {
    if rest.is_empty() {
        return None;
    }
    let mapped: String =
        rest.chars().map(|c| if c.is_ascii_alphanumeric() { c.to_ascii_uppercase() } else { '_' }).collect();
    // `--prefix app/dev` (no trailing slash) still gives DB_PASSWORD, not _DB_PASSWORD.
    let mut out = mapped.trim_start_matches('_').to_string();
    if out.is_empty() {
        return None;
    }
    if out.starts_with(|c: char| c.is_ascii_digit()) {
        out.insert(0, '_');
    }
    Some(out)
}

/// Variables that change what a program loads, runs or trusts. A name mapped from a secret
/// name (`exec --prefix`, `env PREFIX`) never sets one: whoever may create `app/ci/path`
/// would otherwise pick the program `exec` runs. An explicit `--env NAME=REF` still may.
pub const DENIED_VARIABLES: &[&str] = &[
    "PATH",
    "IFS",
    "ENV",
    "BASH_ENV",
    "BASHOPTS",
    "SHELLOPTS",
    "PROMPT_COMMAND",
    "PS1",
    "PS2",
    "PS4",
    "CDPATH",
    "HOME",
    "SHELL",
    "TMPDIR",
    "ZDOTDIR",
    "GCONV_PATH",
    "LOCPATH",
    "NLSPATH",
    "HOSTALIASES",
    "RESOLV_HOST_CONF",
    "MALLOC_CONF",
    "PYTHONPATH",
    "PYTHONSTARTUP",
    "PYTHONHOME",
    "PYTHONINSPECT",
    "PERL5OPT",
    "PERL5LIB",
    "PERLLIB",
    "NODE_OPTIONS",
    "NODE_PATH",
    "RUBYOPT",
    "RUBYLIB",
    "JAVA_TOOL_OPTIONS",
    "_JAVA_OPTIONS",
    "GIT_SSH",
    "GIT_SSH_COMMAND",
    "GIT_EXEC_PATH",
    "GIT_CONFIG_GLOBAL",
    "SSH_AUTH_SOCK",
    "EDITOR",
    "VISUAL",
    "PAGER",
    "LESSOPEN",
    "LESSCLOSE",
    "BROWSER",
];

/// Prefixes of variable families denied the same way: the dynamic loaders' (`LD_PRELOAD`,
/// `DYLD_INSERT_LIBRARIES`), bash's exported functions, and sealbox's own settings.
pub const DENIED_VARIABLE_PREFIXES: &[&str] = &["LD_", "DYLD_", "BASH_FUNC_", "SEALBOX_"];

/// Whether a variable name derived from a secret name must not be set (see
/// [`DENIED_VARIABLES`]).
pub fn is_denied_variable(var: &str) -> bool {
    DENIED_VARIABLES.contains(&var) || DENIED_VARIABLE_PREFIXES.iter().any(|p| var.starts_with(p))
}

/// Refuse a value an environment variable can't carry.
pub fn check_no_nul(var: &str, source: &str, value: &[u8]) -> Result<(), Error> {
    if value.contains(&0) {
        return Err(Error::usage(format!(
            "the value of {source} contains a NUL byte, which an environment variable can't hold (variable {var})"
        ))
        .with_hint("read it with `sealbox get` instead, or store it base64-encoded"));
    }
    Ok(())
}

/// `'…'` for a POSIX shell: any byte but NUL survives `eval`.
pub fn shell_quote(value: &[u8]) -> Vec<u8> {
    let mut out = Vec::with_capacity(value.len() + 2);
    let _ = write_shell_quoted(&mut out, value);
    out
}

fn write_shell_quoted(out: &mut (impl Write + ?Sized), value: &[u8]) -> std::io::Result<()> {
    out.write_all(b"'")?;
    for &b in value {
        if b == b'\'' {
            out.write_all(b"'\\''")?;
        } else {
            out.write_all(&[b])?;
        }
    }
    out.write_all(b"'")
}

/// Write one `export NAME='value'` line straight into `out` (no intermediate buffer), so
/// `sealbox env` can size its one plaintext buffer first.
pub fn write_shell_line(out: &mut (impl Write + ?Sized), var: &str, value: &[u8]) -> std::io::Result<()> {
    write!(out, "export {var}=")?;
    write_shell_quoted(out, value)?;
    out.write_all(b"\n")
}

/// One `export NAME='value'` line as bytes (see [`write_shell_line`]).
pub fn shell_line(var: &str, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = write_shell_line(&mut out, var, value);
    out
}

/// One dotenv line as bytes (see [`write_dotenv_line`]).
pub fn dotenv_line(var: &str, value: &[u8]) -> Vec<u8> {
    let mut out = Vec::new();
    let _ = write_dotenv_line(&mut out, var, value);
    out
}

/// Write one `NAME=...` dotenv line (see the module docs for the dialect).
pub fn write_dotenv_line(out: &mut (impl Write + ?Sized), var: &str, value: &[u8]) -> std::io::Result<()> {
    write!(out, "{var}=")?;
    if !value.contains(&b'\'') && !value.contains(&b'\\') {
        out.write_all(b"'")?;
        out.write_all(value)?;
        out.write_all(b"'")?;
    } else {
        out.write_all(b"\"")?;
        for &b in value {
            match b {
                b'\\' => out.write_all(b"\\\\")?,
                b'"' => out.write_all(b"\\\"")?,
                b'\n' => out.write_all(b"\\n")?,
                b'\r' => out.write_all(b"\\r")?,
                b'$' => out.write_all(b"\\$")?,
                _ => out.write_all(&[b])?,
            }
        }
        out.write_all(b"\"")?;
    }
    out.write_all(b"\n")
}

/// Parse a dotenv file: `KEY=value` lines, optional `export `, `#` comments, blank lines;
/// values unquoted (trimmed, a ` #` starts a comment), single-quoted (literal, may span
/// lines) or double-quoted (the escapes above, may span lines). Returns pairs in file order.
pub fn parse_dotenv(text: &str) -> Result<Vec<(String, String)>, Error> {
    let mut out = Vec::new();
    let mut pos = 0usize;
    let mut line_no = 0usize;
    while pos < text.len() {
        line_no += 1;
        let line_end = text[pos..].find('\n').map_or(text.len(), |i| pos + i);
        let line = &text[pos..line_end];
        let trimmed = line.trim_start();
        if trimmed.is_empty() || trimmed.starts_with('#') {
            pos = line_end + 1;
            continue;
        }
        let bad = |why: &str| Error::usage(format!("dotenv line {line_no}: {why}"));
        let mut p = pos + (line.len() - trimmed.len());
        if text[p..line_end].starts_with("export ") {
            p += "export ".len();
        }
        let eq = text[p..line_end].find('=').map(|i| p + i).ok_or_else(|| bad("expected KEY=value"))?;
        let key = text[p..eq].trim();
        crate::reference::validate_var_name(key).map_err(|_| bad(&format!("invalid key {key:?}")))?;
        p = eq + 1;
        while text[p..line_end].starts_with([' ', '\t']) {
            p += 1;
        }
        let value = match text[p..].chars().next() {
            Some(q @ ('\'' | '"')) => {
                let (value, used) = quoted(&text[p + 1..], q).ok_or_else(|| bad("the quoted value is not closed"))?;
                let value_end = p + 1 + used;
                line_no += text[p..value_end].matches('\n').count();
                pos = text[value_end..].find('\n').map_or(text.len(), |i| value_end + i) + 1;
                value
            }
            _ => {
                let raw = &text[p..line_end];
                let raw = match raw.find(" #").or_else(|| raw.find("\t#")) {
                    Some(i) => &raw[..i],
                    None => raw,
                };
                pos = line_end + 1;
                raw.trim_end().to_string()
            }
        };
        out.push((key.to_string(), value));
    }
    Ok(out)
}

/// The value of a quoted string starting after its opening quote, and how many bytes were
/// used including the closing quote.
fn quoted(s: &str, quote: char) -> Option<(String, usize)> {
    let mut out = String::new();
    let mut chars = s.char_indices();
    while let Some((i, c)) = chars.next() {
        if c == quote {
            return Some((out, i + 1));
        }
        if c == '\\' && quote == '"' {
            let (_, e) = chars.next()?;
            match e {
                'n' => out.push('\n'),
                'r' => out.push('\r'),
                't' => out.push('\t'),
                other @ ('\\' | '"' | '$' | '\'') => out.push(other),
                other => {
                    out.push('\\');
                    out.push(other);
                }
            }
        } else {
            out.push(c);
        }
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert_eq!(var_name_for("db-password").as_deref(), Some("DB_PASSWORD"));
        assert_eq!(var_name_for("api/key.v2").as_deref(), Some("API_KEY_V2"));
        assert_eq!(var_name_for("1key").as_deref(), Some("_1KEY"));
        assert_eq!(var_name_for("a@b+c=d").as_deref(), Some("A_B_C_D"));
        assert_eq!(var_name_for(""), None);
        assert_eq!(var_name_for("/db-password").as_deref(), Some("DB_PASSWORD"));
        assert_eq!(var_name_for("-/1x").as_deref(), Some("_1X"));
        assert_eq!(var_name_for("/-"), None);
    }

    #[test]
    fn dangerous_variables_are_denied() {
        for v in ["PATH", "LD_PRELOAD", "LD_LIBRARY_PATH", "DYLD_INSERT_LIBRARIES", "IFS", "BASH_ENV", "HOME"] {
            assert!(is_denied_variable(v), "{v}");
        }
        for v in ["DB_PASSWORD", "PATHS", "MY_PATH", "TOKEN", "_LD_X"] {
            assert!(!is_denied_variable(v), "{v}");
        }
        // What a secret named `app/ld-preload` maps to is denied.
        assert!(var_name_for("ld-preload").is_some_and(|v| is_denied_variable(&v)));
    }

    #[test]
    fn shell_quoting() {
        assert_eq!(shell_quote(b"plain"), b"'plain'");
        assert_eq!(shell_quote(b"it's"), b"'it'\\''s'");
        assert_eq!(shell_quote(b"$(rm -rf /) `x` \"q\"\n"), b"'$(rm -rf /) `x` \"q\"\n'");
        let mut line = Vec::new();
        write_shell_line(&mut line, "A", b"''").unwrap();
        assert_eq!(line, b"export A=''\\'''\\'''\n");
    }

    #[test]
    fn dotenv_round_trip() {
        let values = [
            "plain",
            "with space",
            "it's",
            "back\\slash",
            "a \"quoted\" $HOME ${X} $(id) `id`",
            "multi\nline\r\nvalue",
            "tab\there '\"' \\n literal",
            "#not a comment",
            "ünïcödé ✓",
        ];
        let mut file = Vec::new();
        for (i, v) in values.iter().enumerate() {
            write_dotenv_line(&mut file, &format!("K{i}"), v.as_bytes()).unwrap();
        }
        let text = String::from_utf8(file).unwrap();
        let parsed = parse_dotenv(&text).unwrap();
        assert_eq!(parsed.len(), values.len(), "{text}");
        for (i, v) in values.iter().enumerate() {
            assert_eq!(parsed[i], (format!("K{i}"), v.to_string()), "{text}");
        }
    }

    #[test]
    fn dotenv_forms() {
        let text =
            "# comment\n\nexport A=1\nB = two words # comment\nC='x # y'\nD=\"l1\nl2\"\nE=\nF=\"a\\nb\" # c\nG=x#y\n";
        let parsed = parse_dotenv(text).unwrap();
        let want =
            [("A", "1"), ("B", "two words"), ("C", "x # y"), ("D", "l1\nl2"), ("E", ""), ("F", "a\nb"), ("G", "x#y")];
        let got: Vec<(&str, &str)> = parsed.iter().map(|(k, v)| (k.as_str(), v.as_str())).collect();
        assert_eq!(got, want);
        assert!(parse_dotenv("A='open\n").is_err());
        assert!(parse_dotenv("no equals\n").is_err());
        assert!(parse_dotenv("1A=x\n").is_err());
    }
}
