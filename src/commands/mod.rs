//! One module per subcommand. These are the only functions that print or prompt.

mod agent;
mod audit;
mod aws_region;
mod batch_get;
mod clip;
mod complete;
mod cp;
mod create;
mod delete;
mod describe;
mod did_you_mean;
mod diff;
mod doctor;
mod edit;
mod env;
mod exec;
mod export;
mod generate;
mod get;
mod git;
mod import;
mod import_region;
mod init;
mod inject;
mod list;
mod merge;
mod mv;
mod passwd;
mod promote;
mod purge;
mod put_version;
mod recipients;
pub(crate) mod region;
mod replicate;
mod resolve;
mod restore;
pub(crate) mod rotate;
mod serve;
mod stage;
mod sync;
mod tag;
mod textconv;
mod totp;
mod trust;
mod unlock;
mod update;
mod versions;

use crate::audit::Event;
use crate::cli::Command;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::{Document, Secret};

pub fn dispatch(ctx: &Session, command: Command) -> anyhow::Result<()> {
    // A failed command is logged here once (commands log their successes themselves,
    // before acting); see `Session::record_failure` for what is not logged twice.
    let audited = audited_call(&command);
    let result = run(ctx, command).map_err(|err| did_you_mean::suggest(ctx, err));
    if let (Err(err), Some((operation, name))) = (&result, audited) {
        ctx.record_failure(operation, name.as_deref(), err);
    }
    result
}

/// The AWS operation name and secret name a command is logged under when it fails.
fn audited_call(command: &Command) -> Option<(&'static str, Option<String>)> {
    let (op, name) = match command {
        Command::Create(a) => ("CreateSecret", Some(&a.name)),
        Command::Get(a) => ("GetSecretValue", Some(&a.name)),
        Command::PutVersion(a) => ("PutSecretValue", Some(&a.name)),
        Command::List(_) => ("ListSecrets", None),
        Command::Describe(a) => ("DescribeSecret", Some(&a.name)),
        Command::Versions(a) => ("ListSecretVersionIds", Some(&a.name)),
        Command::Stage(a) => ("UpdateSecretVersionStage", Some(&a.name)),
        Command::Update(a) => ("UpdateSecret", Some(&a.name)),
        Command::Tag(a) => ("TagResource", Some(&a.name)),
        Command::Untag(a) => ("UntagResource", Some(&a.name)),
        Command::Delete(a) => ("DeleteSecret", Some(&a.name)),
        Command::Restore(a) => ("RestoreSecret", Some(&a.name)),
        Command::Rotate(a) => ("RotateSecret", a.name.as_ref()),
        Command::Replicate(a) => ("ReplicateSecretToRegions", a.name.as_ref()),
        Command::Promote(a) => ("StopReplicationToReplica", Some(&a.name)),
        Command::BatchGet(_) => ("BatchGetSecretValue", None),
        Command::Edit(a) => ("PutSecretValue", Some(&a.name)),
        Command::Mv(a) => ("RenameSecret", Some(&a.old)),
        Command::Cp(a) => ("CreateSecret", Some(&a.destination)),
        _ => return None,
    };
    Some((op, name.cloned()))
}

fn run(ctx: &Session, command: Command) -> anyhow::Result<()> {
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
        Command::Rotate(a) => rotate::run(ctx, a),
        Command::Region(a) => region::run(ctx, a),
        Command::Replicate(a) => replicate::run(ctx, a),
        Command::Sync(a) => sync::run(ctx, a),
        Command::Promote(a) => promote::run(ctx, a),
        Command::Audit(a) => audit::run(ctx, a),
        Command::Exec(a) => exec::run(ctx, a),
        Command::Env(a) => env::run(ctx, a),
        Command::Inject(a) => inject::run(ctx, a),
        Command::Import(a) => import::run(ctx, a),
        Command::Export(a) => export::run(ctx, a),
        Command::Edit(a) => edit::run(ctx, a),
        Command::Mv(a) => mv::run(ctx, a),
        Command::Cp(a) => cp::run(ctx, a),
        Command::Find(a) => list::find(ctx, a),
        Command::Completions(a) => output::write_stdout(&crate::completions::script(a.shell)),
        Command::ClipClear(a) => clip::run_clear(a),
        Command::CompleteNames(a) => complete::run(ctx, a),
        Command::Unlock(a) => unlock::run_unlock(ctx, a),
        Command::Lock => unlock::run_lock(ctx),
        Command::Agent(a) => agent::run(ctx, a),
        Command::Passwd(a) => passwd::run(ctx, a),
        Command::Recipients(a) => recipients::run(ctx, a),
        Command::Diff(a) => diff::run(ctx, a),
        Command::Doctor => doctor::run(ctx),
        Command::Trust => trust::run(ctx),
        Command::Git(a) => git::run(ctx, a),
        Command::Merge(a) => merge::run(ctx, a),
        Command::Textconv(a) => textconv::run(ctx, a),
        Command::BatchGet(a) => batch_get::run(ctx, a),
        Command::Serve(a) => serve::run(ctx, a),
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

/// Read a secret for a change, by name or ARN (the one SecretId resolver,
/// [`crate::api::find_with`]): it must exist (else exit 3).
pub fn existing(doc: &Document, id: &str) -> Result<Secret, Error> {
    crate::api::existing(doc, id)
}

/// Change one secret in a write: `change` works on a copy that is stored back only when it
/// returns Ok(true) (Ok(false) means "nothing to do", so nothing is written), and pushes
/// the audit events of the change (logged by the session before the save).
pub fn modify<T>(
    ctx: &Session,
    name: &str,
    change: impl FnOnce(&mut Secret, &mut Vec<Event>) -> Result<(T, bool), Error>,
) -> anyhow::Result<(Secret, T)> {
    crate::api::modify(ctx, &crate::api::Scope::all(), "", name, change)
}

/// The ARN/Name pair most write commands print with `-o json`.
pub fn arn_name(secret: &Secret) -> serde_json::Value {
    serde_json::json!({"ARN": secret.arn, "Name": secret.name})
}
