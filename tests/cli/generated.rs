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
    let mut buf = Vec::new();
    clap_mangen::Man::new(cmd.clone()).render(&mut buf).unwrap();
    files.insert(PathBuf::from("man/sealbox.1"), buf);
    for sub in cmd.get_subcommands() {
        if sub.is_hide_set() {
            continue;
        }
        let name = format!("sealbox-{}", sub.get_name());
        let sub = sub.clone().name(name.clone()).display_name(name.clone());
        let mut buf = Vec::new();
        clap_mangen::Man::new(sub).render(&mut buf).unwrap();
        files.insert(PathBuf::from("man").join(format!("{name}.1")), buf);
    }
    files
}

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
