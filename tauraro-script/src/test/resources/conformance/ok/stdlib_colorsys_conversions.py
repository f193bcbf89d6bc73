# colorsys: the six conversions on chosen colors (exact reprs) and on a grid (checksums of reprs)
import colorsys
import hashlib

print(colorsys.__all__, colorsys.ONE_THIRD, colorsys.ONE_SIXTH, colorsys.TWO_THIRD)
colors = [(0.0, 0.0, 0.0), (1.0, 1.0, 1.0), (1.0, 0.0, 0.0), (0.0, 1.0, 0.0), (0.0, 0.0, 1.0), (0.2, 0.4, 0.4),
          (0.5, 0.5, 0.5), (1, 0.5, 0), (0.25, 0.75, 0.5), (0.9, 0.1, 0.6), (1, 1, 0), (0, 0, 0.5)]
for rgb in colors:
    print(rgb, colorsys.rgb_to_yiq(*rgb), colorsys.rgb_to_hls(*rgb), colorsys.rgb_to_hsv(*rgb))
    print("  back", colorsys.yiq_to_rgb(*colorsys.rgb_to_yiq(*rgb)), colorsys.hls_to_rgb(*colorsys.rgb_to_hls(*rgb)),
          colorsys.hsv_to_rgb(*colorsys.rgb_to_hsv(*rgb)))
for hue in (0.0, 1 / 12, 1 / 6, 0.25, 1 / 3, 0.5, 2 / 3, 0.75, 5 / 6, 0.99, 1.0, 1.25, -0.25):
    print(hue, colorsys.hls_to_rgb(hue, 0.4, 0.7), colorsys.hls_to_rgb(hue, 0.6, 0.3), colorsys.hsv_to_rgb(hue, 0.8, 0.9))
print(colorsys.yiq_to_rgb(1.0, 1.0, 1.0), colorsys.yiq_to_rgb(0.0, -1.0, 0.5), colorsys.hsv_to_rgb(0.3, 0.0, 0.7),
      colorsys.hls_to_rgb(0.3, 0.2, 0.0))

steps = [i / 7 for i in range(8)]
results = []
for r in steps:
    for g in steps:
        for b in steps:
            for convert, back in ((colorsys.rgb_to_yiq, colorsys.yiq_to_rgb), (colorsys.rgb_to_hls, colorsys.hls_to_rgb),
                                  (colorsys.rgb_to_hsv, colorsys.hsv_to_rgb)):
                there = convert(r, g, b)
                results.append(repr(there) + repr(back(*there)))
print(len(results), hashlib.sha256("".join(results).encode()).hexdigest())
try:
    colorsys.rgb_to_hsv("a", 0, 0)
except TypeError as e:
    print("TypeError:", e)
