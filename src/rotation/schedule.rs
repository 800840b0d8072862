//! AWS Secrets Manager's rotation schedules: `rate(N hours|days)` and the six-field
//! `cron(Minutes Hours Day-of-month Month Day-of-week Year)`, the window `Duration` (`3h`),
//! and when the next rotation window opens. All times are UTC, as in AWS.
//!
//! What AWS accepts (Secrets Manager user guide, "Rotation schedules"): minutes must be `0`
//! (windows open on the hour) and year must be `*`; day-of-month takes `, - * ? / L`;
//! month `1-12` or `JAN-DEC` with `, - * /`; day-of-week `1-7` (1 is Sunday) or `SUN-SAT`
//! with `# , - * ? / L`; exactly one of day-of-month and day-of-week is `?`. A rate in hours
//! is at least 4; days are 1..999. Hour increments reset each day (`cron(0 4/12 * * ? *)` is
//! 04:00 and 16:00). No crate parses this dialect exactly (the `cron` crate is Quartz's
//! seven fields with seconds), so this is a small parser with the guide's examples as tests.
//!
//! The window: by default one hour for a schedule in hours, and to the end of the UTC day for
//! a schedule in days; it must not reach into the next UTC day or the next window.

use jiff::civil::{Date, DateTime};
use jiff::tz::TimeZone;
use jiff::{SignedDuration, Timestamp};

use crate::error::Error;

pub const MIN_RATE_HOURS: u32 = 4;
pub const MAX_RATE_HOURS: u32 = 23;
pub const MAX_RATE_DAYS: u32 = 999;
/// How far ahead a cron schedule is searched: a schedule that matches nothing in five years
/// (say `cron(0 0 31 FEB ? *)`) is refused.
const SEARCH_DAYS: i32 = 5 * 366;

/// A parsed `ScheduleExpression`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Schedule {
    /// `rate(N hours)`: windows open at midnight and every N hours after, each day.
    RateHours(u32),
    /// `rate(N days)`: N days after the last rotation, from midnight.
    RateDays(u32),
    Cron(Cron),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Cron {
    /// Bit h set: a window opens at hour h.
    hours: u32,
    day_of_month: DayOfMonth,
    /// Bit m set (1..=12).
    months: u16,
    day_of_week: DayOfWeek,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum DayOfMonth {
    /// `?`: day-of-week decides.
    Unspecified,
    /// Bit d set (1..=31).
    Days(u32),
    /// `L`: the last day of the month.
    Last,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum DayOfWeek {
    Unspecified,
    /// Bit d set, 1 = Sunday .. 7 = Saturday.
    Days(u8),
    /// `5L`: the last Thursday of the month.
    LastOf(u8),
    /// `2#1`: the first Monday of the month.
    Nth(u8, u8),
}

fn invalid(expr: &str, why: impl std::fmt::Display) -> Error {
    Error::usage(format!("invalid --schedule {expr:?}: {why}"))
        .with_hint("use AWS's forms: 'rate(12 hours)', 'rate(30 days)', 'cron(0 4 ? * MON *)'")
}

impl Schedule {
    pub fn parse(expr: &str) -> Result<Schedule, Error> {
        let trimmed = expr.trim();
        if let Some(inner) = trimmed.strip_prefix("rate(").and_then(|s| s.strip_suffix(')')) {
            return parse_rate(expr, inner);
        }
        if let Some(inner) = trimmed.strip_prefix("cron(").and_then(|s| s.strip_suffix(')')) {
            return parse_cron(expr, inner).map(Schedule::Cron);
        }
        Err(invalid(expr, "expected rate(…) or cron(…)"))
    }

    /// The hours at which windows open on a matching day.
    fn hours(&self) -> u32 {
        match self {
            Schedule::RateHours(n) => (0..24).step_by(*n as usize).fold(0, |acc, h| acc | 1 << h),
            Schedule::RateDays(_) => 1,
            Schedule::Cron(c) => c.hours,
        }
    }

    /// A schedule "in hours" (more than one window a day) gets a one-hour default window.
    fn in_hours(&self) -> bool {
        self.hours().count_ones() > 1
    }

    /// The window length in hours when no `--window` is given.
    pub fn default_window_hours(&self) -> u32 {
        if self.in_hours() { 1 } else { 24 - self.hours().trailing_zeros() }
    }

    /// Check a window against this schedule: at least an hour, never into the next UTC day,
    /// never into the next window.
    pub fn check_window(&self, hours: u32) -> Result<(), Error> {
        let opens: Vec<u32> = (0..24).filter(|h| self.hours() & (1 << h) != 0).collect();
        let gap = opens.windows(2).map(|w| w[1] - w[0]).min();
        if let Some(gap) = gap
            && hours > gap
        {
            return Err(Error::usage(format!(
                "--window {hours}h reaches into the next rotation window ({gap} hours later)"
            ))
            .with_hint(format!("use --window {gap}h or less")));
        }
        if let Some(last) = opens.last()
            && last + hours > 24
        {
            return Err(Error::usage(format!(
                "--window {hours}h would run past midnight UTC: the last window opens at {last:02}:00"
            ))
            .with_hint("a rotation window must end by the end of the UTC day: shorten --window"));
        }
        Ok(())
    }

    /// `AutomaticallyAfterDays` as AWS derives it, where the schedule has a fixed period.
    pub fn every_days(&self) -> Option<u32> {
        match self {
            Schedule::RateDays(n) => Some(*n),
            _ => None,
        }
    }

    /// When the next window opens after a rotation at `last`. None when nothing matches
    /// within the search horizon (a parsed schedule always matches; this is for safety).
    pub fn next_window(&self, last: Timestamp) -> Option<Timestamp> {
        let at = last.to_zoned(TimeZone::UTC).datetime();
        match self {
            Schedule::RateDays(n) => {
                let day = at.date().checked_add(jiff::Span::new().days(i64::from(*n))).ok()?;
                utc(day.at(0, 0, 0, 0))
            }
            Schedule::RateHours(_) | Schedule::Cron(_) => {
                let mut day = at.date();
                for _ in 0..SEARCH_DAYS {
                    if self.day_matches(day) {
                        for hour in 0..24i8 {
                            if self.hours() & (1 << hour) == 0 {
                                continue;
                            }
                            let start = day.at(hour, 0, 0, 0);
                            if start > at {
                                return utc(start);
                            }
                        }
                    }
                    day = day.tomorrow().ok()?;
                }
                None
            }
        }
    }

    fn day_matches(&self, day: Date) -> bool {
        let Schedule::Cron(c) = self else { return true };
        if c.months & (1 << day.month()) == 0 {
            return false;
        }
        let last_day = day.days_in_month();
        let dom_ok = match c.day_of_month {
            DayOfMonth::Unspecified => true,
            DayOfMonth::Days(bits) => bits & (1 << day.day()) != 0,
            DayOfMonth::Last => day.day() == last_day,
        };
        let weekday = day.weekday().to_sunday_one_offset() as u8;
        let dow_ok = match c.day_of_week {
            DayOfWeek::Unspecified => true,
            DayOfWeek::Days(bits) => bits & (1 << weekday) != 0,
            DayOfWeek::LastOf(d) => weekday == d && day.day() + 7 > last_day,
            DayOfWeek::Nth(d, n) => weekday == d && (day.day() - 1) / 7 + 1 == n as i8,
        };
        dom_ok && dow_ok
    }
}

fn utc(dt: DateTime) -> Option<Timestamp> {
    dt.to_zoned(TimeZone::UTC).ok().map(|z| z.timestamp())
}

fn parse_rate(expr: &str, inner: &str) -> Result<Schedule, Error> {
    let mut parts = inner.split_whitespace();
    let (Some(value), Some(unit), None) = (parts.next(), parts.next(), parts.next()) else {
        return Err(invalid(expr, "a rate is rate(VALUE UNIT), e.g. rate(10 days)"));
    };
    let n: u32 = value.parse().map_err(|_| invalid(expr, format!("{value:?} is not a positive whole number")))?;
    match unit {
        "hour" | "hours" if n < MIN_RATE_HOURS => Err(Error::usage(format!(
            "--schedule {expr:?} is more often than AWS allows: at most every {MIN_RATE_HOURS} hours"
        ))
        .with_hint("use rate(4 hours) or longer")),
        "hour" | "hours" if n > MAX_RATE_HOURS => {
            Err(invalid(expr, format!("a rate in hours is {MIN_RATE_HOURS}..{MAX_RATE_HOURS}; use rate(N days)")))
        }
        "hour" | "hours" => Ok(Schedule::RateHours(n)),
        "day" | "days" if (1..=MAX_RATE_DAYS).contains(&n) => Ok(Schedule::RateDays(n)),
        "day" | "days" => Err(invalid(expr, format!("a rate in days is 1..{MAX_RATE_DAYS}"))),
        _ => Err(invalid(expr, format!("the unit {unit:?} is not hour, hours, day or days"))),
    }
}

const MONTHS: [&str; 12] = ["JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC"];
const WEEKDAYS: [&str; 7] = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

fn parse_cron(expr: &str, inner: &str) -> Result<Cron, Error> {
    let fields: Vec<&str> = inner.split_whitespace().collect();
    let [minutes, hours, dom, month, dow, year] = fields.as_slice() else {
        return Err(invalid(expr, format!("a cron expression has 6 fields, not {}", fields.len())));
    };
    if *minutes != "0" {
        return Err(invalid(expr, "the minutes field must be 0: rotation windows open on the hour"));
    }
    if *year != "*" {
        return Err(invalid(expr, "the year field must be *"));
    }
    let field = |what: &str, text: &str, min: u32, max: u32, names: &[&str]| {
        parse_set(text, min, max, names).map_err(|why| invalid(expr, format!("{what} field {text:?}: {why}")))
    };
    let hours = field("hours", hours, 0, 23, &[])?;
    let months = field("month", month, 1, 12, &MONTHS)?;
    let day_of_month = match *dom {
        "?" => DayOfMonth::Unspecified,
        "L" => DayOfMonth::Last,
        other => DayOfMonth::Days(field("day-of-month", other, 1, 31, &[])?),
    };
    let day_of_week =
        parse_day_of_week(dow).map_err(|why| invalid(expr, format!("day-of-week field {dow:?}: {why}")))?;
    match (&day_of_month, &day_of_week) {
        (DayOfMonth::Unspecified, DayOfWeek::Unspecified) => {
            return Err(invalid(expr, "only one of day-of-month and day-of-week may be ?"));
        }
        (DayOfMonth::Unspecified, _) | (_, DayOfWeek::Unspecified) => {}
        _ => return Err(invalid(expr, "one of day-of-month and day-of-week must be ?")),
    }
    let cron = Cron { hours, day_of_month, months: u16::try_from(months).unwrap_or(0), day_of_week };
    let probe = Schedule::Cron(cron.clone());
    let start = Timestamp::UNIX_EPOCH.checked_add(SignedDuration::from_hours(24 * 365 * 54)).unwrap_or_default();
    if probe.next_window(start).is_none() {
        return Err(invalid(expr, "no day matches it"));
    }
    Ok(cron)
}

fn parse_day_of_week(text: &str) -> Result<DayOfWeek, String> {
    if text == "?" {
        return Ok(DayOfWeek::Unspecified);
    }
    // Quartz, which AWS follows: a bare `L` in day-of-week is Saturday, the last day.
    if text == "L" {
        return Ok(DayOfWeek::Days(1 << 7));
    }
    if let Some((day, nth)) = text.split_once('#') {
        let day = parse_value(day, 1, 7, &WEEKDAYS)?;
        let nth: u8 = nth.parse().ok().filter(|n| (1..=5).contains(n)).ok_or("after # comes 1..5")?;
        return Ok(DayOfWeek::Nth(day as u8, nth));
    }
    if let Some(day) = text.strip_suffix('L') {
        return Ok(DayOfWeek::LastOf(parse_value(day, 1, 7, &WEEKDAYS)? as u8));
    }
    Ok(DayOfWeek::Days(parse_set(text, 1, 7, &WEEKDAYS)? as u8))
}

/// `*`, `5`, `1-5`, `*/3`, `4/12`, `1-10/2` and comma lists of them, as a bit set.
fn parse_set(text: &str, min: u32, max: u32, names: &[&str]) -> Result<u32, String> {
    let mut bits = 0u32;
    for item in text.split(',') {
        let (range, step) = match item.split_once('/') {
            Some((r, s)) => {
                (r, s.parse::<u32>().ok().filter(|s| (1..=max).contains(s)).ok_or(format!("bad increment {s:?}"))?)
            }
            None => (item, 1),
        };
        let (first, last) = if range == "*" {
            (min, max)
        } else if let Some((a, b)) = range.split_once('-') {
            (parse_value(a, min, max, names)?, parse_value(b, min, max, names)?)
        } else {
            let v = parse_value(range, min, max, names)?;
            (v, if item.contains('/') { max } else { v })
        };
        if first > last {
            return Err(format!("the range {range} runs backwards"));
        }
        for v in (first..=last).step_by(step as usize) {
            bits |= 1 << v;
        }
    }
    Ok(bits)
}

fn parse_value(text: &str, min: u32, max: u32, names: &[&str]) -> Result<u32, String> {
    if let Some(i) = names.iter().position(|n| n.eq_ignore_ascii_case(text)) {
        return Ok(min + i as u32);
    }
    text.parse::<u32>()
        .ok()
        .filter(|v| (min..=max).contains(v))
        .ok_or_else(|| format!("{text:?} is not a value in {min}..{max}"))
}

/// AWS's `Duration`: whole hours written `Nh`, 1..24 (`3h`; not `2h30m`, not `90m`).
pub fn parse_window(text: &str) -> Result<u32, Error> {
    let bad = || {
        Error::usage(format!("invalid --window {text:?}: AWS's Duration is whole hours, 1h..24h"))
            .with_hint("e.g. --window 3h")
    };
    let hours: u32 = text.strip_suffix('h').and_then(|n| n.parse().ok()).ok_or_else(bad)?;
    if (1..=24).contains(&hours) { Ok(hours) } else { Err(bad()) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(text: &str) -> Timestamp {
        text.parse().unwrap()
    }

    fn next(expr: &str, after: &str) -> String {
        Schedule::parse(expr).unwrap().next_window(at(after)).unwrap().to_string()
    }

    #[test]
    fn aws_guide_rate_examples() {
        assert_eq!(Schedule::parse("rate(4 hours)").unwrap(), Schedule::RateHours(4));
        assert_eq!(Schedule::parse("rate(1 day)").unwrap(), Schedule::RateDays(1));
        assert_eq!(Schedule::parse("rate(10 days)").unwrap(), Schedule::RateDays(10));
        assert_eq!(next("rate(10 days)", "2025-03-01T15:20:00Z"), "2025-03-11T00:00:00Z");
        assert_eq!(next("rate(12 hours)", "2025-03-01T00:30:00Z"), "2025-03-01T12:00:00Z");
        assert_eq!(next("rate(12 hours)", "2025-03-01T12:00:00Z"), "2025-03-02T00:00:00Z");
        let err = Schedule::parse("rate(3 hours)").unwrap_err();
        assert_eq!(err.kind, crate::error::ExitKind::Usage);
        assert!(err.message.contains("at most every 4 hours"), "{}", err.message);
        for bad in ["rate(0 days)", "rate(1000 days)", "rate(5 weeks)", "rate(x days)", "rate(1)", "every 3 days"] {
            assert!(Schedule::parse(bad).is_err(), "{bad}");
        }
    }

    #[test]
    fn aws_guide_cron_examples() {
        // "cron(0 4/12 * * ? *)": 4:00 AM, 4:00 PM, then the next day 4:00 AM.
        assert_eq!(next("cron(0 4/12 * * ? *)", "2025-03-01T04:00:00Z"), "2025-03-01T16:00:00Z");
        assert_eq!(next("cron(0 4/12 * * ? *)", "2025-03-01T16:10:00Z"), "2025-03-02T04:00:00Z");
        // Every 8 hours from 8:00: 8:00 and 16:00 (it resets each day).
        assert_eq!(next("cron(0 8/8 * * ? *)", "2025-03-01T16:00:00Z"), "2025-03-02T08:00:00Z");
        // Every 7 days from the 1st at 8:00: the 1st, 8th, 15th, 22nd, 29th.
        assert_eq!(next("cron(0 8 1/7 * ? *)", "2025-03-01T09:00:00Z"), "2025-03-08T08:00:00Z");
        assert_eq!(next("cron(0 8 1/7 * ? *)", "2025-03-29T09:00:00Z"), "2025-04-01T08:00:00Z");
        // The first Sunday of every month at midnight (2025-04-06 is a Sunday).
        assert_eq!(next("cron(0 0 ? * SUN#1 *)", "2025-03-02T01:00:00Z"), "2025-04-06T00:00:00Z");
        assert_eq!(next("cron(0 0 ? * 1#1 *)", "2025-03-02T01:00:00Z"), "2025-04-06T00:00:00Z");
        // The last day of every month at 4:00 PM.
        assert_eq!(next("cron(0 16 L * ? *)", "2025-02-10T00:00:00Z"), "2025-02-28T16:00:00Z");
        assert_eq!(next("cron(0 16 L * ? *)", "2024-02-10T00:00:00Z"), "2024-02-29T16:00:00Z");
        // Every Monday at 4:00 (2025-03-03 is a Monday), and the DESIGN example.
        assert_eq!(next("cron(0 4 ? * MON *)", "2025-03-01T00:00:00Z"), "2025-03-03T04:00:00Z");
        assert_eq!(next("cron(0 4 ? * 2 *)", "2025-03-03T04:00:00Z"), "2025-03-10T04:00:00Z");
        // The last Friday of the month, weekdays at 10:00, a quarterly schedule by name.
        assert_eq!(next("cron(0 10 ? * 6L *)", "2025-03-01T00:00:00Z"), "2025-03-28T10:00:00Z");
        assert_eq!(next("cron(0 10 ? * MON-FRI *)", "2025-03-01T00:00:00Z"), "2025-03-03T10:00:00Z");
        assert_eq!(next("cron(0 0 1 JAN,APR,JUL,OCT ? *)", "2025-01-01T00:00:00Z"), "2025-04-01T00:00:00Z");
        assert_eq!(next("cron(0 0 1,15 * ? *)", "2025-03-01T00:00:00Z"), "2025-03-15T00:00:00Z");
    }

    #[test]
    fn cron_rejections() {
        for bad in [
            "cron(30 4 * * ? *)",
            "cron(0 4 * * ? 2025)",
            "cron(0 4 * * * *)",
            "cron(0 4 ? * ? *)",
            "cron(0 24 * * ? *)",
            "cron(0 4 * 13 ? *)",
            "cron(0 4 ? * 8 *)",
            "cron(0 4 ? * MON#6 *)",
            "cron(0 4 15W * ? *)",
            "cron(0 4 * * ?)",
            "cron(0 0 30 FEB ? *)",
            "cron(0 5-2 * * ? *)",
        ] {
            assert!(Schedule::parse(bad).is_err(), "{bad} was accepted");
        }
    }

    #[test]
    fn windows() {
        let days = Schedule::parse("rate(30 days)").unwrap();
        assert_eq!(days.default_window_hours(), 24);
        assert!(days.check_window(24).is_ok());
        let four = Schedule::parse("cron(0 20 ? * SAT *)").unwrap();
        assert_eq!(four.default_window_hours(), 4);
        assert!(four.check_window(4).is_ok());
        assert!(four.check_window(5).unwrap_err().message.contains("past midnight UTC"));
        let hours = Schedule::parse("rate(6 hours)").unwrap();
        assert_eq!(hours.default_window_hours(), 1);
        assert!(hours.check_window(6).is_ok());
        assert!(hours.check_window(7).unwrap_err().message.contains("next rotation window"));
        assert_eq!(parse_window("3h").unwrap(), 3);
        assert_eq!(parse_window("24h").unwrap(), 24);
        for bad in ["2h30m", "0h", "25h", "3", "90m", "h", "-1h"] {
            assert!(parse_window(bad).is_err(), "{bad}");
        }
    }
}
