//! The `time` module: clocks, `sleep`, and struct_time conversions in UTC
//! (moult reads no time zone database, so local time is UTC).

use std::time::{Duration, Instant, SystemTime, UNIX_EPOCH};

use crate::modules::util::{self, arity, struct_seq_type};
use crate::object::typeobj::NativeFn;
use crate::object::{self as obj, float, int, str::as_str, tuple, PyResult};
use crate::value::Value;
use crate::vm::Py;

const FUNCTIONS: &[(&str, NativeFn)] = &[
    ("time", time),
    ("time_ns", time_ns),
    ("perf_counter", perf_counter),
    ("perf_counter_ns", perf_counter_ns),
    ("monotonic", perf_counter),
    ("monotonic_ns", perf_counter_ns),
    ("process_time", process_time),
    ("process_time_ns", process_time_ns),
    ("thread_time", process_time),
    ("thread_time_ns", process_time_ns),
    ("sleep", sleep),
    ("gmtime", gmtime),
    ("localtime", localtime),
    ("mktime", mktime),
    ("strftime", strftime),
    ("asctime", asctime),
    ("ctime", ctime),
    ("strptime", strptime),
];

pub fn make(py: Py<'_>) -> PyResult<Value> {
    let m = util::new_module(py, "time", FUNCTIONS)?;
    util::set(py, &m, "timezone", int::new_i64(py, 0))?;
    util::set(py, &m, "altzone", int::new_i64(py, 0))?;
    util::set(py, &m, "daylight", int::new_i64(py, 0))?;
    util::set(py, &m, "struct_time", struct_time_type(py))?;
    let utc = py.new_str("UTC");
    util::set(py, &m, "tzname", tuple::new(py, vec![utc.clone(), utc]))?;
    Ok(m)
}

fn since_epoch() -> Duration {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .unwrap_or_default()
}

/// The process's reference instant for the monotonic clocks.
fn start() -> Instant {
    thread_local! {
        static START: Instant = Instant::now();
    }
    START.with(|s| *s)
}

fn time(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "time.time", args, kwnames, 0, 0)?;
    Ok(float::new(py, since_epoch().as_secs_f64()))
}

fn time_ns(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "time.time_ns", args, kwnames, 0, 0)?;
    Ok(int::new_big(py, since_epoch().as_nanos().into()))
}

fn perf_counter(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "time.perf_counter", args, kwnames, 0, 0)?;
    Ok(float::new(py, start().elapsed().as_secs_f64()))
}

fn perf_counter_ns(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "time.perf_counter_ns", args, kwnames, 0, 0)?;
    Ok(int::new_big(py, start().elapsed().as_nanos().into()))
}

/// CPU time is approximated by the time since the interpreter started.
fn process_time(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "time.process_time", args, kwnames, 0, 0)?;
    Ok(float::new(py, start().elapsed().as_secs_f64()))
}

fn process_time_ns(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    arity(py, "time.process_time_ns", args, kwnames, 0, 0)?;
    Ok(int::new_big(py, start().elapsed().as_nanos().into()))
}

fn seconds(py: Py<'_>, v: &Value) -> PyResult<f64> {
    match float::as_f64(py, v)? {
        Some(f) => Ok(f),
        None => Err(py.type_error(format!(
            "'{}' object cannot be interpreted as an integer",
            py.type_name(v)
        ))),
    }
}

fn sleep(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "time.sleep", args, kwnames, 1, 1)?;
    let s = seconds(py, &a[0])?;
    if s < 0.0 {
        return Err(py.value_error("sleep length must be non-negative".to_string()));
    }
    if s.is_nan() {
        return Err(py.value_error("Invalid value NaN (not a number)".to_string()));
    }
    if s > 9.2e9 {
        return Err(py.overflow_error("timestamp out of range for platform time_t"));
    }
    std::io::Write::flush(&mut *py.stdout.borrow_mut()).ok();
    std::thread::sleep(Duration::from_secs_f64(s));
    Ok(py.none())
}

/// Days since 1970-01-01 to (year, month, day), proleptic Gregorian.
fn civil_from_days(z: i64) -> (i64, i64, i64) {
    let z = z + 719_468;
    let era = z.div_euclid(146_097);
    let doe = z.rem_euclid(146_097);
    let yoe = (doe - doe / 1460 + doe / 36524 - doe / 146_096) / 365;
    let y = yoe + era * 400;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let d = doy - (153 * mp + 2) / 5 + 1;
    let m = if mp < 10 { mp + 3 } else { mp - 9 };
    (if m <= 2 { y + 1 } else { y }, m, d)
}

fn days_from_civil(y: i64, m: i64, d: i64) -> i64 {
    let y = if m <= 2 { y - 1 } else { y };
    let era = y.div_euclid(400);
    let yoe = y.rem_euclid(400);
    let mp = if m > 2 { m - 3 } else { m + 9 };
    let doy = (153 * mp + 2) / 5 + d - 1;
    let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    era * 146_097 + doe - 719_468
}

/// The nine fields of a struct_time for `t` seconds since the epoch (UTC).
fn fields(t: i64) -> [i64; 9] {
    let days = t.div_euclid(86_400);
    let secs = t.rem_euclid(86_400);
    let (y, m, d) = civil_from_days(days);
    let wday = (days + 3).rem_euclid(7);
    let yday = days - days_from_civil(y, 1, 1) + 1;
    [
        y,
        m,
        d,
        secs / 3600,
        secs % 3600 / 60,
        secs % 60,
        wday,
        yday,
        0,
    ]
}

/// The `time.struct_time` type: nine items, and tm_zone / tm_gmtoff as
/// attributes (None for one built from a 9-sequence; each instance of
/// `gmtime` and `localtime` has its own).
fn struct_time_type(py: Py<'_>) -> Value {
    struct_seq_type(
        py,
        "time.struct_time",
        "time.struct_time",
        &[
            "tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday",
            "tm_isdst",
        ],
        &[("tm_zone", py.none()), ("tm_gmtoff", py.none())],
    )
}

/// A struct_time of `gmtime` (zone 'GMT') or `localtime` (zone 'UTC':
/// moult's local time is UTC), both at offset 0.
fn struct_time(py: Py<'_>, f: [i64; 9], gmt: bool) -> PyResult<Value> {
    let values: Vec<Value> = f.iter().map(|&x| int::new_i64(py, x)).collect();
    let ty = struct_time_type(py);
    let zone = if gmt { "GMT" } else { "UTC" };
    util::struct_seq_with(
        py,
        &ty,
        values,
        vec![
            ("tm_zone", py.new_str(zone)),
            ("tm_gmtoff", int::new_i64(py, 0)),
        ],
    )
}

fn timestamp_arg(py: Py<'_>, a: &[Value]) -> PyResult<i64> {
    match a.first() {
        Some(v) if !v.is(&py.none) => {
            let t = seconds(py, v)?;
            // Past about 2**55 seconds the year no longer fits C's struct tm.
            if !t.is_finite() || t.abs() > 3.6e16 {
                return Err(py.overflow_error("timestamp out of range for platform time_t"));
            }
            Ok(t.floor() as i64)
        }
        _ => Ok(since_epoch().as_secs() as i64),
    }
}

fn gmtime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "gmtime", args, kwnames, 0, 1)?;
    struct_time(py, fields(timestamp_arg(py, a)?), true)
}

fn localtime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "localtime", args, kwnames, 0, 1)?;
    struct_time(py, fields(timestamp_arg(py, a)?), false)
}

/// The nine fields of a struct_time or 9-tuple argument.
fn tuple_fields(py: Py<'_>, v: &Value) -> PyResult<[i64; 9]> {
    let items = obj::collect(py, v)?;
    if items.len() < 9 {
        return Err(py.type_error(
            "function takes exactly 9 arguments (".to_string()
                + &items.len().to_string()
                + " given)",
        ));
    }
    let mut out = [0i64; 9];
    for (slot, x) in out.iter_mut().zip(&items) {
        let n = int::as_index(py, x)?.ok_or_else(|| {
            py.type_error(format!(
                "'{}' object cannot be interpreted as an integer",
                py.type_name(x)
            ))
        })?;
        // The fields are C ints in CPython's struct tm.
        if n > i32::MAX as i64 {
            return Err(py.overflow_error("signed integer is greater than maximum"));
        }
        if n < i32::MIN as i64 {
            return Err(py.overflow_error("signed integer is less than minimum"));
        }
        *slot = n;
    }
    Ok(out)
}

/// CPython's `checktm` for strftime/asctime: zeros mean the first value,
/// the weekday wraps, other fields must be in range.
fn check_fields(py: Py<'_>, mut f: [i64; 9]) -> PyResult<[i64; 9]> {
    for (i, what, lo, hi) in [
        (1, "month", 1, 12),
        (2, "day of month", 1, 31),
        (7, "day of year", 1, 366),
    ] {
        if f[i] == 0 {
            f[i] = 1;
        }
        if f[i] < lo || f[i] > hi {
            return Err(py.value_error(format!("{what} out of range")));
        }
    }
    for (i, what, hi) in [(3, "hour", 23), (4, "minute", 59), (5, "seconds", 61)] {
        if f[i] < 0 || f[i] > hi {
            return Err(py.value_error(format!("{what} out of range")));
        }
    }
    f[6] = f[6].rem_euclid(7);
    Ok(f)
}

fn current_or_arg(py: Py<'_>, a: &[Value]) -> PyResult<[i64; 9]> {
    match a.first() {
        Some(v) => check_fields(py, tuple_fields(py, v)?),
        None => Ok(fields(since_epoch().as_secs() as i64)),
    }
}

fn mktime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "mktime", args, kwnames, 1, 1)?;
    let f = tuple_fields(py, &a[0])?;
    let days = days_from_civil(f[0], f[1], f[2]);
    let t = days * 86_400 + f[3] * 3600 + f[4] * 60 + f[5];
    Ok(float::new(py, t as f64))
}

const DAYS: [&str; 7] = [
    "Monday",
    "Tuesday",
    "Wednesday",
    "Thursday",
    "Friday",
    "Saturday",
    "Sunday",
];
const MONTHS: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

fn name_at(names: &[&'static str], i: i64) -> &'static str {
    names.get(i as usize).copied().unwrap_or("?")
}

fn format_time(fmt: &str, f: &[i64; 9], zone: &str) -> String {
    let mut out = String::new();
    let mut chars = fmt.chars();
    while let Some(c) = chars.next() {
        if c != '%' {
            out.push(c);
            continue;
        }
        let Some(k) = chars.next() else {
            out.push('%');
            break;
        };
        let day = name_at(&DAYS, f[6]);
        let month = name_at(&MONTHS, f[1] - 1);
        match k {
            'Y' => out.push_str(&f[0].to_string()),
            'y' => out.push_str(&format!("{:02}", f[0].rem_euclid(100))),
            'm' => out.push_str(&format!("{:02}", f[1])),
            'd' => out.push_str(&format!("{:02}", f[2])),
            'e' => out.push_str(&format!("{:2}", f[2])),
            'H' => out.push_str(&format!("{:02}", f[3])),
            'I' => out.push_str(&format!("{:02}", (f[3] + 11) % 12 + 1)),
            'M' => out.push_str(&format!("{:02}", f[4])),
            'S' => out.push_str(&format!("{:02}", f[5])),
            'p' => out.push_str(if f[3] < 12 { "AM" } else { "PM" }),
            'j' => out.push_str(&format!("{:03}", f[7])),
            'a' => out.push_str(day.get(..3).unwrap_or(day)),
            'A' => out.push_str(day),
            'b' | 'h' => out.push_str(month.get(..3).unwrap_or(month)),
            'B' => out.push_str(month),
            'w' => out.push_str(&((f[6] + 1) % 7).to_string()),
            'u' => out.push_str(&(f[6] + 1).to_string()),
            'Z' => out.push_str(zone),
            'z' => out.push_str("+0000"),
            'D' => out.push_str(&format_time("%m/%d/%y", f, zone)),
            'F' => out.push_str(&format_time("%Y-%m-%d", f, zone)),
            'T' => out.push_str(&format_time("%H:%M:%S", f, zone)),
            'R' => out.push_str(&format_time("%H:%M", f, zone)),
            'c' => out.push_str(&format_time("%a %b %e %H:%M:%S %Y", f, zone)),
            'x' => out.push_str(&format_time("%m/%d/%y", f, zone)),
            'X' => out.push_str(&format_time("%H:%M:%S", f, zone)),
            'n' => out.push('\n'),
            't' => out.push('\t'),
            '%' => out.push('%'),
            other => {
                out.push('%');
                out.push(other);
            }
        }
    }
    out
}

fn strftime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "strftime", args, kwnames, 1, 2)?;
    let Some(fmt) = as_str(&a[0]) else {
        return Err(py.type_error(format!(
            "strftime() argument 1 must be str, not {}",
            py.type_name(&a[0])
        )));
    };
    let f = current_or_arg(py, &a[1..])?;
    // %Z is the struct_time's own zone ('GMT' from gmtime), else local time's.
    let zone = a
        .get(1)
        .and_then(|t| obj::getattr(py, t, "tm_zone").ok())
        .and_then(|z| as_str(&z).map(str::to_string))
        .unwrap_or_else(|| "UTC".to_string());
    Ok(py.new_str(&format_time(fmt, &f, &zone)))
}

fn asctime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "asctime", args, kwnames, 0, 1)?;
    let f = current_or_arg(py, a)?;
    Ok(py.new_str(&format_time("%a %b %e %H:%M:%S %Y", &f, "UTC")))
}

fn ctime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "ctime", args, kwnames, 0, 1)?;
    let f = fields(timestamp_arg(py, a)?);
    Ok(py.new_str(&format_time("%a %b %e %H:%M:%S %Y", &f, "UTC")))
}

#[cfg(test)]
mod tests {
    use super::{civil_from_days, days_from_civil, fields};

    #[test]
    fn civil_dates_round_trip() {
        for days in [-719_468, -1, 0, 59, 11_016, 19_782, 2_932_896] {
            let (y, m, d) = civil_from_days(days);
            assert_eq!(days_from_civil(y, m, d), days);
        }
        assert_eq!(civil_from_days(0), (1970, 1, 1));
        assert_eq!(civil_from_days(11_016), (2000, 2, 29));
    }

    #[test]
    fn epoch_fields() {
        // 1970-01-01 was a Thursday (weekday 3, Monday is 0).
        assert_eq!(fields(0), [1970, 1, 1, 0, 0, 0, 3, 1, 0]);
        assert_eq!(fields(-1)[..6], [1969, 12, 31, 23, 59, 59]);
    }
}

/// `time.strptime(string, format="%a %b %d %H:%M:%S %Y")`: datetime's parser.
fn strptime(py: Py<'_>, args: &[Value], kwnames: &[Value]) -> PyResult<Value> {
    let a = arity(py, "strptime", args, kwnames, 1, 2)?;
    let fmt = a
        .get(1)
        .cloned()
        .unwrap_or_else(|| py.new_str("%a %b %d %H:%M:%S %Y"));
    let m = crate::import::import_absolute(py, "datetime")?;
    let f = obj::getattr(py, &m, "_strptime_struct")?;
    obj::call(py, &f, &[a[0].clone(), fmt], &[])
}
