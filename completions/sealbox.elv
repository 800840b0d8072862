
use builtin;
use str;

set edit:completion:arg-completer[sealbox] = {|@words|
    fn spaces {|n|
        builtin:repeat $n ' ' | str:join ''
    }
    fn cand {|text desc|
        edit:complex-candidate $text &display=$text' '(spaces (- 14 (wcswidth $text)))$desc
    }
    var command = 'sealbox'
    for word $words[1..-1] {
        if (str:has-prefix $word '-') {
            break
        }
        set command = $command';'$word
    }
    var completions = [
        &'sealbox'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
            cand init 'Create an identity and an empty vault'
            cand create 'Create a secret with its first version (AWSCURRENT)'
            cand get 'Print a secret''s value (exact bytes; a newline only on a terminal)'
            cand show 'Print a secret''s value (exact bytes; a newline only on a terminal)'
            cand put-version 'Store a new version of a secret''s value (AWSCURRENT by default)'
            cand list 'List secrets, optionally under a name prefix'
            cand ls 'List secrets, optionally under a name prefix'
            cand describe 'Show a secret''s metadata: ARN, dates, tags, versions and their labels'
            cand versions 'List a secret''s versions and their staging labels'
            cand stage 'Move a staging label to a version (AWS UpdateSecretVersionStage)'
            cand update 'Change a secret''s description'
            cand tag 'Add or change tags on a secret'
            cand untag 'Remove tags from a secret'
            cand generate 'Print a random password (AWS GetRandomPassword)'
            cand delete 'Schedule a secret for deletion after a recovery window, or delete it now'
            cand rm 'Schedule a secret for deletion after a recovery window, or delete it now'
            cand restore 'Cancel a scheduled deletion'
            cand purge 'Remove every secret whose recovery window has passed'
            cand rotate 'Rotate a secret with a script (create, set, test), or every secret that is due'
            cand region 'Manage regions: other vault files that secrets replicate to'
            cand replicate 'Replicate a secret (or a prefix) to regions, or remove its replicas'
            cand sync 'Push secrets to their replicas again (after a region was unreachable)'
            cand promote 'Make a replica standalone and writable (run against the region''s vault)'
            cand audit 'Show the audit log (who did what to which secret, when), or verify its chain'
            cand exec 'Run a command with secrets in its environment (the command replaces sealbox)'
            cand env 'Print secrets as environment variables: shell (for eval), dotenv or JSON'
            cand inject 'Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)'
            cand import 'Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)'
            cand export 'Print current values as JSON {"name": "value"} (plaintext: stdout only)'
            cand edit 'Edit a secret''s value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)'
            cand mv 'Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has'
            cand cp 'Copy a secret''s current value (or every version) to a new secret'
            cand find 'Names containing PATTERN (`*` and `?` glob when present), one a line'
            cand completions 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
            cand __clip-clear 'Clear the clipboard after a delay if it still holds a value (started by `get --clip`)'
            cand __complete-names 'Secret names for shell completion (prints nothing if the vault needs a prompt)'
            cand unlock 'Unlock the identity once: start the agent and load the identity into it'
            cand lock 'Wipe every identity from the agent and stop it'
            cand agent 'The unlock agent: run it in the foreground, or show what it holds'
            cand passwd 'Change or remove the identity''s passphrase'
            cand recipients 'List, add or remove the vault''s recipients (re-encrypts the vault)'
            cand diff 'Compare the vault with an AWS region: names, version ids, labels (never values)'
            cand doctor 'Check files, identity, vault integrity, regions, audit log, rotations and deletions'
            cand trust 'Accept the vault file as it is now: a backup restored on purpose, a vault replaced'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;init'= {
            cand --recipient 'A further recipient of the vault: an age `age1…` or `ssh-…` public key (repeatable)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --no-passphrase 'Create an identity without a passphrase (no prompt at all)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;create'= {
            cand --value 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)'
            cand --value-file 'Read the value from a file, byte-exact (`-` for stdin)'
            cand --length 'Password length (1..4096)'
            cand --exclude-characters 'Characters the password must not contain'
            cand --description 'A description'
            cand --tag 'A tag KEY=VALUE (repeatable)'
            cand --token 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id'
            cand --type '`database` builds AWS''s credentials JSON from the flags below; the value is the password'
            cand --engine 'Database engine (postgres, mysql, mariadb, oracle, sqlserver, redshift, db2, mongo)'
            cand --host 'Database host'
            cand --port 'Database port [default: the engine''s usual port]'
            cand --username 'Database user name'
            cand --dbname 'Database name'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --generate 'Generate a random password as the value (see `sealbox generate` for its options)'
            cand --exclude-numbers 'No digits'
            cand --exclude-punctuation 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)'
            cand --exclude-uppercase 'No uppercase letters'
            cand --exclude-lowercase 'No lowercase letters'
            cand --include-space 'Allow the space character'
            cand --require-each-included-type 'Require at least one character of every included type (the default)'
            cand --no-require-each-included-type 'Don''t require a character of every included type'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;get'= {
            cand --version-id 'Read this version'
            cand --stage 'Read the version carrying this label [default: AWSCURRENT]'
            cand --field 'Print one field of a JSON-object value'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand -c 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)'
            cand --clip 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)'
            cand --totp 'Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;show'= {
            cand --version-id 'Read this version'
            cand --stage 'Read the version carrying this label [default: AWSCURRENT]'
            cand --field 'Print one field of a JSON-object value'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand -c 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)'
            cand --clip 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)'
            cand --totp 'Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;put-version'= {
            cand --value 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)'
            cand --value-file 'Read the value from a file, byte-exact (`-` for stdin)'
            cand --length 'Password length (1..4096)'
            cand --exclude-characters 'Characters the password must not contain'
            cand --stage 'Labels for the new version (repeatable) [default: AWSCURRENT]'
            cand --token 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --generate 'Generate a random password as the value (see `sealbox generate` for its options)'
            cand --exclude-numbers 'No digits'
            cand --exclude-punctuation 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)'
            cand --exclude-uppercase 'No uppercase letters'
            cand --exclude-lowercase 'No lowercase letters'
            cand --include-space 'Allow the space character'
            cand --require-each-included-type 'Require at least one character of every included type (the default)'
            cand --no-require-each-included-type 'Don''t require a character of every included type'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;list'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --include-deleted 'Include secrets scheduled for deletion'
            cand --rotation-due 'Only secrets whose next rotation date has passed (what `rotate --due` would rotate)'
            cand --names 'One name per line and nothing else'
            cand --tree 'The names as a tree, like `pass ls`'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;ls'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --include-deleted 'Include secrets scheduled for deletion'
            cand --rotation-due 'Only secrets whose next rotation date has passed (what `rotate --due` would rotate)'
            cand --names 'One name per line and nothing else'
            cand --tree 'The names as a tree, like `pass ls`'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;describe'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;versions'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --include-deprecated 'Include deprecated versions (those with no label)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;stage'= {
            cand --to 'The version to attach the label to'
            cand --from 'The version the label is on now (required when it is attached elsewhere)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;update'= {
            cand --description 'The new description (an empty string clears it)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;tag'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;untag'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;generate'= {
            cand --length 'Password length (1..4096)'
            cand --exclude-characters 'Characters the password must not contain'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --exclude-numbers 'No digits'
            cand --exclude-punctuation 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)'
            cand --exclude-uppercase 'No uppercase letters'
            cand --exclude-lowercase 'No lowercase letters'
            cand --include-space 'Allow the space character'
            cand --require-each-included-type 'Require at least one character of every included type (the default)'
            cand --no-require-each-included-type 'Don''t require a character of every included type'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;delete'= {
            cand --recovery-window-days 'Days before the secret is purged (7..30)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --force-delete-without-recovery 'Delete at once, irrecoverably'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;rm'= {
            cand --recovery-window-days 'Days before the secret is purged (7..30)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --force-delete-without-recovery 'Delete at once, irrecoverably'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;restore'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;purge'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;rotate'= {
            cand --script 'The rotation script, run once per step (`create`, `set`, `test`); stored as an absolute path'
            cand --template 'Use a rotation template built into sealbox instead of a script (see --templates)'
            cand --every 'Rotate automatically every DAYS days (1..1000), through `sealbox rotate --due`; with --install-timer or --print-cron: how often the timer runs (15m, 1h, 1d) [default: 1h]'
            cand --schedule 'AWS''s ScheduleExpression: ''rate(N hours|days)'' (at least 4 hours) or ''cron(0 HOURS DAY-OF-MONTH MONTH DAY-OF-WEEK *)'', in UTC'
            cand --window 'AWS''s Duration: the rotation window after each scheduled start, in whole hours (3h) [default: 1h for a schedule in hours, else to the end of the UTC day]'
            cand --timeout 'Seconds each step may run before its whole process group is killed (1..3600) [default: 300]'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --no-rotate-now 'Store the configuration and only run `test` against the current value'
            cand --cancel 'Drop the AWSPENDING label of an incomplete rotation'
            cand --disable 'Turn scheduled rotation off (the script stays configured)'
            cand --due 'Rotate every secret whose next rotation date has passed (for cron or a systemd timer)'
            cand --dry-run 'With --due: list what is due, rotate nothing'
            cand --templates 'List the built-in rotation templates'
            cand --install-timer 'Write and enable a systemd user timer (sealbox-rotate.timer) that runs `sealbox rotate --due`'
            cand --print-cron 'Print the crontab line that runs `sealbox rotate --due` (absolute paths, for cron''s bare PATH)'
            cand --remove-timer 'Disable and remove the systemd user timer'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;region'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand add 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
            cand list 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
            cand remove 'Remove a region from the config (refused while it holds replicas)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;region;add'= {
            cand --vault 'The region''s vault file'
            cand --recipient 'An extra age or SSH recipient of the region''s vault (repeatable), e.g. a CI machine''s key'
            cand --aws 'An AWS Secrets Manager region instead of a vault file (e.g. us-east-1)'
            cand --profile 'The AWS profile for credentials [default: the standard chain: environment, profile, SSO, IMDS]'
            cand --endpoint-url 'Another endpoint than AWS''s own (a VPC endpoint, a local emulator)'
            cand --name-prefix 'Put this in front of every secret name in AWS (e.g. `team/`)'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;region;list'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;region;remove'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;region;help'= {
            cand add 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
            cand list 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
            cand remove 'Remove a region from the config (refused while it holds replicas)'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;region;help;add'= {
        }
        &'sealbox;region;help;list'= {
        }
        &'sealbox;region;help;remove'= {
        }
        &'sealbox;region;help;help'= {
        }
        &'sealbox;replicate'= {
            cand --prefix 'Replicate every secret under this prefix; new secrets under it follow'
            cand --to 'Regions to replicate to'
            cand --remove 'Regions whose replicas to delete now'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --force-overwrite 'Replace a secret of the same name that already exists in a region'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;sync'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --force-overwrite 'Replace secrets of the same name that exist in a region and are not this vault''s replicas (an AWS secret created outside sealbox, a standalone secret in a vault)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;promote'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;audit'= {
            cand --since 'Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h'
            cand --until 'Only lines before DATE (a bare YYYY-MM-DD includes that whole day)'
            cand --operation 'Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)'
            cand --outcome '`ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)'
            cand --log 'Read this log file instead of the configured one (e.g. a rotated-out file)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand show 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)'
            cand verify 'Check every line''s MAC and the chain; exit 1 naming the first broken line'
            cand rotate 'Start a new log file that continues the chain; the old file is kept beside it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;audit;show'= {
            cand --since 'Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h'
            cand --until 'Only lines before DATE (a bare YYYY-MM-DD includes that whole day)'
            cand --operation 'Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)'
            cand --outcome '`ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)'
            cand --log 'Read this log file instead of the configured one (e.g. a rotated-out file)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;audit;verify'= {
            cand --log 'Verify this log file instead of the configured one (e.g. a rotated-out file)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;audit;rotate'= {
            cand --if-larger-than 'Only rotate when the log is larger than BYTES'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;audit;help'= {
            cand show 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)'
            cand verify 'Check every line''s MAC and the chain; exit 1 naming the first broken line'
            cand rotate 'Start a new log file that continues the chain; the old file is kept beside it'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;audit;help;show'= {
        }
        &'sealbox;audit;help;verify'= {
        }
        &'sealbox;audit;help;rotate'= {
        }
        &'sealbox;audit;help;help'= {
        }
        &'sealbox;exec'= {
            cand --prefix 'Every secret under this prefix becomes a variable named by the rest of its name, uppercased, non-alphanumerics as `_` (repeatable)'
            cand --env 'Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --expand-json 'A JSON-object secret under a prefix becomes one variable per field (NAME_FIELD)'
            cand --pristine 'Start the command with only PATH, HOME, TERM, LANG and the secrets'
            cand --strict 'Fail when a reference or prefix finds nothing, instead of warning'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;env'= {
            cand --env 'Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)'
            cand --format 'Output format'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --expand-json 'A JSON-object secret under the prefix becomes one variable per field (NAME_FIELD)'
            cand --strict 'Fail when a reference or the prefix finds nothing, instead of warning'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;inject'= {
            cand -i 'The template (`-` for stdin)'
            cand --in-file 'The template (`-` for stdin)'
            cand --input 'The template (`-` for stdin)'
            cand -O 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)'
            cand --out-file 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)'
            cand --output-file 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;import'= {
            cand --format 'What the source is'
            cand --from-region 'Pull from this AWS region (a `region add --aws` name) instead: every version that carries a label, with its id, labels, description and tags'
            cand --prefix 'Put this in front of every imported name (e.g. `app/dev/`); with --from-region, import only the AWS secrets whose sealbox name starts with it'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --overwrite 'Add a new version to secrets that exist already (else: exit 4, nothing imported); with --from-region, take AWS''s versions, labels, description and tags for secrets that differ'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;export'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;edit'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;mv'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;cp'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --all-versions 'Copy every version with its labels, not only the current value'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;find'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;completions'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;__clip-clear'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;__complete-names'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --levels 'Print the next `/` level (`app/dev/`) instead of whole names below it'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;unlock'= {
            cand --ttl 'How long the agent keeps the identity (e.g. 90s, 30m, 8h, 1d)'
            cand --idle 'Lock after this long without use (0: never)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;lock'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;agent'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --detached 'Leave the caller''s session and close inherited descriptors (how `unlock` starts it)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand status 'Show what the agent holds (identity files, public keys) and when each expires'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;agent;status'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;agent;help'= {
            cand status 'Show what the agent holds (identity files, public keys) and when each expires'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;agent;help;status'= {
        }
        &'sealbox;agent;help;help'= {
        }
        &'sealbox;passwd'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --remove 'Remove the passphrase: store the identity unprotected (throwaway machines only)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;recipients'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
            cand list 'List the vault''s recipients'
            cand add 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault'
            cand remove 'Remove a recipient, re-encrypt the vault, and list the secrets it could read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;recipients;list'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;recipients;add'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;recipients;remove'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --rotate-all 'Also rotate every secret it could read (marks them due where rotation is set up)'
            cand --force 'Allow removing the key this command is using'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;recipients;help'= {
            cand list 'List the vault''s recipients'
            cand add 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault'
            cand remove 'Remove a recipient, re-encrypt the vault, and list the secrets it could read'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;recipients;help;list'= {
        }
        &'sealbox;recipients;help;add'= {
        }
        &'sealbox;recipients;help;remove'= {
        }
        &'sealbox;recipients;help;help'= {
        }
        &'sealbox;diff'= {
            cand --region 'The AWS region (a `region add --aws` name) to compare with'
            cand --prefix 'Only secrets whose name starts with this prefix'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;doctor'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;trust'= {
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help (see more with ''--help'')'
            cand --help 'Print help (see more with ''--help'')'
            cand -V 'Print version'
            cand --version 'Print version'
        }
        &'sealbox;help'= {
            cand init 'Create an identity and an empty vault'
            cand create 'Create a secret with its first version (AWSCURRENT)'
            cand get 'Print a secret''s value (exact bytes; a newline only on a terminal)'
            cand put-version 'Store a new version of a secret''s value (AWSCURRENT by default)'
            cand list 'List secrets, optionally under a name prefix'
            cand describe 'Show a secret''s metadata: ARN, dates, tags, versions and their labels'
            cand versions 'List a secret''s versions and their staging labels'
            cand stage 'Move a staging label to a version (AWS UpdateSecretVersionStage)'
            cand update 'Change a secret''s description'
            cand tag 'Add or change tags on a secret'
            cand untag 'Remove tags from a secret'
            cand generate 'Print a random password (AWS GetRandomPassword)'
            cand delete 'Schedule a secret for deletion after a recovery window, or delete it now'
            cand restore 'Cancel a scheduled deletion'
            cand purge 'Remove every secret whose recovery window has passed'
            cand rotate 'Rotate a secret with a script (create, set, test), or every secret that is due'
            cand region 'Manage regions: other vault files that secrets replicate to'
            cand replicate 'Replicate a secret (or a prefix) to regions, or remove its replicas'
            cand sync 'Push secrets to their replicas again (after a region was unreachable)'
            cand promote 'Make a replica standalone and writable (run against the region''s vault)'
            cand audit 'Show the audit log (who did what to which secret, when), or verify its chain'
            cand exec 'Run a command with secrets in its environment (the command replaces sealbox)'
            cand env 'Print secrets as environment variables: shell (for eval), dotenv or JSON'
            cand inject 'Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)'
            cand import 'Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)'
            cand export 'Print current values as JSON {"name": "value"} (plaintext: stdout only)'
            cand edit 'Edit a secret''s value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)'
            cand mv 'Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has'
            cand cp 'Copy a secret''s current value (or every version) to a new secret'
            cand find 'Names containing PATTERN (`*` and `?` glob when present), one a line'
            cand completions 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
            cand __clip-clear 'Clear the clipboard after a delay if it still holds a value (started by `get --clip`)'
            cand __complete-names 'Secret names for shell completion (prints nothing if the vault needs a prompt)'
            cand unlock 'Unlock the identity once: start the agent and load the identity into it'
            cand lock 'Wipe every identity from the agent and stop it'
            cand agent 'The unlock agent: run it in the foreground, or show what it holds'
            cand passwd 'Change or remove the identity''s passphrase'
            cand recipients 'List, add or remove the vault''s recipients (re-encrypts the vault)'
            cand diff 'Compare the vault with an AWS region: names, version ids, labels (never values)'
            cand doctor 'Check files, identity, vault integrity, regions, audit log, rotations and deletions'
            cand trust 'Accept the vault file as it is now: a backup restored on purpose, a vault replaced'
            cand help 'Print this message or the help of the given subcommand(s)'
        }
        &'sealbox;help;init'= {
        }
        &'sealbox;help;create'= {
        }
        &'sealbox;help;get'= {
        }
        &'sealbox;help;put-version'= {
        }
        &'sealbox;help;list'= {
        }
        &'sealbox;help;describe'= {
        }
        &'sealbox;help;versions'= {
        }
        &'sealbox;help;stage'= {
        }
        &'sealbox;help;update'= {
        }
        &'sealbox;help;tag'= {
        }
        &'sealbox;help;untag'= {
        }
        &'sealbox;help;generate'= {
        }
        &'sealbox;help;delete'= {
        }
        &'sealbox;help;restore'= {
        }
        &'sealbox;help;purge'= {
        }
        &'sealbox;help;rotate'= {
        }
        &'sealbox;help;region'= {
            cand add 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
            cand list 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
            cand remove 'Remove a region from the config (refused while it holds replicas)'
        }
        &'sealbox;help;region;add'= {
        }
        &'sealbox;help;region;list'= {
        }
        &'sealbox;help;region;remove'= {
        }
        &'sealbox;help;replicate'= {
        }
        &'sealbox;help;sync'= {
        }
        &'sealbox;help;promote'= {
        }
        &'sealbox;help;audit'= {
            cand show 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)'
            cand verify 'Check every line''s MAC and the chain; exit 1 naming the first broken line'
            cand rotate 'Start a new log file that continues the chain; the old file is kept beside it'
        }
        &'sealbox;help;audit;show'= {
        }
        &'sealbox;help;audit;verify'= {
        }
        &'sealbox;help;audit;rotate'= {
        }
        &'sealbox;help;exec'= {
        }
        &'sealbox;help;env'= {
        }
        &'sealbox;help;inject'= {
        }
        &'sealbox;help;import'= {
        }
        &'sealbox;help;export'= {
        }
        &'sealbox;help;edit'= {
        }
        &'sealbox;help;mv'= {
        }
        &'sealbox;help;cp'= {
        }
        &'sealbox;help;find'= {
        }
        &'sealbox;help;completions'= {
        }
        &'sealbox;help;__clip-clear'= {
        }
        &'sealbox;help;__complete-names'= {
        }
        &'sealbox;help;unlock'= {
        }
        &'sealbox;help;lock'= {
        }
        &'sealbox;help;agent'= {
            cand status 'Show what the agent holds (identity files, public keys) and when each expires'
        }
        &'sealbox;help;agent;status'= {
        }
        &'sealbox;help;passwd'= {
        }
        &'sealbox;help;recipients'= {
            cand list 'List the vault''s recipients'
            cand add 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault'
            cand remove 'Remove a recipient, re-encrypt the vault, and list the secrets it could read'
        }
        &'sealbox;help;recipients;list'= {
        }
        &'sealbox;help;recipients;add'= {
        }
        &'sealbox;help;recipients;remove'= {
        }
        &'sealbox;help;diff'= {
        }
        &'sealbox;help;doctor'= {
        }
        &'sealbox;help;trust'= {
        }
        &'sealbox;help;help'= {
        }
    ]
    $completions[$command]
}
