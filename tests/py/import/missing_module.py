try:
    import does_not_exist
except ModuleNotFoundError as e:
    print(type(e).__name__, e, e.name)
try:
    from _helper import nope
except ImportError as e:
    print(type(e).__name__, e)
try:
    from pkg import missing_name
except ImportError as e:
    print(e)
