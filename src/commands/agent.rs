//! `sealbox agent`: run the agent in the foreground, or `agent status`.

use serde_json::json;

use super::unlock::unix_date;
use crate::agent;
use crate::cli::{AgentArgs, AgentCommand};
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: AgentArgs) -> anyhow::Result<()> {
    match args.command {
        Some(AgentCommand::Status) => status(ctx),
        None => {
            if !args.detached {
                ctx.info(format!("sealbox agent: listening on {}", agent::socket_path().display()));
            }
            agent::serve(args.detached)?;
            Ok(())
        }
    }
}

fn status(ctx: &Session) -> anyhow::Result<()> {
    let socket = agent::socket_path().display().to_string();
    let found = match agent::Client::connect() {
        None => None,
        Some(mut client) => client.status(None).ok(),
    };
    let Some((pid, entries)) = found else {
        if ctx.json() {
            return output::print_json(&json!({"Running": false, "Socket": socket, "Identities": []}));
        }
        ctx.info(format!("no agent is running ({socket}); `sealbox unlock` starts one"));
        return Ok(());
    };
    if ctx.json() {
        let identities: Vec<_> = entries
            .iter()
            .map(|e| {
                json!({
                    "Identity": e.identity,
                    "PublicKeys": e.public_keys,
                    "UnlockedAt": unix_date(e.loaded_at),
                    "ExpiresAt": unix_date(e.expires_at),
                    "IdleTimeoutSeconds": e.idle_secs,
                    "IdleExpiresAt": e.idle_expires_at.map(unix_date),
                })
            })
            .collect();
        return output::print_json(&json!({"Running": true, "Pid": pid, "Socket": socket, "Identities": identities}));
    }
    let mut rows = vec![("agent".to_string(), format!("running (pid {pid})")), ("socket".to_string(), socket)];
    if entries.is_empty() {
        rows.push(("identities".into(), "none loaded".into()));
    }
    for e in &entries {
        rows.push(("identity".into(), e.identity.clone()));
        for k in &e.public_keys {
            rows.push(("  public key".into(), k.clone()));
        }
        rows.push(("  unlocked".into(), unix_date(e.loaded_at)));
        rows.push(("  expires".into(), unix_date(e.expires_at)));
        if let Some(idle_at) = e.idle_expires_at {
            rows.push((
                "  idle lock".into(),
                format!("{} unless used (after {} unused)", unix_date(idle_at), format_secs(e.idle_secs)),
            ));
        }
    }
    output::print_fields(&rows)
}

fn format_secs(secs: u64) -> String {
    agent::format_duration(std::time::Duration::from_secs(secs))
}
