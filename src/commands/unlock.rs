//! `sealbox unlock` and `sealbox lock`: load the identity into the agent once, wipe it.

use serde_json::json;

use crate::agent::{self, Request, Response};
use crate::cli::UnlockArgs;
use crate::crypto::{self, IdentityKind};
use crate::error::Error;
use crate::output;
use crate::session::Session;

/// The longest an identity may stay unlocked.
const MAX_TTL_SECS: u64 = 30 * 86400;

pub fn run_unlock(ctx: &Session, args: UnlockArgs) -> anyhow::Result<()> {
    let ttl = agent::parse_duration(&args.ttl)?;
    let idle = agent::parse_duration(&args.idle)?;
    if ttl.is_zero() || ttl.as_secs() > MAX_TTL_SECS {
        return Err(Error::usage("--ttl must be between 1s and 30d").into());
    }
    if !ctx.identity_path.exists() {
        return Err(Error::decrypt(format!("no identity at {}", ctx.identity_path.display()))
            .with_hint("run `sealbox init`, or pass --identity PATH (or set SEALBOX_IDENTITY)")
            .into());
    }
    let material = crypto::unlock_material(&ctx.identity_path, &ctx.interaction).map_err(|mut e| {
        if e.hint.as_deref() == Some(crypto::UNLOCK_HINT) {
            e.hint = Some(
                "run it in a terminal, or pass the passphrase on a descriptor: \
SEALBOX_PASSPHRASE_FD=3 sealbox unlock 3<passfile"
                    .into(),
            );
        }
        e
    })?;
    if material.public_keys.iter().any(|k| k.starts_with(crypto::PLUGIN_KEY_PREFIX)) {
        return Err(Error::usage(
            "identities of age plugins can't be loaded into the agent: the plugin itself asks for a PIN or touch",
        )
        .with_hint("use the identity file directly; it has no passphrase to unlock")
        .into());
    }
    if material.kind == IdentityKind::Age && !ctx.json() {
        ctx.info(format!(
            "note: {} has no passphrase, so commands can read it without the agent (loading it anyway)",
            ctx.identity_path.display()
        ));
    }
    let key = agent::identity_key(&ctx.identity_path);
    let load = || Request::Load {
        identity: key.clone(),
        text: material.text.clone(),
        passphrase: material.passphrase.clone(),
        ttl_secs: ttl.as_secs(),
        idle_secs: idle.as_secs(),
    };
    let mut client = agent::ensure_running()?;
    let response = match client.request(load()) {
        Ok(r) => r,
        // The agent was exiting (its last identity expired) as we connected: start anew.
        Err(_) => agent::ensure_running()?
            .request(load())
            .map_err(|e| Error::other(format!("the sealbox agent did not take the identity: {e}")))?,
    };
    let entry = match response {
        Response::Loaded { entry } => entry,
        Response::Failed { message } => return Err(Error::decrypt(message).into()),
        _ => return Err(Error::other("unexpected answer from the sealbox agent").into()),
    };
    if ctx.json() {
        return output::print_json(&json!({
            "Identity": entry.identity,
            "PublicKeys": entry.public_keys,
            "ExpiresAt": unix_date(entry.expires_at),
            "IdleTimeoutSeconds": entry.idle_secs,
            "Socket": agent::socket_path().display().to_string(),
        }));
    }
    let idle_text = if entry.idle_secs == 0 {
        String::new()
    } else {
        format!(", or after {} unused", agent::format_duration(idle))
    };
    ctx.info(format!(
        "unlocked {} until {} (in {}){idle_text}; `sealbox lock` wipes it",
        entry.identity,
        unix_date(entry.expires_at),
        agent::format_duration(ttl)
    ));
    Ok(())
}

pub fn run_lock(ctx: &Session) -> anyhow::Result<()> {
    let wiped = match agent::Client::connect() {
        None => None,
        Some(mut client) => match client.request(Request::Lock) {
            Ok(Response::Locked { wiped }) => Some(wiped),
            // It went away while we asked: nothing is held any more either way.
            _ => Some(0),
        },
    };
    if ctx.json() {
        return output::print_json(&json!({"WasRunning": wiped.is_some(), "Wiped": wiped.unwrap_or(0)}));
    }
    match wiped {
        None => ctx.info("no agent is running: nothing to lock"),
        Some(n) => {
            ctx.info(format!("locked: the agent wiped {n} identit{} and stopped", if n == 1 { "y" } else { "ies" }))
        }
    }
    Ok(())
}

/// Unix seconds as RFC 3339.
pub fn unix_date(secs: u64) -> String {
    i64::try_from(secs)
        .ok()
        .and_then(|s| jiff::Timestamp::from_second(s).ok())
        .map(output::date)
        .unwrap_or_else(|| secs.to_string())
}
