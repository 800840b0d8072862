//! The only module that imports the AWS SDK: a Secrets Manager client on a current-thread
//! tokio runtime, and the calls sealbox makes (it lives in the helper binary, never in
//! `sealbox` itself).
//!
//! Every function returns AWS's own error text (`Code: message`, or the SDK's description of
//! a transport failure) as a plain string, so it can be stored as a replica's status message.

use std::collections::BTreeMap;

use aws_config::BehaviorVersion;
use aws_config::Region;
use aws_sdk_secretsmanager::Client;
use aws_sdk_secretsmanager::error::{ProvideErrorMetadata, SdkError};
use aws_sdk_secretsmanager::primitives::{Blob, DateTime};
use aws_sdk_secretsmanager::types::Tag;
use aws_smithy_http_client::tls::{Provider, rustls_provider::CryptoMode};
use jiff::Timestamp;
use zeroize::Zeroizing;

use sealbox::aws::protocol::PushSecret;
use sealbox::aws::{RemoteSecret, RemoteVersion};
use sealbox::vault::model::{AWSCURRENT, AWSPREVIOUS, SecretValue};

/// A connected AWS Secrets Manager region.
pub struct Remote {
    runtime: tokio::runtime::Runtime,
    client: Client,
}

/// `Code: message` for a service error, the whole cause chain for anything else.
fn text<E, R>(err: &SdkError<E, R>) -> String
where
    E: ProvideErrorMetadata + std::error::Error + 'static,
    R: std::fmt::Debug,
{
    if let SdkError::ServiceError(service) = err {
        let e = service.err();
        match (e.code(), e.message()) {
            (Some(code), Some(message)) => return format!("{code}: {message}"),
            (Some(code), None) => return code.to_string(),
            _ => {}
        }
    }
    // The cause chain on one line, each cause once (DisplayErrorContext adds a Debug dump).
    let mut out = String::new();
    let mut cause: Option<&dyn std::error::Error> = Some(err);
    while let Some(c) = cause {
        let s = c.to_string();
        if !out.contains(&s) {
            if !out.is_empty() {
                out.push_str(": ");
            }
            out.push_str(&s);
        }
        cause = c.source();
    }
    out
}

fn code<E: ProvideErrorMetadata, R>(err: &SdkError<E, R>) -> Option<&str> {
    match err {
        SdkError::ServiceError(service) => service.err().code(),
        _ => None,
    }
}

fn timestamp(dt: Option<&DateTime>) -> Option<Timestamp> {
    dt.and_then(|d| Timestamp::new(d.secs(), i32::try_from(d.subsec_nanos()).unwrap_or(0)).ok())
}

fn tags_map(tags: &[Tag]) -> BTreeMap<String, String> {
    tags.iter().filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or_default().to_string()))).collect()
}

fn labelled(map: Option<&std::collections::HashMap<String, Vec<String>>>) -> BTreeMap<String, Vec<String>> {
    map.into_iter()
        .flatten()
        .filter(|(_, stages)| !stages.is_empty())
        .map(|(id, stages)| {
            let mut stages = stages.clone();
            stages.sort();
            (id.clone(), stages)
        })
        .collect()
}

impl Remote {
    /// Build the runtime and the client: the standard credential chain (environment,
    /// profile, SSO, IMDS), rustls with ring for TLS.
    pub fn connect(region: &str, profile: Option<&str>, endpoint_url: Option<&str>) -> Result<Remote, String> {
        let region = region.to_string();
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .map_err(|e| format!("can't start the async runtime: {e}"))?;
        let http =
            aws_smithy_http_client::Builder::new().tls_provider(Provider::Rustls(CryptoMode::Ring)).build_https();
        let mut loader = aws_config::defaults(BehaviorVersion::latest()).region(Region::new(region)).http_client(http);
        if let Some(profile) = profile {
            loader = loader.profile_name(profile);
        }
        if let Some(url) = endpoint_url {
            loader = loader.endpoint_url(url);
        }
        let sdk_config = runtime.block_on(loader.load());
        Ok(Remote { client: Client::new(&sdk_config), runtime })
    }

    /// DescribeSecret; `None` when there is no secret of that name.
    pub fn describe(&self, aws_name: &str) -> Result<Option<RemoteSecret>, String> {
        self.runtime.block_on(self.describe_async(aws_name))
    }

    async fn describe_async(&self, aws_name: &str) -> Result<Option<RemoteSecret>, String> {
        match self.client.describe_secret().secret_id(aws_name).send().await {
            Ok(out) => Ok(Some(RemoteSecret {
                aws_name: out.name().unwrap_or(aws_name).to_string(),
                description: out.description().map(str::to_string),
                tags: tags_map(out.tags()),
                versions: labelled(out.version_ids_to_stages()),
                created: timestamp(out.created_date()),
                deleted: timestamp(out.deleted_date()),
            })),
            Err(e) if code(&e) == Some("ResourceNotFoundException") => Ok(None),
            Err(e) => Err(text(&e)),
        }
    }

    /// ListSecrets (paginated), secrets scheduled for deletion included, names starting
    /// with `aws_prefix`.
    pub fn list(&self, aws_prefix: &str) -> Result<Vec<RemoteSecret>, String> {
        self.runtime.block_on(async {
            let mut out = Vec::new();
            let mut token: Option<String> = None;
            loop {
                let page = self
                    .client
                    .list_secrets()
                    .include_planned_deletion(true)
                    .max_results(100)
                    .set_next_token(token.take())
                    .send()
                    .await
                    .map_err(|e| text(&e))?;
                for entry in page.secret_list() {
                    let Some(name) = entry.name() else { continue };
                    if !name.starts_with(aws_prefix) {
                        continue;
                    }
                    out.push(RemoteSecret {
                        aws_name: name.to_string(),
                        description: entry.description().map(str::to_string),
                        tags: tags_map(entry.tags()),
                        versions: labelled(entry.secret_versions_to_stages()),
                        created: timestamp(entry.created_date()),
                        deleted: timestamp(entry.deleted_date()),
                    });
                }
                match page.next_token() {
                    Some(t) if !t.is_empty() => token = Some(t.to_string()),
                    _ => break,
                }
            }
            out.sort_by(|a, b| a.aws_name.cmp(&b.aws_name));
            Ok(out)
        })
    }

    /// ListSecretVersionIds then GetSecretValue for every version that carries a label,
    /// oldest first.
    pub fn fetch_versions(&self, aws_name: &str) -> Result<Vec<RemoteVersion>, String> {
        self.runtime.block_on(async {
            let mut listed = Vec::new();
            let mut token: Option<String> = None;
            loop {
                let page = self
                    .client
                    .list_secret_version_ids()
                    .secret_id(aws_name)
                    .max_results(100)
                    .set_next_token(token.take())
                    .send()
                    .await
                    .map_err(|e| text(&e))?;
                for v in page.versions() {
                    if let Some(id) = v.version_id()
                        && !v.version_stages().is_empty()
                    {
                        listed.push((id.to_string(), v.version_stages().to_vec(), timestamp(v.created_date())));
                    }
                }
                match page.next_token() {
                    Some(t) if !t.is_empty() => token = Some(t.to_string()),
                    _ => break,
                }
            }
            listed.sort_by_key(|(_, _, created)| *created);
            let mut out = Vec::new();
            for (id, stages, created) in listed {
                let got = self
                    .client
                    .get_secret_value()
                    .secret_id(aws_name)
                    .version_id(&id)
                    .send()
                    .await
                    .map_err(|e| text(&e))?;
                let value = match (got.secret_string(), got.secret_binary()) {
                    (Some(s), _) => SecretValue::Text(Zeroizing::new(s.to_string())),
                    (None, Some(b)) => SecretValue::Binary(Zeroizing::new(b.as_ref().to_vec())),
                    (None, None) => return Err(format!("version {id} of {aws_name} has no value")),
                };
                out.push(RemoteVersion { id, stages, created, value });
            }
            Ok(out)
        })
    }

    /// Make the AWS secret `aws_name` hold `secret`'s labelled versions, labels,
    /// description, tags and deletion state. The caller has checked ownership.
    pub fn push(
        &self,
        aws_name: &str,
        secret: &PushSecret,
        remote: Option<RemoteSecret>,
        tags: &BTreeMap<String, String>,
    ) -> Result<(), String> {
        self.runtime.block_on(self.push_async(aws_name, secret, remote, tags))
    }

    async fn push_async(
        &self,
        aws_name: &str,
        secret: &PushSecret,
        remote: Option<RemoteSecret>,
        tags: &BTreeMap<String, String>,
    ) -> Result<(), String> {
        let versions: Vec<_> = secret.versions.iter().filter(|v| !v.is_deprecated()).collect();
        let mut remote = match remote {
            Some(r) => r,
            None => {
                if secret.is_scheduled_for_deletion() {
                    return Ok(());
                }
                // Created with the oldest labelled version, so AWS's creation order matches;
                // labels are put right below.
                let Some(first) = versions.first() else { return Ok(()) };
                let mut create = self
                    .client
                    .create_secret()
                    .name(aws_name)
                    .client_request_token(&first.id)
                    .set_description(secret.description.clone())
                    .set_tags(Some(aws_tags(tags)));
                create = match &first.value {
                    SecretValue::Text(s) => create.secret_string(s.as_str()),
                    SecretValue::Binary(b) => create.secret_binary(Blob::new(b.to_vec())),
                };
                create.send().await.map_err(|e| text(&e))?;
                self.describe_async(aws_name)
                    .await?
                    .ok_or_else(|| format!("{aws_name} is missing right after CreateSecret"))?
            }
        };
        if let Some(deletion) = &secret.deletion {
            if remote.deleted.is_none() {
                let hours = deletion.purge_after.duration_since(deletion.deleted).as_hours();
                let days = (hours / 24).clamp(7, 30);
                self.client
                    .delete_secret()
                    .secret_id(aws_name)
                    .recovery_window_in_days(days)
                    .send()
                    .await
                    .map_err(|e| text(&e))?;
            }
            return Ok(());
        }
        if remote.deleted.is_some() {
            self.client.restore_secret().secret_id(aws_name).send().await.map_err(|e| text(&e))?;
        }
        let mut added = false;
        for v in &versions {
            if remote.versions.contains_key(&v.id) {
                continue;
            }
            // AWSPREVIOUS is AWS's to move (it follows AWSCURRENT); a version that has only
            // that label is put with it, as it is.
            let mut stages: Vec<String> = v.stages.iter().filter(|s| s.as_str() != AWSPREVIOUS).cloned().collect();
            if stages.is_empty() {
                stages = v.stages.clone();
            }
            let mut put = self
                .client
                .put_secret_value()
                .secret_id(aws_name)
                .client_request_token(&v.id)
                .set_version_stages(Some(stages));
            put = match &v.value {
                SecretValue::Text(s) => put.secret_string(s.as_str()),
                SecretValue::Binary(b) => put.secret_binary(Blob::new(b.to_vec())),
            };
            put.send().await.map_err(|e| text(&e))?;
            added = true;
        }
        if added {
            remote = self.describe_async(aws_name).await?.ok_or_else(|| format!("{aws_name} disappeared"))?;
        }
        self.mirror_labels(aws_name, secret, &mut remote).await?;
        if remote.description != secret.description
            && !(remote.description.as_deref().unwrap_or("").is_empty()
                && secret.description.as_deref().unwrap_or("").is_empty())
        {
            self.client
                .update_secret()
                .secret_id(aws_name)
                .description(secret.description.clone().unwrap_or_default())
                .send()
                .await
                .map_err(|e| text(&e))?;
        }
        let stale: Vec<String> = remote.tags.keys().filter(|k| !tags.contains_key(*k)).cloned().collect();
        if !stale.is_empty() {
            self.client
                .untag_resource()
                .secret_id(aws_name)
                .set_tag_keys(Some(stale))
                .send()
                .await
                .map_err(|e| text(&e))?;
        }
        let changed: BTreeMap<String, String> =
            tags.iter().filter(|(k, v)| remote.tags.get(*k) != Some(*v)).map(|(k, v)| (k.clone(), v.clone())).collect();
        if !changed.is_empty() {
            self.client
                .tag_resource()
                .secret_id(aws_name)
                .set_tags(Some(aws_tags(&changed)))
                .send()
                .await
                .map_err(|e| text(&e))?;
        }
        Ok(())
    }

    /// UpdateSecretVersionStage until every label sits where it does locally: AWSCURRENT
    /// first (AWS moves AWSPREVIOUS along with it), then the others.
    async fn mirror_labels(
        &self,
        aws_name: &str,
        secret: &PushSecret,
        remote: &mut RemoteSecret,
    ) -> Result<(), String> {
        let local_holder = |label: &str| secret.labelled(label).map(|v| v.id.clone());
        if let Some(to) = local_holder(AWSCURRENT)
            && remote.holder(AWSCURRENT).as_deref() != Some(to.as_str())
        {
            self.move_label(aws_name, AWSCURRENT, Some(&to), remote.holder(AWSCURRENT).as_deref()).await?;
            *remote = self.describe_async(aws_name).await?.ok_or_else(|| format!("{aws_name} disappeared"))?;
        }
        let mut labels: Vec<String> = secret.versions.iter().flat_map(|v| v.stages.iter().cloned()).collect();
        labels.extend(remote.versions.values().flatten().cloned());
        labels.sort();
        labels.dedup();
        for label in labels.iter().filter(|l| l.as_str() != AWSCURRENT) {
            let to = local_holder(label);
            let from = remote.holder(label);
            if to == from {
                continue;
            }
            self.move_label(aws_name, label, to.as_deref(), from.as_deref()).await?;
        }
        Ok(())
    }

    async fn move_label(
        &self,
        aws_name: &str,
        label: &str,
        to: Option<&str>,
        from: Option<&str>,
    ) -> Result<(), String> {
        self.client
            .update_secret_version_stage()
            .secret_id(aws_name)
            .version_stage(label)
            .set_move_to_version_id(to.map(str::to_string))
            .set_remove_from_version_id(from.map(str::to_string))
            .send()
            .await
            .map(|_| ())
            .map_err(|e| text(&e))
    }

    /// DeleteSecret with ForceDeleteWithoutRecovery.
    pub fn force_delete(&self, aws_name: &str) -> Result<(), String> {
        self.runtime.block_on(async {
            self.client
                .delete_secret()
                .secret_id(aws_name)
                .force_delete_without_recovery(true)
                .send()
                .await
                .map(|_| ())
                .map_err(|e| text(&e))
        })
    }
}

fn aws_tags(tags: &BTreeMap<String, String>) -> Vec<Tag> {
    tags.iter().map(|(k, v)| Tag::builder().key(k).value(v).build()).collect()
}
