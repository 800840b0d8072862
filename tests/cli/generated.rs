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
        let mut cmd = sealbox::cli::Cli::command();
        let mut buf = Vec::new();
        clap_complete::generate(shell, &mut cmd, "sealbox", &mut buf);
        files.insert(PathBuf::from("completions").join(file), with_secret_names(shell, buf));
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

/// Subcommands whose first positional argument is a secret name (or a name prefix).
/// Commands other issues add (rotate, replicate, ...) are listed so the snippet covers them.
pub const NAME_COMMANDS: &str = "get describe versions put-version stage update tag untag delete restore rotate replicate promote sync list env export";

/// clap_complete knows the flags; secret names come from the vault, through the hidden
/// `sealbox __complete-names PREFIX` (which prints nothing when the vault would need a
/// prompt). Each shell's file gets a small addition that calls it.
fn with_secret_names(shell: Shell, generated: Vec<u8>) -> Vec<u8> {
    let text = String::from_utf8(generated).unwrap();
    // clap_complete offers hidden subcommands too: drop `__complete-names` from the lists.
    let text: String = text
        .split_inclusive('\n')
        .filter(|line| !(line.starts_with("'__complete-names:") || line.contains("-a \"__complete-names\"")))
        .map(|line| {
            if line.trim_start().starts_with("opts=") {
                line.replace(" __complete-names", "")
            } else {
                line.to_string()
            }
        })
        .collect();
    let cases = NAME_COMMANDS.replace(' ', "|");
    let out = match shell {
        Shell::Bash => format!(
            r#"{text}
# Secret names, completed from the vault by `sealbox __complete-names PREFIX` (it prints
# nothing when opening the vault would need a passphrase prompt). Added by tests/cli/generated.rs.
_sealbox_names() {{
    local cur="${{COMP_WORDS[COMP_CWORD]}}" prev="${{COMP_WORDS[COMP_CWORD-1]}}" cmd="" w i
    local -a globals=()
    for ((i = 1; i < COMP_CWORD; i++)); do
        w="${{COMP_WORDS[i]}}"
        case "$w" in
            --vault|--identity|--config) globals+=("$w" "${{COMP_WORDS[i+1]}}"); ((i++)); continue ;;
            -o|--output|--lock-timeout) ((i++)); continue ;;
            -*) continue ;;
        esac
        cmd="$w"
        break
    done
    if [[ "$cur" != -* ]]; then
        case "$cmd" in
            {cases})
                if [[ "$prev" == "$cmd" ]]; then
                    local IFS=$'\n'
                    COMPREPLY=($(sealbox "${{globals[@]}}" __complete-names "$cur" 2>/dev/null))
                    [[ ${{#COMPREPLY[@]}} -gt 0 ]] && return 0
                fi
                ;;
            exec)
                if [[ "$prev" == "--prefix" ]]; then
                    local IFS=$'\n'
                    COMPREPLY=($(sealbox "${{globals[@]}}" __complete-names "$cur" 2>/dev/null))
                    [[ ${{#COMPREPLY[@]}} -gt 0 ]] && return 0
                fi
                ;;
        esac
    fi
    _sealbox "$@"
}}

if [[ "${{BASH_VERSINFO[0]}}" -eq 4 && "${{BASH_VERSINFO[1]}}" -ge 4 || "${{BASH_VERSINFO[0]}}" -gt 4 ]]; then
    complete -F _sealbox_names -o nosort -o bashdefault -o default sealbox
else
    complete -F _sealbox_names -o bashdefault -o default sealbox
fi
"#
        ),
        Shell::Zsh => {
            // Secret-name positionals use the vault's names instead of file names.
            let mut replaced = String::new();
            for line in text.split_inclusive('\n') {
                if line.starts_with("':name -- Secret name:_default'")
                    || (line.starts_with("'::prefix -- ") && line.contains(":_default'"))
                {
                    replaced.push_str(&line.replace(":_default'", ":_sealbox_secret_names'"));
                } else {
                    replaced.push_str(line);
                }
            }
            let function = r#"# Secret names, completed from the vault by `sealbox __complete-names PREFIX` (it prints
# nothing when opening the vault would need a passphrase prompt). Added by tests/cli/generated.rs.
(( $+functions[_sealbox_secret_names] )) ||
_sealbox_secret_names() {
    local -a names
    names=(${(f)"$(sealbox __complete-names "$PREFIX" 2>/dev/null)"})
    compadd -a names
}

"#;
            let tail = "if [ \"$funcstack[1]\" = \"_sealbox\" ]; then";
            let at = replaced.rfind(tail).unwrap();
            format!("{}{function}{}", &replaced[..at], &replaced[at..])
        }
        Shell::Fish => format!(
            r#"{text}
# Secret names, completed from the vault by `sealbox __complete-names PREFIX` (it prints
# nothing when opening the vault would need a passphrase prompt). Added by tests/cli/generated.rs.
complete -c sealbox -n "__fish_sealbox_using_subcommand {NAME_COMMANDS}" -f -a "(sealbox __complete-names (commandline -ct) 2>/dev/null)"
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l prefix -x -a "(sealbox __complete-names (commandline -ct) 2>/dev/null)"
"#
        ),
        _ => text,
    };
    out.into_bytes()
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
