# `importlib` itself is built into the interpreter (runtime/src/modules/importlib.rs),
# which gives it an empty `__path__`; this folder only holds its submodules
# (`importlib.util`, `importlib.machinery`), found frozen under their dotted names.
