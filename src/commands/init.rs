//! `sealbox init`: create (or adopt) the identity and an empty vault.

use serde_json::json;

use crate::cli::InitArgs;
use crate::context::defaults;
use crate::crypto;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::store;

pub fn run(ctx: &Session, args: InitArgs) -> anyhow::Result<()> {
    if ctx.vault_path.exists() {
        let hint = match args.recipients.first() {
            // The user wants another recipient on the vault they have: that is `recipients add`.
            Some(r) => format!("to add a recipient to this vault, run `sealbox recipients add {r}`"),
            None => "sealbox never overwrites a vault; pass --vault PATH to create another one".to_string(),
        };
        return Err(Error::exists(format!("a vault already exists at {}", ctx.vault_path.display()))
            .with_hint(hint)
            .into());
    }
    let mut recipients = Vec::new();
    for r in &args.recipients {
        recipients.push(crypto::validate_recipient(r)?);
    }
    // An identity that exists already (a second vault, `--vault other.age init`) is adopted,
    // never overwritten: init then creates just the vault.
    let identity_exists = ctx.identity_path.exists();
    let created_identity = !identity_exists;
    let own_keys = if identity_exists {
        // Adopt: an age identity file (maybe passphrase-protected) or an OpenSSH key.
        crypto::public_keys_of(&ctx.identity_path, &ctx.interaction)?
    } else {
        let passphrase = if args.no_passphrase {
            None
        } else if std::env::var_os("SEALBOX_PASSPHRASE_FD").is_some() || ctx.interaction.can_prompt {
            // Only check that the descriptor is named: reading it here would drain a pipe
            // before obtain_passphrase reads it (and protect the identity with "").
            Some(crypto::obtain_passphrase(&ctx.interaction, "protect the new identity", true)?)
        } else {
            // A prompt would be needed and can't be made: exit 6, as everywhere (DESIGN.md),
            // decided at once, before any file is written.
            return Err(Error::decrypt(
                "init needs a passphrase for the new identity, and there is no terminal to ask on (or --no-input)",
            )
            .with_hint("run it in a terminal, or pass --no-passphrase (or --identity PATH to adopt a key)")
            .into());
        };
        let (text, public) = crypto::generate_identity(&ctx.now.to_string());
        let bytes = match passphrase {
            Some(p) => crypto::protect_identity(&text, p)?,
            None => text.as_bytes().to_vec(),
        };
        crate::fs::write_file_atomic(&ctx.identity_path, crate::fs::Links::FollowSafe, &bytes, false)?;
        vec![public]
    };
    for k in own_keys.into_iter().rev() {
        if !recipients.contains(&k) {
            recipients.insert(0, k);
        }
    }
    let vault_id = match store::create_empty_vault(&ctx.vault_path, "local", recipients.clone(), ctx.now) {
        Ok(meta) => {
            // A new vault at this path: it is the one this machine knows from now on.
            ctx.known.remember(&ctx.vault_path, &meta, true)?;
            meta.vault_id
        }
        Err(e) => {
            if created_identity {
                let _ = std::fs::remove_file(&ctx.identity_path);
            }
            return Err(e.into());
        }
    };
    remember_identity(ctx)?;
    if ctx.json() {
        output::print_json(&json!({
            "VaultId": vault_id,
            "Vault": ctx.vault_path.display().to_string(),
            "Identity": ctx.identity_path.display().to_string(),
            "IdentityCreated": created_identity,
            "Recipients": recipients,
        }))?;
    } else {
        if created_identity {
            ctx.info(format!("created identity {}", ctx.identity_path.display()));
        } else if ctx.identity_explicit {
            ctx.info(format!("using identity {}", ctx.identity_path.display()));
        } else {
            ctx.info(format!("using the existing identity {} (only the vault is new)", ctx.identity_path.display()));
        }
        ctx.info(format!("created vault {} for {}", ctx.vault_path.display(), recipients.join(", ")));
    }
    if created_identity {
        // Said once, here: the identity is the only key unless the vault gets another recipient.
        ctx.info(format!(
            "back up {}: without it this vault, and every region encrypted to it, can't be decrypted",
            ctx.identity_path.display()
        ));
    }
    Ok(())
}

/// An adopted identity elsewhere than the default is written to config.toml, so later
/// commands find it without --identity (only for the default vault, and only if the config
/// names no identity yet).
fn remember_identity(ctx: &Session) -> Result<(), Error> {
    let d = defaults()?;
    if ctx.global.vault.is_some()
        || ctx.config.identity.is_some()
        || ctx.identity_path == d.config_dir.join("identity.txt")
    {
        return Ok(());
    }
    let mut config = ctx.config.clone();
    config.identity = Some(std::path::absolute(&ctx.identity_path).unwrap_or_else(|_| ctx.identity_path.clone()));
    crate::fs::write_file_atomic(&ctx.config_path, crate::fs::Links::FollowSafe, config.to_toml()?.as_bytes(), true)
}
