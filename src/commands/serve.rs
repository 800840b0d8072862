//! `sealbox serve`: AWS Secrets Manager's HTTP API on loopback (see `crate::serve`).

use crate::cli::ServeArgs;
use crate::session::Session;

pub fn run(ctx: &Session, args: ServeArgs) -> anyhow::Result<()> {
    let _ = (ctx, args);
    Err(crate::error::Error::other("sealbox serve is not built yet").into())
}
