//! `sealbox serve`: AWS Secrets Manager's HTTP API (JSON 1.1, `X-Amz-Target:
//! secretsmanager.<Operation>`) on a loopback address, every request SigV4-verified with
//! the access key pair kept in the state directory, every operation one of `crate::api`'s.
//!
//! tiny_http, not hyper: a blocking server with no async runtime to start (the AWS SDK's
//! tokio stays behind the `aws` feature), and a few worker threads are plenty on a dev
//! machine's loopback. Each worker owns a session (sessions are not shared across
//! threads); reads take no lock, writes go through the session's one transaction.

pub mod sigv4;

use std::net::SocketAddr;
use std::path::Path;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Duration;

use serde::{Deserialize, Serialize};
use serde_json::{Value, json};
use zeroize::Zeroizing;

use crate::api::{self, Scope};
use crate::audit::Event;
use crate::cli::ServeArgs;
use crate::context::Context;
use crate::error::{Error, ExitKind};
use crate::session::Session;

/// Worker threads: the machine this is for has a few cores, and a request takes a
/// fraction of a millisecond.
const WORKERS: usize = 4;
/// The largest request body taken (a 64 KiB value, base64, with its JSON).
const MAX_BODY: u64 = 256 * 1024;
pub const CREDENTIALS_FILE: &str = "serve-credentials.json";

#[derive(Serialize, Deserialize)]
pub struct Credentials {
    pub access_key_id: String,
    pub secret_access_key: Zeroizing<String>,
}

/// The access key pair, made on first use (0600 in the state directory).
pub fn credentials(state_dir: &Path) -> Result<Credentials, Error> {
    let path = state_dir.join(CREDENTIALS_FILE);
    match std::fs::read(&path) {
        Ok(bytes) => {
            let bytes = Zeroizing::new(bytes);
            return serde_json::from_slice(&bytes).map_err(|e| {
                Error::other(format!("{} does not parse: {e}", path.display()))
                    .with_hint("remove it: `sealbox serve --credentials` makes a new key pair")
            });
        }
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
        Err(e) => return Err(Error::other(format!("can't read {}: {e}", path.display()))),
    }
    let creds = Credentials {
        access_key_id: format!("AKSB{}", crate::password::alphanumeric(16)?.to_uppercase()),
        secret_access_key: Zeroizing::new(crate::password::alphanumeric(40)?),
    };
    crate::fs::ensure_private_dir(state_dir)?;
    let text = Zeroizing::new(serde_json::to_vec(&creds).map_err(|e| Error::other(e.to_string()))?);
    match crate::fs::write_file_atomic(&path, crate::fs::Links::Refuse, &text, false) {
        Ok(()) => Ok(creds),
        // Another `serve` made it first: use that one.
        Err(_) if path.exists() => credentials(state_dir),
        Err(e) => Err(e),
    }
}

/// `--listen ADDR:PORT`: a loopback address only (the API hands out secret values).
pub fn loopback(listen: &str) -> Result<SocketAddr, Error> {
    let addr: SocketAddr = listen
        .parse()
        .map_err(|_| Error::usage(format!("invalid --listen {listen:?}: expected ADDR:PORT, e.g. 127.0.0.1:4583")))?;
    if !addr.ip().is_loopback() {
        return Err(Error::usage(format!("--listen {addr} is not a loopback address"))
            .with_hint("serve listens on 127.0.0.1 or ::1 only; use an SSH tunnel to reach it from elsewhere"));
    }
    Ok(addr)
}

pub fn run(ctx: &Session, args: ServeArgs) -> anyhow::Result<()> {
    let addr = loopback(&args.listen)?;
    if let Some(p) = &args.prefix {
        crate::vault::names::validate_prefix(p)?;
    }
    let creds = credentials(&ctx.state_dir)?;
    if args.credentials {
        let out = format!(
            "export AWS_ACCESS_KEY_ID={}\nexport AWS_SECRET_ACCESS_KEY={}\nexport AWS_ENDPOINT_URL_SECRETS_MANAGER=http://{addr}\n",
            creds.access_key_id,
            creds.secret_access_key.as_str()
        );
        return crate::output::write_stdout(Zeroizing::new(out).as_bytes());
    }
    // The vault must open now, and without a prompt in the workers.
    ctx.reader()?;
    // Sessions don't cross threads: each worker makes its own, which must open the
    // identity without a prompt (checked once here, before listening).
    let global = ctx.global.clone();
    drop(worker_session(&global)?);
    let server = tiny_http::Server::http(addr).map_err(|e| Error::other(format!("can't listen on {addr}: {e}")))?;
    let scope = Scope {
        subtree: args.prefix.clone(),
        read_only: args.read_only,
        actor: Some(format!("serve {}", creds.access_key_id)),
    };
    ctx.info(format!(
        "serving AWS Secrets Manager on http://{addr}{}{}; `sealbox serve --credentials` prints the key",
        args.prefix.as_ref().map(|p| format!(" for {p}")).unwrap_or_default(),
        if args.read_only { " (read-only)" } else { "" }
    ));
    crate::agent::server::block_termination_signals();
    let stop = AtomicBool::new(false);
    std::thread::scope(|threads| {
        for _ in 0..WORKERS {
            let (server, scope, creds, stop, global) = (&server, &scope, &creds, &stop, &global);
            threads.spawn(move || {
                let mut session = match worker_session(global) {
                    Ok(s) => s,
                    Err(e) => return eprintln!("sealbox: warning: a serve worker did not start: {e}"),
                };
                while !stop.load(Ordering::Relaxed) {
                    match server.recv_timeout(Duration::from_millis(200)) {
                        Ok(Some(request)) => serve_one(&mut session, scope, creds, request),
                        Ok(None) => {}
                        Err(_) => break,
                    }
                }
            });
        }
        crate::agent::server::wait_for_termination_signal();
        stop.store(true, Ordering::Relaxed);
    });
    ctx.info("stopped");
    Ok(())
}

/// A worker's own session, which must open the identity without a prompt.
fn worker_session(global: &crate::cli::GlobalArgs) -> Result<Session, Error> {
    let mut c = Context::new(global.clone())?;
    c.interaction.can_prompt = false;
    let s = Session::new(c);
    s.identities().map_err(|e| {
        Error::decrypt(format!("serve's workers can't open the identity without a prompt: {}", e.message))
            .with_hint("run `sealbox unlock` first")
    })?;
    Ok(s)
}

fn header(request: &tiny_http::Request, name: &str) -> Option<String> {
    request.headers().iter().find(|h| h.field.as_str().as_str().eq_ignore_ascii_case(name)).map(|h| h.value.to_string())
}

fn serve_one(session: &mut Session, scope: &Scope, creds: &Credentials, mut request: tiny_http::Request) {
    let mut body = Zeroizing::new(Vec::new());
    let read = std::io::Read::read_to_end(&mut std::io::Read::take(request.as_reader(), MAX_BODY + 1), &mut body);
    let (status, mut payload) = match read {
        Ok(_) if body.len() as u64 > MAX_BODY => error(413, "ValidationException", "the request is too large"),
        Ok(_) => answer(session, scope, creds, &request, &body),
        Err(e) => error(400, "ValidationException", &format!("the request could not be read: {e}")),
    };
    let text = Zeroizing::new(payload.to_string());
    crate::output::zeroize_json(&mut payload);
    let mut response = tiny_http::Response::from_data(text.as_bytes().to_vec()).with_status_code(status);
    if let Ok(h) = tiny_http::Header::from_bytes(&b"Content-Type"[..], &b"application/x-amz-json-1.1"[..]) {
        response.add_header(h);
    }
    if let Ok(h) = tiny_http::Header::from_bytes(&b"x-amzn-RequestId"[..], uuid::Uuid::new_v4().to_string().as_bytes())
    {
        response.add_header(h);
    }
    let _ = request.respond(response);
}

fn error(status: u16, kind: &str, message: &str) -> (u16, Value) {
    (status, json!({"__type": kind, "message": message}))
}

/// Check the signature, then run the operation.
fn answer(
    session: &mut Session,
    scope: &Scope,
    creds: &Credentials,
    request: &tiny_http::Request,
    body: &[u8],
) -> (u16, Value) {
    if let Err(refused) = authenticate(creds, request, body) {
        // Every request is an audit event (DESIGN.md), an unauthenticated one too: logged
        // as what it claimed to be, never with the key holder's name as its actor.
        session.audit.begin_command();
        return log_unauthenticated(session, request, body, refused);
    }
    // From here on the request is the key holder's: it is logged, once, whatever happens.
    session.audit.begin_command();
    let target = header(request, "x-amz-target");
    let Some(operation) = target.as_deref().and_then(|t| t.strip_prefix("secretsmanager.")).map(str::to_string) else {
        let failed = unlogged_failure("UnknownOperation", None, "UnknownOperationException");
        return logged(session, scope, failed, "no X-Amz-Target: secretsmanager.<Operation> header");
    };
    let mut input: Value = if body.is_empty() {
        json!({})
    } else {
        match serde_json::from_slice(body) {
            Ok(v) => v,
            Err(_) => {
                let failed = unlogged_failure(&operation, None, "SerializationException");
                return logged(session, scope, failed, "the body is not JSON");
            }
        }
    };
    if let Ok(now) = crate::terminal::now() {
        session.ctx.now = now;
    }
    // The id is taken before the input (which may hold a value) is wiped.
    let id = input_id(&input);
    let result = operate(session, scope, &operation, &input);
    crate::output::zeroize_json(&mut input);
    match result {
        Ok(v) => {
            // An operation that logs nothing itself (GetRandomPassword, a filtered
            // BatchGetSecretValue that matched nothing) is still one audit event.
            if !session.audit.recorded()
                && let Err(e) = session.record(&[scope.event(Event::ok(&operation, None, None))])
            {
                return error(500, "InternalServiceError", &format!("the request could not be audited: {e}"));
            }
            (200, v)
        }
        Err(e) => {
            let code = api::error_code(&e);
            let status = match crate::error::exit_kind(&e) {
                ExitKind::Other | ExitKind::Decrypt | ExitKind::Busy if code != "AccessDeniedException" => 500,
                _ => 400,
            };
            // The name a scheduled secret is counted under when it is read by its ARN.
            let name = id.map(|id| match session.reader() {
                Ok(mut reader) => api::logged_name(&mut reader, &id),
                Err(_) => id,
            });
            // Unless the operation logged its failure itself (a failed rotation step is
            // RotationFailed, as on the CLI; BatchGetSecretValue logs each id).
            session.record_failure_event(scope.event(api::failure_event(&operation, name.as_deref(), &e)), &e);
            let code = match code {
                "DecryptionFailure" | "VaultBusy" => "InternalServiceError",
                "RotationFailed" => "InvalidRequestException",
                c => c,
            };
            error(status, code, &e.to_string())
        }
    }
}

/// The SigV4 check: Err is AWS's answer to a request that is not the key holder's.
fn authenticate(creds: &Credentials, request: &tiny_http::Request, body: &[u8]) -> Result<(), (u16, Value)> {
    let unrecognized =
        || error(400, "UnrecognizedClientException", "The security token included in the request is invalid.");
    // No Authorization header: the contract (DESIGN.md) answers UnrecognizedClientException.
    // Real AWS says MissingAuthenticationTokenException (aws/aws-sdk-cpp#2407); the README
    // says so, and why the contract's error stands.
    let Some(authorization) = header(request, "authorization") else {
        return Err(unrecognized());
    };
    let Some(auth) = sigv4::parse_authorization(&authorization) else {
        return Err(error(
            400,
            "IncompleteSignatureException",
            "The Authorization header is not a SigV4 signature (AWS4-HMAC-SHA256 Credential=…, SignedHeaders=…, Signature=…).",
        ));
    };
    if auth.access_key_id != creds.access_key_id {
        return Err(unrecognized());
    }
    let Some(amz_date) = header(request, "x-amz-date") else {
        return Err(error(400, "IncompleteSignatureException", "the request has no X-Amz-Date header"));
    };
    let headers: Vec<(String, String)> =
        request.headers().iter().map(|h| (h.field.as_str().as_str().to_string(), h.value.to_string())).collect();
    let signable = sigv4::Request { method: request.method().as_str(), url: request.url(), headers: &headers, body };
    let want = sigv4::signature(&signable, &auth, &amz_date, &creds.secret_access_key);
    if !sigv4::same(&want, &auth.signature) || !auth.signed_headers.iter().any(|h| h == "host") {
        return Err(error(
            400,
            "InvalidSignatureException",
            "The request signature we calculated does not match the signature you provided.",
        ));
    }
    let fresh = jiff::civil::DateTime::strptime("%Y%m%dT%H%M%SZ", &amz_date)
        .ok()
        .and_then(|d| d.to_zoned(jiff::tz::TimeZone::UTC).ok())
        .map(|z| (z.timestamp().as_second() - jiff::Timestamp::now().as_second()).abs() <= 15 * 60);
    if fresh != Some(true) {
        return Err(error(
            400,
            "InvalidSignatureException",
            "Signature expired: the X-Amz-Date is more than 15 minutes off",
        ));
    }
    Ok(())
}

/// Log a request that failed authentication: the operation and secret it names (the name
/// only if it is a valid one), AWS's error code, and the access key id it claimed.
fn log_unauthenticated(
    session: &Session,
    request: &tiny_http::Request,
    body: &[u8],
    refused: (u16, Value),
) -> (u16, Value) {
    let operation = header(request, "x-amz-target")
        .and_then(|t| t.strip_prefix("secretsmanager.").map(str::to_string))
        .filter(|o| !o.is_empty() && o.len() <= 64 && o.bytes().all(|b| b.is_ascii_alphanumeric()))
        .unwrap_or_else(|| "UnknownOperation".to_string());
    let mut input: Value = serde_json::from_slice(body).unwrap_or(Value::Null);
    let name = input_id(&input).filter(|n| crate::vault::names::validate_name(n).is_ok());
    crate::output::zeroize_json(&mut input);
    let claimed = header(request, "authorization")
        .as_deref()
        .and_then(sigv4::parse_authorization)
        .map(|a| a.access_key_id)
        .filter(|k| !k.is_empty() && k.len() <= 128 && k.bytes().all(|b| b.is_ascii_alphanumeric()));
    let code = refused.1["__type"].as_str().unwrap_or("UnrecognizedClientException").to_string();
    let mut event = unlogged_failure(&operation, name.as_deref(), &code);
    event = event.with_detail(match claimed {
        Some(k) => format!("serve, unauthenticated: key {k}"),
        None => "serve, unauthenticated".to_string(),
    });
    match session.record(&[event]) {
        Ok(()) => refused,
        Err(e) => error(500, "InternalServiceError", &format!("the request could not be audited: {e}")),
    }
}

/// A failure that no operation ran to log: AWS's code as the outcome.
fn unlogged_failure(operation: &str, name: Option<&str>, code: &str) -> Event {
    let mut event = Event::failed(operation, name, ExitKind::Usage);
    event.outcome = code.to_string();
    event
}

/// Log `failed` (as this caller) and answer it with a 400; a log that can't be written is a 500.
fn logged(session: &Session, scope: &Scope, failed: Event, message: &str) -> (u16, Value) {
    let code = failed.outcome.clone();
    match session.record(&[scope.event(failed)]) {
        Ok(()) => error(400, &code, message),
        Err(e) => error(500, "InternalServiceError", &format!("the request could not be audited: {e}")),
    }
}

fn input_id(input: &Value) -> Option<String> {
    input.get("SecretId").or_else(|| input.get("Name")).and_then(Value::as_str).map(str::to_string)
}

fn text(input: &Value, key: &str) -> Option<String> {
    input.get(key).and_then(Value::as_str).map(str::to_string)
}

fn required(input: &Value, key: &str) -> Result<String, Error> {
    text(input, key).ok_or_else(|| Error::usage(format!("{key} is required")))
}

fn strings(input: &Value, key: &str) -> Vec<String> {
    input
        .get(key)
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(Value::as_str).map(str::to_string).collect())
        .unwrap_or_default()
}

fn value_in(input: &Value) -> Result<Option<crate::vault::SecretValue>, Error> {
    let s = text(input, "SecretString").map(Zeroizing::new);
    let b = text(input, "SecretBinary").map(Zeroizing::new);
    api::value_of(s, b)
}

fn tags_in(input: &Value) -> Vec<(String, String)> {
    input
        .get("Tags")
        .and_then(Value::as_array)
        .map(|a| a.iter().filter_map(|t| Some((text(t, "Key")?, text(t, "Value").unwrap_or_default()))).collect())
        .unwrap_or_default()
}

fn filters_in(input: &Value) -> Result<Vec<api::Filter>, Error> {
    let mut args = Vec::new();
    for f in input.get("Filters").and_then(Value::as_array).into_iter().flatten() {
        let key = required(f, "Key")?;
        for v in strings(f, "Values") {
            args.push(format!("{key}={v}"));
        }
    }
    api::parse_filters(&args)
}

fn max_results(input: &Value) -> Option<usize> {
    input.get("MaxResults").and_then(Value::as_u64).map(|n| n as usize)
}

/// The RotationLambdaARN that names a rotation template built into sealbox
/// (`sealbox:template:postgres`); anything else can't mean anything here.
pub const TEMPLATE_ARN_PREFIX: &str = "sealbox:template:";

/// RotateSecret's input: RotationRules (AutomaticallyAfterDays, or ScheduleExpression and
/// Duration), RotateImmediately, and a RotationLambdaARN only when it names a template. A
/// script can't be configured over the API (a request must not choose what this machine
/// runs): the secret's configured script runs, as `sealbox rotate NAME` set it.
fn rotate_request(input: &Value) -> Result<api::RotateSecret, Error> {
    let mut config = api::RotationConfig::default();
    if let Some(arn) = text(input, "RotationLambdaARN") {
        let name = arn.strip_prefix(TEMPLATE_ARN_PREFIX).ok_or_else(|| {
            Error::usage(format!(
                "RotationLambdaARN {}: sealbox runs no Lambda functions; give {TEMPLATE_ARN_PREFIX}TEMPLATE \
                 (one of {}), or omit it to use the secret's configured rotation",
                crate::vault::names::printable(&arn),
                crate::rotation::templates::names().join(", ")
            ))
        })?;
        config.template = Some(crate::rotation::templates::find(name)?);
    }
    if let Some(rules) = input.get("RotationRules") {
        let days = rules.get("AutomaticallyAfterDays");
        let expr = text(rules, "ScheduleExpression");
        let window = text(rules, "Duration");
        if days.is_some() && expr.is_some() {
            return Err(Error::usage("RotationRules: give AutomaticallyAfterDays or ScheduleExpression, not both"));
        }
        if let Some(d) = days {
            let d = d.as_i64().ok_or_else(|| Error::usage("AutomaticallyAfterDays must be a whole number of days"))?;
            config.every_days = Some(crate::rotation::validate_every(d)?);
        }
        match (expr, window) {
            (Some(e), w) => config.schedule = Some(api::RotationConfig::schedule(&e, w.as_deref())?),
            (None, Some(_)) => return Err(Error::usage("RotationRules: Duration needs a ScheduleExpression")),
            (None, None) => {}
        }
    }
    Ok(api::RotateSecret {
        id: required(input, "SecretId")?,
        config,
        rotate_now: input.get("RotateImmediately").and_then(Value::as_bool).unwrap_or(true),
    })
}

/// One operation, AWS's JSON in and out.
fn operate(session: &Session, scope: &Scope, operation: &str, input: &Value) -> anyhow::Result<Value> {
    let ctx = session;
    Ok(match operation {
        "CreateSecret" => {
            let req = api::CreateSecret {
                name: required(input, "Name")?,
                value: value_in(input)?,
                description: text(input, "Description"),
                tags: tags_in(input),
                token: text(input, "ClientRequestToken"),
            };
            api::create_secret(ctx, scope, req)?.json
        }
        "GetSecretValue" => {
            let req = api::GetSecretValue {
                id: required(input, "SecretId")?,
                version_id: text(input, "VersionId"),
                stage: text(input, "VersionStage"),
            };
            api::get_secret_value(ctx, scope, &req)?
        }
        "BatchGetSecretValue" => {
            let req = api::BatchGet {
                ids: strings(input, "SecretIdList"),
                filters: filters_in(input)?,
                max_results: max_results(input),
                next_token: text(input, "NextToken"),
            };
            api::batch_get(ctx, scope, req)?
        }
        "PutSecretValue" => {
            let value = value_in(input)?.ok_or_else(|| Error::usage("give SecretString or SecretBinary"))?;
            let req = api::PutSecretValue {
                id: required(input, "SecretId")?,
                value,
                stages: strings(input, "VersionStages"),
                token: text(input, "ClientRequestToken"),
            };
            api::put_secret_value(ctx, scope, req)?.json()
        }
        "UpdateSecret" => {
            let req = api::UpdateSecret {
                id: required(input, "SecretId")?,
                value: value_in(input)?,
                description: text(input, "Description"),
                token: text(input, "ClientRequestToken"),
            };
            api::update_secret(ctx, scope, req)?.2
        }
        "DescribeSecret" => api::describe_secret(ctx, scope, &required(input, "SecretId")?)?.json(),
        "ListSecrets" => {
            let sort_by = match text(input, "SortBy").as_deref() {
                None => api::SortBy::CreatedDate,
                Some(s) => api::SortBy::parse(&s.replace('_', "-").to_lowercase())?,
            };
            let req = api::ListSecrets {
                prefix: None,
                filters: filters_in(input)?,
                include_deleted: input.get("IncludePlannedDeletion").and_then(Value::as_bool).unwrap_or(false),
                sort_by,
                descending: text(input, "SortOrder").as_deref() == Some("desc"),
                max_results: Some(max_results(input).unwrap_or(100)),
                next_token: text(input, "NextToken"),
            };
            api::list_secrets(ctx, scope, &req)?.json()
        }
        "ListSecretVersionIds" => {
            let id = required(input, "SecretId")?;
            let deprecated = input.get("IncludeDeprecated").and_then(Value::as_bool).unwrap_or(false);
            api::list_versions(ctx, scope, &id, deprecated)?.1
        }
        "UpdateSecretVersionStage" => {
            let req = api::StageMove {
                id: required(input, "SecretId")?,
                label: required(input, "VersionStage")?,
                to: text(input, "MoveToVersionId"),
                from: text(input, "RemoveFromVersionId"),
            };
            api::update_version_stage(ctx, scope, &req)?.1
        }
        "DeleteSecret" => {
            let req = api::DeleteSecret {
                id: required(input, "SecretId")?,
                recovery_window_days: input.get("RecoveryWindowInDays").and_then(Value::as_i64),
                force: input.get("ForceDeleteWithoutRecovery").and_then(Value::as_bool).unwrap_or(false),
            };
            api::delete_secret(ctx, scope, &req)?.json()
        }
        "RestoreSecret" => {
            let (s, _) = api::restore_secret(ctx, scope, &required(input, "SecretId")?)?;
            json!({"ARN": s.arn, "Name": s.name})
        }
        "TagResource" => {
            api::tag_resource(ctx, scope, &required(input, "SecretId")?, &tags_in(input))?;
            json!({})
        }
        "UntagResource" => {
            api::untag_resource(ctx, scope, &required(input, "SecretId")?, &strings(input, "TagKeys"))?;
            json!({})
        }
        "GetRandomPassword" => {
            let flag = |k: &str| input.get(k).and_then(Value::as_bool).unwrap_or(false);
            let options = crate::cli::PasswordArgs {
                length: input.get("PasswordLength").and_then(Value::as_u64).unwrap_or(32) as u32,
                exclude_characters: text(input, "ExcludeCharacters"),
                exclude_numbers: flag("ExcludeNumbers"),
                exclude_punctuation: flag("ExcludePunctuation"),
                exclude_uppercase: flag("ExcludeUppercase"),
                exclude_lowercase: flag("ExcludeLowercase"),
                include_space: flag("IncludeSpace"),
                require_each_included_type: true,
                no_require_each_included_type: input.get("RequireEachIncludedType").and_then(Value::as_bool)
                    == Some(false),
            };
            let p = crate::password::generate(&options)?;
            json!({"RandomPassword": p.as_str()})
        }
        "CancelRotateSecret" => api::cancel_rotate_secret(ctx, scope, &required(input, "SecretId")?)?,
        "RotateSecret" => {
            let req = rotate_request(input)?;
            let (name, outcome) = api::rotate_secret(ctx, scope, &req)?;
            outcome.answer(&name)?
        }
        other => {
            return Err(Error::usage(format!("unknown operation {other}")).into());
        }
    })
}
