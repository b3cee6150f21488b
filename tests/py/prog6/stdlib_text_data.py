import calendar, datetime, textwrap, string, pprint, random, statistics, heapq, bisect, struct, json
print(calendar.month(2024, 2))
print(calendar.TextCalendar(calendar.SUNDAY).formatmonth(2023, 12))
print(calendar.isleap(2000), calendar.monthrange(2024, 2), calendar.weekday(2024, 1, 1), calendar.day_name[0], calendar.month_abbr[12])
print(calendar.calendar(2024, w=2, l=1, c=6, m=3)[:400])
d = datetime.date(2024, 3, 15)
print(d.strftime('%A %d %B %Y, week %W, day %j'), d.isoformat(), d.isocalendar(), d + datetime.timedelta(days=20))
dt = datetime.datetime(2024, 3, 15, 13, 5, 9, 123456)
print(dt, repr(dt), dt.strftime('%I:%M %p %y/%m/%d'), dt.timestamp() if dt.tzinfo else '', dt.replace(microsecond=0).isoformat(' '))
print(datetime.datetime.strptime('2024-01-02 03:04:05', '%Y-%m-%d %H:%M:%S'), datetime.timedelta(days=1, seconds=3661, microseconds=5))
print(datetime.datetime.fromisoformat('2024-03-15T10:20:30+02:00'), datetime.timezone(datetime.timedelta(hours=-5)))
text = "The quick brown fox jumps over the lazy dog. " * 4
print(textwrap.fill(text, 30))
print(textwrap.indent(textwrap.dedent('''\
    def f():
        return 1
'''), '> '))
print(textwrap.shorten(text, 40), textwrap.wrap('a b c', 1))
t = string.Template('$who likes ${what}; $$5')
print(t.substitute(who='tim', what='kung pao'), t.safe_substitute(who='x'))
print(string.capwords('hello   world'), string.ascii_letters[:5], string.punctuation)
data = {'name': 'moult', 'versions': list(range(30)), 'nested': {'a': [1, 2, {'b': 'c' * 50}], 'd': (1, 2)}, 'set': {3, 1, 2}}
pprint.pprint(data)
pprint.pprint(data, width=40, depth=2)
print(pprint.pformat([list(range(10))] * 3, compact=True, width=50))
random.seed(12345)
print(random.random(), random.randint(1, 100), random.choice('abcdef'), random.sample(range(100), 5))
l = list(range(10)); random.shuffle(l); print(l, random.uniform(1, 2), random.gauss(0, 1), random.choices('xyz', weights=[1, 2, 3], k=6))
print(random.randrange(0, 100, 7), random.getrandbits(20), random.triangular(0, 1), random.expovariate(2))
xs = [2, 4, 4, 4, 5, 5, 7, 9]
print(statistics.mean(xs), statistics.median(xs), statistics.mode(xs), statistics.stdev(xs), statistics.pstdev(xs), statistics.variance(xs))
print(statistics.median_low([1, 3, 5, 7]), statistics.median_high([1, 3, 5, 7]), statistics.quantiles(xs, n=4), statistics.harmonic_mean([1, 2, 4]), statistics.fmean(xs))
print(statistics.geometric_mean([1, 2, 4]), statistics.multimode('aabbbcc'), statistics.correlation([1,2,3],[2,4,7]), statistics.linear_regression([1,2,3],[2,4,7]))
h = [5, 1, 8, 3]; heapq.heapify(h); print(h, heapq.heappop(h), heapq.nlargest(2, [5, 1, 8, 3]), heapq.nsmallest(2, [5, 1, 8, 3], key=lambda x: -x), list(heapq.merge([1, 4], [2, 3])))
a = [1, 3, 3, 5]; print(bisect.bisect_left(a, 3), bisect.bisect_right(a, 3), bisect.insort(a, 4), a)
print(struct.pack('<iHf', -1, 65535, 1.5), struct.unpack('>I', b'\x00\x00\x01\x00'), struct.calcsize('<qd3s'), struct.pack('3s?', b'ab', True))
print(json.dumps(data['nested'], indent=2, sort_keys=True), json.dumps({'b': 1, 'a': [1.5, None, True]}, separators=(',', ':')))
print(json.dumps('héllo'), json.dumps('héllo', ensure_ascii=False), json.loads('{"x": [1, 2.5, "s", null, false]}'), json.dumps(float('inf')))
try:
    json.loads('{"a": }')
except json.JSONDecodeError as e:
    print(e, e.pos, e.lineno)
class Enc(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set):
            return sorted(o)
        return super().default(o)
print(json.dumps({'s': {3, 1}}, cls=Enc), json.loads('[1, 2]', object_hook=None), json.loads('{"a": 1}', object_hook=lambda d: sorted(d.items())))
try:
    json.dumps(object())
except TypeError as e:
    print(e)
