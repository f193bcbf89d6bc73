import math
from fractions import Fraction as F
from decimal import Decimal as D
for fn in ['sqrt', 'exp', 'log', 'floor', 'isnan', 'fabs', 'sin']:
    for v in [F(1, 4), D('0.25')]:
        try: print(fn, getattr(math, fn)(v))
        except Exception as e: print(fn, type(e).__name__, e)
print(math.fsum([F(1, 2), D('0.25'), 1]), math.isclose(F(1, 3), 1/3), math.pow(F(1, 4), 2), math.hypot(F(3), F(4)), math.atan2(F(1), 1), math.copysign(1, F(-1)))
