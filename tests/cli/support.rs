//! Test harness: a temp HOME with its own vault and identity, and a builder that runs the
//! real binary and checks status, stdout and stderr exactly.

#![allow(dead_code)]

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// True under CI: tests that need a tool must fail, never skip, when it is missing.
pub fn in_ci() -> bool {
    std::env::var("CI").is_ok_and(|v| v == "true" || v == "1")
}

/// Find an external tool (e.g. `age`, `psql`); in CI a missing tool fails the test.
pub fn require_tool(name: &str) -> Option<PathBuf> {
    let found = std::env::var_os("PATH")
        .and_then(|paths| std::env::split_paths(&paths).map(|p| p.join(name)).find(|p| p.is_file()));
    if found.is_none() {
        assert!(!in_ci(), "{name} is not installed, and CI=true: .ci/run must install it");
        eprintln!("skipping: {name} is not installed (CI would fail here)");
    }
    found
}

pub struct Sandbox {
    pub dir: tempfile::TempDir,
}

impl Sandbox {
    /// An empty HOME: no identity, no vault.
    pub fn empty() -> Sandbox {
        Sandbox { dir: tempfile::Builder::new().prefix("sealbox-test-").tempdir().unwrap() }
    }

    /// A HOME with `sealbox init --no-passphrase` done.
    pub fn new() -> Sandbox {
        let sb = Sandbox::empty();
        sb.case(&["init", "--no-passphrase"])
            .stderr(
                "created identity [HOME]/.config/sealbox/identity.txt\n\
                 created vault [HOME]/.local/share/sealbox/vault.age for age1[..]\n\
                 back up [HOME]/.config/sealbox/identity.txt: without it this vault, and every region encrypted to it, can't be decrypted\n",
            )
            .run();
        sb
    }

    pub fn home(&self) -> &Path {
        self.dir.path()
    }
    pub fn vault(&self) -> PathBuf {
        self.home().join(".local/share/sealbox/vault.age")
    }
    pub fn identity(&self) -> PathBuf {
        self.home().join(".config/sealbox/identity.txt")
    }
    pub fn config(&self) -> PathBuf {
        self.home().join(".config/sealbox/config.toml")
    }
    pub fn vault_bytes(&self) -> Vec<u8> {
        std::fs::read(self.vault()).unwrap()
    }

    /// A `sealbox` command with a clean environment pointing at this sandbox.
    pub fn cmd(&self, args: &[&str]) -> Command {
        let mut c = Command::new(env!("CARGO_BIN_EXE_sealbox"));
        c.args(args);
        c.env_clear();
        c.env("HOME", self.home());
        c.env("PATH", std::env::var_os("PATH").unwrap_or_default());
        c.env("LANG", "C.UTF-8");
        c.env("SEALBOX_SCRYPT_WORK_FACTOR", "10");
        c.current_dir(self.home());
        c.stdin(Stdio::null());
        c
    }

    pub fn run(&self, args: &[&str]) -> Run {
        Run::from(self.cmd(args), None)
    }

    pub fn run_stdin(&self, args: &[&str], stdin: &[u8]) -> Run {
        Run::from(self.cmd(args), Some(stdin))
    }

    pub fn run_env(&self, args: &[&str], env: &[(&str, &str)]) -> Run {
        let mut c = self.cmd(args);
        for (k, v) in env {
            c.env(k, v);
        }
        Run::from(c, None)
    }

    /// Create a secret with a value through stdin.
    pub fn create(&self, name: &str, value: &str) {
        self.case(&["create", name, "--value", value]).stderr(format!("created {name} (version [..])\n")).run();
    }

    /// `get` a secret's current value.
    pub fn get(&self, name: &str) -> String {
        self.case(&["get", name]).stdout_any("the value is returned to the caller").run().stdout_text()
    }

    pub fn json(&self, args: &[&str]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let out = self.run(&a).success();
        serde_json::from_slice(&out.output.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", out.stdout_text()))
    }
}

/// One finished run of a command: its status and both streams.
pub struct Run {
    pub output: Output,
}

impl Run {
    pub fn from(mut cmd: Command, stdin: Option<&[u8]>) -> Run {
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        if stdin.is_some() {
            cmd.stdin(Stdio::piped());
        }
        let mut child = cmd.spawn().unwrap();
        if let Some(input) = stdin {
            let mut pipe = child.stdin.take().unwrap();
            pipe.write_all(input).unwrap();
        }
        Run { output: child.wait_with_output().unwrap() }
    }

    pub fn code(&self) -> i32 {
        self.output.status.code().unwrap_or(-1)
    }
    pub fn stdout_text(&self) -> String {
        String::from_utf8_lossy(&self.output.stdout).into_owned()
    }
    pub fn stderr_text(&self) -> String {
        String::from_utf8_lossy(&self.output.stderr).into_owned()
    }

    /// Status only: for set-up helpers ([`Sandbox::json`]) and loops whose output is checked
    /// elsewhere. A test's own runs use [`Sandbox::case`], which compares the output exactly.
    #[track_caller]
    pub fn success(self) -> Run {
        assert_eq!(self.code(), 0, "expected success; stderr:\n{}", self.stderr_text());
        self
    }
}

impl Sandbox {
    /// `json` with extra environment variables.
    pub fn json_env(&self, args: &[&str], env: &[(&str, &str)]) -> serde_json::Value {
        let mut a = args.to_vec();
        a.extend(["-o", "json"]);
        let out = self.run_env(&a, env).success();
        serde_json::from_slice(&out.output.stdout).unwrap_or_else(|e| panic!("not JSON ({e}): {}", out.stdout_text()))
    }
}

impl Sandbox {
    /// The vault's plaintext, through the `age` CLI (the documented emergency exit).
    pub fn plaintext(&self) -> Option<Vec<u8>> {
        let age = require_tool("age")?;
        let out = Command::new(age).arg("-d").arg("-i").arg(self.identity()).arg(self.vault()).output().unwrap();
        assert!(out.status.success(), "age -d: {}", String::from_utf8_lossy(&out.stderr));
        Some(out.stdout)
    }

    /// The identity's public key (`age1…`), from its `# public key:` line.
    pub fn public_key(&self) -> String {
        let text = std::fs::read_to_string(self.identity()).unwrap();
        text.lines().find_map(|l| l.strip_prefix("# public key: ")).unwrap().trim().to_string()
    }

    /// Replace the vault with `plaintext` encrypted by the `age` CLI to the identity's key,
    /// mode 0600, so sealbox sees exactly the bytes a hand-edited vault would have.
    pub fn seal(&self, plaintext: &[u8]) {
        use std::os::unix::fs::PermissionsExt;
        let age = require_tool("age").unwrap();
        let tmp = self.home().join("sealed.age");
        let mut child = Command::new(age)
            .arg("-r")
            .arg(self.public_key())
            .arg("-o")
            .arg(&tmp)
            .stdin(Stdio::piped())
            .spawn()
            .unwrap();
        child.stdin.take().unwrap().write_all(plaintext).unwrap();
        assert!(child.wait().unwrap().success());
        std::fs::set_permissions(&tmp, std::fs::Permissions::from_mode(0o600)).unwrap();
        std::fs::rename(&tmp, self.vault()).unwrap();
    }

    /// Decode the vault with the library, let `change` edit it (bypassing every check a
    /// command makes), and seal the result.
    pub fn edit_vault(&self, change: impl FnOnce(&mut sealbox::vault::Document)) -> Option<()> {
        let plain = self.plaintext()?;
        let mut doc = sealbox::vault::Document::decode(zeroize::Zeroizing::new(plain)).unwrap();
        change(&mut doc);
        let bytes = doc.encode().unwrap();
        self.seal(&bytes);
        Some(())
    }
}

/// The stderr of a command on a secret that doesn't exist.
pub fn not_found(name: &str) -> String {
    format!(
        "sealbox: error: secret {name} not found\n\
         sealbox: hint: run `sealbox list` to see the secrets in this vault\n"
    )
}

/// The stderr of a command that needs the sandbox identity's passphrase and has no terminal.
pub const NEEDS_PASSPHRASE: &str = "sealbox: error: a passphrase is needed to unlock [HOME]/.config/sealbox/identity.txt, and there is no terminal to ask on\n\
     sealbox: hint: run: sealbox unlock (or pass the passphrase on a descriptor: SEALBOX_PASSPHRASE_FD=3 sealbox ... 3<passfile)\n";

/// The stderr of a command whose identity is not a recipient of the vault in `home`'s
/// default place (`[HOME]`, or `[..]` for another sandbox's).
pub fn not_a_recipient(home: &str) -> String {
    format!(
        "sealbox: error: this identity can't open {home}/.local/share/sealbox/vault.age: it is not one of the vault's recipients\n\
         sealbox: hint: pass the right key with --identity, or ask someone who can open it to run `sealbox recipients add`; if this identity opened it before, its age header is damaged: restore it from a backup or a region\n"
    )
}

/// What a [`Case`] expects of one output stream.
#[derive(Clone)]
pub enum Expect {
    /// Exactly these bytes, after `[HOME]` substitution, where `[..]` in the pattern
    /// matches any text within one line (as trycmd does).
    Text(String),
    /// Not compared; the reason says why (a value that differs per run, a tool's own text).
    Any(&'static str),
}

/// One run of the binary stated in full: args, stdin, environment, and the expected status,
/// stdout and stderr. Anything not stated defaults to exit 0 and empty output, compared
/// exactly (casey/just's `Test` builder): a test must say what it tolerates and why.
pub struct Case<'a> {
    sb: &'a Sandbox,
    args: Vec<String>,
    /// A command built by hand (a passphrase descriptor, an extra variable), run instead of
    /// `sb.cmd(args)`.
    command: Option<Command>,
    stdin: Option<Vec<u8>>,
    env: Vec<(String, String)>,
    status: i32,
    stdout: Expect,
    stderr: Expect,
}

impl Sandbox {
    /// Start a [`Case`]: `sb.case(&["get", "x"]).stdout("v").run()`.
    pub fn case(&self, args: &[&str]) -> Case<'_> {
        Case {
            sb: self,
            args: args.iter().map(|a| a.to_string()).collect(),
            command: None,
            stdin: None,
            env: Vec::new(),
            status: 0,
            stdout: Expect::Text(String::new()),
            stderr: Expect::Text(String::new()),
        }
    }
}

impl Sandbox {
    /// A [`Case`] for a command built by hand from [`Sandbox::cmd`] (its stdin, descriptors
    /// or environment set directly); its output is compared as any other case's.
    pub fn case_cmd(&self, cmd: Command) -> Case<'_> {
        let args = cmd.get_args().map(|a| a.to_string_lossy().into_owned()).collect::<Vec<_>>();
        let mut case = self.case(&args.iter().map(String::as_str).collect::<Vec<_>>());
        case.command = Some(cmd);
        case
    }
}

impl<'a> Case<'a> {
    pub fn stdin(mut self, bytes: impl AsRef<[u8]>) -> Self {
        self.stdin = Some(bytes.as_ref().to_vec());
        self
    }
    pub fn env(mut self, key: &str, value: impl AsRef<str>) -> Self {
        self.env.push((key.to_string(), value.as_ref().to_string()));
        self
    }
    /// Several environment variables at once.
    pub fn envs(mut self, vars: &[(&str, &str)]) -> Self {
        for (k, v) in vars {
            self.env.push((k.to_string(), v.to_string()));
        }
        self
    }
    pub fn status(mut self, code: i32) -> Self {
        self.status = code;
        self
    }
    pub fn stdout(mut self, text: impl Into<String>) -> Self {
        self.stdout = Expect::Text(text.into());
        self
    }
    pub fn stderr(mut self, text: impl Into<String>) -> Self {
        self.stderr = Expect::Text(text.into());
        self
    }
    /// Don't compare stdout, for the stated reason.
    pub fn stdout_any(mut self, reason: &'static str) -> Self {
        self.stdout = Expect::Any(reason);
        self
    }
    /// Don't compare stderr, for the stated reason.
    pub fn stderr_any(mut self, reason: &'static str) -> Self {
        self.stderr = Expect::Any(reason);
        self
    }

    /// Run and compare everything stated; returns the run for further checks.
    #[track_caller]
    pub fn run(self) -> Run {
        let mut cmd = match self.command {
            Some(cmd) => cmd,
            None => self.sb.cmd(&self.args.iter().map(String::as_str).collect::<Vec<_>>()),
        };
        for (k, v) in &self.env {
            cmd.env(k, v);
        }
        let run = Run::from(cmd, self.stdin.as_deref());
        let home = self.sb.home().to_string_lossy().into_owned();
        let shown = |bytes: &[u8]| String::from_utf8_lossy(bytes).replace(&home, "[HOME]");
        let (out, err) = (shown(&run.output.stdout), shown(&run.output.stderr));
        let context = format!(
            "sealbox {}\n--- status {}\n--- stdout\n{out}--- stderr\n{err}---",
            self.args.join(" "),
            run.code()
        );
        assert_eq!(run.code(), self.status, "wrong exit status\n{context}");
        if let Expect::Text(want) = &self.stdout {
            assert!(matches_pattern(want, &out), "stdout differs; expected:\n{want}---\n{context}");
        }
        if let Expect::Text(want) = &self.stderr {
            assert!(matches_pattern(want, &err), "stderr differs; expected:\n{want}---\n{context}");
        }
        run
    }
}

/// `text` equals `pattern`, where `[..]` in the pattern matches any run of characters
/// other than a newline.
pub fn matches_pattern(pattern: &str, text: &str) -> bool {
    let parts: Vec<&str> = pattern.split("[..]").collect();
    if parts.len() == 1 {
        return pattern == text;
    }
    fn go(parts: &[&str], text: &str) -> bool {
        let Some((first, rest)) = parts.split_first() else { return text.is_empty() };
        let Some(after) = text.strip_prefix(first) else { return false };
        if rest.is_empty() {
            return after.is_empty();
        }
        // `[..]` then the next literal: try every cut within the current line.
        let line_end = after.find('\n').unwrap_or(after.len());
        (0..=line_end).filter(|&i| after.is_char_boundary(i)).any(|i| go(rest, &after[i..]))
    }
    go(&parts, text)
}

#[test]
fn patterns_match_within_a_line_only() {
    assert!(matches_pattern("a [..] c\n", "a bbb c\n"));
    assert!(matches_pattern("[..]\n", "\n"));
    assert!(!matches_pattern("a [..] c\n", "a b\nb c\n"));
    assert!(!matches_pattern("abc", "abcd"));
    assert!(matches_pattern("v [..]-[..]\n", "v 12-34\n"));
}
