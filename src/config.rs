//! config.toml: the identity path when adopted, the region name, regions, audit settings.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::{Deserialize, Serialize};

use crate::error::Error;

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Config {
    /// The identity file, when it is not the default one (set by `init --identity`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub identity: Option<PathBuf>,
    /// The vault file, when it is not the default one.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault: Option<PathBuf>,
    /// Other vault files (and later, other kinds of store) that secrets replicate to.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub regions: BTreeMap<String, RegionConfig>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub audit: Option<AuditConfig>,
}

/// A region: another vault file (`vault = "PATH"`), or an AWS Secrets Manager region
/// (`aws = "us-east-1"`, with an optional profile, endpoint and name prefix).
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegionConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub vault: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub recipients: Vec<String>,
    /// The AWS region name (e.g. `us-east-1`) of an AWS Secrets Manager region.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub aws: Option<String>,
    /// The AWS profile to take credentials from [default: the standard chain].
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub profile: Option<String>,
    /// Another endpoint than AWS's own (a VPC endpoint, an emulator).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub endpoint_url: Option<String>,
    /// Put in front of every secret name in AWS (e.g. `team/`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name_prefix: Option<String>,
}

impl RegionConfig {
    pub fn is_aws(&self) -> bool {
        self.aws.is_some()
    }

    /// Where the region is, for humans: the vault path or `aws:REGION[ at URL]`.
    pub fn location(&self) -> String {
        match (&self.aws, &self.vault) {
            (Some(region), _) => match &self.endpoint_url {
                Some(url) => format!("aws:{region} via {url}"),
                None => format!("aws:{region}"),
            },
            (None, Some(path)) => path.display().to_string(),
            (None, None) => "-".to_string(),
        }
    }
}

#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct AuditConfig {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub path: Option<PathBuf>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub log_reads: Option<bool>,
}

impl Config {
    /// Read the config; a missing file is an empty config.
    pub fn load(path: &Path) -> Result<Config, Error> {
        let text = match std::fs::read_to_string(path) {
            Ok(t) => t,
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(Config::default()),
            Err(e) => return Err(Error::other(format!("can't read the config {}: {e}", path.display()))),
        };
        Config::parse(&text)
            .map_err(|e| Error::usage(format!("the config {} is invalid: {}", path.display(), e.message.trim_end())))
    }

    pub fn parse(text: &str) -> Result<Config, Error> {
        toml::from_str(text).map_err(|e| Error::usage(e.to_string()))
    }

    pub fn to_toml(&self) -> Result<String, Error> {
        toml::to_string_pretty(self).map_err(|e| Error::other(format!("can't encode the config: {e}")))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_regions_and_rejects_typos() {
        let c = Config::parse("[regions.backup]\nvault = \"/mnt/b/vault.age\"\nrecipients = [\"age1x\"]\n").unwrap();
        assert_eq!(c.regions["backup"].vault, Some(PathBuf::from("/mnt/b/vault.age")));
        assert!(!c.regions["backup"].is_aws());
        assert!(Config::parse("identiy = \"x\"").is_err());
        assert_eq!(Config::parse("").unwrap(), Config::default());
        let again = Config::parse(&c.to_toml().unwrap()).unwrap();
        assert_eq!(again, c);
    }

    #[test]
    fn parses_aws_regions() {
        let text = "[regions.prod-us]\naws = \"us-east-1\"\nprofile = \"ops\"\nendpoint_url = \"http://127.0.0.1:5000\"\nname_prefix = \"team/\"\n";
        let c = Config::parse(text).unwrap();
        let r = &c.regions["prod-us"];
        assert!(r.is_aws());
        assert_eq!(r.vault, None);
        assert_eq!(r.name_prefix.as_deref(), Some("team/"));
        assert_eq!(r.location(), "aws:us-east-1 via http://127.0.0.1:5000");
        assert_eq!(Config::parse(&c.to_toml().unwrap()).unwrap(), c);
    }
}
