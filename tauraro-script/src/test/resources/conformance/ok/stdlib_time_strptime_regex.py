from datetime import datetime
import time
for s,f in [('2024-01-01','%F'),('1','%e'),('07:08','%R'),('Mar','%h'),('2024','%Y%'),('a b','a%  b'), ('2024','%Y '), ('x.y','x.y'), ('x(y','x(y'),('xay','x.y'),('2024-03','%Y-%m%%'), ('  5', '%d'), (' 5', '%d'),
            ('+05:3015', '%z'), ('+0530:15', '%z'), ('+05:30:15.1234567', '%z'), ('-00:00:01.5', '%z'), ('2024 10', '%G %V'), ('2024 10 0', '%G %V %w'), ('2024 5 1 100', '%G %V %u %j'),
            ('2024 2024 10 1', '%Y %G %V %u'), ('2024 2024', '%Y %G'), ('2024 10 1 3', '%G %V %u %U'), ('2024 1 1', '%G %V %a'), ('2024 1 Mon', '%G %V %a'), ('2020 53 7', '%G %V %u'),
            ('2021 1 1', '%G %V %u'), ('2019 1 1', '%G %V %u'), ('2024 0 0', '%Y %U %w'), ('2024 0 0', '%Y %W %w'), ('2023 0 1', '%Y %U %w'), ('2023 53 6', '%Y %U %w'), ('0000', '%Y'),
            ('1 2 3', '%d %m %y'), ('12:30PM', '%I:%M%p'), ('12:30pm', '%H:%M%p'), ('Thursday', '%A'), ('THU', '%a'), ('Thur', '%a'), ('sept', '%b'), ('2024\n3', '%Y\t%m'), ('20243', '%Y%m'),
            ('2024123', '%Y%m%d'), ('20241231', '%Y%j'), ('2024366', '%Y%j'), ('1.5', '%S.%f'), ('  2024', ' %Y'), ('2024 ', '%Y'), ('\u0661\u0662', '%H'), ('\u0661\u0662', '%d')]:
    for fn in (datetime.strptime, time.strptime):
        try: print(repr(s), repr(f), fn(s, f))
        except Exception as e: print(repr(s), repr(f), type(e).__name__, e)
try: datetime.strptime('2024', '%Y', 1)
except Exception as e: print(type(e).__name__, e)
from datetime import datetime
try: datetime.strptime('2024 2024', '%Y %Y')
except Exception as e: print(type(e).__name__, e)
