//! `date`, `time`, `timestamp` and `timestamptz` in their binary forms (days or microseconds
//! from 2000-01-01), with calendar conversion and `Display` in PostgreSQL's ISO output style.
//! Small own types rather than a date crate: the wire form is one integer, and the driver
//! only needs exact round trips and a readable form.

use std::fmt;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use super::{mismatch, oid, Column, FromSql, IsNull, ToSql};
use crate::pg::Error;

const DAYS_1970_TO_2000: i64 = 10_957;
const MICROS_PER_DAY: i64 = 86_400_000_000;

/// Days since 1970-01-01 of a proleptic Gregorian date (Hinnant's `days_from_civil`).
fn days_from_civil(y: i64, m: u32, d: u32) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y - era * 400;
    let m = m as i64;
    let doy = (153 * (if m > 2 { m - 3 } else { m + 9 }) + 2) / 5 + d as i64 - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The date of a day count since 1970-01-01.
fn civil_from_days(z: i64) -> (i64, u32, u32) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z - era * 146_097;
    let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = (doy - (153 * mp + 2) / 5 + 1) as u32;
    let m = if mp < 10 { mp + 3 } else { mp - 9 } as u32;
    let y = yoe + era * 400 + if m <= 2 { 1 } else { 0 };
    (y, m, d)
}

fn days_in_month(y: i64, m: u32) -> u32 {
    match m {
        1 | 3 | 5 | 7 | 8 | 10 | 12 => 31,
        4 | 6 | 9 | 11 => 30,
        _ if (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 => 29,
        _ => 28,
    }
}

/// Writes a date the way PostgreSQL's ISO style does (`0044-03-15 BC` for year -43).
fn write_date(f: &mut fmt::Formatter<'_>, days_2000: i64) -> Result<bool, fmt::Error> {
    let (y, m, d) = civil_from_days(days_2000 + DAYS_1970_TO_2000);
    let (year, bc) = if y <= 0 { (1 - y, true) } else { (y, false) };
    write!(f, "{year:04}-{m:02}-{d:02}")?;
    Ok(bc)
}

fn write_time(f: &mut fmt::Formatter<'_>, micros: i64) -> fmt::Result {
    let (s, us) = (micros / 1_000_000, micros % 1_000_000);
    write!(f, "{:02}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)?;
    if us != 0 {
        let frac = format!("{us:06}");
        write!(f, ".{}", frac.trim_end_matches('0'))?;
    }
    Ok(())
}

/// A `date`: days since 2000-01-01 (`i32::MAX`/`MIN` are `infinity`/`-infinity`).
///
/// ```
/// use chopin_rt::pg::Date;
/// let d = Date::from_ymd(2024, 2, 29).unwrap();
/// assert_eq!(d.ymd(), (2024, 2, 29));
/// assert_eq!(d.to_string(), "2024-02-29");
/// assert!(Date::from_ymd(2023, 2, 29).is_none());
/// assert_eq!(Date::from_ymd(-43, 3, 15).unwrap().to_string(), "0044-03-15 BC");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(pub i32);

impl Date {
    /// The date of a proleptic Gregorian year (0 = 1 BC), month and day; `None` if invalid.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        if !(1..=12).contains(&month) || day == 0 || day > days_in_month(year as i64, month) {
            return None;
        }
        let days = days_from_civil(year as i64, month, day) - DAYS_1970_TO_2000;
        i32::try_from(days).ok().map(Date)
    }
    /// Year (0 = 1 BC), month, day.
    pub fn ymd(self) -> (i32, u32, u32) {
        let (y, m, d) = civil_from_days(self.0 as i64 + DAYS_1970_TO_2000);
        (y as i32, m, d)
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self.0 {
            i32::MAX => f.write_str("infinity"),
            i32::MIN => f.write_str("-infinity"),
            d => {
                if write_date(f, d as i64)? {
                    f.write_str(" BC")?;
                }
                Ok(())
            }
        }
    }
}

/// A `time` (without time zone): microseconds since midnight.
///
/// ```
/// use chopin_rt::pg::Time;
/// let t = Time::from_hms_micro(13, 5, 9, 250_000).unwrap();
/// assert_eq!(t.to_string(), "13:05:09.25");
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Time(pub i64);

impl Time {
    /// Hours, minutes, seconds and microseconds; `None` when out of range.
    pub fn from_hms_micro(h: u32, m: u32, s: u32, us: u32) -> Option<Time> {
        (h < 24 && m < 60 && s < 60 && us < 1_000_000)
            .then(|| Time(((h as i64 * 60 + m as i64) * 60 + s as i64) * 1_000_000 + us as i64))
    }
}

impl fmt::Display for Time {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_time(f, self.0)
    }
}

/// A `timestamp` (without time zone): microseconds since 2000-01-01 00:00:00
/// (`i64::MAX`/`MIN` are `infinity`/`-infinity`).
///
/// ```
/// use chopin_rt::pg::{Date, Time, Timestamp};
/// let ts = Timestamp::new(Date::from_ymd(1999, 12, 31).unwrap(), Time::from_hms_micro(23, 59, 59, 1).unwrap());
/// assert_eq!(ts.to_string(), "1999-12-31 23:59:59.000001");
/// assert_eq!(ts.0, -1_000_000 + 1);
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Timestamp(pub i64);

impl Timestamp {
    /// The timestamp of a date and a time of day.
    pub fn new(date: Date, time: Time) -> Timestamp {
        Timestamp(date.0 as i64 * MICROS_PER_DAY + time.0)
    }
    /// The date and time of day.
    pub fn parts(self) -> (Date, Time) {
        (Date(self.0.div_euclid(MICROS_PER_DAY) as i32), Time(self.0.rem_euclid(MICROS_PER_DAY)))
    }
}

fn write_timestamp(f: &mut fmt::Formatter<'_>, us: i64, zone: &str) -> fmt::Result {
    match us {
        i64::MAX => f.write_str("infinity"),
        i64::MIN => f.write_str("-infinity"),
        _ => {
            let bc = write_date(f, us.div_euclid(MICROS_PER_DAY))?;
            f.write_str(" ")?;
            write_time(f, us.rem_euclid(MICROS_PER_DAY))?;
            f.write_str(zone)?;
            if bc {
                f.write_str(" BC")?;
            }
            Ok(())
        }
    }
}

impl fmt::Display for Timestamp {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_timestamp(f, self.0, "")
    }
}

/// A `timestamptz`: microseconds since 2000-01-01 00:00:00 UTC; shown in UTC (`+00`).
///
/// ```
/// use std::time::{Duration, UNIX_EPOCH};
/// use chopin_rt::pg::TimestampTz;
/// let t = TimestampTz::from_system_time(UNIX_EPOCH + Duration::from_secs(946_684_800)).unwrap();
/// assert_eq!(t.0, 0);
/// assert_eq!(t.to_string(), "2000-01-01 00:00:00+00");
/// assert_eq!(t.to_system_time().unwrap(), UNIX_EPOCH + Duration::from_secs(946_684_800));
/// ```
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct TimestampTz(pub i64);

impl TimestampTz {
    /// The instant of a `SystemTime` (microsecond precision); `None` when out of range.
    pub fn from_system_time(t: SystemTime) -> Option<TimestampTz> {
        let unix_us: i64 = match t.duration_since(UNIX_EPOCH) {
            Ok(d) => i64::try_from(d.as_micros()).ok()?,
            Err(e) => -i64::try_from(e.duration().as_micros()).ok()?,
        };
        unix_us.checked_sub(DAYS_1970_TO_2000 * MICROS_PER_DAY).map(TimestampTz)
    }
    /// The instant as a `SystemTime`; `None` for the infinities.
    pub fn to_system_time(self) -> Option<SystemTime> {
        if self.0 == i64::MAX || self.0 == i64::MIN {
            return None;
        }
        let unix_us = self.0.checked_add(DAYS_1970_TO_2000 * MICROS_PER_DAY)?;
        if unix_us >= 0 {
            UNIX_EPOCH.checked_add(Duration::from_micros(unix_us as u64))
        } else {
            UNIX_EPOCH.checked_sub(Duration::from_micros(unix_us.unsigned_abs()))
        }
    }
}

impl fmt::Display for TimestampTz {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write_timestamp(f, self.0, "+00")
    }
}

macro_rules! wire_int {
    ($t:ident, $inner:ty, $oid:expr, $name:literal) => {
        impl ToSql for $t {
            fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
                if ty != $oid {
                    return mismatch($name, ty);
                }
                out.extend_from_slice(&self.0.to_be_bytes());
                Ok(IsNull::No)
            }
        }
        impl FromSql<'_> for $t {
            fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
                if col.type_oid != $oid {
                    return mismatch($name, col.type_oid);
                }
                raw.try_into()
                    .map(|b| $t(<$inner>::from_be_bytes(b)))
                    .map_err(|_| Error::conversion(concat!($name, ": wrong binary length")))
            }
        }
    };
}
wire_int!(Date, i32, oid::DATE, "Date");
wire_int!(Time, i64, oid::TIME, "Time");
wire_int!(Timestamp, i64, oid::TIMESTAMP, "Timestamp");
wire_int!(TimestampTz, i64, oid::TIMESTAMPTZ, "TimestampTz");

impl ToSql for SystemTime {
    fn to_sql(&self, ty: u32, out: &mut Vec<u8>) -> Result<IsNull, Error> {
        TimestampTz::from_system_time(*self)
            .ok_or_else(|| Error::conversion("SystemTime out of timestamptz range"))?
            .to_sql(ty, out)
    }
}

impl FromSql<'_> for SystemTime {
    fn from_sql(col: &Column, raw: &[u8]) -> Result<Self, Error> {
        TimestampTz::from_sql(col, raw)?
            .to_system_time()
            .ok_or_else(|| Error::conversion("infinite timestamptz has no SystemTime"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn calendar_round_trips_over_a_wide_range() {
        for days in (-1_000_000i64..1_000_000).step_by(7) {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
            assert!(d <= days_in_month(y, m));
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(Date::from_ymd(2000, 1, 1), Some(Date(0)));
        assert_eq!(Date::from_ymd(1999, 12, 31), Some(Date(-1)));
    }

    #[test]
    fn display_matches_postgres_iso_style() {
        assert_eq!(Timestamp(i64::MAX).to_string(), "infinity");
        assert_eq!(Date(i32::MIN).to_string(), "-infinity");
        assert_eq!(Time(0).to_string(), "00:00:00");
        let t = Timestamp::new(Date::from_ymd(0, 1, 1).unwrap(), Time(1));
        assert_eq!(t.to_string(), "0001-01-01 00:00:00.000001 BC");
        assert_eq!(TimestampTz(t.0).to_string(), "0001-01-01 00:00:00.000001+00 BC");
    }
}
