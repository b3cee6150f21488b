#!/usr/bin/env python3
"""Writes runtime/src/modules/unicodedata.txt: the character properties
`unicodedata` reports besides names (those are in src/unicode/names.txt),
taken from this python3's `unicodedata` (run with CPython 3.11: Unicode 14.0.0).

One record a line, code points in hex, runs of equal values merged:
  C start end cat      general category (runs not listed are 'Cn')
  B start end bidi     bidirectional class (unlisted: '')
  W start end width    east asian width (unlisted: 'N')
  K start end ccc      canonical combining class (unlisted: 0)
  M start end          mirrored
  N cp numeric decimal digit   numeric value (repr of the float), '-' if none
  D cp text            decomposition mapping
"""
import os
import sys
import unicodedata as u

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "src", "modules", "unicodedata.txt")


def runs(tag, value, default):
    out = []
    start = None
    cur = None
    for cp in range(0x110001):
        v = value(chr(cp)) if cp < 0x110000 else None
        if cp < 0x110000 and v == cur and start is not None:
            continue
        if start is not None and cur != default:
            suffix = "" if cur is True else " %s" % cur
            out.append("%s %X %X%s" % (tag, start, cp - 1, suffix))
        start, cur = cp, v
    return out


def main():
    lines = ["# unicodedata %s, python3 %s: see runtime/tables/gen_unicodedata.py"
             % (u.unidata_version, sys.version.split()[0])]
    lines += runs("C", u.category, "Cn")
    lines += runs("B", u.bidirectional, "")
    lines += runs("W", u.east_asian_width, "N")
    lines += runs("K", u.combining, 0)
    lines += runs("M", lambda c: bool(u.mirrored(c)), False)
    for cp in range(0x110000):
        c = chr(cp)
        n = u.numeric(c, None)
        if n is not None:
            d = u.decimal(c, None)
            g = u.digit(c, None)
            lines.append("N %X %r %s %s" % (cp, n, "-" if d is None else d, "-" if g is None else g))
    for cp in range(0x110000):
        d = u.decomposition(chr(cp))
        if d:
            lines.append("D %X %s" % (cp, d))
    with open(OUT, "w") as f:
        f.write("\n".join(lines) + "\n")


main()
