import logging, warnings, traceback, inspect, sys, types, io, csv, decimal, fractions
from decimal import Decimal, getcontext, ROUND_HALF_UP
from fractions import Fraction
logging.basicConfig(level=logging.DEBUG, format='%(levelname)-8s %(name)s:%(funcName)s:%(lineno)d %(message)s', stream=sys.stdout)
log = logging.getLogger('app.core')
def work():
    log.debug('debug %d', 1)
    log.info('info %s', 'x')
    log.warning('warn')
    log.error('err %r', {'a': 1})
work()
child = logging.getLogger('app.core.child')
child.setLevel(logging.WARNING)
child.info('hidden'); child.critical('shown')
h = logging.StreamHandler(sys.stdout)
h.setFormatter(logging.Formatter('[%(name)s] %(levelno)s %(message)s'))
other = logging.getLogger('other'); other.propagate = False; other.addHandler(h)
other.warning('via handler')
try:
    1 / 0
except ZeroDivisionError:
    other.exception('boom')
print(logging.getLevelName(30), logging.getLevelName('INFO'), log.getEffectiveLevel(), child.isEnabledFor(logging.INFO))
class F(logging.Filter):
    def filter(self, record):
        return 'keep' in record.getMessage()
other.addFilter(F()); other.warning('drop me'); other.warning('keep me')
logging.disable(logging.CRITICAL); log.critical('disabled'); logging.disable(logging.NOTSET)
warnings.warn('plain warning')
warnings.warn('dep', DeprecationWarning)
def old():
    warnings.warn('old() is deprecated', DeprecationWarning, stacklevel=2)
with warnings.catch_warnings(record=True) as w:
    warnings.simplefilter('always')
    old(); warnings.warn('x', UserWarning)
    print([(str(x.message), x.category.__name__) for x in w])
warnings.simplefilter('error', RuntimeWarning)
try:
    warnings.warn('now an error', RuntimeWarning)
except RuntimeWarning as e:
    print('caught', e)
def f3():
    raise KeyError('missing')
def f2():
    try:
        f3()
    except KeyError as e:
        raise ValueError('wrapped') from e
try:
    f2()
except ValueError:
    s = traceback.format_exc()
    print(s)
    et, ev, tb = sys.exc_info()
    print(traceback.format_exception_only(et, ev), len(traceback.extract_tb(tb)), traceback.extract_tb(tb)[-1].name)
def sig(a, b: int = 2, *args, c, d='x', **kw) -> str:
    pass
s = inspect.signature(sig)
print(s, list(s.parameters), s.parameters['b'].default, s.parameters['c'].kind, s.return_annotation)
print(s.bind(1, c=3).arguments, inspect.isfunction(sig), inspect.getdoc(sig), inspect.getmembers(types.SimpleNamespace(a=1, b=2), lambda v: isinstance(v, int)))
ns = types.SimpleNamespace(x=1, y='two'); ns.z = [3]; print(ns, ns == types.SimpleNamespace(x=1, y='two', z=[3]))
buf = io.StringIO()
w = csv.writer(buf); w.writerow(['name', 'note']); w.writerow(['a,b', 'say "hi"']); w.writerows([[1, 2.5], [None, '']])
print(repr(buf.getvalue()))
rows = list(csv.reader(io.StringIO(buf.getvalue()))); print(rows)
dw = csv.DictWriter(io.StringIO(), fieldnames=['x', 'y']); dw.writeheader(); dw.writerow({'x': 1, 'y': 2}); print(repr(dw.writer if False else ''))
for r in csv.DictReader(io.StringIO('x;y\n1;2\n3;4\n'), delimiter=';'): print(r)
print(list(csv.reader(['a\tb'], dialect='excel-tab')), csv.QUOTE_ALL)
b2 = io.StringIO(); csv.writer(b2, quoting=csv.QUOTE_NONNUMERIC).writerow(['a', 1, 2.0]); print(repr(b2.getvalue()))
getcontext().prec = 10
print(Decimal('1') / Decimal('7'), Decimal('2.675').quantize(Decimal('0.01'), rounding=ROUND_HALF_UP), Decimal('10.50') + Decimal('0.25'), Decimal(0.1))
print(Decimal('3.14159').quantize(Decimal('0.001')), Decimal('-0'), Decimal('1e3').normalize(), Decimal('123.4500').normalize(), Decimal(5).sqrt(), sum([Decimal('0.1')] * 3))
print(Fraction(3, 4) + Fraction(1, 6), Fraction('0.125'), Fraction(1.5), Fraction(355, 113).limit_denominator(10), float(Fraction(1, 3)), Fraction(7, 2).__floor__(), round(Fraction(5, 2)))
print(f"{Decimal('1234.5'):,.2f} {Fraction(1, 3)!s:>8} {Decimal('0.000001234'):.3e}")
