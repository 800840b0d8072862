//! One module per subcommand. These are the only functions that print or prompt.

mod aws_region;
mod create;
mod delete;
mod describe;
mod diff;
mod generate;
mod get;
mod import_region;
mod init;
mod list;
mod promote;
mod purge;
mod put_version;
mod region;
mod replicate;
mod restore;
mod stage;
mod sync;
mod tag;
mod update;
mod versions;

use crate::cli::Command;
use crate::context::Context;
use crate::error::Error;
use crate::vault::names;
use crate::vault::{Document, Secret};

pub fn dispatch(ctx: &Context, command: Command) -> anyhow::Result<()> {
    match command {
        Command::Init(a) => init::run(ctx, a),
        Command::Create(a) => create::run(ctx, a),
        Command::Get(a) => get::run(ctx, a),
        Command::PutVersion(a) => put_version::run(ctx, a),
        Command::List(a) => list::run(ctx, a),
        Command::Describe(a) => describe::run(ctx, a),
        Command::Versions(a) => versions::run(ctx, a),
        Command::Stage(a) => stage::run(ctx, a),
        Command::Update(a) => update::run(ctx, a),
        Command::Tag(a) => tag::run_tag(ctx, a),
        Command::Untag(a) => tag::run_untag(ctx, a),
        Command::Generate(a) => generate::run(ctx, a),
        Command::Delete(a) => delete::run(ctx, a),
        Command::Restore(a) => restore::run(ctx, a),
        Command::Purge => purge::run(ctx),
        Command::Region(a) => region::run(ctx, a),
        Command::Replicate(a) => replicate::run(ctx, a),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Promote(a) => promote::run(ctx, a),
        Command::Import(a) => import_region::run(ctx, a),
        Command::Diff(a) => diff::run(ctx, a),
    }
}

/// A new version id (a UUID, as AWS uses).
pub fn new_version_id() -> String {
    uuid::Uuid::new_v4().to_string()
}

/// `arn:sealbox:<region>:<vault-id>:secret:<name>-<6 random alphanumerics>`.
pub fn new_arn(doc: &Document, name: &str) -> Result<String, Error> {
    Ok(format!(
        "arn:sealbox:{}:{}:secret:{name}-{}",
        doc.meta.region,
        doc.meta.vault_id,
        crate::password::alphanumeric(6)?
    ))
}

/// Read a secret for a change: it must exist (else exit 3).
pub fn existing(doc: &Document, name: &str) -> Result<Secret, Error> {
    doc.get(name)?.ok_or_else(|| Error::secret_not_found(name))
}

/// Change one secret under the write lock: `change` works on a copy that is stored back
/// only when it returns Ok(true) (Ok(false) means "nothing to do", so nothing is written).
pub fn modify<T>(
    ctx: &Context,
    name: &str,
    change: impl FnOnce(&mut Secret) -> Result<(T, bool), Error>,
) -> anyhow::Result<(Secret, T)> {
    names::validate_name(name)?;
    ctx.write(|doc| {
        let mut secret = existing(doc, name)?;
        let (out, changed) = change(&mut secret)?;
        if changed {
            doc.put(secret.clone());
        }
        Ok((secret, out))
    })
}

/// The ARN/Name pair most write commands print with `-o json`.
pub fn arn_name(secret: &Secret) -> serde_json::Value {
    serde_json::json!({"ARN": secret.arn, "Name": secret.name})
}
