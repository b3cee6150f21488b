import calendar, fnmatch, shlex
print(calendar.month(2024, 2)); print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 3, 5), calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[:3], calendar.monthcalendar(2024, 2))
print(repr(calendar.month(2024, 9, w=3, l=2)))
calendar.setfirstweekday(calendar.SUNDAY); print(calendar.month(2024, 2)); calendar.setfirstweekday(0)
print(calendar.calendar(2024))
print(calendar.TextCalendar(6).formatmonth(2023, 12, w=4), calendar.weekheader(3), calendar.timegm((2024, 1, 1, 0, 0, 0)), list(calendar.Calendar().itermonthdates(2024, 2))[:2], list(calendar.day_name))
try: calendar.monthrange(2024, 13)
except calendar.IllegalMonthError as e: print(e)
print(fnmatch.fnmatch('foo.PY', '*.py'), fnmatch.fnmatchcase('foo.py', '*.py'), fnmatch.filter(['a.py', 'b.txt', 'c.py', 'd.pyc'], '*.py'), fnmatch.fnmatch('data7.csv', 'data[0-9].csv'), fnmatch.fnmatch('x', '[!a-c]'), fnmatch.fnmatch('b', '[!a-c]'), fnmatch.fnmatch('a?c', 'a[?]c'), fnmatch.translate('*.py'), fnmatch.translate('a?[!b-d]x'))
print(shlex.split('a "b c" d\\ e \'f g\' h#i'), shlex.quote("it's"), shlex.quote('safe-word'), shlex.quote(''), shlex.join(['a b', 'c']), shlex.split('x # comment', comments=True), shlex.split('"a\\"b" \'c\\d\''))
for bad in ['"open', "it's", 'end\\']:
    try: shlex.split(bad)
    except ValueError as e: print(e)
