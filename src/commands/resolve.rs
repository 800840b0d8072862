//! Turning `--prefix` and `--env VAR=REF` into environment variables, for `exec` and `env`,
//! and resolving single references for `inject`. One vault reader serves every lookup, and
//! only the records asked for are decrypted.

use std::collections::{BTreeMap, HashMap};

use zeroize::Zeroizing;

use crate::audit::Event;
use crate::envvars;
use crate::error::Error;
use crate::reference::{self, Reference};
use crate::session::Session;
use crate::store::VaultReader;
use crate::vault::{Secret, names};

/// One variable's value and where it came from (a secret name, maybe `#field`).
pub struct Var {
    pub value: Zeroizing<Vec<u8>>,
    pub source: String,
}

/// Variables by name, and one audit event per secret read.
pub struct Collected {
    pub vars: BTreeMap<String, Var>,
    pub events: Vec<Event>,
}

pub struct Request<'a> {
    pub prefixes: &'a [String],
    pub envs: &'a [String],
    pub expand_json: bool,
    pub strict: bool,
}

/// A secret's name and current value.
pub type NamedValue = (String, Zeroizing<Vec<u8>>);

/// Reads secrets through one reader, each record at most once.
pub struct Lookup {
    reader: VaultReader,
    cache: HashMap<String, Option<Secret>>,
    /// (name, version id) already audited.
    read: Vec<(String, String)>,
    pub events: Vec<Event>,
}

impl Lookup {
    pub fn new(ctx: &Session) -> Result<Lookup, Error> {
        Ok(Lookup { reader: ctx.reader()?, cache: HashMap::new(), read: Vec::new(), events: Vec::new() })
    }

    fn secret(&mut self, name: &str) -> Result<Option<&Secret>, Error> {
        if !self.cache.contains_key(name) {
            let s = self.reader.read_secret(name)?;
            self.cache.insert(name.to_string(), s);
        }
        Ok(self.cache.get(name).and_then(Option::as_ref))
    }

    fn audit_read(&mut self, name: &str, version_id: &str) {
        if !self.read.iter().any(|(n, v)| n == name && v == version_id) {
            self.read.push((name.to_string(), version_id.to_string()));
            self.events.push(Event::ok("GetSecretValue", Some(name), Some(version_id)));
        }
    }

    /// The bytes a reference names: exit 3 when the secret, label or field is missing, 5 when
    /// the secret is scheduled for deletion.
    pub fn resolve(&mut self, r: &Reference) -> Result<Zeroizing<Vec<u8>>, Error> {
        let result = self.resolve_inner(r);
        if let Err(e) = &result {
            self.events.push(Event::failed("GetSecretValue", Some(&r.name), e.kind));
        }
        result
    }

    fn resolve_inner(&mut self, r: &Reference) -> Result<Zeroizing<Vec<u8>>, Error> {
        if let Some(label) = &r.label {
            names::validate_label(label)?;
        }
        let secret = self.secret(&r.name)?.ok_or_else(|| Error::secret_not_found(&r.name))?;
        if secret.is_scheduled_for_deletion() {
            return Err(Error::marked_for_deletion(&r.name));
        }
        let version = secret.resolve(None, r.label.as_deref())?;
        let bytes = match &r.field {
            Some(field) => super::get::field_bytes(&secret.name, version.value.as_bytes(), field)?,
            None => Zeroizing::new(version.value.as_bytes().to_vec()),
        };
        let (name, vid) = (secret.name.clone(), version.id.clone());
        self.audit_read(&name, &vid);
        Ok(bytes)
    }

    /// Current values of every secret in the subtree `prefix` selects (`app/ci` or
    /// `app/ci/`: `app/ci` and `app/ci/…`, never `app/ci-admin/…`) that is not scheduled for
    /// deletion.
    pub fn under_prefix(&mut self, prefix: &str) -> Result<Vec<NamedValue>, Error> {
        let found = self.reader.scan_subtree(prefix)?;
        let mut out = Vec::with_capacity(found.len());
        for at in found.iter().filter(|at| at.entry.deleted.is_none()) {
            let secret = self.reader.read_record(at)?;
            let Some(version) = secret.current() else { continue };
            let value = Zeroizing::new(version.value.as_bytes().to_vec());
            let vid = version.id.clone();
            self.audit_read(&secret.name, &vid);
            out.push((secret.name, value));
        }
        Ok(out)
    }
}

fn insert(vars: &mut BTreeMap<String, Var>, var: String, var_value: Var) -> Result<(), Error> {
    envvars::check_no_nul(&var, &var_value.source, &var_value.value)?;
    if let Some(existing) = vars.get(&var) {
        return Err(Error::usage(format!(
            "{} and {} both map to the environment variable {var}",
            existing.source, var_value.source
        ))
        .with_hint("set one of them with --env VAR=REF instead, or use a narrower --prefix"));
    }
    vars.insert(var, var_value);
    Ok(())
}

/// The fields of a JSON-object value: strings as their text, anything else as JSON.
fn json_fields(value: &[u8]) -> Option<Vec<(String, Zeroizing<Vec<u8>>)>> {
    let parsed: serde_json::Value = serde_json::from_slice(value).ok()?;
    let obj = parsed.as_object()?;
    Some(
        obj.iter()
            .map(|(k, v)| {
                let bytes = match v {
                    serde_json::Value::String(s) => s.as_bytes().to_vec(),
                    other => other.to_string().into_bytes(),
                };
                (k.clone(), Zeroizing::new(bytes))
            })
            .collect(),
    )
}

/// Resolve a whole request. Usage errors come before the vault is opened.
pub fn collect(ctx: &Session, req: &Request) -> anyhow::Result<Collected> {
    let envs = req.envs.iter().map(|e| reference::parse_env_assignment(e)).collect::<Result<Vec<_>, _>>()?;
    for p in req.prefixes {
        names::validate_prefix(p)?;
    }
    let mut lookup = Lookup::new(ctx)?;
    let mut vars = BTreeMap::new();
    for prefix in req.prefixes {
        let found = lookup.under_prefix(prefix)?;
        if found.is_empty() {
            let err = Error::not_found(format!("no secrets under the prefix {prefix}"))
                .with_hint(format!("run `sealbox list {prefix}`"));
            if req.strict {
                return Err(err.into());
            }
            ctx.warn(err.message);
        }
        let tree = names::Subtree::new(prefix);
        for (name, value) in found {
            let Some(base) = envvars::var_name_for(tree.relative(&name)) else {
                ctx.warn(format!(
                    "skipping {name}: the rest of its name after {prefix} has no letter or digit for a variable name"
                ));
                continue;
            };
            let denied = |var: &str, source: &str| {
                let deny = envvars::is_denied_variable(var);
                if deny {
                    ctx.warn(format!(
                        "skipping {source}: it would set {var}, which sealbox never sets from a secret name; \
use --env {var}={source} to set it on purpose"
                    ));
                }
                deny
            };
            let fields = if req.expand_json { json_fields(&value) } else { None };
            match fields {
                Some(fields) => {
                    for (field, bytes) in fields {
                        let Some(suffix) = envvars::var_name_for(&field) else { continue };
                        let var = format!("{base}_{suffix}");
                        let source = format!("{name}#{field}");
                        if !denied(&var, &source) {
                            insert(&mut vars, var, Var { value: bytes, source })?;
                        }
                    }
                }
                None if denied(&base, &name) => {}
                None => insert(&mut vars, base, Var { value, source: name.clone() })?,
            }
        }
    }
    for (var, r) in envs {
        match lookup.resolve(&r) {
            Ok(value) => insert(&mut vars, var, Var { value, source: r.to_string() })?,
            Err(e) if req.strict => {
                // The failed read is an audit event too.
                ctx.record(&lookup.events)?;
                return Err(e.into());
            }
            Err(e) => ctx.warn(format!("{var} is not set: {}", e.message)),
        }
    }
    Ok(Collected { vars, events: std::mem::take(&mut lookup.events) })
}
