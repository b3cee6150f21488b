"""Translates a teaching-language program to Python, so that python3 can
produce its expected output (the oracle for tests/forks.rs).

    python3 examples/teaching/to_python.py PROGRAM.py | python3 -

`define` becomes `def`, `show x` becomes `print(x)`, and `repeat:` ...
`until c` becomes `while True:` ... `if c: break`, as the fork's grammar
desugars it. Only whole-line statements are translated: enough for the
example programs, not a general tool.
"""

import re
import sys


def translate(text):
    out = []
    for line in text.splitlines():
        indent = line[: len(line) - len(line.lstrip())]
        body = line.strip()
        if body.startswith("define "):
            line = indent + "def " + body[len("define "):]
        elif body == "show" or body.startswith("show "):
            line = indent + "print(" + body[len("show"):].strip() + ")"
        elif body == "repeat:":
            line = indent + "while True:"
        elif body.startswith("until "):
            line = indent + "    if " + body[len("until "):] + ": break"
        out.append(line)
    return "\n".join(out) + "\n"


if __name__ == "__main__":
    with open(sys.argv[1]) as f:
        sys.stdout.write(translate(f.read()))
