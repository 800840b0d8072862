//! Printing: AWS-shaped JSON and human tables. Writes go through `out()` so a closed pipe
//! surfaces as an error that `main` turns into a quiet exit.

use std::io::Write;

use base64::Engine as _;
use comfy_table::{ContentArrangement, Table, presets};
use jiff::Timestamp;
use serde_json::{Map, Value, json};

use crate::error::Error;
use crate::vault::CatalogEntry;
use crate::vault::model::{ReplicationStatus, Secret, SecretValue, Tags, Version};

pub fn date(t: Timestamp) -> String {
    t.to_string()
}

/// Day precision, as AWS reports LastAccessedDate.
pub fn day(t: Timestamp) -> String {
    t.strftime("%Y-%m-%d").to_string()
}

/// LastAccessedDate in JSON: a timestamp truncated to midnight UTC, as AWS returns it.
pub fn day_json(t: Timestamp) -> Value {
    let midnight = Timestamp::from_second(t.as_second().div_euclid(86_400) * 86_400).unwrap_or(t);
    date(midnight).into()
}

pub fn short_date(t: Timestamp) -> String {
    // By hand for the years sealbox writes (a `list` prints two per secret), else strftime.
    let d = t.to_zoned(jiff::tz::TimeZone::UTC).datetime();
    if (1000..=9999).contains(&d.year()) {
        return format!("{:04}-{:02}-{:02} {:02}:{:02}", d.year(), d.month(), d.day(), d.hour(), d.minute());
    }
    t.strftime("%Y-%m-%d %H:%M").to_string()
}

pub fn write_stdout(bytes: &[u8]) -> anyhow::Result<()> {
    let mut out = std::io::stdout().lock();
    out.write_all(bytes)?;
    out.flush()?;
    Ok(())
}

/// Render plaintext into one zeroized buffer allocated at its final size: `render` runs
/// twice, first into a byte counter, then into the buffer (a growing Vec would leave copies
/// of the values in freed memory).
pub fn render_sized(
    mut render: impl FnMut(&mut dyn Write) -> Result<(), Error>,
) -> Result<zeroize::Zeroizing<Vec<u8>>, Error> {
    let mut counter = crate::vault::format::Counter(0);
    render(&mut counter)?;
    let mut text = zeroize::Zeroizing::new(Vec::with_capacity(counter.0));
    render(&mut *text)?;
    Ok(text)
}

/// Print JSON that holds secret values: written from one exactly-sized buffer that is
/// zeroized after, and every string of `value` zeroized too.
pub fn print_secret_json(mut value: Value) -> anyhow::Result<()> {
    if RENDER.with(|r| r.borrow().is_some()) {
        let result = print_json(&value);
        zeroize_json(&mut value);
        return result;
    }
    let result = (|| {
        let text = render_sized(|w| {
            serde_json::to_writer_pretty(&mut *w, &value).map_err(|e| Error::other(e.to_string()))?;
            w.write_all(b"\n").map_err(|e| Error::other(e.to_string()))
        })?;
        write_stdout(&text)
    })();
    zeroize_json(&mut value);
    result
}

/// Overwrite every string (and key) of a JSON value that held secret material.
pub fn zeroize_json(value: &mut Value) {
    use zeroize::Zeroize;
    match value {
        Value::String(s) => s.zeroize(),
        Value::Array(items) => items.iter_mut().for_each(zeroize_json),
        Value::Object(map) => {
            for (_, v) in map.iter_mut() {
                zeroize_json(v);
            }
        }
        _ => {}
    }
}

pub fn print_json(value: &Value) -> anyhow::Result<()> {
    if let Some(mut shown) = queried(value)? {
        let result = print_rendered(&shown);
        zeroize_json(&mut shown);
        return result;
    }
    let mut text = serde_json::to_vec_pretty(value).map_err(|e| Error::other(e.to_string()))?;
    text.push(b'\n');
    write_stdout(&text)
}

/// How JSON output is shown: `--query EXPR` (JMESPath) and whether `-o text` asked for the
/// AWS CLI's text layout. Set once per run by `crate::run`.
pub struct Render {
    query: Option<jmespath::Expression<'static>>,
    text: bool,
}

thread_local! {
    static RENDER: std::cell::RefCell<Option<Render>> = const { std::cell::RefCell::new(None) };
}

/// Compile `--query` (a bad expression is exit 2) and keep it for this run's output.
pub fn set_render(query: Option<&str>, text: bool) -> Result<(), Error> {
    let query = query
        .map(|q| {
            jmespath::compile(&legacy_literals(q)).map_err(|e| {
                Error::usage(format!("invalid --query: {e}"))
                    .with_hint("a JMESPath expression, e.g. --query 'SecretList[].Name'")
            })
        })
        .transpose()?;
    let render = (query.is_some() || text).then_some(Render { query, text });
    RENDER.with(|r| *r.borrow_mut() = render);
    Ok(())
}

/// The AWS CLI (jmespath.py) still reads a backtick literal that is not JSON as a string
/// (`[?Name==`app/db`]`: deprecated, and in scripts everywhere); the jmespath crate follows
/// the spec strictly. Quote such literals as jmespath.py does (`"` around the text, left
/// whitespace dropped), and leave everything else, raw strings and quoted names included,
/// as it was.
fn legacy_literals(query: &str) -> String {
    let mut out = String::with_capacity(query.len());
    let mut chars = query.chars().peekable();
    while let Some(c) = chars.next() {
        out.push(c);
        match c {
            '\'' | '"' => {
                while let Some(d) = chars.next() {
                    out.push(d);
                    if d == '\\' {
                        out.extend(chars.next());
                    } else if d == c {
                        break;
                    }
                }
            }
            '`' => {
                let (mut raw, mut text, mut closed) = (String::new(), String::new(), false);
                while let Some(d) = chars.next() {
                    if d == '\\' && chars.peek() == Some(&'`') {
                        chars.next();
                        raw.push_str("\\`");
                        text.push('`');
                    } else if d == '`' {
                        closed = true;
                        break;
                    } else {
                        raw.push(d);
                        text.push(d);
                    }
                }
                let quoted = format!("\"{}\"", text.trim_start());
                if closed
                    && serde_json::from_str::<Value>(&text).is_err()
                    && serde_json::from_str::<String>(&quoted).is_ok()
                {
                    out.push_str(&quoted.replace('`', "\\`"));
                } else {
                    out.push_str(&raw);
                }
                if closed {
                    out.push('`');
                }
            }
            _ => {}
        }
    }
    out
}

/// `value` after `--query`, when a query or the text layout is set.
fn queried(value: &Value) -> Result<Option<Value>, Error> {
    RENDER.with(|r| {
        let r = r.borrow();
        let Some(render) = r.as_ref() else { return Ok(None) };
        let Some(expr) = &render.query else { return Ok(Some(value.clone())) };
        let found = expr.search(value).map_err(|e| Error::usage(format!("--query failed: {e}")))?;
        serde_json::to_value(&*found).map(Some).map_err(|e| Error::other(e.to_string()))
    })
}

fn print_rendered(value: &Value) -> anyhow::Result<()> {
    let text_layout = RENDER.with(|r| r.borrow().as_ref().is_some_and(|r| r.text));
    let text = render_sized(|w| {
        let io = |e: std::io::Error| Error::other(e.to_string());
        if text_layout {
            aws_text(value, None, None, w).map_err(io)
        } else {
            serde_json::to_writer_pretty(&mut *w, value).map_err(|e| Error::other(e.to_string()))?;
            w.write_all(b"\n").map_err(io)
        }
    })?;
    write_stdout(&text)
}

/// A scalar as the AWS CLI's text output writes it (Python's `str`).
fn text_scalar(v: &Value) -> String {
    match v {
        Value::Null => "None".into(),
        Value::Bool(true) => "True".into(),
        Value::Bool(false) => "False".into(),
        Value::String(s) => s.clone(),
        other => other.to_string(),
    }
}

fn is_scalar(v: &Value) -> bool {
    !matches!(v, Value::Array(_) | Value::Object(_))
}

/// The AWS CLI's `--output text` (awscli/text.py): scalars raw; a list of scalars on one
/// tab-separated line; a list of lists one row each; an object's scalar values on one
/// line (keys sorted) after its identifier, then its lists and objects.
fn aws_text(v: &Value, identifier: Option<&str>, keys: Option<&[String]>, w: &mut dyn Write) -> std::io::Result<()> {
    match v {
        Value::Object(map) => {
            let mut scalars: Vec<String> = Vec::new();
            let mut nested: Vec<(&String, &Value)> = Vec::new();
            match keys {
                Some(keys) => {
                    for k in keys {
                        scalars.push(map.get(k).map(text_scalar).unwrap_or_default());
                    }
                    let mut rest: Vec<(&String, &Value)> = map.iter().filter(|(k, _)| !keys.contains(k)).collect();
                    rest.sort_by(|a, b| a.0.cmp(b.0));
                    nested = rest;
                }
                None => {
                    let mut all: Vec<(&String, &Value)> = map.iter().collect();
                    all.sort_by(|a, b| a.0.cmp(b.0));
                    for (k, v) in all {
                        if is_scalar(v) { scalars.push(text_scalar(v)) } else { nested.push((k, v)) }
                    }
                }
            }
            if !scalars.is_empty() {
                if let Some(id) = identifier {
                    scalars.insert(0, id.to_uppercase());
                }
                writeln!(w, "{}", scalars.join("\t"))?;
            }
            for (k, v) in nested {
                aws_text(v, Some(k), None, w)?;
            }
            Ok(())
        }
        Value::Array(items) => {
            if items.is_empty() {
                return Ok(());
            }
            if items.iter().any(|i| i.is_object()) {
                let mut keys: Vec<String> = items
                    .iter()
                    .filter_map(Value::as_object)
                    .flat_map(|m| m.iter().filter(|(_, v)| is_scalar(v)).map(|(k, _)| k.clone()))
                    .collect();
                keys.sort();
                keys.dedup();
                for i in items {
                    aws_text(i, identifier, Some(&keys), w)?;
                }
                return Ok(());
            }
            let (scalars, nested): (Vec<&Value>, Vec<&Value>) = items.iter().partition(|i| is_scalar(i));
            if !scalars.is_empty() {
                match identifier {
                    Some(id) => {
                        for s in &scalars {
                            writeln!(w, "{}\t{}", id.to_uppercase(), text_scalar(s))?;
                        }
                    }
                    None => writeln!(w, "{}", scalars.iter().map(|s| text_scalar(s)).collect::<Vec<_>>().join("\t"))?,
                }
            }
            for n in nested {
                aws_text(n, identifier, None, w)?;
            }
            Ok(())
        }
        scalar => writeln!(w, "{}", text_scalar(scalar)),
    }
}

pub fn new_table(headers: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_preset(presets::NOTHING);
    t.set_content_arrangement(if crate::terminal::stdout_is_terminal() {
        ContentArrangement::Dynamic
    } else {
        ContentArrangement::Disabled
    });
    t.set_header(headers.iter().map(|h| h.to_string()));
    for column in t.column_iter_mut() {
        column.set_padding((0, 2));
    }
    t
}

pub fn print_table(t: &Table) -> anyhow::Result<()> {
    let headers: Vec<String> = t.header().map(|h| h.cell_iter().map(|c| c.content()).collect()).unwrap_or_default();
    let rows: Vec<Vec<String>> = t.row_iter().map(|r| r.cell_iter().map(|c| c.content()).collect()).collect();
    print_rows(&headers.iter().map(String::as_str).collect::<Vec<_>>(), rows)
}

/// A table: fitted to a terminal's width (see [`crate::table`]: names and dates are never
/// cut), every column whole into a pipe or a file.
pub fn print_rows(headers: &[&str], rows: Vec<Vec<String>>) -> anyhow::Result<()> {
    // One line per row, and no byte a terminal would act on (a description from an old
    // vault may hold ESC): line breaks and tabs become spaces, other controls `\u{1b}`.
    let flat = |c: String| {
        let ascii_clean = c.is_ascii() && !c.bytes().any(|b| b < 0x20 || b == 0x7f);
        if ascii_clean || !c.chars().any(char::is_control) {
            return c;
        }
        escape_controls(&c.replace(['\n', '\r', '\t'], " ")).into_owned()
    };
    let rows: Vec<Vec<String>> = rows.into_iter().map(|r| r.into_iter().map(flat).collect()).collect();
    write_stdout(crate::table::render(headers, &rows, crate::table::terminal_width()).as_bytes())
}

/// Text for a terminal: every control character (C0, DEL, C1) written as `\u{1b}`, so a
/// stored description or tag can't move the cursor or retitle the window. JSON output
/// escapes them its own way and does not use this.
pub fn escape_controls(s: &str) -> std::borrow::Cow<'_, str> {
    if !s.chars().any(char::is_control) {
        return std::borrow::Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len() + 8);
    for c in s.chars() {
        if c.is_control() {
            out.push_str(&format!("\\u{{{:x}}}", u32::from(c)));
        } else {
            out.push(c);
        }
    }
    std::borrow::Cow::Owned(out)
}

/// Two columns, for `describe`.
pub fn print_fields(rows: &[(String, String)]) -> anyhow::Result<()> {
    let rows: Vec<(String, String)> = rows.iter().map(|(k, v)| (k.clone(), escape_controls(v).into_owned())).collect();
    write_stdout(crate::table::render_fields(&rows, crate::table::terminal_width()).as_bytes())
}

pub fn tags_json(tags: &Tags) -> Value {
    Value::Array(tags.iter().map(|(k, v)| json!({"Key": k, "Value": v})).collect())
}

/// `Tags`, in the order they were set, only when there are some (AWS omits the field).
fn put_tags(map: &mut Map<String, Value>, tags: &Tags) {
    if !tags.is_empty() {
        map.insert("Tags".into(), tags_json(tags));
    }
}

/// One entry of AWS ListSecretVersionIds' Versions: no `VersionStages` on a deprecated
/// version, `LastAccessedDate` once the version was read.
pub fn version_entry_json(v: &Version, last_accessed: Option<Timestamp>) -> Value {
    let mut m = Map::new();
    m.insert("VersionId".into(), v.id.clone().into());
    if !v.stages.is_empty() {
        m.insert("VersionStages".into(), json!(v.stages));
    }
    put_opt(&mut m, "LastAccessedDate", last_accessed.map(day_json));
    m.insert("CreatedDate".into(), date(v.created).into());
    Value::Object(m)
}

pub fn status_name(s: ReplicationStatus) -> &'static str {
    match s {
        ReplicationStatus::InSync => "InSync",
        ReplicationStatus::Failed => "Failed",
        ReplicationStatus::InProgress => "InProgress",
    }
}

fn put_opt(map: &mut Map<String, Value>, key: &str, v: Option<Value>) {
    if let Some(v) = v {
        map.insert(key.to_string(), v);
    }
}

/// AWS GetSecretValue.
pub fn secret_value_json(secret: &Secret, version: &Version) -> Value {
    let mut m = Map::new();
    m.insert("ARN".into(), secret.arn.clone().into());
    m.insert("Name".into(), secret.name.clone().into());
    m.insert("VersionId".into(), version.id.clone().into());
    match &version.value {
        SecretValue::Text(s) => m.insert("SecretString".into(), s.as_str().into()),
        SecretValue::Binary(b) => {
            m.insert("SecretBinary".into(), base64::engine::general_purpose::STANDARD.encode(b.as_slice()).into())
        }
    };
    m.insert("VersionStages".into(), json!(version.stages));
    m.insert("CreatedDate".into(), date(version.created).into());
    Value::Object(m)
}

/// AWS DescribeSecret.
pub fn describe_json(secret: &Secret, last_accessed: Option<Timestamp>) -> Value {
    let mut m = Map::new();
    m.insert("ARN".into(), secret.arn.clone().into());
    m.insert("Name".into(), secret.name.clone().into());
    put_opt(&mut m, "Description", secret.description.clone().map(Value::from));
    let r = &secret.rotation;
    if r.is_configured() {
        m.insert("RotationEnabled".into(), r.enabled.into());
    }
    put_opt(&mut m, "RotationScript", r.script.clone().map(Value::from));
    put_opt(&mut m, "RotationTemplate", r.template.clone().map(Value::from));
    if let Some(rules) = rotation_rules(r) {
        m.insert("RotationRules".into(), rules);
    }
    put_opt(&mut m, "LastRotatedDate", r.last_rotated.map(|t| date(t).into()));
    m.insert("LastChangedDate".into(), date(secret.last_changed).into());
    put_opt(&mut m, "LastAccessedDate", last_accessed.map(day_json));
    if let Some(d) = &secret.deletion {
        m.insert("DeletedDate".into(), date(d.deleted).into());
        m.insert("DeletionDate".into(), date(d.purge_after).into());
    }
    put_opt(&mut m, "NextRotationDate", r.next_rotation.map(|t| date(t).into()));
    if let Some(outcome) = &r.last_outcome {
        let mut o = Map::new();
        o.insert("Date".into(), date(outcome.at).into());
        o.insert("Status".into(), (if outcome.succeeded { "Succeeded" } else { "Failed" }).into());
        put_opt(&mut o, "FailedStep", outcome.failed_step.clone().map(Value::from));
        put_opt(&mut o, "Message", outcome.message.clone().map(Value::from));
        m.insert("LastRotationOutcome".into(), Value::Object(o));
    }
    if let Some(claim) = &r.in_progress {
        m.insert(
            "RotationInProgress".into(),
            json!({"VersionId": claim.version_id, "Pid": claim.pid, "Started": date(claim.started)}),
        );
    }
    put_tags(&mut m, &secret.tags);
    let stages: Map<String, Value> = secret.stages_map().into_iter().map(|(k, v)| (k, json!(v))).collect();
    // A secret created without a value has none (AWS omits the field then).
    if !stages.is_empty() {
        m.insert("VersionIdsToStages".into(), Value::Object(stages));
    }
    m.insert("CreatedDate".into(), date(secret.created).into());
    if let Some(p) = &secret.replica_of {
        m.insert("PrimaryRegion".into(), p.region.clone().into());
    }
    if !secret.replicas.is_empty() {
        let list: Vec<Value> = secret
            .replicas
            .iter()
            .map(|r| {
                let mut o = Map::new();
                o.insert("Region".into(), r.region.clone().into());
                o.insert("Status".into(), status_name(r.status).into());
                put_opt(&mut o, "StatusMessage", r.message.clone().map(Value::from));
                put_opt(&mut o, "LastSyncDate", r.last_sync.map(|t| date(t).into()));
                Value::Object(o)
            })
            .collect();
        m.insert("ReplicationStatus".into(), Value::Array(list));
    }
    Value::Object(m)
}

/// AWS's RotationRules: `AutomaticallyAfterDays` for `--every`; `ScheduleExpression` (and
/// `Duration` when a window was set) for `--schedule`, with `AutomaticallyAfterDays` too
/// where the schedule has a period in days, as AWS derives it.
fn rotation_rules(r: &crate::vault::model::Rotation) -> Option<Value> {
    let Some(expr) = &r.schedule else {
        return r.every_days.map(|days| json!({"AutomaticallyAfterDays": days}));
    };
    let mut rules = Map::new();
    let every = crate::rotation::schedule::Schedule::parse(expr).ok().and_then(|s| s.every_days());
    put_opt(&mut rules, "AutomaticallyAfterDays", every.map(Value::from));
    put_opt(&mut rules, "Duration", r.window_hours.map(|h| format!("{h}h").into()));
    rules.insert("ScheduleExpression".into(), expr.clone().into());
    Some(Value::Object(rules))
}

/// One entry of AWS ListSecrets' SecretList.
pub fn list_entry_json(e: &CatalogEntry, last_accessed: Option<Timestamp>) -> Value {
    let mut m = Map::new();
    m.insert("ARN".into(), e.arn.clone().into());
    m.insert("Name".into(), e.name.clone().into());
    put_opt(&mut m, "Description", e.description.clone().map(Value::from));
    if e.rotation_configured || e.rotation_enabled {
        m.insert("RotationEnabled".into(), e.rotation_enabled.into());
    }
    let rotation = crate::vault::model::Rotation {
        enabled: e.rotation_enabled,
        every_days: e.rotation_every_days,
        schedule: e.rotation_schedule.clone(),
        window_hours: e.rotation_window_hours,
        ..Default::default()
    };
    put_opt(&mut m, "RotationRules", rotation_rules(&rotation));
    put_opt(&mut m, "LastRotatedDate", e.last_rotated.map(|t| date(t).into()));
    m.insert("LastChangedDate".into(), date(e.last_changed).into());
    put_opt(&mut m, "LastAccessedDate", last_accessed.map(day_json));
    put_opt(&mut m, "DeletedDate", e.deleted.map(|t| date(t).into()));
    put_opt(&mut m, "DeletionDate", e.purge_after.map(|t| date(t).into()));
    put_opt(&mut m, "NextRotationDate", e.next_rotation.map(|t| date(t).into()));
    put_tags(&mut m, &e.tags);
    let stages: Map<String, Value> = e.stages.iter().map(|(k, v)| (k.clone(), json!(v))).collect();
    m.insert("SecretVersionsToStages".into(), Value::Object(stages));
    m.insert("CreatedDate".into(), date(e.created).into());
    put_opt(&mut m, "PrimaryRegion", e.primary_region.clone().map(Value::from));
    Value::Object(m)
}

#[cfg(test)]
mod query_tests {
    use super::legacy_literals;

    #[test]
    fn bare_backtick_literals_read_as_strings_as_the_aws_cli_does() {
        assert_eq!(legacy_literals("SecretList[?Name==`app/db`].ARN"), "SecretList[?Name==`\"app/db\"`].ARN");
        assert_eq!(legacy_literals("a[?b==` x y`]"), "a[?b==`\"x y\"`]");
        // JSON literals, raw strings and quoted names stay as they are.
        for q in ["a[?b==`\"x\"`]", "a[?n==`3`]", "a[?b==`true`]", "a[?b=='`x`']", "\"odd`name\".x", "a[?b==`[1]`]"] {
            assert_eq!(legacy_literals(q), q);
        }
        // An escaped backtick inside a bare literal stays escaped; an unclosed one is left to the parser.
        assert_eq!(legacy_literals("a[?b==`x\\`y`]"), "a[?b==`\"x\\`y\"`]");
        assert_eq!(legacy_literals("a[?b==`x"), "a[?b==`x");
        let v = serde_json::json!({"L": [{"Name": "app/db", "ARN": 1}, {"Name": "x", "ARN": 2}]});
        let e = jmespath::compile(&legacy_literals("L[?Name==`app/db`].ARN")).unwrap();
        assert_eq!(serde_json::to_value(&*e.search(&v).unwrap()).unwrap(), serde_json::json!([1]));
    }
}
