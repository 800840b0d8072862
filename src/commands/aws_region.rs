//! `sealbox region add NAME --aws AWS_REGION`: an AWS Secrets Manager region in config.toml.

use serde_json::json;

use crate::cli::RegionAddArgs;
use crate::config::RegionConfig;
use crate::error::Error;
use crate::output;
use crate::replication;
use crate::session::Session;

pub fn add(ctx: &Session, args: RegionAddArgs) -> anyhow::Result<()> {
    replication::validate_region_name(&args.name)?;
    if ctx.config.regions.contains_key(&args.name) {
        return Err(Error::exists(format!("region {} already exists", args.name))
            .with_hint(format!("remove it first with `sealbox region remove {}`", args.name))
            .into());
    }
    let region = RegionConfig {
        aws: args.aws.clone(),
        profile: args.profile.clone(),
        endpoint_url: args.endpoint_url.clone(),
        name_prefix: args.name_prefix.clone(),
        ..Default::default()
    };
    crate::aws::validate_region_config(&region)?;
    // The region is only usable through the helper: refuse to add one that can't run.
    if let Err(why) = crate::aws::locate_helper() {
        return Err(Error::usage(format!("can't add an AWS region: the AWS region helper {why}"))
            .with_hint(format!(
                "`cargo install sealbox` installs it beside sealbox (its default `aws` feature); \
                 {} may name it",
                crate::aws::HELPER_VARIABLE
            ))
            .into());
    }
    ctx.record(&[super::region::region_event(&args.name, &region.location())])?;
    let mut config = ctx.config.clone();
    config.regions.insert(args.name.clone(), region.clone());
    crate::fs::write_file_atomic(&ctx.config_path, crate::fs::Links::FollowSafe, config.to_toml()?.as_bytes(), true)?;
    if ctx.json() {
        output::print_json(&json!({
            "Region": args.name,
            "AwsRegion": region.aws,
            "Profile": region.profile,
            "EndpointUrl": region.endpoint_url,
            "NamePrefix": region.name_prefix,
        }))?;
    } else {
        ctx.info(format!(
            "added region {} ({}); `sealbox region list` checks that it answers",
            args.name,
            region.location()
        ));
    }
    Ok(())
}
