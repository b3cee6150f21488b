for exc in (KeyError('k'), IndexError(1), ValueError('v'), TypeError('t')):
    try:
        raise exc
    except (KeyError, IndexError) as e:
        print("lookup", type(e).__name__, isinstance(e, LookupError))
    except ValueError:
        print("value")
    except Exception as e:
        print("other", repr(e))
try:
    try:
        raise ValueError
    except ValueError as e:
        pass
    print(e)
except NameError as n:
    print("e was cleared:", n)
