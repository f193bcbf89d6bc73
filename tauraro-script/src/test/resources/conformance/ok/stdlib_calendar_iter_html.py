import calendar

cal = calendar.Calendar()
print(cal.firstweekday, list(cal.iterweekdays()))
print(list(cal.itermonthdays(2024, 2)))
print(list(cal.itermonthdays2(2024, 2)))
print(list(cal.itermonthdays3(2024, 2)))
print(list(cal.itermonthdays4(2023, 12)))
print([d.isoformat() for d in cal.itermonthdates(2024, 12)])
print(cal.monthdatescalendar(2024, 1)[0])
print(cal.monthdays2calendar(2024, 6))
print(cal.monthdayscalendar(2015, 2))
print(cal.yeardayscalendar(2024, 4)[0][1])
print([len(r) for r in cal.yeardays2calendar(2024, 5)], [len(r) for r in cal.yeardatescalendar(2024)])
print(cal.yeardatescalendar(2024, 12)[0][11][-1])
for fwd in range(7):
    c = calendar.Calendar(fwd)
    print(fwd, list(c.itermonthdays(2024, 3))[:8], len(list(c.itermonthdays4(2024, 3))),
          c.monthdays2calendar(2024, 3)[-1])
print(list(calendar.Calendar(6).itermonthdays3(1, 1))[:2])
print(list(calendar.Calendar().itermonthdays3(9999, 12))[-3:])
print(type(cal.itermonthdates(2024, 1)).__name__, type(cal.iterweekdays()).__name__)
print(calendar.Calendar(firstweekday=13).firstweekday)

def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)

attempt('dates year 1', lambda: list(calendar.Calendar(6).itermonthdates(1, 1)))
attempt('dates 9999', lambda: list(calendar.Calendar().itermonthdates(9999, 12)))
attempt('days 13', lambda: list(cal.itermonthdays(2024, 13)))
attempt('days2 0', lambda: cal.monthdays2calendar(2024, 0))

h = calendar.HTMLCalendar()
print(h.formatmonth(2024, 2))
print(h.formatmonth(2024, 2, withyear=False))
print(h.formatyear(2024))
print(h.formatyear(2023, 5))
print(h.formatyear(2023, 0)[:300])
print(h.formatday(0, 3), h.formatday(9, 5), h.formatweekday(6), h.formatweekheader())
print(h.formatweek([(0, 0), (1, 1), (2, 2), (3, 3), (4, 4), (5, 5), (6, 6)]))
print(h.formatmonthname(2024, 7), h.formatmonthname(2024, 7, False))
page = h.formatyearpage(2024)
print(type(page).__name__, len(page), page[:400].decode())
print(page[-200:].decode())
print(h.formatyearpage(2024, 4, None, 'ascii')[:320])
print(h.formatyearpage(2024, css='x.css')[300:500])

class Styled(calendar.HTMLCalendar):
    cssclasses = ["m", "t", "w", "th", "f", "sa weekend", "su weekend"]
    cssclass_noday = "empty"
    cssclass_month = "mon text"
    cssclass_year_head = "yh"

print(Styled(6).formatmonth(2024, 9))
print(Styled().formatyear(2024, 6)[:400])
print(calendar.LocaleHTMLCalendar(locale='C').formatmonth(2024, 1)[:300])
attempt('locale', lambda: calendar.LocaleHTMLCalendar(locale='xx_XX.UTF-8').formatmonth(2024, 1))
attempt('html 13', lambda: h.formatmonth(2024, 13))
