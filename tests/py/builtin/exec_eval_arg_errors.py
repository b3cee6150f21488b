for src in ["eval()", "eval('1', {}, {}, 4)", "exec()", "compile('1')", "compile('1', 'f')", "__import__()", "globals(1)", "locals(1)", "input(1, 2)", "exit(1, 2)", "open()", "eval(source='1')", "exec('1', globals=None)", "compile('1','f','exec', flags=0)", "__import__('math', level=-1)", "__import__(5)", "compile(5, 'f', 'exec')", "eval('1', 5)", "exec('1', {}, 5)", "compile('1', 5, 'exec')"]:
    try:
        r = eval(src)
        print(src, "->", r if src.startswith("compile") is False else type(r).__name__)
    except Exception as e:
        print(src, type(e).__name__, e)
