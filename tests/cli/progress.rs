//! Progress bars (issue 14, item 5): on a terminal only, never in a pipe; each bulk command
//! ends with one summary line.

use std::process::Command;

use crate::support::{Run, Sandbox, require_tool};

const BIN: &str = env!("CARGO_BIN_EXE_sealbox");

fn big_dotenv(sb: &Sandbox, n: usize) {
    let text: String = (0..n).map(|i| format!("K{i}=v{i}\n")).collect();
    std::fs::write(sb.home().join("big.env"), text).unwrap();
}

#[test]
fn no_bar_in_a_pipe_and_one_summary_line() {
    let sb = Sandbox::new();
    big_dotenv(&sb, 300);
    // stderr is a pipe here: exactly the summary line, not one byte of a bar.
    sb.case(&["import", "big.env", "--prefix", "p/"])
        .stderr("imported 300 secrets: 300 created, 0 updated, 0 unchanged\n")
        .run();
    sb.case(&["import", "big.env", "--prefix", "p/", "--overwrite"])
        .stderr("imported 300 secrets: 0 created, 0 updated, 300 unchanged\n")
        .run();
}

#[test]
fn a_bar_on_a_terminal_unless_quiet() {
    use std::os::unix::fs::PermissionsExt;
    if require_tool("script").is_none() {
        return;
    }
    let sb = Sandbox::new();
    // A pass store of 12 entries through a gpg that takes 0.1 s each: long enough to draw.
    let store = sb.home().join("store");
    std::fs::create_dir(&store).unwrap();
    for i in 0..12 {
        std::fs::write(store.join(format!("e{i}.gpg")), "x").unwrap();
    }
    let bin = sb.home().join("bin");
    std::fs::create_dir(&bin).unwrap();
    std::fs::write(bin.join("gpg"), "#!/bin/sh\nsleep 0.1\nprintf 'pw\\n'\n").unwrap();
    std::fs::set_permissions(bin.join("gpg"), std::fs::Permissions::from_mode(0o700)).unwrap();
    let path = format!("{}:{}", bin.display(), std::env::var("PATH").unwrap());
    // TERM as a user has it: indicatif draws nothing on a "dumb" (unset) terminal.
    let on_a_pty = |args: &str| {
        let mut c = Command::new("script");
        c.args(["-q", "-e", "-c", &format!("{BIN} {args}"), "/dev/null"]);
        c.current_dir(sb.home())
            .env_clear()
            .env("HOME", sb.home())
            .env("PATH", &path)
            .env("LANG", "C.UTF-8")
            .env("TERM", "xterm");
        Run::from(c, Some(b"")).success().stdout_text()
    };
    let out = on_a_pty("import store --prefix a/");
    assert!(out.contains("decrypting the store ["), "{out:?}");
    assert!(out.ends_with("imported 12 secrets: 12 created, 0 updated, 0 unchanged\r\n"), "{out:?}");
    let out = on_a_pty("-q import store --prefix b/");
    assert_eq!(out, "", "-q: no bar and no summary");
    // The same in a pipe: the summary line only.
    sb.case(&["import", "store", "--prefix", "c/"])
        .env("PATH", &path)
        .stderr("imported 12 secrets: 12 created, 0 updated, 0 unchanged\n")
        .run();
}
