//! completions/ and man/ are generated from src/cli.rs; this test fails when they are stale.
//! Regenerate with: SEALBOX_UPDATE_GENERATED=1 cargo test --test cli generated

use std::collections::BTreeMap;
use std::path::PathBuf;

use clap::CommandFactory;
use clap_complete::Shell;

fn render() -> BTreeMap<PathBuf, Vec<u8>> {
    let mut files = BTreeMap::new();
    for (shell, file) in [
        (Shell::Bash, "sealbox.bash"),
        (Shell::Zsh, "_sealbox"),
        (Shell::Fish, "sealbox.fish"),
        (Shell::Elvish, "sealbox.elv"),
        (Shell::PowerShell, "_sealbox.ps1"),
    ] {
        files.insert(PathBuf::from("completions").join(file), sealbox::completions::script(shell));
    }
    let mut cmd = sealbox::cli::Cli::command();
    cmd.build();
    files.insert(PathBuf::from("man/sealbox.1"), man_page(&cmd));
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() {
            continue;
        }
        let name = format!("sealbox-{}", sub.get_name());
        let sub = sub.clone().name(name.clone()).display_name(name.clone());
        files.insert(PathBuf::from("man").join(format!("{name}.1")), man_page(&sub));
    }
    files
}

/// A man page: clap_mangen's sections, then EXAMPLES from the command's `after_help`
/// (as written, not re-wrapped), EXIT STATUS, ENVIRONMENT and FILES.
fn man_page(cmd: &clap::Command) -> Vec<u8> {
    let man = clap_mangen::Man::new(cmd.clone());
    let mut buf = Vec::new();
    man.render_title(&mut buf).unwrap();
    man.render_name_section(&mut buf).unwrap();
    man.render_synopsis_section(&mut buf).unwrap();
    man.render_description_section(&mut buf).unwrap();
    man.render_options_section(&mut buf).unwrap();
    if cmd.get_subcommands().any(|s| !s.is_hide_set()) {
        man.render_subcommands_section(&mut buf).unwrap();
    }
    let after = cmd.get_after_long_help().or_else(|| cmd.get_after_help()).map(|h| h.to_string()).unwrap_or_default();
    if !after.trim().is_empty() {
        buf.extend_from_slice(b".SH EXAMPLES\n.nf\n");
        for line in after.lines().filter(|l| l.trim() != "Examples:") {
            buf.extend_from_slice(roff_line(line).as_bytes());
        }
        buf.extend_from_slice(b".fi\n");
    }
    buf.extend_from_slice(COMMON_SECTIONS.as_bytes());
    if cmd.get_version().is_some() {
        man.render_version_section(&mut buf).unwrap();
    }
    buf
}

/// One line of text for a no-fill block: backslashes doubled, a leading `.` or `'` escaped.
fn roff_line(line: &str) -> String {
    let text = line.replace('\\', "\\e");
    let text = if text.starts_with('.') || text.starts_with('\'') { format!("\\&{text}") } else { text };
    format!("{text}\n")
}

const COMMON_SECTIONS: &str = r#".SH "EXIT STATUS"
.TP
\fB0\fR
success
.TP
\fB1\fR
any other failure (I/O, an editor or clipboard tool that failed)
.TP
\fB2\fR
usage or invalid parameter (ValidationException, InvalidParameterException)
.TP
\fB3\fR
not found: secret, version or label (ResourceNotFoundException)
.TP
\fB4\fR
already exists: name, or a token reused with another value (ResourceExistsException)
.TP
\fB5\fR
invalid state: marked for deletion, a read-only replica, has replicas (InvalidRequestException)
.TP
\fB6\fR
can't decrypt: no identity, wrong passphrase, not a recipient, a corrupted or substituted vault, or a prompt would be needed without a terminal
.TP
\fB7\fR
rotation failed
.TP
\fB8\fR
vault busy: the write lock was not acquired in time
.SH ENVIRONMENT
.TP
\fBSEALBOX_VAULT\fR, \fBSEALBOX_IDENTITY\fR, \fBSEALBOX_CONFIG\fR
the vault, identity and config files (as \fB\-\-vault\fR, \fB\-\-identity\fR, \fB\-\-config\fR)
.TP
\fBSEALBOX_PASSPHRASE_FD\fR, \fBSEALBOX_NEW_PASSPHRASE_FD\fR
read the passphrase (the new one, for passwd) from this open descriptor instead of a prompt
.TP
\fBSEALBOX_LOCK_TIMEOUT\fR
seconds to wait for the write lock (as \fB\-\-lock\-timeout\fR)
.TP
\fBSEALBOX_CLIP_TIME\fR
seconds before \fBget \-\-clip\fR clears the clipboard (default 45)
.TP
\fBVISUAL\fR, \fBEDITOR\fR
the editor of \fBsealbox edit\fR (else vi)
.TP
\fBXDG_RUNTIME_DIR\fR
the agent's socket, and edit buffers (else /dev/shm; \fBSEALBOX_SHM_DIR\fR names another RAM-backed directory)
.TP
\fBXDG_DATA_HOME\fR, \fBXDG_CONFIG_HOME\fR, \fBXDG_STATE_HOME\fR
where the default files below live
.TP
\fBCOLUMNS\fR
the width tables fit on a terminal
.SH FILES
.TP
\fI$XDG_DATA_HOME/sealbox/vault.age\fR
the vault (an age file; ~/.local/share when XDG_DATA_HOME is unset)
.TP
\fI$XDG_CONFIG_HOME/sealbox/identity.txt\fR
the identity: back it up, losing it loses the vault (~/.config)
.TP
\fI$XDG_CONFIG_HOME/sealbox/config.toml\fR
regions, audit settings
.TP
\fI$XDG_STATE_HOME/sealbox/\fR
the audit log and the record of known vaults (~/.local/state)
"#;

#[test]
fn completions_and_man_pages_are_current() {
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    let files = render();
    if std::env::var_os("SEALBOX_UPDATE_GENERATED").is_some() {
        for dir in ["completions", "man"] {
            let _ = std::fs::remove_dir_all(root.join(dir));
            std::fs::create_dir_all(root.join(dir)).unwrap();
        }
        for (path, bytes) in &files {
            std::fs::write(root.join(path), bytes).unwrap();
        }
        return;
    }
    let mut stale = Vec::new();
    for (path, bytes) in &files {
        if std::fs::read(root.join(path)).ok().as_deref() != Some(bytes.as_slice()) {
            stale.push(path.display().to_string());
        }
    }
    for dir in ["completions", "man"] {
        for entry in std::fs::read_dir(root.join(dir)).into_iter().flatten().flatten() {
            let rel = PathBuf::from(dir).join(entry.file_name());
            if !files.contains_key(&rel) {
                stale.push(format!("{} (no longer generated)", rel.display()));
            }
        }
    }
    assert!(
        stale.is_empty(),
        "generated files are stale: {stale:?}\nregenerate with: SEALBOX_UPDATE_GENERATED=1 cargo test --test cli generated"
    );
}
