# tb.tb_frame is a real frame: f_code, f_lineno, f_back, f_globals; tb_next,
# tb_lasti, tb_lineno; traceback.walk_tb and clear_frames.
import sys
import traceback


def fail(n):
    local = n * 2
    raise ValueError(n)


def middle():
    return fail(3)


def catch():
    here = "handler"
    try:
        middle()
    except ValueError as e:
        tb = e.__traceback__
        names = []
        t = tb
        while t is not None:
            fr = t.tb_frame
            names.append((fr.f_code.co_name, t.tb_lineno, type(fr).__name__,
                          fr.f_globals is globals(), isinstance(t.tb_lasti, int)))
            t = t.tb_next
        print(names)
        print(tb.tb_frame is tb.tb_frame, tb.tb_frame.f_code.co_name)
        print(tb.tb_frame.f_back.f_code.co_name)
        print(tb.tb_next.tb_frame.f_back is tb.tb_frame)
        print(tb.tb_next.tb_next.tb_frame.f_back.f_code.co_name)
        print(tb.tb_frame.f_locals["here"])
        print([(f.f_code.co_name, line) for f, line in traceback.walk_tb(tb)])
        traceback.clear_frames(tb)
        return e


e = catch()
tb = e.__traceback__
print(tb.tb_frame.f_code.co_name, tb.tb_lineno, tb.tb_next.tb_frame.f_code.co_name)

try:
    1 / 0
except ZeroDivisionError:
    t = sys.exc_info()[2]
    print(t.tb_frame.f_code.co_name, t.tb_frame.f_back)
    print(t.tb_lineno, t.tb_next)

# Frames in a summary with captured locals.
def with_locals():
    alpha = [1, 2]
    try:
        raise KeyError("k")
    except KeyError as e:
        return traceback.TracebackException.from_exception(e, capture_locals=True)


te = with_locals()
print([fs.name for fs in te.stack])
print(sorted(te.stack[0].locals))
print("".join(te.stack.format()), end="")


def deep_stack():
    return traceback.extract_stack()


summary = deep_stack()
print([(fs.name, fs.lineno, fs.line) for fs in summary])
