
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
            cand region 'Manage regions: other vault files that secrets replicate to'
            cand replicate 'Replicate a secret (or a prefix) to regions, or remove its replicas'
            cand sync 'Push secrets to their replicas again (after a region was unreachable)'
            cand promote 'Make a replica standalone and writable (run against the region''s vault)'
            cand import 'Import secrets from an AWS region: every version that carries a label (one write)'
            cand diff 'Compare the vault with an AWS region: names, version ids, labels (never values)'
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
        &'sealbox;import'= {
            cand --from-region 'The AWS region (a `region add --aws` name) to pull from'
            cand --prefix 'Only secrets whose sealbox name starts with this prefix (e.g. `app/prod/`)'
            cand --vault 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]'
            cand --identity 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]'
            cand --config 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]'
            cand -o 'Output format: human text and tables, or AWS-shaped JSON'
            cand --output 'Output format: human text and tables, or AWS-shaped JSON'
            cand --lock-timeout 'Seconds to wait for another sealbox process''s write lock before exiting with 8'
            cand --overwrite 'Bring secrets that exist here and differ up to AWS''s versions and labels (else: exit 4, nothing imported)'
            cand --json 'Shorthand for `--output json`'
            cand -q 'Print nothing but requested values and errors'
            cand --quiet 'Print nothing but requested values and errors'
            cand --no-input 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
            cand -h 'Print help'
            cand --help 'Print help'
            cand -V 'Print version'
            cand --version 'Print version'
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
            cand region 'Manage regions: other vault files that secrets replicate to'
            cand replicate 'Replicate a secret (or a prefix) to regions, or remove its replicas'
            cand sync 'Push secrets to their replicas again (after a region was unreachable)'
            cand promote 'Make a replica standalone and writable (run against the region''s vault)'
            cand import 'Import secrets from an AWS region: every version that carries a label (one write)'
            cand diff 'Compare the vault with an AWS region: names, version ids, labels (never values)'
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
        &'sealbox;help;import'= {
        }
        &'sealbox;help;diff'= {
        }
        &'sealbox;help;help'= {
        }
    ]
    $completions[$command]
}
