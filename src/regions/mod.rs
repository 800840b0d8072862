//! Regions: where a primary's secrets are replicated. One trait, two kinds — another vault
//! file ([`file::FileRegion`]) and AWS Secrets Manager ([`aws::AwsRegion`]) — so replication
//! never asks which kind it talks to (kbs2's `Backend` is the pattern).

pub mod aws;
pub mod file;

use crate::error::Error;
use crate::replication::Outcome;
use crate::session::Session;

pub trait Region {
    /// The region's name in the config.
    fn name(&self) -> &str;

    /// Copy the primary's current state (versions, labels, description, tags) of each of
    /// `names` into the region. Never fails as a whole: each outcome says how it went.
    fn push(&self, ctx: &Session, names: &[String], force_overwrite: bool) -> Vec<Outcome>;

    /// Delete the replicas of `names` that belong to the primary `primary_vault_id`;
    /// returns how many were deleted.
    fn remove(&self, ctx: &Session, names: &[String], primary_vault_id: &str) -> Result<usize, Error>;
}

/// The region `name` of the config.
pub fn open(ctx: &Session, name: &str) -> Result<Box<dyn Region>, Error> {
    let config = crate::replication::region_config(ctx, name)?;
    if config.is_aws() {
        return Ok(Box::new(aws::AwsRegion { name: name.to_string() }));
    }
    let path = crate::replication::region_vault(ctx, name)?;
    Ok(Box::new(file::FileRegion { name: name.to_string(), path }))
}
