import cmd, io, sys

class Shell(cmd.Cmd):
    intro = 'Welcome. Type help or ? to list commands.\n'
    prompt = '(shell) '
    def __init__(self, **kw):
        super().__init__(**kw)
        self.total = 0
    def do_add(self, arg):
        'Add numbers: ADD 1 2 3'
        self.total += sum(int(x) for x in arg.split())
        print('total', self.total)
    def do_greet(self, arg):
        """Greet someone."""
        print('hello', arg or 'world')
    def help_greet2(self):
        print('custom help')
    def do_undoc(self, arg):
        print('undoc', repr(arg))
    def do_quit(self, arg):
        'Quit the shell.'
        print('bye')
        return True
    def do_EOF(self, arg):
        print('eof')
        return True
    def default(self, line):
        print('unknown:', line)
    def precmd(self, line):
        return line.strip()
    def postloop(self):
        print('postloop')
    def emptyline(self):
        print('(empty)')

inp = io.StringIO('add 1 2\ngreet\ngreet Bob\n?\nhelp add\nhelp nothing\nfoo bar\n\nundoc  x y \n!ls\nquit\nadd 5\n')
out = io.StringIO()
s = Shell(stdin=inp, stdout=out)
s.use_rawinput = False
s.cmdloop()
print(out.getvalue())
print(s.onecmd('add 10'), s.total, s.parseline('greet  Ann'), s.parseline('?x'), s.completenames('gr'))
s2 = Shell(stdin=io.StringIO('greet A\n'), stdout=io.StringIO()); s2.use_rawinput = False; s2.intro = None
s2.cmdloop('custom intro'); print(repr(s2.stdout.getvalue()))
