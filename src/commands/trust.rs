//! `sealbox trust`: accept the vault file as it is now (a backup restored on purpose).

use serde_json::json;

use crate::audit::Event;
use crate::audit::chain::TRUST_VAULT;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session) -> anyhow::Result<()> {
    let path = &ctx.vault_path;
    let before = ctx.known.load()?.vaults.values().find_map(|v| {
        let p = crate::trust::record_path(path);
        v.paths.contains(&p).then_some(v.generation)
    });
    let meta = ctx.trust(path)?;
    // Lines the newer generation wrote with an audit key this copy never had (it was rolled
    // back past a `recipients remove`): the TrustVault line vouches for them, so the log
    // still verifies (docs/audit.md "Rollbacks").
    let rolled_back = ctx.rolled_back_lines(&meta)?;
    let event = Event::ok(TRUST_VAULT, None, None).with_detail(format!(
        "generation {}{}{}",
        meta.generation,
        before.map(|g| format!(" (had seen {g})")).unwrap_or_default(),
        rolled_back.as_ref().map(|r| format!("; {}", r.detail())).unwrap_or_default()
    ));
    ctx.record(&[event])?;
    if ctx.json() {
        return output::print_json(&json!({
            "Vault": path.display().to_string(),
            "VaultId": meta.vault_id,
            "Generation": meta.generation,
            "PreviousGeneration": before,
            "RolledBackAuditLines": rolled_back.as_ref().map(|r| json!({"FirstSeq": r.first, "LastSeq": r.last})),
        }));
    }
    ctx.info(format!(
        "trusted {} as it is now (vault {}, generation {}): this machine takes it as the current vault",
        path.display(),
        meta.vault_id,
        meta.generation
    ));
    if let Some(r) = rolled_back {
        ctx.info(format!(
            "audit lines seq {}..{} were written by the newer generation it replaces, with a key this copy does not have: `sealbox audit verify` accepts them as such",
            r.first, r.last
        ));
    }
    Ok(())
}
