//! The command line, as clap derive definitions only: no logic lives here, so that
//! `tests/generated.rs` can render completions and man pages from it.
//!
//! Longer than 600 lines on purpose: every flag of every command with its help text is the
//! single source of `--help`, the completions and the man pages, and reads best in one file.

use std::path::PathBuf;

use clap::{ArgAction, Args, Parser, Subcommand, ValueEnum};

#[derive(Debug, Parser)]
#[command(
    name = "sealbox",
    version,
    about = "AWS Secrets Manager's model on an age-encrypted vault file on your own machine",
    long_about = "sealbox keeps secrets in one age-encrypted vault file, with versions and staging \
labels (AWSCURRENT, AWSPREVIOUS, AWSPENDING), deletion with a recovery window, and AWS-shaped \
JSON output.\n\nThe vault is a standard age file: `age -d -i identity.txt vault.age` prints its \
plaintext.",
    after_help = "Examples:\n  sealbox init --no-passphrase\n  sealbox create app/db/password --generate\n  \
sealbox get app/db/password\n  printf 'hunter2' | sealbox put-version app/db/password\n  sealbox list app/ -o json",
    propagate_version = true
)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,

    #[command(subcommand)]
    pub command: Command,
}

/// Options every command takes, listed under their own heading after a command's own.
#[derive(Debug, Args, Clone)]
#[command(next_help_heading = "Global options")]
pub struct GlobalArgs {
    /// Vault file [default: $XDG_DATA_HOME/sealbox/vault.age]
    #[arg(long, global = true, env = "SEALBOX_VAULT", value_name = "PATH")]
    pub vault: Option<PathBuf>,

    /// Identity file: age X25519 (optionally passphrase-protected) or OpenSSH key
    /// [default: $XDG_CONFIG_HOME/sealbox/identity.txt]
    #[arg(long, global = true, env = "SEALBOX_IDENTITY", value_name = "PATH")]
    pub identity: Option<PathBuf>,

    /// Config file [default: $XDG_CONFIG_HOME/sealbox/config.toml]
    #[arg(long, global = true, env = "SEALBOX_CONFIG", value_name = "PATH")]
    pub config: Option<PathBuf>,

    /// Output format: human text and tables (the default), or AWS-shaped JSON; with
    /// --query, `text` prints as the AWS CLI does
    #[arg(short = 'o', long, global = true, value_enum)]
    pub output: Option<OutputFormat>,

    /// Shorthand for `--output json`
    #[arg(long, global = true)]
    pub json: bool,

    /// Print nothing but requested values and errors
    #[arg(short, long, global = true)]
    pub quiet: bool,

    /// Never prompt; fail with exit 6 where a prompt would be needed (implied when stdin
    /// is not a terminal)
    #[arg(long, global = true)]
    pub no_input: bool,

    /// A JMESPath expression over the JSON output, as the AWS CLI's --query (implies JSON
    /// output unless `-o text`)
    #[arg(long, global = true, value_name = "EXPR")]
    pub query: Option<String>,

    /// Seconds to wait for another sealbox process's write lock before exiting with 8
    #[arg(long, global = true, env = "SEALBOX_LOCK_TIMEOUT", value_name = "SECS", default_value_t = 5.0)]
    pub lock_timeout: f64,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum OutputFormat {
    Text,
    Json,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Create an identity and an empty vault
    #[command(after_help = "Examples:\n  sealbox init                       # prompts for a passphrase\n  \
sealbox init --no-passphrase       # throwaway machines, CI\n  \
sealbox init --identity ~/.ssh/id_ed25519\n  \
sealbox init --no-passphrase --recipient age1...   # a second reader")]
    Init(InitArgs),

    /// Create a secret with its first version (AWSCURRENT)
    #[command(after_help = "Examples:\n  sealbox create app/db/password --generate\n  \
printf 'hunter2' | sealbox create app/api-key --description 'API key'\n  \
sealbox create app/tls-key --value-file key.pem\n  \
sealbox create app/db --type database --engine postgres --host db.local --username app --generate")]
    Create(CreateArgs),

    /// Print a secret's value (exact bytes; a newline only on a terminal)
    #[command(
        visible_alias = "show",
        after_help = "Examples:\n  sealbox get app/db/password\n  \
sealbox get app/db/password --stage AWSPREVIOUS\n  \
sealbox get app/db --field password\n  \
sealbox get app/db -o json\n  \
sealbox get app/db/password --clip      # clipboard, cleared after 45 s\n  \
sealbox get web/github --totp           # the current one-time code"
    )]
    Get(GetArgs),

    /// Store a new version of a secret's value (AWSCURRENT by default)
    #[command(after_help = "Examples:\n  printf 'new' | sealbox put-version app/db/password\n  \
sealbox put-version app/db/password --generate --length 40\n  \
sealbox put-version app/db/password --value-file new.txt --stage AWSPENDING")]
    PutVersion(PutVersionArgs),

    /// List secrets, optionally under a name prefix
    #[command(
        visible_alias = "ls",
        after_help = "Examples:\n  sealbox list\n  sealbox list app/prod/\n  \
sealbox list --include-deleted -o json\n  \
sealbox list --names app/\n  \
sealbox list --tree\n  \
sealbox list --filter tag-key=env --filter 'name=!app/old' --sort-by last-changed-date --sort-order desc\n  \
sealbox list --max-results 50 --query NextToken"
    )]
    List(ListArgs),

    /// Show a secret's metadata: ARN, dates, tags, versions and their labels
    #[command(after_help = "Examples:\n  sealbox describe app/db/password\n  \
sealbox describe app/db/password -o json")]
    Describe(NameArg),

    /// List a secret's versions and their staging labels
    #[command(after_help = "Examples:\n  sealbox versions app/db/password\n  \
sealbox versions app/db/password --include-deprecated -o json")]
    Versions(VersionsArgs),

    /// Move a staging label to a version (AWS UpdateSecretVersionStage)
    #[command(after_help = "Examples:\n  sealbox stage app/db/password AWSCURRENT --to 5e7c... --from 0a1b...\n  \
sealbox stage app/db/password canary --to 5e7c...\n  \
sealbox stage app/db/password canary --from 5e7c...   # remove the label")]
    Stage(StageArgs),

    /// Change a secret's description, or its value as a new AWSCURRENT version (AWS UpdateSecret)
    #[command(after_help = "Examples:\n  sealbox update app/db/password --description 'primary database'\n  \
sealbox update app/db/password --value-file new.txt\n  \
sealbox update arn:sealbox:local:0a1b...:secret:app/db/password --generate")]
    Update(UpdateArgs),

    /// Add or change tags on a secret
    #[command(after_help = "Examples:\n  sealbox tag app/db/password team=payments env=prod")]
    Tag(TagArgs),

    /// Remove tags from a secret
    #[command(after_help = "Examples:\n  sealbox untag app/db/password env")]
    Untag(UntagArgs),

    /// Print a random password (AWS GetRandomPassword)
    #[command(after_help = "Examples:\n  sealbox generate\n  \
sealbox generate --length 20 --exclude-punctuation\n  \
sealbox generate --exclude-characters '\"@/\\' -o json")]
    Generate(PasswordArgs),

    /// Schedule a secret for deletion after a recovery window, or delete it now
    #[command(
        visible_alias = "rm",
        after_help = "Examples:\n  sealbox delete app/old-key                        # 30-day window\n  \
sealbox delete app/old-key --recovery-window-days 7\n  \
sealbox delete app/old-key --force-delete-without-recovery"
    )]
    Delete(DeleteArgs),

    /// Cancel a scheduled deletion
    #[command(after_help = "Examples:\n  sealbox restore app/old-key")]
    Restore(NameArg),

    /// Remove every secret whose recovery window has passed
    #[command(after_help = "Examples:\n  sealbox purge\n  \
(any write does this too; `purge` is for cron or before a backup)")]
    Purge,

    /// Rotate a secret with a script (create, set, test), or every secret that is due
    #[command(after_help = "Examples:\n  sealbox rotate app/db --template postgres --every 30\n  \
sealbox rotate app/db --template mysql-alternating --schedule 'cron(0 4 ? * SUN *)' --window 2h\n  \
sealbox rotate app/db --script ./rotate.sh --schedule 'rate(12 hours)'\n  \
sealbox rotate app/db                      # rotate now (or resume an incomplete rotation)\n  \
sealbox rotate app/db --no-rotate-now --script ./rotate.sh   # only run `test`\n  \
sealbox rotate app/db --cancel             # drop AWSPENDING of a failed rotation\n  \
sealbox rotate app/db --disable\n  \
sealbox rotate --due                       # from cron or a systemd timer\n  \
sealbox rotate --due --dry-run\n  \
sealbox rotate --templates\n  \
sealbox rotate --install-timer --every 1h  # a systemd user timer that runs --due\n  \
sealbox rotate --print-cron >> my-crontab  # or the crontab line")]
    Rotate(RotateArgs),

    /// Manage regions: other vault files that secrets replicate to
    #[command(after_help = "Examples:\n  sealbox region add backup --vault /mnt/backup/sealbox/vault.age\n  \
sealbox region add ci --vault ~/shared/ci-vault.age --recipient age1ci...\n  \
sealbox region list\n  \
sealbox region remove backup")]
    Region(RegionArgs),

    /// Replicate a secret (or a prefix) to regions, or remove its replicas
    #[command(after_help = "Examples:\n  sealbox replicate app/db/password --to backup ci\n  \
sealbox replicate app/db/password --to backup --force-overwrite\n  \
sealbox replicate --prefix app/prod/ --to backup      # new secrets under it follow\n  \
sealbox replicate app/db/password --remove ci")]
    Replicate(ReplicateArgs),

    /// Push secrets to their replicas again (after a region was unreachable)
    #[command(after_help = "Examples:\n  sealbox sync\n  sealbox sync app/db/password -o json")]
    Sync(SyncArgs),

    /// Make a replica standalone and writable (run against the region's vault)
    #[command(after_help = "Examples:\n  sealbox --vault /mnt/backup/sealbox/vault.age promote app/db/password")]
    Promote(NameArg),

    /// Show the audit log (who did what to which secret, when), or verify its chain
    #[command(
        args_conflicts_with_subcommands = true,
        after_help = "Examples:\n  sealbox audit app/db --since 7d --operation GetSecretValue   # who read app/db this week\n  \
sealbox audit --outcome failed --since 2026-01-01\n  \
sealbox audit app/ -o json\n  \
sealbox audit verify\n  \
sealbox audit rotate --if-larger-than 10000000\n  \
sealbox audit show verify      # a secret named `verify`"
    )]
    Audit(AuditArgs),

    /// Run a command with secrets in its environment (the command replaces sealbox)
    #[command(after_help = "References (REF): NAME, NAME#field, NAME@LABEL, NAME#field@LABEL\n\n\
Examples:\n  sealbox exec --prefix app/dev/ -- ./server          # app/dev/db-password -> DB_PASSWORD\n  \
sealbox exec --env PGPASSWORD=app/db#password -- psql -h db.local\n  \
sealbox exec --prefix app/dev/ --expand-json -- env  # app/dev/db {\"user\":..} -> DB_USER\n  \
sealbox exec --pristine --strict --prefix ci/ -- make deploy\n\n\
The command's exit status, signals, stdin and terminal are its own: sealbox execs it.")]
    Exec(ExecArgs),

    /// Print secrets as environment variables: shell (for eval), dotenv or JSON
    #[command(after_help = "Examples:\n  eval \"$(sealbox env app/dev/)\"\n  \
sealbox env app/dev/ --format dotenv > .env\n  \
sealbox env --env PGPASSWORD=app/db#password --format json")]
    Env(EnvArgs),

    /// Fill `{{ sealbox://REF }}` references in a template (config files, .npmrc, kubeconfig)
    #[command(
        after_help = "Examples:\n  sealbox inject -i config.tmpl -O config.yaml   # written 0600, atomically\n  \
sealbox inject -i .npmrc.tmpl > ~/.npmrc\n\n\
A template line: password: {{ sealbox://app/db#password }}"
    )]
    Inject(InjectArgs),

    /// Import secrets from a dotenv file, JSON, a pass/gopass store, or an AWS region (one write)
    #[command(
        after_help = "Examples:\n  sealbox import .env --prefix app/dev/            # dotenv, told from the name\n  \
sealbox import --format json secrets.json            # {\"name\": \"value\"}\n  \
sealbox import --format json versions.json           # {\"name\": [\"oldest\", ..., \"current\"]}\n  \
sealbox import ~/.password-store --prefix pass/ --first-line   # a pass store\n  \
sealbox export app/ | sealbox --vault other.age import --format json - --overwrite\n  \
sealbox import --from-region prod-us --prefix app/prod/   # an AWS region: every labelled version"
    )]
    Import(ImportArgs),

    /// Print current values as JSON {"name": "value"} (plaintext: stdout only)
    #[command(after_help = "Examples:\n  sealbox export > backup.json          # plaintext! keep it safe\n  \
sealbox export app/prod/ | jq .\n\n\
Binary values are written as {\"SecretBinary\": \"<base64>\"}; `import --format json` reads them back.")]
    Export(ExportArgs),

    /// Edit a secret's value in $VISUAL or $EDITOR (a RAM-backed buffer, wiped afterwards)
    ///
    /// The buffer is a 0600 file in a private 0700 directory in $XDG_RUNTIME_DIR (else
    /// /dev/shm); sealbox refuses when neither is a RAM-backed file system. A changed buffer
    /// becomes a new AWSCURRENT version; an unchanged one writes nothing; an editor that
    /// exits non-zero writes nothing. A secret that does not exist is created.
    #[command(after_help = "Examples:\n  sealbox edit app/db/password\n  \
EDITOR=nano sealbox edit app/config.yaml")]
    Edit(NameArg),

    /// Rename a secret (or a subtree `OLD/` to `NEW/`), keeping everything it has
    #[command(
        name = "mv",
        after_help = "Examples:\n  sealbox mv app/db/password app/db/admin-password\n  \
sealbox mv app/old/ app/new/          # every secret under app/old/"
    )]
    Mv(MvArgs),

    /// Copy a secret's current value (or every version) to a new secret
    #[command(
        name = "cp",
        after_help = "Examples:\n  sealbox cp app/prod/db app/staging/db\n  \
sealbox cp app/db app/db-backup --all-versions"
    )]
    Cp(CpArgs),

    /// Names containing PATTERN (`*` and `?` glob when present), one a line
    #[command(after_help = "Examples:\n  sealbox find db\n  sealbox find 'app/*/password'\n  \
sealbox find db -o json")]
    Find(FindArgs),

    /// Print the shell completion script (bash, zsh, fish, elvish, powershell)
    #[command(
        after_help = "Examples:\n  sealbox completions bash > ~/.local/share/bash-completion/completions/sealbox\n  \
sealbox completions zsh > ~/.zfunc/_sealbox\n  \
sealbox completions fish > ~/.config/fish/completions/sealbox.fish"
    )]
    Completions(CompletionsArgs),

    /// Clear the clipboard after a delay if it still holds a value (started by `get --clip`)
    #[command(name = "__clip-clear", hide = true)]
    ClipClear(ClipClearArgs),

    /// Secret names for shell completion (prints nothing if the vault needs a prompt)
    #[command(name = "__complete-names", hide = true)]
    CompleteNames(CompleteNamesArgs),

    /// Unlock the identity once: start the agent and load the identity into it
    #[command(
        after_help = "Examples:\n  sealbox unlock                     # prompts once; 8h, locks after 30m unused\n  \
sealbox unlock --ttl 1d --idle 2h\n  \
SEALBOX_PASSPHRASE_FD=3 sealbox unlock 3<passfile   # CI\n\n\
The agent never hands out the identity: commands send it an age header's recipient stanzas \
and get back that one file's key."
    )]
    Unlock(UnlockArgs),

    /// Wipe every identity from the agent and stop it
    #[command(after_help = "Examples:\n  sealbox lock")]
    Lock,

    /// The unlock agent: run it in the foreground, or show what it holds
    #[command(after_help = "Examples:\n  sealbox agent status\n  sealbox agent status -o json\n  \
sealbox agent            # run in the foreground (`sealbox unlock` starts it in the background)")]
    Agent(AgentArgs),

    /// Change or remove the identity's passphrase
    #[command(
        after_help = "Examples:\n  sealbox passwd                     # asks the old passphrase, then the new one twice\n  \
sealbox passwd --remove            # store the identity unprotected\n  \
SEALBOX_PASSPHRASE_FD=3 SEALBOX_NEW_PASSPHRASE_FD=4 sealbox passwd 3<old 4<new"
    )]
    Passwd(PasswdArgs),

    /// List, add or remove the vault's recipients (re-encrypts the vault)
    #[command(after_help = "Examples:\n  sealbox recipients list\n  \
sealbox recipients add age1...          # a teammate's public key\n  \
sealbox recipients add \"$(cat ~/.ssh/id_ed25519.pub)\"\n  \
sealbox recipients remove age1... --rotate-all")]
    Recipients(RecipientsArgs),

    /// Compare the vault with an AWS region: names, version ids, labels (never values)
    #[command(after_help = "Examples:\n  sealbox diff --region prod-us\n  \
sealbox diff --region prod-us --prefix app/ -o json\n  \
sealbox diff --region prod-us -q && echo identical   # exit 0 when identical, 1 when not")]
    Diff(DiffArgs),

    /// Check files, identity, vault integrity, regions, audit log, rotations and deletions
    ///
    /// Read-only. Prints a checklist (✓ ok, ! worth knowing, ✗ failed, - not checked) and
    /// exits 1 when any check fails. With `-o json`: a list of {check, status, detail}.
    #[command(after_help = "Examples:\n  sealbox doctor\n  \
sealbox doctor -o json | jq '.[] | select(.status == \"fail\")'\n  \
sealbox --vault /mnt/backup/vault.age doctor")]
    Doctor,

    /// Read the values of several secrets at once (AWS BatchGetSecretValue), as JSON
    #[command(after_help = "Examples:\n  sealbox batch-get app/db app/api-key\n  \
sealbox batch-get --filter name=app/prod/ --query 'SecretValues[].[Name,SecretString]' -o text")]
    BatchGet(BatchGetArgs),

    /// Serve AWS Secrets Manager's API on loopback, for the AWS CLI, boto3 and every AWS SDK
    #[command(
        after_help = "Examples:\n  eval \"$(sealbox serve --credentials)\"   # AWS_ACCESS_KEY_ID, …, AWS_ENDPOINT_URL_SECRETS_MANAGER\n  \
sealbox serve &\n  aws secretsmanager get-secret-value --secret-id app/db\n  \
sealbox serve --listen 127.0.0.1:4600 --prefix app/dev/ --read-only"
    )]
    Serve(ServeArgs),

    /// Accept the vault file as it is now: a backup restored on purpose, a vault replaced
    ///
    /// sealbox remembers every vault it opens (its vault key and the highest generation
    /// seen, in the state directory) and refuses a vault at a known path that it did not
    /// write, or an older copy of it (a rollback). After you restore a backup on purpose,
    /// `trust` makes this machine take the file as the current vault. It is an audit event.
    #[command(after_help = "Examples:\n  sealbox trust\n  \
sealbox --vault /mnt/backup/vault.age trust\n  \
sealbox trust -o json")]
    Trust,

    /// Keep the vault in git: merge and diff it secret by secret (`git setup`)
    ///
    /// Run `sealbox git setup` once in each clone, inside the work tree that holds the
    /// vault: it adds `VAULT merge=sealbox diff=sealbox` to `.gitattributes` (commit it) and
    /// sets `merge.sealbox.driver` and `diff.sealbox.textconv` in the repository's config.
    /// Idempotent.
    #[command(after_help = "Examples:\n  sealbox --vault ./vault.age git setup\n  \
git add .gitattributes vault.age && git commit -m 'vault'")]
    Git(GitArgs),

    /// Merge two copies of one vault, secret by secret, into the first (git's merge driver)
    ///
    /// `merge BASE OURS THEIRS` is what git runs (`%O %A %B`): a three-way merge written to
    /// OURS. Versions from both sides are kept; a label, description, tag or deletion
    /// changed on one side takes that side; recipients added on either side are kept and a
    /// removal on either side is applied. When both sides moved one label to different
    /// versions, OURS keeps it, both versions are kept, the conflict and the command that
    /// takes theirs are printed, and the exit status is 1. `merge --into VAULT OTHER`
    /// merges a second copy without a base (a file-sync conflict copy).
    #[command(after_help = "Examples:\n  sealbox merge --into ~/Sync/vault.age \
~/Sync/vault.sync-conflict-20261202-123456-ABCDEFG.age\n  \
sealbox merge base.age ours.age theirs.age   # as git runs it")]
    Merge(MergeArgs),

    /// Print a vault as text for `git diff` and `git log -p`: never a value
    ///
    /// One line per secret and version: name, version id, labels, dates and a short keyed
    /// fingerprint of the value (it changes when the value does, and tells nothing to
    /// anyone who can't open the vault).
    #[command(
        after_help = "Examples:\n  sealbox textconv vault.age\n  git log -p vault.age   # after `sealbox git setup`"
    )]
    Textconv(TextconvArgs),
}

#[derive(Debug, Args)]
pub struct InitArgs {
    /// Create an identity without a passphrase (no prompt at all)
    #[arg(long)]
    pub no_passphrase: bool,

    /// A further recipient of the vault: an age `age1…` or `ssh-…` public key (repeatable)
    #[arg(long = "recipient", value_name = "RECIPIENT")]
    pub recipients: Vec<String>,
}

#[derive(Debug, Args)]
pub struct NameArg {
    /// Secret name
    pub name: String,
}

#[derive(Debug, Args, Default, Clone)]
pub struct ValueArgs {
    /// The value as an argument (visible in `ps` and shell history: prefer stdin or a file)
    #[arg(long, value_name = "STRING", conflicts_with_all = ["value_file", "generate"])]
    pub value: Option<String>,

    /// Read the value from a file, byte-exact (`-` for stdin)
    #[arg(long, value_name = "PATH", conflicts_with = "generate")]
    pub value_file: Option<PathBuf>,

    /// Generate a random password as the value (see `sealbox generate` for its options)
    #[arg(long)]
    pub generate: bool,

    #[command(flatten)]
    pub password: PasswordArgs,
}

#[derive(Debug, Args, Default, Clone)]
pub struct PasswordArgs {
    /// Password length (1..4096)
    #[arg(long, value_name = "N", default_value_t = 32)]
    pub length: u32,

    /// Characters the password must not contain
    #[arg(long, value_name = "CHARS")]
    pub exclude_characters: Option<String>,

    /// No digits
    #[arg(long)]
    pub exclude_numbers: bool,

    /// No punctuation (AWS's set: !"#$%&'()*+,-./:;<=>?@[\]^_`{|}~)
    #[arg(long)]
    pub exclude_punctuation: bool,

    /// No uppercase letters
    #[arg(long)]
    pub exclude_uppercase: bool,

    /// No lowercase letters
    #[arg(long)]
    pub exclude_lowercase: bool,

    /// Allow the space character
    #[arg(long)]
    pub include_space: bool,

    /// Require at least one character of every included type (the default)
    #[arg(long, overrides_with = "no_require_each_included_type")]
    pub require_each_included_type: bool,

    /// Don't require a character of every included type
    #[arg(long)]
    pub no_require_each_included_type: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum SecretType {
    /// A plain value
    #[default]
    Plain,
    /// AWS's database credentials JSON: engine, host, port, username, password, dbname
    Database,
}

#[derive(Debug, Args)]
pub struct CreateArgs {
    /// Secret name: 1..512 of A-Za-z0-9 and /_+=.@- (`/` builds a hierarchy)
    pub name: String,

    #[command(flatten)]
    pub value: ValueArgs,

    /// A description
    #[arg(long)]
    pub description: Option<String>,

    /// A tag KEY=VALUE (repeatable)
    #[arg(long = "tag", value_name = "KEY=VALUE")]
    pub tags: Vec<String>,

    /// Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,

    /// `database` builds AWS's credentials JSON from the flags below; the value is the password
    #[arg(long = "type", value_enum, default_value_t = SecretType::Plain)]
    pub secret_type: SecretType,

    #[command(flatten)]
    pub database: DatabaseArgs,

    /// Create the secret with no version (AWS CreateSecret without a value)
    #[arg(long, conflicts_with_all = ["value", "value_file", "generate", "token"])]
    pub no_value: bool,

    /// Store the value as SecretBinary even when it is UTF-8
    #[arg(long, conflicts_with = "no_value")]
    pub binary: bool,
}

#[derive(Debug, Args, Default)]
pub struct DatabaseArgs {
    /// Database engine (postgres, mysql, mariadb, oracle, sqlserver, redshift, db2, mongo)
    #[arg(long, value_name = "ENGINE")]
    pub engine: Option<String>,
    /// Database host
    #[arg(long, value_name = "HOST")]
    pub host: Option<String>,
    /// Database port [default: the engine's usual port]
    #[arg(long, value_name = "PORT")]
    pub port: Option<u16>,
    /// Database user name
    #[arg(long, value_name = "USER")]
    pub username: Option<String>,
    /// Database name
    #[arg(long, value_name = "DB")]
    pub dbname: Option<String>,
}

#[derive(Debug, Args)]
pub struct GetArgs {
    /// Secret name
    pub name: String,
    /// Read this version
    #[arg(long, value_name = "VERSION_ID")]
    pub version_id: Option<String>,
    /// Read the version carrying this label [default: AWSCURRENT]
    #[arg(long, value_name = "LABEL")]
    pub stage: Option<String>,
    /// Print one field of a JSON-object value
    #[arg(long, value_name = "KEY")]
    pub field: Option<String>,
    /// Copy the value to the clipboard instead (cleared after SEALBOX_CLIP_TIME seconds, 45)
    #[arg(short = 'c', long)]
    pub clip: bool,
    /// Print the current TOTP code of an otpauth:// URI or base32 secret (RFC 6238)
    #[arg(long)]
    pub totp: bool,
}

#[derive(Debug, Args)]
pub struct PutVersionArgs {
    /// Secret name
    pub name: String,

    #[command(flatten)]
    pub value: ValueArgs,

    /// Labels for the new version (repeatable) [default: AWSCURRENT]
    #[arg(long = "stage", value_name = "LABEL")]
    pub stages: Vec<String>,

    /// Idempotency token (AWS ClientRequestToken, 32..64 characters); becomes the version id
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Store the value as SecretBinary even when it is UTF-8
    #[arg(long)]
    pub binary: bool,
}

#[derive(Debug, Args)]
pub struct ListArgs {
    /// Only names that start with this prefix (e.g. `app/prod/`)
    pub prefix: Option<String>,
    /// Include secrets scheduled for deletion
    #[arg(long)]
    pub include_deleted: bool,
    /// Only secrets whose next rotation date has passed (what `rotate --due` would rotate)
    #[arg(long)]
    pub rotation_due: bool,

    /// AWS ListSecrets filter KEY=VALUE (repeatable; keys name, description, tag-key,
    /// tag-value, primary-region, all; `!VALUE` negates)
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,

    /// Sort by name, created-date, last-accessed-date or last-changed-date
    #[arg(long, value_name = "KEY", default_value = "name")]
    pub sort_by: String,

    /// asc or desc
    #[arg(long, value_name = "ORDER", default_value = "asc")]
    pub sort_order: String,

    /// At most N secrets (1..100); `NextToken` then names the next page
    #[arg(long, value_name = "N")]
    pub max_results: Option<usize>,

    /// The NextToken of the previous page
    #[arg(long, value_name = "TOKEN")]
    pub next_token: Option<String>,

    /// One name per line and nothing else
    #[arg(long, conflicts_with = "tree")]
    pub names: bool,
    /// The names as a tree, like `pass ls`
    #[arg(long)]
    pub tree: bool,
}

#[derive(Debug, Args)]
pub struct VersionsArgs {
    /// Secret name
    pub name: String,
    /// Include deprecated versions (those with no label)
    #[arg(long)]
    pub include_deprecated: bool,
}

#[derive(Debug, Args)]
pub struct StageArgs {
    /// Secret name
    pub name: String,
    /// The staging label to move (AWSCURRENT, AWSPREVIOUS, AWSPENDING or your own)
    pub label: String,
    /// The version to attach the label to
    #[arg(long, value_name = "VERSION_ID")]
    pub to: Option<String>,
    /// The version the label is on now (required when it is attached elsewhere)
    #[arg(long, value_name = "VERSION_ID")]
    pub from: Option<String>,
}

#[derive(Debug, Args)]
pub struct UpdateArgs {
    /// Secret name
    pub name: String,
    /// The new description (an empty string clears it)
    #[arg(long)]
    pub description: Option<String>,

    /// A new value: --value, --value-file (`-` for stdin) or --generate; never read from
    /// stdin unasked
    #[command(flatten)]
    pub value: ValueArgs,

    /// Idempotency token for the new version (32..64 characters); becomes its id
    #[arg(long, value_name = "TOKEN")]
    pub token: Option<String>,

    /// Store the value as SecretBinary even when it is UTF-8
    #[arg(long)]
    pub binary: bool,
}

#[derive(Debug, Args)]
pub struct TagArgs {
    /// Secret name
    pub name: String,
    /// Tags as KEY=VALUE
    #[arg(required = true, value_name = "KEY=VALUE")]
    pub tags: Vec<String>,
}

#[derive(Debug, Args)]
pub struct UntagArgs {
    /// Secret name
    pub name: String,
    /// Tag keys to remove
    #[arg(required = true, value_name = "KEY")]
    pub keys: Vec<String>,
}

#[derive(Debug, Args)]
pub struct DeleteArgs {
    /// Secret name
    pub name: String,
    /// Days before the secret is purged (7..30)
    #[arg(long, value_name = "DAYS", conflicts_with = "force_delete_without_recovery")]
    pub recovery_window_days: Option<i64>,
    /// Delete at once, irrecoverably
    #[arg(long, action = ArgAction::SetTrue)]
    pub force_delete_without_recovery: bool,
}

#[derive(Debug, Args)]
pub struct RotateArgs {
    /// Secret name (omit with --due, --templates or the timer flags)
    #[arg(required_unless_present_any = ["due", "templates", "install_timer", "print_cron", "remove_timer"])]
    #[arg(conflicts_with_all = ["due", "templates", "install_timer", "print_cron", "remove_timer"])]
    pub name: Option<String>,

    /// The rotation script, run once per step (`create`, `set`, `test`); stored as an absolute path
    #[arg(long, value_name = "PATH", conflicts_with = "template")]
    pub script: Option<PathBuf>,

    /// Use a rotation template built into sealbox instead of a script (see --templates)
    #[arg(long, value_name = "TEMPLATE")]
    pub template: Option<String>,

    /// Rotate automatically every DAYS days (1..1000), through `sealbox rotate --due`; with
    /// --install-timer or --print-cron: how often the timer runs (15m, 1h, 1d) [default: 1h]
    #[arg(long, value_name = "DAYS", allow_negative_numbers = true, conflicts_with = "schedule")]
    pub every: Option<String>,

    /// AWS's ScheduleExpression: 'rate(N hours|days)' (at least 4 hours) or
    /// 'cron(0 HOURS DAY-OF-MONTH MONTH DAY-OF-WEEK *)', in UTC
    #[arg(long, value_name = "EXPR")]
    pub schedule: Option<String>,

    /// AWS's Duration: the rotation window after each scheduled start, in whole hours (3h)
    /// [default: 1h for a schedule in hours, else to the end of the UTC day]
    #[arg(long, value_name = "HOURS", requires = "schedule")]
    pub window: Option<String>,

    /// Seconds each step may run before its whole process group is killed (1..3600) [default: 300]
    #[arg(long, value_name = "SECS")]
    pub timeout: Option<u64>,

    /// Store the configuration and only run `test` against the current value
    #[arg(long, conflicts_with_all = ["cancel", "disable"])]
    pub no_rotate_now: bool,

    /// Drop the AWSPENDING label of an incomplete rotation
    #[arg(long, conflicts_with_all = ["script", "template", "every", "schedule", "timeout", "disable"])]
    pub cancel: bool,

    /// Turn scheduled rotation off (the script stays configured)
    #[arg(long, conflicts_with_all = ["script", "template", "every", "schedule", "timeout"])]
    pub disable: bool,

    /// Rotate every secret whose next rotation date has passed (for cron or a systemd timer)
    #[arg(long, conflicts_with_all = ["script", "template", "every", "schedule", "timeout", "no_rotate_now", "cancel", "disable"])]
    pub due: bool,

    /// With --due: list what is due, rotate nothing
    #[arg(long, requires = "due")]
    pub dry_run: bool,

    /// List the built-in rotation templates
    #[arg(long, conflicts_with_all = ["script", "template", "every", "schedule", "timeout", "no_rotate_now"])]
    pub templates: bool,

    /// Write and enable a systemd user timer (sealbox-rotate.timer) that runs `sealbox rotate --due`
    #[arg(long, conflicts_with_all = ["script", "template", "schedule", "timeout", "no_rotate_now", "print_cron", "remove_timer"])]
    pub install_timer: bool,

    /// Print the crontab line that runs `sealbox rotate --due` (absolute paths, for cron's bare PATH)
    #[arg(long, conflicts_with_all = ["script", "template", "schedule", "timeout", "no_rotate_now", "remove_timer"])]
    pub print_cron: bool,

    /// Disable and remove the systemd user timer
    #[arg(long, conflicts_with_all = ["script", "template", "every", "schedule", "timeout", "no_rotate_now"])]
    pub remove_timer: bool,
}

#[derive(Debug, Args)]
pub struct RegionArgs {
    #[command(subcommand)]
    pub command: RegionCommand,
}

#[derive(Debug, Subcommand)]
pub enum RegionCommand {
    /// Add a region (creating its vault if there is none at PATH), or an AWS Secrets Manager region
    #[command(after_help = "Examples:\n  sealbox region add backup --vault /mnt/backup/sealbox/vault.age\n  \
sealbox region add ci --vault ~/shared/ci-vault.age --recipient age1ci...\n  \
sealbox region add prod-us --aws us-east-1 --profile prod --name-prefix team/")]
    Add(RegionAddArgs),
    /// List regions: vault, recipients, whether it can be opened, replicated prefixes
    #[command(after_help = "Examples:\n  sealbox region list\n  sealbox region list -o json")]
    List,
    /// Remove a region from the config (refused while it holds replicas)
    #[command(after_help = "Examples:\n  sealbox region remove backup")]
    Remove(RegionNameArg),
}

#[derive(Debug, Args)]
pub struct RegionAddArgs {
    /// Region name (letters, digits, `.`, `_`, `-`)
    pub name: String,
    /// The region's vault file
    #[arg(long, value_name = "PATH", required_unless_present = "aws", conflicts_with = "aws")]
    pub vault: Option<PathBuf>,
    /// An extra age or SSH recipient of the region's vault (repeatable), e.g. a CI machine's key
    #[arg(long = "recipient", value_name = "RECIPIENT", conflicts_with = "aws")]
    pub recipients: Vec<String>,
    /// An AWS Secrets Manager region instead of a vault file (e.g. us-east-1)
    #[arg(long, value_name = "AWS_REGION")]
    pub aws: Option<String>,
    /// The AWS profile for credentials [default: the standard chain: environment, profile, SSO, IMDS]
    #[arg(long, value_name = "PROFILE", requires = "aws")]
    pub profile: Option<String>,
    /// Another endpoint than AWS's own (a VPC endpoint, a local emulator)
    #[arg(long, value_name = "URL", requires = "aws")]
    pub endpoint_url: Option<String>,
    /// Put this in front of every secret name in AWS (e.g. `team/`)
    #[arg(long, value_name = "PREFIX", requires = "aws")]
    pub name_prefix: Option<String>,
}

#[derive(Debug, Args)]
pub struct RegionNameArg {
    /// Region name
    pub name: String,
}

#[derive(Debug, Args)]
#[command(group(clap::ArgGroup::new("what").required(true).args(["name", "prefix"])))]
#[command(group(clap::ArgGroup::new("action").required(true).args(["to", "remove"])))]
pub struct ReplicateArgs {
    /// Secret name
    pub name: Option<String>,
    /// Replicate every secret under this prefix; new secrets under it follow
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Regions to replicate to
    #[arg(long, value_name = "REGION", num_args = 1..)]
    pub to: Vec<String>,
    /// Regions whose replicas to delete now
    #[arg(long, value_name = "REGION", num_args = 1..)]
    pub remove: Vec<String>,
    /// Replace a secret of the same name that already exists in a region
    #[arg(long, conflicts_with = "remove")]
    pub force_overwrite: bool,
}

#[derive(Debug, Args)]
pub struct SyncArgs {
    /// Only this secret [default: every replicated secret]
    pub name: Option<String>,
    /// Replace secrets of the same name that exist in a region and are not this vault's
    /// replicas (an AWS secret created outside sealbox, a standalone secret in a vault)
    #[arg(long)]
    pub force_overwrite: bool,
}

#[derive(Debug, Args)]
pub struct DiffArgs {
    /// The AWS region (a `region add --aws` name) to compare with
    #[arg(long, value_name = "REGION")]
    pub region: String,
    /// Only secrets whose name starts with this prefix
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
}

#[derive(Debug, Args)]
pub struct AuditArgs {
    #[command(subcommand)]
    pub action: Option<AuditAction>,

    #[command(flatten)]
    pub query: AuditQueryArgs,
}

#[derive(Debug, Subcommand)]
pub enum AuditAction {
    /// Show log lines (what `sealbox audit [NAME]` does; use it for a secret named `verify`)
    #[command(after_help = "Examples:\n  sealbox audit show app/db --until 2026-02-01")]
    Show(AuditQueryArgs),

    /// Check every line's MAC and the chain; exit 1 naming the first broken line
    #[command(after_help = "Examples:\n  sealbox audit verify\n  sealbox audit verify -o json\n  \
sealbox audit verify --log ~/.local/state/sealbox/audit.jsonl.20260101T000000Z")]
    Verify(AuditVerifyArgs),

    /// Start a new log file that continues the chain; the old file is kept beside it
    #[command(after_help = "Examples:\n  sealbox audit rotate\n  \
sealbox audit rotate --if-larger-than 10000000   # from cron: only past 10 MB")]
    Rotate(AuditRotateArgs),
}

#[derive(Debug, Args, Default)]
pub struct AuditQueryArgs {
    /// A secret name (also matches the names below it, `NAME/…`) or a prefix ending in `/`
    pub name: Option<String>,
    /// Only lines at or after DATE: RFC 3339, YYYY-MM-DD (UTC), or an age like 7d or 12h
    #[arg(long, value_name = "DATE")]
    pub since: Option<String>,
    /// Only lines before DATE (a bare YYYY-MM-DD includes that whole day)
    #[arg(long, value_name = "DATE")]
    pub until: Option<String>,
    /// Only this operation (GetSecretValue, PutSecretValue, DeleteSecret, …)
    #[arg(long, value_name = "OP")]
    pub operation: Option<String>,
    /// `ok`, `failed` (any error), or an error class (ResourceNotFoundException, …)
    #[arg(long, value_name = "OUTCOME")]
    pub outcome: Option<String>,
    /// Read this log file instead of the configured one (e.g. a rotated-out file)
    #[arg(long, value_name = "PATH")]
    pub log: Option<PathBuf>,
    /// Only the failed reads of secrets scheduled for deletion, since they were scheduled:
    /// who still uses a secret that is about to go
    #[arg(long)]
    pub pending_deletion: bool,
}

#[derive(Debug, Args)]
pub struct AuditVerifyArgs {
    /// Verify this log file instead of the configured one (e.g. a rotated-out file)
    #[arg(long, value_name = "PATH")]
    pub log: Option<PathBuf>,
}

#[derive(Debug, Args)]
pub struct AuditRotateArgs {
    /// Only rotate when the log is larger than BYTES
    #[arg(long, value_name = "BYTES")]
    pub if_larger_than: Option<u64>,
}

#[derive(Debug, Args)]
pub struct ExecArgs {
    /// Every secret under this prefix becomes a variable named by the rest of its name,
    /// uppercased, non-alphanumerics as `_` (repeatable)
    #[arg(long = "prefix", value_name = "PREFIX")]
    pub prefixes: Vec<String>,
    /// Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)
    #[arg(long = "env", value_name = "VAR=REF")]
    pub envs: Vec<String>,
    /// A JSON-object secret under a prefix becomes one variable per field (NAME_FIELD)
    #[arg(long)]
    pub expand_json: bool,
    /// Start the command with only PATH, HOME, TERM, LANG and the secrets
    #[arg(long)]
    pub pristine: bool,
    /// Fail when a reference or prefix finds nothing, instead of warning
    #[arg(long)]
    pub strict: bool,
    /// The command and its arguments (after `--`)
    #[arg(required = true, trailing_var_arg = true, allow_hyphen_values = true, value_name = "CMD")]
    pub command: Vec<std::ffi::OsString>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum, Default)]
pub enum EnvFormat {
    /// `export NAME='value'` lines, safe for `eval`
    #[default]
    Shell,
    /// `NAME='value'` / `NAME="escaped"` lines (docker compose, python-dotenv)
    Dotenv,
    /// One JSON object {"NAME": "value"}
    Json,
}

#[derive(Debug, Args)]
pub struct EnvArgs {
    /// Every secret under this prefix becomes a variable (as with `exec --prefix`)
    pub prefix: Option<String>,
    /// Set VAR from a reference: NAME, NAME#field, NAME@LABEL, NAME#field@LABEL (repeatable)
    #[arg(long = "env", value_name = "VAR=REF")]
    pub envs: Vec<String>,
    /// Output format
    #[arg(long, value_enum, default_value_t = EnvFormat::Shell)]
    pub format: EnvFormat,
    /// A JSON-object secret under the prefix becomes one variable per field (NAME_FIELD)
    #[arg(long)]
    pub expand_json: bool,
    /// Fail when a reference or the prefix finds nothing, instead of warning
    #[arg(long)]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct InjectArgs {
    /// The template (`-` for stdin)
    #[arg(short = 'i', long = "in-file", visible_alias = "input", value_name = "TEMPLATE")]
    pub input: PathBuf,
    /// Write here (mode 0600, atomically) instead of stdout (`-o` is the output format, as everywhere)
    #[arg(short = 'O', long = "out-file", visible_alias = "output-file", value_name = "FILE")]
    pub out_file: Option<PathBuf>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ImportFormat {
    /// KEY=value lines
    Dotenv,
    /// {"name": "value"} or {"name": ["oldest", ..., "current"]}
    Json,
    /// A pass/gopass store directory (each NAME.gpg through `pass show` or `gpg --decrypt`)
    Pass,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// What the source is (default: a directory is a pass store, `*.json` is JSON, `.env`,
    /// `*.env` and `.env.*` are dotenv, else told from the content)
    #[arg(long, value_enum)]
    pub format: Option<ImportFormat>,
    /// The file (`-` for stdin), or the store directory for `--format pass`
    #[arg(required_unless_present = "from_region")]
    pub source: Option<PathBuf>,
    /// Pull from this AWS region (a `region add --aws` name) instead: every version that
    /// carries a label, with its id, labels, description and tags
    #[arg(long, value_name = "REGION", conflicts_with_all = ["format", "source"])]
    pub from_region: Option<String>,
    /// Put this in front of every imported name (e.g. `app/dev/`); with --from-region, import
    /// only the AWS secrets whose sealbox name starts with it
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Add a new version to secrets that exist already (else: exit 4, nothing imported); with
    /// --from-region, take AWS's versions, labels, description and tags for secrets that differ
    #[arg(long)]
    pub overwrite: bool,
    /// With a pass store: keep only the first line of each entry (pass's convention: the
    /// password first, notes after)
    #[arg(long)]
    pub first_line: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Only names that start with this prefix
    pub prefix: Option<String>,
}

#[derive(Debug, Args)]
pub struct MvArgs {
    /// The secret's name (or `PREFIX/` for a subtree)
    pub old: String,
    /// Its new name (or `PREFIX/`)
    pub new: String,
}

#[derive(Debug, Args)]
pub struct CpArgs {
    /// The secret to copy
    pub source: String,
    /// The new secret
    pub destination: String,
    /// Copy every version with its labels, not only the current value
    #[arg(long)]
    pub all_versions: bool,
}

#[derive(Debug, Args)]
pub struct FindArgs {
    /// A part of the name, or a glob with `*` and `?`
    pub pattern: String,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

#[derive(Debug, Args)]
pub struct ClipClearArgs {
    /// The clipboard tool that was used
    pub tool: String,
    /// Seconds to wait
    pub seconds: u64,
}

#[derive(Debug, Args)]
pub struct CompleteNamesArgs {
    /// What has been typed so far
    #[arg(default_value = "", allow_hyphen_values = true)]
    pub prefix: String,
    /// Print the next `/` level (`app/dev/`) instead of whole names below it
    #[arg(long)]
    pub levels: bool,
}

#[derive(Debug, Args)]
pub struct UnlockArgs {
    /// How long the agent keeps the identity (e.g. 90s, 30m, 8h, 1d)
    #[arg(long, value_name = "DURATION", default_value = "8h")]
    pub ttl: String,
    /// Lock after this long without use (0: never)
    #[arg(long, value_name = "DURATION", default_value = "30m")]
    pub idle: String,
}

#[derive(Debug, Args)]
pub struct AgentArgs {
    #[command(subcommand)]
    pub command: Option<AgentCommand>,
    /// Leave the caller's session and close inherited descriptors (how `unlock` starts it)
    #[arg(long, hide = true)]
    pub detached: bool,
}

#[derive(Debug, Subcommand)]
pub enum AgentCommand {
    /// Show what the agent holds (identity files, public keys) and when each expires
    Status,
}

#[derive(Debug, Args)]
pub struct PasswdArgs {
    /// Remove the passphrase: store the identity unprotected (throwaway machines only)
    #[arg(long)]
    pub remove: bool,
}

#[derive(Debug, Args)]
pub struct RecipientsArgs {
    #[command(subcommand)]
    pub command: RecipientsCommand,
}

#[derive(Debug, Subcommand)]
pub enum RecipientsCommand {
    /// List the vault's recipients
    List,
    /// Add recipients (`age1…` or `ssh-…` public keys) and re-encrypt the vault
    Add {
        /// Public keys to add
        #[arg(required = true, value_name = "RECIPIENT")]
        recipients: Vec<String>,
    },
    /// Remove a recipient, re-encrypt the vault, and list the secrets it could read
    Remove {
        /// The public key to remove
        #[arg(value_name = "RECIPIENT")]
        recipient: String,
        /// Also rotate every secret it could read (marks them due where rotation is set up)
        #[arg(long)]
        rotate_all: bool,
        /// Allow removing the key this command is using
        #[arg(long)]
        force: bool,
    },
}

#[derive(Debug, Args)]
pub struct GitArgs {
    #[command(subcommand)]
    pub command: GitCommand,
}

#[derive(Debug, Subcommand)]
pub enum GitCommand {
    /// Add the vault to `.gitattributes` and set the merge driver and diff textconv
    Setup,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// Merge OTHER into this vault without a base (a file-sync conflict copy)
    #[arg(long, value_name = "VAULT")]
    pub into: Option<PathBuf>,
    /// BASE OURS THEIRS (as git passes them), or OTHER with --into
    #[arg(value_name = "FILE", required = true, num_args = 1..=3)]
    pub files: Vec<PathBuf>,
}

#[derive(Debug, Args)]
pub struct TextconvArgs {
    /// The vault file (git passes a temp copy)
    pub file: PathBuf,
}

#[derive(Debug, Args)]
pub struct BatchGetArgs {
    /// Secret names or ARNs (at most 20)
    #[arg(value_name = "NAME", required_unless_present = "filters", conflicts_with = "filters")]
    pub names: Vec<String>,
    /// A ListSecrets filter KEY=VALUE instead of names (repeatable)
    #[arg(long = "filter", value_name = "KEY=VALUE")]
    pub filters: Vec<String>,
    /// With --filter: at most N secrets (1..20) [default: 20]
    #[arg(long, value_name = "N", requires = "filters")]
    pub max_results: Option<usize>,
    /// With --filter: the NextToken of the previous page
    #[arg(long, value_name = "TOKEN", requires = "filters")]
    pub next_token: Option<String>,
}

#[derive(Debug, Args)]
pub struct ServeArgs {
    /// The loopback address and port to listen on
    #[arg(long, value_name = "ADDR:PORT", default_value = "127.0.0.1:4583")]
    pub listen: String,
    /// Serve only this subtree of names (others: AccessDeniedException)
    #[arg(long, value_name = "PREFIX")]
    pub prefix: Option<String>,
    /// Refuse every write (AccessDeniedException)
    #[arg(long)]
    pub read_only: bool,
    /// Print the export lines for the access key and the endpoint, and exit
    #[arg(long)]
    pub credentials: bool,
}
