"""cmd: scaffolding for small line-oriented shells.  Subclass Cmd, add
do_<word>(arg) methods, and cmdloop() routes each input line to one of them;
`help` is built from their docstrings and from help_<topic> methods."""

import string
import sys

__all__ = ["Cmd"]

PROMPT = '(Cmd) '
IDENTCHARS = ''.join((string.ascii_letters, string.digits, '_'))


def _emit(out, text):
    # every message goes through str() so non-string attributes still print
    out.write("%s\n" % str(text))


def _next_line(shell):
    """One raw command for the loop: queued lines win, then the terminal or stdin."""
    if shell.cmdqueue:
        return shell.cmdqueue.pop(0)
    if shell.use_rawinput:
        try:
            return input(shell.prompt)
        except EOFError:
            return 'EOF'
    shell.stdout.write(shell.prompt)
    shell.stdout.flush()
    got = shell.stdin.readline()
    # '' means end of input; a blank line still arrives as '\n'
    return got.rstrip('\r\n') if got else 'EOF'


def _hook_readline(shell):
    """Point readline's tab completion at the shell; returns an undo callable."""
    try:
        import readline
    except ImportError:  # not every build has it; completion is optional
        return None
    shell.old_completer = readline.get_completer()
    readline.set_completer(shell.complete)
    readline.parse_and_bind(shell.completekey + ": complete")
    return lambda: readline.set_completer(shell.old_completer)


def _grid(words, width):
    """(rows, widths) of the shortest column-major layout within `width`."""
    total = len(words)
    for rows in range(1, total):
        widths = [max(len(w) for w in words[top:top + rows])
                  for top in range(0, total, rows)]
        # two spaces of gutter between neighbouring columns
        if sum(widths) + 2 * (len(widths) - 1) <= width:
            return rows, widths
    return total, [0]  # nothing fits: one unpadded word per row


class Cmd:
    prompt = PROMPT
    identchars = IDENTCHARS
    ruler = '='
    lastcmd = ''
    intro = None
    doc_leader = ""
    doc_header = "Documented commands (type help <topic>):"
    misc_header = "Miscellaneous help topics:"
    undoc_header = "Undocumented commands:"
    nohelp = "*** No help on %s"
    use_rawinput = 1

    def __init__(self, completekey='tab', stdin=None, stdout=None):
        self.stdin = sys.stdin if stdin is None else stdin
        self.stdout = sys.stdout if stdout is None else stdout
        self.cmdqueue, self.completekey = [], completekey

    def cmdloop(self, intro=None):
        """Run until some command (after postcmd) reports a true value."""
        self.preloop()
        # tab completion only makes sense when reading from the terminal
        undo = _hook_readline(self) if self.completekey and self.use_rawinput else None
        try:
            if intro is not None:
                self.intro = intro
            if self.intro:
                _emit(self.stdout, self.intro)
            finished = None
            while not finished:
                line = self.precmd(_next_line(self))
                finished = self.postcmd(self.onecmd(line), line)
            self.postloop()
        finally:
            if undo is not None:
                undo()

    # Hooks: no-ops, so a subclass overrides only the ones it cares about.
    def precmd(self, line):
        return line
    def postcmd(self, stop, line):
        return stop
    def preloop(self):
        pass
    def postloop(self):
        pass

    def parseline(self, line):
        """Split a line into (command word, rest, normalised line)."""
        line = line.strip()
        if not line:
            return None, None, line
        lead = line[0]
        if lead == '?':
            line = 'help ' + line[len(lead):]
        elif lead == '!':
            # '!' is shorthand for a shell escape, only if one is defined
            if not hasattr(self, 'do_shell'):
                return None, None, line
            line = 'shell ' + line[len(lead):]
        # the command word is the longest run of identchars at the front
        cut = next((i for i, ch in enumerate(line) if ch not in self.identchars), len(line))
        return line[:cut], line[cut:].strip(), line

    def onecmd(self, line):
        """Dispatch one line; whatever the handler returns is passed back."""
        word, arg, line = self.parseline(line)
        if not line:
            return self.emptyline()
        if word is None:
            return self.default(line)
        # an empty line repeats the previous command, but never end-of-file
        self.lastcmd = '' if line == 'EOF' else line
        handler = getattr(self, 'do_' + word, None) if word else None
        return self.default(line) if handler is None else handler(arg)

    def emptyline(self):
        return self.onecmd(self.lastcmd) if self.lastcmd else None

    def default(self, line):
        self.stdout.write('*** Unknown syntax: %s\n' % line)

    def completedefault(self, *ignored):
        return []

    def completenames(self, text, *ignored):
        wanted = 'do_' + text
        return [name[3:] for name in self.get_names() if name.startswith(wanted)]

    def complete(self, text, state):
        """readline completer: work out candidates on state 0, then hand them out."""
        if state == 0:
            import readline
            buf = readline.get_line_buffer()
            body = buf.lstrip()
            shift = len(buf) - len(body)
            start, end = readline.get_begidx() - shift, readline.get_endidx() - shift
            if start > 0:
                # completing an argument: ask complete_<word>, if there is one
                word = self.parseline(body)[0]
                fallback = self.completedefault
                finder = getattr(self, 'complete_' + word, fallback) if word else fallback
            else:
                finder = self.completenames
            self.completion_matches = finder(text, body, start, end)
        matches = self.completion_matches
        return matches[state] if state < len(matches) else None

    def get_names(self):
        return dir(self.__class__)

    def complete_help(self, *args):
        found = set(self.completenames(*args))
        found.update(n[5:] for n in self.get_names() if n.startswith('help_' + args[0]))
        return list(found)

    def do_help(self, arg):
        'List available commands with "help" or detailed help with "help cmd".'
        if arg:
            _help_topic(self, arg)
            return
        names = self.get_names()
        topics = {n[5:] for n in names if n.startswith('help_')}
        documented, bare = [], []
        for word in sorted({n[3:] for n in names if n.startswith('do_')}):
            # a help_ method counts as documentation, and then is no extra topic
            if word in topics or getattr(self, 'do_' + word).__doc__:
                documented.append(word)
            else:
                bare.append(word)
        topics.difference_update(documented)
        _emit(self.stdout, self.doc_leader)
        self.print_topics(self.doc_header, documented, 15, 80)
        self.print_topics(self.misc_header, sorted(topics), 15, 80)
        self.print_topics(self.undoc_header, bare, 15, 80)

    def print_topics(self, header, cmds, cmdlen, maxcol):
        if cmds:
            _emit(self.stdout, header)
            if self.ruler:
                _emit(self.stdout, self.ruler * len(header))
            self.columnize(cmds, maxcol - 1)
            self.stdout.write("\n")

    def columnize(self, list, displaywidth=80):
        """Print strings in columns filled top to bottom, in as few rows as fit."""
        if not list:
            _emit(self.stdout, "<empty>")
            return
        bad = ", ".join(str(i) for i, w in enumerate(list) if not isinstance(w, str))
        if bad:
            raise TypeError("list[i] not a string for i in %s" % bad)
        rows, widths = _grid(list, displaywidth)
        for r in range(rows):
            cells = [list[i] for i in range(r, len(list), rows)]
            # trailing blanks would only leave trailing spaces behind
            while cells and not cells[-1]:
                cells.pop()
            _emit(self.stdout, "  ".join(c.ljust(w) for c, w in zip(cells, widths)))


def _help_topic(shell, topic):
    """`help TOPIC`: a help_ method wins, then the do_ docstring, else nohelp."""
    explain = getattr(shell, 'help_' + topic, None)
    if explain is not None:
        return explain()
    handler = getattr(shell, 'do_' + topic, None)
    doc = None if handler is None else handler.__doc__
    _emit(shell.stdout, doc if doc else shell.nohelp % (topic,))
