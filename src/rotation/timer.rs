//! What runs `sealbox rotate --due` on a schedule: the text of a systemd user service and
//! timer (`sealbox-rotate.{service,timer}`), or a crontab line. Pure text; the command
//! writes and enables it.
//!
//! Both pin everything the command found at install time, since neither cron nor a user
//! service has the login shell's environment: the executable, vault, identity and config as
//! absolute paths, `PATH` (a rotation script or template finds the same `psql`), and for cron
//! `XDG_RUNTIME_DIR` (where the unlock agent's socket is; a user service has it already).
//! `--no-input`: nothing can prompt, so an identity that needs a passphrase must be held by
//! the agent (`sealbox unlock`), and `sealbox doctor` says when it isn't.

use std::ffi::OsString;
use std::path::PathBuf;

use crate::error::Error;

pub const UNIT_NAME: &str = "sealbox-rotate";
/// Minutes that divide an hour and hours that divide a day: the intervals both a systemd
/// calendar and a crontab express exactly.
const MINUTES: [u32; 11] = [1, 2, 3, 4, 5, 6, 10, 12, 15, 20, 30];
const HOURS: [u32; 7] = [1, 2, 3, 4, 6, 8, 12];

/// How often the timer runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Interval {
    Minutes(u32),
    Hours(u32),
    Daily,
}

impl Interval {
    /// `15m`, `30min`, `1h`, `6h`, `1d` (or `24h`).
    pub fn parse(text: &str) -> Result<Interval, Error> {
        let bad = || {
            Error::usage(format!("--every {text:?} is not an interval the timer can keep"))
                .with_hint("with --install-timer or --print-cron, --every takes 1m..30m dividing an hour, 1h..12h dividing a day, or 1d")
        };
        let split = text.find(|c: char| !c.is_ascii_digit()).ok_or_else(bad)?;
        let (number, unit) = text.split_at(split);
        let n: u32 = number.parse().map_err(|_| bad())?;
        match unit {
            "m" | "min" if MINUTES.contains(&n) => Ok(Interval::Minutes(n)),
            "m" | "min" if n == 60 => Ok(Interval::Hours(1)),
            "h" if HOURS.contains(&n) => Ok(Interval::Hours(n)),
            "h" if n == 24 => Ok(Interval::Daily),
            "d" if n == 1 => Ok(Interval::Daily),
            _ => Err(bad()),
        }
    }

    fn on_calendar(self) -> String {
        match self {
            Interval::Minutes(n) => format!("*-*-* *:00/{n}:00"),
            Interval::Hours(n) => format!("*-*-* 00/{n}:00:00"),
            Interval::Daily => "*-*-* 00:00:00".into(),
        }
    }

    fn cron_time(self) -> String {
        match self {
            Interval::Minutes(n) => format!("*/{n} * * * *"),
            Interval::Hours(1) => "0 * * * *".into(),
            Interval::Hours(n) => format!("0 */{n} * * *"),
            Interval::Daily => "0 0 * * *".into(),
        }
    }

    pub fn describe(self) -> String {
        match self {
            Interval::Minutes(n) => format!("every {n} min"),
            Interval::Hours(1) => "hourly".into(),
            Interval::Hours(n) => format!("every {n} h"),
            Interval::Daily => "daily".into(),
        }
    }
}

/// The command the timer runs, and the environment it needs.
pub struct Job {
    pub exe: PathBuf,
    pub vault: PathBuf,
    pub identity: PathBuf,
    pub config: PathBuf,
    pub path: Option<OsString>,
    pub runtime_dir: Option<OsString>,
}

impl Job {
    fn argv(&self) -> Vec<String> {
        let mut argv = vec![self.exe.to_string_lossy().into_owned()];
        for (flag, path) in [("--vault", &self.vault), ("--identity", &self.identity), ("--config", &self.config)] {
            argv.push(flag.into());
            argv.push(path.to_string_lossy().into_owned());
        }
        argv.extend(["--no-input", "rotate", "--due"].map(String::from));
        argv
    }

    pub fn service_unit(&self) -> String {
        let exec: Vec<String> = self.argv().iter().map(|a| systemd_quote(a)).collect();
        let mut unit = format!(
            "[Unit]\nDescription=sealbox: rotate the secrets that are due\n\n\
             [Service]\nType=oneshot\nExecStart={}\n",
            exec.join(" ")
        );
        if let Some(path) = &self.path {
            unit.push_str(&format!("Environment={}\n", systemd_quote(&format!("PATH={}", path.to_string_lossy()))));
        }
        unit
    }

    pub fn timer_unit(&self, every: Interval) -> String {
        format!(
            "[Unit]\nDescription=sealbox: run `sealbox rotate --due` {}\n\n[Timer]\nOnCalendar={}\n\
             Persistent=true\nRandomizedDelaySec=60\n\n[Install]\nWantedBy=timers.target\n",
            every.describe(),
            every.on_calendar()
        )
    }

    /// One crontab line: `MIN HOUR * * * VAR=… '/abs/sealbox' … rotate --due`, shell-quoted,
    /// with `%` escaped (cron turns a bare one into a newline).
    pub fn cron_line(&self, every: Interval) -> String {
        let mut words = Vec::new();
        if let Some(dir) = &self.runtime_dir {
            words.push(format!("XDG_RUNTIME_DIR={}", shell_quote(&dir.to_string_lossy())));
        }
        if let Some(path) = &self.path {
            words.push(format!("PATH={}", shell_quote(&path.to_string_lossy())));
        }
        words.extend(self.argv().iter().map(|a| shell_quote(a)));
        format!("{} {}", every.cron_time(), words.join(" ").replace('%', "\\%"))
    }
}

/// A word for sh: bare when it is plainly safe, else single-quoted.
fn shell_quote(word: &str) -> String {
    if !word.is_empty() && word.chars().all(|c| c.is_ascii_alphanumeric() || "-_./=:,+@".contains(c)) {
        return word.to_string();
    }
    format!("'{}'", word.replace('\'', "'\\''"))
}

/// A word for a systemd unit line: double-quoted, with `\`, `"`, and the specifier and
/// variable characters `%` and `$` escaped.
fn systemd_quote(word: &str) -> String {
    let escaped = word.replace('\\', "\\\\").replace('"', "\\\"").replace('%', "%%").replace('$', "$$");
    format!("\"{escaped}\"")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn job() -> Job {
        Job {
            exe: "/opt/sb/bin/sealbox".into(),
            vault: "/home/u/my vault.age".into(),
            identity: "/home/u/.config/sealbox/identity.txt".into(),
            config: "/home/u/.config/sealbox/config.toml".into(),
            path: Some("/usr/local/bin:/usr/bin:/bin".into()),
            runtime_dir: Some("/run/user/1000".into()),
        }
    }

    #[test]
    fn intervals() {
        assert_eq!(Interval::parse("1h").unwrap(), Interval::Hours(1));
        assert_eq!(Interval::parse("15m").unwrap(), Interval::Minutes(15));
        assert_eq!(Interval::parse("30min").unwrap(), Interval::Minutes(30));
        assert_eq!(Interval::parse("60m").unwrap(), Interval::Hours(1));
        assert_eq!(Interval::parse("1d").unwrap(), Interval::Daily);
        assert_eq!(Interval::parse("24h").unwrap(), Interval::Daily);
        for bad in ["7m", "5h", "2d", "h", "1", "", "1.5h", "-1h"] {
            assert!(Interval::parse(bad).is_err(), "{bad}");
        }
        assert_eq!(Interval::Minutes(15).on_calendar(), "*-*-* *:00/15:00");
        assert_eq!(Interval::Hours(6).cron_time(), "0 */6 * * *");
    }

    #[test]
    fn units_and_cron_line() {
        let j = job();
        assert_eq!(
            j.service_unit(),
            "[Unit]\nDescription=sealbox: rotate the secrets that are due\n\n\
             [Service]\nType=oneshot\nExecStart=\"/opt/sb/bin/sealbox\" \"--vault\" \"/home/u/my vault.age\" \
             \"--identity\" \"/home/u/.config/sealbox/identity.txt\" \"--config\" \
             \"/home/u/.config/sealbox/config.toml\" \"--no-input\" \"rotate\" \"--due\"\n\
             Environment=\"PATH=/usr/local/bin:/usr/bin:/bin\"\n"
        );
        assert!(j.timer_unit(Interval::Hours(1)).contains("\nOnCalendar=*-*-* 00/1:00:00\nPersistent=true\n"));
        assert_eq!(
            j.cron_line(Interval::Hours(1)),
            "0 * * * * XDG_RUNTIME_DIR=/run/user/1000 PATH=/usr/local/bin:/usr/bin:/bin /opt/sb/bin/sealbox \
             --vault '/home/u/my vault.age' --identity /home/u/.config/sealbox/identity.txt --config \
             /home/u/.config/sealbox/config.toml --no-input rotate --due"
        );
        let odd = Job { vault: "/v/50%'s $x".into(), ..job() };
        assert!(odd.cron_line(Interval::Daily).contains(" --vault '/v/50\\%'\\''s $x' "));
        assert!(odd.service_unit().contains(" \"/v/50%%'s $$x\" "));
    }
}
