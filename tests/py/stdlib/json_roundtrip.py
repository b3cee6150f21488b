import json
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True), json.loads('{"x": [1, {"y": null}]}'))
print(json.dumps(1.0), json.dumps(1e20), json.dumps(float('inf')), json.dumps(-float('inf')), json.dumps(float('nan')), json.dumps(0.1 + 0.2), json.dumps(-0.0), json.dumps(10 ** 30))
print(json.dumps('\u00e9\x01\"\\\n\t\ud800\x7f\U0001f600 ~'), json.dumps('é\x7f\U0001f600\n', ensure_ascii=False))
print(json.dumps({1: 2, 2.5: 3, False: 4, None: 5, "s": (1, 2)}), json.dumps([]), json.dumps({}), json.dumps([[]], indent=2))
print(json.dumps([1, {'a': [], 'b': {'c': [1, 2]}}, {}], indent=2))
print(json.dumps({'a': 1, 'b': [1, 2]}, indent='\t', separators=(',', ': ')))
print(json.dumps({'a': 1, 'b': [1, 2]}, separators=(',', ':')), json.dumps([1, 2], indent=0))
print(json.dumps({(1,): 2, "k": 1}, skipkeys=True), json.dumps({"z": 1, "a": 2, "m": 3}, sort_keys=True, indent=1))
class Pt:
    def __init__(self, x): self.x = x
print(json.dumps([Pt(1), Pt(2)], default=lambda o: {"x": o.x}))
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc), Enc(indent=1).encode([1]))
class MyInt(int): pass
class MyStr(str): pass
print(json.dumps([MyInt(5), MyStr("x"), True, False]))
for bad in [lambda: json.dumps({(1,): 2}), lambda: json.dumps(object()), lambda: json.dumps(float('nan'), allow_nan=False), lambda: json.dumps([1, {1}])]:
    try: bad()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
cyc = []; cyc.append(cyc)
try: json.dumps(cyc)
except ValueError as e: print(e)
d = {}; d["self"] = d
try: json.dumps(d)
except ValueError as e: print(e)
for s in ['{', '[1,]', '{"a" 1}', '', 'nul', '[1] x', '"abc', '{"a":1,}', '01', '[1 2]', '{"a":1 "b":2}', '"a\\qb"', '"\\u12"', '"\\u12zz"', '"a\nb"', '  ', '[\n1,\n]', '{"a": }', 'tru', '-', '1.', '1e', '"\\', '\ufeff1']:
    try: print(repr(json.loads(s)))
    except json.JSONDecodeError as e: print(repr(s), '->', e, e.pos, e.lineno, e.colno, isinstance(e, ValueError))
print(json.loads('[1e5, -0.5, 1E-2, 10, -0, 1.5e+3, "\\u00e9\\ud83d\\ude00\\n\\/", true, false, null, NaN, -Infinity, Infinity]'))
print(json.loads(' {"a" : [ 1 , 2 ] , "b" : { } } '), json.loads(b'[1]'), json.loads('"\\ud800x"') == '\ud800x')
print(json.loads('{"a": 1.5, "b": 2}', parse_float=str, parse_int=lambda x: int(x) * 10))
print(json.loads('{"a": 1, "a": 2, "b": {"c": 3}}', object_pairs_hook=list), json.loads('{"a": {"b": 1}}', object_hook=lambda d: sorted(d)))
print(json.JSONDecoder().raw_decode('[1, 2] tail'), json.loads('"tab\there"', strict=False))
import io
buf = io.StringIO(); json.dump({"k": [1, 2]}, buf, indent=1); print(buf.getvalue()); print(json.load(io.StringIO('[true]')))
data = {"name": "moult", "tags": ["py", "rust"], "nested": {"pi": 3.14, "big": 12345678901234567890, "e": 1e-7}}
print(json.loads(json.dumps(data)) == data, json.dumps(data, indent=4, sort_keys=True))
