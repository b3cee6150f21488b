import sys
from optparse import OptionParser, OptionGroup, make_option, OptionValueError
parser = OptionParser(usage="usage: %prog [options] FILE", version="%prog 1.0", prog='tool')
parser.add_option("-f", "--file", dest="filename", help="write report to FILE", metavar="FILE")
parser.add_option("-q", "--quiet", action="store_false", dest="verbose", default=True,
                  help="don't print status messages to stdout")
parser.add_option("-n", "--num", type="int", default=3, help="number of things [default: %default]")
parser.add_option("-x", type="float", dest="ratio")
parser.add_option("--mode", type="choice", choices=["fast", "slow"], default="fast")
parser.add_option("-I", "--include", action="append", dest="includes", default=[])
parser.add_option("-v", action="count", dest="verbosity", default=0)
parser.add_option("--const", action="store_const", const=42, dest="c")
group = OptionGroup(parser, "Dangerous Options", "Caution: use these options at your own risk.  It is believed that some of them bite.")
group.add_option("-g", action="store_true", help="Group option.")
parser.add_option_group(group)
opts, args = parser.parse_args(["-f", "out.txt", "-q", "-n", "7", "-x2.5", "--mode=slow", "-I", "a", "--include", "b", "-vvv", "--const", "rest1", "--", "-z"])
print(opts.filename, opts.verbose, opts.num, opts.ratio, opts.mode, opts.includes, opts.verbosity, opts.c, opts.g, args)
print(opts)
opts, args = parser.parse_args([])
print(vars(opts), args)
parser.print_help()
print(parser.format_help() == parser.format_help())
print(parser.get_usage())
def cb(option, opt_str, value, parser, *a):
    print('callback', opt_str, value, a)
    setattr(parser.values, option.dest, value * 2)
p2 = OptionParser(prog='p2')
p2.add_option('--cb', action='callback', callback=cb, type='int', dest='cbv', callback_args=(1,))
p2.add_option('--long-option-name-that-is-long', dest='z', help='a very long help text that goes on and on and on to wrap around the terminal width nicely')
o, a = p2.parse_args(['--cb', '5', 'x'])
print(o.cbv, a)
p2.print_help()
for bad in (['-n', 'abc'], ['--mode', 'medium'], ['--nope'], ['-f'], ['--quiet=3']):
    try:
        parser.parse_args(bad)
    except SystemExit as e:
        print('exit', e.code)
try:
    parser.parse_args(['--version'])
except SystemExit as e:
    print('exit', e.code)
