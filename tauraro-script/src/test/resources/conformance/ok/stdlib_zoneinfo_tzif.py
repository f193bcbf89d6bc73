# zoneinfo: version 1 TZif data (32-bit times, no footer: the last transition's type holds after it)
# read with from_file from memory, beside the system's version 2 files
import io
import struct
from datetime import datetime, timezone
from zoneinfo import ZoneInfo

for key in ["Europe/Paris", "America/New_York", "Australia/Lord_Howe"]:
    with open("/usr/share/zoneinfo/" + key, "rb") as f:
        raw = f.read()
    isut, isstd, leap, timecnt, typecnt, charcnt = struct.unpack(">6l", raw[20:44])
    size = 44 + timecnt * 5 + typecnt * 6 + charcnt + leap * 8 + isstd + isut
    v1 = ZoneInfo.from_file(io.BytesIO(raw[:4] + b"\x00" + raw[5:size]), key=key + "-v1")
    v2 = ZoneInfo.from_file(io.BytesIO(raw), key=key)
    for year in (1800, 1950, 2000, 2030, 2037, 2038, 2100):
        for month in (1, 7):
            a = datetime(year, month, 1, tzinfo=v1)
            b = datetime(year, month, 1, tzinfo=v2)
            u = datetime(year, month, 1, tzinfo=timezone.utc)
            print(v1, a, a.tzname(), a.dst(), u.astimezone(v1), "|", b, b.tzname(), b.dst(), u.astimezone(v2))
