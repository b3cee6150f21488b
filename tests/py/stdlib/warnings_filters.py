import warnings, sys
sys.stderr = sys.stdout
def f(x):
    warnings.warn("x is deprecated", DeprecationWarning, stacklevel=2)
    return x
f(1)
warnings.warn("plain user warning")
for i in range(3):
    warnings.warn("in a loop")
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter("always")
    warnings.warn("recorded", RuntimeWarning)
    warnings.warn("recorded", RuntimeWarning)
    print(len(w), w[0].category.__name__, str(w[0].message), w[0].lineno)
with warnings.catch_warnings():
    warnings.simplefilter("error")
    try:
        warnings.warn("now an error", UserWarning)
    except UserWarning as e:
        print("raised", e)
with warnings.catch_warnings():
    warnings.filterwarnings("ignore", message="skip")
    warnings.warn("skip me")
    warnings.warn("show me")
warnings.simplefilter("ignore", category=UserWarning)
warnings.warn("hidden")
warnings.warn("hidden too", UserWarning)
warnings.resetwarnings()
print(warnings.formatwarning("msg", UserWarning, "file.py", 3, "code()"), end="")
try: warnings.warn("bad", int)
except TypeError as e: print(e)
