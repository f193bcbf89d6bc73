from datetime import datetime, date, time as dtime, timezone, timedelta
import time
cases = [('2024-03-05', '%Y-%m-%d'), ('05/03/24', '%d/%m/%y'), ('69', '%y'), ('68', '%y'), ('Tue Mar  5 07:08:09 2024', '%c'),
         ('03/05/24', '%x'), ('07:08:09', '%X'), ('7:8:9', '%H:%M:%S'), ('12 AM', '%I %p'), ('12 pm', '%I %p'), ('1 PM', '%I %p'),
         ('13 PM', '%H %p'), ('2024 65', '%Y %j'), ('2024 366', '%Y %j'), ('2024 10 1', '%Y %U %w'), ('2024 10 1', '%Y %W %w'), ('2024 10 1', '%G %V %u'),
         ('Tuesday March 2024', '%A %B %Y'), ('tue mar 2024', '%a %b %Y'), ('.123', '.%f'), ('1', '%f'), ('1234567', '%f'), ('+0530', '%z'), ('-05:30', '%z'),
         ('Z', '%z'), ('+05:30:15', '%z'), ('+05:30:15.123', '%z'), ('UTC', '%Z'), ('GMT', '%Z'), ('%', '%%'), ('  2024', '%Y'), ('2024  ', '%Y'),
         ('2024-03-05 extra', '%Y-%m-%d'), ('2024', '%Y-%m'), ('20240305', '%Y%m%d'), ('2024-02-30', '%Y-%m-%d'), ('2023 366', '%Y %j'), ('24:00', '%H:%M'),
         ('2024', '%Q'), ('2024', '%'), ('x', 'x%'), ('2024-13', '%Y-%m'), ('', ''), ('a', ''), ('2024 1 1', '%G %V %u'), ('2024 1', '%G %V'), ('2024 1', '%Y %V'),
         ('2024 1 1', '%Y %V %u'), ('2024 1 1', '%G %U %u'), ('1', '%u'), ('7', '%w'), ('8', '%u'), ('0', '%d'), ('32', '%d'), ('1900', '%Y'), ('0001', '%Y'), ('1', '%Y'),
         ('12345', '%Y'), ('2024\t03', '%Y %m'), ('2024   03', '%Y %m'), ('2024-03-05T07', '%Y-%m-%dT%H'), ('5', '%-d'), ('1:2', '%H:%M:%S'), ('+2400', '%z'),
         ('+0060', '%z'), ('0530', '%z'), ('Feb 29', '%b %d'), ('29 Feb', '%d %b'), ('60', '%S'), ('61', '%S'), ('62', '%S'), ('9999-12-31 23:59:59.999999', '%Y-%m-%d %H:%M:%S.%f'),
         ('March', '%b'), ('Mar', '%B'), ('2024 W', '%Y W'), ('10:30 +0100', '%H:%M %z'), ('2024 Z', '%Y %Z'), ('utc', '%Z'), ('2024 53 0', '%Y %U %w'), ('00', '%y'),
         ('99', '%y'), ('24 5', '%y %j'), ('\u0662\u0660\u0662\u0664', '%Y'), ('%Y', '%%Y'), ('1 2', '%d%m'), ('2024-03-05 07:08:09.5 +0100 UTC', '%Y-%m-%d %H:%M:%S.%f %z %Z')]
for s, f in cases:
    try:
        r = datetime.strptime(s, f)
        print(repr(s), repr(f), repr(r), r.tzname())
    except Exception as e:
        print(repr(s), repr(f), type(e).__name__, e)
    try:
        print('  ', time.strptime(s, f))
    except Exception as e:
        print('  ', type(e).__name__, e)
for bad in [(5, '%Y'), ('2024', 5), (b'2024', '%Y')]:
    try: datetime.strptime(*bad)
    except Exception as e: print(type(e).__name__, e)
    try: time.strptime(*bad)
    except Exception as e: print(type(e).__name__, e)
try: datetime.strptime('2024')
except Exception as e: print(type(e).__name__, e)
print(time.strptime('2024', '%Y').tm_zone, time.strptime('2024 +0100', '%Y %z').tm_gmtoff, time.strptime('2024 +0100', '%Y %z').tm_zone)
print(repr(time.strptime('Tue Mar  5 07:08:09 2024')))
print(date.strptime if hasattr(date, 'strptime') else 'no date.strptime', hasattr(dtime, 'strptime'))
