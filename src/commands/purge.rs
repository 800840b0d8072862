//! `sealbox purge`: remove every secret whose recovery window has passed (any write does
//! this too).

use serde_json::json;

use crate::audit;
use crate::context::{Context, purge_due};
use crate::output;
use crate::store;

pub fn run(ctx: &Context) -> anyhow::Result<()> {
    let now = ctx.now;
    let purged = store::write(&ctx.vault_path, ctx.identities()?, ctx.lock_timeout(), |doc| {
        let purged = purge_due(doc, now);
        // Logs EndSecretDelete for each before the vault is saved.
        audit::before_save(ctx, doc, &purged)?;
        Ok(purged)
    })?;
    if ctx.json() {
        return output::print_json(&json!({"Purged": purged}));
    }
    if purged.is_empty() {
        ctx.info("nothing to purge");
    } else {
        ctx.info(format!("purged {} secret(s): {}", purged.len(), purged.join(", ")));
    }
    Ok(())
}
