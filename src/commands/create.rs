//! `sealbox create`: a new secret whose first version is AWSCURRENT.

use serde_json::json;

use super::{new_arn, new_version_id};
use crate::audit::Event;
use crate::cli::{CreateArgs, SecretType};
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::value;
use crate::vault::Secret;
use crate::vault::model::SecretValue;
use crate::vault::names;

pub fn run(ctx: &Session, args: CreateArgs) -> anyhow::Result<()> {
    names::validate_name(&args.name)?;
    if let Some(d) = &args.description {
        names::validate_description(d)?;
    }
    let tags = args.tags.iter().map(|t| names::parse_tag(t)).collect::<Result<Vec<_>, _>>()?;
    if tags.len() > names::MAX_TAGS {
        return Err(Error::usage(format!("{} tags given, the limit is {}", tags.len(), names::MAX_TAGS)).into());
    }
    if let Some(t) = &args.token {
        names::validate_token(t)?;
    }
    if args.secret_type == SecretType::Plain && value::database_flags_given(&args.database) {
        return Err(Error::usage("--engine, --host, --port, --username and --dbname go with --type database").into());
    }
    let raw = value::read_value(&args.value, ctx)?;
    let bytes = match args.secret_type {
        SecretType::Plain => raw,
        SecretType::Database => value::database_value(&args.database, &raw)?,
    };
    let value = SecretValue::from_bytes(bytes);
    let now = ctx.now;
    let (arn, version_id, created) = ctx.write(|doc| {
        if let Some(existing) = doc.get(&args.name)? {
            if existing.is_scheduled_for_deletion() {
                return Err(Error::invalid_state(format!(
                    "you can't create secret {} because a secret with this name is already scheduled for deletion",
                    args.name
                ))
                .with_hint(format!("run `sealbox restore {}`, or wait for the purge", args.name))
                .into());
            }
            if let Some(token) = &args.token
                && let Some(v) = existing.version(token)
            {
                if v.value == value {
                    doc.audit_all([Event::ok("CreateSecret", Some(&args.name), Some(token))]);
                    return Ok((existing.arn.clone(), token.clone(), false));
                }
                return Err(Error::exists(format!(
                    "version {token} of secret {} already exists with a different value",
                    args.name
                ))
                .into());
            }
            return Err(Error::exists(format!("secret {} already exists", args.name))
                .with_hint(format!("store a new version with `sealbox put-version {}`", args.name))
                .into());
        }
        let version_id = args.token.clone().unwrap_or_else(new_version_id);
        let arn = new_arn(doc, &args.name)?;
        let mut secret = Secret::new(&args.name, arn.clone(), version_id.clone(), value.clone(), now);
        secret.description = args.description.clone().filter(|d| !d.is_empty());
        secret.set_tags(&tags, now)?;
        doc.put(secret);
        // Logged before the vault is saved: no log line, no change.
        doc.audit_all([Event::ok("CreateSecret", Some(&args.name), Some(&version_id))]);
        Ok((arn, version_id, true))
    })?;
    if ctx.json() {
        output::print_json(&json!({"ARN": arn, "Name": args.name, "VersionId": version_id}))?;
    } else if created {
        ctx.info(format!("created {} (version {version_id})", args.name));
    } else {
        ctx.info(format!("{} already has version {version_id} with this value: nothing changed", args.name));
    }
    Ok(())
}
