"""colorsys: conversions between RGB and the YIQ, HLS and HSV color systems, written from the
module's documentation. Every coordinate is a float from 0 to 1 (YIQ's I and Q may be negative).

YIQ uses the FCC NTSC coefficients; yiq_to_rgb is the inverse matrix, clamped to [0, 1]. HLS and
HSV are the usual hexcone models: the hue is the angle (as a fraction of a turn) of the color's
position between the largest and the other channels.
"""

__all__ = ["rgb_to_yiq", "yiq_to_rgb", "rgb_to_hls", "hls_to_rgb", "rgb_to_hsv", "hsv_to_rgb"]

ONE_THIRD = 1.0 / 3.0
ONE_SIXTH = 1.0 / 6.0
TWO_THIRD = 2.0 / 3.0


def rgb_to_yiq(r, g, b):
    y = 0.30 * r + 0.59 * g + 0.11 * b
    i = 0.74 * (r - y) - 0.27 * (b - y)
    q = 0.48 * (r - y) + 0.41 * (b - y)
    return (y, i, q)


def yiq_to_rgb(y, i, q):
    # r - y and b - y from solving the two equations above; g from y's definition
    r = y + 0.9468822170900693 * i + 0.6235565819861433 * q
    g = y - 0.27478764629897834 * i - 0.6356910791873801 * q
    b = y - 1.1085450346420322 * i + 1.7090069284064666 * q
    return (_clamp(r), _clamp(g), _clamp(b))


def _clamp(x):
    return 0.0 if x < 0.0 else 1.0 if x > 1.0 else x


def _hue(r, g, b, maxc, spread):
    """The hue in [0, 1): the position of the color around the hexagon of the largest channel."""
    rc = (maxc - r) / spread
    gc = (maxc - g) / spread
    bc = (maxc - b) / spread
    if r == maxc:
        h = bc - gc
    elif g == maxc:
        h = 2.0 + rc - bc
    else:
        h = 4.0 + gc - rc
    return (h / 6.0) % 1.0


def rgb_to_hls(r, g, b):
    maxc = max(r, g, b)
    minc = min(r, g, b)
    total = maxc + minc
    spread = maxc - minc
    l = total / 2.0
    if minc == maxc:
        return 0.0, l, 0.0
    s = spread / total if l <= 0.5 else spread / (2.0 - total)
    return _hue(r, g, b, maxc, spread), l, s


def hls_to_rgb(h, l, s):
    if s == 0.0:
        return l, l, l
    high = l * (1.0 + s) if l <= 0.5 else l + s - (l * s)
    low = 2.0 * l - high
    return (_channel(low, high, h + ONE_THIRD), _channel(low, high, h), _channel(low, high, h - ONE_THIRD))


def _channel(low, high, hue):
    """One channel of hls_to_rgb: a trapezoid over the hue circle, rising, flat, falling, low."""
    hue = hue % 1.0
    if hue < ONE_SIXTH:
        return low + (high - low) * hue * 6.0
    if hue < 0.5:
        return high
    if hue < TWO_THIRD:
        return low + (high - low) * (TWO_THIRD - hue) * 6.0
    return low


def rgb_to_hsv(r, g, b):
    maxc = max(r, g, b)
    minc = min(r, g, b)
    spread = maxc - minc
    if minc == maxc:
        return 0.0, 0.0, maxc
    return _hue(r, g, b, maxc, spread), spread / maxc, maxc


def hsv_to_rgb(h, s, v):
    if s == 0.0:
        return v, v, v
    sector = int(h * 6.0)
    f = (h * 6.0) - sector  # the position within the sector
    p = v * (1.0 - s)
    q = v * (1.0 - s * f)
    t = v * (1.0 - s * (1.0 - f))
    return ((v, t, p), (q, v, p), (p, v, t), (p, q, v), (t, p, v), (v, p, q))[sector % 6]
