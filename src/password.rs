//! Random passwords with AWS GetRandomPassword's options and defaults.

use zeroize::Zeroizing;

use crate::cli::PasswordArgs;
use crate::error::Error;

/// AWS's punctuation set: 32 characters.
pub const PUNCTUATION: &str = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~";
const LOWER: &str = "abcdefghijklmnopqrstuvwxyz";
const UPPER: &str = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";
const DIGITS: &str = "0123456789";
pub const MAX_LENGTH: u32 = 4096;

/// True when any option differs from the defaults (used to reject them without --generate).
pub fn options_given(o: &PasswordArgs) -> bool {
    o.length != 32
        || o.exclude_characters.is_some()
        || o.exclude_numbers
        || o.exclude_punctuation
        || o.exclude_uppercase
        || o.exclude_lowercase
        || o.include_space
        || o.no_require_each_included_type
        || o.require_each_included_type
}

pub fn generate(o: &PasswordArgs) -> Result<Zeroizing<String>, Error> {
    if !(1..=MAX_LENGTH).contains(&o.length) {
        return Err(Error::usage(format!("--length {} is outside 1..{MAX_LENGTH}", o.length)));
    }
    let excluded = o.exclude_characters.as_deref().unwrap_or("");
    let keep = |set: &str| -> Vec<char> { set.chars().filter(|c| !excluded.contains(*c)).collect() };
    let mut classes: Vec<Vec<char>> = Vec::new();
    if !o.exclude_lowercase {
        classes.push(keep(LOWER));
    }
    if !o.exclude_uppercase {
        classes.push(keep(UPPER));
    }
    if !o.exclude_numbers {
        classes.push(keep(DIGITS));
    }
    if !o.exclude_punctuation {
        classes.push(keep(PUNCTUATION));
    }
    if o.include_space {
        classes.push(keep(" "));
    }
    classes.retain(|c| !c.is_empty());
    let all: Vec<char> = classes.iter().flatten().copied().collect();
    if all.is_empty() {
        return Err(Error::usage("every character is excluded: nothing left to build a password from"));
    }
    let require_each = !o.no_require_each_included_type;
    let length = o.length as usize;
    if require_each && length < classes.len() {
        return Err(Error::usage(format!(
            "--length {length} is too short to include each of the {} character types",
            classes.len()
        ))
        .with_hint("raise --length, or pass --no-require-each-included-type"));
    }
    let mut chars: Zeroizing<Vec<char>> = Zeroizing::new(Vec::with_capacity(length));
    if require_each {
        for class in &classes {
            chars.push(class[uniform(class.len())?]);
        }
    }
    while chars.len() < length {
        chars.push(all[uniform(all.len())?]);
    }
    // Fisher-Yates, so the required characters are not always first.
    for i in (1..chars.len()).rev() {
        let j = uniform(i + 1)?;
        chars.swap(i, j);
    }
    Ok(Zeroizing::new(chars.iter().collect()))
}

/// A uniform integer in 0..n, by rejection sampling over OS randomness.
pub fn uniform(n: usize) -> Result<usize, Error> {
    let n = n as u64;
    if n <= 1 {
        return Ok(0);
    }
    let zone = u64::MAX - (u64::MAX % n);
    loop {
        let mut b = [0u8; 8];
        getrandom::fill(&mut b).map_err(|e| Error::other(format!("no randomness: {e}")))?;
        let v = u64::from_le_bytes(b);
        if v < zone {
            return Ok((v % n) as usize);
        }
    }
}

/// `count` random ASCII letters and digits (ARN suffixes).
pub fn alphanumeric(count: usize) -> Result<String, Error> {
    const SET: &[u8] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    (0..count).map(|_| uniform(SET.len()).map(|i| SET[i] as char)).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn opts() -> PasswordArgs {
        PasswordArgs { length: 32, ..Default::default() }
    }

    #[test]
    fn defaults_include_every_type() {
        for _ in 0..50 {
            let p = generate(&opts()).unwrap();
            assert_eq!(p.chars().count(), 32);
            assert!(p.chars().any(|c| c.is_ascii_lowercase()));
            assert!(p.chars().any(|c| c.is_ascii_uppercase()));
            assert!(p.chars().any(|c| c.is_ascii_digit()));
            assert!(p.chars().any(|c| PUNCTUATION.contains(c)));
            assert!(!p.contains(' '));
        }
        assert_eq!(PUNCTUATION.chars().count(), 32);
    }

    #[test]
    fn exclusions_and_limits() {
        let mut o = opts();
        o.exclude_punctuation = true;
        o.exclude_characters = Some("abc".into());
        o.length = 4096;
        let p = generate(&o).unwrap();
        assert!(p.chars().all(|c| c.is_ascii_alphanumeric() && !"abc".contains(c)));
        o.length = 4097;
        assert!(generate(&o).is_err());
        o.length = 0;
        assert!(generate(&o).is_err());
        let mut o = opts();
        o.length = 3;
        assert!(generate(&o).is_err());
        o.no_require_each_included_type = true;
        assert_eq!(generate(&o).unwrap().len(), 3);
        let o = PasswordArgs {
            length: 8,
            exclude_lowercase: true,
            exclude_uppercase: true,
            exclude_numbers: true,
            exclude_punctuation: true,
            ..Default::default()
        };
        assert!(generate(&o).is_err());
        let o = PasswordArgs { length: 40, include_space: true, ..Default::default() };
        assert!(generate(&o).unwrap().contains(' '));
    }
}
