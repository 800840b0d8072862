//! `sealbox trust`: accept the vault file as it is now (a backup restored on purpose).

use serde_json::json;

use crate::audit::Event;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session) -> anyhow::Result<()> {
    let path = &ctx.vault_path;
    let before = ctx.known.load()?.vaults.values().find_map(|v| {
        let p = crate::trust::record_path(path);
        v.paths.contains(&p).then_some(v.generation)
    });
    let meta = ctx.trust(path)?;
    let event = Event::ok("TrustVault", None, None).with_detail(format!(
        "generation {}{}",
        meta.generation,
        before.map(|g| format!(" (had seen {g})")).unwrap_or_default()
    ));
    ctx.record(&[event])?;
    if ctx.json() {
        return output::print_json(&json!({
            "Vault": path.display().to_string(),
            "VaultId": meta.vault_id,
            "Generation": meta.generation,
            "PreviousGeneration": before,
        }));
    }
    ctx.info(format!(
        "trusted {} as it is now (vault {}, generation {}): this machine takes it as the current vault",
        path.display(),
        meta.vault_id,
        meta.generation
    ));
    Ok(())
}
