# Regular expressions: compiled patterns with groups, findall, finditer, sub with a function, split.
import re

log = "\n".join(
    "2026-12-%02d 10:%02d:%02d %s user=%s ip=10.0.%d.%d msg=\"%s\"" % (
        i % 28 + 1, i % 60, (i * 7) % 60, ("INFO", "WARN", "ERROR")[i % 3], "u%d" % (i % 97),
        i % 256, (i * 3) % 256, "request %d took %dms" % (i, i % 500))
    for i in range(20_000))
line_re = re.compile(r"^(\d{4})-(\d\d)-(\d\d) (\d\d):(\d\d):(\d\d) (\w+) user=(\w+) ip=([\d.]+) msg=\"([^\"]*)\"$", re.M)
total = 0
for _ in range(8):
    errors = [m.group(8) for m in line_re.finditer(log) if m.group(7) == "ERROR"]
    ms = sum(int(x) for x in re.findall(r"took (\d+)ms", log))
    masked = re.sub(r"ip=(\d+)\.(\d+)\.(\d+)\.(\d+)", lambda m: "ip=%s.x.x.%s" % (m.group(1), m.group(4)), log)
    parts = re.split(r"\s+user=", log)
    total += len(errors) + ms + len(masked) + len(parts)
print(total)
