import calendar, io, contextlib

print(calendar.month(2024, 2), end='|\n')
print(calendar.month(2024, 9, 3, 2), end='|\n')
print(calendar.month(2021, 2, 0, 0), end='|\n')
print(calendar.month(1, 1, 9), end='|\n')
print(calendar.month(9999, 12, 1), end='|\n')
print(calendar.calendar(2024), end='|\n')
print(calendar.calendar(2023, 3, 1, 2, 4), end='|\n')
print(calendar.calendar(2025, 2, 2, 6, 2), end='|\n')
print(calendar.calendar(2026, w=1, l=0, c=1, m=6), end='|\n')
print(calendar.calendar(12345, m=1), end='|\n')
calendar.prmonth(2024, 7)
calendar.prcal(2020, m=4)
calendar.prweek([(1, 0), (2, 1), (0, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 3)
print('|')
print(calendar.week([(1, 0), (0, 1), (3, 2), (4, 3), (5, 4), (6, 5), (7, 6)], 2) + '|')
for w in range(0, 12):
    print(repr(calendar.weekheader(w)))

tc = calendar.TextCalendar(calendar.SUNDAY)
print(tc.firstweekday, tc.getfirstweekday(), list(tc.iterweekdays()))
print(tc.formatmonth(2024, 3), end='|\n')
print(tc.formatyear(2024, 2, 1, 6, 3), end='|\n')
print(repr(tc.formatmonthname(2024, 3, 20)), repr(tc.formatmonthname(2024, 3, 20, False)))
print(repr(tc.formatday(0, 0, 3)), repr(tc.formatday(7, 0, 3)), repr(tc.formatday(17, 0, 1)))
print(repr(tc.formatweekday(0, 2)), repr(tc.formatweekday(6, 9)), repr(tc.formatweekday(2, 12)))
tc.firstweekday = 9
print(tc.firstweekday, list(tc.iterweekdays()))
print(tc.formatmonth(2024, 5), end='|\n')
tc.setfirstweekday(-1)
print(tc.firstweekday, tc.formatweekheader(2))
buf = io.StringIO()
with contextlib.redirect_stdout(buf):
    tc.prmonth(2024, 1, 2, 1)
    tc.pryear(2000)
print(len(buf.getvalue()), buf.getvalue().count('\n'))

class Marked(calendar.TextCalendar):
    def formatday(self, day, weekday, width):
        s = super().formatday(day, weekday, width)
        return s.replace(' ', '*') if weekday >= 5 else s

print(Marked().formatmonth(2024, 6), end='|\n')

ltc = calendar.LocaleTextCalendar(locale='C')
print(ltc.formatmonth(2024, 4), end='|\n')
print(calendar.LocaleTextCalendar().locale is not None)
