//! `sealbox __complete-names PREFIX` (hidden): secret names for shell completion, one a
//! line. Only when the vault opens without any prompt; otherwise it prints nothing and
//! succeeds, so a completion never hangs or asks for a passphrase.

use crate::cli::CompleteNamesArgs;
use crate::crypto;
use crate::output;
use crate::session::Session;
use crate::store;
use crate::terminal::Interaction;
use crate::vault::names;

pub fn run(ctx: &Session, args: CompleteNamesArgs) -> anyhow::Result<()> {
    if names::validate_prefix(&args.prefix).is_err() {
        return Ok(());
    }
    let no_prompt = Interaction { can_prompt: false, stdin_is_terminal: false };
    let Ok(identities) = crypto::load_identities(&ctx.identity_path, &no_prompt) else { return Ok(()) };
    let Ok(mut reader) = store::open_reader(&ctx.vault_path, &identities) else { return Ok(()) };
    let Ok(found) = reader.scan(&args.prefix) else { return Ok(()) };
    let mut text = String::new();
    for at in found.iter().filter(|at| at.entry.deleted.is_none()) {
        text.push_str(&at.entry.name);
        text.push('\n');
    }
    output::write_stdout(text.as_bytes())
}
