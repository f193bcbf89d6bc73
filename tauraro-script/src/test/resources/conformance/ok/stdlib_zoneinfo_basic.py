# zoneinfo: keys, reprs, the per-key cache, from_file, TZPATH and the errors CPython raises
import zoneinfo
from datetime import datetime, tzinfo
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

paris = ZoneInfo("Europe/Paris")
print(repr(paris), str(paris), paris.key, isinstance(paris, tzinfo))
print(ZoneInfo("Europe/Paris") is paris, ZoneInfo(key="Europe/Paris") is paris)
fresh = ZoneInfo.no_cache("Europe/Paris")
print(fresh is paris, repr(fresh), ZoneInfo("Europe/Paris") is paris)
ZoneInfo.clear_cache(only_keys=["America/New_York"])
print(ZoneInfo("Europe/Paris") is paris)
ZoneInfo.clear_cache(only_keys=["Europe/Paris"])
again = ZoneInfo("Europe/Paris")
print(again is paris, again is ZoneInfo("Europe/Paris"))
ZoneInfo.clear_cache()
print(ZoneInfo("Europe/Paris") is again)

try:
    paris.key = "x"
except AttributeError:
    print("key is read-only")


class MyZone(ZoneInfo):
    pass


mine = MyZone("UTC")
print(repr(mine), str(mine), mine is MyZone("UTC"), mine is ZoneInfo("UTC"), type(mine).__name__)

with open("/usr/share/zoneinfo/Asia/Kolkata", "rb") as f:
    kolkata = ZoneInfo.from_file(f, key="India")
print(repr(kolkata), str(kolkata), kolkata is ZoneInfo.from_file, kolkata.utcoffset(datetime(2020, 1, 1)))
with open("/usr/share/zoneinfo/Asia/Kolkata", "rb") as f:
    nokey = ZoneInfo.from_file(f)
print(nokey.key, repr(nokey).startswith("zoneinfo.ZoneInfo.from_file(<"), str(nokey) == repr(nokey))

for key in ["Foo/Bar", "America", "/etc/localtime", "../zoneinfo/UTC", "", "Europe/../UTC", "Europe//Paris",
            "./UTC", "UTC/", "zone.tab", 5, "a\0b"]:
    try:
        ZoneInfo(key)
        print(repr(key), "found")
    except ZoneInfoNotFoundError as e:
        print(repr(key), "not found:", e, repr(e), isinstance(e, KeyError))
    except (ValueError, TypeError) as e:
        print(repr(key), type(e).__name__, e)

try:
    with open("/usr/share/zoneinfo/zone.tab", "rb") as f:
        ZoneInfo.from_file(f)
except ValueError as e:
    print("from_file:", e)

print(issubclass(ZoneInfoNotFoundError, KeyError), issubclass(zoneinfo.InvalidTZPathWarning, RuntimeWarning))
print(sorted(zoneinfo.__all__))
print(zoneinfo.TZPATH)
zoneinfo.reset_tzpath(["/nonexistent"])
print(zoneinfo.TZPATH)
try:
    ZoneInfo("America/Chicago")
except ZoneInfoNotFoundError as e:
    print("not found:", e)
print(ZoneInfo("UTC") is ZoneInfo("UTC"))   # cached before the reset
zoneinfo.reset_tzpath()
print(zoneinfo.TZPATH)
for bad in ["/usr/share/zoneinfo", ["relative/dir", "/ok", "other"]]:
    try:
        zoneinfo.reset_tzpath(bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print(zoneinfo.TZPATH)

zones = zoneinfo.available_timezones()
print(type(zones).__name__, len(zones) > 400)
for key in ["Europe/Paris", "UTC", "America/Argentina/Buenos_Aires", "posixrules", "right/UTC", "posix/UTC",
            "zone.tab", "iso3166.tab"]:
    print(key, key in zones)

for z in [ZoneInfo("UTC"), ZoneInfo("Etc/GMT+5"), ZoneInfo("EST"), paris, ZoneInfo("Asia/Kolkata")]:
    print(z, z.utcoffset(None), z.dst(None), z.tzname(None))
try:
    paris.utcoffset(5)
except AttributeError as e:
    print("AttributeError", e)
for arg in [5, datetime(2020, 1, 1), datetime(2020, 1, 1, tzinfo=ZoneInfo("UTC"))]:
    try:
        paris.fromutc(arg)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
