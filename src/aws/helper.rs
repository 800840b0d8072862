//! Running the AWS region helper, `sealbox-region-aws`: finding it, starting it with no
//! `SEALBOX_*` variable and no descriptor but its pipes, and one request and reply at a time
//! over its stdin and stdout (docs/region-protocol.md).
//!
//! The `sealbox` binary links no AWS code: the SDK lives in the helper, which the same
//! package builds (`cargo install sealbox` installs both). One helper process serves one AWS
//! region for the rest of the sealbox command; closing its stdin ends it.

use std::cell::RefCell;
use std::io::Write;
use std::os::unix::ffi::OsStrExt;
use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::{Child, ChildStdin, ChildStdout, Command, ExitStatus, Stdio};
use std::time::{Duration, Instant};

use serde::de::DeserializeOwned;

use super::protocol::{self, Hello, LineReader, PROTOCOL, PushSecret, Reply, Request};
use super::{RemoteSecret, RemoteVersion};
use crate::config::RegionConfig;
use crate::vault::Secret;

/// The helper's executable name.
pub const HELPER: &str = "sealbox-region-aws";

/// Names the helper explicitly (tests, unusual installs); otherwise it is looked for next to
/// this executable, then on PATH.
pub const HELPER_VARIABLE: &str = "SEALBOX_REGION_AWS";

/// How long a helper whose stdin was closed gets to exit before it is killed.
const EXIT_GRACE: Duration = Duration::from_secs(2);

fn is_executable(path: &Path) -> bool {
    std::fs::metadata(path).is_ok_and(|m| m.is_file() && m.permissions().mode() & 0o111 != 0)
}

/// The helper to run: `SEALBOX_REGION_AWS`, else `sealbox-region-aws` in this executable's
/// directory (where `cargo install` and `cargo build` put it), else the first on PATH (an
/// absolute directory: a relative entry would run whatever the current directory holds).
///
/// The error says where it looked: "sealbox-region-aws is not in DIR, nor on PATH".
pub fn locate() -> Result<PathBuf, String> {
    if let Some(named) = std::env::var_os(HELPER_VARIABLE).filter(|v| !v.is_empty()) {
        return Ok(PathBuf::from(named));
    }
    let beside = std::env::current_exe().ok().and_then(|exe| exe.parent().map(|dir| dir.join(HELPER)));
    if let Some(path) = &beside
        && is_executable(path)
    {
        return Ok(path.clone());
    }
    let on_path = std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .filter(|dir| dir.is_absolute())
            .map(|dir| dir.join(HELPER))
            .find(|p| is_executable(p))
    });
    if let Some(path) = on_path {
        return Ok(path);
    }
    let dir = beside.as_deref().and_then(Path::parent).map(|d| d.display().to_string());
    Err(format!("{HELPER} is not in {}, nor on PATH", dir.as_deref().unwrap_or("sealbox's directory")))
}

/// The error for an AWS region whose helper is missing (the hint names how to get it).
pub fn missing(region: &str, why: &str) -> String {
    format!("region {region} is an AWS region, and its helper {why} (`cargo install sealbox` installs both)")
}

/// In the child, between fork and exec: every descriptor above 2 becomes close-on-exec, so
/// the helper gets its pipes and stderr only, whatever sealbox itself inherited from its
/// parent (a descriptor passed to sealbox is for sealbox, not for the helper).
#[allow(unsafe_code)]
fn inherit_stdio_only(command: &mut Command) {
    use std::os::unix::process::CommandExt;
    /// linux/close_range.h (Linux 5.11); older kernels take the loop below.
    const CLOSE_RANGE_CLOEXEC: libc::c_uint = 1 << 2;
    // SAFETY: the closure runs in the forked child and makes only async-signal-safe system
    // calls (close_range, fcntl) on integer descriptors: it allocates nothing and takes no
    // lock. Descriptors are marked, not closed, so std's own exec-error pipe keeps working.
    unsafe {
        command.pre_exec(|| {
            let all = libc::syscall(libc::SYS_close_range, 3 as libc::c_uint, libc::c_uint::MAX, CLOSE_RANGE_CLOEXEC);
            if all != 0 {
                for fd in 3..4096 {
                    let flags = libc::fcntl(fd, libc::F_GETFD);
                    if flags >= 0 {
                        libc::fcntl(fd, libc::F_SETFD, flags | libc::FD_CLOEXEC);
                    }
                }
            }
            Ok(())
        });
    }
}

/// A running helper connected to one AWS region.
pub struct Remote {
    inner: RefCell<Conversation>,
}

struct Conversation {
    path: PathBuf,
    child: Child,
    /// `None` once closed.
    stdin: Option<ChildStdin>,
    stdout: LineReader<ChildStdout>,
    /// Set when the helper died or broke the protocol: every later call fails with it.
    broken: Option<String>,
}

fn describe_exit(status: Option<ExitStatus>) -> String {
    use std::os::unix::process::ExitStatusExt;
    match status {
        Some(s) => match (s.code(), s.signal()) {
            (Some(code), _) => format!("exited with status {code}"),
            (None, Some(signal)) => format!("was killed by signal {signal}"),
            _ => "exited".to_string(),
        },
        None => "stopped answering".to_string(),
    }
}

impl Conversation {
    /// Close the helper's stdin and collect its exit status, killing it if it lingers.
    fn finish(&mut self) -> Option<ExitStatus> {
        drop(self.stdin.take());
        let deadline = Instant::now() + EXIT_GRACE;
        loop {
            match self.child.try_wait() {
                Ok(Some(status)) => return Some(status),
                Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(5)),
                _ => {
                    let _ = self.child.kill();
                    let _ = self.child.wait();
                    return None;
                }
            }
        }
    }

    fn call<T: DeserializeOwned>(&mut self, request: &Request) -> Result<T, String> {
        if let Some(why) = &self.broken {
            return Err(why.clone());
        }
        let op = request.op();
        let line = protocol::to_line(request).map_err(|e| {
            format!("can't encode the {op} request for the AWS region helper: {}", protocol::describe_json_error(&e))
        })?;
        let sent = match self.stdin.as_mut() {
            Some(stdin) => stdin.write_all(&line).is_ok(),
            None => false,
        };
        let answer = if sent { self.stdout.read_line() } else { Ok(None) };
        let path = self.path.display().to_string();
        let broken = match answer {
            Ok(Some(answer)) => match serde_json::from_slice::<Reply<T>>(&answer) {
                Ok(Reply::Ok(value)) => return Ok(value),
                Ok(Reply::Error(message)) => return Err(message),
                Err(e) => {
                    let status = self.finish();
                    format!(
                        "the AWS region helper {path} broke the protocol: {} in its answer to {op} (then {})",
                        protocol::describe_json_error(&e),
                        describe_exit(status)
                    )
                }
            },
            // End of output, or a line that never ends: the helper is gone or unusable.
            Ok(None) | Err(_) => {
                let status = self.finish();
                format!("the AWS region helper {path} {} during a request ({op})", describe_exit(status))
            }
        };
        self.broken = Some(broken.clone());
        Err(broken)
    }
}

impl Drop for Conversation {
    fn drop(&mut self) {
        if self.broken.is_none() {
            self.finish();
        }
    }
}

impl Remote {
    /// Start the helper, agree on the protocol, and connect it to the region.
    pub fn connect(region: &str, config: &RegionConfig) -> Result<Remote, String> {
        let path = locate().map_err(|why| missing(region, &why))?;
        let mut command = Command::new(&path);
        command.stdin(Stdio::piped()).stdout(Stdio::piped()).stderr(Stdio::inherit());
        // The helper needs AWS's environment, never sealbox's: no passphrase descriptor
        // variable, no identity path; and no descriptor but its stdio.
        for (key, _) in std::env::vars_os() {
            if key.as_bytes().starts_with(b"SEALBOX_") {
                command.env_remove(&key);
            }
        }
        inherit_stdio_only(&mut command);
        let mut child =
            command.spawn().map_err(|e| format!("can't run the AWS region helper {}: {e}", path.display()))?;
        let (Some(stdin), Some(stdout)) = (child.stdin.take(), child.stdout.take()) else {
            let _ = child.kill();
            let _ = child.wait();
            return Err(format!("can't talk to the AWS region helper {}: no pipes", path.display()));
        };
        let mut conversation =
            Conversation { path, child, stdin: Some(stdin), stdout: LineReader::new(stdout), broken: None };
        let hello: Hello = conversation.call(&Request::Hello { protocol: PROTOCOL })?;
        if hello.protocol != PROTOCOL {
            conversation.finish();
            let message = format!(
                "the AWS region helper {} speaks protocol {}, and this sealbox speaks {PROTOCOL}: \
                 install both from one release (`cargo install sealbox`)",
                conversation.path.display(),
                hello.protocol,
            );
            conversation.broken = Some(message.clone());
            return Err(message);
        }
        conversation.call::<()>(&Request::Connect {
            aws_region: config.aws.clone().unwrap_or_default(),
            profile: config.profile.clone(),
            endpoint_url: config.endpoint_url.clone(),
        })?;
        Ok(Remote { inner: RefCell::new(conversation) })
    }

    fn call<T: DeserializeOwned>(&self, request: &Request) -> Result<T, String> {
        self.inner.borrow_mut().call(request)
    }

    /// DescribeSecret; `None` when there is no secret of that name.
    pub fn describe(&self, aws_name: &str) -> Result<Option<RemoteSecret>, String> {
        self.call(&Request::Describe { name: aws_name.to_string() })
    }

    /// ListSecrets of the names starting with `aws_prefix`, sorted.
    pub fn list(&self, aws_prefix: &str) -> Result<Vec<RemoteSecret>, String> {
        self.call(&Request::List { prefix: aws_prefix.to_string() })
    }

    /// Every labelled version with its value, oldest first.
    pub fn fetch_versions(&self, aws_name: &str) -> Result<Vec<RemoteVersion>, String> {
        self.call(&Request::FetchVersions { name: aws_name.to_string() })
    }

    /// Make the AWS secret hold `secret`'s labelled versions, labels, description, tags and
    /// deletion state (the caller checked ownership).
    pub fn push(
        &self,
        aws_name: &str,
        secret: &Secret,
        existing: Option<RemoteSecret>,
        tags: &std::collections::BTreeMap<String, String>,
    ) -> Result<(), String> {
        self.call(&Request::Push {
            name: aws_name.to_string(),
            secret: PushSecret::of(secret),
            existing: existing.map(Box::new),
            tags: tags.clone(),
        })
    }

    /// DeleteSecret with ForceDeleteWithoutRecovery.
    pub fn force_delete(&self, aws_name: &str) -> Result<(), String> {
        self.call(&Request::ForceDelete { name: aws_name.to_string() })
    }
}
