from datetime import *
for a in [dict(days=1e9), dict(days=1e10), dict(days=10**10), dict(days=3e9), dict(days=2.2e9),dict(days=2e9), dict(seconds=1e15), dict(days=-3e9), dict(days=1e9, seconds=0.5), dict(days=-2147483648), dict(days=-2147483649)]:
    try: print(a, timedelta(**a))
    except Exception as e: print(a, type(e).__name__, e)
for t in [1e11, 1e12, 1e19, 1e20, -1e20, 253402300800, 2**63, -2**63-1, float('inf'), float('nan')]:
    try: print(t, datetime.fromtimestamp(t, timezone.utc))
    except Exception as e: print(t, type(e).__name__, e)
    try: print(t, datetime.utcfromtimestamp(t))
    except Exception as e: print(t, type(e).__name__, e)
    try: print(t, date.fromtimestamp(t))
    except Exception as e: print(t, type(e).__name__, e)
import time
for t in [1e19, 1e18, 2**63, float('inf'), 1e12, -1e12, 1e16]:
    try: print(time.gmtime(t))
    except Exception as e: print(type(e).__name__, e)
