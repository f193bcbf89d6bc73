import statistics as S
from fractions import Fraction as F
from decimal import Decimal as D
fns = ['mean', 'fmean', 'geometric_mean', 'harmonic_mean', 'median', 'median_low', 'median_high', 'median_grouped', 'mode', 'multimode', 'pstdev', 'pvariance', 'stdev', 'variance', 'quantiles']
datasets = [[], [1], [1, 2], [1, 2, 3, 4], [1, 1, 2, 3, 3], [2.5, 3.25, 5.5], [F(1, 2), F(3, 4)], [D('1.5'), D('2.5')], ['a', 'b', 'a'], [0, 1, 2], [-1, 2], [1, True], iter([3, 1, 2]), (x for x in [4, 5])]
for data in datasets:
    d = list(data) if not isinstance(data, list) else data
    for fn in fns:
        if fn in ('stdev', 'pstdev') and d and type(d[0]).__name__ == 'Decimal': continue  # (a Decimal root: not yet)
        try: r = getattr(S, fn)(iter(d) if fn not in ('quantiles',) else d)
        except Exception as e: r = '%s: %s' % (type(e).__name__, e)
        print(fn, d, repr(r))
print(S.mean([1, 2.5]), S.mean([F(1, 3), 1]), S.variance([1, 2, 3], xbar=2), S.pvariance([1, 2, 3], mu=2), S.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]))
print(S.quantiles([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], n=4), S.quantiles(range(1, 11), n=4, method='inclusive'), S.quantiles([1, 5], n=10))
for args in [([1, 2], 0), ([1, 2], -1), ([1], 4)]:
    try: print(S.quantiles(args[0], n=args[1]))
    except Exception as e: print(type(e).__name__, e)
try: S.quantiles([1, 2, 3], method='x')
except Exception as e: print(type(e).__name__, e)
print(S.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5]), S.median_grouped([52, 52, 53, 54], interval=2), S.mode(['red', 'blue', 'red']), S.multimode('aabbbbccddddeeffffgg'), S.multimode([]))
print(S.harmonic_mean([40, 60], weights=[5, 30]), S.fmean([1, 2, 3], weights=[3, 2, 1]), S.geometric_mean([54, 24, 36]))
for bad in [lambda: S.harmonic_mean([-1, 2]), lambda: S.geometric_mean([0, 2]), lambda: S.geometric_mean([-1]), lambda: S.fmean([1, 2], weights=[1]), lambda: S.harmonic_mean([1, 2], weights=[1]),
            lambda: S.mean(['a']), lambda: S.variance([1, 'a']), lambda: S.correlation([1, 2], [3]), lambda: S.correlation([1, 1], [2, 3]), lambda: S.covariance([1], [2]), lambda: S.linear_regression([1, 1], [2, 3]),
            lambda: S.fmean([])]:
    try: print(bad())
    except Exception as e: print(type(e).__name__, e)
print(S.correlation([1, 2, 3, 4], [2, 4, 5, 9]), S.covariance([1, 2, 3, 4], [2, 4, 5, 9]), S.linear_regression([1, 2, 3, 4], [2, 4, 5, 9]), S.linear_regression([1, 2, 3], [2, 4, 6], proportional=True))
print(S.StatisticsError.__mro__)
