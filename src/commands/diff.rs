//! `sealbox diff --region REGION [--prefix P]`: what differs between the vault and an AWS
//! region — names, version ids, labels, deletion — never values. Exit 0 when identical,
//! 1 when not (as diff(1)).

use serde_json::{Value, json};

use crate::aws::{self, SecretDiff};
use crate::cli::DiffArgs;
use crate::error::Error;
use crate::output;
use crate::session::Session;
use crate::vault::names;

fn short(id: &Option<String>) -> String {
    id.clone().unwrap_or_else(|| "-".to_string())
}

fn labels(stages: &[String]) -> String {
    stages.join(",")
}

pub fn run(ctx: &Session, args: DiffArgs) -> anyhow::Result<()> {
    let prefix = args.prefix.clone().unwrap_or_default();
    names::validate_prefix(&prefix)?;
    let config = aws::require_aws_region(ctx, &args.region)?;
    let region = args.region.as_str();
    let mut reader = ctx.reader()?;
    let mut here = std::collections::BTreeMap::new();
    for located in reader.scan_subtree(&prefix)? {
        let secret = reader.read_record(&located)?;
        here.insert(secret.name.clone(), secret);
    }
    drop(reader);
    // AWS lists by string prefix: ask for the root's, keep the subtree.
    let tree = names::Subtree::new(&prefix);
    let mut there = aws::list(region, config, tree.root())
        .map_err(|m| Error::other(format!("can't read AWS region {region}: {m}")))?;
    there.retain(|n, _| tree.contains(n));
    let only_here: Vec<&String> = here.keys().filter(|n| !there.contains_key(*n)).collect();
    let only_there: Vec<&String> = there.keys().filter(|n| !here.contains_key(*n)).collect();
    let different: Vec<(&String, SecretDiff)> = here
        .iter()
        .filter_map(|(n, s)| there.get(n).map(|r| (n, aws::diff_secret(s, r))))
        .filter(|(_, d)| !d.is_empty())
        .collect();
    let identical = only_here.is_empty() && only_there.is_empty() && different.is_empty();
    if ctx.json() {
        let list: Vec<Value> = different
            .iter()
            .map(|(n, d)| {
                json!({
                    "Name": n,
                    "VersionsOnlyHere": d.versions_only_here,
                    "VersionsOnlyThere": d.versions_only_there,
                    "Labels": d.labels.iter().map(|(l, h, t)| json!({"Label": l, "Here": h, "There": t})).collect::<Vec<_>>(),
                    "ScheduledForDeletionHere": d.deleted_here,
                    "ScheduledForDeletionThere": d.deleted_there,
                })
            })
            .collect();
        output::print_json(&json!({
            "Region": region,
            "Identical": identical,
            "OnlyHere": only_here,
            "OnlyThere": only_there,
            "Different": list,
        }))?;
    } else if !ctx.quiet() {
        let mut out = String::new();
        for n in &only_here {
            out.push_str(&format!("only here:  {n}\n"));
        }
        for n in &only_there {
            out.push_str(&format!("only there: {n}\n"));
        }
        for (n, d) in &different {
            for (id, stages) in &d.versions_only_here {
                out.push_str(&format!("{n}: version {id} ({}) only here\n", labels(stages)));
            }
            for (id, stages) in &d.versions_only_there {
                out.push_str(&format!("{n}: version {id} ({}) only there\n", labels(stages)));
            }
            for (label, h, t) in &d.labels {
                out.push_str(&format!("{n}: label {label} on {} here, on {} there\n", short(h), short(t)));
            }
            if d.deleted_here != d.deleted_there {
                let (yes, no) = if d.deleted_here { ("here", "there") } else { ("there", "here") };
                out.push_str(&format!("{n}: scheduled for deletion {yes}, not {no}\n"));
            }
        }
        output::write_stdout(out.as_bytes())?;
        if identical {
            ctx.info(format!("the vault and AWS region {region} hold the same secrets, versions and labels"));
        }
    }
    if identical { Ok(()) } else { Err(Error::other("").into()) }
}
