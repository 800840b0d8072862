//! `sealbox batch-get NAME… | --filter K=V…` (AWS BatchGetSecretValue): always JSON, since
//! it prints values of several secrets.

use crate::api::{self, BatchGet, Scope};
use crate::cli::BatchGetArgs;
use crate::output;
use crate::session::Session;

pub fn run(ctx: &Session, args: BatchGetArgs) -> anyhow::Result<()> {
    let req = BatchGet {
        ids: args.names,
        filters: api::parse_filters(&args.filters)?,
        max_results: args.max_results,
        next_token: args.next_token,
    };
    if let Some(m) = req.max_results
        && !(1..=api::MAX_BATCH).contains(&m)
    {
        return Err(crate::error::Error::usage(format!("--max-results {m} is outside 1..{}", api::MAX_BATCH)).into());
    }
    output::print_secret_json(api::batch_get(ctx, &Scope::all(), req)?)
}
