//! `sealbox passwd`: change or remove the identity file's passphrase (atomic, 0600).
//!
//! Without a terminal: the current passphrase comes from `SEALBOX_PASSPHRASE_FD`, the new
//! one from `SEALBOX_NEW_PASSPHRASE_FD` (or from `SEALBOX_PASSPHRASE_FD` when the identity
//! has no passphrase yet, since then there is no current one to give).

use serde_json::json;

use crate::cli::PasswdArgs;
use crate::crypto;
use crate::error::Error;
use crate::fs;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: PasswdArgs) -> anyhow::Result<()> {
    let path = &ctx.identity_path;
    if !path.exists() {
        return Err(Error::decrypt(format!("no identity at {}", path.display()))
            .with_hint("run `sealbox init`, or pass --identity PATH (or set SEALBOX_IDENTITY)")
            .into());
    }
    let (plaintext, was_protected) = crypto::identity_plaintext(path, &ctx.interaction).map_err(|mut e| {
        if e.hint.as_deref() == Some(crypto::UNLOCK_HINT) {
            e.hint = Some(
                "run it in a terminal, or give the current passphrase on SEALBOX_PASSPHRASE_FD and the \
new one on SEALBOX_NEW_PASSPHRASE_FD"
                    .into(),
            );
        }
        e
    })?;
    let protected_now = if args.remove {
        if !was_protected {
            ctx.info(format!("{} has no passphrase: nothing to remove", path.display()));
            return report(ctx, false, false);
        }
        fs::write_file_atomic(path, fs::Links::FollowSafe, plaintext.as_bytes(), true)?;
        ctx.warn(format!(
            "{} is now unprotected: anyone who can read it can open your vaults (keep it for throwaway machines)",
            path.display()
        ));
        false
    } else {
        let variable = if !was_protected && std::env::var_os("SEALBOX_NEW_PASSPHRASE_FD").is_none() {
            "SEALBOX_PASSPHRASE_FD"
        } else {
            "SEALBOX_NEW_PASSPHRASE_FD"
        };
        let passphrase = crypto::obtain_passphrase_from(
            &ctx.interaction,
            &format!("protect {} (new)", path.display()),
            true,
            variable,
            "run it in a terminal, or give the new passphrase on a descriptor: SEALBOX_NEW_PASSPHRASE_FD=4 sealbox passwd 4<newpassfile",
        )?;
        if crypto::passphrase_is_empty(&passphrase) {
            return Err(Error::usage("the new passphrase is empty")
                .with_hint("use `sealbox passwd --remove` to store the identity without a passphrase")
                .into());
        }
        let bytes = crypto::protect_identity(&plaintext, passphrase)?;
        fs::write_file_atomic(path, fs::Links::FollowSafe, &bytes, true)?;
        ctx.info(format!(
            "{} the passphrase of {} (a running agent keeps what it holds until it locks)",
            if was_protected { "changed" } else { "set" },
            path.display()
        ));
        true
    };
    report(ctx, true, protected_now)
}

fn report(ctx: &Session, changed: bool, protected: bool) -> anyhow::Result<()> {
    if ctx.json() {
        return output::print_json(&json!({
            "Identity": ctx.identity_path.display().to_string(),
            "Changed": changed,
            "PassphraseProtected": protected,
        }));
    }
    Ok(())
}
