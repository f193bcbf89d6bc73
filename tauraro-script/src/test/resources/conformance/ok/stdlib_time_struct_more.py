import time
t = time.gmtime(1700000000)
print(t, repr(t), t[0], t[-1], t[1:3], t.tm_zone, t.tm_gmtoff, len(t), tuple(t), t == tuple(t), t.n_fields, t.n_sequence_fields, t.n_unnamed_fields)
for bad in [lambda: t[9], lambda: t.tm_foo, lambda: setattr(t, 'tm_year', 1), lambda: time.struct_time((1, 2)), lambda: time.struct_time(range(12)), lambda: time.struct_time(5),
            lambda: time.strftime('%Y', (2024,)), lambda: time.strftime('%Y', 'abc'), lambda: time.strftime(5), lambda: time.strftime('%Y', (2024, 13, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2024, 1, 32, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2024, 1, 1, 24, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y', (2024, 1, 1, 0, 60, 0, 0, 1, 0)),
            lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 62, 0, 1, 0)), lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 0, -1, 1, 0)), lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 367, 0)),
            lambda: time.strftime('%Y %m %d %j %a', (2024, 0, 0, 0, 0, 0, 7, 0, 0)), lambda: time.strftime('%Y', (2024, 1, 1, 0, 0, 0, 0, 1, 5)), lambda: time.strftime('%Y', (2024.5, 1, 1, 0, 0, 0, 0, 1, 0)),
            lambda: time.asctime((2024, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((2024, 13, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime((12345, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.asctime(5),
            lambda: time.mktime((2024, 1, 1, 0, 0, 0, 0, 1, 0)) > 0, lambda: time.mktime((1, 2)), lambda: time.gmtime('x'), lambda: time.gmtime(-1), lambda: time.gmtime(1.999), lambda: time.gmtime(-1.5),
            lambda: time.ctime(0) and None, lambda: time.strptime('2024', '%Y').tm_yday, lambda: time.strptime(5), lambda: time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0, 'UTC', 0)).tm_zone,
            lambda: repr(time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0))), lambda: time.gmtime(0) < time.gmtime(1), lambda: hash(time.gmtime(0)) == hash(tuple(time.gmtime(0))),
            lambda: time.strftime('%Y', time.struct_time((2024, 1, 1, 0, 0, 0, 0, 1, 0))), lambda: time.gmtime(0).__reduce__(), lambda: type(time.gmtime(0)).__name__, lambda: time.struct_time.__module__,
            lambda: time.gmtime(1e10), lambda: time.gmtime(-62135596800), lambda: time.gmtime(-62135596801), lambda: time.strftime('%Y-%m-%d', (-1, 1, 1, 0, 0, 0, 0, 1, 0)), lambda: time.strftime('%Y-%m-%d', (0, 1, 1, 0, 0, 0, 0, 1, 0))]:
    try: print(repr(bad()))
    except Exception as e: print(type(e).__name__, e)
import time, pickle, copy
t = time.gmtime(86400 * 365)
print(pickle.loads(pickle.dumps(t)), pickle.loads(pickle.dumps(t)).tm_zone, copy.copy(t).tm_gmtoff, copy.deepcopy(t) == t)
print(time.struct_time(tuple(t), {'tm_zone': 'X', 'tm_gmtoff': 5}).tm_zone, time.struct_time(tuple(t)).tm_zone)
for v in [-1, -2, 6, 7, 13]:
    try: print(v, time.strftime('%a %w %u', (2024, 1, 1, 0, 0, 0, v, 1, 0)), time.asctime((2024, 1, 1, 0, 0, 0, v, 1, 0)))
    except Exception as e: print(v, type(e).__name__, e)
