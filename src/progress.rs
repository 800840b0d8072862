//! Progress bars for bulk work (import, replicate --prefix, sync, rotate --due, recipients
//! re-encrypting a vault): drawn on stderr only when it is a terminal and `-q` is not given,
//! so a pipe, a log file or a test sees no bar bytes at all. Each bulk command still ends
//! with one summary line of its own.

use std::io::IsTerminal;
use std::time::Duration;

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::context::Context;

/// A bar (or a spinner) that may be absent; cleared from the terminal when dropped.
pub struct Progress {
    bar: Option<ProgressBar>,
}

fn shown(ctx: &Context) -> bool {
    !ctx.quiet() && std::io::stderr().is_terminal()
}

impl Progress {
    /// No bar at all.
    pub fn none() -> Progress {
        Progress { bar: None }
    }

    /// `message [=====>     ] 120/1000`, for `len` items.
    pub fn bar(ctx: &Context, len: u64, message: &str) -> Progress {
        if !shown(ctx) || len < 2 {
            return Progress::none();
        }
        let bar = ProgressBar::with_draw_target(Some(len), ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{msg} [{bar:30}] {pos}/{len} ({eta})") {
            bar.set_style(style.progress_chars("=> "));
        }
        bar.set_message(message.to_string());
        Progress { bar: Some(bar) }
    }

    /// `⠋ message (12s)`, for one long step with no count (re-encrypting a whole vault).
    pub fn spinner(ctx: &Context, message: &str) -> Progress {
        if !shown(ctx) {
            return Progress::none();
        }
        let bar = ProgressBar::with_draw_target(None, ProgressDrawTarget::stderr());
        if let Ok(style) = ProgressStyle::with_template("{spinner} {msg} ({elapsed})") {
            bar.set_style(style);
        }
        bar.set_message(message.to_string());
        bar.enable_steady_tick(Duration::from_millis(120));
        Progress { bar: Some(bar) }
    }

    pub fn inc(&self, n: u64) {
        if let Some(b) = &self.bar {
            b.inc(n);
        }
    }

    /// Run `f` with the bar hidden (a rotation script writes to the same terminal).
    pub fn suspend<T>(&self, f: impl FnOnce() -> T) -> T {
        match &self.bar {
            Some(b) => b.suspend(f),
            None => f(),
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        if let Some(b) = &self.bar {
            b.finish_and_clear();
        }
    }
}
