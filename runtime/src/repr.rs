//! Python's `repr` for the leaf values: str, bytes, float, complex.
//!
//! Shared by `ast.dump` (AST constants) and, later, the object system. Every
//! output here is checked against CPython 3.11 in the tests below.

/// `repr(s)` for a Python `str`: single quotes unless the text holds `'` and no
/// `"`, as CPython's `unicode_repr` chooses.
pub fn str_repr(s: &str) -> String {
    let quote = pick_quote(s.contains('\''), s.contains('"'));
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => push_char_escape(&mut out, c),
        }
    }
    out.push(quote);
    out
}

/// `repr(b)` for a Python `bytes`: `b'...'` with the same quote choice as str and
/// every byte outside printable ASCII written as `\xhh`.
pub fn bytes_repr(b: &[u8]) -> String {
    let quote = pick_quote(b.contains(&b'\''), b.contains(&b'"'));
    let mut out = String::with_capacity(b.len() + 3);
    out.push('b');
    out.push(quote);
    for &byte in b {
        match byte {
            b'\\' => out.push_str("\\\\"),
            b'\n' => out.push_str("\\n"),
            b'\r' => out.push_str("\\r"),
            b'\t' => out.push_str("\\t"),
            _ if byte as char == quote => {
                out.push('\\');
                out.push(quote);
            }
            0x20..=0x7e => out.push(byte as char),
            _ => out.push_str(&format!("\\x{:02x}", byte)),
        }
    }
    out.push(quote);
    out
}

fn pick_quote(has_single: bool, has_double: bool) -> char {
    if has_single && !has_double {
        '"'
    } else {
        '\''
    }
}

/// The shortest escape CPython uses for a non-printable code point.
fn push_char_escape(out: &mut String, c: char) {
    let n = c as u32;
    if n < 0x100 {
        out.push_str(&format!("\\x{:02x}", n));
    } else if n < 0x10000 {
        out.push_str(&format!("\\u{:04x}", n));
    } else {
        out.push_str(&format!("\\U{:08x}", n));
    }
}

/// An approximation of `str.isprintable` for one character.
///
/// CPython calls a character non-printable when its general category is Cc, Cf,
/// Cs, Co, Cn, Zl, Zp or Zs (other than the space). The standard library has no
/// category tables, so: Cc, Z* and private use are exact; Cf is a table of the
/// assigned format characters; Cn is approximated by the noncharacters and the
/// planes that Unicode 14 leaves empty.
pub fn is_printable(c: char) -> bool {
    let n = c as u32;
    if n < 0x7f {
        return n >= 0x20;
    }
    if n <= 0xa0 {
        // 0x7f..=0x9f are Cc, 0xa0 is a no-break space (Zs).
        return false;
    }
    if c.is_control() || (c.is_whitespace() && c != ' ') {
        return false;
    }
    if is_format(n) || is_private_use(n) || is_unassigned_approx(n) {
        return false;
    }
    true
}

/// General category Cf (Unicode 14), as ranges.
const FORMAT_RANGES: &[(u32, u32)] = &[
    (0x00ad, 0x00ad),
    (0x0600, 0x0605),
    (0x061c, 0x061c),
    (0x06dd, 0x06dd),
    (0x070f, 0x070f),
    (0x0890, 0x0891),
    (0x08e2, 0x08e2),
    (0x180e, 0x180e),
    (0x200b, 0x200f),
    (0x202a, 0x202e),
    (0x2060, 0x2064),
    (0x2066, 0x206f),
    (0xfeff, 0xfeff),
    (0xfff9, 0xfffb),
    (0x110bd, 0x110bd),
    (0x110cd, 0x110cd),
    (0x13430, 0x13438),
    (0x1bca0, 0x1bca3),
    (0x1d173, 0x1d17a),
    (0xe0001, 0xe0001),
    (0xe0020, 0xe007f),
];

fn is_format(n: u32) -> bool {
    FORMAT_RANGES.iter().any(|&(lo, hi)| lo <= n && n <= hi)
}

fn is_private_use(n: u32) -> bool {
    (0xe000..=0xf8ff).contains(&n) || n >= 0xf0000
}

fn is_unassigned_approx(n: u32) -> bool {
    let low = n & 0xffff;
    (0xfdd0..=0xfdef).contains(&n)
        || low >= 0xfffe
        // Planes 4 to 13 are empty; plane 14 holds only tags and variation selectors.
        || (0x40000..0xe0000).contains(&n)
        || (0xe0080..0xe0100).contains(&n)
        || (0xe01f0..0xf0000).contains(&n)
}

/// `repr(f)` for a Python float: the shortest digits that round-trip, in
/// positional form when the decimal exponent is in -4..16, else `1e+16` style.
pub fn float_repr(f: f64) -> String {
    format_float(f, true)
}

/// `repr(complex(re, im))`: `1j` when the real part is +0.0, else `(1+2j)`;
/// the parts are written like floats but without a trailing `.0`.
pub fn complex_repr(re: f64, im: f64) -> String {
    let imag = format_float(im, false);
    if re == 0.0 && re.is_sign_positive() {
        return format!("{}j", imag);
    }
    let real = format_float(re, false);
    // The imaginary part always carries a sign; nan has none of its own.
    let sign = if imag.starts_with('-') { "" } else { "+" };
    format!("({}{}{}j)", real, sign, imag)
}

/// CPython's `float_repr_style = 'short'` with format code 'r'. `add_dot_0`
/// says whether an integral positional value gets `.0` (floats yes, complex no).
fn format_float(f: f64, add_dot_0: bool) -> String {
    if f.is_nan() {
        return "nan".to_string();
    }
    if f.is_infinite() {
        return if f < 0.0 { "-inf" } else { "inf" }.to_string();
    }
    // Rust's `{:e}` prints the shortest round-trip digits: "-1.2345e-7".
    let sci = format!("{:e}", f);
    let (mantissa, exp) = match sci.split_once('e') {
        Some(parts) => parts,
        None => return sci,
    };
    let exp: i32 = exp.parse().unwrap_or(0);
    let (neg, mantissa) = match mantissa.strip_prefix('-') {
        Some(m) => (true, m),
        None => (false, mantissa),
    };
    let digits: String = mantissa.chars().filter(|c| *c != '.').collect();
    let mut out = String::new();
    if neg {
        out.push('-');
    }
    if !(-4..16).contains(&exp) {
        out.push_str(&digits[..1]);
        if digits.len() > 1 {
            out.push('.');
            out.push_str(&digits[1..]);
        }
        out.push('e');
        out.push(if exp < 0 { '-' } else { '+' });
        out.push_str(&format!("{:02}", exp.abs()));
    } else if exp < 0 {
        out.push_str("0.");
        for _ in 0..(-exp - 1) {
            out.push('0');
        }
        out.push_str(&digits);
    } else {
        let int_len = exp as usize + 1;
        if digits.len() <= int_len {
            out.push_str(&digits);
            for _ in digits.len()..int_len {
                out.push('0');
            }
            if add_dot_0 {
                out.push_str(".0");
            }
        } else {
            out.push_str(&digits[..int_len]);
            out.push('.');
            out.push_str(&digits[int_len..]);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn floats_match_python() {
        let cases: &[(f64, &str)] = &[
            (1.0, "1.0"),
            (0.0, "0.0"),
            (-0.0, "-0.0"),
            (1e16, "1e+16"),
            (1e15, "1000000000000000.0"),
            (0.0001, "0.0001"),
            (0.00001, "1e-05"),
            (1.5e-5, "1.5e-05"),
            (1e22, "1e+22"),
            (1.7976931348623157e308, "1.7976931348623157e+308"),
            (5e-324, "5e-324"),
            (123456789012345678.0, "1.2345678901234568e+17"),
            (0.1, "0.1"),
            (3.14, "3.14"),
            (-2.5, "-2.5"),
            (123.456, "123.456"),
            (f64::INFINITY, "inf"),
            (f64::NEG_INFINITY, "-inf"),
            (f64::NAN, "nan"),
        ];
        for &(f, want) in cases {
            assert_eq!(float_repr(f), want, "repr({:?})", f);
        }
    }

    #[test]
    fn complex_match_python() {
        let cases: &[(f64, f64, &str)] = &[
            (-0.0, 1.0, "(-0+1j)"),
            (1.0, -0.0, "(1-0j)"),
            (1.0, f64::NAN, "(1+nanj)"),
            (0.0, -0.0, "-0j"),
            (-0.0, -0.0, "(-0-0j)"),
            (1e16, 1.0, "(1e+16+1j)"),
            (f64::INFINITY, f64::NEG_INFINITY, "(inf-infj)"),
            (0.0, 1.5, "1.5j"),
            (0.0, 0.0, "0j"),
            (1.0, 2.0, "(1+2j)"),
        ];
        for &(re, im, want) in cases {
            assert_eq!(complex_repr(re, im), want);
        }
    }

    #[test]
    fn strings_match_python() {
        assert_eq!(str_repr("it's"), "\"it's\"");
        assert_eq!(str_repr("a\"b'c"), "'a\"b\\'c'");
        assert_eq!(str_repr("a\nb\tc\\\r"), "'a\\nb\\tc\\\\\\r'");
        assert_eq!(
            str_repr("\x00\x7f\u{80}\u{a0}\u{ad}\u{200b}\u{e000}\u{e0100}\u{fdd0}\u{40000} é\u{2028}\u{85}"),
            "'\\x00\\x7f\\x80\\xa0\\xad\\u200b\\ue000\u{e0100}\\ufdd0\\U00040000 é\\u2028\\x85'"
        );
        assert_eq!(str_repr(""), "''");
    }

    #[test]
    fn bytes_match_python() {
        assert_eq!(bytes_repr(b"\x00a'\""), "b'\\x00a\\'\"'");
        assert_eq!(bytes_repr(b"it's"), "b\"it's\"");
        assert_eq!(bytes_repr(b"\x7f\xff\n"), "b'\\x7f\\xff\\n'");
        assert_eq!(bytes_repr(b""), "b''");
    }
}
