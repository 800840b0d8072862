//! Tables that fit the terminal. A column is kept whole (names, ids, dates: never cut or
//! broken inside a word), cut with `…` down to a minimum (descriptions, messages), or
//! dropped whole when the line is still too wide (the less important dates and counts,
//! least important first). Nothing is ever wrapped by sealbox; into a pipe or a file
//! every column is printed whole ([`render`] with no width).

use unicode_width::{UnicodeWidthChar, UnicodeWidthStr};

/// What a column may give up when the terminal is too narrow.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Fit {
    /// Printed whole.
    Keep,
    /// Cut with `…`, to no less than its header's width.
    Cut,
    /// Dropped whole; a lower number goes first.
    Drop(u8),
}

/// Each column's [`Fit`], by its header: one place for every table's policy.
pub fn fit_for(header: &str) -> Fit {
    match header {
        "DESCRIPTION" | "MESSAGE" | "VAULT" | "PREFIXES" | "RECIPIENTS" | "DETAIL" => Fit::Cut,
        // The audit table's: an operation or an error class cut (`UpdateSecretVers…`) still
        // says what it was; the time and the name beside them are kept whole.
        "OPERATION" | "OUTCOME" => Fit::Cut,
        // Mostly `-` (only secrets scheduled for deletion have one): the first to go. The
        // audit table's version id (36 characters) too: a cut id can't be looked up.
        "DELETION DATE" | "VERSION" => Fit::Drop(0),
        "PID" => Fit::Drop(1),
        "LAST ACCESSED" | "PARENT" => Fit::Drop(2),
        "NEXT ROTATION" | "USER" => Fit::Drop(3),
        "LAST CHANGED" | "REPLICAS" => Fit::Drop(4),
        "VERSIONS" | "REACHABLE" => Fit::Drop(5),
        "READS SINCE DELETE" => Fit::Drop(6),
        _ => Fit::Keep,
    }
}

const GAP: usize = 2;
/// A cut column keeps this much before any other column is dropped.
const COMFORTABLE: usize = 24;
/// Keys longer than this (`Version <id>`) are not aligned with the others.
const ALIGNED_KEY: usize = 24;

/// Display width: the byte length for ASCII (checked a word at a time), else per character.
fn width_of(s: &str) -> usize {
    if s.is_ascii() { s.len() } else { s.width() }
}

fn total(widths: &[usize], shown: &[bool]) -> usize {
    let n = shown.iter().filter(|s| **s).count();
    widths.iter().zip(shown).filter(|(_, s)| **s).map(|(w, _)| *w).sum::<usize>() + GAP * n.saturating_sub(1)
}

/// `text` cut to `width` columns, ending in `…` when it was cut.
pub fn cut(text: &str, width: usize) -> String {
    if width_of(text) <= width {
        return text.to_string();
    }
    let mut out = String::new();
    let mut used = 0;
    for c in text.chars() {
        let w = c.width().unwrap_or(0);
        if used + w + 1 > width {
            break;
        }
        out.push(c);
        used += w;
    }
    out.push('…');
    out
}

/// The table as text: headers, then rows, columns two spaces apart, no trailing spaces.
/// With `width` (a terminal's), columns give way as their [`Fit`] says until it fits.
pub fn render(headers: &[&str], rows: &[Vec<String>], width: Option<usize>) -> String {
    let mut widths: Vec<usize> = headers.iter().map(|h| h.width()).collect();
    for r in rows {
        for (w, c) in widths.iter_mut().zip(r) {
            *w = (*w).max(width_of(c));
        }
    }
    let fits: Vec<Fit> = headers.iter().map(|h| fit_for(h)).collect();
    let mut shown = vec![true; headers.len()];
    if let Some(limit) = width {
        let floor = |i: usize| headers[i].width().max(4);
        let natural = widths.clone();
        let cut_down_to = |widths: &mut Vec<usize>, shown: &[bool], low: &dyn Fn(usize) -> usize| {
            while total(widths, shown) > limit {
                let widest = (0..widths.len())
                    .filter(|&i| shown[i] && fits[i] == Fit::Cut && widths[i] > low(i))
                    .max_by_key(|&i| widths[i]);
                match widest {
                    Some(i) => widths[i] -= 1,
                    None => break,
                }
            }
        };
        // 1. Cut the cuttable columns, widest first, to a comfortable width.
        cut_down_to(&mut widths, &shown, &|i| floor(i).max(COMFORTABLE));
        // 2. Drop the droppable ones, least important first.
        let mut droppable: Vec<(u8, usize)> = fits
            .iter()
            .enumerate()
            .filter_map(|(i, f)| if let Fit::Drop(p) = f { Some((*p, i)) } else { None })
            .collect();
        droppable.sort();
        for (_, i) in droppable {
            if total(&widths, &shown) <= limit {
                break;
            }
            shown[i] = false;
        }
        // 3. Cut further, down to the headers' width.
        cut_down_to(&mut widths, &shown, &floor);
        // 4. Still too wide: drop the cuttable columns too, from the right. What is left
        //    is kept whole: a name longer than the terminal is still never cut.
        for i in (1..widths.len()).rev() {
            if total(&widths, &shown) <= limit {
                break;
            }
            if fits[i] == Fit::Cut {
                shown[i] = false;
            }
        }
        // 5. Give what is left over back to the cut columns.
        while total(&widths, &shown) < limit {
            let narrowest = (0..widths.len())
                .filter(|&i| shown[i] && fits[i] == Fit::Cut && widths[i] < natural[i])
                .min_by_key(|&i| widths[i]);
            match narrowest {
                Some(i) => widths[i] += 1,
                None => break,
            }
        }
    }
    let header: Vec<String> = headers.iter().map(|h| h.to_string()).collect();
    let line_width = total(&widths, &shown) + 1;
    let mut out = String::with_capacity(line_width.saturating_mul(rows.len() + 1));
    for r in std::iter::once(&header).chain(rows.iter()) {
        let start = out.len();
        for (i, c) in r.iter().enumerate() {
            if !shown.get(i).copied().unwrap_or(false) {
                continue;
            }
            let mut w = width_of(c);
            if fits[i] == Fit::Cut && w > widths[i] {
                let short = cut(c, widths[i]);
                w = width_of(&short);
                out.push_str(&short);
            } else {
                out.push_str(c);
            }
            out.extend(std::iter::repeat_n(' ', widths[i].saturating_sub(w) + GAP));
        }
        let kept = out[start..].trim_end().len();
        out.truncate(start + kept);
        out.push('\n');
    }
    out
}

/// The terminal's width when stdout is one: `COLUMNS` if set, else the terminal's own.
pub fn terminal_width() -> Option<usize> {
    if !crate::terminal::stdout_is_terminal() {
        return None;
    }
    if let Some(n) = std::env::var("COLUMNS").ok().and_then(|c| c.trim().parse::<usize>().ok()).filter(|n| *n > 0) {
        return Some(n);
    }
    comfy_table::Table::new().width().map(usize::from)
}

/// Key/value lines (`describe`): on a terminal, a value that doesn't fit beside its key
/// goes on the next line, indented; a description that still doesn't fit is cut with `…`.
pub fn render_fields(rows: &[(String, String)], width: Option<usize>) -> String {
    // Into a pipe every key is aligned, as before; on a terminal a long key (`Version <id>`)
    // is not allowed to push every value to the right.
    let aligned = |w: &usize| width.is_none() || *w <= ALIGNED_KEY;
    let key_width = rows.iter().map(|(k, _)| k.width()).filter(aligned).max().unwrap_or(0);
    let mut s = String::new();
    for (k, v) in rows {
        let beside = key_width.max(k.width()) + GAP + v.width();
        match width {
            Some(limit) if beside > limit => {
                let v = if k == "Description" { cut(v, limit.saturating_sub(4).max(8)) } else { v.clone() };
                s.push_str(k);
                s.push_str("\n    ");
                s.push_str(&v);
                s.push('\n');
            }
            _ => {
                s.push_str(&format!("{k:<key_width$}  {v}\n"));
            }
        }
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn row(cells: &[&str]) -> Vec<String> {
        cells.iter().map(|c| c.to_string()).collect()
    }

    #[test]
    fn a_pipe_gets_every_column_whole() {
        let t = render(&["NAME", "DESCRIPTION"], &[row(&["app/db", "a very long description"])], None);
        assert_eq!(t, "NAME    DESCRIPTION\napp/db  a very long description\n");
    }

    #[test]
    fn descriptions_are_cut_then_dates_dropped_names_kept() {
        let headers = ["NAME", "DESCRIPTION", "LAST CHANGED", "LAST ACCESSED"];
        let rows =
            [row(&["app/db/password", "the primary database of the payments team", "2026-01-01 12:00", "2026-01-02"])];
        let t = render(&headers, &rows, Some(60));
        assert_eq!(
            t,
            "NAME             DESCRIPTION                LAST CHANGED\napp/db/password  the primary database of …  2026-01-01 12:00\n"
        );
        for line in t.lines() {
            assert!(line.width() <= 60, "{line}");
        }
        // Narrower than the name: the name is still whole.
        let t = render(&headers, &rows, Some(10));
        assert_eq!(t, "NAME\napp/db/password\n");
    }

    #[test]
    fn fields_move_below_their_key_when_too_wide() {
        let rows = [("ARN".to_string(), "x".repeat(30)), ("Description".to_string(), "y".repeat(40))];
        assert_eq!(
            render_fields(&rows, Some(30)),
            format!("ARN\n    {}\nDescription\n    {}…\n", "x".repeat(30), "y".repeat(25))
        );
    }
}
