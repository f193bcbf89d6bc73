import calendar

print(calendar.MONDAY, calendar.TUESDAY, calendar.WEDNESDAY, calendar.THURSDAY,
      calendar.FRIDAY, calendar.SATURDAY, calendar.SUNDAY)
print(calendar.January, calendar.February, calendar.EPOCH, calendar.mdays)
print(sorted(calendar.__all__))
print(list(calendar.day_name), list(calendar.day_abbr))
print(list(calendar.month_name), list(calendar.month_abbr))
print(len(calendar.day_name), len(calendar.month_name), calendar.month_name[1:4], calendar.day_abbr[-1])
print('May' in calendar.month_abbr, 'Mai' in calendar.month_name)
print(calendar.error is ValueError, issubclass(calendar.IllegalMonthError, ValueError),
      issubclass(calendar.IllegalWeekdayError, ValueError))

for y in (1900, 2000, 2023, 2024, -4, 0, 2100):
    print(y, calendar.isleap(y))
print(calendar.leapdays(1900, 2024), calendar.leapdays(2024, 1900), calendar.leapdays(0, 2000),
      calendar.leapdays(-400, 400), calendar.leapdays(2000, 2000))
for args in [(2024, 2, 29), (1970, 1, 1), (1, 1, 1), (9999, 12, 31), (10000, 1, 1), (-5, 1, 1),
             (0, 3, 1), (1582, 10, 4), (2000, 1, 1)]:
    print(args, calendar.weekday(*args))
for y, m in [(2024, 2), (2023, 2), (1900, 2), (2000, 2), (2024, 12), (2024, 1), (1, 1), (9999, 12)]:
    print(y, m, calendar.monthrange(y, m))
print(calendar.monthcalendar(2024, 2))
print(calendar.monthcalendar(2021, 2))
print(calendar.timegm((1970, 1, 1, 0, 0, 0)), calendar.timegm((2024, 2, 29, 12, 30, 15, 3, 60, 0)),
      calendar.timegm((1969, 12, 31, 23, 59, 59.5)), calendar.timegm((2000, 1, 1, 25, 61, 61)),
      calendar.timegm((1, 1, 1, 0, 0, 0)), calendar.timegm((2024, 1, 40, 0, 0, 0)))
import time
for t in (0, 86399, 951782400, 2147483647, 4102444800):
    print(t, calendar.timegm(time.gmtime(t)) == t)

print(calendar.firstweekday())
calendar.setfirstweekday(calendar.SUNDAY)
print(calendar.firstweekday(), calendar.weekheader(2), calendar.monthcalendar(2024, 3)[0])
calendar.setfirstweekday(0)
print(calendar.firstweekday(), calendar.weekheader(3))

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('month 13', lambda: calendar.monthrange(2020, 13))
attempt('month 0', lambda: calendar.monthrange(2020, 0))
attempt('monthcal 0', lambda: calendar.monthcalendar(2020, 0))
attempt('fwd 7', lambda: calendar.setfirstweekday(7))
attempt('fwd -1', lambda: calendar.setfirstweekday(-1))
attempt('day 30', lambda: calendar.weekday(2020, 2, 30))
attempt('day 0', lambda: calendar.weekday(2020, 2, 0))
attempt('wd month', lambda: calendar.weekday(2020, 13, 1))
attempt('wd float', lambda: calendar.weekday(2020.0, 1, 1))
attempt('wd str', lambda: calendar.weekday('2020', 1, 1))
attempt('timegm month', lambda: calendar.timegm((2020, 13, 1, 0, 0, 0)))
attempt('timegm year0', lambda: calendar.timegm((0, 1, 1, 0, 0, 0)))
attempt('timegm short', lambda: calendar.timegm((2020, 1, 1)))
attempt('leapdays str', lambda: calendar.leapdays(2000, 'a'))
attempt('day_name 7', lambda: calendar.day_name[7])
attempt('month_name 13', lambda: calendar.month_name[13])
attempt('month(13)', lambda: calendar.month(2020, 13))
attempt('mon str', lambda: calendar.monthcalendar(2020, 'x'))
e = calendar.IllegalMonthError(14)
print(e.args, e.month, str(e), repr(e))
e = calendar.IllegalWeekdayError(9)
print(e.args, e.weekday, str(e), repr(e))
print(calendar.formatstring(['a', 'bb', 'ccc'], 5, 2) + '|')
print(calendar.formatstring(['x', 'y']) + '|')
calendar.format(['a', 'b'], 4, 1)
