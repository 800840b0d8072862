//! `sealbox generate`: a random password (AWS GetRandomPassword).

use serde_json::json;

use crate::cli::PasswordArgs;
use crate::output;
use crate::password;
use crate::session::Session;
use crate::terminal;

pub fn run(ctx: &Session, args: PasswordArgs) -> anyhow::Result<()> {
    let p = password::generate(&args)?;
    if ctx.json() {
        return output::print_json(&json!({"RandomPassword": p.as_str()}));
    }
    output::write_stdout(p.as_bytes())?;
    if terminal::stdout_is_terminal() {
        output::write_stdout(b"\n")?;
    }
    Ok(())
}
