"""Argument binding with CPython's TypeError messages, for functions built at run time.

namedtuple's __new__ and a dataclass's __init__ take (*args, **kwargs) and call bind()
so that a bad call fails exactly as a function written with that signature would.
"""


def _quoted(names):
    quoted = ["'%s'" % n for n in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % (quoted[0], quoted[1])
    return ", ".join(quoted[:-1]) + ", and " + quoted[-1]


def bind(qualname, positional, optional, kwonly, args, kwargs, offset=1):
    """Matches args and kwargs to the parameters and returns {name: value}.

    positional: names of the positional-or-keyword parameters, in order;
    optional: the set of parameter names (of either kind) that have a default;
    kwonly: names of the keyword-only parameters;
    offset: how many leading parameters (self, cls) the caller already bound,
    counted in the messages as CPython counts them.
    Parameters with a default that were not passed are absent from the result.
    """
    bound = {}
    for name, value in zip(positional, args):
        bound[name] = value
    for name, value in kwargs.items():
        if name in positional or name in kwonly:
            if name in bound:
                raise TypeError("%s() got multiple values for argument '%s'" % (qualname, name))
            bound[name] = value
        else:
            raise TypeError("%s() got an unexpected keyword argument '%s'" % (qualname, name))
    if len(args) > len(positional):
        most = len(positional) + offset
        least = most - sum(1 for n in positional if n in optional)
        given = len(args) + offset
        if least == most:
            takes = "%d positional argument%s" % (most, "" if most == 1 else "s")
        else:
            takes = "from %d to %d positional arguments" % (least, most)
        raise TypeError("%s() takes %s but %d %s given"
                        % (qualname, takes, given, "was" if given == 1 else "were"))
    missing = [n for n in positional if n not in bound and n not in optional]
    if missing:
        raise TypeError("%s() missing %d required positional argument%s: %s"
                        % (qualname, len(missing), "" if len(missing) == 1 else "s",
                           _quoted(missing)))
    missing = [n for n in kwonly if n not in bound and n not in optional]
    if missing:
        raise TypeError("%s() missing %d required keyword-only argument%s: %s"
                        % (qualname, len(missing), "" if len(missing) == 1 else "s",
                           _quoted(missing)))
    return bound


# Functions built at run time describe their real signature for inspect.signature in
# fn.__moult_signature__ = ([(name, kind, default, annotation), ...], return_annotation),
# kind as inspect's Parameter kinds (0 positional-only ... 4 var-keyword) and EMPTY for
# "no default" / "no annotation".
EMPTY = object()
