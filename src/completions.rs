//! Shell completion scripts: clap_complete's, plus secret names from the vault through the
//! hidden `sealbox __complete-names PREFIX` (which never prompts). `sealbox completions
//! SHELL` prints them; completions/ holds the same files, checked by tests/cli/generated.rs.

use clap::CommandFactory;
use clap_complete::Shell;

/// The completion script for `shell`.
pub fn script(shell: Shell) -> Vec<u8> {
    let mut cmd = crate::cli::Cli::command();
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "sealbox", &mut buf);
    with_secret_names(shell, buf)
}

/// A line of clap_complete's output that offers a hidden subcommand.
fn is_hidden_command_line(line: &str) -> bool {
    ["__complete-names", "__clip-clear"]
        .iter()
        .any(|c| line.starts_with(&format!("'{c}:")) || line.contains(&format!("-a \"{c}\"")))
}

/// Subcommands whose first positional argument is a secret name (or a name prefix).
/// Commands other issues add (rotate, replicate, ...) are listed so the snippet covers them.
pub const NAME_COMMANDS: &str = "get show describe versions put-version stage update tag untag delete rm restore rotate replicate promote sync list ls env export edit mv cp";

/// clap_complete knows the flags; secret names come from the vault, through the hidden
/// `sealbox __complete-names PREFIX` (which prints nothing when the vault would need a
/// prompt). Each shell's file gets a small addition that calls it.
fn with_secret_names(shell: Shell, generated: Vec<u8>) -> Vec<u8> {
    let Ok(text) = String::from_utf8(generated) else { return Vec::new() };
    // clap_complete offers hidden subcommands too: drop `__complete-names` from the lists.
    let text: String = text
        .split_inclusive('\n')
        .filter(|line| !is_hidden_command_line(line))
        .map(|line| {
            if line.trim_start().starts_with("opts=") {
                line.replace(" __complete-names", "").replace(" __clip-clear", "")
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
                    COMPREPLY=($(sealbox "${{globals[@]}}" __complete-names --levels "$cur" 2>/dev/null))
                    if [[ ${{#COMPREPLY[@]}} -gt 0 ]]; then
                        [[ "${{COMPREPLY[*]}}" == */ ]] && compopt -o nospace 2>/dev/null
                        return 0
                    fi
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
                    || line.starts_with("':old -- ")
                    || line.starts_with("':source -- ")
                    || (line.starts_with("'::prefix -- ") && line.contains(":_default'"))
                {
                    replaced.push_str(&line.replace(":_default'", ":_sealbox_secret_names'"));
                } else if line.contains("--prefix=[") && line.contains(":PREFIX:_default'") {
                    // A prefix completes one `/` level at a time, not as files.
                    replaced.push_str(&line.replace(":PREFIX:_default'", ":PREFIX:_sealbox_secret_prefixes'"));
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

(( $+functions[_sealbox_secret_prefixes] )) ||
_sealbox_secret_prefixes() {
    local -a levels
    levels=(${(f)"$(sealbox __complete-names --levels "$PREFIX" 2>/dev/null)"})
    compadd -S '' -a levels
}

"#;
            let tail = "if [ \"$funcstack[1]\" = \"_sealbox\" ]; then";
            match replaced.rfind(tail) {
                Some(at) => format!("{}{function}{}", &replaced[..at], &replaced[at..]),
                None => format!("{replaced}{function}"),
            }
        }
        Shell::Fish => format!(
            r#"{text}
# Secret names, completed from the vault by `sealbox __complete-names PREFIX` (it prints
# nothing when opening the vault would need a passphrase prompt). Added by tests/cli/generated.rs.
complete -c sealbox -n "__fish_sealbox_using_subcommand {NAME_COMMANDS}" -f -a "(sealbox __complete-names (commandline -ct) 2>/dev/null)"
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l prefix -x -a "(sealbox __complete-names --levels (commandline -ct) 2>/dev/null)"
"#
        ),
        _ => text,
    };
    out.into_bytes()
}
