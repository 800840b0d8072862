
using namespace System.Management.Automation
using namespace System.Management.Automation.Language

Register-ArgumentCompleter -Native -CommandName 'sealbox' -ScriptBlock {
    param($wordToComplete, $commandAst, $cursorPosition)

    $commandElements = $commandAst.CommandElements
    $command = @(
        'sealbox'
        for ($i = 1; $i -lt $commandElements.Count; $i++) {
            $element = $commandElements[$i]
            if ($element -isnot [StringConstantExpressionAst] -or
                $element.StringConstantType -ne [StringConstantType]::BareWord -or
                $element.Value.StartsWith('-') -or
                $element.Value -eq $wordToComplete) {
                break
        }
        $element.Value
    }) -join ';'

    $completions = @(switch ($command) {
        'sealbox' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an identity and an empty vault')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret with its first version (AWSCURRENT)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value (exact bytes; a newline only on a terminal)')
            [CompletionResult]::new('put-version', 'put-version', [CompletionResultType]::ParameterValue, 'Store a new version of a secret''s value (AWSCURRENT by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets, optionally under a name prefix')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata: ARN, dates, tags, versions and their labels')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a secret''s versions and their staging labels')
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move a staging label to a version (AWS UpdateSecretVersionStage)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a secret''s description')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add or change tags on a secret')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a secret')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a random password (AWS GetRandomPassword)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Schedule a secret for deletion after a recovery window, or delete it now')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Cancel a scheduled deletion')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove every secret whose recovery window has passed')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'Manage regions: other vault files that secrets replicate to')
            [CompletionResult]::new('replicate', 'replicate', [CompletionResultType]::ParameterValue, 'Replicate a secret (or a prefix) to regions, or remove its replicas')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push secrets to their replicas again (after a region was unreachable)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Make a replica standalone and writable (run against the region''s vault)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import secrets from an AWS region: every version that carries a label (one write)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the vault with an AWS region: names, version ids, labels (never values)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;init' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A further recipient of the vault: an age `age1…` or `ssh-…` public key (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--no-passphrase', '--no-passphrase', [CompletionResultType]::ParameterName, 'Create an identity without a passphrase (no prompt at all)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;create' {
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)')
            [CompletionResult]::new('--value-file', '--value-file', [CompletionResultType]::ParameterName, 'Read the value from a file, byte-exact (`-` for stdin)')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Password length (1..4096)')
            [CompletionResult]::new('--exclude-characters', '--exclude-characters', [CompletionResultType]::ParameterName, 'Characters the password must not contain')
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'A description')
            [CompletionResult]::new('--tag', '--tag', [CompletionResultType]::ParameterName, 'A tag KEY=VALUE (repeatable)')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id')
            [CompletionResult]::new('--type', '--type', [CompletionResultType]::ParameterName, '`database` builds AWS''s credentials JSON from the flags below; the value is the password')
            [CompletionResult]::new('--engine', '--engine', [CompletionResultType]::ParameterName, 'Database engine (postgres, mysql, mariadb, oracle, sqlserver, redshift, db2, mongo)')
            [CompletionResult]::new('--host', '--host', [CompletionResultType]::ParameterName, 'Database host')
            [CompletionResult]::new('--port', '--port', [CompletionResultType]::ParameterName, 'Database port [default: the engine''s usual port]')
            [CompletionResult]::new('--username', '--username', [CompletionResultType]::ParameterName, 'Database user name')
            [CompletionResult]::new('--dbname', '--dbname', [CompletionResultType]::ParameterName, 'Database name')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random password as the value (see `sealbox generate` for its options)')
            [CompletionResult]::new('--exclude-numbers', '--exclude-numbers', [CompletionResultType]::ParameterName, 'No digits')
            [CompletionResult]::new('--exclude-punctuation', '--exclude-punctuation', [CompletionResultType]::ParameterName, 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)')
            [CompletionResult]::new('--exclude-uppercase', '--exclude-uppercase', [CompletionResultType]::ParameterName, 'No uppercase letters')
            [CompletionResult]::new('--exclude-lowercase', '--exclude-lowercase', [CompletionResultType]::ParameterName, 'No lowercase letters')
            [CompletionResult]::new('--include-space', '--include-space', [CompletionResultType]::ParameterName, 'Allow the space character')
            [CompletionResult]::new('--require-each-included-type', '--require-each-included-type', [CompletionResultType]::ParameterName, 'Require at least one character of every included type (the default)')
            [CompletionResult]::new('--no-require-each-included-type', '--no-require-each-included-type', [CompletionResultType]::ParameterName, 'Don''t require a character of every included type')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;get' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Read this version')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Read the version carrying this label [default: AWSCURRENT]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print one field of a JSON-object value')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;put-version' {
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)')
            [CompletionResult]::new('--value-file', '--value-file', [CompletionResultType]::ParameterName, 'Read the value from a file, byte-exact (`-` for stdin)')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Password length (1..4096)')
            [CompletionResult]::new('--exclude-characters', '--exclude-characters', [CompletionResultType]::ParameterName, 'Characters the password must not contain')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Labels for the new version (repeatable) [default: AWSCURRENT]')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random password as the value (see `sealbox generate` for its options)')
            [CompletionResult]::new('--exclude-numbers', '--exclude-numbers', [CompletionResultType]::ParameterName, 'No digits')
            [CompletionResult]::new('--exclude-punctuation', '--exclude-punctuation', [CompletionResultType]::ParameterName, 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)')
            [CompletionResult]::new('--exclude-uppercase', '--exclude-uppercase', [CompletionResultType]::ParameterName, 'No uppercase letters')
            [CompletionResult]::new('--exclude-lowercase', '--exclude-lowercase', [CompletionResultType]::ParameterName, 'No lowercase letters')
            [CompletionResult]::new('--include-space', '--include-space', [CompletionResultType]::ParameterName, 'Allow the space character')
            [CompletionResult]::new('--require-each-included-type', '--require-each-included-type', [CompletionResultType]::ParameterName, 'Require at least one character of every included type (the default)')
            [CompletionResult]::new('--no-require-each-included-type', '--no-require-each-included-type', [CompletionResultType]::ParameterName, 'Don''t require a character of every included type')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Include secrets scheduled for deletion')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;describe' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;versions' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--include-deprecated', '--include-deprecated', [CompletionResultType]::ParameterName, 'Include deprecated versions (those with no label)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;stage' {
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'The version to attach the label to')
            [CompletionResult]::new('--from', '--from', [CompletionResultType]::ParameterName, 'The version the label is on now (required when it is attached elsewhere)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;update' {
            [CompletionResult]::new('--description', '--description', [CompletionResultType]::ParameterName, 'The new description (an empty string clears it)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;tag' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;untag' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;generate' {
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Password length (1..4096)')
            [CompletionResult]::new('--exclude-characters', '--exclude-characters', [CompletionResultType]::ParameterName, 'Characters the password must not contain')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--exclude-numbers', '--exclude-numbers', [CompletionResultType]::ParameterName, 'No digits')
            [CompletionResult]::new('--exclude-punctuation', '--exclude-punctuation', [CompletionResultType]::ParameterName, 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)')
            [CompletionResult]::new('--exclude-uppercase', '--exclude-uppercase', [CompletionResultType]::ParameterName, 'No uppercase letters')
            [CompletionResult]::new('--exclude-lowercase', '--exclude-lowercase', [CompletionResultType]::ParameterName, 'No lowercase letters')
            [CompletionResult]::new('--include-space', '--include-space', [CompletionResultType]::ParameterName, 'Allow the space character')
            [CompletionResult]::new('--require-each-included-type', '--require-each-included-type', [CompletionResultType]::ParameterName, 'Require at least one character of every included type (the default)')
            [CompletionResult]::new('--no-require-each-included-type', '--no-require-each-included-type', [CompletionResultType]::ParameterName, 'Don''t require a character of every included type')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;delete' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days before the secret is purged (7..30)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--force-delete-without-recovery', '--force-delete-without-recovery', [CompletionResultType]::ParameterName, 'Delete at once, irrecoverably')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;restore' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;purge' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;region' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List regions: vault, recipients, whether it can be opened, replicated prefixes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a region from the config (refused while it holds replicas)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;region;add' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'The region''s vault file')
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'An extra age or SSH recipient of the region''s vault (repeatable), e.g. a CI machine''s key')
            [CompletionResult]::new('--aws', '--aws', [CompletionResultType]::ParameterName, 'An AWS Secrets Manager region instead of a vault file (e.g. us-east-1)')
            [CompletionResult]::new('--profile', '--profile', [CompletionResultType]::ParameterName, 'The AWS profile for credentials [default: the standard chain: environment, profile, SSO, IMDS]')
            [CompletionResult]::new('--endpoint-url', '--endpoint-url', [CompletionResultType]::ParameterName, 'Another endpoint than AWS''s own (a VPC endpoint, a local emulator)')
            [CompletionResult]::new('--name-prefix', '--name-prefix', [CompletionResultType]::ParameterName, 'Put this in front of every secret name in AWS (e.g. `team/`)')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;region;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;region;remove' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;region;help' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List regions: vault, recipients, whether it can be opened, replicated prefixes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a region from the config (refused while it holds replicas)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;region;help;add' {
            break
        }
        'sealbox;region;help;list' {
            break
        }
        'sealbox;region;help;remove' {
            break
        }
        'sealbox;region;help;help' {
            break
        }
        'sealbox;replicate' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Replicate every secret under this prefix; new secrets under it follow')
            [CompletionResult]::new('--to', '--to', [CompletionResultType]::ParameterName, 'Regions to replicate to')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Regions whose replicas to delete now')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'Replace a secret of the same name that already exists in a region')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;sync' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--force-overwrite', '--force-overwrite', [CompletionResultType]::ParameterName, 'Replace secrets of the same name that exist in a region and are not this vault''s replicas (an AWS secret created outside sealbox, a standalone secret in a vault)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;promote' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;import' {
            [CompletionResult]::new('--from-region', '--from-region', [CompletionResultType]::ParameterName, 'The AWS region (a `region add --aws` name) to pull from')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only secrets whose sealbox name starts with this prefix (e.g. `app/prod/`)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Bring secrets that exist here and differ up to AWS''s versions and labels (else: exit 4, nothing imported)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;diff' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (a `region add --aws` name) to compare with')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only secrets whose name starts with this prefix')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables, or AWS-shaped JSON')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            break
        }
        'sealbox;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an identity and an empty vault')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret with its first version (AWSCURRENT)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value (exact bytes; a newline only on a terminal)')
            [CompletionResult]::new('put-version', 'put-version', [CompletionResultType]::ParameterValue, 'Store a new version of a secret''s value (AWSCURRENT by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets, optionally under a name prefix')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata: ARN, dates, tags, versions and their labels')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a secret''s versions and their staging labels')
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move a staging label to a version (AWS UpdateSecretVersionStage)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a secret''s description')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add or change tags on a secret')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a secret')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a random password (AWS GetRandomPassword)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Schedule a secret for deletion after a recovery window, or delete it now')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Cancel a scheduled deletion')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove every secret whose recovery window has passed')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'Manage regions: other vault files that secrets replicate to')
            [CompletionResult]::new('replicate', 'replicate', [CompletionResultType]::ParameterValue, 'Replicate a secret (or a prefix) to regions, or remove its replicas')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push secrets to their replicas again (after a region was unreachable)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Make a replica standalone and writable (run against the region''s vault)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import secrets from an AWS region: every version that carries a label (one write)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the vault with an AWS region: names, version ids, labels (never values)')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;help;init' {
            break
        }
        'sealbox;help;create' {
            break
        }
        'sealbox;help;get' {
            break
        }
        'sealbox;help;put-version' {
            break
        }
        'sealbox;help;list' {
            break
        }
        'sealbox;help;describe' {
            break
        }
        'sealbox;help;versions' {
            break
        }
        'sealbox;help;stage' {
            break
        }
        'sealbox;help;update' {
            break
        }
        'sealbox;help;tag' {
            break
        }
        'sealbox;help;untag' {
            break
        }
        'sealbox;help;generate' {
            break
        }
        'sealbox;help;delete' {
            break
        }
        'sealbox;help;restore' {
            break
        }
        'sealbox;help;purge' {
            break
        }
        'sealbox;help;region' {
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List regions: vault, recipients, whether it can be opened, replicated prefixes')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a region from the config (refused while it holds replicas)')
            break
        }
        'sealbox;help;region;add' {
            break
        }
        'sealbox;help;region;list' {
            break
        }
        'sealbox;help;region;remove' {
            break
        }
        'sealbox;help;replicate' {
            break
        }
        'sealbox;help;sync' {
            break
        }
        'sealbox;help;promote' {
            break
        }
        'sealbox;help;import' {
            break
        }
        'sealbox;help;diff' {
            break
        }
        'sealbox;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
