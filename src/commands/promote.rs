//! `sealbox promote NAME`, run against a region's vault: AWS StopReplicationToReplica. The
//! replica becomes a standalone, writable secret; its primary's next push or `sync` sees
//! the promotion, reports it, and stops pushing there.

use serde_json::json;

use super::{arn_name, modify};
use crate::audit::Event;
use crate::cli::NameArg;
use crate::error::Error;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: NameArg) -> anyhow::Result<()> {
    let now = ctx.now;
    let (secret, primary) = modify(ctx, &args.name, |s, audit| {
        let Some(primary) = s.replica_of.take() else {
            return Err(Error::invalid_state(format!("secret {} is not a replica: nothing to promote", s.name))
                .with_hint(
                    "run `sealbox promote` against the region's vault: sealbox --vault REGION_VAULT promote NAME",
                ));
        };
        s.promoted_from = Some(primary.clone());
        s.last_changed = now;
        audit.push(
            Event::ok("StopReplicationToReplica", Some(&args.name), None)
                .with_detail(format!("primary region {} vault {}", primary.region, primary.vault_id)),
        );
        Ok((primary, true))
    })?;
    if ctx.json() {
        let mut v = arn_name(&secret);
        v["PromotedFrom"] = json!({"Region": primary.region, "VaultId": primary.vault_id});
        output::print_json(&v)?;
    } else {
        ctx.info(format!(
            "{} is now a standalone, writable secret; its primary (region {}) stops pushing to it at its next sync",
            args.name, primary.region
        ));
    }
    Ok(())
}
