"""Writes tests/dis/<name>.dis for every tests/dis/<name>.py: python3's `dis`
listing of the module, normalised so that moult's `-X dis` (which has no CACHE
entries, so other offsets) can be compared with it. Run with CPython 3.11:

    python3 tests/dis/regen.py

Normalisation (tests/compiler.rs applies the same to moult's output): blank
lines, offsets and EXTENDED_ARG go; jump and exception-handler targets become labels L1,
L2, ... in order; the numeric argument of jumps, BINARY_OP and COMPARE_OP goes
(their numbering is moult's own); code object addresses and file names go;
exception-table ranges name instructions by their ordinal (#n).
"""
import dis
import io
import pathlib
import re
import sys

HERE = pathlib.Path(__file__).resolve().parent
CODE = re.compile(r'<code object (\S+) at 0x[0-9a-f]+, file "[^"]*", line (\d+)>')
TABLE = re.compile(r"^  (\d+) to (\d+) -> (\d+) \[(\d+)\]( lasti)?$")
DROP_ARG = ("BINARY_OP", "COMPARE_OP")


def is_jump(op):
    return "JUMP" in op or op in ("FOR_ITER", "SEND")


def normalise(text):
    out = []
    for section in re.split(r"\n(?=Disassembly of )", text):
        lines = section.split("\n")
        head = []
        if lines and lines[0].startswith("Disassembly of "):
            head.append(CODE.sub(r"<code object \1, line \2>", lines[0]))
            lines = lines[1:]
        instrs, table = [], []
        in_table = False
        carried = ""
        for line in lines:
            if not line.strip():
                continue
            if line == "ExceptionTable:":
                in_table = True
                continue
            if in_table:
                m = TABLE.match(line)
                if m:
                    table.append(m.groups())
                continue
            # [line] [>>] offset OPNAME [arg] [(argrepr)]; the columns widen
            # past line 999, so the fields are told apart by their form.
            words = line.split()
            k = next(i for i, w in enumerate(words) if not w.isdigit() and w != ">>")
            numbers = [w for w in words[:k] if w.isdigit()]
            lineno = numbers[0] if len(numbers) == 2 else ""
            offset = int(numbers[-1])
            op = words[k]
            if op == "EXTENDED_ARG":
                # Needed or not depending on the offsets, which differ; its
                # line goes to the instruction it prefixes.
                carried = lineno
                continue
            if carried and not lineno:
                lineno = carried
            carried = ""
            body = line[line.index(" " + op) + 1:]
            parts = body.split(None, 2)
            arg = parts[1] if len(parts) > 1 and parts[1].lstrip("-").isdigit() else ""
            rest = body[len(op):].strip()
            if arg:
                rest = rest[len(arg):].strip()
            argrepr = rest[1:-1] if rest.startswith("(") else ""
            instrs.append([lineno, offset, op, arg, CODE.sub(r"<code object \1, line \2>", argrepr)])
        offsets = [i[1] for i in instrs]

        def ordinal(off):
            # The last instruction at or before the offset (for range ends).
            best = 0
            for k, o in enumerate(offsets):
                if o <= off:
                    best = k
            return best

        def target(off):
            # The instruction at the offset or, when that is a dropped
            # EXTENDED_ARG, the instruction it prefixes.
            for k, o in enumerate(offsets):
                if o >= off:
                    return k
            return len(offsets) - 1

        targets = set()
        for ins in instrs:
            if is_jump(ins[2]) and ins[4].startswith("to "):
                targets.add(target(int(ins[4][3:])))
        for row in table:
            targets.add(target(int(row[2])))
        labels = {t: "L%d" % (k + 1) for k, t in enumerate(sorted(targets))}
        body = []
        for k, (lineno, _, op, arg, argrepr) in enumerate(instrs):
            if is_jump(op) and argrepr.startswith("to "):
                argrepr = "to " + labels[target(int(argrepr[3:]))]
                arg = ""
            if op in DROP_ARG:
                arg = ""
            label = labels[k] + ":" if k in labels else ""
            text = "%4s %-4s %s" % (lineno, label, op)
            if arg:
                text += " " + arg
            if argrepr:
                text += " (" + argrepr + ")"
            body.append(text.rstrip())
        if table:
            body.append("ExceptionTable:")
            for start, end, handler, depth, lasti in table:
                body.append("  #%d to #%d -> %s [%s]%s" % (
                    target(int(start)), ordinal(int(end)), labels[target(int(handler))], depth, lasti or ""))
        out.extend(head + body)
    return "\n".join(out) + "\n"


def listing(path):
    src = path.read_text()
    code = compile(src, path.name, "exec")
    buf = io.StringIO()
    dis.dis(code, file=buf)
    return buf.getvalue()


def main():
    if sys.version_info[:2] != (3, 11):
        sys.exit("regen.py needs CPython 3.11 (the listings are 3.11's)")
    for path in sorted(HERE.glob("*.py")):
        if path.name == "regen.py":
            continue
        path.with_suffix(".dis").write_text(normalise(listing(path)))


if __name__ == "__main__":
    main()
