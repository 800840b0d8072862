# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sealbox_global_optspecs
    string join \n vault= identity= config= o/output= json q/quiet no-input query= lock-timeout= h/help V/version
end

function __fish_sealbox_needs_command
    # Figure out if the current invocation already has a command.
    set -l cmd (commandline -opc)
    set -e cmd[1]
    argparse -s (__fish_sealbox_global_optspecs) -- $cmd 2>/dev/null
    or return
    if set -q argv[1]
        # Also print the command, so this can be used to figure out what it is.
        echo $argv[1]
        return 1
    end
    return 0
end

function __fish_sealbox_using_subcommand
    set -l cmd (__fish_sealbox_needs_command)
    test -z "$cmd"
    and return 1
    contains -- $cmd[1] $argv
end

complete -c sealbox -n "__fish_sealbox_needs_command" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_needs_command" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_needs_command" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_needs_command" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_needs_command" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_needs_command" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_needs_command" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_needs_command" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_needs_command" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_needs_command" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "init" -d 'Create an identity and an empty vault'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "create" -d 'Create a secret with its first version (AWSCURRENT)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "get" -d 'Print a secret\'s value (exact bytes; a newline only on a terminal)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "show" -d 'Print a secret\'s value (exact bytes; a newline only on a terminal)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "put-version" -d 'Store a new version of a secret\'s value (AWSCURRENT by default)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "list" -d 'List secrets, optionally under a name prefix'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "ls" -d 'List secrets, optionally under a name prefix'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "describe" -d 'Show a secret\'s metadata: ARN, dates, tags, versions and their labels'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "versions" -d 'List a secret\'s versions and their staging labels'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "stage" -d 'Move a staging label to a version (AWS UpdateSecretVersionStage)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "update" -d 'Change a secret\'s description, or its value as a new AWSCURRENT version (AWS UpdateSecret)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "tag" -d 'Add or change tags on a secret'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "untag" -d 'Remove tags from a secret'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "generate" -d 'Print a random password (AWS GetRandomPassword)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "delete" -d 'Schedule a secret for deletion after a recovery window, or delete it now'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "rm" -d 'Schedule a secret for deletion after a recovery window, or delete it now'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "restore" -d 'Cancel a scheduled deletion'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "purge" -d 'Remove every secret whose recovery window has passed'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "rotate" -d 'Rotate a secret with a script (create, set, test), or every secret that is due'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "region" -d 'Manage regions: other vault files that secrets replicate to'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "replicate" -d 'Replicate a secret (or a prefix) to regions, or remove its replicas'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "sync" -d 'Push secrets to their replicas again (after a region was unreachable)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "promote" -d 'Make a replica standalone and writable (run against the region\'s vault)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "audit" -d 'Show the audit log (who did what to which secret, when), or verify its chain'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "exec" -d 'Run a command with secrets in its environment (the command replaces sealbox)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "env" -d 'Print secrets as environment variables: shell (for eval), dotenv or JSON'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "inject" -d 'Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "import" -d 'Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "export" -d 'Print current values as JSON {"name": "value"} (plaintext: stdout only)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "edit" -d 'Edit a secret\'s value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "mv" -d 'Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "cp" -d 'Copy a secret\'s current value (or every version) to a new secret'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "find" -d 'Names containing PATTERN (`*` and `?` glob when present), one a line'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "unlock" -d 'Unlock the identity once: start the agent and load the identity into it'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "lock" -d 'Wipe every identity from the agent and stop it'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "agent" -d 'The unlock agent: run it in the foreground, or show what it holds'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "passwd" -d 'Change or remove the identity\'s passphrase'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "recipients" -d 'List, add or remove the vault\'s recipients (re-encrypts the vault)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "diff" -d 'Compare the vault with an AWS region: names, version ids, labels (never values)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "doctor" -d 'Check files, identity, vault integrity, regions, audit log, rotations and deletions'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "batch-get" -d 'Read the values of several secrets at once (AWS BatchGetSecretValue), as JSON'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "serve" -d 'Serve AWS Secrets Manager\'s API on loopback, for the AWS CLI, boto3 and every AWS SDK'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "trust" -d 'Accept the vault file as it is now: a backup restored on purpose, a vault replaced'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "git" -d 'Keep the vault in git: merge and diff it secret by secret (`git setup`)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "merge" -d 'Merge two copies of one vault, secret by secret, into the first (git\'s merge driver)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "textconv" -d 'Print a vault as text for `git diff` and `git log -p`: never a value'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l recipient -d 'A further recipient of the vault: an age `age1…` or `ssh-…` public key (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l no-passphrase -d 'Create an identity without a passphrase (no prompt at all)'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l value -d 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l value-file -d 'Read the value from a file, byte-exact (`-` for stdin)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l length -d 'Password length (1..4096)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-characters -d 'Characters the password must not contain' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l description -d 'A description' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l tag -d 'A tag KEY=VALUE (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l token -d 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l type -d '`database` builds AWS\'s credentials JSON from the flags below; the value is the password' -r -f -a "plain\t'A plain value'
database\t'AWS\'s database credentials JSON: engine, host, port, username, password, dbname'"
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l engine -d 'Database engine (postgres, mysql, mariadb, oracle, sqlserver, redshift, db2, mongo)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l host -d 'Database host' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l port -d 'Database port [default: the engine\'s usual port]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l username -d 'Database user name' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l dbname -d 'Database name' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l generate -d 'Generate a random password as the value (see `sealbox generate` for its options)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-numbers -d 'No digits'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-punctuation -d 'No punctuation (AWS\'s set: !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-uppercase -d 'No uppercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-lowercase -d 'No lowercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l include-space -d 'Allow the space character'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l require-each-included-type -d 'Require at least one character of every included type (the default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l no-require-each-included-type -d 'Don\'t require a character of every included type'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l no-value -d 'Create the secret with no version (AWS CreateSecret without a value)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l binary -d 'Store the value as SecretBinary even when it is UTF-8'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l version-id -d 'Read this version' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l stage -d 'Read the version carrying this label [default: AWSCURRENT]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l field -d 'Print one field of a JSON-object value' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s c -l clip -d 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l totp -d 'Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l version-id -d 'Read this version' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l stage -d 'Read the version carrying this label [default: AWSCURRENT]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l field -d 'Print one field of a JSON-object value' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -s c -l clip -d 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l totp -d 'Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand show" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l value -d 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l value-file -d 'Read the value from a file, byte-exact (`-` for stdin)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l length -d 'Password length (1..4096)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-characters -d 'Characters the password must not contain' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l stage -d 'Labels for the new version (repeatable) [default: AWSCURRENT]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l token -d 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l generate -d 'Generate a random password as the value (see `sealbox generate` for its options)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-numbers -d 'No digits'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-punctuation -d 'No punctuation (AWS\'s set: !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-uppercase -d 'No uppercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-lowercase -d 'No lowercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l include-space -d 'Allow the space character'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l require-each-included-type -d 'Require at least one character of every included type (the default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l no-require-each-included-type -d 'Don\'t require a character of every included type'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l binary -d 'Store the value as SecretBinary even when it is UTF-8'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l filter -d 'AWS ListSecrets filter KEY=VALUE (repeatable; keys name, description, tag-key, tag-value, primary-region, all; `!VALUE` negates)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l sort-by -d 'Sort by name, created-date, last-accessed-date or last-changed-date' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l sort-order -d 'asc or desc' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l max-results -d 'At most N secrets (1..100); `NextToken` then names the next page' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l next-token -d 'The NextToken of the previous page' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l include-deleted -d 'Include secrets scheduled for deletion'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l rotation-due -d 'Only secrets whose next rotation date has passed (what `rotate --due` would rotate)'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l names -d 'One name per line and nothing else'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l tree -d 'The names as a tree, like `pass ls`'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l filter -d 'AWS ListSecrets filter KEY=VALUE (repeatable; keys name, description, tag-key, tag-value, primary-region, all; `!VALUE` negates)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l sort-by -d 'Sort by name, created-date, last-accessed-date or last-changed-date' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l sort-order -d 'asc or desc' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l max-results -d 'At most N secrets (1..100); `NextToken` then names the next page' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l next-token -d 'The NextToken of the previous page' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l include-deleted -d 'Include secrets scheduled for deletion'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l rotation-due -d 'Only secrets whose next rotation date has passed (what `rotate --due` would rotate)'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l names -d 'One name per line and nothing else'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l tree -d 'The names as a tree, like `pass ls`'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand ls" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l include-deprecated -d 'Include deprecated versions (those with no label)'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l to -d 'The version to attach the label to' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l from -d 'The version the label is on now (required when it is attached elsewhere)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l description -d 'The new description (an empty string clears it)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l value -d 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l value-file -d 'Read the value from a file, byte-exact (`-` for stdin)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l length -d 'Password length (1..4096)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l exclude-characters -d 'Characters the password must not contain' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l token -d 'Idempotency token for the new version (32..64 characters); becomes its id' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l generate -d 'Generate a random password as the value (see `sealbox generate` for its options)'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l exclude-numbers -d 'No digits'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l exclude-punctuation -d 'No punctuation (AWS\'s set: !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~)'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l exclude-uppercase -d 'No uppercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l exclude-lowercase -d 'No lowercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l include-space -d 'Allow the space character'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l require-each-included-type -d 'Require at least one character of every included type (the default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l no-require-each-included-type -d 'Don\'t require a character of every included type'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l binary -d 'Store the value as SecretBinary even when it is UTF-8'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l length -d 'Password length (1..4096)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l exclude-characters -d 'Characters the password must not contain' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l exclude-numbers -d 'No digits'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l exclude-punctuation -d 'No punctuation (AWS\'s set: !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~)'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l exclude-uppercase -d 'No uppercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l exclude-lowercase -d 'No lowercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l include-space -d 'Allow the space character'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l require-each-included-type -d 'Require at least one character of every included type (the default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l no-require-each-included-type -d 'Don\'t require a character of every included type'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l recovery-window-days -d 'Days before the secret is purged (7..30)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l force-delete-without-recovery -d 'Delete at once, irrecoverably'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l recovery-window-days -d 'Days before the secret is purged (7..30)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l force-delete-without-recovery -d 'Delete at once, irrecoverably'
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand rm" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l script -d 'The rotation script, run once per step (`create`, `set`, `test`); stored as an absolute path' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l template -d 'Use a rotation template built into sealbox instead of a script (see --templates)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l every -d 'Rotate automatically every DAYS days (1..1000), through `sealbox rotate --due`; with --install-timer or --print-cron: how often the timer runs (15m, 1h, 1d) [default: 1h]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l schedule -d 'AWS\'s ScheduleExpression: \'rate(N hours|days)\' (at least 4 hours) or \'cron(0 HOURS DAY-OF-MONTH MONTH DAY-OF-WEEK *)\', in UTC' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l window -d 'AWS\'s Duration: the rotation window after each scheduled start, in whole hours (3h) [default: 1h for a schedule in hours, else to the end of the UTC day]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l timeout -d 'Seconds each step may run before its whole process group is killed (1..3600) [default: 300]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l no-rotate-now -d 'Store the configuration and only run `test` against the current value'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l cancel -d 'Drop the AWSPENDING label of an incomplete rotation'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l disable -d 'Turn scheduled rotation off (the script stays configured)'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l due -d 'Rotate every secret whose next rotation date has passed (for cron or a systemd timer)'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l dry-run -d 'With --due: list what is due, rotate nothing'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l templates -d 'List the built-in rotation templates'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l install-timer -d 'Write and enable a systemd user timer (sealbox-rotate.timer) that runs `sealbox rotate --due`'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l print-cron -d 'Print the crontab line that runs `sealbox rotate --due` (absolute paths, for cron\'s bare PATH)'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l remove-timer -d 'Disable and remove the systemd user timer'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand rotate" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -f -a "add" -d 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -f -a "list" -d 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -f -a "remove" -d 'Remove a region from the config (refused while it holds replicas)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l vault -d 'The region\'s vault file' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l recipient -d 'An extra age or SSH recipient of the region\'s vault (repeatable), e.g. a CI machine\'s key' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l aws -d 'An AWS Secrets Manager region instead of a vault file (e.g. us-east-1)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l profile -d 'The AWS profile for credentials [default: the standard chain: environment, profile, SSO, IMDS]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l endpoint-url -d 'Another endpoint than AWS\'s own (a VPC endpoint, a local emulator)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l name-prefix -d 'Put this in front of every secret name in AWS (e.g. `team/`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "list" -d 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a region from the config (refused while it holds replicas)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l prefix -d 'Replicate every secret under this prefix; new secrets under it follow' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l to -d 'Regions to replicate to' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l remove -d 'Regions whose replicas to delete now' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l force-overwrite -d 'Replace a secret of the same name that already exists in a region'
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l force-overwrite -d 'Replace secrets of the same name that exist in a region and are not this vault\'s replicas (an AWS secret created outside sealbox, a standalone secret in a vault)'
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l since -d 'Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l until -d 'Only lines before DATE (a bare YYYY-MM-DD includes that whole day)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l operation -d 'Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l outcome -d '`ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l log -d 'Read this log file instead of the configured one (e.g. a rotated-out file)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l pending-deletion -d 'Only the failed reads of secrets scheduled for deletion, since they were scheduled: who still uses a secret that is about to go'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -a "show" -d 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -a "verify" -d 'Check every line\'s MAC and the chain; exit 1 naming the first broken line'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -a "rotate" -d 'Start a new log file that continues the chain; the old file is kept beside it'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and not __fish_seen_subcommand_from show verify rotate help" -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l since -d 'Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l until -d 'Only lines before DATE (a bare YYYY-MM-DD includes that whole day)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l operation -d 'Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l outcome -d '`ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l log -d 'Read this log file instead of the configured one (e.g. a rotated-out file)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l pending-deletion -d 'Only the failed reads of secrets scheduled for deletion, since they were scheduled: who still uses a secret that is about to go'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from show" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l log -d 'Verify this log file instead of the configured one (e.g. a rotated-out file)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from verify" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l if-larger-than -d 'Only rotate when the log is larger than BYTES' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from rotate" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "show" -d 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "verify" -d 'Check every line\'s MAC and the chain; exit 1 naming the first broken line'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "rotate" -d 'Start a new log file that continues the chain; the old file is kept beside it'
complete -c sealbox -n "__fish_sealbox_using_subcommand audit; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l prefix -d 'Every secret under this prefix becomes a variable named by the rest of its name, uppercased, non-alphanumerics as `_` (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l env -d 'Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l expand-json -d 'A JSON-object secret under a prefix becomes one variable per field (NAME_FIELD)'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l pristine -d 'Start the command with only PATH, HOME, TERM, LANG and the secrets'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l strict -d 'Fail when a reference or prefix finds nothing, instead of warning'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l env -d 'Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l format -d 'Output format' -r -f -a "shell\t'`export NAME=\'value\'` lines, safe for `eval`'
dotenv\t'`NAME=\'value\'` / `NAME="escaped"` lines (docker compose, python-dotenv)'
json\t'One JSON object {"NAME": "value"}'"
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l expand-json -d 'A JSON-object secret under the prefix becomes one variable per field (NAME_FIELD)'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l strict -d 'Fail when a reference or the prefix finds nothing, instead of warning'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand env" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -s i -l in-file -l input -d 'The template (`-` for stdin)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -s O -l out-file -l output-file -d 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand inject" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l format -d 'What the source is (default: a directory is a pass store, `*.json` is JSON, `.env`, `*.env` and `.env.*` are dotenv, else told from the content)' -r -f -a "dotenv\t'KEY=value lines'
json\t'{"name": "value"} or {"name": ["oldest", ..., "current"]}'
pass\t'A pass/gopass store directory (each NAME.gpg through `pass show` or `gpg --decrypt`)'"
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l from-region -d 'Pull from this AWS region (a `region add --aws` name) instead: every version that carries a label, with its id, labels, description and tags' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l prefix -d 'Put this in front of every imported name (e.g. `app/dev/`); with --from-region, import only the AWS secrets whose sealbox name starts with it' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l overwrite -d 'Add a new version to secrets that exist already (else: exit 4, nothing imported); with --from-region, take AWS\'s versions, labels, description and tags for secrets that differ'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l first-line -d 'With a pass store: keep only the first line of each entry (pass\'s convention: the password first, notes after)'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand export" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand edit" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand mv" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l all-versions -d 'Copy every version with its labels, not only the current value'
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand cp" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand find" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand completions" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand __clip-clear" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l levels -d 'Print the next `/` level (`app/dev/`) instead of whole names below it'
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand __complete-names" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l ttl -d 'How long the agent keeps the identity (e.g. 90s, 30m, 8h, 1d)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l idle -d 'Lock after this long without use (0: never)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand unlock" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand lock" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l detached -d 'Leave the caller\'s session and close inherited descriptors (how `unlock` starts it)'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -f -a "status" -d 'Show what the agent holds (identity files, public keys) and when each expires'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and not __fish_seen_subcommand_from status help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from status" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "status" -d 'Show what the agent holds (identity files, public keys) and when each expires'
complete -c sealbox -n "__fish_sealbox_using_subcommand agent; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l remove -d 'Remove the passphrase: store the identity unprotected (throwaway machines only)'
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand passwd" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -f -a "list" -d 'List the vault\'s recipients'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -f -a "add" -d 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -f -a "remove" -d 'Remove a recipient, re-encrypt the vault, and list the secrets it could read'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and not __fish_seen_subcommand_from list add remove help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l rotate-all -d 'Also rotate every secret it could read (marks them due where rotation is set up)'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l force -d 'Allow removing the key this command is using'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from remove" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "list" -d 'List the vault\'s recipients'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "add" -d 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "remove" -d 'Remove a recipient, re-encrypt the vault, and list the secrets it could read'
complete -c sealbox -n "__fish_sealbox_using_subcommand recipients; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l region -d 'The AWS region (a `region add --aws` name) to compare with' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l prefix -d 'Only secrets whose name starts with this prefix' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand doctor" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l filter -d 'A ListSecrets filter KEY=VALUE instead of names (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l max-results -d 'With --filter: at most N secrets (1..20) [default: 20]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l next-token -d 'With --filter: the NextToken of the previous page' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand batch-get" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l listen -d 'The loopback address and port to listen on' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l prefix -d 'Serve only this subtree of names (others: AccessDeniedException)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l read-only -d 'Refuse every write (AccessDeniedException)'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l credentials -d 'Print the export lines for the access key and the endpoint, and exit'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand serve" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand trust" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -f -a "setup" -d 'Add the vault to `.gitattributes` and set the merge driver and diff textconv'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and not __fish_seen_subcommand_from setup help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from setup" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "setup" -d 'Add the vault to `.gitattributes` and set the merge driver and diff textconv'
complete -c sealbox -n "__fish_sealbox_using_subcommand git; and __fish_seen_subcommand_from help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l into -d 'Merge OTHER into this vault without a base (a file-sync conflict copy)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand merge" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -s o -l output -d 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l query -d 'A JMESPath expression over the JSON output, as the AWS CLI\'s --query (implies JSON output unless `-o text`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_using_subcommand textconv" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "init" -d 'Create an identity and an empty vault'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "create" -d 'Create a secret with its first version (AWSCURRENT)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "get" -d 'Print a secret\'s value (exact bytes; a newline only on a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "put-version" -d 'Store a new version of a secret\'s value (AWSCURRENT by default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "list" -d 'List secrets, optionally under a name prefix'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "describe" -d 'Show a secret\'s metadata: ARN, dates, tags, versions and their labels'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "versions" -d 'List a secret\'s versions and their staging labels'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "stage" -d 'Move a staging label to a version (AWS UpdateSecretVersionStage)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "update" -d 'Change a secret\'s description, or its value as a new AWSCURRENT version (AWS UpdateSecret)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "tag" -d 'Add or change tags on a secret'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "untag" -d 'Remove tags from a secret'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "generate" -d 'Print a random password (AWS GetRandomPassword)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "delete" -d 'Schedule a secret for deletion after a recovery window, or delete it now'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "restore" -d 'Cancel a scheduled deletion'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "purge" -d 'Remove every secret whose recovery window has passed'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "rotate" -d 'Rotate a secret with a script (create, set, test), or every secret that is due'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "region" -d 'Manage regions: other vault files that secrets replicate to'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "replicate" -d 'Replicate a secret (or a prefix) to regions, or remove its replicas'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "sync" -d 'Push secrets to their replicas again (after a region was unreachable)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "promote" -d 'Make a replica standalone and writable (run against the region\'s vault)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "audit" -d 'Show the audit log (who did what to which secret, when), or verify its chain'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "exec" -d 'Run a command with secrets in its environment (the command replaces sealbox)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "env" -d 'Print secrets as environment variables: shell (for eval), dotenv or JSON'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "inject" -d 'Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "import" -d 'Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "export" -d 'Print current values as JSON {"name": "value"} (plaintext: stdout only)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "edit" -d 'Edit a secret\'s value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "mv" -d 'Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "cp" -d 'Copy a secret\'s current value (or every version) to a new secret'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "find" -d 'Names containing PATTERN (`*` and `?` glob when present), one a line'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "completions" -d 'Print the shell completion script (bash, zsh, fish, elvish, powershell)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "unlock" -d 'Unlock the identity once: start the agent and load the identity into it'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "lock" -d 'Wipe every identity from the agent and stop it'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "agent" -d 'The unlock agent: run it in the foreground, or show what it holds'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "passwd" -d 'Change or remove the identity\'s passphrase'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "recipients" -d 'List, add or remove the vault\'s recipients (re-encrypts the vault)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "diff" -d 'Compare the vault with an AWS region: names, version ids, labels (never values)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "doctor" -d 'Check files, identity, vault integrity, regions, audit log, rotations and deletions'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "batch-get" -d 'Read the values of several secrets at once (AWS BatchGetSecretValue), as JSON'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "serve" -d 'Serve AWS Secrets Manager\'s API on loopback, for the AWS CLI, boto3 and every AWS SDK'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "trust" -d 'Accept the vault file as it is now: a backup restored on purpose, a vault replaced'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "git" -d 'Keep the vault in git: merge and diff it secret by secret (`git setup`)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "merge" -d 'Merge two copies of one vault, secret by secret, into the first (git\'s merge driver)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "textconv" -d 'Print a vault as text for `git diff` and `git log -p`: never a value'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge rotate region replicate sync promote audit exec env inject import export edit mv cp find completions __clip-clear __complete-names unlock lock agent passwd recipients diff doctor batch-get serve trust git merge textconv help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "add" -d 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "list" -d 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "remove" -d 'Remove a region from the config (refused while it holds replicas)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "show" -d 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "verify" -d 'Check every line\'s MAC and the chain; exit 1 naming the first broken line'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from audit" -f -a "rotate" -d 'Start a new log file that continues the chain; the old file is kept beside it'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from agent" -f -a "status" -d 'Show what the agent holds (identity files, public keys) and when each expires'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "list" -d 'List the vault\'s recipients'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "add" -d 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from recipients" -f -a "remove" -d 'Remove a recipient, re-encrypt the vault, and list the secrets it could read'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from git" -f -a "setup" -d 'Add the vault to `.gitattributes` and set the merge driver and diff textconv'

# Secret names, completed from the vault by `sealbox __complete-names PREFIX` (it prints
# nothing when opening the vault would need a passphrase prompt). Added by tests/cli/generated.rs.
complete -c sealbox -n "__fish_sealbox_using_subcommand get show describe versions put-version stage update tag untag delete rm restore rotate replicate promote sync list ls env export edit mv cp" -f -a "(sealbox __complete-names (commandline -ct) 2>/dev/null)"
complete -c sealbox -n "__fish_sealbox_using_subcommand exec" -l prefix -x -a "(sealbox __complete-names --levels (commandline -ct) 2>/dev/null)"
