//! `sealbox purge`: remove every secret whose recovery window has passed (any write does
//! this too).

use serde_json::json;

use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session) -> anyhow::Result<()> {
    // The session purges what is due in every write, and logs EndSecretDelete for each.
    let purged = ctx.write(|tx| Ok(tx.purged().to_vec()))?;
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
