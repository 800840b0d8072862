# Print an optspec for argparse to handle cmd's options that are independent of any subcommand.
function __fish_sealbox_global_optspecs
    string join \n vault= identity= config= o/output= json q/quiet no-input lock-timeout= h/help V/version
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
complete -c sealbox -n "__fish_sealbox_needs_command" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_needs_command" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_needs_command" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_needs_command" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_needs_command" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_needs_command" -s h -l help -d 'Print help (see more with \'--help\')'
complete -c sealbox -n "__fish_sealbox_needs_command" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "init" -d 'Create an identity and an empty vault'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "create" -d 'Create a secret with its first version (AWSCURRENT)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "get" -d 'Print a secret\'s value (exact bytes; a newline only on a terminal)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "put-version" -d 'Store a new version of a secret\'s value (AWSCURRENT by default)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "list" -d 'List secrets, optionally under a name prefix'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "describe" -d 'Show a secret\'s metadata: ARN, dates, tags, versions and their labels'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "versions" -d 'List a secret\'s versions and their staging labels'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "stage" -d 'Move a staging label to a version (AWS UpdateSecretVersionStage)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "update" -d 'Change a secret\'s description'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "tag" -d 'Add or change tags on a secret'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "untag" -d 'Remove tags from a secret'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "generate" -d 'Print a random password (AWS GetRandomPassword)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "delete" -d 'Schedule a secret for deletion after a recovery window, or delete it now'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "restore" -d 'Cancel a scheduled deletion'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "purge" -d 'Remove every secret whose recovery window has passed'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "region" -d 'Manage regions: other vault files that secrets replicate to'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "replicate" -d 'Replicate a secret (or a prefix) to regions, or remove its replicas'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "sync" -d 'Push secrets to their replicas again (after a region was unreachable)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "promote" -d 'Make a replica standalone and writable (run against the region\'s vault)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "import" -d 'Import secrets from an AWS region: every version that carries a label (one write)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "diff" -d 'Compare the vault with an AWS region: names, version ids, labels (never values)'
complete -c sealbox -n "__fish_sealbox_needs_command" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l recipient -d 'A further recipient of the vault: an age `age1…` or `ssh-…` public key (repeatable)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand init" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l generate -d 'Generate a random password as the value (see `sealbox generate` for its options)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-numbers -d 'No digits'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-punctuation -d 'No punctuation (AWS\'s set: !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-uppercase -d 'No uppercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l exclude-lowercase -d 'No lowercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l include-space -d 'Allow the space character'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l require-each-included-type -d 'Require at least one character of every included type (the default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand create" -l no-require-each-included-type -d 'Don\'t require a character of every included type'
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
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand get" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l value -d 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l value-file -d 'Read the value from a file, byte-exact (`-` for stdin)' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l length -d 'Password length (1..4096)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-characters -d 'Characters the password must not contain' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l stage -d 'Labels for the new version (repeatable) [default: AWSCURRENT]' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l token -d 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l generate -d 'Generate a random password as the value (see `sealbox generate` for its options)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-numbers -d 'No digits'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-punctuation -d 'No punctuation (AWS\'s set: !"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-uppercase -d 'No uppercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l exclude-lowercase -d 'No lowercase letters'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l include-space -d 'Allow the space character'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l require-each-included-type -d 'Require at least one character of every included type (the default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l no-require-each-included-type -d 'Don\'t require a character of every included type'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand put-version" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l include-deleted -d 'Include secrets scheduled for deletion'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand list" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand describe" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand versions" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand stage" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l description -d 'The new description (an empty string clears it)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand update" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand tag" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand untag" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand generate" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l force-delete-without-recovery -d 'Delete at once, irrecoverably'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand delete" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand restore" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand purge" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and not __fish_seen_subcommand_from add list remove help" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from add" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from list" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand region; and __fish_seen_subcommand_from remove" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand replicate" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand sync" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
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
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand promote" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l from-region -d 'The AWS region (a `region add --aws` name) to pull from' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l prefix -d 'Only secrets whose sealbox name starts with this prefix (e.g. `app/prod/`)' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l overwrite -d 'Bring secrets that exist here and differ up to AWS\'s versions and labels (else: exit 4, nothing imported)'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand import" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l region -d 'The AWS region (a `region add --aws` name) to compare with' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l prefix -d 'Only secrets whose name starts with this prefix' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l vault -d 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l identity -d 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l config -d 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]' -r -F
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s o -l output -d 'Output format: human text and tables, or AWS-shaped JSON' -r -f -a "text\t''
json\t''"
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l lock-timeout -d 'Seconds to wait for another sealbox process\'s write lock before exiting with 8' -r
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l json -d 'Shorthand for `--output json`'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s q -l quiet -d 'Print nothing but requested values and errors'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -l no-input -d 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s h -l help -d 'Print help'
complete -c sealbox -n "__fish_sealbox_using_subcommand diff" -s V -l version -d 'Print version'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "init" -d 'Create an identity and an empty vault'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "create" -d 'Create a secret with its first version (AWSCURRENT)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "get" -d 'Print a secret\'s value (exact bytes; a newline only on a terminal)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "put-version" -d 'Store a new version of a secret\'s value (AWSCURRENT by default)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "list" -d 'List secrets, optionally under a name prefix'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "describe" -d 'Show a secret\'s metadata: ARN, dates, tags, versions and their labels'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "versions" -d 'List a secret\'s versions and their staging labels'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "stage" -d 'Move a staging label to a version (AWS UpdateSecretVersionStage)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "update" -d 'Change a secret\'s description'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "tag" -d 'Add or change tags on a secret'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "untag" -d 'Remove tags from a secret'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "generate" -d 'Print a random password (AWS GetRandomPassword)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "delete" -d 'Schedule a secret for deletion after a recovery window, or delete it now'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "restore" -d 'Cancel a scheduled deletion'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "purge" -d 'Remove every secret whose recovery window has passed'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "region" -d 'Manage regions: other vault files that secrets replicate to'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "replicate" -d 'Replicate a secret (or a prefix) to regions, or remove its replicas'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "sync" -d 'Push secrets to their replicas again (after a region was unreachable)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "promote" -d 'Make a replica standalone and writable (run against the region\'s vault)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "import" -d 'Import secrets from an AWS region: every version that carries a label (one write)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "diff" -d 'Compare the vault with an AWS region: names, version ids, labels (never values)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and not __fish_seen_subcommand_from init create get put-version list describe versions stage update tag untag generate delete restore purge region replicate sync promote import diff help" -f -a "help" -d 'Print this message or the help of the given subcommand(s)'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "add" -d 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "list" -d 'List regions: vault, recipients, whether it can be opened, replicated prefixes'
complete -c sealbox -n "__fish_sealbox_using_subcommand help; and __fish_seen_subcommand_from region" -f -a "remove" -d 'Remove a region from the config (refused while it holds replicas)'
