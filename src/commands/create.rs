//! `sealbox create`: a new secret whose first version is AWSCURRENT (or none, `--no-value`).

use crate::api::{self, CreateSecret, Scope};
use crate::cli::{CreateArgs, SecretType};
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::value;
use crate::vault::names;

pub fn run(ctx: &Session, args: CreateArgs) -> anyhow::Result<()> {
    names::validate_name(&args.name)?;
    let tags = args.tags.iter().map(|t| names::parse_tag(t)).collect::<Result<Vec<_>, _>>()?;
    if args.secret_type == SecretType::Plain && value::database_flags_given(&args.database) {
        return Err(Error::usage("--engine, --host, --port, --username and --dbname go with --type database").into());
    }
    if let Some(t) = &args.token {
        names::validate_token(t)?;
    }
    let value = if args.no_value {
        if args.secret_type == SecretType::Database {
            return Err(Error::usage("--type database needs a value (the password)").into());
        }
        None
    } else {
        let raw = value::read_value(&args.value, ctx)?;
        let bytes = match args.secret_type {
            SecretType::Plain => raw,
            SecretType::Database => value::database_value(&args.database, &raw)?,
        };
        Some(api::value_from_bytes(bytes, args.binary))
    };
    let req = CreateSecret { name: args.name.clone(), value, description: args.description, tags, token: args.token };
    let out = api::create_secret(ctx, &Scope::all(), req)?;
    if ctx.json() {
        output::print_json(&out.json)?;
    } else {
        match (&out.version_id, out.created) {
            (Some(v), true) => ctx.info(format!("created {} (version {v})", args.name)),
            (None, _) => ctx.info(format!("created {} with no version yet", args.name)),
            (Some(v), false) => {
                ctx.info(format!("{} already has version {v} with this value: nothing changed", args.name))
            }
        }
    }
    Ok(())
}
