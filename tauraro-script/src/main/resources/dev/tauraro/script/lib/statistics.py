# statistics: averages and spread of numeric data, written from the statistics documentation
# and CPython 3.11's observed results. Sums are exact (Fractions) and converted once to the data's
# type (int data gives an int where the result is whole, else a float), so results round as
# CPython's do.
import math
from collections import Counter, namedtuple
from decimal import Decimal
from fractions import Fraction

__all__ = ["StatisticsError", "fmean", "geometric_mean", "harmonic_mean", "mean", "median", "median_grouped",
           "median_high", "median_low", "mode", "multimode", "pstdev", "pvariance", "quantiles", "stdev",
           "variance", "covariance", "correlation", "linear_regression"]


class StatisticsError(ValueError):
    pass


def _exact(x):
    if isinstance(x, (int, Fraction)):
        return Fraction(x)
    if isinstance(x, (float, Decimal)):
        if math.isinf(x) or math.isnan(x):
            return x
        return Fraction(*x.as_integer_ratio())
    raise TypeError("can't convert type '%s' to numerator/denominator" % type(x).__name__)


def _result_type(T, x):
    """The type a mix of T and type(x) converts to: int < Fraction < float."""
    S = type(x)
    if S is bool:
        S = int
    if T is S or T is None:
        return S
    if T is int:
        return S
    if S is int:
        return T
    if issubclass(S, T):
        return S
    if issubclass(T, S):
        return T
    if issubclass(T, Fraction) and issubclass(S, float):
        return S
    if issubclass(T, float) and issubclass(S, Fraction):
        return T
    raise TypeError("don't know how to coerce %s and %s" % (T.__name__, S.__name__))


def _sum(data):
    """(type, exact total, count); the total is a float when the data holds an infinity or NaN."""
    T = None
    total = Fraction(0)
    special = None
    n = 0
    for x in data:
        n += 1
        T = _result_type(T, x)
        e = _exact(x)
        if isinstance(e, float):
            special = e if special is None else special + e
        else:
            total += e
    if T is None:
        T = int
    if special is not None:
        return T, special, n
    return T, total, n


def _convert(value, T):
    if isinstance(value, float):
        return value
    if T is int and value.denominator != 1:
        T = float
    if T is int:
        return value.numerator
    if T is Fraction:
        return value
    if issubclass(T, Decimal):
        return T(value.numerator) / T(value.denominator)
    return T(value)


def mean(data):
    """The arithmetic mean, exact until converted to the data's type."""
    T, total, n = _sum(data)
    if n < 1:
        raise StatisticsError("mean requires at least one data point")
    return _convert(total / n, T)


def fmean(data, weights=None):
    """The mean as a float, computed with fsum."""
    data = list(data)
    if weights is None:
        n = len(data)
        if not n:
            raise StatisticsError("fmean requires at least one data point")
        return math.fsum(data) / n
    weights = list(weights)
    if len(weights) != len(data):
        raise StatisticsError("data and weights must be the same length")
    num = math.fsum(x * w for x, w in zip(data, weights))
    den = math.fsum(weights)
    if not den:
        raise StatisticsError("sum of weights must be non-zero")
    return num / den


def geometric_mean(data):
    try:
        return math.exp(fmean(map(math.log, data)))
    except ValueError:
        raise StatisticsError("geometric mean requires a non-empty dataset containing positive numbers") from None


def harmonic_mean(data, weights=None):
    data = list(data)
    errmsg = "harmonic mean does not support negative values"
    n = len(data)
    if n < 1:
        raise StatisticsError("harmonic_mean requires at least one data point")
    if n == 1 and weights is None:
        x = data[0]
        if isinstance(x, (int, float, Fraction)):
            if x < 0:
                raise StatisticsError(errmsg)
            return x
        raise TypeError("unsupported type")
    if weights is None:
        weights = [1] * n
        sum_weights = n
    else:
        weights = list(weights)
        if len(weights) != n:
            raise StatisticsError("Number of weights does not match data size")
        _, sum_weights, _ = _sum(weights)
    for x in data:
        if x < 0:
            raise StatisticsError(errmsg)
    for w in weights:
        if w < 0:
            raise StatisticsError("Weighted harmonic mean does not support negative weights")
    try:
        # the terms' own division decides the result type (int data gives floats), as in CPython
        T, total, count = _sum(w / x if w else 0 for w, x in zip(weights, data))
    except ZeroDivisionError:
        return 0
    if total <= 0:
        raise StatisticsError("Weighted sum must be positive")
    return _convert(sum_weights / total, T)


def median(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    i = n // 2
    return (data[i - 1] + data[i]) / 2


def median_low(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    if n % 2 == 1:
        return data[n // 2]
    return data[n // 2 - 1]


def median_high(data):
    data = sorted(data)
    n = len(data)
    if n == 0:
        raise StatisticsError("no median for empty data")
    return data[n // 2]


def median_grouped(data, interval=1):
    """The median of continuous data grouped in classes of width interval (interpolated)."""
    data = sorted(data)
    n = len(data)
    if not n:
        raise StatisticsError("no median for empty data")
    x = data[n // 2]
    # the class holding the middle value: where equal values start and how many there are
    i = 0
    while data[i] != x:
        i += 1
    j = i
    while j < n and data[j] == x:
        j += 1
    try:
        interval = float(interval)
        x = float(x)
    except ValueError:
        raise TypeError("Value cannot be converted to a float")
    L = x - interval / 2
    cf = i
    f = j - i
    return L + interval * (n / 2 - cf) / f


def mode(data):
    """The most common value; the first one met among equally common ones."""
    pairs = Counter(iter(data)).most_common(1)
    try:
        return pairs[0][0]
    except IndexError:
        raise StatisticsError("no mode for empty data") from None


def multimode(data):
    counts = Counter(iter(data))
    if not counts:
        return []
    maxcount = max(counts.values())
    return [value for value, count in counts.items() if count == maxcount]


def _ss(data, c=None):
    """(type, exact sum of squared deviations from c (the exact mean by default), count)."""
    data = list(data)
    T, total, n = _sum(data)
    if isinstance(total, float):
        return T, total, n  # inf or nan
    if n == 0:
        return T, Fraction(0), 0
    if c is None:
        c = total / n if n else Fraction(0)
    else:
        c = _exact(c)
        if isinstance(c, float):
            return T, c, n
    ss = Fraction(0)
    for x in data:
        d = _exact(x) - c
        ss += d * d
    if not isinstance(c, float):
        correction = sum((_exact(x) - c for x in data), Fraction(0))
        ss -= correction * correction / n
    return T, ss, n


def variance(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("variance requires at least two data points")
    return _convert(ss / (n - 1), T)


def pvariance(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pvariance requires at least one data point")
    return _convert(ss / n, T)


def _float_sqrt_of_frac(q):
    """The float nearest the square root of the Fraction q."""
    if isinstance(q, float):
        return math.sqrt(q)
    if q < 0:
        raise ValueError("math domain error")
    x = math.sqrt(q.numerator / q.denominator) if q else 0.0
    if not q:
        return 0.0
    # the neighbour whose exact square is closest to q
    best = x
    best_err = abs(Fraction(x) * Fraction(x) - q)
    for y in (math.nextafter(x, 0.0), math.nextafter(x, math.inf)):
        err = abs(Fraction(y) * Fraction(y) - q)
        if err < best_err:
            best, best_err = y, err
    return best


def stdev(data, xbar=None):
    T, ss, n = _ss(data, xbar)
    if n < 2:
        raise StatisticsError("stdev requires at least two data points")
    return _float_sqrt_of_frac(ss / (n - 1))


def pstdev(data, mu=None):
    T, ss, n = _ss(data, mu)
    if n < 1:
        raise StatisticsError("pstdev requires at least one data point")
    return _float_sqrt_of_frac(ss / n)


def quantiles(data, *, n=4, method="exclusive"):
    """n - 1 cut points dividing the data into n intervals of equal probability."""
    if n < 1:
        raise StatisticsError("n must be at least 1")
    data = sorted(data)
    ld = len(data)
    if ld < 2:
        raise StatisticsError("must have at least two data points")
    if method == "inclusive":
        m = ld - 1
        result = []
        for i in range(1, n):
            j, delta = divmod(i * m, n)
            interpolated = (data[j] * (n - delta) + data[j + 1] * delta) / n
            result.append(interpolated)
        return result
    if method == "exclusive":
        m = ld + 1
        result = []
        for i in range(1, n):
            j = i * m // n
            j = 1 if j < 1 else ld - 1 if j > ld - 1 else j
            delta = i * m - j * n
            interpolated = (data[j - 1] * (n - delta) + data[j] * delta) / n
            result.append(interpolated)
        return result
    raise ValueError("Unknown method: %r" % (method,))


def covariance(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("covariance requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("covariance requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    return sxy / (n - 1)


def correlation(x, y, /):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("correlation requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("correlation requires at least two data points")
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    syy = math.fsum((d := yi - ybar) * d for yi in y)
    try:
        return sxy / math.sqrt(sxx * syy)
    except ZeroDivisionError:
        raise StatisticsError("at least one of the inputs is constant")


LinearRegression = namedtuple("LinearRegression", ("slope", "intercept"))


def linear_regression(x, y, /, *, proportional=False):
    n = len(x)
    if len(y) != n:
        raise StatisticsError("linear regression requires that both inputs have same number of data points")
    if n < 2:
        raise StatisticsError("linear regression requires at least two data points")
    if proportional:
        sxy = math.fsum(xi * yi for xi, yi in zip(x, y))
        sxx = math.fsum(xi * xi for xi in x)
        if not sxx:
            raise StatisticsError("x is constant")
        return LinearRegression(slope=sxy / sxx, intercept=0.0)
    xbar = math.fsum(x) / n
    ybar = math.fsum(y) / n
    sxy = math.fsum((xi - xbar) * (yi - ybar) for xi, yi in zip(x, y))
    sxx = math.fsum((d := xi - xbar) * d for xi in x)
    try:
        slope = sxy / sxx
    except ZeroDivisionError:
        raise StatisticsError("x is constant")
    intercept = ybar - slope * xbar
    return LinearRegression(slope=slope, intercept=intercept)
