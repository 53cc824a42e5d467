//! Civil dates as day numbers, and periods of days with their ISO 8601
//! spelling at the precision the text gives.

/// Days since 1970-01-01 in the proleptic Gregorian calendar.
pub type Day = i64;

/// Day number of a civil date (Howard Hinnant's days-from-civil algorithm).
pub fn day(y: i64, m: u32, d: u32) -> Day {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// Civil date of a day number.
pub fn civil(z: Day) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

/// Day of the week, 0 = Monday.
pub fn weekday(z: Day) -> u32 {
    (z + 3).rem_euclid(7) as u32
}

/// Whether `y` is a leap year.
pub fn is_leap(y: i64) -> bool {
    (y % 4 == 0 && y % 100 != 0) || y % 400 == 0
}

/// Days in month `m` of year `y`.
pub fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if is_leap(y) => 29,
        _ => 28,
    }
}

/// Whether `y-m-d` is a real date.
pub fn valid(y: i64, m: u32, d: u32) -> bool {
    (1..=12).contains(&m) && d >= 1 && d <= days_in_month(y, m) && (1..=9999).contains(&y)
}

/// A month index (year * 12 + month - 1) shifted by `n` months.
pub fn add_months(y: i64, m: u32, n: i64) -> (i64, u32) {
    let idx = y * 12 + m as i64 - 1 + n;
    (idx.div_euclid(12), (idx.rem_euclid(12) + 1) as u32)
}

/// Parses `YYYY-MM-DD`.
pub fn parse_iso_day(s: &str) -> Option<Day> {
    let s = s.trim();
    let b = s.as_bytes();
    if b.len() != 10 || b[4] != b'-' || b[7] != b'-' {
        return None;
    }
    let y: i64 = s[0..4].parse().ok()?;
    let m: u32 = s[5..7].parse().ok()?;
    let d: u32 = s[8..10].parse().ok()?;
    valid(y, m, d).then(|| day(y, m, d))
}

/// How finely a period is given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Precision {
    /// A year or several.
    Year,
    /// A month or several.
    Month,
    /// A week.
    Week,
    /// A day or several.
    Day,
}

/// A span of whole days, first and last included, with its ISO spelling.
#[derive(Clone, Debug, PartialEq)]
pub struct Period {
    /// First day.
    pub first: Day,
    /// Last day.
    pub last: Day,
    /// ISO 8601 at the precision given.
    pub iso: String,
    /// Precision.
    pub precision: Precision,
}

impl Period {
    /// One day.
    pub fn day(z: Day) -> Period {
        Period {
            first: z,
            last: z,
            iso: iso_day(z),
            precision: Precision::Day,
        }
    }

    /// One calendar month.
    pub fn month(y: i64, m: u32) -> Period {
        let first = day(y, m, 1);
        Period {
            first,
            last: first + days_in_month(y, m) as i64 - 1,
            iso: Iso::new().num(y, 4).sep('-').num(m, 2).done(),
            precision: Precision::Month,
        }
    }

    /// One calendar year.
    pub fn year(y: i64) -> Period {
        Period {
            first: day(y, 1, 1),
            last: day(y, 12, 31),
            iso: Iso::new().num(y, 4).done(),
            precision: Precision::Year,
        }
    }

    /// Months `m1` to `m2` of year `y` (`m2` may pass 12 into the next year).
    pub fn months(y: i64, m1: u32, m2: u32) -> Period {
        let (y2, mm2) = add_months(y, 1, m2 as i64 - 1);
        let first = day(y, m1, 1);
        let last = day(y2, mm2, days_in_month(y2, mm2));
        if m1 == m2 {
            return Period::month(y, m1);
        }
        Period {
            first,
            last,
            iso: Iso::new()
                .num(y, 4)
                .sep('-')
                .num(m1, 2)
                .sep('/')
                .num(y2, 4)
                .sep('-')
                .num(mm2, 2)
                .done(),
            precision: Precision::Month,
        }
    }

    /// Days `a` to `b`.
    pub fn days(a: Day, b: Day) -> Period {
        if a == b {
            return Period::day(a);
        }
        Period {
            first: a,
            last: b,
            iso: Iso::new().day(a).sep('/').day(b).done(),
            precision: Precision::Day,
        }
    }

    /// The ISO week holding day `z`.
    pub fn week_of(z: Day) -> Period {
        let monday = z - weekday(z) as i64;
        let thursday = monday + 3;
        let (y, _, _) = civil(thursday);
        let week = (thursday - day(y, 1, 1)) / 7 + 1;
        Period {
            first: monday,
            last: monday + 6,
            iso: Iso::new().num(y, 4).sep('-').sep('W').num(week, 2).done(),
            precision: Precision::Week,
        }
    }
}

/// `YYYY-MM-DD` of a day number.
pub fn iso_day(z: Day) -> String {
    Iso::new().day(z).done()
}

/// Builds an ISO 8601 string without the formatting machinery: every date,
/// time and duration the extractor finds gets one, and `format!` cost about
/// 5% of extraction.
pub(crate) struct Iso(String);

impl Iso {
    pub(crate) fn new() -> Iso {
        Iso(String::with_capacity(24))
    }

    /// `s` as it is.
    pub(crate) fn text(mut self, s: &str) -> Iso {
        self.0.push_str(s);
        self
    }

    /// `n` zero-padded to `width` digits, as `{n:0width$}` writes it.
    pub(crate) fn num(mut self, n: impl Into<i64>, width: usize) -> Iso {
        let n: i64 = n.into();
        if n < 0 {
            use std::fmt::Write;
            let _ = write!(self.0, "{n:0width$}");
            return self;
        }
        let mut digits = [0u8; 20];
        let mut at = digits.len();
        let mut v = n.unsigned_abs();
        loop {
            at -= 1;
            digits[at] = b'0' + (v % 10) as u8;
            v /= 10;
            if v == 0 {
                break;
            }
        }
        for _ in digits.len() - at..width {
            self.0.push('0');
        }
        self.0.extend(digits[at..].iter().map(|&d| char::from(d)));
        self
    }

    pub(crate) fn sep(mut self, c: char) -> Iso {
        self.0.push(c);
        self
    }

    pub(crate) fn day(self, z: Day) -> Iso {
        let (y, m, d) = civil(z);
        self.num(y, 4).sep('-').num(m, 2).sep('-').num(d, 2)
    }

    pub(crate) fn done(self) -> String {
        self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn iso_strings_are_zero_padded_as_format_would() {
        for (n, w) in [
            (0i64, 4usize),
            (7, 2),
            (12, 2),
            (2026, 4),
            (123, 4),
            (12345, 4),
            (-5, 4),
            (-2026, 4),
        ] {
            assert_eq!(Iso::new().num(n, w).done(), format!("{n:0w$}"));
        }
        assert_eq!(iso_day(day(2026, 2, 5)), "2026-02-05");
        assert_eq!(Period::week_of(day(2026, 2, 5)).iso, "2026-W06");
        // The other shapes the extractor writes: recurring days, times,
        // decades, durations.
        assert_eq!(
            Iso::new().text("--").num(3, 2).sep('-').num(9, 2).done(),
            "--03-09"
        );
        assert_eq!(Iso::new().num(7, 2).sep(':').num(5, 2).done(), "07:05");
        assert_eq!(
            Iso::new().num(1990, 0).sep('/').num(1999, 0).done(),
            "1990/1999"
        );
        assert_eq!(Iso::new().text("PT").num(90, 0).text("M").done(), "PT90M");
    }

    #[test]
    fn every_day_of_ten_thousand_years_round_trips_in_order() {
        // Year 1 to 9999 (what `valid` accepts) and a margin either side:
        // each day follows the one before, as the calendar says.
        let (mut y, mut m, mut d) = civil(day(-2, 1, 1));
        assert_eq!((y, m, d), (-2, 1, 1));
        for z in day(-2, 1, 1) + 1..=day(10_002, 12, 31) {
            if d < days_in_month(y, m) {
                d += 1;
            } else if m < 12 {
                (m, d) = (m + 1, 1);
            } else {
                (y, m, d) = (y + 1, 1, 1);
            }
            assert_eq!(civil(z), (y, m, d), "day {z}");
            assert_eq!(day(y, m, d), z, "{y}-{m}-{d}");
        }
    }

    #[test]
    fn day_numbers_round_trip() {
        for z in [-800_000, -1, 0, 1, 19_000, 20_489, 2_932_896] {
            let (y, m, d) = civil(z);
            assert_eq!(day(y, m, d), z);
        }
        assert_eq!(day(1970, 1, 1), 0);
        assert_eq!(iso_day(day(2026, 2, 5)), "2026-02-05");
    }

    #[test]
    fn weekdays() {
        assert_eq!(weekday(day(2026, 2, 5)), 3); // Thursday
        assert_eq!(weekday(day(2026, 2, 11)), 2); // Wednesday
    }

    #[test]
    fn iso_weeks() {
        assert_eq!(Period::week_of(day(2026, 2, 5)).iso, "2026-W06");
        assert_eq!(Period::week_of(day(2026, 2, 11)).iso, "2026-W07");
        assert_eq!(Period::week_of(day(2021, 1, 2)).iso, "2020-W53");
    }

    #[test]
    fn month_spans() {
        assert_eq!(Period::months(2021, 9, 11).iso, "2021-09/2021-11");
        assert_eq!(Period::months(2021, 12, 14).iso, "2021-12/2022-02");
        assert_eq!(
            Period::month(2024, 2).last - Period::month(2024, 2).first,
            28
        );
    }
}
