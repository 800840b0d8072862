//! Secret references, the one syntax `exec --env`, `env --env` and `inject` share:
//!
//! ```text
//! REF = NAME [ "#" FIELD ] [ "@" LABEL ]
//! ```
//!
//! Names may themselves contain `@` (`/_+=.@-` are legal) but never `#`, so the rule is:
//!
//! 1. `#` can't appear in a name: everything before the first `#` (or the whole reference
//!    without one) is the name part, everything after it the field part.
//! 2. The LAST `@` of the reference starts a label suffix when what follows it is a label
//!    word: a letter, then letters, digits, `_` or `-` (`AWSCURRENT`, `AWSPREVIOUS`,
//!    `canary`, `blue-2`). Otherwise the `@` belongs to the name or field
//!    (`ops@example.com` is a name, since `example.com` has a dot).
//! 3. To reference a name (or field) that itself ends in `@word`, spell out the label:
//!    `team@prod@AWSCURRENT` is the secret `team@prod`; `team@prod` alone is `team` at the
//!    label `prod`.
//!
//! `inject` templates hold `{{ sealbox://REF }}` (spaces inside the braces optional).

use std::fmt;
use std::ops::Range;

use crate::error::Error;
use crate::vault::names;

/// A parsed reference: which secret, which JSON field of its value, which labelled version.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Reference {
    pub name: String,
    pub field: Option<String>,
    /// A staging label; `None` means AWSCURRENT.
    pub label: Option<String>,
}

/// A label word as the reference syntax recognises it after `@`.
pub fn is_label_word(s: &str) -> bool {
    let mut chars = s.chars();
    chars.next().is_some_and(|c| c.is_ascii_alphabetic())
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_' || c == '-')
}

impl Reference {
    pub fn parse(text: &str) -> Result<Reference, Error> {
        let invalid = |why: &str| {
            Error::usage(format!("invalid secret reference {}: {why}", names::printable(text)))
                .with_hint("a reference is NAME, NAME#field, NAME@LABEL or NAME#field@LABEL")
        };
        let (body, label) = match text.rsplit_once('@') {
            Some((before, after)) if is_label_word(after) && !before.is_empty() => (before, Some(after.to_string())),
            _ => (text, None),
        };
        let (name, field) = match body.split_once('#') {
            Some((name, field)) => {
                if field.is_empty() {
                    return Err(invalid("the field after `#` is empty"));
                }
                (name, Some(field.to_string()))
            }
            None => (body, None),
        };
        if name.is_empty() {
            return Err(invalid("the secret name is empty"));
        }
        names::validate_name(name).map_err(|e| invalid(&e.message))?;
        Ok(Reference { name: name.to_string(), field, label })
    }
}

impl fmt::Display for Reference {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.name)?;
        if let Some(field) = &self.field {
            write!(f, "#{field}")?;
        }
        if let Some(label) = &self.label {
            write!(f, "@{label}")?;
        }
        Ok(())
    }
}

/// `VAR=REF` of `--env`.
pub fn parse_env_assignment(arg: &str) -> Result<(String, Reference), Error> {
    let (var, reference) = arg.split_once('=').ok_or_else(|| {
        Error::usage(format!("--env {} is not VAR=REF", names::printable(arg)))
            .with_hint("e.g. --env DB_PASSWORD=app/db#password")
    })?;
    validate_var_name(var)?;
    Ok((var.to_string(), Reference::parse(reference)?))
}

/// An environment variable name a POSIX shell accepts: `[A-Za-z_][A-Za-z0-9_]*`.
pub fn validate_var_name(var: &str) -> Result<(), Error> {
    let mut chars = var.chars();
    let ok = chars.next().is_some_and(|c| c.is_ascii_alphabetic() || c == '_')
        && chars.all(|c| c.is_ascii_alphanumeric() || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid environment variable name {}", names::printable(var)))
            .with_hint("use letters, digits and _, not starting with a digit"))
    }
}

/// One `{{ sealbox://REF }}` in a template: its byte range and the reference text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Placeholder {
    pub range: Range<usize>,
    pub reference: String,
}

const SCHEME: &[u8] = b"sealbox://";

/// Every `{{ sealbox://REF }}` in `text`, in order. `{{` not followed by `sealbox://` is
/// left alone (other templating); a `{{ sealbox://` that is not closed by `}}` right after
/// the reference is an error, so a typo never passes through silently.
pub fn placeholders(text: &[u8]) -> Result<Vec<Placeholder>, Error> {
    let mut out = Vec::new();
    let mut pos = 0;
    while let Some(off) = find(&text[pos..], b"{{") {
        let start = pos + off;
        let mut i = start + 2;
        while i < text.len() && is_blank(text[i]) {
            i += 1;
        }
        if !text[i..].starts_with(SCHEME) {
            pos = start + 2;
            continue;
        }
        i += SCHEME.len();
        let ref_start = i;
        while i < text.len() && !is_blank(text[i]) && !text[i..].starts_with(b"}}") {
            i += 1;
        }
        let reference = String::from_utf8_lossy(&text[ref_start..i]).into_owned();
        while i < text.len() && is_blank(text[i]) {
            i += 1;
        }
        if !text[i..].starts_with(b"}}") {
            let line = text[..start].iter().filter(|&&b| b == b'\n').count() + 1;
            return Err(Error::usage(format!(
                "line {line}: the reference {{{{ sealbox://{} is not closed by }}}}",
                names::printable(&reference)
            )));
        }
        let end = i + 2;
        out.push(Placeholder { range: start..end, reference });
        pos = end;
    }
    Ok(out)
}

fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t'
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn r(name: &str, field: Option<&str>, label: Option<&str>) -> Reference {
        Reference { name: name.into(), field: field.map(Into::into), label: label.map(Into::into) }
    }

    #[test]
    fn the_four_forms() {
        assert_eq!(Reference::parse("app/db").unwrap(), r("app/db", None, None));
        assert_eq!(Reference::parse("app/db#password").unwrap(), r("app/db", Some("password"), None));
        assert_eq!(Reference::parse("app/db@AWSPREVIOUS").unwrap(), r("app/db", None, Some("AWSPREVIOUS")));
        assert_eq!(
            Reference::parse("app/db#password@AWSPENDING").unwrap(),
            r("app/db", Some("password"), Some("AWSPENDING"))
        );
    }

    #[test]
    fn at_signs_in_names() {
        // A dot after the last @: not a label word, so part of the name.
        assert_eq!(Reference::parse("ops@example.com").unwrap(), r("ops@example.com", None, None));
        assert_eq!(Reference::parse("ops@example.com@canary").unwrap(), r("ops@example.com", None, Some("canary")));
        // A label word after the last @ is a label; spell out the label to keep it in the name.
        assert_eq!(Reference::parse("team@prod").unwrap(), r("team", None, Some("prod")));
        assert_eq!(Reference::parse("team@prod@AWSCURRENT").unwrap(), r("team@prod", None, Some("AWSCURRENT")));
        // A label word must start with a letter.
        assert_eq!(Reference::parse("key@2024").unwrap(), r("key@2024", None, None));
        assert_eq!(Reference::parse("a@b/c").unwrap(), r("a@b/c", None, None));
        assert_eq!(Reference::parse("a@blue-2_x").unwrap(), r("a", None, Some("blue-2_x")));
        // Trailing @: part of the name.
        assert_eq!(Reference::parse("a@").unwrap(), r("a@", None, None));
        // Fields may hold @ too, with the same rule.
        assert_eq!(Reference::parse("db#user@host.x").unwrap(), r("db", Some("user@host.x"), None));
        assert_eq!(Reference::parse("db#a@b@AWSCURRENT").unwrap(), r("db", Some("a@b"), Some("AWSCURRENT")));
        // A name that is only "@label" is not a label on an empty name.
        assert_eq!(Reference::parse("@x").unwrap(), r("@x", None, None));
    }

    #[test]
    fn round_trips_through_display() {
        for text in ["a", "a#f", "a@L", "a#f@L", "ops@example.com", "team@prod@AWSCURRENT", "db#a@b@AWSCURRENT"] {
            let parsed = Reference::parse(text).unwrap();
            assert_eq!(Reference::parse(&parsed.to_string()).unwrap(), parsed, "{text}");
        }
    }

    #[test]
    fn bad_references() {
        for text in ["", "#f", "a#", "a#@L", "bad name", "a/b!c"] {
            let err = Reference::parse(text).err().unwrap_or_else(|| panic!("{text:?} parsed"));
            assert_eq!(err.kind, crate::error::ExitKind::Usage, "{text}");
        }
    }

    #[test]
    fn env_assignments() {
        assert_eq!(
            parse_env_assignment("DB_PASS=app/db#password").unwrap(),
            ("DB_PASS".to_string(), r("app/db", Some("password"), None))
        );
        assert_eq!(parse_env_assignment("X=a=b").unwrap(), ("X".to_string(), r("a=b", None, None)));
        assert!(parse_env_assignment("1X=a").is_err());
        assert!(parse_env_assignment("X-Y=a").is_err());
        assert!(parse_env_assignment("noequals").is_err());
        assert!(parse_env_assignment("=a").is_err());
    }

    #[test]
    fn template_placeholders() {
        let t = b"user={{ sealbox://app/db#username }}\npass={{sealbox://app/db#password@AWSPREVIOUS}}\n{{ other }} {{\tsealbox://k }}";
        let found = placeholders(t).unwrap();
        let refs: Vec<&str> = found.iter().map(|p| p.reference.as_str()).collect();
        assert_eq!(refs, ["app/db#username", "app/db#password@AWSPREVIOUS", "k"]);
        assert_eq!(&t[found[0].range.clone()], b"{{ sealbox://app/db#username }}");
        assert!(placeholders(b"{{ sealbox://a b }}").is_err());
        assert!(placeholders(b"{{ sealbox://a").is_err());
        assert!(placeholders(b"no refs {{ }} {").unwrap().is_empty());
    }
}
