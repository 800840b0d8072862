//! ListSecrets: AWS's filters (as moto's AWS-verified tests match them), sort orders, and paging
//! whose token names the last entry returned (stable while the vault changes between pages).

use super::*;

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
pub(super) fn list_page<R: Read + Seek>(
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

/// AWS ListSecrets: one audit line per call, as CloudTrail has one event per call (a line
/// per secret listed made a `list` of 100,000 secrets append 40 MB to the log).
pub fn list_secrets(ctx: &Session, scope: &Scope, req: &ListSecrets) -> anyhow::Result<Page> {
    let mut reader = ctx.reader()?;
    let page = list_page(ctx, scope, &mut reader, req)?;
    ctx.record(&[scope.event(list_event(page.entries.len(), req.prefix.as_deref()))])?;
    Ok(page)
}

/// The one `ListSecrets` line of a listing: how many secrets it showed, and under what.
pub fn list_event(count: usize, prefix: Option<&str>) -> Event {
    let under = prefix.filter(|p| !p.is_empty()).map(|p| format!(" under {p}")).unwrap_or_default();
    Event::ok("ListSecrets", None, None).with_detail(format!("{count} listed{under}"))
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
