//! Everyday commands (DESIGN.md "Everyday commands"): edit, mv, cp, get --clip/--totp,
//! list --names/--tree, find, the aliases, did-you-mean and `completions SHELL`.

use std::os::unix::fs::PermissionsExt;
use std::path::{Path, PathBuf};

use crate::support::{Sandbox, require_tool};

/// A private directory on /dev/shm (tmpfs) to serve as XDG_RUNTIME_DIR for edit buffers.
fn runtime_dir() -> tempfile::TempDir {
    tempfile::Builder::new().prefix("sealbox-test-run-").tempdir_in("/dev/shm").unwrap()
}

/// An editor script: records the buffer's path, mode, its directory's mode and file-system
/// type into `record`, then runs `action` (shell, with the buffer as $1).
fn editor(sb: &Sandbox, record: &Path, action: &str) -> PathBuf {
    let path = sb.home().join("editor.sh");
    let script = format!(
        "#!/bin/sh\nprintf '%s\\n' \"$1\" \"$(stat -c %a \"$1\")\" \"$(stat -c %a \"$(dirname \"$1\")\")\" \"$(stat -f -c %T \"$1\")\" > {}\n{action}\n",
        record.display()
    );
    std::fs::write(&path, script).unwrap();
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
    path
}

/// The recorded buffer path, after checking it was 0600 in a 0700 dir on tmpfs; and that
/// neither the buffer nor its directory is left.
fn check_buffer(record: &Path, run: &Path) {
    let text = std::fs::read_to_string(record).unwrap();
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines[1..], ["600", "700", "tmpfs"], "{text}");
    let buffer = Path::new(lines[0]);
    assert!(buffer.starts_with(run), "{text}");
    assert!(!buffer.exists(), "the buffer is left: {text}");
    assert!(!buffer.parent().unwrap().exists(), "the buffer's directory is left: {text}");
    assert_eq!(std::fs::read_dir(run).unwrap().count(), 0, "something is left in {}", run.display());
}

#[test]
fn edit_writes_a_new_version_from_a_ram_buffer_and_wipes_it() {
    let sb = Sandbox::new();
    sb.create("app/db", "old");
    let run = runtime_dir();
    let record = sb.home().join("record");
    let ed = editor(&sb, &record, "test \"$(cat \"$1\")\" = old || exit 9; printf 'new\\n' > \"$1\"");
    sb.case(&["edit", "app/db"])
        .env("EDITOR", ed.to_str().unwrap())
        .env("XDG_RUNTIME_DIR", run.path().to_str().unwrap())
        .stderr("app/db: new version [..] [AWSCURRENT]\n")
        .run();
    check_buffer(&record, run.path());
    // The newline the editor added to a value that had none is not kept.
    sb.case(&["get", "app/db"]).stdout("new").run();
    sb.case(&["get", "app/db", "--stage", "AWSPREVIOUS"]).stdout("old").run();
    // $VISUAL wins over $EDITOR.
    let before = sb.vault_bytes();
    sb.case(&["edit", "app/db"])
        .env("VISUAL", ed.to_str().unwrap())
        .env("EDITOR", "false")
        .env("XDG_RUNTIME_DIR", run.path().to_str().unwrap())
        .status(1)
        .stderr("sealbox: error: the editor [..]editor.sh failed (exit status: 9): nothing written\n")
        .run();
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn edit_unchanged_failed_killed_interrupted_write_nothing() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    let run = runtime_dir();
    let rd = run.path().to_str().unwrap().to_string();
    let record = sb.home().join("record");
    let before = sb.vault_bytes();
    let ed = editor(&sb, &record, "exit 0");
    sb.case(&["edit", "app/db"])
        .env("EDITOR", ed.to_str().unwrap())
        .env("XDG_RUNTIME_DIR", &rd)
        .stderr("app/db: no change\n")
        .run();
    check_buffer(&record, run.path());
    assert_eq!(sb.vault_bytes(), before, "no change, no version");

    let ed = editor(&sb, &record, "printf changed > \"$1\"; exit 3");
    sb.case(&["edit", "app/db"])
        .env("EDITOR", ed.to_str().unwrap())
        .env("XDG_RUNTIME_DIR", &rd)
        .status(1)
        .stderr("sealbox: error: the editor [..] failed (exit status: 3): nothing written\n")
        .run();
    check_buffer(&record, run.path());

    // The editor killed by a signal.
    let ed = editor(&sb, &record, "printf changed > \"$1\"; kill -9 $$");
    sb.case(&["edit", "app/db"])
        .env("EDITOR", ed.to_str().unwrap())
        .env("XDG_RUNTIME_DIR", &rd)
        .status(1)
        .stderr("sealbox: error: the editor [..] failed (signal: 9 (SIGKILL)): nothing written\n")
        .run();
    check_buffer(&record, run.path());

    // sealbox itself interrupted (SIGTERM, SIGINT) while the editor runs: it waits, wipes,
    // and writes nothing although the editor saved a change and exited 0.
    for signal in ["TERM", "INT"] {
        let ed = editor(&sb, &record, &format!("printf changed > \"$1\"; kill -{signal} $PPID; sleep 0.2; exit 0"));
        sb.case(&["edit", "app/db"])
            .env("EDITOR", ed.to_str().unwrap())
            .env("XDG_RUNTIME_DIR", &rd)
            .status(1)
            .stderr("sealbox: error: interrupted (signal [..]): nothing written\n")
            .run();
        check_buffer(&record, run.path());
    }
    assert_eq!(sb.vault_bytes(), before);
}

#[test]
fn edit_sweeps_a_killed_sealboxs_buffer_and_creates_a_missing_secret() {
    let sb = Sandbox::new();
    let run = runtime_dir();
    // What a sealbox killed by SIGKILL leaves: a buffer directory whose pid is dead.
    let stale = run.path().join("sealbox-edit.999999999.00");
    std::fs::create_dir(&stale).unwrap();
    std::fs::write(stale.join("password"), "plaintext").unwrap();
    let record = sb.home().join("record");
    let ed = editor(&sb, &record, "test -s \"$1\" && exit 9; printf 'first' > \"$1\"");
    sb.case(&["edit", "new/one"])
        .env("EDITOR", ed.to_str().unwrap())
        .env("XDG_RUNTIME_DIR", run.path().to_str().unwrap())
        .stderr("created new/one (version [..])\n")
        .run();
    assert!(!stale.exists(), "the stale buffer was not swept");
    check_buffer(&record, run.path());
    assert_eq!(sb.get("new/one"), "first");
}

#[test]
fn edit_refuses_without_a_ram_backed_directory() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    // /proc is neither tmpfs nor ramfs: nowhere to put the buffer, so no editor runs.
    sb.case(&["edit", "app/db"])
        .env("EDITOR", "touch /proc/never")
        .env("XDG_RUNTIME_DIR", "/proc/self")
        .env("SEALBOX_SHM_DIR", "/proc")
        .status(1)
        .stderr(
            "sealbox: error: no RAM-backed directory for the edit buffer (not tmpfs or ramfs: /proc/self, /proc): refusing to write the value to disk\n\
sealbox: hint: set XDG_RUNTIME_DIR to a tmpfs directory (systemd makes /run/user/UID), or use `sealbox put-version`\n",
        )
        .run();
}

#[test]
fn edit_gives_vim_the_options_that_keep_files_away() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    let run = runtime_dir();
    // A fake `vim` that records its arguments.
    let bin = sb.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let vim = bin.join("vim");
    std::fs::write(&vim, format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > {}\n", sb.home().join("args").display())).unwrap();
    std::fs::set_permissions(&vim, std::fs::Permissions::from_mode(0o700)).unwrap();
    sb.case(&["edit", "app/db"])
        .env("EDITOR", vim.to_str().unwrap())
        .env("XDG_RUNTIME_DIR", run.path().to_str().unwrap())
        .stderr("app/db: no change\n")
        .run();
    let args = std::fs::read_to_string(sb.home().join("args")).unwrap();
    let mut lines: Vec<&str> = args.lines().collect();
    let buffer = lines.pop().unwrap();
    assert_eq!(lines, ["-n", "-i", "NONE", "-c", "set nobackup nowritebackup noswapfile noundofile"]);
    assert!(buffer.starts_with(run.path().to_str().unwrap()) && buffer.ends_with("/db"), "{buffer}");
}

#[test]
fn edit_gives_vi_the_vim_options_only_when_it_resolves_to_vim() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    let run = runtime_dir();
    // Fake editors that record their arguments: `vim.basic` (vim), and `nvi`, which would
    // reject vim's options. `vi` and `view` are links to one or the other, as Debian's
    // alternatives make them.
    let bin = sb.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    let args = sb.home().join("args");
    for program in ["vim.basic", "nvi"] {
        let path = bin.join(program);
        std::fs::write(&path, format!("#!/bin/sh\nprintf '%s\\n' \"$@\" > {}\n", args.display())).unwrap();
        std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o700)).unwrap();
    }
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    let vim_options = ["-n", "-i", "NONE", "-c", "set nobackup nowritebackup noswapfile noundofile"];
    let cases: [(&str, &str, Option<&str>, &[&str]); 5] = [
        // No VISUAL or EDITOR: the default `vi`, found on PATH.
        ("vi", "vim.basic", None, &vim_options),
        ("view", "vim.basic", Some("view"), &vim_options),
        (
            "vi",
            "vim.basic",
            Some("vi -R"),
            &["-R", vim_options[0], vim_options[1], vim_options[2], vim_options[3], vim_options[4]],
        ),
        ("vi", "nvi", None, &[]),
        ("vim.tiny", "nvi", Some("vim.tiny"), &vim_options),
    ];
    for (link, target, editor, expected) in cases {
        let _ = std::fs::remove_file(bin.join(link));
        std::os::unix::fs::symlink(bin.join(target), bin.join(link)).unwrap();
        let mut case = sb
            .case(&["edit", "app/db"])
            .env("PATH", &path)
            .env("XDG_RUNTIME_DIR", run.path().to_str().unwrap())
            .stderr("app/db: no change\n");
        if let Some(editor) = editor {
            case = case.env("EDITOR", editor);
        }
        case.run();
        let recorded = std::fs::read_to_string(&args).unwrap();
        let mut lines: Vec<&str> = recorded.lines().collect();
        let buffer = lines.pop().unwrap();
        assert_eq!(lines, expected, "{link} -> {target}, EDITOR {editor:?}");
        assert!(buffer.ends_with("/db"), "{buffer}");
    }
}

#[test]
fn edit_of_a_scheduled_secret_is_exit_5() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    sb.run(&["delete", "app/db"]).success();
    sb.case(&["edit", "app/db"])
        .env("EDITOR", "false")
        .status(5)
        .stderr(
            "sealbox: error: you can't perform this operation on secret app/db because it was marked for deletion\n\
sealbox: hint: run `sealbox restore app/db` to cancel the deletion\n",
        )
        .run();
}

#[test]
fn mv_keeps_everything_and_the_arn_suffix() {
    let sb = Sandbox::new();
    sb.create("app/db", "v1");
    sb.run_stdin(&["put-version", "app/db"], b"v2").success();
    sb.run(&["tag", "app/db", "team=pay"]).success();
    sb.run(&["update", "app/db", "--description", "the db"]).success();
    let before = sb.json(&["describe", "app/db"]);
    sb.case(&["mv", "app/db", "app/pg"]).stderr("moved app/db to app/pg\n").run();
    let after = sb.json(&["describe", "app/pg"]);
    assert_eq!(after["Name"], "app/pg");
    let (old_arn, new_arn) = (before["ARN"].as_str().unwrap(), after["ARN"].as_str().unwrap());
    assert_eq!(new_arn, old_arn.replace(":secret:app/db-", ":secret:app/pg-"));
    for key in ["Description", "Tags", "VersionIdsToStages", "CreatedDate", "LastChangedDate"] {
        assert_eq!(after[key], before[key], "{key}");
    }
    sb.case(&["get", "app/pg", "--stage", "AWSPREVIOUS"]).stdout("v1").run();
    sb.case(&["get", "app/db"])
        .status(3)
        .stderr("sealbox: error: secret app/db not found\nsealbox: hint: did you mean app/pg?\n")
        .run();
    // The audit shows the rename under both names.
    let log = sb.run(&["audit", "app/pg", "--operation", "RenameSecret", "-o", "json"]).success().stdout_text();
    assert!(log.contains("from app/db"), "{log}");
}

#[test]
fn mv_refuses_an_existing_target_a_scheduled_source_and_a_replica() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    sb.create("b", "2");
    let before = sb.vault_bytes();
    sb.case(&["mv", "a", "b"])
        .status(4)
        .stderr("sealbox: error: secret b already exists\nsealbox: hint: pick another name, or delete b first\n")
        .run();
    assert_eq!(sb.vault_bytes(), before);
    sb.run(&["delete", "a"]).success();
    sb.case(&["mv", "a", "c"])
        .status(5)
        .stderr(
            "sealbox: error: you can't perform this operation on secret a because it was marked for deletion\n\
sealbox: hint: run `sealbox restore a` to cancel the deletion\n",
        )
        .run();
    // A replica, in the region's vault.
    let region = sb.home().join("region.age");
    sb.run(&["region", "add", "backup", "--vault", region.to_str().unwrap()]).success();
    sb.run(&["replicate", "b", "--to", "backup"]).success();
    sb.case(&["--vault", region.to_str().unwrap(), "mv", "b", "c"])
        .status(5)
        .stderr(
            "sealbox: error: secret b is a read-only replica; its primary is in region [..] (vault [..])\n\
sealbox: hint: change it in the primary vault, or run `sealbox promote b` against this vault to make it standalone\n",
        )
        .run();
}

#[test]
fn mv_of_a_subtree_renames_the_replicas_in_their_region() {
    let sb = Sandbox::new();
    sb.create("app/old/db", "1");
    sb.create("app/old/api", "2");
    sb.create("app/old-admin", "3");
    let region = sb.home().join("region.age");
    let rv = region.to_str().unwrap();
    sb.run(&["region", "add", "backup", "--vault", rv]).success();
    sb.run(&["replicate", "app/old/db", "--to", "backup"]).success();
    sb.case(&["mv", "app/old/", "app/new/"])
        .stderr("moved app/old/api to app/new/api\nmoved app/old/db to app/new/db\nmv: 2 moved\n")
        .run();
    sb.case(&["list", "--names"]).stdout("app/new/api\napp/new/db\napp/old-admin\n").run();
    sb.case(&["--vault", rv, "list", "--names"]).stdout("app/new/db\n").run();
    sb.case(&["--vault", rv, "get", "app/new/db"]).stdout("1").run();
    let d = sb.json(&["describe", "app/new/db"]);
    assert_eq!(d["ReplicationStatus"][0]["Status"], "InSync", "{d}");
    sb.case(&["mv", "app/none/", "x/"]).status(3).stderr(
        "sealbox: error: no secrets under app/none/\nsealbox: hint: run `sealbox list --tree` to see the names in this vault\n",
    ).run();
}

#[test]
fn cp_copies_the_current_value_or_every_version() {
    let sb = Sandbox::new();
    sb.run(&["create", "src", "--value", "v1", "--description", "d", "--tag", "k=v"]).success();
    sb.run_stdin(&["put-version", "src"], b"v2").success();
    sb.case(&["cp", "src", "dst"]).stderr("copied src to dst (1 version)\n").run();
    sb.case(&["get", "dst"]).stdout("v2").run();
    let d = sb.json(&["describe", "dst"]);
    assert_eq!((d["Description"].as_str(), d["Tags"][0]["Key"].as_str()), (Some("d"), Some("k")), "{d}");
    sb.case(&["cp", "src", "all", "--all-versions"]).stderr("copied src to all (2 versions)\n").run();
    sb.case(&["get", "all", "--stage", "AWSPREVIOUS"]).stdout("v1").run();
    sb.case(&["cp", "src", "dst"])
        .status(4)
        .stderr("sealbox: error: secret dst already exists\nsealbox: hint: pick another name, or delete it first\n")
        .run();
    sb.case(&["cp", "nope", "x"]).status(3).stderr(
        "sealbox: error: secret nope not found\nsealbox: hint: run `sealbox list` to see the secrets in this vault\n",
    ).run();
}

#[test]
fn names_tree_find_and_aliases() {
    let sb = Sandbox::new();
    for n in ["app/db/password", "app/db/user", "app/api-key", "web/github"] {
        sb.create(n, "x");
    }
    sb.case(&["ls", "--names", "app/db"]).stdout("app/db/password\napp/db/user\n").run();
    sb.case(&["list", "--tree"])
        .stdout(
            "├── app\n│   ├── api-key\n│   └── db\n│       ├── password\n│       └── user\n└── web\n    └── github\n",
        )
        .run();
    sb.case(&["find", "DB"]).stdout("app/db/password\napp/db/user\n").run();
    sb.case(&["find", "app/*/p?ss*"]).stdout("app/db/password\n").run();
    sb.case(&["find", "zzz"]).stderr("no secret names contain zzz\n").run();
    let j = sb.json(&["find", "git"]);
    assert_eq!(j["SecretList"][0]["Name"], "web/github", "{j}");
    assert_eq!(j["SecretList"].as_array().unwrap().len(), 1);
    sb.case(&["show", "web/github"]).stdout("x").run();
    sb.case(&["rm", "web/github", "--force-delete-without-recovery"])
        .stderr_any("the deletion notice is delete's")
        .run();
    sb.case(&["get", "web/github"]).status(3).stderr_any("checked below").run();
}

#[test]
fn did_you_mean_offers_up_to_three_close_names() {
    let sb = Sandbox::new();
    for n in ["app/db/password", "app/db/passwd", "app/db/pass", "app/db/passwords", "other"] {
        sb.create(n, "x");
    }
    sb.case(&["get", "app/db/pasword"])
        .status(3)
        .stderr(
            "sealbox: error: secret app/db/pasword not found\n\
sealbox: hint: did you mean app/db/password, app/db/passwords or app/db/passwd?\n",
        )
        .run();
    sb.case(&["describe", "zzzzzz"]).status(3).stderr(
        "sealbox: error: secret zzzzzz not found\nsealbox: hint: run `sealbox list` to see the secrets in this vault\n",
    ).run();
}

#[test]
fn totp_codes_from_a_uri_and_a_base32_secret() {
    let sb = Sandbox::new();
    // RFC 6238's SHA-1 seed "12345678901234567890" in base32.
    let seed = "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ";
    sb.create("otp/uri", &format!("otpauth://totp/Example:me?secret={seed}&issuer=Example&digits=8"));
    sb.create("otp/bare", &seed.to_lowercase());
    sb.case(&["get", "otp/uri", "--totp"]).env("SEALBOX_NOW", "2005-03-18T01:58:29Z").stdout("07081804\n").run();
    sb.case(&["get", "otp/bare", "--totp"]).env("SEALBOX_NOW", "1970-01-01T00:00:59Z").stdout("287082\n").run();
    sb.create("plain", "hunter2!");
    sb.case(&["get", "plain", "--totp"])
        .status(2)
        .stderr(
            "sealbox: error: secret plain is not an otpauth://totp/ URI or a base32 TOTP secret\n\
sealbox: hint: store the URI from the QR code, e.g. otpauth://totp/Example:me?secret=JBSWY3DPEHPK3PXP\n",
        )
        .run();
}

#[test]
fn completions_prints_the_generated_scripts() {
    let sb = Sandbox::empty();
    let root = PathBuf::from(env!("CARGO_MANIFEST_DIR"));
    for (shell, file) in [("bash", "sealbox.bash"), ("zsh", "_sealbox"), ("fish", "sealbox.fish")] {
        let out = sb.run(&["completions", shell]).success();
        assert!(out.stdout_text() == std::fs::read_to_string(root.join("completions").join(file)).unwrap(), "{shell}");
    }
    sb.case(&["completions", "tcsh"]).status(2).stderr_any("clap's own message lists the shells").run();
}

/// A real `xclip` under a real `Xvfb` on a free display.
struct Display {
    server: std::process::Child,
    name: String,
}

impl Drop for Display {
    fn drop(&mut self) {
        let _ = self.server.kill();
        let _ = self.server.wait();
    }
}

fn start_xvfb(sb: &Sandbox) -> Option<Display> {
    let xvfb = require_tool("Xvfb")?;
    require_tool("xclip")?;
    // -displayfd: Xvfb picks a free display and writes its number on that descriptor.
    let mut server = std::process::Command::new(xvfb)
        .args(["-displayfd", "1", "-nolisten", "tcp", "-auth", "/dev/null"])
        .current_dir(sb.home())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    let mut number = String::new();
    let mut out = server.stdout.take().unwrap();
    let mut byte = [0u8; 1];
    while std::io::Read::read(&mut out, &mut byte).unwrap() == 1 && byte[0] != b'\n' {
        number.push(byte[0] as char);
    }
    assert!(!number.is_empty(), "Xvfb printed no display number");
    Some(Display { server, name: format!(":{number}") })
}

fn clipboard(display: &str) -> String {
    let out = std::process::Command::new("xclip")
        .args(["-selection", "clipboard", "-out"])
        .env("DISPLAY", display)
        .output()
        .unwrap();
    String::from_utf8(out.stdout).unwrap()
}

fn set_clipboard(display: &str, text: &str) {
    use std::io::Write;
    let mut c = std::process::Command::new("xclip")
        .args(["-selection", "clipboard", "-in"])
        .env("DISPLAY", display)
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn()
        .unwrap();
    c.stdin.take().unwrap().write_all(text.as_bytes()).unwrap();
    c.wait().unwrap();
}

#[test]
fn clip_copies_with_xclip_and_clears_only_an_unchanged_clipboard() {
    let sb = Sandbox::new();
    sb.create("app/db", "s3cret-value");
    let Some(display) = start_xvfb(&sb) else { return };
    let d = display.name.as_str();
    sb.case(&["get", "app/db", "-c"])
        .env("DISPLAY", d)
        .env("SEALBOX_CLIP_TIME", "1")
        .stderr("copied app/db to the clipboard; it is cleared in 1 s\n")
        .run();
    assert_eq!(clipboard(d), "s3cret-value");
    // The clearing process holds no value in its argv or environment.
    let ps = std::process::Command::new("ps").args(["-eo", "args"]).output().unwrap();
    assert!(!String::from_utf8_lossy(&ps.stdout).contains("s3cret-value"));
    let cleared = (0..50).any(|_| {
        std::thread::sleep(std::time::Duration::from_millis(100));
        clipboard(d).is_empty()
    });
    assert!(cleared, "the clipboard still holds {:?}", clipboard(d));

    // Something copied meanwhile is not cleared.
    sb.case(&["get", "app/db", "--clip"])
        .env("DISPLAY", d)
        .env("SEALBOX_CLIP_TIME", "1")
        .stderr("copied app/db to the clipboard; it is cleared in 1 s\n")
        .run();
    set_clipboard(d, "mine");
    std::thread::sleep(std::time::Duration::from_millis(2500));
    assert_eq!(clipboard(d), "mine");
}

#[test]
fn clip_without_a_tool_is_exit_1_with_a_hint() {
    let sb = Sandbox::new();
    sb.create("app/db", "v");
    sb.case(&["get", "app/db", "--clip"])
        .env("PATH", "/nonexistent")
        .status(1)
        .stderr(
            "sealbox: error: no clipboard tool found (wl-copy, xclip, xsel or pbcopy)\n\
sealbox: hint: install wl-clipboard (Wayland) or xclip (X11), or print the value without --clip\n",
        )
        .run();
}

#[test]
fn sync_ends_with_one_summary_line() {
    let sb = Sandbox::new();
    sb.create("a", "1");
    sb.create("b", "2");
    let region = sb.home().join("region.age");
    sb.run(&["region", "add", "backup", "--vault", region.to_str().unwrap()]).success();
    sb.run(&["replicate", "a", "--to", "backup"]).success();
    sb.run(&["replicate", "b", "--to", "backup"]).success();
    std::fs::remove_file(&region).unwrap();
    let out = sb.run(&["sync"]).stderr_text();
    assert_eq!(out.lines().last(), Some("sync: 0 in sync, 2 failed"), "{out}");
}
