try:
    e = ValueError("base")
    e.add_note("first note")
    e.add_note("second note")
    raise e
except ValueError as err:
    print(err.__notes__)
try:
    ValueError().add_note(5)
except TypeError as e:
    print(e)
try:
    1 / 0
except ZeroDivisionError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_next)
    e2 = RuntimeError("r").with_traceback(tb)
    print(e2.__traceback__ is tb)
import traceback
try:
    {}["k"]
except KeyError as e:
    print(traceback.format_exception_only(type(e), e))
