//! The searching and splitting algorithms that str (as a slice of chars)
//! and bytes (as a slice of bytes) share, with CPython's edge cases.

/// The first index of `needle` in `hay[start..end]` (an absolute index).
pub fn find<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    (start..=end - needle.len()).find(|&i| hay[i..i + needle.len()] == *needle)
}

/// The last index of `needle` in `hay[start..end]`.
pub fn rfind<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> Option<usize> {
    if start > end || end > hay.len() || needle.len() > end - start {
        return None;
    }
    (start..=end - needle.len())
        .rev()
        .find(|&i| hay[i..i + needle.len()] == *needle)
}

/// Non-overlapping occurrences of `needle` in `hay[start..end]`.
pub fn count<T: PartialEq>(hay: &[T], needle: &[T], start: usize, end: usize) -> usize {
    if start > end || end > hay.len() {
        return 0;
    }
    if needle.is_empty() {
        return end - start + 1;
    }
    let mut n = 0;
    let mut i = start;
    while let Some(j) = find(hay, needle, i, end) {
        n += 1;
        i = j + needle.len();
    }
    n
}

/// `split(sep, maxsplit)` with a separator (negative `max`: no limit).
pub fn split<'a, T: PartialEq>(hay: &'a [T], sep: &[T], max: i64) -> Vec<&'a [T]> {
    let mut out = Vec::new();
    let mut i = 0;
    while max < 0 || (out.len() as i64) < max {
        match find(hay, sep, i, hay.len()) {
            Some(j) => {
                out.push(&hay[i..j]);
                i = j + sep.len();
            }
            None => break,
        }
    }
    out.push(&hay[i..]);
    out
}

/// `rsplit(sep, maxsplit)` with a separator.
pub fn rsplit<'a, T: PartialEq>(hay: &'a [T], sep: &[T], max: i64) -> Vec<&'a [T]> {
    let mut out = Vec::new();
    let mut end = hay.len();
    while max < 0 || (out.len() as i64) < max {
        match rfind(hay, sep, 0, end) {
            Some(j) => {
                out.push(&hay[j + sep.len()..end]);
                end = j;
            }
            None => break,
        }
    }
    out.push(&hay[..end]);
    out.reverse();
    out
}

/// `split()` without a separator: runs of whitespace, at most `max` splits,
/// the remainder keeping its inner whitespace.
pub fn split_ws<T: Copy>(hay: &[T], ws: impl Fn(T) -> bool, max: i64) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut i = 0;
    let n = hay.len();
    loop {
        while i < n && ws(hay[i]) {
            i += 1;
        }
        if i == n {
            break;
        }
        if max >= 0 && out.len() as i64 == max {
            out.push(&hay[i..]);
            break;
        }
        let s = i;
        while i < n && !ws(hay[i]) {
            i += 1;
        }
        out.push(&hay[s..i]);
    }
    out
}

/// `rsplit()` without a separator.
pub fn rsplit_ws<T: Copy>(hay: &[T], ws: impl Fn(T) -> bool, max: i64) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut e = hay.len();
    loop {
        while e > 0 && ws(hay[e - 1]) {
            e -= 1;
        }
        if e == 0 {
            break;
        }
        if max >= 0 && out.len() as i64 == max {
            out.push(&hay[..e]);
            break;
        }
        let end = e;
        while e > 0 && !ws(hay[e - 1]) {
            e -= 1;
        }
        out.push(&hay[e..end]);
    }
    out.reverse();
    out
}

/// `replace(old, new, count)` (negative `count`: all); an empty `old`
/// inserts `new` between items and at both ends.
pub fn replace<T: PartialEq + Copy>(hay: &[T], old: &[T], new: &[T], count: i64) -> Vec<T> {
    let mut out = Vec::with_capacity(hay.len());
    let mut done = 0i64;
    if old.is_empty() {
        for (k, &x) in hay.iter().enumerate() {
            if count < 0 || done < count {
                out.extend_from_slice(new);
                done += 1;
            }
            out.push(x);
            let _ = k;
        }
        if count < 0 || done < count {
            out.extend_from_slice(new);
        }
        return out;
    }
    let mut i = 0;
    while count < 0 || done < count {
        match find(hay, old, i, hay.len()) {
            Some(j) => {
                out.extend_from_slice(&hay[i..j]);
                out.extend_from_slice(new);
                i = j + old.len();
                done += 1;
            }
            None => break,
        }
    }
    out.extend_from_slice(&hay[i..]);
    out
}

/// `splitlines(keepends)`: `is_break` says which items end a line; `\r\n`
/// (given as `cr`, `lf`) counts as one break.
pub fn splitlines<T: Copy + PartialEq>(
    hay: &[T],
    is_break: impl Fn(T) -> bool,
    cr: T,
    lf: T,
    keepends: bool,
) -> Vec<&[T]> {
    let mut out = Vec::new();
    let mut i = 0;
    let mut start = 0;
    let n = hay.len();
    while i < n {
        if is_break(hay[i]) {
            let mut e = i + 1;
            if hay[i] == cr && e < n && hay[e] == lf {
                e += 1;
            }
            out.push(if keepends {
                &hay[start..e]
            } else {
                &hay[start..i]
            });
            start = e;
            i = e;
        } else {
            i += 1;
        }
    }
    if start < n {
        out.push(&hay[start..]);
    }
    out
}

/// The bounds left after stripping items matching `strip` from the chosen ends.
pub fn strip_bounds<T: Copy>(
    hay: &[T],
    strip: impl Fn(T) -> bool,
    left: bool,
    right: bool,
) -> (usize, usize) {
    let mut s = 0;
    let mut e = hay.len();
    if left {
        while s < e && strip(hay[s]) {
            s += 1;
        }
    }
    if right {
        while e > s && strip(hay[e - 1]) {
            e -= 1;
        }
    }
    (s, e)
}

/// `expandtabs(tabsize)`: the column restarts after `\n` and `\r`.
pub fn expandtabs<T: Copy + PartialEq>(
    hay: &[T],
    tab: T,
    nl: T,
    cr: T,
    space: T,
    size: i64,
) -> Vec<T> {
    let mut out = Vec::with_capacity(hay.len());
    let mut col: i64 = 0;
    for &x in hay {
        if x == tab {
            if size > 0 {
                let n = size - col % size;
                for _ in 0..n {
                    out.push(space);
                }
                col += n;
            }
        } else {
            out.push(x);
            col += 1;
            if x == nl || x == cr {
                col = 0;
            }
        }
    }
    out
}

/// `center`/`ljust`/`rjust` padding: (left, right) fill counts.
pub fn pad_counts(len: usize, width: i64, how: char) -> (usize, usize) {
    if width <= len as i64 {
        return (0, 0);
    }
    let pad = (width - len as i64) as usize;
    match how {
        '<' => (0, pad),
        '>' => (pad, 0),
        // As CPython: the extra fill goes left when the width and the padding are both odd.
        _ => {
            let left = pad / 2 + (pad & width as usize & 1);
            (left, pad - left)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn splits_like_python() {
        // python3: 'a,b,,c'.split(','), 'a,b,c'.rsplit(',', 1), ' a b  c '.split(None, 1)
        let s = b"a,b,,c";
        assert_eq!(split(s, b",", -1), vec![&b"a"[..], b"b", b"", b"c"]);
        assert_eq!(rsplit(b"a,b,c", b",", 1), vec![&b"a,b"[..], b"c"]);
        let ws = |c: u8| c == b' ';
        assert_eq!(split_ws(b" a b  c ", ws, 1), vec![&b"a"[..], b"b  c "]);
        assert_eq!(rsplit_ws(b" a b  c ", ws, 1), vec![&b" a b"[..], b"c"]);
        assert_eq!(replace(b"ab", b"", b"-", -1), b"-a-b-".to_vec());
        assert_eq!(count(b"abc", b"", 0, 3), 4);
    }
}
