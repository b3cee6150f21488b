import pprint, textwrap, string, collections, itertools, functools, json, random, math, statistics, heapq, struct, dataclasses, enum, fractions, decimal, operator, copy
from dataclasses import dataclass, field
def attempt(f, *a, **k):
    try:
        r = f(*a, **k)
        print("ok", repr(r)[:100])
    except Exception as e:
        print(type(e).__name__ + ":", e)
@dataclass
class Pt:
    x: int
    y: int
    tags: list = field(default_factory=list)
pprint.pprint([Pt(1, 2, ["a" * 30, "b" * 30]), Pt(3, 4)])
pprint.pprint({"key%d" % i: list(range(i)) for i in range(8)})
pprint.pprint(collections.OrderedDict(a=1, b=[1, 2]), width=20)
pprint.pprint(collections.Counter("mississippi"))
pprint.pprint(collections.defaultdict(list, {"x": [1] * 30}))
pprint.pprint(collections.deque(range(30), maxlen=40))
pprint.pprint({1, 2, 3}); pprint.pprint(frozenset(range(25)))
print(pprint.pformat(("a" * 50, "b" * 50)), pprint.isreadable([1]), pprint.saferepr({"a": [1]}))
rec = [1]; rec.append(rec); print(repr(rec))
d = {}; d["self"] = d; print(d)
pprint.pprint("a long string " * 10, width=40)
pprint.pprint([("nested", {"deep": [1, 2, {"deeper": "x" * 40}]})], indent=2, width=50)
print(string.Formatter().vformat("{a}{0}", ("z",), {"a": 1}), list(string.Formatter().parse("x{0!r:>5}y{}")))
print("{0[1]} {1[k]} {2.real}".format([1, 2], {"k": "v"}, 3j), "{:{w}.{p}f}".format(3.14159, w=10, p=2), "{!a}".format("é"))
attempt("{}{}".format, 1); attempt("{0}{}".format, 1, 2); attempt("{x}".format); attempt(format, 1, "q")
print(textwrap.wrap("one two three four five six", width=9, break_long_words=False), textwrap.fill("a b c", 1))
print(textwrap.wrap("  leading and   multiple   spaces ", 12), textwrap.wrap("tabs\there", 8), textwrap.wrap("x" * 25, 10))
print(textwrap.wrap("Hello. World.", 20, fix_sentence_endings=True), textwrap.wrap("word-with-hyphens and-more", 12, break_on_hyphens=False))
print(textwrap.shorten("The quick brown fox", 12), textwrap.dedent("  a\n\n  b"), textwrap.wrap("a\nb c", 3, replace_whitespace=False) if False else "")
attempt(collections.deque().pop); attempt(collections.deque([1]).remove, 2); attempt(collections.deque, [1], -1); attempt(collections.deque([1, 2]).index, 5)
attempt(collections.namedtuple, "N", "a 1b"); attempt(collections.namedtuple, "N", "a _b"); attempt(collections.namedtuple("N", "a")._make, [1, 2])
attempt(collections.namedtuple("N", "a")(1)._replace, b=2); attempt(lambda: collections.Counter(a=1) < collections.Counter(a=2))
attempt(lambda: collections.OrderedDict().popitem()); attempt(collections.OrderedDict().move_to_end, "x"); attempt(lambda: collections.ChainMap().pop("x"))
c = collections.Counter(a=3, b=-1, c=0); print(c, +c, -c, c.most_common(1), list(c.elements()), c.total())
c.update(a=1); c.subtract(["a"]); print(c, c == collections.Counter(a=3, b=-1), collections.Counter("aab") >= collections.Counter("ab"))
attempt(itertools.islice, [1], -1); attempt(itertools.permutations, [1], -1); attempt(itertools.repeat, 1, "x"); attempt(lambda: list(itertools.product([1], repeat=-1)))
attempt(itertools.combinations, [1]); attempt(next, itertools.chain());
attempt(functools.reduce, operator.add, [], ); attempt(functools.partial); attempt(lambda: functools.lru_cache(maxsize="x"))
@functools.lru_cache(maxsize=3, typed=True)
def tf(x): return type(x).__name__
print(tf(1), tf(1.0), tf(True), tf.cache_info(), tf.cache_parameters())
print(repr(functools.partial(max, 1, key=abs)), functools.partial(functools.partial(max, 1), 2)(), functools.partial(int, base=2)("101"))
class C:
    @functools.cached_property
    def val(self): return 5
print(C().val, type(C.__dict__["val"]).__name__)
attempt(json.dumps, {"a": float("nan")}, allow_nan=False); l = []; l.append(l); attempt(json.dumps, l)
attempt(json.loads, "[1, 2"); attempt(json.loads, b'{"a": 1}'); attempt(json.loads, 5); attempt(json.loads, '{"a":1}{')
attempt(random.sample, range(3), 5); attempt(random.choice, []); attempt(random.randint, 5, 1); attempt(random.randrange, 0); attempt(random.sample, {1, 2}, 1)
attempt(statistics.mode, []); attempt(statistics.variance, [1]); attempt(statistics.median, []); attempt(statistics.harmonic_mean, [-1]); attempt(statistics.geometric_mean, [0])
attempt(math.comb, -1, 2); attempt(math.factorial, 2.5); attempt(math.log, -1); attempt(math.sqrt, "x"); attempt(math.isqrt, -4); attempt(math.gcd, 1.5); attempt(math.pow, 0, -1); attempt(math.fsum, [math.inf, -math.inf])
attempt(heapq.heappop, []); print(heapq.nsmallest(2, {"a": 3, "b": 1, "c": 2}, key=lambda k: {"a": 3, "b": 1, "c": 2}[k]))
attempt(struct.pack, "i", "x"); attempt(struct.pack, "i"); attempt(struct.unpack, "q", b"\0" * 4); attempt(struct.calcsize, "z"); print(struct.pack("<e", 1.5), struct.unpack("<HxB", b"\x01\x00\xff\x02"), struct.pack("@bi", 1, 2))
print(struct.pack(">q", -2), struct.pack("<Q", 2**64 - 1), struct.unpack(">f", struct.pack(">f", 0.1)), struct.pack("10p", b"hi"), struct.pack("c", b"x"), struct.unpack("2c", b"ab"))
attempt(dataclasses.replace, Pt(1, 2), z=3); attempt(dataclasses.asdict, 5); attempt(lambda: field(default=1, default_factory=list)); attempt(dataclasses.fields, 5)
attempt(enum.Enum, "E", "A B A"); attempt(lambda: enum.Enum("E", "A").A.__setattr__("value", 2))
attempt(fractions.Fraction, 1.5, 2); attempt(fractions.Fraction, "1/0"); attempt(lambda: fractions.Fraction(1, 2) + "x"); print(fractions.Fraction(-3, 4).__floor__(), fractions.Fraction(7, 2).__ceil__(), fractions.Fraction.from_float(0.125), fractions.Fraction.from_decimal(decimal.Decimal("0.25")))
attempt(lambda: decimal.Decimal("1") + 1.5); attempt(decimal.Decimal, [1]); attempt(lambda: decimal.Decimal(1) < 1.5); attempt(lambda: decimal.Decimal("1.5") == fractions.Fraction(3, 2))
attempt(copy.deepcopy, iter([1])) if False else print(copy.deepcopy({"f": len, "t": (1, [2])}))
print(operator.attrgetter("real", "imag")(3+4j), operator.itemgetter(0, -1)("abc"), operator.countOf([1, 2, 1], 1), operator.indexOf("abc", "c"))
attempt(operator.itemgetter(5), [1]); attempt(operator.attrgetter("zz"), 1); attempt(operator.indexOf, [1], 2)
