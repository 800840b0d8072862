//! A region that is another vault file: a backup disk, a synced folder, a vault shared
//! with a CI machine. Every push is a write of that vault through the session's
//! transaction (its lock, its trust check, its generation), under a short lock timeout.

use std::path::{Path, PathBuf};
use std::time::Duration;

use super::Region;
use crate::audit::Event;
use crate::error::Error;
use crate::replication::{Outcome, error_text};
use crate::session::Session;
use crate::vault::Secret;
use crate::vault::model::PrimaryRef;

/// The longest a push waits for a region vault's lock: a busy region must not hold up the
/// primary's command, and `sync` retries.
const REGION_LOCK_TIMEOUT: Duration = Duration::from_secs(2);

pub struct FileRegion {
    pub name: String,
    pub path: PathBuf,
}

/// The primary's vault path as replicas record it.
fn absolute(path: &Path) -> PathBuf {
    std::path::absolute(path).unwrap_or_else(|_| path.to_path_buf())
}

/// The event a region's write records for each replica it takes.
fn updated(name: &str, primary_region: &str) -> Event {
    Event::ok("ReplicaUpdated", Some(name), None).with_detail(format!("from {primary_region}"))
}

fn region_timeout(ctx: &Session) -> Duration {
    ctx.lock_timeout().min(REGION_LOCK_TIMEOUT)
}

/// Why a region vault can't be written, before touching it: a missing vault is never
/// created by a push (a backup disk that is not mounted must stay untouched).
///
/// A directory or vault file with no write permission bits at all is taken as read-only
/// even for root (whom the kernel would let write): someone marked it so on purpose.
fn check_reachable(path: &Path) -> Result<(), String> {
    use std::os::unix::fs::PermissionsExt;
    let no_write_bits = |p: &Path| std::fs::metadata(p).is_ok_and(|m| m.permissions().mode() & 0o222 == 0);
    if path.is_file() {
        let dir = match path.parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        if no_write_bits(&dir) {
            return Err(format!("the region directory {} is read-only", dir.display()));
        }
        if no_write_bits(path) {
            return Err(format!("the region vault {} is read-only", path.display()));
        }
        Ok(())
    } else if path.exists() {
        Err(format!("the region vault {} is not a file", path.display()))
    } else {
        Err(format!("the region vault {} is unreachable: no such file", path.display()))
    }
}

enum PushResult {
    InSync,
    Promoted,
    Taken(String),
}

impl Region for FileRegion {
    fn name(&self) -> &str {
        &self.name
    }

    /// Copy the primary's current state of each of `names` into the region's vault.
    fn push(&self, ctx: &Session, names: &[String], force_overwrite: bool) -> Vec<Outcome> {
        let region = self.name.as_str();
        let path = &self.path;
        let all_failed = |message: String| names.iter().map(|n| Outcome::failed(n, region, message.clone())).collect();
        if let Err(m) = check_reachable(path) {
            return all_failed(m);
        }
        let primary_path = absolute(&ctx.vault_path);
        // The region vault goes through the same transaction as the primary: a substituted or
        // rolled-back region is refused before anything is pushed into it.
        let result = ctx.write_vault(path, region_timeout(ctx), |doc| {
            // Read the primary again now that the region is locked: the newest state wins.
            let mut reader = ctx.reader()?;
            if doc.meta.vault_id == reader.meta.vault_id {
                return Err(Error::other(format!(
                    "the region vault {} has the primary vault's own id (a copy of the primary vault?)",
                    path.display()
                ))
                .into());
            }
            let primary = PrimaryRef {
                vault_id: reader.meta.vault_id.clone(),
                region: reader.meta.region.clone(),
                vault_path: Some(primary_path.display().to_string()),
            };
            let ours = |s: &Secret| s.replica_of.as_ref().is_some_and(|p| p.vault_id == primary.vault_id);
            let mut results = Vec::with_capacity(names.len());
            for name in names {
                let Some(secret) = reader.read_secret(name)? else {
                    // Gone from the primary since (a forced delete): nothing to push.
                    results.push(PushResult::InSync);
                    continue;
                };
                let copy = secret.replica_copy(primary.clone(), region);
                let result = match doc.get(name)? {
                    Some(existing) if ours(&existing) && existing == copy => PushResult::InSync,
                    Some(existing) if ours(&existing) || force_overwrite => {
                        doc.put(copy);
                        doc.audit(updated(name, &primary.region));
                        PushResult::InSync
                    }
                    Some(existing)
                        if existing.promoted_from.as_ref().is_some_and(|p| p.vault_id == primary.vault_id) =>
                    {
                        PushResult::Promoted
                    }
                    Some(existing) => PushResult::Taken(match &existing.replica_of {
                        Some(p) => format!("a replica of another vault ({})", p.vault_id),
                        None => "a standalone secret".to_string(),
                    }),
                    None => {
                        doc.put(copy);
                        doc.audit(updated(name, &primary.region));
                        PushResult::InSync
                    }
                };
                results.push(result);
            }
            Ok(results)
        });
        let results = match result {
            Ok(r) => r,
            Err(e) => return all_failed(error_text(&e)),
        };
        names
            .iter()
            .zip(results)
            .map(|(name, result)| match result {
                PushResult::InSync => Outcome::ok(name, region),
                PushResult::Promoted => {
                    let mut o = Outcome::failed(name, region, format!("promoted to standalone in region {region}"));
                    o.promoted = true;
                    o
                }
                PushResult::Taken(what) => Outcome::failed(
                    name,
                    region,
                    format!(
                        "secret {name} already exists in region {region} as {what}; replicate with --force-overwrite to replace it"
                    ),
                ),
            })
            .collect()
    }

    /// Delete this primary's replicas of `names` (a promoted or foreign secret of the same
    /// name stays); how many were deleted.
    fn remove(&self, ctx: &Session, names: &[String], primary_vault_id: &str) -> Result<usize, Error> {
        let path = &self.path;
        check_reachable(path).map_err(Error::other)?;
        ctx.write_vault(path, region_timeout(ctx), |doc| {
            let mut removed = 0;
            for name in names {
                let ours = doc
                    .get(name)?
                    .is_some_and(|s| s.replica_of.as_ref().is_some_and(|p| p.vault_id == primary_vault_id));
                if ours {
                    doc.remove(name);
                    doc.audit(Event::ok("ReplicaDeleted", Some(name), None));
                    removed += 1;
                }
            }
            Ok(removed)
        })
        .map_err(|e| Error::other(error_text(&e)))
    }
}
