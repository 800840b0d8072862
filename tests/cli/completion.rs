//! Secret-name completion in the recommended setup: a passphrase identity, `sealbox
//! unlock`, then Tab in bash, zsh and fish. Names come through the agent; with the agent
//! locked the completer prints nothing, never prompts (even with a terminal on stdin) and
//! never hangs. `exec --prefix` completes one `/` level at a time in every shell.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};
use std::process::Command;

use crate::support::{Run, Sandbox, require_tool};

const PASS: &str = "correct horse battery staple";
const BIN: &str = env!("CARGO_BIN_EXE_sealbox");

/// A sandbox with a passphrase identity, its own agent directory, and a few secrets; the
/// agent it starts is locked (stopped) on drop.
struct Unlockable {
    sb: Sandbox,
}

impl Unlockable {
    fn new() -> Unlockable {
        let sb = Sandbox::empty();
        let run = sb.home().join("run");
        std::fs::create_dir(&run).unwrap();
        std::fs::set_permissions(&run, std::fs::Permissions::from_mode(0o700)).unwrap();
        let u = Unlockable { sb };
        u.with_pass(&["init"]).success();
        for name in ["app/dev/api", "app/dev/db", "app/x", "apple", "web/github"] {
            u.with_pass(&["create", name, "--value", "v"]).success();
        }
        u
    }

    fn env(&self, c: &mut Command) {
        c.env("XDG_RUNTIME_DIR", self.sb.home().join("run"));
        c.env("PATH", format!("{}:{}", Path::new(BIN).parent().unwrap().display(), std::env::var("PATH").unwrap()));
    }

    fn cmd(&self, args: &[&str]) -> Command {
        let mut c = self.sb.cmd(args);
        self.env(&mut c);
        c
    }

    fn with_pass(&self, args: &[&str]) -> Run {
        let mut c = self.cmd(args);
        c.env("SEALBOX_PASSPHRASE_FD", "0");
        Run::from(c, Some(format!("{PASS}\n").as_bytes()))
    }

    fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args), None)
    }

    /// A shell command line run with this sandbox's environment, through `program -c`.
    fn shell(&self, program: &str, flags: &[&str], script: &str) -> Run {
        let mut c = Command::new(program);
        c.args(flags).arg("-c").arg(script).env_clear().env("HOME", self.sb.home()).env("LANG", "C.UTF-8");
        self.env(&mut c);
        c.current_dir(self.sb.home());
        Run::from(c, None)
    }

    /// `__complete-names ARGS` with a real terminal on stdin, stdout and stderr (script(1)),
    /// bounded by `timeout` so a prompt that waited would fail the test instead of hanging it.
    fn complete_on_a_pty(&self, args: &str) -> Run {
        let inner = format!("timeout 10 sealbox __complete-names {args}; echo \"[status $?]\"");
        let mut c = Command::new("script");
        c.args(["-q", "-e", "-c", &inner, "/dev/null"]);
        c.env_clear().env("HOME", self.sb.home()).env("LANG", "C.UTF-8");
        self.env(&mut c);
        c.current_dir(self.sb.home());
        Run::from(c, Some(b""))
    }
}

impl Drop for Unlockable {
    fn drop(&mut self) {
        let _ = self.run(&["lock"]);
    }
}

fn completions() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("completions")
}

#[test]
fn names_complete_through_the_agent_after_unlock_and_never_prompt() {
    if require_tool("script").is_none() {
        return;
    }
    let u = Unlockable::new();
    // Locked: nothing, at once, and no passphrase prompt although a terminal is there.
    let r = u.complete_on_a_pty("app/");
    assert_eq!(r.stdout_text().replace('\r', ""), "[status 0]\n");
    u.with_pass(&["unlock"]).success();
    assert_eq!(u.run(&["__complete-names", "app/"]).success().stdout_text(), "app/dev/api\napp/dev/db\napp/x\n");
    assert_eq!(u.run(&["__complete-names", "--levels", "ap"]).success().stdout_text(), "app/\napple\n");
    assert_eq!(u.run(&["__complete-names", "--levels", "app/"]).success().stdout_text(), "app/dev/\napp/x\n");
    let r = u.complete_on_a_pty("--levels app/d");
    assert_eq!(r.stdout_text().replace('\r', ""), "app/dev/\n[status 0]\n");
    u.run(&["lock"]).success();
    assert_eq!(u.run(&["__complete-names"]).success().stdout_text(), "");
}

#[test]
fn a_stopped_agent_does_not_hold_up_completion() {
    let u = Unlockable::new();
    u.with_pass(&["unlock"]).success();
    let lock = u.sb.home().join("run/sealbox/agent.lock");
    let pid = std::fs::read_to_string(lock).unwrap().trim().to_string();
    // A stopped agent accepts the connection and never answers: the completion gives up on
    // it (each Tab used to wait the client's 5 s) and, the identity needing a passphrase,
    // prints nothing. `timeout 3` bounds the test, it measures nothing.
    Command::new("kill").args(["-STOP", &pid]).status().unwrap();
    let r = u.shell("sh", &[], "timeout 3 sealbox __complete-names app/; echo \"[status $?]\"").success();
    Command::new("kill").args(["-CONT", &pid]).status().unwrap();
    assert_eq!(r.stdout_text(), "[status 0]\n");
    // Running again, it answers as before.
    assert_eq!(u.run(&["__complete-names", "app/"]).success().stdout_text(), "app/dev/api\napp/dev/db\napp/x\n");
}

#[test]
fn bash_zsh_and_fish_complete_names_and_prefix_levels_after_unlock() {
    let u = Unlockable::new();
    u.with_pass(&["unlock"]).success();
    let dir = completions();
    if require_tool("bash").is_some() {
        let script = format!(
            r#"source {f}
complete_words() {{ COMP_WORDS=("$@"); COMP_CWORD=$(( $# - 1 )); COMPREPLY=(); _sealbox_names sealbox "${{COMP_WORDS[COMP_CWORD]}}" "${{COMP_WORDS[COMP_CWORD-1]}}"; printf '%s,' "${{COMPREPLY[@]}}"; echo; }}
complete_words sealbox edit app/d
complete_words sealbox exec --prefix app/
complete_words sealbox exec --prefix app/d"#,
            f = dir.join("sealbox.bash").display()
        );
        assert_eq!(
            u.shell("bash", &[], &script).success().stdout_text(),
            "app/dev/api,app/dev/db,\napp/dev/,app/x,\napp/dev/,\n"
        );
    }
    if require_tool("zsh").is_some() {
        // compadd only works inside a completion; a stand-in prints what it is given.
        let script = format!(
            "source {} 2>/dev/null; compadd() {{ print -l -- \"${{(@P)${{@[-1]}}}}\" }}; \
             PREFIX=web/ _sealbox_secret_names; PREFIX=app/ _sealbox_secret_prefixes",
            dir.join("_sealbox").display()
        );
        assert_eq!(u.shell("zsh", &["-f"], &script).success().stdout_text(), "web/github\napp/dev/\napp/x\n");
        // exec's --prefix (and replicate's) use the prefix completer, not files.
        let zsh = std::fs::read_to_string(dir.join("_sealbox")).unwrap();
        let line = zsh.lines().find(|l| l.starts_with("'*--prefix=[Every secret under this prefix")).unwrap();
        assert!(line.ends_with(":PREFIX:_sealbox_secret_prefixes' \\"), "{line}");
    }
    if require_tool("fish").is_some() {
        let script = format!(
            "source {}; complete -C 'sealbox exec --prefix app/'; complete -C 'sealbox get web/'",
            dir.join("sealbox.fish").display()
        );
        assert_eq!(u.shell("fish", &["--no-config"], &script).success().stdout_text(), "app/dev/\napp/x\nweb/github\n");
    }
}
