def dump(v, indent=0):
    pad = "  " * indent
    if isinstance(v, dict):
        if not v:
            return "{}"
        items = [f'{pad}  "{k}": {dump(x, indent + 1)}' for k, x in v.items()]
        return "{\n" + ",\n".join(items) + "\n" + pad + "}"
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(dump(x, indent) for x in v) + "]"
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return "null"
    if isinstance(v, str):
        return '"' + v.replace('"', '\\"') + '"'
    return repr(v)
print(dump({"name": "moult", "tags": ["py", "rust"], "ok": True, "n": None,
            "nested": {"pi": 3.14, "empty": {}, "q": 'say "x"'}}))
import json
print(json.dumps({"b": [1, 2.5, None, True], "a": "é"}, sort_keys=True), json.loads('{"x": [1, {"y": null}]}'))
