# time: struct_time, gmtime, strftime with the C library's directives, strptime, asctime and errors
import time

print(time.gmtime(0))
print(time.gmtime(86400 * 365.5), time.gmtime(1e9).tm_year, time.gmtime(-86400))
t = (2024, 3, 5, 14, 7, 9, 1, 65, 0)
print(time.asctime(t))
for d in "aAbBcCdDeFgGhHIjklmMnpPrRStTuUVwWxXyY%Qf":
    print(d, repr(time.strftime("%" + d, t)))
print(time.strftime("%U %W %V %G", (2024, 1, 1, 0, 0, 0, 0, 1, 0)),
      time.strftime("%U %W %V %G", (2021, 1, 1, 0, 0, 0, 4, 1, 0)),
      time.strftime("%U %W %V %G", (2020, 12, 31, 0, 0, 0, 3, 366, 0)))
print(repr(time.strftime("%Y", (5, 1, 1, 0, 0, 0, 0, 1, 0))), repr(time.strftime("100%", t)), repr(time.strftime("%Ey %Oz", t)))
print(time.mktime(time.localtime(1e9)) == 1e9, time.localtime(1e9)[:6] == time.localtime(1e9 + 0.5)[:6])
s = time.strptime("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S")
print(s, s.tm_year, s.tm_yday, s.tm_wday, len(s), s[0:3], tuple(s) == tuple(time.struct_time(tuple(s))))
print(time.strptime("Tue Mar  5 14:07:09 2024"))
print(time.strptime("5 march 24 2pm", "%d %B %y %I%p")[:6], time.strptime("1999 100", "%Y %j")[:3])
print(time.strptime("2024 10 2", "%Y %W %w")[:3], time.strptime("2024 10 2", "%Y %U %w")[:3])
for bad in [("2024-13-01", "%Y-%m-%d"), ("2024-03-05x", "%Y-%m-%d"), ("abc", "%Y"), ("2024", "%Q")]:
    try:
        time.strptime(*bad)
    except ValueError as e:
        print("ValueError", e)
for bad in [(1, 2), [1] * 9, (2020, 13, 1, 0, 0, 0, 0, 1, 0), (2020, 1, 1, 25, 0, 0, 0, 1, 0)]:
    try:
        time.strftime("%Y", bad)
    except Exception as e:
        print(type(e).__name__, e)
try:
    time.strftime(5)
except TypeError as e:
    print(e)
try:
    time.struct_time((1, 2))
except TypeError as e:
    print(e)
print(time.strftime("%Y-%m-%d", time.gmtime(1234567890)), time.struct_time((1, 2, 3, 4, 5, 6, 0, 1, 0)))
print(isinstance(time.gmtime(), time.struct_time), isinstance(time.localtime(), tuple), type(time.timezone).__name__)
for spec in ["2024 10 2", "2023 0 2", "2023 1 0", "2023 52 6", "2021 0 5"]:
    print(spec, time.strptime(spec, "%Y %U %w")[:3], time.strptime(spec, "%Y %W %w")[:3])
print(repr(time.strftime("%Oz %Ez %OY %EY %Od %Ed %Ox", t)))
