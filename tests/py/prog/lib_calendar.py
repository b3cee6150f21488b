import calendar
print(calendar.month(2024, 2))
print(calendar.isleap(2024), calendar.leapdays(2000, 2025), calendar.monthrange(2024, 2), calendar.weekday(2024, 7, 4), calendar.month_name[3], calendar.day_abbr[0], list(calendar.month_abbr)[:3])
print(calendar.monthcalendar(2024, 3))
c = calendar.TextCalendar(calendar.SUNDAY); print(c.formatmonth(2023, 12))
print(calendar.calendar(2024)[:300])
print(list(calendar.Calendar().itermonthdates(2024, 1))[:3], calendar.timegm((2024, 1, 1, 0, 0, 0)), calendar.firstweekday())
print(list(calendar.Calendar(firstweekday=6).iterweekdays()), calendar.weekheader(3), calendar.Calendar().monthdays2calendar(2024, 2)[0])
