//! HTTP dates (RFC 9110 §5.6.7): IMF-fixdate formatting for `Date` and `Last-Modified`, and
//! parsing of all three HTTP-date formats for conditional requests.

const DAYS: [&[u8; 3]; 7] = [b"Thu", b"Fri", b"Sat", b"Sun", b"Mon", b"Tue", b"Wed"];
const MONTHS: [&[u8; 3]; 12] =
    [b"Jan", b"Feb", b"Mar", b"Apr", b"May", b"Jun", b"Jul", b"Aug", b"Sep", b"Oct", b"Nov", b"Dec"];

/// Civil date (year, month 1..=12, day 1..=31) from days since 1970-01-01 (Howard Hinnant's
/// days-from-civil inverse, valid for the proleptic Gregorian calendar).
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn two(out: &mut [u8], at: usize, v: u32) {
    out[at] = b'0' + (v / 10) as u8;
    out[at + 1] = b'0' + (v % 10) as u8;
}

/// Formats `unix_secs` as an IMF-fixdate, e.g. `Sun, 06 Nov 1994 08:49:37 GMT` (29 bytes).
pub(crate) fn fmt_imf_fixdate(unix_secs: u64) -> [u8; 29] {
    let mut out = *b"Thu, 01 Jan 1970 00:00:00 GMT";
    let days = (unix_secs / 86_400) as i64;
    let secs = (unix_secs % 86_400) as u32;
    let (y, m, d) = civil_from_days(days);
    out[..3].copy_from_slice(DAYS[(days % 7) as usize]);
    two(&mut out, 5, d);
    out[8..11].copy_from_slice(MONTHS[(m - 1) as usize]);
    let y = y.clamp(0, 9999) as u32;
    two(&mut out, 12, y / 100);
    two(&mut out, 14, y % 100);
    two(&mut out, 17, secs / 3600);
    two(&mut out, 20, secs / 60 % 60);
    two(&mut out, 23, secs % 60);
    out
}

/// Days since 1970-01-01 of a civil date (Howard Hinnant's days-from-civil, proleptic
/// Gregorian calendar). `m` is 1..=12.
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = i64::from(if m > 2 { m - 3 } else { m + 9 });
    let doy = (153 * mp + 2) / 5 + i64::from(d) - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

fn is_leap(y: i64) -> bool {
    y % 4 == 0 && (y % 100 != 0 || y % 400 == 0)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        2 if is_leap(y) => 29,
        2 => 28,
        4 | 6 | 9 | 11 => 30,
        _ => 31,
    }
}

const LONG_DAYS: [&[u8]; 7] =
    [b"Monday", b"Tuesday", b"Wednesday", b"Thursday", b"Friday", b"Saturday", b"Sunday"];

fn digits<const N: usize>(s: &[u8]) -> Option<u32> {
    if s.len() != N || !s.iter().all(u8::is_ascii_digit) {
        return None;
    }
    Some(s.iter().fold(0, |acc, &b| acc * 10 + u32::from(b - b'0')))
}

fn month(s: &[u8]) -> Option<u32> {
    MONTHS.iter().position(|m| &m[..] == s).map(|i| i as u32 + 1)
}

fn short_day(s: &[u8]) -> bool {
    DAYS.iter().any(|d| &d[..] == s)
}

/// `HH:MM:SS` → seconds into the day. Seconds may be 60 (a leap second, RFC 9110 allows it); it
/// is counted as the first second of the next minute, as POSIX time has no leap seconds.
fn time_of_day(s: &[u8]) -> Option<u64> {
    if s.len() != 8 || s[2] != b':' || s[5] != b':' {
        return None;
    }
    let (h, m, sec) = (digits::<2>(&s[..2])?, digits::<2>(&s[3..5])?, digits::<2>(&s[6..])?);
    if h > 23 || m > 59 || sec > 60 {
        return None;
    }
    Some(u64::from(h * 3600 + m * 60 + sec))
}

/// Unix seconds of a validated civil date and time; `None` before 1970 or for a day that does
/// not exist in that month.
fn to_unix(y: i64, m: u32, d: u32, tod: u64) -> Option<u64> {
    if !(1970..=9999).contains(&y) || d == 0 || d > days_in_month(y, m) {
        return None;
    }
    Some(days_from_civil(y, m, d) as u64 * 86_400 + tod)
}

/// The current year (UTC), for the RFC 850 two-digit-year rule.
fn current_year() -> i64 {
    let now = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(0, |d| d.as_secs());
    civil_from_days((now / 86_400) as i64).0
}

/// Parses an HTTP-date (RFC 9110 §5.6.7) into unix seconds: IMF-fixdate
/// (`Sun, 06 Nov 1994 08:49:37 GMT`), or one of the obsolete formats a recipient must accept:
/// RFC 850 (`Sunday, 06-Nov-94 08:49:37 GMT`) and asctime (`Sun Nov  6 08:49:37 1994`).
///
/// The grammar is case-sensitive and matched exactly (single spaces, fixed-width fields);
/// surrounding whitespace is ignored. Out-of-range fields (month day that does not exist, hour
/// above 23, minute above 59, second above 60) and dates before 1970 give `None`. The day name
/// must be a valid name for the format but is not checked against the date: a wrong weekday is
/// tolerated, as generators get it wrong and nothing depends on it. An RFC 850 two-digit year
/// is the year with those last two digits in the window from 49 years before the current year
/// to 50 years after it: one more than 50 years in the future is the most recent past year
/// with the same last two digits (RFC 9110 §5.6.7).
pub(crate) fn parse_http_date(s: &[u8]) -> Option<u64> {
    parse_http_date_in(s, current_year())
}

/// [`parse_http_date`] with the current year given (so the two-digit-year rule is testable).
fn parse_http_date_in(s: &[u8], this_year: i64) -> Option<u64> {
    let s = s.trim_ascii();
    if s.len() == 29 && s[3] == b',' {
        // IMF-fixdate: day-name "," SP 2DIGIT SP month SP 4DIGIT SP time-of-day SP "GMT"
        if !short_day(&s[..3])
            || s[4] != b' '
            || s[7] != b' '
            || s[11] != b' '
            || s[16] != b' '
            || s[25] != b' '
            || &s[26..] != b"GMT"
        {
            return None;
        }
        let d = digits::<2>(&s[5..7])?;
        let m = month(&s[8..11])?;
        let y = digits::<4>(&s[12..16])?;
        return to_unix(i64::from(y), m, d, time_of_day(&s[17..25])?);
    }
    if s.len() == 24 && s[3] == b' ' {
        // asctime: day-name SP month SP ( 2DIGIT / ( SP DIGIT ) ) SP time-of-day SP 4DIGIT
        if !short_day(&s[..3]) || s[7] != b' ' || s[10] != b' ' || s[19] != b' ' {
            return None;
        }
        let m = month(&s[4..7])?;
        let d = if s[8] == b' ' { digits::<1>(&s[9..10])? } else { digits::<2>(&s[8..10])? };
        let y = digits::<4>(&s[20..])?;
        return to_unix(i64::from(y), m, d, time_of_day(&s[11..19])?);
    }
    // RFC 850: day-name-l "," SP 2DIGIT "-" month "-" 2DIGIT SP time-of-day SP "GMT"
    let comma = s.iter().position(|&b| b == b',')?;
    if !LONG_DAYS.contains(&&s[..comma]) {
        return None;
    }
    let r = &s[comma..];
    if r.len() != 24
        || &r[..2] != b", "
        || r[4] != b'-'
        || r[8] != b'-'
        || r[11] != b' '
        || r[20] != b' '
        || &r[21..] != b"GMT"
    {
        return None;
    }
    let d = digits::<2>(&r[2..4])?;
    let m = month(&r[5..8])?;
    let yy = i64::from(digits::<2>(&r[9..11])?);
    let mut y = this_year - this_year.rem_euclid(100) + yy;
    if y > this_year + 50 {
        y -= 100;
    } else if y + 100 <= this_year + 50 {
        y += 100;
    }
    to_unix(y, m, d, time_of_day(&r[12..20])?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_known_dates() {
        let cases: &[(u64, &str)] = &[
            (0, "Thu, 01 Jan 1970 00:00:00 GMT"),
            (784_111_777, "Sun, 06 Nov 1994 08:49:37 GMT"),
            (951_782_400, "Tue, 29 Feb 2000 00:00:00 GMT"),
            (1_795_533_481, "Tue, 24 Nov 2026 15:18:01 GMT"),
            (4_102_444_799, "Thu, 31 Dec 2099 23:59:59 GMT"),
        ];
        for (secs, want) in cases {
            assert_eq!(std::str::from_utf8(&fmt_imf_fixdate(*secs)).unwrap(), *want, "{secs}");
        }
    }

    #[test]
    fn days_from_civil_inverts_civil_from_days() {
        for z in (-800_000..800_000).step_by(97) {
            let (y, m, d) = civil_from_days(z);
            assert_eq!(days_from_civil(y, m, d), z);
        }
    }

    #[test]
    fn parses_the_three_formats() {
        let cases: &[(&str, u64)] = &[
            ("Sun, 06 Nov 1994 08:49:37 GMT", 784_111_777),
            ("Sunday, 06-Nov-94 08:49:37 GMT", 784_111_777),
            ("Sun Nov  6 08:49:37 1994", 784_111_777),
            ("Sun Nov 06 08:49:37 1994", 784_111_777),
            ("Thu, 01 Jan 1970 00:00:00 GMT", 0),
            // In 2026, a two-digit 70 is 2070.
            ("Thursday, 01-Jan-70 00:00:00 GMT", 3_155_760_000),
            ("Thu Jan  1 00:00:00 1970", 0),
            ("Tue, 29 Feb 2000 00:00:00 GMT", 951_782_400),
            ("Tue, 24 Nov 2026 15:18:01 GMT", 1_795_533_481),
            ("Thu, 31 Dec 2099 23:59:59 GMT", 4_102_444_799),
            ("Wed Dec 31 23:59:59 2099", 4_102_444_799),
            // Surrounding whitespace is ignored.
            ("  Sun, 06 Nov 1994 08:49:37 GMT\t", 784_111_777),
            // A leap second is the first second of the next minute.
            ("Sat, 31 Dec 2016 23:59:60 GMT", 1_483_228_800),
            // The weekday is not checked against the date (1994-11-06 was a Sunday).
            ("Mon, 06 Nov 1994 08:49:37 GMT", 784_111_777),
            ("Monday, 06-Nov-94 08:49:37 GMT", 784_111_777),
            ("Fri Nov  6 08:49:37 1994", 784_111_777),
        ];
        for &(s, want) in cases {
            assert_eq!(parse_http_date_in(s.as_bytes(), 2026), Some(want), "{s}");
        }
        // Round trip with the formatter.
        for secs in (0..4_102_444_799u64).step_by(86_400 * 37 + 3_671) {
            assert_eq!(parse_http_date(&fmt_imf_fixdate(secs)), Some(secs));
        }
    }

    #[test]
    fn rfc850_two_digit_years() {
        let at = |s: &str, year| parse_http_date_in(s.as_bytes(), year);
        // In 2026, 76 is 2076 (exactly 50 years ahead) and 77 is 1977 (51 years ahead).
        assert_eq!(at("Thursday, 01-Jan-76 00:00:00 GMT", 2026), Some(3_345_062_400));
        assert_eq!(at("Saturday, 01-Jan-77 00:00:00 GMT", 2026), Some(220_924_800));
        assert_eq!(at("Sunday, 06-Nov-94 08:49:37 GMT", 2026), Some(784_111_777));
        assert_eq!(at("Monday, 01-Jan-01 00:00:00 GMT", 2026), Some(978_307_200));
        // In 2060, 94 is 2094, 10 is 2110 (50 years ahead) and 11 is 2011.
        assert_eq!(at("Sunday, 06-Nov-94 08:49:37 GMT", 2060), Some(3_939_871_777));
        assert_eq!(at("Friday, 01-Jan-10 00:00:00 GMT", 2060), Some(4_417_977_600));
        assert_eq!(at("Saturday, 01-Jan-11 00:00:00 GMT", 2060), Some(1_293_840_000));
        // In 2090, 05 is 2105 (15 years ahead), not 2005.
        assert_eq!(at("Thursday, 01-Jan-05 00:00:00 GMT", 2090), Some(4_260_211_200));
        // In 1990, 69 would be 1969 (before the epoch).
        assert_eq!(at("Wednesday, 01-Jan-69 00:00:00 GMT", 1990), None);
    }

    #[test]
    fn rejects_invalid_dates() {
        let bad = [
            "",
            "GMT",
            "0",
            "784111777",
            // Wrong case, names or separators.
            "sun, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06 nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08:49:37 gmt",
            "Sun, 06 Nov 1994 08:49:37 UTC",
            "Sun, 06 Nov 1994 08:49:37 +0000",
            "Sun 06 Nov 1994 08:49:37 GMT",
            "Sun,  06 Nov 1994 08:49:37 GMT",
            "Sun, 06-Nov-1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 08.49.37 GMT",
            "Xyz, 06 Nov 1994 08:49:37 GMT",
            "Sunday, 06 Nov 1994 08:49:37 GMT",
            "Sun, 06-Nov-94 08:49:37 GMT",
            "Sunday, 06-Nov-1994 08:49:37 GMT",
            "Sunday, 06 Nov 94 08:49:37 GMT",
            "Sundae, 06-Nov-94 08:49:37 GMT",
            "Sun Nov 6 08:49:37 1994",
            "Sun Nov  6 08:49:37 94",
            "Sun Nov  6 08:49:37 1994 GMT",
            "Sunday Nov  6 08:49:37 1994",
            // Wrong widths.
            "Sun, 6 Nov 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 8:49:37 GMT",
            "Sun, 06 Nov 994 08:49:37 GMT",
            "Sun, +6 Nov 1994 08:49:37 GMT",
            // Out of range fields.
            "Sun, 00 Nov 1994 08:49:37 GMT",
            "Sun, 31 Nov 1994 08:49:37 GMT",
            "Sun, 29 Feb 1900 08:49:37 GMT",
            "Sun, 29 Feb 1995 08:49:37 GMT",
            "Sun, 32 Dec 1994 08:49:37 GMT",
            "Sun, 06 Nov 1994 24:00:00 GMT",
            "Sun, 06 Nov 1994 08:60:37 GMT",
            "Sun, 06 Nov 1994 08:49:61 GMT",
            "Sunday, 31-Apr-94 08:49:37 GMT",
            "Sunday, 06-Nov-94 25:49:37 GMT",
            "Sun Feb 30 08:49:37 1994",
            "Sun Nov  0 08:49:37 1994",
            "Sun Nov  6 08:49:99 1994",
            // Before the epoch.
            "Wed, 31 Dec 1969 23:59:59 GMT",
            "Sun Nov  6 08:49:37 1894",
        ];
        for s in bad {
            assert_eq!(parse_http_date_in(s.as_bytes(), 2026), None, "{s:?}");
        }
        // Non-ASCII input does not panic.
        assert_eq!(parse_http_date("Sün, 06 Nov 1994 08:49:37 GMT".as_bytes()), None);
        assert_eq!(parse_http_date("Sunday\u{e9}, 06-Nov-94 08:49:37 GMT".as_bytes()), None);
    }
}
