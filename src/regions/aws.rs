//! A region that is AWS Secrets Manager: `crate::aws` runs the helper `sealbox-region-aws`,
//! which holds the SDK; without the helper every call says where it was looked for.

use super::Region;
use crate::error::Error;
use crate::replication::Outcome;
use crate::session::Session;

pub struct AwsRegion {
    pub name: String,
}

impl Region for AwsRegion {
    fn name(&self) -> &str {
        &self.name
    }

    fn push(&self, ctx: &Session, names: &[String], force_overwrite: bool) -> Vec<Outcome> {
        names.iter().map(|n| crate::aws::push_one(ctx, n, &self.name, force_overwrite)).collect()
    }

    fn remove(&self, ctx: &Session, names: &[String], primary_vault_id: &str) -> Result<usize, Error> {
        let mut removed = 0;
        for name in names {
            if crate::aws::remove_one(ctx, name, &self.name, primary_vault_id)? {
                removed += 1;
            }
        }
        Ok(removed)
    }
}
