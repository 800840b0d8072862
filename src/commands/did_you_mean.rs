//! `sealbox: hint: did you mean NAME?` for a secret that is not found: up to three names
//! of the vault close to the one asked for. Only when the vault is already open in this
//! process (so a hint never costs a prompt) or opens without one.

use crate::error::{Error, ExitKind};
use crate::session::Session;

/// How many names a hint offers at most.
const MAX_SUGGESTIONS: usize = 3;

/// `err` with its "run `sealbox list`" hint replaced by close names, when it is a
/// secret-not-found error and there are any.
pub fn suggest(ctx: &Session, mut err: anyhow::Error) -> anyhow::Error {
    let Some(typed) = err.downcast_ref::<Error>().and_then(missing_name) else { return err };
    if !ctx.identities_loaded() {
        return err;
    }
    let Ok(mut reader) = ctx.reader() else { return err };
    let Ok(all) = reader.scan("") else { return err };
    let names: Vec<&str> = all.iter().filter(|l| l.entry.deleted.is_none()).map(|l| l.entry.name.as_str()).collect();
    let close = closest(&typed, &names);
    if close.is_empty() {
        return err;
    }
    if let Some(e) = err.downcast_mut::<Error>() {
        e.hint = Some(format!("did you mean {}?", join_or(&close)));
    }
    err
}

/// The name in `secret NAME not found`.
fn missing_name(e: &Error) -> Option<String> {
    if e.kind != ExitKind::NotFound {
        return None;
    }
    e.message.strip_prefix("secret ")?.strip_suffix(" not found").map(str::to_string)
}

/// Up to three names close to `typed`, closest first: a small edit distance for its length,
/// or the same last component.
pub fn closest<'a>(typed: &str, names: &[&'a str]) -> Vec<&'a str> {
    let leaf = |s: &str| s.rsplit('/').next().unwrap_or(s).to_string();
    let mut scored: Vec<(f64, &str)> = names
        .iter()
        .filter(|n| **n != typed)
        .filter_map(|n| {
            let score = strsim::normalized_damerau_levenshtein(typed, n);
            let distance = strsim::damerau_levenshtein(typed, n);
            let near = distance <= (typed.chars().count() / 3).max(2);
            let same_leaf = leaf(typed).len() > 2 && leaf(typed) == leaf(n);
            (near || same_leaf || score >= 0.8).then_some((score, *n))
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then(a.1.cmp(b.1)));
    scored.into_iter().take(MAX_SUGGESTIONS).map(|(_, n)| n).collect()
}

fn join_or(names: &[&str]) -> String {
    match names {
        [] => String::new(),
        [one] => one.to_string(),
        [init @ .., last] => format!("{} or {last}", init.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn close_names_first_at_most_three() {
        let names = ["app/db/password", "app/db/passwd", "app/api-key", "web/password", "other"];
        assert_eq!(closest("app/db/pasword", &names), ["app/db/password", "app/db/passwd"]);
        assert_eq!(closest("app/password", &names), ["app/db/password", "web/password"]);
        assert_eq!(closest("zzz", &names), Vec::<&str>::new());
        assert_eq!(join_or(&["a", "b", "c"]), "a, b or c");
    }
}
