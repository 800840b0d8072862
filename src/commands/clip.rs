//! The clipboard for `get --clip`: the first usable of wl-copy, xclip, xsel, pbcopy; and
//! the hidden `sealbox __clip-clear TOOL SECONDS` that clears it later.
//!
//! The value goes to the tool on a pipe, never in argv or the environment. The clearing
//! process is a new process group (a Ctrl-C in the shell does not stop it) with no
//! terminal output; it gets only a SHA-256 of the value, on its stdin, and clears the
//! clipboard only if the clipboard still holds that value (something copied meanwhile stays).

use std::io::{Read, Write};
use std::os::unix::process::CommandExt;
use std::process::{Command, Stdio};
use std::time::Duration;

use sha2::{Digest, Sha256};
use zeroize::Zeroizing;

use crate::cli::ClipClearArgs;
use crate::error::Error;

/// How long a copied value stays, unless SEALBOX_CLIP_TIME says otherwise.
const DEFAULT_CLIP_SECONDS: u64 = 45;

/// One clipboard tool: how to set and how to read the clipboard.
#[derive(Debug, Clone, Copy)]
pub struct Tool {
    pub name: &'static str,
    copy: &'static [&'static str],
    paste: &'static [&'static str],
    /// The variable that says its display server is there (none for pbcopy).
    needs: Option<&'static str>,
}

const TOOLS: [Tool; 4] = [
    Tool { name: "wl-copy", copy: &["wl-copy"], paste: &["wl-paste", "--no-newline"], needs: Some("WAYLAND_DISPLAY") },
    Tool {
        name: "xclip",
        copy: &["xclip", "-selection", "clipboard", "-in"],
        paste: &["xclip", "-selection", "clipboard", "-out"],
        needs: Some("DISPLAY"),
    },
    Tool {
        name: "xsel",
        copy: &["xsel", "--clipboard", "--input"],
        paste: &["xsel", "--clipboard", "--output"],
        needs: Some("DISPLAY"),
    },
    Tool { name: "pbcopy", copy: &["pbcopy"], paste: &["pbpaste"], needs: None },
];

fn on_path(program: &str) -> bool {
    std::env::var_os("PATH").is_some_and(|paths| std::env::split_paths(&paths).any(|dir| dir.join(program).is_file()))
}

/// The first tool that is installed and whose display server is set.
pub fn tool() -> Result<Tool, Error> {
    TOOLS
        .iter()
        .find(|t| on_path(t.copy[0]) && t.needs.is_none_or(|v| std::env::var_os(v).is_some_and(|s| !s.is_empty())))
        .copied()
        .ok_or_else(|| {
            Error::other("no clipboard tool found (wl-copy, xclip, xsel or pbcopy)")
                .with_hint("install wl-clipboard (Wayland) or xclip (X11), or print the value without --clip")
        })
}

/// Seconds until the clipboard is cleared: SEALBOX_CLIP_TIME, else 45.
fn clip_seconds() -> Result<u64, Error> {
    match std::env::var("SEALBOX_CLIP_TIME") {
        Err(_) => Ok(DEFAULT_CLIP_SECONDS),
        Ok(s) => {
            s.trim().parse::<u64>().ok().filter(|n| (1..=86_400).contains(n)).ok_or_else(|| {
                Error::usage(format!("SEALBOX_CLIP_TIME={s:?} is not a number of seconds from 1 to 86400"))
            })
        }
    }
}

fn set(tool: Tool, bytes: &[u8]) -> Result<(), Error> {
    // The tool keeps serving the selection in the background (xclip, wl-copy fork): its
    // output goes nowhere, so it holds no pipe of ours open.
    let mut child = Command::new(tool.copy[0])
        .args(&tool.copy[1..])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .map_err(|e| Error::other(format!("can't run {}: {e}", tool.name)))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin.write_all(bytes).map_err(|e| Error::other(format!("can't write to {}: {e}", tool.name)))?;
    }
    let status = child.wait().map_err(|e| Error::other(format!("{} failed: {e}", tool.name)))?;
    if !status.success() {
        return Err(Error::other(format!("{} failed ({status})", tool.name))
            .with_hint("check that your display server (DISPLAY or WAYLAND_DISPLAY) is reachable"));
    }
    Ok(())
}

fn digest(bytes: &[u8]) -> String {
    Sha256::digest(bytes).iter().map(|b| format!("{b:02x}")).collect()
}

/// Copy `bytes` and start the process that clears them; returns the delay in seconds.
pub fn copy(tool: Tool, bytes: &[u8]) -> Result<u64, Error> {
    let seconds = clip_seconds()?;
    set(tool, bytes)?;
    let exe = std::env::current_exe().map_err(|e| Error::other(format!("can't find the sealbox binary: {e}")))?;
    let mut child = Command::new(exe)
        .args(["__clip-clear", tool.name, &seconds.to_string()])
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .process_group(0)
        .spawn()
        .map_err(|e| Error::other(format!("can't start the clipboard clearer: {e}")))?;
    if let Some(mut stdin) = child.stdin.take() {
        stdin
            .write_all(digest(bytes).as_bytes())
            .map_err(|e| Error::other(format!("can't start the clipboard clearer: {e}")))?;
    }
    // Not waited for: it outlives this command (it is reaped by init when we exit).
    Ok(seconds)
}

/// `sealbox __clip-clear TOOL SECONDS`, digest on stdin: wait, then clear the clipboard
/// if it still holds the value with that digest.
pub fn run_clear(args: ClipClearArgs) -> anyhow::Result<()> {
    let tool = TOOLS.iter().find(|t| t.name == args.tool).copied().ok_or_else(|| Error::usage("unknown tool"))?;
    let mut expected = String::new();
    std::io::stdin().take(64).read_to_string(&mut expected)?;
    std::thread::sleep(Duration::from_secs(args.seconds.min(86_400)));
    let out = Command::new(tool.paste[0]).args(&tool.paste[1..]).stdin(Stdio::null()).stderr(Stdio::null()).output()?;
    let held = Zeroizing::new(out.stdout);
    if out.status.success() && digest(&held) == expected.trim() {
        set(tool, b"")?;
    }
    Ok(())
}
