//! AWS Secrets Manager's operations, one function each, shared by the CLI commands and
//! `sealbox serve`: typed requests in, AWS-shaped JSON out, through the session's reads
//! and writes (so the audit, the trust checks and replication are the same for both).
//!
//! [`Scope`] is what a caller may see and do: the CLI sees everything; `serve --prefix`
//! sees a subtree and `serve --read-only` only reads ([`AccessDenied`] otherwise).

use std::collections::BTreeMap;
use std::io::{Read, Seek};

use base64::Engine as _;
use jiff::Timestamp;
use serde_json::{Map, Value, json};
use zeroize::Zeroizing;

use crate::audit::{self, Event};
use crate::error::Error;
use crate::output;
use crate::session::{Session, Tx};
use crate::vault::format::{CatalogEntry, Meta, Reader};
use crate::vault::model::{DEFAULT_RECOVERY_DAYS, SecretValue, validate_recovery_window};
use crate::vault::names::{self, Subtree};
use crate::vault::{Document, Secret};

/// A request for something outside the caller's [`Scope`] (AWS AccessDeniedException).
#[derive(Debug)]
pub struct AccessDenied(pub String);

impl std::fmt::Display for AccessDenied {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for AccessDenied {}

/// What a caller may see and change, and who it is (for the audit log).
#[derive(Debug, Clone, Default)]
pub struct Scope {
    /// Only secrets in this subtree (`serve --prefix`).
    pub subtree: Option<String>,
    /// No writes (`serve --read-only`).
    pub read_only: bool,
    /// Who asks, as the audit log's detail (`serve AKID…`); None for the CLI.
    pub actor: Option<String>,
}

impl Scope {
    /// The CLI: everything, as the user.
    pub fn all() -> Scope {
        Scope::default()
    }

    pub fn allows(&self, name: &str) -> bool {
        self.subtree.as_deref().is_none_or(|p| Subtree::new(p).contains(name))
    }

    fn check(&self, name: &str) -> Result<(), AccessDenied> {
        if self.allows(name) {
            Ok(())
        } else {
            Err(AccessDenied(format!(
                "secret {name} is outside the prefix {} this endpoint serves",
                self.subtree.as_deref().unwrap_or_default()
            )))
        }
    }

    fn check_write(&self, operation: &str) -> Result<(), AccessDenied> {
        if self.read_only {
            Err(AccessDenied(format!("{operation} is a write, and this endpoint is read-only")))
        } else {
            Ok(())
        }
    }

    /// An audit event of this caller.
    pub fn event(&self, event: Event) -> Event {
        match &self.actor {
            Some(actor) => event.with_detail(actor.clone()),
            None => event,
        }
    }
}

// ----- SecretId --------------------------------------------------------------------------

/// The names a SecretId may mean, most specific first, each with the ARN tail a match
/// must carry: a name; this vault's ARN (`arn:sealbox:<region>:<vault-id>:secret:<name>-<6>`,
/// or AWS's `arn:aws:secretsmanager:<region>:<vault-id>:secret:…`), full or without the
/// suffix.
pub fn id_candidates(meta: &Meta, id: &str) -> Result<Vec<(String, Option<String>)>, Error> {
    if !id.starts_with("arn:") {
        names::validate_name(id)?;
        return Ok(vec![(id.to_string(), None)]);
    }
    let parts: Vec<&str> = id.split(':').collect();
    let (vault, rest) = match parts.as_slice() {
        ["arn", "sealbox", _region, vault, "secret", rest] => (*vault, *rest),
        ["arn", _partition, "secretsmanager", _region, vault, "secret", rest] => (*vault, *rest),
        _ => {
            return Err(Error::usage(format!("invalid secret id {}: not a secret ARN", names::printable(id)))
                .with_hint("give a name, or an ARN as `sealbox describe NAME` shows it"));
        }
    };
    if vault != meta.vault_id {
        return Err(Error::not_found(format!(
            "secret {} not found: the ARN names another vault",
            names::printable(id)
        ))
        .with_hint(format!("this vault's id is {}", meta.vault_id)));
    }
    names::validate_name(rest)?;
    let mut out = Vec::new();
    if let Some((name, suffix)) = rest.rsplit_once('-')
        && suffix.len() == 6
        && suffix.chars().all(|c| c.is_ascii_alphanumeric())
        && !name.is_empty()
    {
        out.push((name.to_string(), Some(format!(":secret:{rest}"))));
    }
    out.push((rest.to_string(), None));
    Ok(out)
}

/// The name shown in "not found" for a SecretId: the name, or the ARN's secret part.
fn shown_name(id: &str) -> &str {
    if id.starts_with("arn:") { id.rsplit(':').next().unwrap_or(id) } else { id }
}

/// Find the secret a SecretId names, with `get` looking names up.
pub fn find_with(
    meta: &Meta,
    id: &str,
    mut get: impl FnMut(&str) -> Result<Option<Secret>, Error>,
) -> Result<Option<Secret>, Error> {
    for (name, arn_tail) in id_candidates(meta, id)? {
        if let Some(s) = get(&name)?
            && arn_tail.as_deref().is_none_or(|t| s.arn.ends_with(t))
        {
            return Ok(Some(s));
        }
    }
    Ok(None)
}

/// The secret a SecretId names in a reader (exit 3 when none).
pub fn read<R: Read + Seek>(reader: &mut Reader<R>, id: &str) -> Result<Secret, Error> {
    let meta = reader.meta.clone();
    find_with(&meta, id, |n| reader.read_secret(n))?.ok_or_else(|| Error::secret_not_found(shown_name(id)))
}

/// The secret a SecretId names in a document being written (exit 3 when none).
pub fn existing(doc: &Document, id: &str) -> Result<Secret, Error> {
    find_with(&doc.meta, id, |n| doc.get(n))?.ok_or_else(|| Error::secret_not_found(shown_name(id)))
}

fn read_scoped<R: Read + Seek>(scope: &Scope, reader: &mut Reader<R>, id: &str) -> anyhow::Result<Secret> {
    let s = read(reader, id)?;
    scope.check(&s.name)?;
    Ok(s)
}

/// Change the secret a SecretId names: `change` works on a copy stored back when it
/// returns true, and records its events (logged by the session before the save).
pub fn modify<T>(
    ctx: &Session,
    scope: &Scope,
    operation: &str,
    id: &str,
    change: impl FnOnce(&mut Secret, &mut Vec<Event>) -> Result<(T, bool), Error>,
) -> anyhow::Result<(Secret, T)> {
    scope.check_write(operation)?;
    ctx.write(|tx| {
        let mut secret = existing(tx, id)?;
        scope.check(&secret.name)?;
        let mut events = Vec::new();
        let (out, changed) = change(&mut secret, &mut events)?;
        tx.audit_all(events.into_iter().map(|e| scope.event(e)));
        if changed {
            tx.put(secret.clone());
        }
        Ok((secret, out))
    })
}

fn arn_name(secret: &Secret) -> Value {
    json!({"ARN": secret.arn, "Name": secret.name})
}

// ----- values ----------------------------------------------------------------------------

/// A value as AWS sends it: SecretString, or SecretBinary (base64 in JSON).
pub fn value_of(
    string: Option<Zeroizing<String>>,
    binary: Option<Zeroizing<String>>,
) -> Result<Option<SecretValue>, Error> {
    match (string, binary) {
        (Some(_), Some(_)) => Err(Error::usage("give SecretString or SecretBinary, not both")),
        (Some(s), None) => Ok(Some(SecretValue::Text(s))),
        (None, Some(b)) => {
            let bytes = base64::engine::general_purpose::STANDARD
                .decode(b.as_bytes())
                .map_err(|_| Error::usage("SecretBinary is not valid base64"))?;
            Ok(Some(SecretValue::Binary(Zeroizing::new(bytes))))
        }
        (None, None) => Ok(None),
    }
}

/// Bytes as the CLI reads them: SecretBinary with `--binary` (or when not UTF-8), else SecretString.
pub fn value_from_bytes(bytes: Zeroizing<Vec<u8>>, binary: bool) -> SecretValue {
    if binary { SecretValue::Binary(bytes) } else { SecretValue::from_bytes(bytes) }
}

// ----- CreateSecret ----------------------------------------------------------------------

pub struct CreateSecret {
    pub name: String,
    /// None: a secret with no version (`create --no-value`).
    pub value: Option<SecretValue>,
    pub description: Option<String>,
    pub tags: Vec<(String, String)>,
    pub token: Option<String>,
}

pub struct Created {
    pub json: Value,
    pub version_id: Option<String>,
    /// False when the token named an existing version with the same value.
    pub created: bool,
}

pub fn create_secret(ctx: &Session, scope: &Scope, req: CreateSecret) -> anyhow::Result<Created> {
    scope.check_write("CreateSecret")?;
    names::validate_name(&req.name)?;
    scope.check(&req.name)?;
    if let Some(d) = &req.description {
        names::validate_description(d)?;
    }
    if req.tags.len() > names::MAX_TAGS {
        return Err(Error::usage(format!("{} tags given, the limit is {}", req.tags.len(), names::MAX_TAGS)).into());
    }
    for (k, v) in &req.tags {
        names::validate_tag(k, v)?;
    }
    if let Some(t) = &req.token {
        names::validate_token(t)?;
    }
    if let Some(v) = &req.value {
        names::validate_value_len(v.len())?;
    }
    let now = ctx.now;
    let name = req.name.clone();
    let (arn, version_id, created) = ctx.write(|tx| {
        if let Some(existing) = tx.get(&name)? {
            if existing.is_scheduled_for_deletion() {
                return Err(Error::invalid_state(format!(
                    "you can't create secret {name} because a secret with this name is already scheduled for deletion"
                ))
                .with_hint(format!("run `sealbox restore {name}`, or wait for the purge"))
                .into());
            }
            if let (Some(token), Some(value)) = (&req.token, &req.value)
                && let Some(v) = existing.version(token)
            {
                if v.value == *value {
                    tx.audit(scope.event(Event::ok("CreateSecret", Some(&name), Some(token))));
                    return Ok((existing.arn.clone(), Some(token.clone()), false));
                }
                return Err(Error::exists(format!(
                    "version {token} of secret {name} already exists with a different value"
                ))
                .into());
            }
            return Err(Error::exists(format!("secret {name} already exists"))
                .with_hint(format!("store a new version with `sealbox put-version {name}`"))
                .into());
        }
        let arn = crate::commands::new_arn(tx, &name)?;
        let (mut secret, version_id) = match &req.value {
            Some(value) => {
                let version_id = req.token.clone().unwrap_or_else(crate::commands::new_version_id);
                (Secret::new(&name, arn.clone(), version_id.clone(), value.clone(), now), Some(version_id))
            }
            None => (Secret::without_value(&name, arn.clone(), now), None),
        };
        secret.description = req.description.clone().filter(|d| !d.is_empty());
        secret.set_tags(&req.tags, now)?;
        tx.put(secret);
        tx.audit(scope.event(Event::ok("CreateSecret", Some(&name), version_id.as_deref())));
        Ok((arn, version_id, true))
    })?;
    let mut json = json!({"ARN": arn, "Name": req.name});
    if let Some(v) = &version_id {
        json["VersionId"] = v.clone().into();
    }
    Ok(Created { json, version_id, created })
}

// ----- GetSecretValue / BatchGetSecretValue ----------------------------------------------

pub struct GetSecretValue {
    pub id: String,
    pub version_id: Option<String>,
    pub stage: Option<String>,
}

/// The secret and the version a GetSecretValue reads, checked; nothing logged yet.
pub fn locate_value<R: Read + Seek>(
    scope: &Scope,
    reader: &mut Reader<R>,
    req: &GetSecretValue,
) -> anyhow::Result<(Secret, String)> {
    if let Some(l) = &req.stage {
        names::validate_label(l)?;
    }
    if let Some(id) = &req.version_id {
        names::validate_version_id(id, "--version-id")?;
    }
    let secret = read_scoped(scope, reader, &req.id)?;
    if secret.is_scheduled_for_deletion() {
        return Err(Error::marked_for_deletion(&secret.name).into());
    }
    let version = secret.resolve(req.version_id.as_deref(), req.stage.as_deref())?.id.clone();
    Ok((secret, version))
}

/// AWS GetSecretValue: logged before the value is returned.
pub fn get_secret_value(ctx: &Session, scope: &Scope, req: &GetSecretValue) -> anyhow::Result<Value> {
    let mut reader = ctx.reader()?;
    let (secret, vid) = locate_value(scope, &mut reader, req)?;
    ctx.record(&[scope.event(Event::ok("GetSecretValue", Some(&secret.name), Some(&vid)))])?;
    let version = secret.resolve(Some(&vid), None)?;
    Ok(output::secret_value_json(&secret, version))
}

/// At most this many ids (or filtered secrets) per BatchGetSecretValue.
pub const MAX_BATCH: usize = 20;

pub struct BatchGet {
    pub ids: Vec<String>,
    pub filters: Vec<Filter>,
    pub max_results: Option<usize>,
    pub next_token: Option<String>,
}

/// AWS BatchGetSecretValue: the values of up to 20 ids (each failure in `Errors`), or of
/// the secrets the filters match (a page of at most `max_results`, 20 by default).
pub fn batch_get(ctx: &Session, scope: &Scope, req: BatchGet) -> anyhow::Result<Value> {
    if req.ids.is_empty() == req.filters.is_empty() {
        return Err(Error::usage("give secret ids or --filter, not both or neither").into());
    }
    if req.ids.len() > MAX_BATCH {
        return Err(Error::usage(format!("{} secret ids given, the limit is {MAX_BATCH}", req.ids.len())).into());
    }
    let mut reader = ctx.reader()?;
    let mut next_token = None;
    let ids: Vec<String> = if req.ids.is_empty() {
        let page = list_page(
            ctx,
            scope,
            &mut reader,
            &ListSecrets {
                filters: req.filters,
                max_results: Some(req.max_results.unwrap_or(MAX_BATCH).min(MAX_BATCH)),
                next_token: req.next_token,
                ..ListSecrets::default()
            },
        )?;
        next_token = page.next_token;
        page.entries.into_iter().map(|e| e.name).collect()
    } else {
        req.ids
    };
    let mut values = Vec::new();
    let mut errors = Vec::new();
    let mut events = Vec::new();
    let mut found = Vec::new();
    for id in &ids {
        let get = GetSecretValue { id: id.clone(), version_id: None, stage: None };
        match locate_value(scope, &mut reader, &get) {
            Ok((secret, vid)) => {
                events.push(scope.event(Event::ok("GetSecretValue", Some(&secret.name), Some(&vid))));
                found.push((secret, vid));
            }
            Err(e) => {
                let code = error_code(&e);
                errors.push(json!({"SecretId": id, "ErrorCode": code, "Message": e.to_string()}));
                events.push(scope.event(Event::failed(
                    "GetSecretValue",
                    Some(shown_name(id)),
                    crate::error::exit_kind(&e),
                )));
            }
        }
    }
    ctx.record(&events)?;
    for (secret, vid) in &found {
        values.push(output::secret_value_json(secret, secret.resolve(Some(vid), None)?));
    }
    let mut out = json!({"SecretValues": values, "Errors": errors});
    if let Some(t) = next_token {
        out["NextToken"] = t.into();
    }
    Ok(out)
}

/// AWS's error code for an error: AccessDeniedException, or the exit kind's class.
pub fn error_code(err: &anyhow::Error) -> &'static str {
    if err.downcast_ref::<AccessDenied>().is_some() {
        return "AccessDeniedException";
    }
    match crate::error::exit_kind(err) {
        crate::error::ExitKind::Usage => "InvalidParameterException",
        kind => kind.class(),
    }
}

// ----- PutSecretValue / UpdateSecret -----------------------------------------------------

pub struct PutSecretValue {
    pub id: String,
    pub value: SecretValue,
    pub stages: Vec<String>,
    pub token: Option<String>,
}

pub struct Put {
    pub secret: Secret,
    pub version_id: String,
    pub created: bool,
    pub abandoned_rotation: Option<String>,
}

impl Put {
    pub fn json(&self) -> Value {
        let stages = self.secret.version(&self.version_id).map(|v| v.stages.clone()).unwrap_or_default();
        json!({"ARN": self.secret.arn, "Name": self.secret.name, "VersionId": self.version_id, "VersionStages": stages})
    }
}

fn put_in(
    s: &mut Secret,
    events: &mut Vec<Event>,
    operation: &str,
    value: SecretValue,
    stages: &[String],
    token: Option<&str>,
    now: Timestamp,
) -> Result<(String, bool, Option<String>), Error> {
    let version_id = token.map(str::to_string).unwrap_or_else(crate::commands::new_version_id);
    let out = s.put_value(version_id, value, stages, now)?;
    events.push(Event::ok(operation, Some(&s.name), Some(&out.version_id)));
    if let Some(pending) = &out.abandoned_rotation {
        events.push(Event::ok("RotationAbandoned", Some(&s.name), Some(pending)).with_detail("put-version"));
    }
    Ok((out.version_id, out.created, out.abandoned_rotation))
}

pub fn put_secret_value(ctx: &Session, scope: &Scope, req: PutSecretValue) -> anyhow::Result<Put> {
    if let Some(t) = &req.token {
        names::validate_token(t)?;
    }
    for s in &req.stages {
        names::validate_label(s)?;
    }
    let now = ctx.now;
    let (secret, (version_id, created, abandoned_rotation)) =
        modify(ctx, scope, "PutSecretValue", &req.id, |s, events| {
            let out = put_in(s, events, "PutSecretValue", req.value, &req.stages, req.token.as_deref(), now)?;
            let changed = out.1;
            Ok((out, changed))
        })?;
    Ok(Put { secret, version_id, created, abandoned_rotation })
}

pub struct UpdateSecret {
    pub id: String,
    pub value: Option<SecretValue>,
    pub description: Option<String>,
    pub token: Option<String>,
}

/// AWS UpdateSecret: the description, and a value as a new AWSCURRENT version.
pub fn update_secret(
    ctx: &Session,
    scope: &Scope,
    req: UpdateSecret,
) -> anyhow::Result<(Secret, Option<String>, Value)> {
    if req.value.is_none() && req.description.is_none() {
        return Err(Error::usage(
            "nothing to update: give a value (--value, --value-file, --generate) or --description",
        )
        .into());
    }
    if let Some(t) = &req.token {
        names::validate_token(t)?;
        if req.value.is_none() {
            return Err(Error::usage("--token goes with a value: it becomes the new version's id").into());
        }
    }
    let now = ctx.now;
    let (secret, version_id) = modify(ctx, scope, "UpdateSecret", &req.id, |s, events| {
        s.ensure_writable()?;
        let mut changed = false;
        if let Some(d) = &req.description {
            s.set_description(d, now)?;
            changed = true;
        }
        let mut version_id = None;
        match req.value {
            Some(value) => {
                let (vid, created, _) = put_in(s, events, "UpdateSecret", value, &[], req.token.as_deref(), now)?;
                changed |= created;
                version_id = Some(vid);
            }
            None => events.push(Event::ok("UpdateSecret", Some(&s.name), None)),
        }
        Ok((version_id, changed))
    })?;
    let mut json = arn_name(&secret);
    if let Some(v) = &version_id {
        json["VersionId"] = v.clone().into();
    }
    Ok((secret, version_id, json))
}

// ----- DescribeSecret / ListSecretVersionIds ---------------------------------------------

pub struct Described {
    pub secret: Secret,
    pub last_accessed: Option<Timestamp>,
    /// Replicated prefixes the secret falls under, with their regions.
    pub prefixes: Vec<(String, Vec<String>)>,
    /// The vault's id (whose lines in a shared audit log are this secret's).
    pub vault_id: String,
}

impl Described {
    pub fn json(&self) -> Value {
        let mut v = output::describe_json(&self.secret, self.last_accessed);
        if !self.prefixes.is_empty() {
            v["ReplicatedPrefixes"] =
                self.prefixes.iter().map(|(p, r)| json!({"Prefix": p, "Regions": r})).collect::<Vec<_>>().into();
        }
        v
    }
}

pub fn describe_secret(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<Described> {
    let mut reader = ctx.reader()?;
    let secret = read_scoped(scope, &mut reader, id)?;
    ctx.record(&[scope.event(Event::ok("DescribeSecret", Some(&secret.name), None))])?;
    let last_accessed =
        audit::last_accessed(&ctx.audit.path, &reader.meta.vault_id, Some(&secret.name))?.remove(&secret.name);
    let prefixes = if secret.replica_of.is_some() {
        Vec::new()
    } else {
        reader
            .meta
            .replicated_prefixes
            .iter()
            .filter(|(p, _)| names::in_subtree(&secret.name, p))
            .map(|(p, r)| (p.clone(), r.clone()))
            .collect()
    };
    Ok(Described { secret, last_accessed, prefixes, vault_id: reader.meta.vault_id.clone() })
}

/// AWS ListSecretVersionIds (newest first, as sealbox has always shown them).
pub fn list_versions(
    ctx: &Session,
    scope: &Scope,
    id: &str,
    include_deprecated: bool,
) -> anyhow::Result<(Secret, Value)> {
    let mut reader = ctx.reader()?;
    let s = read_scoped(scope, &mut reader, id)?;
    ctx.record(&[scope.event(Event::ok("ListSecretVersionIds", Some(&s.name), None))])?;
    let accessed = audit::last_accessed_versions(&ctx.audit.path, &reader.meta.vault_id, &s.name)?;
    let versions: Vec<Value> = s
        .versions
        .iter()
        .rev()
        .filter(|v| include_deprecated || !v.is_deprecated())
        .map(|v| output::version_entry_json(v, accessed.get(&v.id).copied()))
        .collect();
    let json = json!({"Versions": versions, "ARN": s.arn, "Name": s.name});
    Ok((s, json))
}

// ----- ListSecrets -----------------------------------------------------------------------

/// One ListSecrets filter: a key and its values (any may match; `!` negates one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Filter {
    pub key: FilterKey,
    pub values: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum FilterKey {
    Name,
    Description,
    TagKey,
    TagValue,
    PrimaryRegion,
    All,
}

impl FilterKey {
    pub fn parse(key: &str) -> Result<FilterKey, Error> {
        Ok(match key {
            "name" => FilterKey::Name,
            "description" => FilterKey::Description,
            "tag-key" => FilterKey::TagKey,
            "tag-value" => FilterKey::TagValue,
            "primary-region" => FilterKey::PrimaryRegion,
            "all" => FilterKey::All,
            _ => {
                return Err(Error::usage(format!("unknown filter key {}", names::printable(key)))
                    .with_hint("the keys are name, description, tag-key, tag-value, primary-region and all"));
            }
        })
    }
}

/// `--filter KEY=VALUE` arguments, values of one key gathered into one filter (AWS's
/// Filters: every filter must match, any of its values).
pub fn parse_filters(args: &[String]) -> Result<Vec<Filter>, Error> {
    let mut filters: Vec<Filter> = Vec::new();
    for a in args {
        let (k, v) = a.split_once('=').ok_or_else(|| {
            Error::usage(format!("invalid --filter {}: expected KEY=VALUE", names::printable(a)))
                .with_hint("e.g. --filter name=app/ --filter tag-key=env --filter 'description=!legacy'")
        })?;
        let key = FilterKey::parse(k)?;
        if v.is_empty() || v.len() > 512 {
            return Err(Error::usage(format!("invalid --filter {k}=: a value is 1..512 characters")));
        }
        match filters.iter_mut().find(|f| f.key == key) {
            Some(f) => f.values.push(v.to_string()),
            None => filters.push(Filter { key, values: vec![v.to_string()] }),
        }
    }
    if filters.len() > 10 {
        return Err(Error::usage("at most 10 filters"));
    }
    Ok(filters)
}

/// Words of an attribute as AWS's ListSecrets matches them: split at characters that are
/// not letters or digits, and before an upper-case letter that follows a lower-case one.
fn words(s: &str) -> Vec<String> {
    let mut out = Vec::new();
    let mut word = String::new();
    let mut prev_lower = false;
    for c in s.chars() {
        if !c.is_alphanumeric() {
            if !word.is_empty() {
                out.push(std::mem::take(&mut word));
            }
            prev_lower = false;
            continue;
        }
        if c.is_uppercase() && prev_lower && !word.is_empty() {
            out.push(std::mem::take(&mut word));
        }
        prev_lower = c.is_lowercase();
        word.extend(c.to_lowercase());
    }
    if !word.is_empty() {
        out.push(word);
    }
    out
}

/// Every word of `pattern` starts some word of `value`, ignoring case.
fn word_match(pattern: &str, value: &str) -> bool {
    let p = words(pattern);
    let v = words(value);
    !p.is_empty() && p.iter().all(|pw| v.iter().any(|vw| vw.starts_with(pw.as_str())))
}

impl Filter {
    /// As AWS matches (and moto's aws-verified filters.py): `name`, `tag-key`, `tag-value`
    /// and `primary-region` are case-sensitive prefixes; `description` and `all` match the
    /// start of words, ignoring case. A `!value` matches where the value does not.
    pub fn matches(&self, e: &CatalogEntry) -> bool {
        let attributes: Vec<&str> = match self.key {
            FilterKey::Name => vec![e.name.as_str()],
            FilterKey::Description => e.description.iter().map(String::as_str).collect(),
            FilterKey::TagKey => e.tags.keys().map(String::as_str).collect(),
            FilterKey::TagValue => e.tags.values().map(String::as_str).collect(),
            FilterKey::PrimaryRegion => e.primary_region.iter().map(String::as_str).collect(),
            FilterKey::All => std::iter::once(e.name.as_str())
                .chain(e.description.iter().map(String::as_str))
                .chain(e.tags.keys().map(String::as_str))
                .chain(e.tags.values().map(String::as_str))
                .collect(),
        };
        let by_words = matches!(self.key, FilterKey::Description | FilterKey::All);
        let one = |pattern: &str, value: &str| {
            if by_words { word_match(pattern, value) } else { value.starts_with(pattern) }
        };
        self.values.iter().any(|v| match v.strip_prefix('!') {
            Some(negated) => !attributes.iter().any(|a| one(negated, a)),
            None => attributes.iter().any(|a| one(v, a)),
        })
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    #[default]
    Name,
    CreatedDate,
    LastAccessedDate,
    LastChangedDate,
}

impl SortBy {
    pub fn parse(s: &str) -> Result<SortBy, Error> {
        Ok(match s {
            "name" => SortBy::Name,
            "created-date" => SortBy::CreatedDate,
            "last-accessed-date" => SortBy::LastAccessedDate,
            "last-changed-date" => SortBy::LastChangedDate,
            _ => {
                return Err(Error::usage(format!("unknown sort key {}", names::printable(s)))
                    .with_hint("sort by name, created-date, last-accessed-date or last-changed-date"));
            }
        })
    }
    fn tag(self) -> &'static str {
        match self {
            SortBy::Name => "name",
            SortBy::CreatedDate => "created-date",
            SortBy::LastAccessedDate => "last-accessed-date",
            SortBy::LastChangedDate => "last-changed-date",
        }
    }
}

#[derive(Debug, Clone, Default)]
pub struct ListSecrets {
    pub prefix: Option<String>,
    pub filters: Vec<Filter>,
    pub include_deleted: bool,
    pub sort_by: SortBy,
    pub descending: bool,
    pub max_results: Option<usize>,
    pub next_token: Option<String>,
}

pub struct Page {
    pub entries: Vec<CatalogEntry>,
    pub accessed: BTreeMap<String, Timestamp>,
    pub next_token: Option<String>,
    pub vault_id: String,
}

impl Page {
    pub fn json(&self) -> Value {
        let list: Vec<Value> =
            self.entries.iter().map(|e| output::list_entry_json(e, self.accessed.get(&e.name).copied())).collect();
        let mut out = Map::new();
        out.insert("SecretList".into(), list.into());
        if let Some(t) = &self.next_token {
            out.insert("NextToken".into(), t.clone().into());
        }
        Value::Object(out)
    }
}

/// The sort key of an entry, as text that orders as the key does (fixed-width dates).
fn sort_key(by: SortBy, e: &CatalogEntry, accessed: &BTreeMap<String, Timestamp>) -> String {
    let t = match by {
        SortBy::Name => return String::new(),
        SortBy::CreatedDate => Some(e.created),
        SortBy::LastChangedDate => Some(e.last_changed),
        SortBy::LastAccessedDate => accessed.get(&e.name).copied(),
    };
    // Never accessed sorts first; seconds since the epoch, zero-padded and offset so
    // negative times order too.
    t.map(|t| format!("{:020}", i128::from(t.as_second()) + 1_000_000_000_000)).unwrap_or_default()
}

/// A NextToken: the sort and the position (key and name) of the last entry returned, so a
/// page starts after it however the vault changed since (never an offset).
fn encode_token(by: SortBy, descending: bool, key: &str, name: &str) -> String {
    let raw = json!([by.tag(), descending, key, name]).to_string();
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(raw)
}

fn decode_token(token: &str, by: SortBy, descending: bool) -> Result<(String, String), Error> {
    let bad = || Error::usage("invalid --next-token").with_hint("pass the NextToken of the previous page as it is");
    let raw = base64::engine::general_purpose::URL_SAFE_NO_PAD.decode(token).map_err(|_| bad())?;
    let v: (String, bool, String, String) = serde_json::from_slice(&raw).map_err(|_| bad())?;
    if v.0 != by.tag() || v.1 != descending {
        return Err(Error::usage("--next-token was made for another --sort-by or --sort-order")
            .with_hint("give the same sort as for the first page"));
    }
    Ok((v.2, v.3))
}

/// One page of ListSecrets, without logging it.
fn list_page<R: Read + Seek>(
    ctx: &Session,
    scope: &Scope,
    reader: &mut Reader<R>,
    req: &ListSecrets,
) -> anyhow::Result<Page> {
    let prefix = req.prefix.clone().unwrap_or_default();
    names::validate_prefix(&prefix)?;
    if let Some(m) = req.max_results
        && !(1..=100).contains(&m)
    {
        return Err(Error::usage(format!("--max-results {m} is outside 1..100")).into());
    }
    let after = req.next_token.as_deref().map(|t| decode_token(t, req.sort_by, req.descending)).transpose()?;
    let mut entries = Vec::new();
    for l in reader.scan_subtree(&prefix)? {
        let e = &l.entry;
        if !(req.include_deleted || e.deleted.is_none()) || !scope.allows(&e.name) {
            continue;
        }
        if !req.filters.iter().all(|f| f.matches(e)) {
            continue;
        }
        // A catalog line written before it carried the rotation rules: read them from the record.
        let old_rotation = (e.rotation_enabled || e.last_rotated.is_some()) && !e.rotation_configured;
        let secret = if old_rotation { Some(reader.read_record(&l)?) } else { None };
        let mut entry = l.entry;
        if let Some(secret) = secret {
            entry.rotation_every_days = secret.rotation.every_days;
            entry.rotation_schedule = secret.rotation.schedule.clone();
            entry.rotation_window_hours = secret.rotation.window_hours;
            entry.rotation_configured = secret.rotation.is_configured();
        }
        entries.push(entry);
    }
    let accessed = if entries.is_empty() {
        BTreeMap::new()
    } else {
        audit::last_accessed(&ctx.audit.path, &reader.meta.vault_id, None)?
    };
    let mut keyed: Vec<(String, CatalogEntry)> =
        entries.into_iter().map(|e| (sort_key(req.sort_by, &e, &accessed), e)).collect();
    keyed.sort_by(|a, b| (&a.0, &a.1.name).cmp(&(&b.0, &b.1.name)));
    if req.descending {
        keyed.reverse();
    }
    if let Some((key, name)) = &after {
        let pos = (key.as_str(), name.as_str());
        keyed.retain(|(k, e)| {
            let here = (k.as_str(), e.name.as_str());
            if req.descending { here < pos } else { here > pos }
        });
    }
    let mut next_token = None;
    if let Some(m) = req.max_results
        && keyed.len() > m
    {
        keyed.truncate(m);
        if let Some((k, e)) = keyed.last() {
            next_token = Some(encode_token(req.sort_by, req.descending, k, &e.name));
        }
    }
    Ok(Page {
        entries: keyed.into_iter().map(|(_, e)| e).collect(),
        accessed,
        next_token,
        vault_id: reader.meta.vault_id.clone(),
    })
}

/// AWS ListSecrets: one line per secret listed in the audit log (a list shows what it read).
pub fn list_secrets(ctx: &Session, scope: &Scope, req: &ListSecrets) -> anyhow::Result<Page> {
    let mut reader = ctx.reader()?;
    let page = list_page(ctx, scope, &mut reader, req)?;
    let events: Vec<Event> =
        page.entries.iter().map(|e| scope.event(Event::ok("ListSecrets", Some(&e.name), None))).collect();
    ctx.record(&events)?;
    Ok(page)
}

// ----- UpdateSecretVersionStage, DeleteSecret, RestoreSecret, tags -----------------------

pub struct StageMove {
    pub id: String,
    pub label: String,
    pub to: Option<String>,
    pub from: Option<String>,
}

pub fn update_version_stage(ctx: &Session, scope: &Scope, req: &StageMove) -> anyhow::Result<(Secret, Value)> {
    if req.to.is_none() && req.from.is_none() {
        return Err(Error::usage("give --to VERSION_ID, --from VERSION_ID, or both").into());
    }
    let now = ctx.now;
    let (secret, ()) = modify(ctx, scope, "UpdateSecretVersionStage", &req.id, |s, events| {
        let before = s.stages_map();
        s.move_label(&req.label, req.to.as_deref(), req.from.as_deref(), now)?;
        let changed = s.stages_map() != before;
        let version = req.to.as_deref().or(req.from.as_deref());
        events.push(Event::ok("UpdateSecretVersionStage", Some(&s.name), version).with_detail(req.label.clone()));
        Ok(((), changed))
    })?;
    let json = arn_name(&secret);
    Ok((secret, json))
}

pub struct DeleteSecret {
    pub id: String,
    pub recovery_window_days: Option<i64>,
    pub force: bool,
}

pub struct Deleted {
    pub name: String,
    pub arn: String,
    pub deletion_date: Timestamp,
    /// AWS regions the forced delete must follow to.
    pub aws_replicas: Vec<String>,
    pub vault_id: String,
}

impl Deleted {
    pub fn json(&self) -> Value {
        json!({"ARN": self.arn, "Name": self.name, "DeletionDate": output::date(self.deletion_date)})
    }
}

/// AWS DeleteSecret: schedule the deletion, or (forced) delete at once — and a forced
/// delete of an unknown name answers as if it had existed.
pub fn delete_secret(ctx: &Session, scope: &Scope, req: &DeleteSecret) -> anyhow::Result<Deleted> {
    scope.check_write("DeleteSecret")?;
    if req.force && req.recovery_window_days.is_some() {
        return Err(Error::usage("--recovery-window-days and --force-delete-without-recovery don't go together").into());
    }
    let days = req.recovery_window_days.unwrap_or(DEFAULT_RECOVERY_DAYS);
    if !req.force {
        validate_recovery_window(days)?;
    }
    let now = ctx.now;
    ctx.write(|tx: &mut Tx| {
        let vault_id = tx.meta.vault_id.clone();
        let found = find_with(&tx.meta, &req.id, |n| tx.get(n))?;
        let Some(mut secret) = found else {
            if req.force {
                let name = shown_name(&req.id).to_string();
                scope.check(&name)?;
                names::validate_name(&name)?;
                tx.audit(scope.event(Event::ok("DeleteSecret", Some(&name), None).with_detail("force")));
                let arn = crate::commands::new_arn(tx, &name)?;
                return Ok(Deleted { name, arn, deletion_date: now, aws_replicas: Vec::new(), vault_id });
            }
            return Err(Error::secret_not_found(shown_name(&req.id)).into());
        };
        scope.check(&secret.name)?;
        let name = secret.name.clone();
        let (aws, regions): (Vec<&str>, Vec<&str>) =
            secret.active_replica_regions().into_iter().partition(|r| crate::aws::aws_region(ctx, r).is_some());
        if !regions.is_empty() {
            return Err(Error::invalid_state(format!(
                "secret {name} has replicas in {}: remove them first",
                regions.join(", ")
            ))
            .with_hint(format!("sealbox replicate {name} --remove {}", regions.join(" ")))
            .into());
        }
        if req.force {
            if secret.replica_of.is_some() {
                secret.ensure_writable()?;
            }
            let aws_replicas = aws.iter().map(|r| r.to_string()).collect();
            tx.remove(&name);
            tx.audit_all([
                scope.event(Event::ok("DeleteSecret", Some(&name), None).with_detail("force")),
                Event::ok("EndSecretDelete", Some(&name), None),
            ]);
            return Ok(Deleted { name, arn: secret.arn, deletion_date: now, aws_replicas, vault_id });
        }
        let purge_after = secret.schedule_deletion(days, now)?;
        let arn = secret.arn.clone();
        tx.put(secret);
        tx.audit_all([
            scope.event(Event::ok("DeleteSecret", Some(&name), None)),
            Event::ok("StartSecretDelete", Some(&name), None)
                .with_detail(format!("purge after {}", output::date(purge_after))),
        ]);
        Ok(Deleted { name, arn, deletion_date: purge_after, aws_replicas: Vec::new(), vault_id })
    })
}

pub fn restore_secret(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<(Secret, bool)> {
    let now = ctx.now;
    modify(ctx, scope, "RestoreSecret", id, |s, events| {
        s.ensure_not_replica()?;
        let restored = s.restore(now);
        events.push(Event::ok("RestoreSecret", Some(&s.name), None));
        if restored {
            events.push(Event::ok("CancelSecretDelete", Some(&s.name), None));
        }
        Ok((restored, restored))
    })
}

pub fn tag_resource(ctx: &Session, scope: &Scope, id: &str, tags: &[(String, String)]) -> anyhow::Result<Secret> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, scope, "TagResource", id, |s, events| {
        s.set_tags(tags, now)?;
        events.push(Event::ok("TagResource", Some(&s.name), None));
        Ok(((), true))
    })?;
    Ok(secret)
}

pub fn untag_resource(ctx: &Session, scope: &Scope, id: &str, keys: &[String]) -> anyhow::Result<Secret> {
    let now = ctx.now;
    let (secret, ()) = modify(ctx, scope, "UntagResource", id, |s, events| {
        s.remove_tags(keys, now)?;
        events.push(Event::ok("UntagResource", Some(&s.name), None));
        Ok(((), true))
    })?;
    Ok(secret)
}

// ----- RotateSecret ----------------------------------------------------------------------

/// The name of the secret a SecretId names, in the caller's scope. A plain name is only
/// validated (the write that follows reads it); an ARN is looked up, lock-free.
pub fn name_of(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<String> {
    if !id.starts_with("arn:") {
        names::validate_name(id)?;
        scope.check(id)?;
        return Ok(id.to_string());
    }
    Ok(read_scoped(scope, &mut ctx.reader()?, id)?.name)
}

/// What a RotateSecret changes in the stored rotation configuration (None: keep it).
#[derive(Default)]
pub struct RotationConfig {
    pub script: Option<std::path::PathBuf>,
    pub template: Option<&'static crate::rotation::templates::Template>,
    pub every_days: Option<u32>,
    /// AWS's ScheduleExpression as given (AWS shows it back verbatim) and its Duration in hours.
    pub schedule: Option<(String, Option<u32>)>,
    pub timeout_secs: Option<u64>,
}

impl RotationConfig {
    /// A schedule as AWS's RotationRules give it (both from `rotate --schedule --window`
    /// and RotateSecret's ScheduleExpression and Duration).
    pub fn schedule(expr: &str, window: Option<&str>) -> Result<(String, Option<u32>), Error> {
        use crate::rotation::schedule::{Schedule, parse_window};
        let parsed = Schedule::parse(expr)?;
        let window = window.map(parse_window).transpose()?;
        parsed.check_window(window.unwrap_or(parsed.default_window_hours()))?;
        Ok((expr.trim().to_string(), window))
    }
}

pub struct RotateSecret {
    /// A SecretId: name or ARN.
    pub id: String,
    pub config: RotationConfig,
    /// AWS's RotateImmediately: false runs only the `test` step, against the current value.
    pub rotate_now: bool,
}

/// How a rotation ended once it got as far as running its steps.
pub enum RotateOutcome {
    /// AWSCURRENT moved to `version_id`.
    Rotated { arn: String, version_id: String },
    /// Only `test` ran, against the current version.
    Tested { arn: String, version_id: String },
    /// A step failed; `pending` is the version that keeps AWSPENDING (rotating again resumes it).
    Failed { failure: crate::rotation::StepFailure, pending: Option<String> },
}

impl RotateOutcome {
    /// AWS RotateSecret's answer (`ARN`, `Name`, `VersionId`), or a failed step's error (exit 7).
    pub fn answer(&self, name: &str) -> Result<Value, Error> {
        match self {
            RotateOutcome::Rotated { arn, version_id } | RotateOutcome::Tested { arn, version_id } => {
                Ok(json!({"ARN": arn, "Name": name, "VersionId": version_id}))
            }
            RotateOutcome::Failed { failure, pending } => {
                let hint = match pending {
                    Some(v) => format!(
                        "AWSCURRENT is unchanged and AWSPENDING stays on version {v}: fix the cause, then run \
                         `sealbox rotate {name}` to resume, or `sealbox rotate {name} --cancel`"
                    ),
                    None => format!("nothing was changed: fix the cause, then run `sealbox rotate {name}` again"),
                };
                Err(Error::rotation(format!(
                    "rotation of {name} failed in step {}: {}",
                    failure.step.as_str(),
                    failure.reason
                ))
                .with_hint(hint))
            }
        }
    }
}

/// AWS RotateSecret, for `sealbox rotate NAME` and `serve` alike: store the configuration
/// change, then rotate now with the secret's script or template (create, set, test, finish),
/// or resume the pending version of an incomplete rotation. Returns the secret's name.
pub fn rotate_secret(ctx: &Session, scope: &Scope, req: &RotateSecret) -> anyhow::Result<(String, RotateOutcome)> {
    scope.check_write("RotateSecret")?;
    let name = name_of(ctx, scope, &req.id)?;
    let outcome = crate::commands::rotate::rotate_one(ctx, scope, &name, &req.config, !req.rotate_now)?;
    Ok((name, outcome))
}

/// AWS CancelRotateSecret: drop an incomplete rotation's AWSPENDING and turn scheduled
/// rotation off.
pub fn cancel_rotate_secret(ctx: &Session, scope: &Scope, id: &str) -> anyhow::Result<Value> {
    let now = ctx.now;
    let (secret, pending) = modify(ctx, scope, "CancelRotateSecret", id, |s, events| {
        s.ensure_writable()?;
        // A rotation running now (its script may be setting the pending password on the
        // real system this moment) is not cut off: as `rotate --cancel`, wait for it.
        let timeout = s.rotation.timeout_secs.unwrap_or(crate::rotation::DEFAULT_TIMEOUT_SECS);
        if let Some(claim) = &s.rotation.in_progress
            && !crate::rotation::claim_is_stale(claim, timeout, now)
        {
            return Err(crate::commands::rotate::in_progress(&s.name, claim));
        }
        let pending = s.labelled(crate::vault::AWSPENDING).map(|v| v.id.clone());
        if let Some(p) = &pending {
            s.move_label(crate::vault::AWSPENDING, None, Some(p), now)?;
        }
        s.rotation.enabled = false;
        s.rotation.next_rotation = None;
        s.rotation.in_progress = None;
        s.last_changed = now;
        events.push(Event::ok("CancelRotateSecret", Some(&s.name), pending.as_deref()));
        Ok((pending, true))
    })?;
    let mut json = arn_name(&secret);
    if let Some(p) = pending {
        json["VersionId"] = p.into();
    }
    Ok(json)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_split_like_aws() {
        assert_eq!(words("My test-secret_DB"), ["my", "test", "secret", "db"]);
        assert_eq!(words("myTestSecret"), ["my", "test", "secret"]);
        assert!(word_match("TEST sec", "My test-secret"));
        assert!(!word_match("est", "My test-secret"));
        assert!(!word_match("", "x"));
    }

    fn entry(name: &str, description: Option<&str>, tags: &[(&str, &str)]) -> CatalogEntry {
        let mut s = Secret::new(name, "arn".into(), "v".into(), SecretValue::text("x"), Timestamp::UNIX_EPOCH);
        s.description = description.map(str::to_string);
        s.tags = tags.iter().map(|(k, v)| (k.to_string(), v.to_string())).collect();
        CatalogEntry::of(&s, 1)
    }

    #[test]
    fn filters_match_as_aws() {
        let f = |args: &[&str]| parse_filters(&args.iter().map(|a| a.to_string()).collect::<Vec<_>>()).unwrap();
        let e = entry("app/Prod/db", Some("Primary database"), &[("Env", "prod")]);
        let all = |fs: &[Filter]| fs.iter().all(|x| x.matches(&e));
        assert!(all(&f(&["name=app/Pr"])));
        assert!(!all(&f(&["name=app/pr"])), "name is case-sensitive");
        assert!(!all(&f(&["name=Prod"])), "name is a prefix");
        assert!(all(&f(&["name=!other", "tag-key=En"])));
        assert!(!all(&f(&["name=!app"])));
        assert!(all(&f(&["description=datab"])), "a word's start, any case");
        assert!(!all(&f(&["description=tabase"])));
        assert!(all(&f(&["tag-value=pro"])));
        assert!(!all(&f(&["tag-key=env"])), "tag keys are case-sensitive");
        assert!(all(&f(&["all=PROD"])));
        assert!(all(&f(&["name=zzz", "name=app"])), "values of one key: any");
        assert!(parse_filters(&["nope=x".to_string()]).is_err());
        assert!(parse_filters(&["name".to_string()]).is_err());
    }

    #[test]
    fn tokens_round_trip_and_refuse_another_sort() {
        let t = encode_token(SortBy::CreatedDate, true, "k", "app/x");
        assert_eq!(decode_token(&t, SortBy::CreatedDate, true).unwrap(), ("k".into(), "app/x".into()));
        assert!(decode_token(&t, SortBy::Name, true).is_err());
        assert!(decode_token("!!", SortBy::Name, false).is_err());
    }
}
