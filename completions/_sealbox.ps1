
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Print a secret''s value (exact bytes; a newline only on a terminal)')
            [CompletionResult]::new('put-version', 'put-version', [CompletionResultType]::ParameterValue, 'Store a new version of a secret''s value (AWSCURRENT by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets, optionally under a name prefix')
            [CompletionResult]::new('ls', 'ls', [CompletionResultType]::ParameterValue, 'List secrets, optionally under a name prefix')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata: ARN, dates, tags, versions and their labels')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a secret''s versions and their staging labels')
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move a staging label to a version (AWS UpdateSecretVersionStage)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a secret''s description, or its value as a new AWSCURRENT version (AWS UpdateSecret)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add or change tags on a secret')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a secret')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a random password (AWS GetRandomPassword)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Schedule a secret for deletion after a recovery window, or delete it now')
            [CompletionResult]::new('rm', 'rm', [CompletionResultType]::ParameterValue, 'Schedule a secret for deletion after a recovery window, or delete it now')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Cancel a scheduled deletion')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove every secret whose recovery window has passed')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate a secret with a script (create, set, test), or every secret that is due')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'Manage regions: other vault files that secrets replicate to')
            [CompletionResult]::new('replicate', 'replicate', [CompletionResultType]::ParameterValue, 'Replicate a secret (or a prefix) to regions, or remove its replicas')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push secrets to their replicas again (after a region was unreachable)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Make a replica standalone and writable (run against the region''s vault)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log (who did what to which secret, when), or verify its chain')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with secrets in its environment (the command replaces sealbox)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print secrets as environment variables: shell (for eval), dotenv or JSON')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print current values as JSON {"name": "value"} (plaintext: stdout only)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a secret''s value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)')
            [CompletionResult]::new('mv', 'mv', [CompletionResultType]::ParameterValue, 'Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy a secret''s current value (or every version) to a new secret')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Names containing PATTERN (`*` and `?` glob when present), one a line')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('__clip-clear', '__clip-clear', [CompletionResultType]::ParameterValue, 'Clear the clipboard after a delay if it still holds a value (started by `get --clip`)')
            [CompletionResult]::new('__complete-names', '__complete-names', [CompletionResultType]::ParameterValue, 'Secret names for shell completion (prints nothing if the vault needs a prompt)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the identity once: start the agent and load the identity into it')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Wipe every identity from the agent and stop it')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The unlock agent: run it in the foreground, or show what it holds')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change or remove the identity''s passphrase')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'List, add or remove the vault''s recipients (re-encrypts the vault)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the vault with an AWS region: names, version ids, labels (never values)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check files, identity, vault integrity, regions, audit log, rotations and deletions')
            [CompletionResult]::new('batch-get', 'batch-get', [CompletionResultType]::ParameterValue, 'Read the values of several secrets at once (AWS BatchGetSecretValue), as JSON')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve AWS Secrets Manager''s API on loopback, for the AWS CLI, boto3 and every AWS SDK')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Accept the vault file as it is now: a backup restored on purpose, a vault replaced')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Keep the vault in git: merge and diff it secret by secret (`git setup`)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge two copies of one vault, secret by secret, into the first (git''s merge driver)')
            [CompletionResult]::new('textconv', 'textconv', [CompletionResultType]::ParameterValue, 'Print a vault as text for `git diff` and `git log -p`: never a value')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;init' {
            [CompletionResult]::new('--recipient', '--recipient', [CompletionResultType]::ParameterName, 'A further recipient of the vault: an age `age1…` or `ssh-…` public key (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random password as the value (see `sealbox generate` for its options)')
            [CompletionResult]::new('--exclude-numbers', '--exclude-numbers', [CompletionResultType]::ParameterName, 'No digits')
            [CompletionResult]::new('--exclude-punctuation', '--exclude-punctuation', [CompletionResultType]::ParameterName, 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)')
            [CompletionResult]::new('--exclude-uppercase', '--exclude-uppercase', [CompletionResultType]::ParameterName, 'No uppercase letters')
            [CompletionResult]::new('--exclude-lowercase', '--exclude-lowercase', [CompletionResultType]::ParameterName, 'No lowercase letters')
            [CompletionResult]::new('--include-space', '--include-space', [CompletionResultType]::ParameterName, 'Allow the space character')
            [CompletionResult]::new('--require-each-included-type', '--require-each-included-type', [CompletionResultType]::ParameterName, 'Require at least one character of every included type (the default)')
            [CompletionResult]::new('--no-require-each-included-type', '--no-require-each-included-type', [CompletionResultType]::ParameterName, 'Don''t require a character of every included type')
            [CompletionResult]::new('--no-value', '--no-value', [CompletionResultType]::ParameterName, 'Create the secret with no version (AWS CreateSecret without a value)')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'Store the value as SecretBinary even when it is UTF-8')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)')
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
        'sealbox;show' {
            [CompletionResult]::new('--version-id', '--version-id', [CompletionResultType]::ParameterName, 'Read this version')
            [CompletionResult]::new('--stage', '--stage', [CompletionResultType]::ParameterName, 'Read the version carrying this label [default: AWSCURRENT]')
            [CompletionResult]::new('--field', '--field', [CompletionResultType]::ParameterName, 'Print one field of a JSON-object value')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('-c', '-c', [CompletionResultType]::ParameterName, 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)')
            [CompletionResult]::new('--clip', '--clip', [CompletionResultType]::ParameterName, 'Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)')
            [CompletionResult]::new('--totp', '--totp', [CompletionResultType]::ParameterName, 'Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random password as the value (see `sealbox generate` for its options)')
            [CompletionResult]::new('--exclude-numbers', '--exclude-numbers', [CompletionResultType]::ParameterName, 'No digits')
            [CompletionResult]::new('--exclude-punctuation', '--exclude-punctuation', [CompletionResultType]::ParameterName, 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)')
            [CompletionResult]::new('--exclude-uppercase', '--exclude-uppercase', [CompletionResultType]::ParameterName, 'No uppercase letters')
            [CompletionResult]::new('--exclude-lowercase', '--exclude-lowercase', [CompletionResultType]::ParameterName, 'No lowercase letters')
            [CompletionResult]::new('--include-space', '--include-space', [CompletionResultType]::ParameterName, 'Allow the space character')
            [CompletionResult]::new('--require-each-included-type', '--require-each-included-type', [CompletionResultType]::ParameterName, 'Require at least one character of every included type (the default)')
            [CompletionResult]::new('--no-require-each-included-type', '--no-require-each-included-type', [CompletionResultType]::ParameterName, 'Don''t require a character of every included type')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'Store the value as SecretBinary even when it is UTF-8')
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
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'AWS ListSecrets filter KEY=VALUE (repeatable; keys name, description, tag-key, tag-value, primary-region, all; `!VALUE` negates)')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort by name, created-date, last-accessed-date or last-changed-date')
            [CompletionResult]::new('--sort-order', '--sort-order', [CompletionResultType]::ParameterName, 'asc or desc')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'At most N secrets (1..100); `NextToken` then names the next page')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'The NextToken of the previous page')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Include secrets scheduled for deletion')
            [CompletionResult]::new('--rotation-due', '--rotation-due', [CompletionResultType]::ParameterName, 'Only secrets whose next rotation date has passed (what `rotate --due` would rotate)')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'One name per line and nothing else')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'The names as a tree, like `pass ls`')
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
        'sealbox;ls' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'AWS ListSecrets filter KEY=VALUE (repeatable; keys name, description, tag-key, tag-value, primary-region, all; `!VALUE` negates)')
            [CompletionResult]::new('--sort-by', '--sort-by', [CompletionResultType]::ParameterName, 'Sort by name, created-date, last-accessed-date or last-changed-date')
            [CompletionResult]::new('--sort-order', '--sort-order', [CompletionResultType]::ParameterName, 'asc or desc')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'At most N secrets (1..100); `NextToken` then names the next page')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'The NextToken of the previous page')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--include-deleted', '--include-deleted', [CompletionResultType]::ParameterName, 'Include secrets scheduled for deletion')
            [CompletionResult]::new('--rotation-due', '--rotation-due', [CompletionResultType]::ParameterName, 'Only secrets whose next rotation date has passed (what `rotate --due` would rotate)')
            [CompletionResult]::new('--names', '--names', [CompletionResultType]::ParameterName, 'One name per line and nothing else')
            [CompletionResult]::new('--tree', '--tree', [CompletionResultType]::ParameterName, 'The names as a tree, like `pass ls`')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('--value', '--value', [CompletionResultType]::ParameterName, 'The value as an argument (visible in `ps` and shell history: prefer stdin or a file)')
            [CompletionResult]::new('--value-file', '--value-file', [CompletionResultType]::ParameterName, 'Read the value from a file, byte-exact (`-` for stdin)')
            [CompletionResult]::new('--length', '--length', [CompletionResultType]::ParameterName, 'Password length (1..4096)')
            [CompletionResult]::new('--exclude-characters', '--exclude-characters', [CompletionResultType]::ParameterName, 'Characters the password must not contain')
            [CompletionResult]::new('--token', '--token', [CompletionResultType]::ParameterName, 'Idempotency token for the new version (32..64 characters); becomes its id')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--generate', '--generate', [CompletionResultType]::ParameterName, 'Generate a random password as the value (see `sealbox generate` for its options)')
            [CompletionResult]::new('--exclude-numbers', '--exclude-numbers', [CompletionResultType]::ParameterName, 'No digits')
            [CompletionResult]::new('--exclude-punctuation', '--exclude-punctuation', [CompletionResultType]::ParameterName, 'No punctuation (AWS''s set: !"#$%&''()*+,-./:;<=>?@[\]^_`{|}~)')
            [CompletionResult]::new('--exclude-uppercase', '--exclude-uppercase', [CompletionResultType]::ParameterName, 'No uppercase letters')
            [CompletionResult]::new('--exclude-lowercase', '--exclude-lowercase', [CompletionResultType]::ParameterName, 'No lowercase letters')
            [CompletionResult]::new('--include-space', '--include-space', [CompletionResultType]::ParameterName, 'Allow the space character')
            [CompletionResult]::new('--require-each-included-type', '--require-each-included-type', [CompletionResultType]::ParameterName, 'Require at least one character of every included type (the default)')
            [CompletionResult]::new('--no-require-each-included-type', '--no-require-each-included-type', [CompletionResultType]::ParameterName, 'Don''t require a character of every included type')
            [CompletionResult]::new('--binary', '--binary', [CompletionResultType]::ParameterName, 'Store the value as SecretBinary even when it is UTF-8')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;rm' {
            [CompletionResult]::new('--recovery-window-days', '--recovery-window-days', [CompletionResultType]::ParameterName, 'Days before the secret is purged (7..30)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;rotate' {
            [CompletionResult]::new('--script', '--script', [CompletionResultType]::ParameterName, 'The rotation script, run once per step (`create`, `set`, `test`); stored as an absolute path')
            [CompletionResult]::new('--template', '--template', [CompletionResultType]::ParameterName, 'Use a rotation template built into sealbox instead of a script (see --templates)')
            [CompletionResult]::new('--every', '--every', [CompletionResultType]::ParameterName, 'Rotate automatically every DAYS days (1..1000), through `sealbox rotate --due`; with --install-timer or --print-cron: how often the timer runs (15m, 1h, 1d) [default: 1h]')
            [CompletionResult]::new('--schedule', '--schedule', [CompletionResultType]::ParameterName, 'AWS''s ScheduleExpression: ''rate(N hours|days)'' (at least 4 hours) or ''cron(0 HOURS DAY-OF-MONTH MONTH DAY-OF-WEEK *)'', in UTC')
            [CompletionResult]::new('--window', '--window', [CompletionResultType]::ParameterName, 'AWS''s Duration: the rotation window after each scheduled start, in whole hours (3h) [default: 1h for a schedule in hours, else to the end of the UTC day]')
            [CompletionResult]::new('--timeout', '--timeout', [CompletionResultType]::ParameterName, 'Seconds each step may run before its whole process group is killed (1..3600) [default: 300]')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--no-rotate-now', '--no-rotate-now', [CompletionResultType]::ParameterName, 'Store the configuration and only run `test` against the current value')
            [CompletionResult]::new('--cancel', '--cancel', [CompletionResultType]::ParameterName, 'Drop the AWSPENDING label of an incomplete rotation')
            [CompletionResult]::new('--disable', '--disable', [CompletionResultType]::ParameterName, 'Turn scheduled rotation off (the script stays configured)')
            [CompletionResult]::new('--due', '--due', [CompletionResultType]::ParameterName, 'Rotate every secret whose next rotation date has passed (for cron or a systemd timer)')
            [CompletionResult]::new('--dry-run', '--dry-run', [CompletionResultType]::ParameterName, 'With --due: list what is due, rotate nothing')
            [CompletionResult]::new('--templates', '--templates', [CompletionResultType]::ParameterName, 'List the built-in rotation templates')
            [CompletionResult]::new('--install-timer', '--install-timer', [CompletionResultType]::ParameterName, 'Write and enable a systemd user timer (sealbox-rotate.timer) that runs `sealbox rotate --due`')
            [CompletionResult]::new('--print-cron', '--print-cron', [CompletionResultType]::ParameterName, 'Print the crontab line that runs `sealbox rotate --due` (absolute paths, for cron''s bare PATH)')
            [CompletionResult]::new('--remove-timer', '--remove-timer', [CompletionResultType]::ParameterName, 'Disable and remove the systemd user timer')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;audit' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only lines before DATE (a bare YYYY-MM-DD includes that whole day)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, '`ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this log file instead of the configured one (e.g. a rotated-out file)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--pending-deletion', '--pending-deletion', [CompletionResultType]::ParameterName, 'Only the failed reads of secrets scheduled for deletion, since they were scheduled: who still uses a secret that is about to go')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every line''s MAC and the chain; exit 1 naming the first broken line')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Start a new log file that continues the chain; the old file is kept beside it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;audit;show' {
            [CompletionResult]::new('--since', '--since', [CompletionResultType]::ParameterName, 'Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h')
            [CompletionResult]::new('--until', '--until', [CompletionResultType]::ParameterName, 'Only lines before DATE (a bare YYYY-MM-DD includes that whole day)')
            [CompletionResult]::new('--operation', '--operation', [CompletionResultType]::ParameterName, 'Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)')
            [CompletionResult]::new('--outcome', '--outcome', [CompletionResultType]::ParameterName, '`ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)')
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Read this log file instead of the configured one (e.g. a rotated-out file)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--pending-deletion', '--pending-deletion', [CompletionResultType]::ParameterName, 'Only the failed reads of secrets scheduled for deletion, since they were scheduled: who still uses a secret that is about to go')
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
        'sealbox;audit;verify' {
            [CompletionResult]::new('--log', '--log', [CompletionResultType]::ParameterName, 'Verify this log file instead of the configured one (e.g. a rotated-out file)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;audit;rotate' {
            [CompletionResult]::new('--if-larger-than', '--if-larger-than', [CompletionResultType]::ParameterName, 'Only rotate when the log is larger than BYTES')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;audit;help' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every line''s MAC and the chain; exit 1 naming the first broken line')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Start a new log file that continues the chain; the old file is kept beside it')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;audit;help;show' {
            break
        }
        'sealbox;audit;help;verify' {
            break
        }
        'sealbox;audit;help;rotate' {
            break
        }
        'sealbox;audit;help;help' {
            break
        }
        'sealbox;exec' {
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Every secret under this prefix becomes a variable named by the rest of its name, uppercased, non-alphanumerics as `_` (repeatable)')
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--expand-json', '--expand-json', [CompletionResultType]::ParameterName, 'A JSON-object secret under a prefix becomes one variable per field (NAME_FIELD)')
            [CompletionResult]::new('--pristine', '--pristine', [CompletionResultType]::ParameterName, 'Start the command with only PATH, HOME, TERM, LANG and the secrets')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail when a reference or prefix finds nothing, instead of warning')
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
        'sealbox;env' {
            [CompletionResult]::new('--env', '--env', [CompletionResultType]::ParameterName, 'Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)')
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'Output format')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--expand-json', '--expand-json', [CompletionResultType]::ParameterName, 'A JSON-object secret under the prefix becomes one variable per field (NAME_FIELD)')
            [CompletionResult]::new('--strict', '--strict', [CompletionResultType]::ParameterName, 'Fail when a reference or the prefix finds nothing, instead of warning')
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
        'sealbox;inject' {
            [CompletionResult]::new('-i', '-i', [CompletionResultType]::ParameterName, 'The template (`-` for stdin)')
            [CompletionResult]::new('--in-file', '--in-file', [CompletionResultType]::ParameterName, 'The template (`-` for stdin)')
            [CompletionResult]::new('--input', '--input', [CompletionResultType]::ParameterName, 'The template (`-` for stdin)')
            [CompletionResult]::new('-O', '-O ', [CompletionResultType]::ParameterName, 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)')
            [CompletionResult]::new('--out-file', '--out-file', [CompletionResultType]::ParameterName, 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)')
            [CompletionResult]::new('--output-file', '--output-file', [CompletionResultType]::ParameterName, 'Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
            [CompletionResult]::new('--format', '--format', [CompletionResultType]::ParameterName, 'What the source is (default: a directory is a pass store, `*.json` is JSON, `.env`, `*.env` and `.env.*` are dotenv, else told from the content)')
            [CompletionResult]::new('--from-region', '--from-region', [CompletionResultType]::ParameterName, 'Pull from this AWS region (a `region add --aws` name) instead: every version that carries a label, with its id, labels, description and tags')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Put this in front of every imported name (e.g. `app/dev/`); with --from-region, import only the AWS secrets whose sealbox name starts with it')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--overwrite', '--overwrite', [CompletionResultType]::ParameterName, 'Add a new version to secrets that exist already (else: exit 4, nothing imported); with --from-region, take AWS''s versions, labels, description and tags for secrets that differ')
            [CompletionResult]::new('--first-line', '--first-line', [CompletionResultType]::ParameterName, 'With a pass store: keep only the first line of each entry (pass''s convention: the password first, notes after)')
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
        'sealbox;export' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;edit' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
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
        'sealbox;mv' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;cp' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--all-versions', '--all-versions', [CompletionResultType]::ParameterName, 'Copy every version with its labels, not only the current value')
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
        'sealbox;find' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;completions' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;__clip-clear' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;__complete-names' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--levels', '--levels', [CompletionResultType]::ParameterName, 'Print the next `/` level (`app/dev/`) instead of whole names below it')
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
        'sealbox;unlock' {
            [CompletionResult]::new('--ttl', '--ttl', [CompletionResultType]::ParameterName, 'How long the agent keeps the identity (e.g. 90s, 30m, 8h, 1d)')
            [CompletionResult]::new('--idle', '--idle', [CompletionResultType]::ParameterName, 'Lock after this long without use (0: never)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;lock' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;agent' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--detached', '--detached', [CompletionResultType]::ParameterName, 'Leave the caller''s session and close inherited descriptors (how `unlock` starts it)')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the agent holds (identity files, public keys) and when each expires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;agent;status' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;agent;help' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the agent holds (identity files, public keys) and when each expires')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;agent;help;status' {
            break
        }
        'sealbox;agent;help;help' {
            break
        }
        'sealbox;passwd' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--remove', '--remove', [CompletionResultType]::ParameterName, 'Remove the passphrase: store the identity unprotected (throwaway machines only)')
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
        'sealbox;recipients' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the vault''s recipients')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recipient, re-encrypt the vault, and list the secrets it could read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;recipients;list' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;recipients;add' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;recipients;remove' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--rotate-all', '--rotate-all', [CompletionResultType]::ParameterName, 'Also rotate every secret it could read (marks them due where rotation is set up)')
            [CompletionResult]::new('--force', '--force', [CompletionResultType]::ParameterName, 'Allow removing the key this command is using')
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
        'sealbox;recipients;help' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the vault''s recipients')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recipient, re-encrypt the vault, and list the secrets it could read')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;recipients;help;list' {
            break
        }
        'sealbox;recipients;help;add' {
            break
        }
        'sealbox;recipients;help;remove' {
            break
        }
        'sealbox;recipients;help;help' {
            break
        }
        'sealbox;diff' {
            [CompletionResult]::new('--region', '--region', [CompletionResultType]::ParameterName, 'The AWS region (a `region add --aws` name) to compare with')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Only secrets whose name starts with this prefix')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;doctor' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
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
        'sealbox;batch-get' {
            [CompletionResult]::new('--filter', '--filter', [CompletionResultType]::ParameterName, 'A ListSecrets filter KEY=VALUE instead of names (repeatable)')
            [CompletionResult]::new('--max-results', '--max-results', [CompletionResultType]::ParameterName, 'With --filter: at most N secrets (1..20) [default: 20]')
            [CompletionResult]::new('--next-token', '--next-token', [CompletionResultType]::ParameterName, 'With --filter: the NextToken of the previous page')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;serve' {
            [CompletionResult]::new('--listen', '--listen', [CompletionResultType]::ParameterName, 'The loopback address and port to listen on')
            [CompletionResult]::new('--prefix', '--prefix', [CompletionResultType]::ParameterName, 'Serve only this subtree of names (others: AccessDeniedException)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--read-only', '--read-only', [CompletionResultType]::ParameterName, 'Refuse every write (AccessDeniedException)')
            [CompletionResult]::new('--credentials', '--credentials', [CompletionResultType]::ParameterName, 'Print the export lines for the access key and the endpoint, and exit')
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
        'sealbox;trust' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
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
        'sealbox;git' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
            [CompletionResult]::new('--json', '--json', [CompletionResultType]::ParameterName, 'Shorthand for `--output json`')
            [CompletionResult]::new('-q', '-q', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--quiet', '--quiet', [CompletionResultType]::ParameterName, 'Print nothing but requested values and errors')
            [CompletionResult]::new('--no-input', '--no-input', [CompletionResultType]::ParameterName, 'Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin is not a terminal)')
            [CompletionResult]::new('-h', '-h', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('--help', '--help', [CompletionResultType]::ParameterName, 'Print help (see more with ''--help'')')
            [CompletionResult]::new('-V', '-V ', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('--version', '--version', [CompletionResultType]::ParameterName, 'Print version')
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Add the vault to `.gitattributes` and set the merge driver and diff textconv')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;git;setup' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
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
        'sealbox;git;help' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Add the vault to `.gitattributes` and set the merge driver and diff textconv')
            [CompletionResult]::new('help', 'help', [CompletionResultType]::ParameterValue, 'Print this message or the help of the given subcommand(s)')
            break
        }
        'sealbox;git;help;setup' {
            break
        }
        'sealbox;git;help;help' {
            break
        }
        'sealbox;merge' {
            [CompletionResult]::new('--into', '--into', [CompletionResultType]::ParameterName, 'Merge OTHER into this vault without a base (a file-sync conflict copy)')
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
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
        'sealbox;textconv' {
            [CompletionResult]::new('--vault', '--vault', [CompletionResultType]::ParameterName, 'Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]')
            [CompletionResult]::new('--identity', '--identity', [CompletionResultType]::ParameterName, 'Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key [default: $XDG_CONFIG_HOME/sealbox/identity.txt]')
            [CompletionResult]::new('--config', '--config', [CompletionResultType]::ParameterName, 'Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]')
            [CompletionResult]::new('-o', '-o', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--output', '--output', [CompletionResultType]::ParameterName, 'Output format: human text and tables (the default), or AWS-shaped JSON; with --query, `text` prints as the AWS CLI does')
            [CompletionResult]::new('--query', '--query', [CompletionResultType]::ParameterName, 'A JMESPath expression over the JSON output, as the AWS CLI''s --query (implies JSON output unless `-o text`)')
            [CompletionResult]::new('--lock-timeout', '--lock-timeout', [CompletionResultType]::ParameterName, 'Seconds to wait for another sealbox process''s write lock before exiting with 8')
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
        'sealbox;help' {
            [CompletionResult]::new('init', 'init', [CompletionResultType]::ParameterValue, 'Create an identity and an empty vault')
            [CompletionResult]::new('create', 'create', [CompletionResultType]::ParameterValue, 'Create a secret with its first version (AWSCURRENT)')
            [CompletionResult]::new('get', 'get', [CompletionResultType]::ParameterValue, 'Print a secret''s value (exact bytes; a newline only on a terminal)')
            [CompletionResult]::new('put-version', 'put-version', [CompletionResultType]::ParameterValue, 'Store a new version of a secret''s value (AWSCURRENT by default)')
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List secrets, optionally under a name prefix')
            [CompletionResult]::new('describe', 'describe', [CompletionResultType]::ParameterValue, 'Show a secret''s metadata: ARN, dates, tags, versions and their labels')
            [CompletionResult]::new('versions', 'versions', [CompletionResultType]::ParameterValue, 'List a secret''s versions and their staging labels')
            [CompletionResult]::new('stage', 'stage', [CompletionResultType]::ParameterValue, 'Move a staging label to a version (AWS UpdateSecretVersionStage)')
            [CompletionResult]::new('update', 'update', [CompletionResultType]::ParameterValue, 'Change a secret''s description, or its value as a new AWSCURRENT version (AWS UpdateSecret)')
            [CompletionResult]::new('tag', 'tag', [CompletionResultType]::ParameterValue, 'Add or change tags on a secret')
            [CompletionResult]::new('untag', 'untag', [CompletionResultType]::ParameterValue, 'Remove tags from a secret')
            [CompletionResult]::new('generate', 'generate', [CompletionResultType]::ParameterValue, 'Print a random password (AWS GetRandomPassword)')
            [CompletionResult]::new('delete', 'delete', [CompletionResultType]::ParameterValue, 'Schedule a secret for deletion after a recovery window, or delete it now')
            [CompletionResult]::new('restore', 'restore', [CompletionResultType]::ParameterValue, 'Cancel a scheduled deletion')
            [CompletionResult]::new('purge', 'purge', [CompletionResultType]::ParameterValue, 'Remove every secret whose recovery window has passed')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Rotate a secret with a script (create, set, test), or every secret that is due')
            [CompletionResult]::new('region', 'region', [CompletionResultType]::ParameterValue, 'Manage regions: other vault files that secrets replicate to')
            [CompletionResult]::new('replicate', 'replicate', [CompletionResultType]::ParameterValue, 'Replicate a secret (or a prefix) to regions, or remove its replicas')
            [CompletionResult]::new('sync', 'sync', [CompletionResultType]::ParameterValue, 'Push secrets to their replicas again (after a region was unreachable)')
            [CompletionResult]::new('promote', 'promote', [CompletionResultType]::ParameterValue, 'Make a replica standalone and writable (run against the region''s vault)')
            [CompletionResult]::new('audit', 'audit', [CompletionResultType]::ParameterValue, 'Show the audit log (who did what to which secret, when), or verify its chain')
            [CompletionResult]::new('exec', 'exec', [CompletionResultType]::ParameterValue, 'Run a command with secrets in its environment (the command replaces sealbox)')
            [CompletionResult]::new('env', 'env', [CompletionResultType]::ParameterValue, 'Print secrets as environment variables: shell (for eval), dotenv or JSON')
            [CompletionResult]::new('inject', 'inject', [CompletionResultType]::ParameterValue, 'Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)')
            [CompletionResult]::new('import', 'import', [CompletionResultType]::ParameterValue, 'Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)')
            [CompletionResult]::new('export', 'export', [CompletionResultType]::ParameterValue, 'Print current values as JSON {"name": "value"} (plaintext: stdout only)')
            [CompletionResult]::new('edit', 'edit', [CompletionResultType]::ParameterValue, 'Edit a secret''s value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)')
            [CompletionResult]::new('mv', 'mv', [CompletionResultType]::ParameterValue, 'Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has')
            [CompletionResult]::new('cp', 'cp', [CompletionResultType]::ParameterValue, 'Copy a secret''s current value (or every version) to a new secret')
            [CompletionResult]::new('find', 'find', [CompletionResultType]::ParameterValue, 'Names containing PATTERN (`*` and `?` glob when present), one a line')
            [CompletionResult]::new('completions', 'completions', [CompletionResultType]::ParameterValue, 'Print the shell completion script (bash, zsh, fish, elvish, powershell)')
            [CompletionResult]::new('__clip-clear', '__clip-clear', [CompletionResultType]::ParameterValue, 'Clear the clipboard after a delay if it still holds a value (started by `get --clip`)')
            [CompletionResult]::new('__complete-names', '__complete-names', [CompletionResultType]::ParameterValue, 'Secret names for shell completion (prints nothing if the vault needs a prompt)')
            [CompletionResult]::new('unlock', 'unlock', [CompletionResultType]::ParameterValue, 'Unlock the identity once: start the agent and load the identity into it')
            [CompletionResult]::new('lock', 'lock', [CompletionResultType]::ParameterValue, 'Wipe every identity from the agent and stop it')
            [CompletionResult]::new('agent', 'agent', [CompletionResultType]::ParameterValue, 'The unlock agent: run it in the foreground, or show what it holds')
            [CompletionResult]::new('passwd', 'passwd', [CompletionResultType]::ParameterValue, 'Change or remove the identity''s passphrase')
            [CompletionResult]::new('recipients', 'recipients', [CompletionResultType]::ParameterValue, 'List, add or remove the vault''s recipients (re-encrypts the vault)')
            [CompletionResult]::new('diff', 'diff', [CompletionResultType]::ParameterValue, 'Compare the vault with an AWS region: names, version ids, labels (never values)')
            [CompletionResult]::new('doctor', 'doctor', [CompletionResultType]::ParameterValue, 'Check files, identity, vault integrity, regions, audit log, rotations and deletions')
            [CompletionResult]::new('batch-get', 'batch-get', [CompletionResultType]::ParameterValue, 'Read the values of several secrets at once (AWS BatchGetSecretValue), as JSON')
            [CompletionResult]::new('serve', 'serve', [CompletionResultType]::ParameterValue, 'Serve AWS Secrets Manager''s API on loopback, for the AWS CLI, boto3 and every AWS SDK')
            [CompletionResult]::new('trust', 'trust', [CompletionResultType]::ParameterValue, 'Accept the vault file as it is now: a backup restored on purpose, a vault replaced')
            [CompletionResult]::new('git', 'git', [CompletionResultType]::ParameterValue, 'Keep the vault in git: merge and diff it secret by secret (`git setup`)')
            [CompletionResult]::new('merge', 'merge', [CompletionResultType]::ParameterValue, 'Merge two copies of one vault, secret by secret, into the first (git''s merge driver)')
            [CompletionResult]::new('textconv', 'textconv', [CompletionResultType]::ParameterValue, 'Print a vault as text for `git diff` and `git log -p`: never a value')
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
        'sealbox;help;rotate' {
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
        'sealbox;help;audit' {
            [CompletionResult]::new('show', 'show', [CompletionResultType]::ParameterValue, 'Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)')
            [CompletionResult]::new('verify', 'verify', [CompletionResultType]::ParameterValue, 'Check every line''s MAC and the chain; exit 1 naming the first broken line')
            [CompletionResult]::new('rotate', 'rotate', [CompletionResultType]::ParameterValue, 'Start a new log file that continues the chain; the old file is kept beside it')
            break
        }
        'sealbox;help;audit;show' {
            break
        }
        'sealbox;help;audit;verify' {
            break
        }
        'sealbox;help;audit;rotate' {
            break
        }
        'sealbox;help;exec' {
            break
        }
        'sealbox;help;env' {
            break
        }
        'sealbox;help;inject' {
            break
        }
        'sealbox;help;import' {
            break
        }
        'sealbox;help;export' {
            break
        }
        'sealbox;help;edit' {
            break
        }
        'sealbox;help;mv' {
            break
        }
        'sealbox;help;cp' {
            break
        }
        'sealbox;help;find' {
            break
        }
        'sealbox;help;completions' {
            break
        }
        'sealbox;help;__clip-clear' {
            break
        }
        'sealbox;help;__complete-names' {
            break
        }
        'sealbox;help;unlock' {
            break
        }
        'sealbox;help;lock' {
            break
        }
        'sealbox;help;agent' {
            [CompletionResult]::new('status', 'status', [CompletionResultType]::ParameterValue, 'Show what the agent holds (identity files, public keys) and when each expires')
            break
        }
        'sealbox;help;agent;status' {
            break
        }
        'sealbox;help;passwd' {
            break
        }
        'sealbox;help;recipients' {
            [CompletionResult]::new('list', 'list', [CompletionResultType]::ParameterValue, 'List the vault''s recipients')
            [CompletionResult]::new('add', 'add', [CompletionResultType]::ParameterValue, 'Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault')
            [CompletionResult]::new('remove', 'remove', [CompletionResultType]::ParameterValue, 'Remove a recipient, re-encrypt the vault, and list the secrets it could read')
            break
        }
        'sealbox;help;recipients;list' {
            break
        }
        'sealbox;help;recipients;add' {
            break
        }
        'sealbox;help;recipients;remove' {
            break
        }
        'sealbox;help;diff' {
            break
        }
        'sealbox;help;doctor' {
            break
        }
        'sealbox;help;batch-get' {
            break
        }
        'sealbox;help;serve' {
            break
        }
        'sealbox;help;trust' {
            break
        }
        'sealbox;help;git' {
            [CompletionResult]::new('setup', 'setup', [CompletionResultType]::ParameterValue, 'Add the vault to `.gitattributes` and set the merge driver and diff textconv')
            break
        }
        'sealbox;help;git;setup' {
            break
        }
        'sealbox;help;merge' {
            break
        }
        'sealbox;help;textconv' {
            break
        }
        'sealbox;help;help' {
            break
        }
    })

    $completions.Where{ $_.CompletionText -like "$wordToComplete*" } |
        Sort-Object -Property ListItemText
}
