//! `sealbox __complete-names PREFIX` (hidden): secret names for shell completion, one a
//! line. Only when the vault opens without any prompt (through the agent after `sealbox
//! unlock`, or an identity without a passphrase); otherwise it prints nothing and succeeds,
//! so a completion never hangs or asks for a passphrase (an agent that doesn't answer within
//! half a second counts as none). `--levels` prints the next `/`
//! level of the names below PREFIX (`app/dev/`), for completing a prefix.

use crate::cli::CompleteNamesArgs;
use crate::crypto;
use crate::output;
use crate::session::Session;
use crate::store;
use crate::terminal::Interaction;
use crate::vault::names;

/// How long a Tab waits for each answer of the agent: one that is stopped (SIGSTOP, a
/// suspended job) or stuck counts as no agent, and the completion goes on without it.
const AGENT_TIMEOUT: std::time::Duration = std::time::Duration::from_millis(500);

pub fn run(ctx: &Session, args: CompleteNamesArgs) -> anyhow::Result<()> {
    if names::validate_prefix(&args.prefix).is_err() {
        return Ok(());
    }
    // The agent first (it never prompts: it holds the identity or answers "not loaded"),
    // then the identity file with prompting turned off.
    let identities = match crate::agent::loaded_within(&ctx.identity_path, AGENT_TIMEOUT) {
        Some((client, public_keys)) => {
            let key = crate::agent::identity_key(&ctx.identity_path);
            crypto::agent::agent_identities(client, key, public_keys)
        }
        None => {
            let no_prompt = Interaction { can_prompt: false, stdin_is_terminal: false };
            let Ok(ids) = crypto::load_identities(&ctx.identity_path, &no_prompt) else { return Ok(()) };
            ids
        }
    };
    let Ok(mut reader) = store::open_reader(&ctx.vault_path, &identities) else { return Ok(()) };
    let Ok(found) = reader.scan(&args.prefix) else { return Ok(()) };
    let found: Vec<&str> =
        found.iter().filter(|at| at.entry.deleted.is_none()).map(|at| at.entry.name.as_str()).collect();
    let lines = if args.levels { levels(&args.prefix, &found) } else { found.iter().map(|s| s.to_string()).collect() };
    let mut text = String::new();
    for line in lines {
        text.push_str(&line);
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())
}

/// The distinct next levels of `names` (all starting with `typed`): a name with a `/` after
/// what was typed gives its prefix up to that `/`; a name without one is itself.
pub fn levels(typed: &str, names: &[&str]) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for name in names {
        let rest = &name[typed.len().min(name.len())..];
        let level = match rest.find('/') {
            Some(i) => format!("{typed}{}", &rest[..=i]),
            None => name.to_string(),
        };
        if out.last() != Some(&level) && !out.contains(&level) {
            out.push(level);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::levels;

    #[test]
    fn levels_stop_at_the_next_slash() {
        let names = ["app/dev/api", "app/dev/db", "app/x", "apple"];
        assert_eq!(levels("ap", &names), ["app/", "apple"]);
        assert_eq!(levels("app/", &names[..3]), ["app/dev/", "app/x"]);
        assert_eq!(levels("app/dev/", &names[..2]), ["app/dev/api", "app/dev/db"]);
    }
}
