from pathlib import Path, PurePosixPath, PurePath
p = PurePosixPath("/usr/local//lib/./python3.11/site.tar.gz")
print(p, repr(p), p.parts, p.name, p.suffix, p.suffixes, p.stem, p.parent, p.root, p.anchor, p.is_absolute(), list(p.parents)[:2])
q = PurePath("a") / "b" / "c.txt"
print(q, repr(q), q.with_suffix(".md"), q.with_name("d.py"), q.with_stem("e"), q.relative_to("a"), q.is_relative_to("x"), "z" / q, q.joinpath("f", "/abs", "g"), PurePosixPath(), PurePosixPath("//x"), PurePosixPath("///x"))
print(q == PurePosixPath("a/b/c.txt"), sorted([PurePosixPath("b"), PurePosixPath("a/z"), PurePosixPath("a")]), q.match("*.txt"), q.match("b/*.txt"), q.match("/a/*/*.txt"), PurePosixPath(".bashrc").suffix, PurePosixPath("x.").suffixes)
for bad in [lambda: q.relative_to("x"), lambda: PurePosixPath("/").with_name("x"), lambda: q.with_suffix("md")]:
    try: bad()
    except ValueError as e: print(e)
here = Path("tests/py/stdlib")
print(here.exists(), here.is_dir(), (here / "nope.txt").exists(), type(here).__name__, Path("tests/py/stdlib/_shadow.py").is_file(), sorted(x.name for x in here.glob("re_*.py")), Path("tests/py/stdlib/re_engine.py").read_text().count("re.") > 10)
