//! `sealbox serve`: AWS Secrets Manager's API on loopback (the server is `crate::serve`).

use crate::cli::ServeArgs;
use crate::session::Session;

pub fn run(ctx: &Session, args: ServeArgs) -> anyhow::Result<()> {
    crate::serve::run(ctx, args)
}
