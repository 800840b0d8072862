//! Validation of names, labels, tags, tokens and values: the limits of DESIGN.md, pure.

use crate::error::Error;

pub const MAX_NAME_LEN: usize = 512;
pub const MAX_VALUE_BYTES: usize = 65_536;
pub const MAX_TAGS: usize = 50;
pub const MAX_LABEL_LEN: usize = 256;
pub const MAX_LABELS_PER_VERSION: usize = 20;
pub const MAX_DESCRIPTION_LEN: usize = 2048;

/// A secret name: 1..512 of ASCII letters, digits and `/_+=.@-`.
pub fn validate_name(name: &str) -> Result<(), Error> {
    if name.is_empty() {
        return Err(Error::usage("invalid secret name: it is empty"));
    }
    if name.len() > MAX_NAME_LEN {
        return Err(Error::usage(format!(
            "invalid secret name: {} characters, the limit is {MAX_NAME_LEN}",
            name.len()
        )));
    }
    if let Some(bad) = name.chars().find(|c| !is_name_char(*c)) {
        return Err(Error::usage(format!("invalid secret name {}: character {bad:?} is not allowed", printable(name)))
            .with_hint("names use ASCII letters, digits and /_+=.@-"));
    }
    Ok(())
}

pub fn is_name_char(c: char) -> bool {
    c.is_ascii_alphanumeric() || "/_+=.@-".contains(c)
}

/// A name prefix for `list`: the same alphabet, possibly empty.
pub fn validate_prefix(prefix: &str) -> Result<(), Error> {
    if prefix.len() > MAX_NAME_LEN || prefix.chars().any(|c| !is_name_char(c)) {
        return Err(Error::usage(format!("invalid name prefix {}", printable(prefix)))
            .with_hint("names use ASCII letters, digits and /_+=.@-"));
    }
    Ok(())
}

/// A `--prefix` as DESIGN.md "Prefixes are a hierarchy" reads it: the secret named `root`
/// and every name under `root/`. `app/ci` and `app/ci/` are the same subtree (one trailing
/// slash is dropped); it never holds `app/ci-admin/…`. The empty prefix (or `/`) is the whole
/// vault. `list --filter name=…` and shell completion keep plain string prefixes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Subtree<'a> {
    root: &'a str,
}

impl<'a> Subtree<'a> {
    pub fn new(prefix: &'a str) -> Subtree<'a> {
        Subtree { root: prefix.strip_suffix('/').unwrap_or(prefix) }
    }

    /// The prefix without its trailing slash: the one name of the subtree that may be a secret
    /// itself.
    pub fn root(&self) -> &'a str {
        self.root
    }

    pub fn is_whole_vault(&self) -> bool {
        self.root.is_empty()
    }

    pub fn contains(&self, name: &str) -> bool {
        self.root.is_empty()
            || name.strip_prefix(self.root).is_some_and(|rest| rest.is_empty() || rest.starts_with('/'))
    }

    /// The string prefix of every name strictly below the root: `root/` (empty for the whole
    /// vault). In byte order those names are one contiguous range that starts here; the root
    /// itself sorts before it, with names such as `root-x` and `root.x` in between, so a scan
    /// looks up the root and then walks this range.
    pub fn below(&self) -> String {
        if self.root.is_empty() { String::new() } else { format!("{}/", self.root) }
    }

    /// What of `name` a variable name is made from: the part below the root (`db/password`
    /// for `app/db/password` under `app`), or for the root itself its last component.
    pub fn relative<'n>(&self, name: &'n str) -> &'n str {
        match name.strip_prefix(self.root) {
            _ if self.root.is_empty() => name,
            Some("") => name.rsplit('/').next().unwrap_or(name),
            Some(rest) => rest.strip_prefix('/').unwrap_or(rest),
            None => name,
        }
    }
}

/// Whether `name` is in the subtree that `prefix` selects (see [`Subtree`]).
pub fn in_subtree(name: &str, prefix: &str) -> bool {
    Subtree::new(prefix).contains(name)
}

/// A staging label: 1..256 printable ASCII characters without spaces.
pub fn validate_label(label: &str) -> Result<(), Error> {
    if label.is_empty() || label.len() > MAX_LABEL_LEN {
        return Err(Error::usage(format!(
            "invalid staging label {}: it must be 1..{MAX_LABEL_LEN} characters",
            printable(label)
        )));
    }
    if label.chars().any(|c| !c.is_ascii_graphic()) {
        return Err(Error::usage(format!(
            "invalid staging label {}: only printable ASCII without spaces",
            printable(label)
        )));
    }
    Ok(())
}

/// A ClientRequestToken (becomes the version id): 32..64 characters, as AWS requires.
pub fn validate_token(token: &str) -> Result<(), Error> {
    let ok =
        (32..=64).contains(&token.len()) && token.chars().all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_');
    if ok {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid --token {}: it must be 32..64 letters, digits, - or _", printable(token)))
            .with_hint("a UUID works: `uuidgen`"))
    }
}

/// A version id given to look a version up (`--version-id`, `--to`, `--from`): 32..64
/// characters, as AWS's VersionId (a shorter one is a usage error, not "not found").
pub fn validate_version_id(id: &str, flag: &str) -> Result<(), Error> {
    if (32..=64).contains(&id.chars().count()) {
        Ok(())
    } else {
        Err(Error::usage(format!("invalid {flag} {}: a version id is 32..64 characters", printable(id)))
            .with_hint("`sealbox versions NAME` lists the version ids"))
    }
}

pub fn validate_value_len(len: usize) -> Result<(), Error> {
    if len == 0 {
        return Err(Error::usage("the secret value is empty").with_hint("a value is 1..65536 bytes"));
    }
    if len > MAX_VALUE_BYTES {
        return Err(Error::usage(format!("the secret value is {len} bytes, the limit is {MAX_VALUE_BYTES}")));
    }
    Ok(())
}

/// Refuse control characters (C0 with tab and newline, DEL, C1): `list` and `describe` put
/// descriptions and tags on a terminal, where ESC sequences act.
fn no_control_characters(what: &str, text: &str) -> Result<(), Error> {
    match text.chars().find(|c| c.is_control()) {
        Some(c) => {
            Err(Error::usage(format!("invalid {what}: control character U+{:04X} is not allowed", u32::from(c)))
                .with_hint("descriptions and tags are printable text; remove the control characters"))
        }
        None => Ok(()),
    }
}

pub fn validate_description(description: &str) -> Result<(), Error> {
    no_control_characters("description", description)?;
    if description.len() > MAX_DESCRIPTION_LEN {
        return Err(Error::usage(format!(
            "the description is {} characters, the limit is {MAX_DESCRIPTION_LEN}",
            description.len()
        )));
    }
    Ok(())
}

/// A tag key (1..128) and value (0..256); `aws:` keys are reserved, as in AWS.
pub fn validate_tag(key: &str, value: &str) -> Result<(), Error> {
    if key.is_empty() || key.len() > 128 {
        return Err(Error::usage(format!("invalid tag key {}: it must be 1..128 characters", printable(key))));
    }
    if value.len() > 256 {
        return Err(Error::usage(format!("the value of tag {} is over 256 characters", printable(key))));
    }
    if key.to_ascii_lowercase().starts_with("aws:") {
        return Err(Error::usage(format!("tag key {} uses the reserved prefix aws:", printable(key))));
    }
    no_control_characters(&format!("tag key {}", printable(key)), key)?;
    no_control_characters(&format!("value of tag {}", printable(key)), value)?;
    Ok(())
}

/// Parse `KEY=VALUE`.
pub fn parse_tag(arg: &str) -> Result<(String, String), Error> {
    match arg.split_once('=') {
        Some((k, v)) => {
            validate_tag(k, v)?;
            Ok((k.to_string(), v.to_string()))
        }
        None => Err(Error::usage(format!("invalid tag {}: expected KEY=VALUE", printable(arg)))),
    }
}

/// A name or label quoted for an error message, control characters escaped, long input cut.
pub fn printable(s: &str) -> String {
    let cut: String = s.chars().take(80).collect();
    let mut out = format!("{cut:?}");
    if cut.len() < s.len() {
        out.push('…');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names() {
        assert!(validate_name("app/db/password").is_ok());
        assert!(validate_name("a+b=c.d@e-f_g").is_ok());
        assert!(validate_name(&"x".repeat(512)).is_ok());
        assert!(validate_name(&"x".repeat(513)).is_err());
        assert!(validate_name("").is_err());
        assert!(validate_name("has space").is_err());
        assert!(validate_name("ünïcode").is_err());
        assert!(validate_name("semi;colon").is_err());
    }

    #[test]
    fn tokens() {
        assert!(validate_token("0123456789abcdef0123456789abcdef").is_ok());
        assert!(validate_token("short").is_err());
        assert!(validate_token(&"a".repeat(65)).is_err());
    }

    #[test]
    fn values() {
        assert!(validate_value_len(0).is_err());
        assert!(validate_value_len(1).is_ok());
        assert!(validate_value_len(65_536).is_ok());
        assert!(validate_value_len(65_537).is_err());
    }

    #[test]
    fn subtrees() {
        for prefix in ["app/ci", "app/ci/"] {
            let t = Subtree::new(prefix);
            assert!(t.contains("app/ci"));
            assert!(t.contains("app/ci/db"));
            assert!(t.contains("app/ci/a/b"));
            assert!(!t.contains("app/ci-admin/root"));
            assert!(!t.contains("app/ci-admin"));
            assert!(!t.contains("app/c"));
            assert!(!t.contains("app"));
            assert_eq!(t.below(), "app/ci/");
            assert_eq!(t.relative("app/ci/db/password"), "db/password");
            assert_eq!(t.relative("app/ci"), "ci");
        }
        assert!(Subtree::new("").contains("anything"));
        assert!(Subtree::new("/").is_whole_vault());
        assert_eq!(Subtree::new("").below(), "");
        assert_eq!(Subtree::new("").relative("a/b"), "a/b");
    }

    fn name_strategy() -> impl proptest::strategy::Strategy<Value = String> {
        // A small alphabet so prefixes and names collide often, with the characters that
        // sort around '/' ('+', '-', '.' below it, '0' above).
        proptest::string::string_regex("[a/+.0-]{0,8}").unwrap()
    }

    proptest::proptest! {
        /// The definition DESIGN.md gives, after dropping one trailing slash.
        #[test]
        fn in_subtree_is_the_hierarchy(name in name_strategy(), prefix in name_strategy()) {
            let p = prefix.strip_suffix('/').unwrap_or(&prefix);
            let expected = p.is_empty() || name == p || name.starts_with(&format!("{p}/"));
            proptest::prop_assert_eq!(in_subtree(&name, &prefix), expected);
        }

        /// In a sorted list, the subtree is the root plus the contiguous run starting at
        /// `below()`: what the scans rely on.
        #[test]
        fn a_subtree_is_the_root_plus_one_sorted_range(
            mut all in proptest::collection::vec(name_strategy(), 0..40),
            prefix in name_strategy(),
        ) {
            all.sort();
            all.dedup();
            let t = Subtree::new(&prefix);
            let wanted: Vec<&String> = all.iter().filter(|n| t.contains(n)).collect();
            let below = t.below();
            let start = all.partition_point(|n| n.as_str() < below.as_str());
            let run = all[start..].iter().take_while(|n| n.starts_with(&below));
            let root = all.iter().filter(|n| !t.is_whole_vault() && n.as_str() == t.root());
            let found: Vec<&String> = root.chain(run).collect();
            proptest::prop_assert_eq!(found, wanted);
        }
    }

    #[test]
    fn control_characters_are_refused() {
        for c in ['\u{1b}', '\0', '\t', '\n', '\u{7f}', '\u{9b}'] {
            let text = format!("a{c}b");
            assert!(validate_description(&text).is_err(), "{c:?}");
            assert!(validate_tag(&text, "v").is_err(), "{c:?}");
            assert!(validate_tag("k", &text).is_err(), "{c:?}");
        }
        let err = validate_description("x\u{1b}[2J").err().unwrap();
        assert_eq!(err.message, "invalid description: control character U+001B is not allowed");
        assert!(validate_description("café – ok").is_ok());
        assert!(validate_tag("team", "naïve ✓").is_ok());
    }

    #[test]
    fn tags() {
        assert_eq!(parse_tag("a=b=c").ok(), Some(("a".into(), "b=c".into())));
        assert!(parse_tag("novalue").is_err());
        assert!(parse_tag("aws:x=1").is_err());
        assert!(parse_tag("=1").is_err());
    }
}
