# (python3 must run this from outside conformance/ok, whose numbers.py shadows the standard numbers module)
import statistics as st
from fractions import Fraction

data = [2.75, 1.75, 1.25, 0.25, 0.5, 1.25, 3.5]
ints = [1, 2, 3, 4, 4]
print(st.mean([1, 2, 3, 4, 4]), st.mean([1, 2, 3, 4]), st.mean([1, 2, 3]), st.mean(data), st.mean([Fraction(3, 7), Fraction(1, 21)]))
print(st.mean([0.1] * 10), st.mean([1, 2.5]), st.mean(range(10 ** 6, 10 ** 6 + 5)), st.fmean([3.5, 4.0, 5.25]), st.fmean([1, 2], weights=[3, 1]))
print(st.geometric_mean([54, 24, 36]), st.harmonic_mean([40, 60]), st.harmonic_mean([2.5, 3, 10]), st.harmonic_mean([40, 60], weights=[5, 30]), st.harmonic_mean([5, 0]))
print(st.median([1, 3, 5]), st.median([1, 3, 5, 7]), st.median_low([1, 3, 5, 7]), st.median_high([1, 3, 5, 7]), st.median([2.5, 1]))
print(st.median_grouped([52, 52, 53, 54]), st.median_grouped([1, 3, 3, 5, 7]), st.median_grouped([1, 2, 2, 3, 4, 4, 4, 4, 4, 5], 2))
print(st.mode([1, 1, 2, 3, 3, 3, 3, 4]), st.mode(["red", "blue", "blue", "red", "green", "red", "red"]), st.multimode("aabbbbccddddeeffffgg"), st.multimode([]))
print(st.variance(data), st.variance(ints), st.variance([1, 2, 3, 4]), st.pvariance([0.0, 0.25, 0.25, 1.25, 1.5, 1.75, 2.75, 3.25]))
print(st.variance([Fraction(1, 4), Fraction(5, 4), Fraction(1, 2)]), st.pvariance(ints), st.variance(data, st.mean(data)))
print(st.stdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.pstdev([1.5, 2.5, 2.5, 2.75, 3.25, 4.75]), st.stdev(ints), st.stdev([1, 2]))
print(st.quantiles([105, 129, 87, 86, 111, 111, 89, 81, 108, 92, 110, 100, 75, 105, 103, 109, 76, 119, 99, 91, 103, 129, 106, 101, 84, 111, 74, 87, 86, 103, 103, 106, 86, 111, 75, 87, 102, 121, 111, 88, 89, 101, 106, 95, 103, 107, 101, 81, 109, 104], n=10))
print(st.quantiles([1, 2, 3, 4, 5]), st.quantiles([1, 2, 3, 4, 5], method="inclusive"), st.quantiles([1.5, 2.5], n=3), st.quantiles([1, 9], n=1))
x = [1, 2, 3, 4, 5, 6, 7, 8, 9]
y = [1, 2, 3, 1, 2, 3, 1, 2, 3]
print(st.covariance(x, y), st.correlation(x, x), st.correlation(x, [9 - v for v in x]), st.linear_regression(x, [2 * v + 1 for v in x]))
print(st.linear_regression([1, 2, 3], [2, 4, 7], proportional=True))
for bad in [lambda: st.mean([]), lambda: st.median([]), lambda: st.mode([]), lambda: st.variance([1]), lambda: st.pvariance([]),
            lambda: st.stdev([1]), lambda: st.quantiles([1]), lambda: st.quantiles([1, 2], n=0), lambda: st.harmonic_mean([-1, 2]),
            lambda: st.geometric_mean([]), lambda: st.correlation([1, 1], [1, 2]), lambda: st.covariance([1], [1, 2])]:
    try:
        print(bad())
    except st.StatisticsError as e:
        print("StatisticsError", e)
try:
    st.quantiles([1, 2], method="x")
except ValueError as e:
    print(type(e).__name__, e)
print(issubclass(st.StatisticsError, ValueError))
