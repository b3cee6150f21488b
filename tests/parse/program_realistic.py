#!/usr/bin/env python3
"""A small realistic program mixing many forms."""
from __future__ import annotations

import sys
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Item:
    name: str
    price: float = 0.0
    tags: list[str] = field(default_factory=list)

    def total(self, qty: int = 1) -> float:
        return self.price * qty


def parse(lines):
    for lineno, line in enumerate(lines, 1):
        line = line.strip()
        if not line or line.startswith("#"):
            continue
        try:
            name, price = line.split(",", 1)
        except ValueError as exc:
            print(f"{lineno}: bad line {line!r}: {exc}", file=sys.stderr)
            continue
        yield Item(name, float(price))


def main(argv=None):
    items = list(parse(open(argv[1]) if argv else sys.stdin))
    total = sum(i.total() for i in items)
    print(f"{len(items)} items, total {total:.2f}")
    return 0 if items else 1


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
