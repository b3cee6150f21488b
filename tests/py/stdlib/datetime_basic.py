from datetime import date, datetime, time, timedelta, timezone
print(repr(timedelta(0)), repr(timedelta(days=-1, seconds=5)), repr(timedelta(microseconds=5)), str(timedelta(days=-1, seconds=5)), str(timedelta(days=2, microseconds=5)), str(timedelta(hours=25.5)), timedelta(hours=1)/timedelta(minutes=7), timedelta(hours=1)//7, timedelta(seconds=10)*1.5, repr(timedelta(weeks=1, milliseconds=1.5)))
print(timedelta(days=1, hours=-1), -timedelta(hours=1), abs(timedelta(days=-2)), timedelta(minutes=90).total_seconds(), timedelta(seconds=7) % timedelta(seconds=3), divmod(timedelta(hours=5), timedelta(hours=2)), timedelta(1) / 3, timedelta(1) / 0.5, timedelta(seconds=1, microseconds=500000) * 3, 2 * timedelta(hours=1), timedelta(hours=1) == timedelta(minutes=60), timedelta(0) < timedelta(1), bool(timedelta(0)), sorted([timedelta(3), timedelta(-1), timedelta(hours=1)]))
print(repr(date(2024,1,5)), date(2024,2,29).isocalendar(), repr(datetime(2024,1,15,10,30)), repr(datetime(2024,1,15)), datetime(2024,1,15,1,2,3,4), repr(time(10,30)), time(1,2,3,400), repr(timezone.utc), repr(timezone(timedelta(hours=5))), str(timezone(timedelta(hours=-5, minutes=-30))), datetime(2024,1,1,tzinfo=timezone.utc), repr(datetime(2024,1,1,tzinfo=timezone.utc)))
for f in [lambda: date(2024,13,1), lambda: date(2023,2,29), lambda: date(0,1,1), lambda: datetime(2024,1,1) < datetime(2024,1,1,tzinfo=timezone.utc), lambda: time(25), lambda: datetime.strptime("2024-01", "%Y-%m-%d"), lambda: datetime.strptime("2024-01-01x", "%Y-%m-%d"), lambda: date.fromisoformat("2024/01/01")]:
    try: f()
    except Exception as e: print(type(e).__name__, e)
d = datetime(2024, 3, 5, 14, 7, 9, 123)
print(d.strftime('%Y-%m-%d %H:%M:%S.%f %y %b %B %a %A %j %p %I %% %w %U %W %c %x %X'), d.ctime(), date(2024,3,5).strftime('%d/%m/%Y'), format(d, '%H:%M'), f'{date(2024,1,2):%b %d}', f'{d}')
print(datetime.strptime('2024-03-05 14:07', '%Y-%m-%d %H:%M'), datetime.strptime('05 March 2024 2:15 PM', '%d %B %Y %I:%M %p'), date.fromisoformat('2024-03-05'), datetime.fromisoformat('2024-03-05T14:07:09'), datetime.fromisoformat('2024-03-05 14:07:09.500+02:00'), time.fromisoformat('10:30'))
print(date(2024,3,5).replace(day=1), d.replace(year=2020), date.fromordinal(738000), date(2024,3,5).toordinal(), d.date(), d.time(), datetime.combine(date(2024,1,1), time(5)), d.isoformat(), d.isoformat(' ', 'minutes'), d.weekday(), d.isoweekday(), tuple(d.timetuple())[:9])
print(date(2024,3,1) - date(2024,2,1), d - datetime(2024,1,1), d + timedelta(days=30, hours=12), date(2024, 2, 28) + timedelta(days=1), date(2023, 12, 31) + timedelta(1), date.max, date.min, timedelta.max, timedelta.min, timedelta.resolution, datetime.max)
print(datetime(2024,1,1,tzinfo=timezone.utc).timestamp(), datetime.fromtimestamp(0, timezone.utc), datetime(2024,1,1,12,tzinfo=timezone(timedelta(hours=2))).astimezone(timezone.utc), datetime(2024,1,1,tzinfo=timezone.utc).utcoffset(), datetime(2024,1,1).utcoffset(), datetime.utcfromtimestamp(86400 * 365.25))
a = datetime(2024,1,1,12,tzinfo=timezone(timedelta(hours=2))); b = datetime(2024,1,1,10,tzinfo=timezone.utc)
print(a == b, a - b, hash(a) == hash(b), datetime(2024,1,1) == datetime(2024,1,1,tzinfo=timezone.utc), sorted([date(2024,5,1), date(2023,1,1), date(2024,1,1)]), max(datetime(2024,1,1), datetime(2023,6,1,5)))
for y in (1, 4, 100, 400, 1900, 2000, 2023, 2024, 9999):
    for md in ((1, 1), (2, 28), (3, 1), (12, 31)):
        dd = date(y, *md); print(dd.toordinal(), date.fromordinal(dd.toordinal()) == dd, dd.isocalendar(), dd.weekday(), end=" | ")
    print()
print(date.fromisocalendar(2024, 1, 1), date(2021, 1, 3).isocalendar(), date(2020, 12, 31).isocalendar().week, time(12, 30, 15, 5, tzinfo=timezone.utc), repr(time(0, 0, 1)), time(10) < time(11), time(9).isoformat('hours'))
