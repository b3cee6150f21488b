import json
data = {"name": "Widget", "price": 9.99, "tags": ["a", "b"], "stock": None, "active": True,
        "dims": {"w": 1, "h": 2.5}, "unicode": "caf\u00e9 \u2603", "n": -0.0, "big": 10**20}
s = json.dumps(data)
print(s)
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":")))
print(json.dumps(data, ensure_ascii=False))
print(json.dumps([1, [2, [3, {}]], []], indent=4))
print(json.dumps({"a": []}, indent="\t"))
back = json.loads(s)
print(back == data, back["dims"], type(back["price"]))
print(json.loads('{"x": [1, 2.5e3, -3, true, false, null, "\\u00e9\\n"]}'))
print(json.loads("3"), json.loads('"s"'), json.loads(" [ ] "))
for bad in ['{"a": 1,}', '[1, 2', '{"a" 1}', 'nul', '', '"abc', '{"a":1} x', "[1,]", "{'a': 1}"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print(type(e).__name__, e, e.pos, e.lineno, e.colno)
try:
    json.dumps({1, 2})
except TypeError as e:
    print(e)
try:
    json.dumps(object)
except TypeError as e:
    print(e)
print(json.dumps({1: "a", 2.5: "b", True: "c", None: "d"}))
print(json.dumps(float("inf")), json.dumps(float("nan")))
try:
    json.dumps(float("nan"), allow_nan=False)
except ValueError as e:
    print(e)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({"s": {3, 1, 2}}, cls=Enc))
print(json.dumps({"s": {3, 1}}, default=list))
print(json.loads('{"a": 1.5}', parse_float=str), json.loads('[1]', parse_int=float))
print(json.loads('{"b": 1, "a": 2}', object_pairs_hook=list))
print(json.loads('{"b": 1}', object_hook=lambda d: ("obj", d)))
print(json.dumps("tab\there \"quoted\" \\ /slash \x01"))
print(json.dumps([1.0, 1e100, 1.5e-10, 123456789.123]))
print(json.dumps({"b": 1, "a": {"d": 1, "c": 2}}, sort_keys=True, indent=1))
import io
buf = io.StringIO()
json.dump({"k": [1, 2]}, buf, indent=2)
print(repr(buf.getvalue()))
print(json.load(io.StringIO('{"z": 0}')))
print(json.dumps("😀"), json.loads('"\\ud83d\\ude00"'))
print(json.dumps((1, 2)), json.dumps({"a": (1,)}))
print(json.dumps({"k": 1}, skipkeys=True), json.dumps({(1,): 1}, skipkeys=True))
try:
    json.dumps({(1,): 1})
except TypeError as e:
    print(e)
